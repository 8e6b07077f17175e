package report

import (
	"fmt"
	"strings"

	"github.com/conndoctor/conndoctor/engine"
	"github.com/conndoctor/conndoctor/probes"
)

// Kinds of path stop.
const (
	StopPC      = "pc"      // this computer
	StopGateway = "gateway" // the default gateway the traffic leaves through
	StopHop     = "hop"     // a router found by the traceroute
	StopMore    = "more"    // hops left out of the strip (all are in the hop table)
	StopTarget  = "target"  // the target's address and port
)

// maxHopStops is how many hops the path strip shows before it folds the
// middle ones into one "N more hops" stop.
const maxHopStops = 4

// PathView is the way from this computer to the target, stop by stop, as
// the checks saw it: This PC → gateway → hops → target:port, each with its
// state (the picture of the Windows network troubleshooter and PingPlotter).
// It also names the flow that was tested, for a request to the network team.
type PathView struct {
	// Stops are in order from this computer to the target.
	Stops []PathStop
	// Source is the local address the traffic leaves from, "" if unknown;
	// Iface the interface holding it.
	Source, Iface string
	// Host is the target as named; Addr the address tested (may equal Host).
	Host, Addr string
	// Port is the TCP port tested; Protocol is "TCP".
	Port     int
	Protocol string
}

// PathStop is one stop on the path.
type PathStop struct {
	// Kind is one of StopPC, StopGateway, StopHop, StopMore, StopTarget.
	Kind string
	// Name says what it is ("This PC", "Gateway", "Hop 3").
	Name string
	// Addr is its address ("" when unknown or silent).
	Addr string
	// Status is how it did, as a check status: pass, warn, fail, or skip
	// (not tested, or silent as some routers are).
	Status probes.Status
	// Detail says it in a few plain words ("answers in 0.4 ms").
	Detail string
}

// pathOf builds the path of a run from its checks.
func pathOf(rep *engine.Report) PathView {
	s := &rep.Results
	p := PathView{Host: rep.Target.Host, Addr: rep.Addr, Port: rep.Target.Port, Protocol: "TCP"}
	if p.Addr == "" {
		p.Addr = p.Host
	}
	gw := ""
	p.Stops = append(p.Stops, pcStop(s.Local, &p))
	if g := gatewayStop(s.Local); g != nil {
		gw = g.Addr
		p.Stops = append(p.Stops, *g)
	}
	t := chartedTrace(s)
	p.Stops = append(p.Stops, hopStops(t, gw)...)
	p.Stops = append(p.Stops, targetStop(s, t, &p))
	return p
}

// pcStop is this computer: the address the traffic leaves from.
func pcStop(l *probes.LocalResult, p *PathView) PathStop {
	st := PathStop{Kind: StopPC, Name: "This PC", Status: probes.StatusSkip, Detail: "not checked"}
	if l == nil {
		return st
	}
	st.Status, st.Detail = l.Status, "network settings look right"
	if r := l.Route; r != nil && r.Found {
		p.Source, p.Iface = r.Source, r.Iface
	} else if r != nil {
		st.Detail = "has no route to the target"
	}
	if p.Source == "" {
		p.Source, p.Iface = firstAddr(l.Interfaces)
	}
	st.Addr = p.Source
	if l.Status == probes.StatusPass && p.Iface != "" {
		st.Detail = "sends through " + p.Iface
	}
	return st
}

// firstAddr is the first address of an interface that is up and not
// loopback, without its prefix length.
func firstAddr(ifs []probes.Interface) (addr, iface string) {
	for _, i := range ifs {
		if i.Up && !i.Loopback && len(i.Addrs) > 0 {
			a, _, _ := strings.Cut(i.Addrs[0], "/")
			return a, i.Name
		}
	}
	return "", ""
}

