package diagnose

import (
	"fmt"
	"strings"
	"time"

	"github.com/conndoctor/conndoctor/probes"
)

// app returns the TLS/HTTP check when it ran.
func (f *facts) app() *probes.AppResult {
	if a := f.s.App; a != nil && a.Status != probes.StatusSkip {
		return a
	}
	return nil
}

func (f *facts) mtu() *probes.MTUResult {
	if m := f.s.MTU; m != nil && m.Status != probes.StatusSkip {
		return m
	}
	return nil
}

func mtuCommand(iface string, mtu int) string {
	if goos == "windows" {
		return fmt.Sprintf(`netsh interface ipv4 set subinterface "%s" mtu=%d store=persistent`, iface, mtu)
	}
	return fmt.Sprintf("ip link set dev %s mtu %d", iface, mtu)
}

// appRules are the application-layer verdicts; they come after the port
// rules (they need an open port) and before path.lossy.
var appRules = [4]rule{
	{
		code: CodeMTUBlackhole, severity: SeverityProblem, primary: true,
		match: func(f *facts) ([]Evidence, bool) {
			m := f.mtu()
			if m == nil || !m.Blackhole {
				return nil, false
			}
			out := append(f.fromError(), ev(&m.Check))
			if a := f.app(); a != nil && a.FailedAt != "" {
				out = append(out, ev(&a.Check))
			}
			return out, true
		},
		summary: func(f *facts) string {
			return fmt.Sprintf("Large packets to %s vanish: the path MTU is %d bytes, not %d", f.host(), f.mtu().PathMTU, f.mtu().IfaceMTU)
		},
		explain: func(f *facts) string {
			return fmt.Sprintf("Small packets get through, so connections open, but packets larger than %d bytes are dropped on the way and no router sends the \"fragmentation needed\" message that would let this computer send smaller ones. Transfers and TLS handshakes that fill whole packets hang and then time out. This is typical of VPNs, tunnels and PPPoE links behind a firewall that blocks ICMP.", f.mtu().PathMTU)
		},
		fix: func(f *facts) []Step {
			m := f.mtu()
			return []Step{
				{Text: fmt.Sprintf("As a workaround, lower this computer's MTU on %s to %d.", m.Iface, m.PathMTU), Who: ActorHelpdesk, Admin: true, Command: mtuCommand(m.Iface, m.PathMTU)},
				{Text: fmt.Sprintf("Clamp the TCP MSS to the path MTU (%d bytes, MSS %d) on the router or VPN gateway of the small link.", m.PathMTU, m.PathMTU-40), Who: ActorNetwork},
				{Text: "Let ICMP \"fragmentation needed\" (type 3 code 4) through the firewalls on the path, so path MTU discovery works again.", Who: ActorNetwork},
			}
		},
	},
	{
		code: CodeGatewayTimeout, severity: SeverityProblem, primary: true,
		match: func(f *facts) ([]Evidence, bool) {
			a := f.app()
			if a == nil || !gatewayTimedOut(a) {
				return nil, false
			}
			out := append(f.fromError(), ev(&a.Check), Evidence{Check: "app", Text: gatewayEvidence(a)})
			if wait := a.Phases.FirstByte.D() - a.Phases.Wrote.D(); a.StatusCode == 504 && wait >= time.Second {
				out = append(out, Evidence{Check: "app", Text: fmt.Sprintf("The gateway gave up after %.1f s: that is its upstream timeout (how long it waits for its backend).", wait.Seconds())})
			}
			return out, true
		},
		summary: func(f *facts) string {
			return fmt.Sprintf("The gateway at %s answers, but its backend times out (HTTP %d)", f.host(), f.app().StatusCode)
		},
		explain: func(f *facts) string {
			g := f.app().Gateway
			who := "A gateway or load balancer"
			if g.Product != "" {
				who = "The gateway (" + g.Product + ")"
			}
			return who + " in front of the application answered, so your network path to it is fine. It reports that the service behind it (its upstream or backend) did not answer in time. The timeout is between the gateway and its backend, not on your side."
		},
		fix: func(f *facts) []Step {
			return []Step{
				{Text: "Check that the backend service behind the gateway is running and answering, and look at its response times.", Who: ActorServer},
				upstreamTimeoutStep(f.app().Gateway.Product),
			}
		},
	},
	{
		code: CodeTLSFailed, severity: SeverityProblem, primary: true,
		match: func(f *facts) ([]Evidence, bool) {
			a := f.app()
			if a == nil || !(a.FailedAt == probes.FailTLS || (a.TLS != nil && !a.TLS.Trusted)) {
				return nil, false
			}
			out := append(f.fromError(), ev(&a.Check))
			if a.TLS != nil {
				out = append(out, Evidence{Check: "app", Text: fmt.Sprintf("The server's certificate was issued to %q by %q, valid from %s to %s.", a.TLS.Subject, a.TLS.Issuer, a.TLS.NotBefore.Format("2006-01-02"), a.TLS.NotAfter.Format("2006-01-02"))})
			}
			return out, true
		},
		summary: func(f *facts) string {
			a := f.app()
			switch {
			case a.FailedAt == probes.FailTLS && a.TimedOut:
				return "The TLS handshake with " + f.host() + " times out"
			case a.FailedAt == probes.FailTLS:
				return "The TLS handshake with " + f.host() + " fails"
			}
			return "The certificate of " + f.host() + " is not trusted: " + certReason(a.TLS)
		},
		explain: func(f *facts) string {
			a := f.app()
			if a.FailedAt == probes.FailTLS && a.TimedOut {
				return "The connection opens, but the encrypted session is never set up: the server does not answer the TLS greeting. Either the service on this port does not speak TLS, it is overloaded, or a device on the way swallows the handshake."
			}
			if a.FailedAt == probes.FailTLS {
				return "The connection opens, but the server ended the TLS handshake: " + a.Error + "."
			}
			s := "The server presents a certificate that this computer does not accept, so programs refuse the connection (or, with some, retry until they time out)."
			if a.TLS != nil && !a.TLS.SelfSigned && strings.Contains(a.TLS.VerifyError, "unknown authority") {
				s += " The certificate was issued by an authority this computer does not know; if it is your company's proxy or antivirus, it is inspecting the traffic."
			}
			return s
		},
		fix: func(f *facts) []Step {
			a := f.app()
			if a.FailedAt == probes.FailTLS {
				return []Step{
					{Text: "Check that the service on this port speaks TLS and is healthy.", Who: ActorServer},
					{Text: "Check whether a firewall or proxy on the path interferes with TLS to this host.", Who: ActorNetwork},
				}
			}
			return []Step{
				{Text: "Install a certificate for " + f.host() + " from a trusted authority (or renew an expired one).", Who: ActorServer},
				{Text: "If the issuer is your company's inspection proxy, install its root certificate on this computer or exempt this host from inspection.", Who: ActorHelpdesk, Admin: true},
			}
		},
	},
	{
		code: CodeAppSlow, severity: SeverityProblem, primary: true,
		match: func(f *facts) ([]Evidence, bool) {
			a := f.app()
			if a == nil || !(a.TimedOut && (a.FailedAt == probes.FailFirstByte || a.FailedAt == probes.FailHeaders) || a.Stalled || a.TooSlow || a.SlowAnswer && a.StatusCode < 400) {
				return nil, false
			}
			return append(append(f.fromError(), ev(&a.Check)), f.portEvidence()...), true
		},
		summary: func(f *facts) string {
			a := f.app()
			switch {
			case a.Stalled:
				return fmt.Sprintf("The transfer from %s starts, then stalls", f.host())
			case a.TooSlow:
				return fmt.Sprintf("The transfer from %s trickles: %d bytes in %s", f.host(), a.BodyBytes, fmtMs(a.Phases.Body))
			case a.FailedAt == probes.FailHeaders:
				return fmt.Sprintf("%s starts to answer but does not finish its headers within %s", f.host(), fmtMs(a.Timeout))
			case a.SlowAnswer:
				return fmt.Sprintf("%s answered after %s: a program with a %d s timeout fails", f.host(), secondsText(a.Phases.FirstByte), commonTimeoutBelow(a.Phases.FirstByte))
			}
			if greeting(a) {
				return fmt.Sprintf("%s accepts the connection but the service sends no greeting within %s", f.host(), fmtMs(answerWait(a)))
			}
			return fmt.Sprintf("%s accepts the connection but does not answer within %s", f.host(), fmtMs(answerWait(a)))
		},
		explain: func(f *facts) string {
			a := f.app()
			if a.Stalled {
				return fmt.Sprintf("The network path is fine and the server started sending, but after %d bytes nothing more came while the connection stayed open. The server (or something it waits for) stopped sending.", a.BodyBytes)
			}
			if a.TooSlow || a.FailedAt == probes.FailHeaders {
				return fmt.Sprintf("The network path is fine and the server started answering, but it sends so slowly that the answer was not complete after %s. The server (or something it waits for) produces its answer slowly, or a device on the way throttles it.", fmtMs(max(a.Phases.Body, a.Timeout)))
			}
			if a.SlowAnswer {
				return fmt.Sprintf("The network path is fine: the connection opened in %s and the request was sent, but the server's answer began only after %s. Programs commonly give up after 5, 10 or 30 seconds and then report a time-out, although the server would have answered.", fmtMs(a.Phases.Connect), secondsText(a.Phases.FirstByte))
			}
			if greeting(a) {
				return fmt.Sprintf("The network path is fine: the connection opened in %s, but the service, which normally greets every new connection at once, said nothing within %s. It is hung, overloaded, or waiting on something (a reverse DNS lookup of this computer's address is a classic for SSH and mail servers).", fmtMs(a.Phases.Connect), fmtMs(answerWait(a)))
			}
			return fmt.Sprintf("The network path is fine: the connection opened in %s and the request was sent. The server did not answer within %s. The server is slow (look at its response time), or the program's own timeout is shorter than the server needs.", fmtMs(a.Phases.Connect), fmtMs(answerWait(a)))
		},
		fix: func(f *facts) []Step {
			return []Step{
				{Text: "Look at the server's logs and response time for this request; it is busy or waiting on something (a database, another service).", Who: ActorServer},
				{Text: "Compare with the failing program's timeout setting (an HTTP client timeout, curl --max-time, a database statement timeout) and raise it if the server is legitimately slow.", Who: ActorUser},
			}
		},
	},
}

