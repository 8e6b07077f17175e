package platform

import (
	"net"
	"sort"

	"github.com/conndoctor/conndoctor/internal/failure"
)

// winRouteRow is one row of Windows' routing table (MIB_IPFORWARD_ROW2),
// winAddrRow one unicast address (MIB_UNICASTIPADDRESS_ROW) and winIfRow
// one IP interface (MIB_IPINTERFACE_ROW), reduced to what picking a route
// needs. They are filled from the IP Helper tables on Windows and written
// by hand in tests, so the choice is tested on every OS.
type winRouteRow struct {
	prefix  *net.IPNet
	nextHop net.IP // nil or unspecified: on-link
	ifIndex int
	metric  int
}

type winAddrRow struct {
	ip      net.IP
	prefix  int // on-link prefix length
	ifIndex int
	noSrc   bool // SkipAsSource
}

type winIfRow struct {
	metric int
	mtu    int
}

// pickWinRoute chooses the route Windows would use for dst from its tables,
// as GetBestRoute2 does: the longest matching prefix, then the lowest sum
// of route and interface metric; the source is an address of that
// interface, preferring one on the same subnet as the next hop. No
// matching route is the definite "no route" (a network-unreachable
// failure); an empty table is no answer at all.
func pickWinRoute(routes []winRouteRow, addrs []winAddrRow, ifs map[int]winIfRow, dst net.IP, api string) (RouteInfo, error) {
	ri := RouteInfo{API: api}
	if len(routes) == 0 {
		// Every configured address family has at least its on-link routes:
		// an empty table is an API that does not report them (Wine 8 for
		// IPv6), not an answer.
		return ri, failure.Failure{Kind: failure.Unknown, Op: api, Err: errEmptyWinRoutes}
	}
	var cands []winRouteRow
	for _, r := range routes {
		if r.prefix != nil && r.prefix.Contains(dst) && (r.prefix.IP.To4() == nil) == (dst.To4() == nil) {
			cands = append(cands, r)
		}
	}
	if len(cands) == 0 {
		return ri, failure.Failure{Kind: failure.NetUnreachable, Op: api, Err: errNoWinRoute}
	}
	sort.SliceStable(cands, func(i, j int) bool {
		li, _ := cands[i].prefix.Mask.Size()
		lj, _ := cands[j].prefix.Mask.Size()
		if li != lj {
			return li > lj
		}
		return cands[i].metric+ifs[cands[i].ifIndex].metric < cands[j].metric+ifs[cands[j].ifIndex].metric
	})
	best := cands[0]
	ri.IfIndex, ri.NextHopKnown = best.ifIndex, true
	near := dst
	if best.nextHop != nil && !best.nextHop.IsUnspecified() {
		ri.NextHop, near = best.nextHop.String(), best.nextHop
	}
	for _, a := range addrs {
		if a.ifIndex != best.ifIndex || a.noSrc || (a.ip.To4() == nil) != (dst.To4() == nil) {
			continue
		}
		bits := 128
		if a.ip.To4() != nil {
			bits = 32
		}
		onLink := (&net.IPNet{IP: a.ip.Mask(net.CIDRMask(a.prefix, bits)), Mask: net.CIDRMask(a.prefix, bits)}).Contains(near)
		if ri.Source == nil || onLink {
			ri.Source = a.ip
		}
		if onLink {
			break
		}
	}
	if ri.Source == nil {
		return ri, failure.Failure{Kind: failure.AddrNotAvailable, Op: api, Err: errNoWinSource}
	}
	return ri, nil
}

var (
	errEmptyWinRoutes = routeError("the routing table of this address family is empty")
	errNoWinRoute     = routeError("no route in the routing table covers the address")
	errNoWinSource    = routeError("the route's interface has no address to send from")
)

type routeError string

func (e routeError) Error() string { return string(e) }