// gatewayStop is the default gateway, nil when the target is on this
// computer's own network or no gateway was checked.
func gatewayStop(l *probes.LocalResult) *PathStop {
	if l == nil || l.Gateway == nil {
		return nil
	}
	g := l.Gateway
	st := &PathStop{Kind: StopGateway, Name: "Gateway", Addr: g.Addr, Status: probes.StatusPass}
	switch {
	case !g.Answered:
		st.Status, st.Detail = probes.StatusFail, "does not answer"
	case g.PingRecv > 0 && g.RTT > 0:
		st.Detail = "answers in " + g.RTT.Text()
	case g.PingRecv > 0:
		st.Detail = "answers"
	default:
		st.Detail = "answers (not to ping)"
	}
	return st
}

// hopStops are the routers between the gateway and the target, the middle
// ones folded when there are many.
func hopStops(t *probes.TraceResult, gw string) []PathStop {
	if t == nil {
		return nil
	}
	var out []PathStop
	for _, h := range t.Hops {
		if h.TTL == 1 && h.Addr != "" && h.Addr == gw {
			continue // the gateway has its own stop
		}
		if t.Reached && h.TTL >= t.LastTTL {
			continue // the destination is the target stop
		}
		out = append(out, hopStop(t, h))
	}
	if len(out) <= maxHopStops {
		return out
	}
	tail := len(out) - (maxHopStops - 2) // the first hop, the fold, the last hops
	folded := out[1:tail]
	more := PathStop{Kind: StopMore, Name: fmt.Sprintf("%d more hops", len(folded)), Status: probes.StatusPass, Detail: "see the hop table"}
	for _, f := range folded {
		if rank(f.Status) > rank(more.Status) {
			more.Status = f.Status
		}
	}
	return append([]PathStop{out[0], more}, out[tail:]...)
}

// rank orders stop states from good to bad, for a folded stop.
func rank(s probes.Status) int {
	return map[probes.Status]int{probes.StatusSkip: 0, probes.StatusPass: 1, probes.StatusWarn: 2, probes.StatusFail: 3}[s]
}

// hopStop is one router.
func hopStop(t *probes.TraceResult, h probes.Hop) PathStop {
	st := PathStop{Kind: StopHop, Name: fmt.Sprintf("Hop %d", h.TTL), Addr: h.Addr, Status: probes.StatusPass}
	switch {
	case t.Unreach != nil && h.TTL == t.LastTTL:
		st.Status, st.Detail = probes.StatusFail, "answered "+t.Unreach.Text
	case h.Addr == "" && !t.Reached && h.TTL > t.LastTTL:
		st.Status, st.Detail = probes.StatusFail, "no answer: traffic stops here"
	case h.Addr == "":
		st.Status, st.Detail = probes.StatusSkip, "does not answer traceroute (many routers don't)"
	case h.Loss > 0:
		st.Status, st.Detail = probes.StatusWarn, fmt.Sprintf("answers in %s, lost %.0f%%", h.Avg.Text(), h.Loss)
	default:
		st.Detail = "answers in " + h.Avg.Text()
	}
	return st
}

// portWords say what a port state means, after "port N".
var portWords = map[probes.PortState]string{
	probes.PortOpen: "open", probes.PortRefused: "refused: nothing listens",
	probes.PortFiltered: "gets no answer", probes.PortRejected: "rejected",
	probes.PortUnreachable: "cannot be reached on its network", probes.PortNoRoute: "no route",
	probes.PortError: "could not be tried",
}

// targetStop is the target's address and port, with the port's state.
func targetStop(s *probes.Set, t *probes.TraceResult, p *PathView) PathStop {
	st := PathStop{Kind: StopTarget, Name: "Target", Addr: fmt.Sprintf("%s port %d", p.Addr, p.Port), Status: probes.StatusSkip, Detail: "not tried"}
	if p.Addr != p.Host {
		st.Name = p.Host
	}
	port := s.Port
	if port == nil || port.Status == probes.StatusSkip {
		return st
	}
	st.Status = port.Status
	st.Detail = fmt.Sprintf("port %d %s", p.Port, portWords[port.State])
	if w := portWords[port.State]; w == "" {
		st.Detail = fmt.Sprintf("port %d %s", p.Port, port.State)
	}
	answers := (t != nil && t.Reached) || (s.Ping != nil && s.Ping.Recv > 0)
	if port.State != probes.PortOpen && answers {
		st.Detail = "answers ping, but " + st.Detail
	}
	return st
}
