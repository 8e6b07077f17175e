package diagnose

import (
	"fmt"
	"strings"

	"github.com/conndoctor/conndoctor/probes"
)

// Verdicts about a name's several addresses. They come before the port
// verdicts: when some of the name's addresses work, the fault is in the
// ones that do not, not in the port or the path as a whole.
const (
	CodeIPv6Broken  = "ipv6.broken"
	CodeDNSDeadAddr = "dns.dead_address"
)

// ActorDNS owns the name's DNS records or the load balancer that hands out
// its addresses.
const ActorDNS Actor = "DNS / load-balancer owner"

// addrs returns the every-address check when it ran on a name with more
// than one address.
func (f *facts) addrs() *probes.AddrsResult {
	if a := f.s.Addrs; a != nil && len(a.Addrs) > 1 {
		return a
	}
	return nil
}

// familySplit finds a family whose every tested address fails while the
// other family has an address that works.
func familySplit(a *probes.AddrsResult) (broken, working string, ok bool) {
	type tally struct{ tested, failed, open int }
	t := map[string]*tally{"IPv4": {}, "IPv6": {}}
	for _, x := range a.Addrs {
		tl := t[x.Family]
		switch {
		case tl == nil:
		case x.Open():
			tl.tested++
			tl.open++
		case x.Failed():
			tl.tested++
			tl.failed++
		}
	}
	for _, pair := range [][2]string{{"IPv6", "IPv4"}, {"IPv4", "IPv6"}} {
		b, w := t[pair[0]], t[pair[1]]
		if b.tested > 0 && b.failed == b.tested && w.open > 0 {
			return pair[0], pair[1], true
		}
	}
	return "", "", false
}

// ofFamily lists the addresses of one family.
func ofFamily(list []probes.AddrResult, fam string) []probes.AddrResult {
	var out []probes.AddrResult
	for _, x := range list {
		if x.Family == fam {
			out = append(out, x)
		}
	}
	return out
}

func addrNames(list []probes.AddrResult) string {
	parts := make([]string, len(list))
	for i, x := range list {
		parts[i] = x.Addr
	}
	return strings.Join(parts, ", ")
}

// failWords says how an address failed, in plain words.
func failWords(x probes.AddrResult) string {
	switch x.Port.State {
	case probes.PortFiltered:
		return "nothing answers the connection requests"
	case probes.PortRefused:
		return "the connection is refused: nothing listens there"
	case probes.PortRejected:
		return "a router or firewall turns the connection away"
	case probes.PortUnreachable:
		return "no host answers for the address on its network"
	case probes.PortBlocked:
		return "this computer refuses to send the connection"
	}
	return string(x.Port.State)
}

// failedEvidence is one line per failed address, then where its path
// breaks (the ping and traceroutes made for it), and the port check when
// the first address is among them.
func failedEvidence(f *facts, a *probes.AddrsResult, failed []probes.AddrResult) []Evidence {
	out := append(f.fromError(), ev(&a.Check))
	firstFailed := false
	for _, x := range failed {
		firstFailed = firstFailed || x.Addr == a.Addrs[0].Addr
		out = append(out, Evidence{Check: "addrs", Text: fmt.Sprintf("At %s (%s), %s. Technically: %s.", x.Addr, x.Family, failWords(x), x.Port.Summary)})
		for _, c := range []*probes.Check{pingHeader(x.Ping), traceHeader(x.TraceICMP), traceHeader(x.TraceTCP)} {
			if c != nil && c.Status != probes.StatusSkip && c.Status != probes.StatusError {
				out = append(out, Evidence{Check: "addrs", Text: fmt.Sprintf("%s to %s: %s", c.Title, x.Addr, c.Summary)})
			}
		}
	}
	if firstFailed {
		out = append(out, f.portEvidence()...)
	}
	return out
}

func pingHeader(p *probes.PingResult) *probes.Check {
	if p == nil {
		return nil
	}
	return &p.Check
}

func traceHeader(t *probes.TraceResult) *probes.Check {
	if t == nil {
		return nil
	}
	return &t.Check
}

// anyHangs says a failed address makes programs wait for a time-out.
func anyHangs(list []probes.AddrResult) bool {
	for _, x := range list {
		if x.Hangs() {
			return true
		}
	}
	return false
}

// preferIPv4 is the workaround that makes this computer try IPv4 first.
func preferIPv4() Step {
	if goos == "windows" {
		return Step{Text: "Until the network is fixed, make this computer prefer IPv4 over IPv6 (Microsoft's documented setting; it takes effect after a restart, and IPv6 stays on).",
			Who: ActorHelpdesk, Admin: true, Command: `reg add HKLM\SYSTEM\CurrentControlSet\Services\Tcpip6\Parameters /v DisabledComponents /t REG_DWORD /d 0x20 /f`}
	}
	return Step{Text: "Until the network is fixed, make this computer prefer IPv4 over IPv6: add the line “precedence ::ffff:0:0/96 100” to /etc/gai.conf (programs started afterwards try IPv4 first; IPv6 stays on).",
		Who: ActorHelpdesk, Admin: true, Command: "echo 'precedence ::ffff:0:0/96 100' | sudo tee -a /etc/gai.conf"}
}

