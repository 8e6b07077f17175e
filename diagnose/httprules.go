package diagnose

import (
	"fmt"
	"net"
	"net/http"

	"github.com/conndoctor/conndoctor/probes"
)

// HTTP answers are findings: the path and the port work, and the server
// answered, but with a refusal or an error. These verdicts come after the
// gateway, TLS and slow-answer rules.
const (
	CodeAppUnavailable = "app.unavailable"
	CodeAppRateLimited = "app.rate_limited"
	CodeAppForbidden   = "app.forbidden"
	CodeAppHTTPError   = "app.http_error"
	CodeAppReset       = "app.reset"
)

// httpAnswer returns the application check when it got an HTTP answer
// with a status code that ok accepts.
func (f *facts) httpAnswer(ok func(a *probes.AppResult) bool) *probes.AppResult {
	a := f.app()
	if a == nil || !a.HTTP || a.StatusCode == 0 || a.FailedAt != "" && a.FailedAt != probes.FailBody || !ok(a) {
		return nil
	}
	return a
}

// unavailable: a 503 or 502 that is not a gateway's backend timing out
// (a backend that refuses, crashed, or is missing: "no healthy upstream").
func unavailable(a *probes.AppResult) bool {
	return (a.StatusCode == http.StatusServiceUnavailable || a.StatusCode == http.StatusBadGateway) && !gatewayTimedOut(a)
}

// answerEvidence cites the application check with the status line and
// what the server said of retrying.
func answerEvidence(f *facts, a *probes.AppResult) []Evidence {
	text := fmt.Sprintf("The server answered HTTP %d (%s)", a.StatusCode, http.StatusText(a.StatusCode))
	if a.Gateway != nil && a.Gateway.Product != "" {
		text += " from " + a.Gateway.Product
	}
	if a.RetryAfter != "" {
		text += "; it asks to try again after " + retryWords(a.RetryAfter)
	}
	if a.Proxy != "" {
		text += ". The answer came through the proxy " + a.Proxy + ": the proxy itself may have given it"
	}
	return append(append(append(f.fromError(), ev(&a.Check)), Evidence{Check: "app", Text: text + "."}), f.portEvidence()...)
}

// retryWords says a Retry-After value: seconds, or an HTTP date.
func retryWords(v string) string {
	var n int
	if _, err := fmt.Sscanf(v, "%d", &n); err == nil && fmt.Sprint(n) == v {
		return fmt.Sprintf("%d seconds", n)
	}
	return v
}

// retryStep is the user's step for an answer that says when to come back.
func retryStep(a *probes.AppResult, otherwise string) Step {
	if a.RetryAfter != "" {
		return Step{Text: "Try again after " + retryWords(a.RetryAfter) + ", as the server asks.", Who: ActorUser}
	}
	return Step{Text: otherwise, Who: ActorUser}
}

