package diagnose

import (
	"fmt"
	"strings"
	"time"

	"github.com/conndoctor/conndoctor/probes"
)

// CodeDNSSlow: the name resolves, but answers take longer than programs
// commonly wait (probes.SlowDNS). It is not dns.unreachable: the servers
// answer, late.
const CodeDNSSlow = "dns.slow"

// dnsSlow returns the DNS check when some lookup answered slowly.
func (f *facts) dnsSlow() *probes.DNSResult {
	d := f.s.DNS
	if d == nil || d.System.Kind != probes.AnswerOK || (d.SlowSystem() == 0 && len(d.SlowServers()) == 0) {
		return nil
	}
	return d
}

// dnsSlowForPrograms says the slowness is what programs meet: the system
// resolver itself was slow, or the server it asks first is.
func (f *facts) dnsSlowForPrograms() bool {
	d := f.dnsSlow()
	if d == nil {
		return false
	}
	if d.SlowSystem() > 0 {
		return true
	}
	slow := d.SlowServers()
	return len(d.Servers) > 0 && len(slow) > 0 && slow[0].Server == d.Servers[0].Server
}

// dnsSlowest is the longest slow answer time seen.
func dnsSlowest(d *probes.DNSResult) time.Duration {
	t := d.SlowSystem()
	for _, s := range d.SlowServers() {
		t = max(t, s.Slowest())
	}
	return t
}

var dnsSlowRule = rule{
	code: CodeDNSSlow, severity: SeverityWarning, primary: true, secondary: true,
	// A slow server asked only when the first fails, or a failing port,
	// is listed, not the verdict.
	primaryWhen: func(f *facts) bool {
		return f.dnsSlowForPrograms() && (f.portState() == probes.PortOpen || f.portState() == "")
	},
	match: func(f *facts) ([]Evidence, bool) {
		d := f.dnsSlow()
		if d == nil {
			return nil, false
		}
		out := append(f.fromError(), ev(&d.Check))
		if t := d.SlowSystem(); t > 0 {
			out = append(out, Evidence{Check: "dns", Text: fmt.Sprintf("This computer's resolver took %s to answer. Technically: %s in %s, %s (a name no cache holds) in %s.",
				probes.Millis(t).Text(), d.Name, d.System.RTT.Text(), d.FreshName, freshRTT(d.SystemFresh))})
		}
		for _, s := range d.SlowServers() {
			out = append(out, Evidence{Check: "dns", Text: fmt.Sprintf("The DNS server %s answers, but slowly: in %s. Technically: %s in %s, %s in %s.",
				s.Server, probes.Millis(s.Slowest()).Text(), d.Name, s.RTT.Text(), d.FreshName, freshRTT(s.Fresh))})
		}
		return out, true
	},
	summary: func(f *facts) string {
		d := f.dnsSlow()
		var who []string
		for _, s := range d.SlowServers() {
			who = append(who, s.Server)
		}
		s := fmt.Sprintf("Looking up %s takes %s", f.host(), probes.Millis(dnsSlowest(d)).Text())
		if len(who) > 0 {
			s += fmt.Sprintf(": the DNS server %s answers slowly", strings.Join(who, ", "))
		}
		return s
	},
	explain: func(f *facts) string {
		d := f.dnsSlow()
		s := fmt.Sprintf("Before every connection, programs look the name up in DNS. The answer comes, but only after %s: DNS works, it is slow. Many programs and libraries give a whole connection a few seconds, or wait only a second or two for DNS, so they report a timeout although the server is fine; others are merely slow to start each connection. A DNS server answers late when it is overloaded, far away (a VPN's resolver on another continent), or waits itself for slow servers of the name's domain.", probes.Millis(dnsSlowest(d)).Text())
		if !f.dnsSlowForPrograms() {
			s += " Here the slow server is not the one this computer asks first, so programs meet it only when the first one fails."
		}
		return s
	},
	fix: func(f *facts) []Step {
		return []Step{
			{Text: "Find out why the DNS server answers slowly: its load, its forwarders, or the name's own DNS servers. A name no cache holds times its whole work; a name asked twice times its cache.", Who: ActorNetwork},
			{Text: "Check which DNS servers this computer uses; a nearer or faster one (set by DHCP or the VPN profile) removes the wait.", Who: ActorHelpdesk, Command: dnsConfigCommand()},
			{Text: "Until it is fixed, a program whose settings allow it can be given a longer connect or DNS timeout.", Who: ActorUser},
		}
	},
}

// freshRTT prints a fresh lookup's time, or says it got no answer.
func freshRTT(l *probes.Lookup) string {
	if l == nil {
		return "(not asked)"
	}
	if l.Kind == probes.AnswerTimeout || l.Kind == probes.AnswerError || l.Kind == probes.AnswerUnreachable {
		return "no answer (" + l.Kind + ")"
	}
	return l.RTT.Text()
}
