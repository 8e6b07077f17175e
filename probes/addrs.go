package probes

import (
	"fmt"
	"net/netip"
	"strings"
)

// MaxPerFamily is how many addresses of each family (IPv4, IPv6) of a name
// get the port check; the rest are listed as not tested.
const MaxPerFamily = 8

// AddrResult is the port check on one of a name's addresses and, for an
// address that failed other than the first, where its path breaks.
type AddrResult struct {
	// Addr is the IP address.
	Addr string `json:"addr"`
	// Family is "IPv4" or "IPv6".
	Family string `json:"family"`
	// Port is the connection test; nil when the address was past the
	// limit per family and not tested.
	Port *PortResult `json:"port,omitempty"`
	// Ping and the traceroutes are run on an address that failed, other
	// than the first: the run's own checks cover the first one.
	Ping      *PingResult  `json:"ping,omitempty"`
	TraceICMP *TraceResult `json:"trace_icmp,omitempty"`
	TraceTCP  *TraceResult `json:"trace_tcp,omitempty"`
}

// Failed says the address was tested and does not accept connections:
// the attempt was made and the network or the host said no. A check that
// could not run is not a failure, and neither is an address this computer
// has no route to: programs skip it at once (its family is not set up
// here), so it costs them nothing.
func (a AddrResult) Failed() bool {
	return a.Port != nil && a.Port.Status == StatusFail && !a.Unusable()
}

// Unusable says this computer has no route to the address.
func (a AddrResult) Unusable() bool { return a.Port != nil && a.Port.State == PortNoRoute }

// Hangs says a program connecting to the address waits for a time-out
// (no answer, or a host that does not answer on its network) rather than
// being turned away at once.
func (a AddrResult) Hangs() bool {
	return a.Failed() && (a.Port.State == PortFiltered || a.Port.State == PortUnreachable)
}

// Open says the address accepted the connection.
func (a AddrResult) Open() bool { return a.Port != nil && a.Port.State == PortOpen }

// AddrsResult is the port check on every address of a name, in the order
// programs on this computer try them.
type AddrsResult struct {
	Check
	// Name is the host name; Port the TCP port.
	Name string `json:"name"`
	Port int    `json:"port"`
	// Addrs are the name's addresses in the order programs try them; the
	// first is the address the run's other checks test.
	Addrs []AddrResult `json:"addrs"`
	// Order says where that order comes from and why the first is first.
	Order AddrOrder `json:"order"`
}

// FamilyOf names an address's family: "IPv4" or "IPv6" ("" when it does
// not parse).
func FamilyOf(addr string) string {
	a, err := netip.ParseAddr(addr)
	if err != nil {
		return ""
	}
	return family(a.Unmap())
}

// NewAddrs starts the every-address check for a name's ordered addresses;
// each gets its family, and those past MaxPerFamily stay untested.
func NewAddrs(name string, port int, ordered []string, order AddrOrder) *AddrsResult {
	r := &AddrsResult{Check: newCheck("addrs", "Every address of the name"), Name: name, Port: port, Order: order}
	for _, a := range ordered {
		r.Addrs = append(r.Addrs, AddrResult{Addr: a, Family: FamilyOf(a)})
	}
	return r
}

// ToTest returns the indexes of the addresses to test: at most
// MaxPerFamily of each family, in order.
func (r *AddrsResult) ToTest() []int {
	seen := map[string]int{}
	var out []int
	for i, a := range r.Addrs {
		if seen[a.Family] < MaxPerFamily {
			seen[a.Family]++
			out = append(out, i)
		}
	}
	return out
}

// Failed lists the addresses that do not accept connections; Open those
// that do.
func (r *AddrsResult) Failed() []AddrResult { return r.filter(AddrResult.Failed) }

// Open lists the addresses that accept connections.
func (r *AddrsResult) Open() []AddrResult { return r.filter(AddrResult.Open) }

func (r *AddrsResult) filter(keep func(AddrResult) bool) []AddrResult {
	var out []AddrResult
	for _, a := range r.Addrs {
		if keep(a) {
			out = append(out, a)
		}
	}
	return out
}