var httpRules = [5]rule{
	{
		code: CodeAppUnavailable, severity: SeverityProblem, primary: true,
		match: func(f *facts) ([]Evidence, bool) {
			if g := f.app(); g != nil && g.Refusal != "" {
				// A service that greets first (SMTP, FTP, POP3, MySQL)
				// refused in its greeting.
				return append(append(f.fromError(), ev(&g.Check)), f.portEvidence()...), true
			}
			a := f.httpAnswer(unavailable)
			if a == nil {
				return nil, false
			}
			return answerEvidence(f, a), true
		},
		summary: func(f *facts) string {
			a := f.app()
			if a.Refusal != "" {
				return fmt.Sprintf("%s accepts connections, but the service refuses to serve: %s", f.host(), a.Refusal)
			}
			return fmt.Sprintf("%s answers, but the service is unavailable (HTTP %d)", f.host(), a.StatusCode)
		},
		explain: func(f *facts) string {
			a := f.app()
			if a.Refusal != "" {
				return "The network path and the port work, and the service greeted this computer at once — with a refusal: it is at its connection limit, overloaded, or temporarily out of service. Programs that retry until their own timeout report this as a time-out."
			}
			if a.Gateway != nil && a.Gateway.Upstream || a.StatusCode == http.StatusBadGateway {
				return fmt.Sprintf("The network path and the port work, and a gateway or load balancer answered — but it could not get an answer from the service behind it (HTTP %d): that service is down, restarting, has no healthy instance, or refuses the gateway's connections. This is not a timeout of the gateway. Programs that retry until their own timeout report this as a time-out.", a.StatusCode)
			}
			return "The network path and the port work, and the server answered at once — but that it cannot serve the request now (HTTP 503, Service Unavailable): it is overloaded, in maintenance, or a load balancer has no healthy server behind it. Programs that retry until their own timeout report this as a time-out."
		},
		fix: func(f *facts) []Step {
			return []Step{
				retryStep(f.app(), "Try again in a few minutes; if it lasts, report it to the service's owner with this report."),
				{Text: "Check the service and the servers behind the load balancer: are they running, healthy and not overloaded? Their logs at the time of this run say why they refused.", Who: ActorServer},
			}
		},
	},
	{
		code: CodeAppRateLimited, severity: SeverityProblem, primary: true,
		match: func(f *facts) ([]Evidence, bool) {
			a := f.httpAnswer(func(a *probes.AppResult) bool { return a.StatusCode == http.StatusTooManyRequests })
			if a == nil {
				return nil, false
			}
			return answerEvidence(f, a), true
		},
		summary: func(f *facts) string {
			return f.host() + " refuses more requests for now: too many were sent (HTTP 429)"
		},
		explain: func(f *facts) string {
			return "The server answers, but limits how many requests a client may send, and this computer (or the program's account or key, or everyone behind the same public address) has used up its share for now. Programs that retry at once make it worse and often end in a time-out."
		},
		fix: func(f *facts) []Step {
			return []Step{
				retryStep(f.app(), "Wait a minute before trying again."),
				{Text: "Make the program back off when it gets HTTP 429: honour Retry-After and wait longer after each refusal (exponential backoff) instead of retrying at once.", Who: ActorHelpdesk},
				{Text: "If the limit is too low for legitimate use, ask the service's owner for a higher quota for this program's key or address.", Who: ActorServer},
			}
		},
	},
	{
		code: CodeAppForbidden, severity: SeverityProblem, primary: true, secondary: true,
		// A 403 for "/", the check's own guess at a page, is weak evidence:
		// many servers and APIs forbid it. Listed then, not the verdict.
		primaryWhen: func(f *facts) bool { return !f.app().PathGuessed },
		match: func(f *facts) ([]Evidence, bool) {
			a := f.httpAnswer(func(a *probes.AppResult) bool { return a.StatusCode == http.StatusForbidden })
			if a == nil {
				return nil, false
			}
			out := answerEvidence(f, a)
			if src := sourceAddr(a); src != "" {
				out = append(out, Evidence{Check: "app", Text: sourceWords(src)})
			}
			return out, true
		},
		summary: func(f *facts) string {
			return f.host() + " refuses this request (HTTP 403 Forbidden)"
		},
		explain: func(f *facts) string {
			return "The network path works and the server answers, but it refuses the request. Often a web application firewall (WAF) or an address allow-list blocks this computer's address or network; otherwise the account lacks permission. Some programs report a blocked request only as a failure or a time-out."
		},
		fix: func(f *facts) []Step {
			src := "this computer's address"
			if s := sourceAddr(f.app()); s != "" {
				src = s
			}
			return []Step{
				{Text: "Check that you are signed in with an account that may use this service.", Who: ActorUser},
				{Text: fmt.Sprintf("Ask the service's owner whether their firewall, WAF or allow-list blocks %s; give them the time of this run so they can find the refusal in their logs.", src), Who: ActorServer},
			}
		},
	},
	{
		code: CodeAppHTTPError, severity: SeverityProblem, primary: true,
		match: func(f *facts) ([]Evidence, bool) {
			a := f.httpAnswer(func(a *probes.AppResult) bool { return a.StatusCode >= 500 && !unavailable(a) })
			if a == nil {
				return nil, false
			}
			return answerEvidence(f, a), true
		},
		summary: func(f *facts) string {
			a := f.app()
			return fmt.Sprintf("%s answers with a server error (HTTP %d %s)", f.host(), a.StatusCode, http.StatusText(a.StatusCode))
		},
		explain: func(f *facts) string {
			return "The network path and the port work, and the server answered at once, with an error of its own: the application failed to handle the request. The cause is in the application or what it depends on (its database, its configuration), not in the network."
		},
		fix: func(f *facts) []Step {
			return []Step{
				{Text: "Report it to the service's owner with this report and the time of the run.", Who: ActorUser},
				{Text: "Look at the application's log for this request at the time of the run: it says which part failed.", Who: ActorServer},
			}
		},
	},
	{
		code: CodeAppReset, severity: SeverityProblem, primary: true,
		match: func(f *facts) ([]Evidence, bool) {
			a := f.app()
			if a == nil || !a.Reset {
				return nil, false
			}
			return append(append(f.fromError(), ev(&a.Check)), f.portEvidence()...), true
		},
		summary: func(f *facts) string {
			return f.host() + " accepts the connection, then closes it without answering"
		},
		explain: func(f *facts) string {
			return "The port accepts connections, but the server (or a device in front of it) ends each one before sending an answer. Typical causes: the service has reached its connection limit; a load balancer has no healthy server behind it; the service expects another protocol (TLS where plain HTTP was sent, or the reverse); or a security device resets the connection."
		},
		fix: func(f *facts) []Step {
			return []Step{
				{Text: resetStep(f.app()), Who: ActorUser},
				{Text: "Look at the service's log and its connection limits, and at the health of the servers behind its load balancer.", Who: ActorServer},
				{Text: "Check whether a firewall or intrusion-prevention device between this computer and the server resets these connections.", Who: ActorNetwork},
			}
		},
	},
}

// sourceAddr is this computer's address on a direct connection to the
// server, without the port (a throwaway one); "" through a proxy, whose
// connection the server never sees.
func sourceAddr(a *probes.AppResult) string {
	if a.Source == "" || a.Proxy != "" {
		return ""
	}
	if h, _, err := net.SplitHostPort(a.Source); err == nil {
		return h
	}
	return a.Source
}

// sourceWords says what a server-side allow-list sees of this computer.
func sourceWords(src string) string {
	if ip := net.ParseIP(src); ip != nil && (ip.IsPrivate() || ip.IsLoopback()) {
		return "This computer connected from " + src + ", a private address: a server on the same network sees it; one across the internet sees the network's public (NAT) address instead, which is what its allow-list must name."
	}
	return "This computer connected from " + src + ": that is the address the server's allow-list or firewall sees."
}

// greeting says the application check read a service's greeting (SSH,
// SMTP…) rather than making an HTTP request or a TLS handshake.
func greeting(a *probes.AppResult) bool { return !a.HTTP && a.TLS == nil }

// resetStep is the user's first step when the server closes at once.
func resetStep(a *probes.AppResult) string {
	if greeting(a) {
		return "Check that the address and port in the program's settings are those of the service (SSH, mail, database) it expects."
	}
	return "Check that the address, port and scheme (http or https) in the program's settings are right."
}
