package diagnose

import (
	"fmt"

	"github.com/conndoctor/conndoctor/probes"
)

// CodeLocalPortsExhausted: this computer has no local port left for
// connections to the target (EADDRNOTAVAIL, WSAEADDRNOTAVAIL, WSAENOBUFS),
// or the ports to it nearly fill the ephemeral range.
const CodeLocalPortsExhausted = "local.ports_exhausted"

// portsCensus returns the port check's census when the ports ran out or
// nearly.
func (f *facts) portsCensus() (*probes.PortResult, bool) {
	p := f.s.Port
	if p == nil {
		return nil, false
	}
	return p, p.State == probes.PortNoLocalPort || (p.Census != nil && p.Census.Full())
}

var portsExhausted = rule{
	code: CodeLocalPortsExhausted, severity: SeverityProblem, primary: true, secondary: true,
	// A range nearly full beside a connection that worked is a warning
	// to list, not the verdict.
	primaryWhen: func(f *facts) bool { return f.portState() == probes.PortNoLocalPort },
	match: func(f *facts) ([]Evidence, bool) {
		p, ok := f.portsCensus()
		if !ok {
			return nil, false
		}
		out := append(f.fromError(), ev(&p.Check))
		if c := p.Census; c != nil {
			out = append(out, Evidence{Check: "port", Text: fmt.Sprintf("%s. Technically: %s; %d TCP sockets in all (%s).",
				c.Holds(), c.Text(), c.Sockets, c.Source)})
			if c.FileLimit > 0 && uint64(c.Sockets) >= c.FileLimit*9/10 {
				out = append(out, Evidence{Check: "port", Text: fmt.Sprintf("The open-file limit is near too: %d sockets for a limit of %d files per program.", c.Sockets, c.FileLimit)})
			}
		}
		return out, true
	},
	summary: func(f *facts) string {
		if f.portState() == probes.PortNoLocalPort {
			return "This computer has run out of local ports for connections to " + f.addr()
		}
		return "This computer's local ports for connections to " + f.addr() + " are nearly all in use"
	},
	explain: func(f *facts) string {
		s := "Every connection needs a local port on this computer, taken from its ephemeral range; towards one address and port each local port serves one connection at a time, and a closed connection keeps its port for up to a minute more (TIME_WAIT). "
		if p := f.s.Port; p.Census != nil && p.Census.ByState["TIME_WAIT"]*2 > p.Census.ToInRange {
			s += "Most of the ports are held by connections already closed, waiting out that minute: a program here opens a new connection for every request instead of reusing one. "
		}
		if f.portState() == probes.PortNoLocalPort {
			return s + "None is free now, so new connections fail at once on this computer; programs report it as \"cannot assign requested address\" or, wrongly, as a timeout. The network and the server are not at fault."
		}
		return s + "Almost none is free: a burst of new connections will fail on this computer."
	},
	fix: func(f *facts) []Step {
		steps := []Step{
			{Text: "Find the program that opens so many connections to " + f.addr() + " and make it reuse them (HTTP keep-alive, a connection pool) instead of opening one per request.", Who: ActorHelpdesk, Command: portsCommand(f)},
		}
		if goos == "windows" {
			return append(steps,
				Step{Text: "Widen the range of local ports (Windows' default dynamic range, 49152–65535, has 16,384).", Who: ActorHelpdesk, Admin: true, Command: "netsh int ipv4 set dynamicport tcp start=10000 num=55535"},
				Step{Text: "Shorten how long closed connections keep their port (TcpTimedWaitDelay, in seconds; takes effect after a restart).", Who: ActorHelpdesk, Admin: true,
					Command: `reg add HKLM\SYSTEM\CurrentControlSet\Services\Tcpip\Parameters /v TcpTimedWaitDelay /t REG_DWORD /d 30 /f`})
		}
		return append(steps,
			Step{Text: "Widen the range of local ports.", Who: ActorHelpdesk, Admin: true, Command: `sysctl -w net.ipv4.ip_local_port_range="15000 65000"`},
			Step{Text: "Let new outgoing connections reuse ports of closed ones when that is safe.", Who: ActorHelpdesk, Admin: true, Command: "sysctl -w net.ipv4.tcp_tw_reuse=1"})
	},
}

// portsCommand lists the connections to the target by state.
func portsCommand(f *facts) string {
	if goos == "windows" {
		return "netstat -ano | findstr " + f.addr()
	}
	return "ss -tan dst " + f.addr()
}
