package diagnose

import (
	"fmt"

	"github.com/conndoctor/conndoctor/probes"
)

// CodePortIntermittent: the port accepts connections, but not every time:
// some attempts got no answer at all, or only after their request was
// sent again (1 s later, then 3 s later). It is what users report as
// timeouts that come and go.
const CodePortIntermittent = "port.intermittent"

// intermittentPort returns the port check when it saw the port accept
// some attempts and lose others.
func (f *facts) intermittentPort() *probes.PortResult {
	if p := f.s.Port; p != nil && p.State == probes.PortOpen && p.Intermittent && len(p.Attempts) > 1 {
		return p
	}
	return nil
}

// pingLossy says ping lost a share of its packets that points at the link.
func (f *facts) pingLossy() bool {
	return f.pingAnswered() && f.s.Ping.Loss >= probes.LossyPercent
}

var portIntermittent = rule{
	code: CodePortIntermittent, severity: SeverityProblem, primary: true, secondary: true,
	// Loss of every kind of packet (path.lossy) explains lost connection
	// requests too: then this is listed after it.
	primaryWhen: func(f *facts) bool { return !f.pingLossy() },
	match: func(f *facts) ([]Evidence, bool) {
		p := f.intermittentPort()
		if p == nil {
			return nil, false
		}
		out := append(f.fromError(), ev(&p.Check))
		out = append(out, Evidence{Check: "port", Text: fmt.Sprintf("Of %d connection attempts made together: %s. Technically: a lost TCP SYN is sent again after about 1 s, then every 1 s (recent Linux) or after 2 s and 4 s more (older systems), so connect times of whole seconds are lost requests.", len(p.Attempts), p.Spread())})
		if f.pingRan() {
			out = append(out, ev(&f.s.Ping.Check))
		}
		return out, true
	},
	summary: func(f *facts) string {
		p := f.intermittentPort()
		return fmt.Sprintf("Connections to %s work only some of the time: %d of %d attempts failed or had to be resent", f.addr(), p.FailedAttempts()+p.RetriedAttempts(), len(p.Attempts))
	},
	explain: func(f *facts) string {
		p := f.intermittentPort()
		s := fmt.Sprintf("The port accepts connections, but not every time. Of %d attempts, %.0f%% got no answer within %s and %.0f%% connected only after their request was sent again. A lost connection request is sent again after about 1 s, and again 1 or 2 s later: a program that waits less than that reports \"timed out\", one that waits longer sees a connection that took a second or more. ",
			len(p.Attempts), 100*float64(p.FailedAttempts())/float64(len(p.Attempts)), fmtMs(p.Timeout), 100*float64(p.RetriedAttempts())/float64(len(p.Attempts)))
		switch {
		case f.pingLossy():
			s += fmt.Sprintf("Ping loses %.0f%% of its packets too, so the link itself loses traffic.", f.s.Ping.Loss)
		case f.pingAnswered() && f.s.Ping.Sent >= 10:
			s += "Ping loses nothing, so only connection requests are lost: a firewall, NAT device or load balancer on the way that drops new connections (its connection table full, or a rate limit), or the server itself, whose queue of connections waiting to be accepted is full."
		default:
			s += "The requests are lost on the way (a lossy link, a firewall or NAT device whose connection table is full or that limits new connections) or at the server (its queue of connections waiting to be accepted is full)."
		}
		return s
	},
	fix: func(f *facts) []Step {
		return []Step{
			{Text: "Check whether the server drops connection requests because its accept queue is full: the counters of listen overflows and drops rise while it happens. Raise the service's listen backlog (and net.core.somaxconn), or add capacity. The counters on a Linux server:", Who: ActorServer, Command: "nstat -az TcpExtListenOverflows TcpExtListenDrops", Shell: ShellPOSIX},
			{Text: "Check the firewalls, NAT devices and load balancers between this computer and " + f.host() + " for a full connection-tracking table or a limit on new connections (drops and failed inserts in their counters, \"table full\" in their logs). On a Linux firewall or NAT host:", Who: ActorNetwork, Command: "conntrack -S", Shell: ShellPOSIX},
			{Text: "Check the links on the path for errors and loss: the traceroutes in this report show the hops.", Who: ActorNetwork},
			{Text: "Until it is fixed, a longer connect timeout in the program (over 3 s) turns most of these failures into slow connections.", Who: ActorUser},
		}
	},
}
