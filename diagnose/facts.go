package diagnose

import (
	"fmt"
	"strings"

	"github.com/conndoctor/conndoctor/probes"
	"github.com/conndoctor/conndoctor/target"
)

// facts answers the questions rules ask, hiding nil checks.
type facts struct {
	t target.Target
	// s holds the checks that ran (probes.Set.Ran); all holds every check,
	// for saying what could not run.
	s, all *probes.Set
}

func (f *facts) host() string { return f.t.Host }

func (f *facts) portState() probes.PortState {
	if f.s.Port == nil || f.s.Port.Status == probes.StatusSkip {
		return ""
	}
	return f.s.Port.State
}

func (f *facts) addr() string {
	if f.s.Port != nil && f.s.Port.Addr != "" {
		return f.s.Port.Addr
	}
	return f.t.HostPort()
}

// pingRan says ping ran (it was not skipped).
func (f *facts) pingRan() bool {
	return f.s.Ping != nil && f.s.Ping.Status != probes.StatusSkip && f.s.Ping.Sent > 0
}

func (f *facts) pingAnswered() bool { return f.pingRan() && f.s.Ping.Recv > 0 }

// traces returns the traceroutes that ran.
func (f *facts) traces() []*probes.TraceResult {
	var out []*probes.TraceResult
	for _, t := range []*probes.TraceResult{f.s.TraceICMP, f.s.TraceTCP} {
		if t != nil && t.Status != probes.StatusSkip {
			out = append(out, t)
		}
	}
	return out
}

func (f *facts) traceReached() bool {
	for _, t := range f.traces() {
		if t.Reached {
			return true
		}
	}
	return false
}

// hostAlive says something showed the host itself answers.
func (f *facts) hostAlive() bool { return f.pingAnswered() || f.traceReached() }

// lastHop returns the furthest hop that answered across the traces.
func (f *facts) lastHop() (ttl int, addr string) {
	for _, t := range f.traces() {
		if t.LastTTL > ttl {
			ttl, addr = t.LastTTL, t.LastAddr
		}
	}
	return ttl, addr
}

// traceUnreach returns an ICMP unreachable that ended a trace.
func (f *facts) traceUnreach() (*probes.TraceResult, bool) {
	for _, t := range f.traces() {
		if t.Unreach != nil {
			return t, true
		}
	}
	return nil, false
}

func (f *facts) dnsServersAnswering() (answering, total int) {
	if f.s.DNS == nil {
		return 0, 0
	}
	for _, a := range f.s.DNS.Servers {
		switch a.Kind {
		case probes.AnswerOK, probes.AnswerNXDomain, probes.AnswerNoData:
			answering++
		case probes.AnswerError:
			continue // could not be asked: neither answering nor silent
		}
		total++
	}
	return answering, total
}

func (f *facts) gateway() *probes.GatewayCheck {
	if f.s.Local == nil {
		return nil
	}
	return f.s.Local.Gateway
}

// portEvidence is the port check's summary as evidence, when it ran.
func (f *facts) portEvidence() []Evidence {
	if f.s.Port == nil {
		return nil
	}
	return []Evidence{ev(&f.s.Port.Check)}
}

// ev builds one evidence line from a check's summary.
func ev(c *probes.Check) Evidence { return Evidence{Check: c.ID, Text: c.Summary} }

// allEvidence lists every check's summary.
func (f *facts) allEvidence() []Evidence {
	var out []Evidence
	for _, e := range f.all.Entries() {
		out = append(out, ev(e.Check))
	}
	return out
}

// fromError returns a line about what the pasted error said, if anything.
func (f *facts) fromError() []Evidence {
	if f.t.Kind != target.KindError || f.t.Failure == target.FailureNone {
		return nil
	}
	who := "The error you pasted"
	if f.t.Program != "" {
		who = "The " + f.t.Program + " error you pasted"
	}
	out := []Evidence{{Check: "input", Text: fmt.Sprintf("%s says %s: “%s”", who, f.t.Failure.Text(), f.t.Evidence)}}
	if change := f.changedSincePaste(); change != "" {
		out = append(out, Evidence{Check: "input", Text: change})
	}
	return out
}

// changedSincePaste says when the port check found the other of the two
// connect failures the paste reports: a timeout then and a refusal now
// (what dropped the connection is gone, and nothing listens), or the
// reverse (something on the way drops it now: a firewall, when the host
// answers ping or traceroute). "" when they agree or either says
// something else.
func (f *facts) changedSincePaste() string {
	switch st := f.portState(); {
	case f.t.Failure == target.FailureTimeout && st == probes.PortRefused:
		return "Today the port refused at once instead of timing out: what made the connection time out then (a firewall dropping it, a host that was down, a broken path) is no longer in the way, and nothing listens now."
	case f.t.Failure == target.FailureRefused && st == probes.PortFiltered:
		why := "a firewall rule, or the host is down"
		if f.pingAnswered() || f.traceReached() {
			why = "the host answers, so a firewall rule on it or in front of it"
		}
		return "Today the port gives no answer at all instead of refusing: something on the way now drops the connection (" + why + "), so the refusal seen then can no longer be checked."
	}
	return ""
}

func joinAddrs(a []string) string { return strings.Join(a, ", ") }

// dnsAnswerWords say in words how a DNS server answered.
var dnsAnswerWords = map[string]string{
	probes.AnswerOK: "answers", probes.AnswerNXDomain: "answers that the name does not exist",
	probes.AnswerNoData: "answers that the name has no address", probes.AnswerServFail: "fails to answer",
	probes.AnswerRefused: "refuses to answer", probes.AnswerTimeout: "gives no answer in time",
	probes.AnswerUnreachable: "cannot be reached", probes.AnswerError: "could not be asked",
}

// dnsServerEvidence says how one DNS server answered, then the detail.
func dnsServerEvidence(s probes.ServerAnswer) string {
	words := dnsAnswerWords[s.Kind]
	if words == "" {
		words = "answers oddly"
	}
	t := fmt.Sprintf("The DNS server %s %s. Technically: %s", s.Server, words, s.Kind)
	if s.Error != "" {
		t += ", " + s.Error
	}
	return t + "."
}
