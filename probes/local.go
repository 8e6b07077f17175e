package probes

import (
	"context"
	"fmt"
	"net"
	"net/netip"
	"sort"
	"time"

	"github.com/conndoctor/conndoctor/internal/failure"
	"github.com/conndoctor/conndoctor/platform"
)

// Interface is one network interface of this machine.
type Interface struct {
	// Name is the OS name ("eth0", "Ethernet").
	Name string `json:"name"`
	// Up says the interface is administratively up and running.
	Up bool `json:"up"`
	// Loopback marks the loopback interface.
	Loopback bool `json:"loopback,omitempty"`
	// MTU is the interface MTU in bytes.
	MTU int `json:"mtu"`
	// Addrs are its addresses in CIDR form.
	Addrs []string `json:"addrs,omitempty"`
}

// Route is how this machine would send traffic to the target.
type Route struct {
	// To is the address the route was looked up for: the target's, or the
	// first DNS server's when the target's name did not resolve.
	To string `json:"to"`
	// ForDNS says To is a DNS server, not the target.
	ForDNS bool `json:"for_dns,omitempty"`
	// Found says the routing table has a route to To. It is false both when
	// the OS answered that there is none and when the lookup itself failed:
	// Unknown tells the two apart.
	Found bool `json:"found"`
	// Unknown says the route could not be determined: the lookup failed
	// for a local reason (Error names the API and the error), which says
	// nothing about the routing table.
	Unknown bool `json:"unknown,omitempty"`
	// Source is the local address the traffic would leave from.
	Source string `json:"source,omitempty"`
	// Iface is the interface holding Source.
	Iface string `json:"iface,omitempty"`
	// OnLink says the target is on a directly connected subnet (no gateway).
	OnLink bool `json:"on_link"`
	// Error is the OS answer when there is no route, or the failed API and
	// its error when the route is Unknown.
	Error string `json:"error,omitempty"`
}

// Missing says the OS answered that there is no route (a definite answer,
// not a failed lookup).
func (r *Route) Missing() bool { return r != nil && !r.Found && !r.Unknown }

// GatewayCheck is what was learned about the default gateway.
type GatewayCheck struct {
	// Addr is the gateway address.
	Addr string `json:"addr"`
	// Iface is the interface the default route uses.
	Iface string `json:"iface"`
	// PingSent and PingRecv count echo requests to the gateway and replies.
	PingSent int `json:"ping_sent"`
	PingRecv int `json:"ping_recv"`
	// RTT is the average round-trip time of the replies.
	RTT Millis `json:"rtt_ms"`
	// Neighbor is the ARP/neighbour state after pinging ("reachable",
	// "incomplete", "unknown"; for an IPv6 gateway on Linux, neighbour
	// discovery's own words: "stale", "delay", "probe", "failed"...).
	Neighbor string `json:"neighbor"`
	// Answered says the gateway is alive: it replied to ping or to ARP.
	Answered bool `json:"answered"`
	// PingError says why ping could not run, if it could not.
	PingError string `json:"ping_error,omitempty"`
}

// LocalResult is the state of this machine's own network configuration.
type LocalResult struct {
	Check
	// Interfaces lists all interfaces.
	Interfaces []Interface `json:"interfaces"`
	// Gateways are the default routes' gateways, best first.
	Gateways []platform.Gateway `json:"gateways"`
	// Route is the route to the target address; nil when there was no
	// address to look up (the name did not resolve).
	Route *Route `json:"route,omitempty"`
	// Gateway is the check of the gateway the target's traffic uses; nil
	// when the target is on-link or there is no default route.
	Gateway *GatewayCheck `json:"gateway,omitempty"`
}

// LocalOptions are the OS inputs of the local probe; the zero value uses the
// real system.
type LocalOptions struct {
	// Interfaces lists interfaces (default net.Interfaces).
	Interfaces func() ([]net.Interface, error)
	// Gateways returns default gateways (default platform.DefaultGateways).
	Gateways func() ([]platform.Gateway, error)
	// Neighbor returns an address's neighbour state (default platform.NeighborState).
	Neighbor func(ip string) (string, error)
	// Route asks the OS how traffic to an address leaves (default
	// platform.RouteTo).
	Route func(ctx context.Context, dst net.IP, port int) (platform.RouteInfo, error)
	// Ping settings for the gateway (default 3 pings 100ms apart).
	Ping PingOptions
}