// certReason says in a few words why a certificate is not trusted.
func certReason(t *probes.TLSInfo) string {
	if t == nil {
		return "no certificate"
	}
	e := t.VerifyError
	switch {
	case t.SelfSigned:
		return "it is self-signed"
	case strings.Contains(e, "expired") || strings.Contains(e, "not yet valid"):
		return "it has expired or is not yet valid"
	case strings.Contains(e, "not valid for") || strings.Contains(e, "doesn't contain any IP SANs"):
		return "it was issued for another name (" + strings.Join(t.Names, ", ") + ")"
	case strings.Contains(e, "unknown authority"):
		return "it was issued by an unknown authority (" + t.Issuer + ")"
	}
	return e
}

// answerWait is how long the check waited for the answer (runs stored
// before the wait had its own bound used Timeout for it).
func answerWait(a *probes.AppResult) probes.Millis {
	if a.AnswerWait > 0 {
		return a.AnswerWait
	}
	return a.Timeout
}

// secondsText writes a duration in seconds with one decimal: "12.0 s".
func secondsText(m probes.Millis) string {
	return fmt.Sprintf("%.1f s", m.D().Seconds())
}

// commonTimeouts are the timeouts programs commonly use, in seconds.
var commonTimeouts = []int{60, 30, 20, 15, 10, 5}

// commonTimeoutBelow is the longest common timeout shorter than d.
func commonTimeoutBelow(d probes.Millis) int {
	for _, s := range commonTimeouts {
		if d.D() > time.Duration(s)*time.Second {
			return s
		}
	}
	return 5
}

// gatewayTimedOut says a gateway answered that its backend timed out: a
// 504, or a 502/503 page that says so (runs stored before the distinction
// was kept count 504s).
func gatewayTimedOut(a *probes.AppResult) bool {
	g := a.Gateway
	return g != nil && g.Upstream && (g.TimedOut || a.StatusCode == 504)
}
