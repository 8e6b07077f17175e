package diagnose

import (
	"strings"

	"github.com/conndoctor/conndoctor/probes"
)

// Verdicts for DNS servers that answer, but say no. An answer that says no
// is not silence: they come before dns.unreachable, which is for servers
// that do not answer at all.
const (
	CodeDNSRefused  = "dns.refused"
	CodeDNSServFail = "dns.servfail"
)

// systemResolver stands for the system's resolver when no server could be
// asked directly.
const systemResolver = "the system resolver"

// dnsSaidNo returns the servers that answered with kind when the name did
// not resolve and no server gave a usable answer; when only the system
// resolver was asked, its own answer counts.
func dnsSaidNo(f *facts, kind string) []string {
	d := f.s.DNS
	if d == nil {
		return nil
	}
	switch d.System.Kind {
	case probes.AnswerOK, probes.AnswerNXDomain, probes.AnswerNoData:
		return nil
	}
	if answering, _ := f.dnsServersAnswering(); answering > 0 {
		return nil
	}
	var said []string
	for _, s := range d.Servers {
		if s.Kind == kind {
			said = append(said, s.Server)
		}
	}
	if len(d.Servers) == 0 && d.System.Kind == kind {
		said = append(said, systemResolver)
	}
	return said
}

// dnsNoEvidence lists what each server said.
func dnsNoEvidence(f *facts) []Evidence {
	out := append(f.fromError(), ev(&f.s.DNS.Check))
	for _, s := range f.s.DNS.Servers {
		out = append(out, Evidence{Check: "dns", Text: dnsServerEvidence(s)})
	}
	return out
}

// dnsNoRules are dns.refused and dns.servfail, in that order.
var dnsNoRules = [2]rule{
	{
		code: CodeDNSRefused, severity: SeverityProblem, primary: true,
		match: func(f *facts) ([]Evidence, bool) {
			if len(dnsSaidNo(f, probes.AnswerRefused)) == 0 {
				return nil, false
			}
			return dnsNoEvidence(f), true
		},
		summary: func(f *facts) string {
			return serversSay(dnsSaidNo(f, probes.AnswerRefused), "refuses", "refuse") + " to look up " + f.host()
		},
		explain: func(f *facts) string {
			return "The DNS server answers at once, but its answer is REFUSED: it will not answer this computer, or not for this name. Typical causes: the name lives in an internal zone that only the office's or the VPN's DNS servers serve (split DNS); the server only answers its own networks and this computer is outside them; or the computer uses a DNS server meant for another network. The server works, so this is not an outage."
		},
		fix: func(f *facts) []Step {
			return []Step{
				{Text: "If " + f.host() + " is an internal name, connect the VPN (or the office network) and try again.", Who: ActorUser},
				{Text: "Check which DNS servers this computer uses and whether they are the right ones for this network and this name.", Who: ActorHelpdesk, Command: dnsConfigCommand()},
				{Text: "Allow this computer's network to query the DNS server (its access list: allow-query / allow-recursion), or forward the name's zone to the servers that hold it.", Who: ActorNetwork},
			}
		},
	},
	{
		code: CodeDNSServFail, severity: SeverityProblem, primary: true,
		match: func(f *facts) ([]Evidence, bool) {
			if len(dnsSaidNo(f, probes.AnswerServFail)) == 0 {
				return nil, false
			}
			return dnsNoEvidence(f), true
		},
		summary: func(f *facts) string {
			return serversSay(dnsSaidNo(f, probes.AnswerServFail), "cannot get", "cannot get") + " an answer for " + f.host()
		},
		explain: func(f *facts) string {
			return "The DNS server answers, but with SERVFAIL: it tried to look the name up and failed. The servers responsible for the name's domain do not answer or answer wrongly (a broken delegation), or the domain's DNSSEC signatures do not validate. The problem is in the domain's DNS, not on this computer."
		},
		fix: func(f *facts) []Step {
			return []Step{
				{Text: "Try again in a few minutes: a SERVFAIL from a short outage of the domain's servers clears by itself.", Who: ActorUser},
				{Text: "Ask the DNS server's administrators to look at its log for " + f.host() + ": it says why the lookup failed (timeout to the domain's servers, or DNSSEC validation).", Who: ActorNetwork},
				{Text: "Check the domain's delegation and DNSSEC signatures (for example with dig +trace and dig +dnssec " + f.host() + ").", Who: ActorServer},
			}
		},
	},
}

// serversSay names the servers that said no, with the verb agreeing: "The
// DNS server 10.0.0.53 refuses", "The DNS servers 10.0.0.53 and 10.0.0.54
// refuse", "The system's DNS resolver refuses".
func serversSay(servers []string, one, many string) string {
	switch {
	case len(servers) == 1 && servers[0] == systemResolver:
		return "The system's DNS resolver " + one
	case len(servers) == 1:
		return "The DNS server " + servers[0] + " " + one
	}
	return "The DNS servers " + strings.Join(servers[:len(servers)-1], ", ") + " and " + servers[len(servers)-1] + " " + many
}

// silent counts the DNS servers that gave no answer at all (timed out or
// unreachable), as opposed to answering no.
func silent(f *facts) int {
	n := 0
	if f.s.DNS != nil {
		for _, s := range f.s.DNS.Servers {
			if s.Kind == probes.AnswerTimeout || s.Kind == probes.AnswerUnreachable {
				n++
			}
		}
	}
	return n
}