// ProbeLocal checks interfaces, the route to addr and whether the gateway
// that route uses answers. When the target's name did not resolve, the
// caller passes the first DNS server as addr with forDNS set: a missing route
// then explains the failed lookup. An empty addr skips the route lookup.
func ProbeLocal(ctx context.Context, addr string, port int, forDNS bool, o LocalOptions) *LocalResult {
	r := &LocalResult{Check: newCheck("local", "This computer's network")}
	if o.Interfaces == nil {
		o.Interfaces = net.Interfaces
	}
	if o.Gateways == nil {
		o.Gateways = platform.DefaultGateways
	}
	if o.Neighbor == nil {
		o.Neighbor = platform.NeighborState
	}
	if o.Route == nil {
		o.Route = platform.RouteTo
	}
	if o.Ping.Count == 0 {
		o.Ping = PingOptions{Count: 3, Interval: 100 * time.Millisecond, Timeout: time.Second}
	}
	ifs, err := o.Interfaces()
	if err != nil {
		r.finish(StatusError, "cannot list network interfaces: "+err.Error())
		return r
	}
	r.Interfaces = DescribeInterfaces(ifs)
	r.Gateways, _ = o.Gateways()
	if addr != "" {
		r.Route = lookupRoute(ctx, addr, port, r.Interfaces, o.Route)
		r.Route.ForDNS = forDNS
	}
	if gw := pickGateway(r.Gateways, r.Route); gw != nil {
		r.Gateway = checkGateway(ctx, *gw, o)
	}
	r.finish(r.verdict())
	return r
}

// verdict summarises the local state.
func (r *LocalResult) verdict() (Status, string) {
	up := 0
	for _, i := range r.Interfaces {
		if i.Up && !i.Loopback && len(i.Addrs) > 0 {
			up++
		}
	}
	switch {
	case up == 0 && r.Route != nil && !r.Route.ForDNS && isLoopback(r.Route.To):
		return StatusPass, "the target is this computer (loopback): no network interface is needed"
	case up == 0:
		return StatusFail, "no network interface is up with an address"
	case r.Route.Missing() && r.Route.ForDNS:
		return StatusFail, "no route to the DNS server " + r.Route.To + ": " + r.Route.Error
	case r.Route.Missing():
		return StatusFail, "no route to the target: " + r.Route.Error
	case r.Route != nil && r.Route.Unknown:
		return StatusError, "the route to " + r.Route.To + " could not be determined, which says nothing about the network: " + r.Route.Error
	case r.Gateway != nil && !r.Gateway.Answered:
		return StatusFail, "the default gateway " + r.Gateway.Addr + " does not answer"
	case r.Route == nil:
		return StatusPass, fmt.Sprintf("%d interface(s) up, %d default gateway(s)", up, len(r.Gateways))
	case r.Route.OnLink && r.Route.ForDNS:
		// The name did not resolve: the route checked is the DNS server's.
		return StatusPass, "the DNS server " + r.Route.To + " is on the local network " + r.Route.Iface + ", no gateway needed"
	case r.Route.OnLink:
		return StatusPass, "the target is on the local network " + r.Route.Iface + ", no gateway needed"
	case r.Gateway != nil:
		return StatusPass, fmt.Sprintf("route via %s (%s), gateway answers in %s", r.Gateway.Addr, r.Route.Iface, fmtDur(r.Gateway.RTT.D()))
	}
	return StatusPass, "route found via " + r.Route.Iface
}

// DescribeInterfaces converts the OS interface list into Interface values.
func DescribeInterfaces(ifs []net.Interface) []Interface {
	out := make([]Interface, 0, len(ifs))
	for _, ifc := range ifs {
		i := Interface{Name: ifc.Name, MTU: ifc.MTU,
			Up:       ifc.Flags&net.FlagUp != 0 && ifc.Flags&net.FlagRunning != 0,
			Loopback: ifc.Flags&net.FlagLoopback != 0}
		addrs, _ := ifc.Addrs()
		for _, a := range addrs {
			i.Addrs = append(i.Addrs, a.String())
		}
		sort.Strings(i.Addrs)
		out = append(out, i)
	}
	return out
}