// Finish sets the check's outcome once every address's test ended: pass
// when every tested address accepts, fail when any does not, skip when
// the name has a single address (the port check is that test), error
// when no address could be tested at all.
func (r *AddrsResult) Finish() {
	if len(r.Addrs) == 1 {
		r.finish(StatusSkip, fmt.Sprintf("%s has one address, %s: the port check tests it", r.Name, r.Addrs[0].Addr))
		return
	}
	failed, open := r.Failed(), r.Open()
	tested, untested, unusable := 0, 0, r.filter(AddrResult.Unusable)
	for _, a := range r.Addrs {
		switch {
		case a.Port == nil:
			untested++
		case a.Unusable():
		case a.Port.Status == StatusPass || a.Port.Status == StatusFail:
			tested++
		}
	}
	var notes []string
	if len(unusable) > 0 {
		notes = append(notes, fmt.Sprintf("%s: this computer has no route to %s, so programs skip %s", addrList(unusable),
			verb(len(unusable), "it", "them"), verb(len(unusable), "it", "them")))
	}
	if n := len(r.Addrs) - tested - untested - len(unusable); n > 0 {
		notes = append(notes, plural(n, "1 could not be tested", "%d could not be tested"))
	}
	if untested > 0 {
		notes = append(notes, fmt.Sprintf("%s not tested (at most %d per family)", plural(untested, "1 more", "%d more"), MaxPerFamily))
	}
	first := fmt.Sprintf("programs try %s first: %s", r.Addrs[0].Addr, r.Order.Why)
	switch {
	case tested == 0 && len(unusable) > 0:
		r.finish(StatusFail, fmt.Sprintf("this computer has no route to any address of %s: %s", r.Name, addrList(unusable)))
	case tested == 0:
		r.finish(StatusError, "none of the name's addresses could be tested: "+strings.Join(notes, "; "))
	case len(failed) == 0:
		r.finish(StatusPass, joinNotes(fmt.Sprintf("all %d tested addresses of %s accept connections on port %d; %s", tested, r.Name, r.Port, first), notes))
	case len(open) == 0:
		r.finish(StatusFail, joinNotes(fmt.Sprintf("none of the %d tested addresses of %s accepts connections on port %d: %s", tested, r.Name, r.Port, addrStates(failed)), notes))
	default:
		r.finish(StatusFail, joinNotes(fmt.Sprintf("%d of %d addresses of %s %s connections on port %d: %s; %s %s; %s",
			len(failed), tested, r.Name, verb(len(failed), "does not accept", "do not accept"), r.Port,
			addrStates(failed), addrList(open), verb(len(open), "accepts", "accept"), first), notes))
	}
}

// verb picks the singular or plural form for n.
func verb(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func joinNotes(s string, notes []string) string {
	if len(notes) == 0 {
		return s
	}
	return s + " (" + strings.Join(notes, "; ") + ")"
}

// addrStates lists failed addresses with their states: "10.0.0.6
// (filtered)".
func addrStates(list []AddrResult) string {
	parts := make([]string, len(list))
	for i, a := range list {
		parts[i] = fmt.Sprintf("%s (%s)", a.Addr, portWords(a.Port.State))
	}
	return strings.Join(parts, ", ")
}

func addrList(list []AddrResult) string {
	parts := make([]string, len(list))
	for i, a := range list {
		parts[i] = a.Addr
	}
	return strings.Join(parts, ", ")
}

// portWords names a failed state for people.
func portWords(s PortState) string {
	switch s {
	case PortFiltered:
		return "no answer"
	case PortRefused:
		return "refused"
	case PortRejected:
		return "rejected"
	case PortUnreachable:
		return "host unreachable"
	case PortNoRoute:
		return "no route"
	case PortBlocked:
		return "blocked here"
	}
	return string(s)
}

// Share is the fraction of the tested addresses that failed: the share of
// connection attempts that fail when programs pick among them evenly (DNS
// round robin).
func (r *AddrsResult) Share() float64 {
	failed, tested := 0, 0
	for _, a := range r.Addrs {
		if a.Port != nil && !a.Unusable() && (a.Port.Status == StatusPass || a.Port.Status == StatusFail) {
			tested++
			if a.Failed() {
				failed++
			}
		}
	}
	if tested == 0 {
		return 0
	}
	return float64(failed) / float64(tested)
}
