package diagnose

import (
	"fmt"
	"strings"

	"github.com/conndoctor/conndoctor/probes"
)

// Verdicts for a proxy that answers but will not carry the connection.
const (
	CodeProxyAuthRequired = "proxy.auth_required"
	CodeProxyDenied       = "proxy.denied"
)

// directBlocked says direct connections to the target got no answer or a
// rejection: the way out is the proxy.
func directBlocked(f *facts) bool {
	st := f.portState()
	return st == probes.PortFiltered || st == probes.PortRejected
}

// proxyMatters says a proxy's refusal explains the failure: direct
// connections are blocked or were not tried, or the application check went
// through the proxy and failed. Otherwise a more specific port verdict
// (refused, unreachable, black hole) or a working connection comes first.
func proxyMatters(f *facts) bool {
	if directBlocked(f) || f.portState() == "" {
		return true
	}
	a := f.app()
	return a != nil && a.Proxy != "" && a.Status == probes.StatusFail
}

// proxyEvidence cites the port (when it ran) and the proxy check.
func proxyEvidence(f *facts) []Evidence {
	return append(append(f.fromError(), f.portEvidence()...), ev(&f.s.Proxy.Check))
}

var proxyRules = [2]rule{
	{
		code: CodeProxyAuthRequired, severity: SeverityProblem, primary: true, secondary: true,
		// With direct connections working and nothing through the proxy
		// failing, a proxy wanting a password is worth listing only.
		primaryWhen: proxyMatters,
		match: func(f *facts) ([]Evidence, bool) {
			p := f.s.Proxy
			if p == nil || !p.AuthRequired {
				return nil, false
			}
			return proxyEvidence(f), true
		},
		summary: func(f *facts) string {
			if f.s.Proxy.SentCredentials {
				return "The proxy " + f.s.Proxy.Proxy + " refuses the user name and password it is given for " + f.host()
			}
			return "The proxy " + f.s.Proxy.Proxy + " wants a user name and password before it connects to " + f.host()
		},
		explain: func(f *facts) string {
			p := f.s.Proxy
			how := "It names no sign-in method."
			if len(p.AuthSchemes) > 0 {
				how = "It offers sign-in by " + strings.Join(p.AuthSchemes, ", ") + "."
			}
			lead := "Traffic for " + f.host() + " goes through the proxy " + p.Proxy + " (from " + p.From + "), and the proxy answers 407: it wants to know who you are. "
			if directBlocked(f) {
				lead = "Direct connections to " + f.host() + " get no answer, so the way out is the proxy " + p.Proxy + " (from " + p.From + "), and it answers 407: it wants to know who you are. "
			}
			return lead + how + " A program that sends no credentials, or cannot do this sign-in method, fails — often only after waiting, which shows up as a time-out."
		},
		fix: func(f *facts) []Step {
			p := f.s.Proxy
			steps := []Step{{Text: "Give the failing program the proxy's user name and password in its proxy settings.", Who: ActorUser}}
			if p.SentCredentials {
				steps[0] = Step{Text: "The proxy setting already holds a user name and password, and the proxy refuses them: check them (an expired or changed password is common) and correct the setting.", Who: ActorUser}
			}
			if integrated(p.AuthSchemes) {
				steps = append(steps, Step{Text: fmt.Sprintf("The proxy accepts integrated sign-in (%s): check that the program supports it and runs under a domain account; command-line tools often need a local helper proxy (such as cntlm or px) or explicit credentials.", strings.Join(p.AuthSchemes, ", ")), Who: ActorHelpdesk})
			}
			steps = append(steps, Step{Text: "If this computer or program should not need to sign in, ask the proxy's administrators to exempt it.", Who: ActorNetwork})
			return steps
		},
	},
	{
		code: CodeProxyDenied, severity: SeverityProblem, primary: true, secondary: true,
		primaryWhen: proxyMatters,
		match: func(f *facts) ([]Evidence, bool) {
			p := f.s.Proxy
			if p == nil || !p.Denied {
				return nil, false
			}
			return proxyEvidence(f), true
		},
		summary: func(f *facts) string {
			p := f.s.Proxy
			return fmt.Sprintf("The proxy %s refuses to connect to %s (%s)", p.Proxy, f.addr(), p.Tunnel)
		},
		explain: func(f *facts) string {
			return "The proxy answers, but will not open a connection to this address and port: its rules block the destination (a category filter, a port that is not allowed through it, or a destination it cannot reach itself). Programs that use the proxy fail for this target only."
		},
		fix: func(f *facts) []Step {
			steps := []Step{
				{Text: "Ask the proxy's administrators to allow " + f.addr() + " through the proxy, giving them the time of this run.", Who: ActorNetwork},
			}
			if f.portState() == probes.PortOpen {
				steps = append(steps, Step{Text: "Direct connections to the target work: add it to the proxy exceptions (NO_PROXY, or the browser's \"Bypass proxy for\" list) so programs go direct.", Who: ActorHelpdesk})
			}
			return steps
		},
	},
}

// integrated says the proxy offers sign-in with the Windows account.
func integrated(schemes []string) bool {
	for _, s := range schemes {
		if strings.EqualFold(s, "NTLM") || strings.EqualFold(s, "Negotiate") || strings.EqualFold(s, "Kerberos") {
			return true
		}
	}
	return false
}