// lookupRoute asks the OS how traffic to addr would leave. Only a definite
// answer makes the route missing: "network unreachable" from the routing
// table (ENETUNREACH, WSAENETUNREACH, ERROR_NETWORK_UNREACHABLE, or a route
// API that found none). Any other error leaves the route Unknown.
func lookupRoute(ctx context.Context, addr string, port int, ifs []Interface, lookup func(context.Context, net.IP, int) (platform.RouteInfo, error)) *Route {
	dst := net.ParseIP(addr)
	if dst == nil {
		return &Route{To: addr, Unknown: true, Error: "route lookup: " + addr + " is not an IP address"}
	}
	ri, err := lookup(ctx, dst, port)
	if err != nil {
		f := failure.Wrap(ri.API, err)
		if f.Kind == failure.NetUnreachable {
			return &Route{To: addr, Error: "the routing table has no route to " + addr + " (" + f.Error() + ")"}
		}
		return &Route{To: addr, Unknown: true, Error: "route lookup failed: " + f.Error()}
	}
	rt := &Route{To: addr, Found: true, Source: ri.Source.String(), Iface: ri.Iface}
	for _, i := range ifs {
		for _, a := range i.Addrs {
			ip, n, err := net.ParseCIDR(a)
			if err != nil || !ip.Equal(ri.Source) {
				continue
			}
			if rt.Iface == "" {
				rt.Iface = i.Name
			}
			rt.OnLink = n.Contains(dst) || i.Loopback
		}
	}
	if ri.NextHopKnown && ri.NextHop == "" {
		rt.OnLink = true // the route API says: no gateway
	}
	return rt
}

// pickGateway returns the default gateway the route to the target uses, or
// nil when the target is on-link, no route was looked up, or no gateway
// of the route's address family exists (an IPv4 gateway carries no IPv6
// traffic, and the other way round).
func pickGateway(gws []platform.Gateway, rt *Route) *platform.Gateway {
	if len(gws) == 0 {
		return nil
	}
	// A local resolver stub (127.0.0.53) forwards over the default route.
	stub := rt != nil && rt.ForDNS && net.ParseIP(rt.To).IsLoopback()
	if rt != nil && !stub && (rt.OnLink || rt.Missing()) {
		return nil
	}
	var same []*platform.Gateway
	for i := range gws {
		if rt == nil || addrFamily(rt.To) == 0 || addrFamily(gws[i].Addr) == addrFamily(rt.To) {
			same = append(same, &gws[i])
		}
	}
	if len(same) == 0 {
		return nil
	}
	if rt != nil && !stub {
		for _, g := range same {
			if g.Iface == rt.Iface {
				return g
			}
		}
	}
	return same[0]
}

// addrFamily is 4 or 6 for an address ("fe80::1%eth0" too), 0 for none.
func addrFamily(s string) int {
	a, err := netip.ParseAddr(s)
	switch {
	case err != nil:
		return 0
	case a.Unmap().Is4():
		return 4
	}
	return 6
}

// checkGateway pings the gateway and reads its neighbour entry.
func checkGateway(ctx context.Context, gw platform.Gateway, o LocalOptions) *GatewayCheck {
	g := &GatewayCheck{Addr: gw.Addr, Iface: gw.Iface}
	st, _, err := pingStats(ctx, gw.Addr, o.Ping.withDefaults())
	if err != nil {
		g.PingError = err.Error()
	} else {
		g.PingSent, g.PingRecv, g.RTT = st.PacketsSent, st.PacketsRecv, Millis(st.AvgRtt)
	}
	g.Neighbor, _ = o.Neighbor(gw.Addr)
	g.Answered = g.PingRecv > 0 || platform.NeighborAlive(g.Neighbor)
	return g
}

// isLoopback says addr is a loopback address (127.0.0.0/8, ::1).
func isLoopback(addr string) bool {
	ip := net.ParseIP(addr)
	return ip != nil && ip.IsLoopback()
}
