package diagnose

import "github.com/conndoctor/conndoctor/probes"

// CodeICMPFiltered: the port accepts connections, but ping or the ICMP
// traceroute gets no answer. Secondary only: it explains those warnings
// under a working connection.
const CodeICMPFiltered = "icmp.filtered"

// icmpFiltered explains silent ICMP checks beside an open port.
var icmpFiltered = rule{
	code: CodeICMPFiltered, severity: SeverityInfo, secondary: true,
	match: func(f *facts) ([]Evidence, bool) {
		if f.portState() != probes.PortOpen {
			return nil, false
		}
		var out []Evidence
		if f.pingRan() && f.s.Ping.Recv == 0 {
			out = append(out, ev(&f.s.Ping.Check))
		}
		if t := f.s.TraceICMP; t != nil && !t.Reached && t.Unreach == nil {
			out = append(out, ev(&t.Check))
		}
		return out, len(out) > 0
	},
	summary: func(f *facts) string {
		return f.host() + " accepts connections but does not answer ping or traceroute: ICMP is filtered"
	},
	explain: func(f *facts) string {
		return "The port accepts TCP connections, so the path works for programs. The host, or a firewall in front of it, drops ICMP echo (what ping and traceroute use), which is common and harmless; it only means ping cannot be used to tell whether this host is up."
	},
	fix: func(f *facts) []Step {
		return []Step{{Text: "Nothing to fix for this connection. To monitor the host, test its TCP port instead of ping.", Who: ActorHelpdesk}}
	},
}