// addrRules are ipv6.broken and dns.dead_address, in that order.
var addrRules = [2]rule{
	{
		code: CodeIPv6Broken, severity: SeverityProblem, primary: true,
		match: func(f *facts) ([]Evidence, bool) {
			a := f.addrs()
			if a == nil {
				return nil, false
			}
			broken, _, ok := familySplit(a)
			if !ok {
				return nil, false
			}
			return failedEvidence(f, a, ofFamily(a.Failed(), broken)), true
		},
		summary: func(f *facts) string {
			a := f.addrs()
			broken, working, _ := familySplit(a)
			s := fmt.Sprintf("%s connections to %s fail while %s works", broken, f.host(), working)
			if a.Addrs[0].Family == broken && anyHangs(a.Failed()) {
				s += fmt.Sprintf(": programs that try %s first hang", broken)
			}
			return s
		},
		explain: func(f *facts) string {
			a := f.addrs()
			broken, working, _ := familySplit(a)
			failed := ofFamily(a.Failed(), broken)
			s := fmt.Sprintf("%s has both IPv4 and IPv6 addresses. Every %s address fails (%s: %s), while %s connects. ",
				f.host(), broken, addrNames(failed), failWords(failed[0]), working)
			switch {
			case a.Addrs[0].Family == broken && anyHangs(failed):
				s += fmt.Sprintf("This computer tries %s first: %s. Programs that try the addresses one after another wait for the %s attempt to time out before they try %s: 11 s to over 2 minutes on Linux (it depends on the kernel), about 21 s on Windows, and many give up first and report \"connection timed out\". That is most programs that take the system's list of addresses in turn: Python (socket.create_connection, requests), Java, ssh, PostgreSQL clients and many database drivers. Browsers, curl and Go programs try both families at once (\"Happy Eyeballs\") and switch to %s after about 0.3 s, so they seem to work: which is why some programs fail and others do not.",
					broken, a.Order.Why, broken, working, working)
			case a.Addrs[0].Family == broken:
				s += fmt.Sprintf("This computer tries %s first: %s. Each %s attempt is turned away at once, so programs that go on to the next address lose little time, but programs that use only the first address fail at once.", broken, a.Order.Why, broken)
			default:
				s += fmt.Sprintf("Programs on this computer try %s first (%s), so most work here; computers and programs that prefer %s (most, where %s is the default) fail or wait.", working, a.Order.Why, broken, broken)
			}
			return s
		},
		fix: func(f *facts) []Step {
			a := f.addrs()
			broken, working, _ := familySplit(a)
			failed := ofFamily(a.Failed(), broken)
			steps := []Step{
				{Text: fmt.Sprintf("Find where %s traffic to %s stops and fix it: most often a firewall has rules for IPv4 but none for IPv6, or an IPv6 route is missing. The traceroutes in this report show how far it gets.", broken, addrNames(failed)), Who: ActorNetwork},
				{Text: fmt.Sprintf("If %s is not meant to be reached over %s, remove its %s records (%s) from DNS; if it is, make the service listen on its %s address and open the server's own firewall for it.",
					f.host(), broken, map[string]string{"IPv6": "AAAA", "IPv4": "A"}[broken], addrNames(failed), broken), Who: ActorServer},
			}
			if broken == "IPv6" {
				steps = append(steps, preferIPv4())
			}
			if w := ofFamily(a.Open(), working); len(w) > 0 {
				steps = append(steps, Step{Text: fmt.Sprintf("For one program, right now: use the address %s instead of the name in its settings (a certificate may then not match the address).", w[0].Addr), Who: ActorUser})
			}
			return steps
		},
	},
	{
		code: CodeDNSDeadAddr, severity: SeverityProblem, primary: true,
		match: func(f *facts) ([]Evidence, bool) {
			a := f.addrs()
			if a == nil || len(a.Failed()) == 0 || len(a.Open()) == 0 {
				return nil, false
			}
			if _, _, split := familySplit(a); split {
				return nil, false // ipv6.broken says it better
			}
			return failedEvidence(f, a, a.Failed()), true
		},
		summary: func(f *facts) string {
			a := f.addrs()
			failed := a.Failed()
			return fmt.Sprintf("%d of %d addresses of %s %s not accept connections (%s): about %.0f%% of connections fail",
				len(failed), len(failed)+len(a.Open()), f.host(), verbFor(len(failed), "does", "do"), addrNames(failed), 100*a.Share())
		},
		explain: func(f *facts) string {
			a := f.addrs()
			failed := a.Failed()
			s := fmt.Sprintf("%s has %d addresses in DNS. Programs use one of them, usually the first in the DNS answer, and a DNS server that rotates its answers (round robin) changes which one comes first with every lookup: so the same program works one time and fails the next. %s %s not accept connections (%s): a server that is down or gone, or a load-balancer member still listed. About %.0f%% of connection attempts go to %s. ",
				f.host(), len(a.Addrs), addrNames(failed), verbFor(len(failed), "does", "do"), failWords(failed[0]), 100*a.Share(), verbFor(len(failed), "it", "them"))
			if anyHangs(failed) {
				s += "Those attempts wait for a time-out; programs that then try the next address recover after the wait, the others report \"connection timed out\"."
			} else {
				s += "Those attempts are turned away at once; programs that try the next address recover, the others fail."
			}
			return s
		},
		fix: func(f *facts) []Step {
			a := f.addrs()
			failed, open := a.Failed(), a.Open()
			return []Step{
				{Text: fmt.Sprintf("Remove %s from the DNS records of %s (or from the load balancer's pool), or bring it back. A health check that takes dead members out of DNS or the pool stops this from coming back.", addrNames(failed), f.host()), Who: ActorDNS},
				{Text: fmt.Sprintf("Check whether the server at %s is running and accepts connections on port %d.", addrNames(failed), f.t.Port), Who: ActorServer},
				{Text: fmt.Sprintf("For one program, right now: use a working address (%s) in its settings, or simply retry: the next attempt may reach a working address.", open[0].Addr), Who: ActorUser},
			}
		},
	},
}

// verbFor picks the singular or plural form for n.
func verbFor(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
