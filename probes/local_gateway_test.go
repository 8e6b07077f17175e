package probes

import (
	"context"
	"net"
	"strings"
	"testing"

	"github.com/conndoctor/conndoctor/platform"
)

// TestPickGatewayFamily: the gateway checked is the one of the route's
// address family, on the route's interface when there are several.
func TestPickGatewayFamily(t *testing.T) {
	gws := []platform.Gateway{{Addr: "10.0.0.1", Iface: "eth0"}, {Addr: "10.8.0.1", Iface: "tun0"},
		{Addr: "fe80::1%eth0", Iface: "eth0", Metric: 1024}, {Addr: "2001:db8:8::1", Iface: "tun0", Metric: 1024}}
	v4only := gws[:2]
	cases := []struct {
		gws  []platform.Gateway
		rt   *Route
		want string
	}{
		{gws, &Route{To: "2001:db8:99:3::10", Found: true, Iface: "eth0"}, "fe80::1%eth0"},
		{gws, &Route{To: "2001:db8:99:3::10", Found: true, Iface: "tun0"}, "2001:db8:8::1"},
		{gws, &Route{To: "10.99.3.10", Found: true, Iface: "eth0"}, "10.0.0.1"},
		{gws, &Route{To: "10.99.3.10", Found: true, Iface: "tun0"}, "10.8.0.1"},
		{gws, &Route{To: "2001:db8:99:3::10", Unknown: true}, "fe80::1%eth0"},
		{gws, &Route{To: "127.0.0.53", ForDNS: true, Found: true, OnLink: true}, "10.0.0.1"},
		// No IPv6 gateway: the IPv4 one does not carry the traffic.
		{v4only, &Route{To: "2001:db8:99:3::10", Found: true, Iface: "eth0"}, ""},
		{gws, &Route{To: "2001:db8:99:3::10", Found: true, Iface: "eth0", OnLink: true}, ""},
	}
	for _, c := range cases {
		got := pickGateway(c.gws, c.rt)
		if (got == nil && c.want != "") || (got != nil && got.Addr != c.want) {
			t.Errorf("route %+v: got %v, want %q", c.rt, got, c.want)
		}
	}
}

// TestGatewayNeighbor: a gateway silent to ping is alive when its
// neighbour entry shows it answered (as the ARP table's complete entries
// do), dead when resolution is incomplete or failed.
func TestGatewayNeighbor(t *testing.T) {
	cases := []struct {
		state    string
		answered bool
	}{
		{platform.NeighborReachable, true},
		{platform.NeighborStale, true},
		{platform.NeighborDelay, true},
		{platform.NeighborProbe, true},
		{platform.NeighborPermanent, true},
		{platform.NeighborIncomplete, false},
		{platform.NeighborFailed, false},
		{platform.NeighborUnknown, false},
	}
	lo, err := net.InterfaceByName("lo")
	if err != nil {
		t.Skip("no loopback interface named lo:", err)
	}
	// An interface that is up with the loopback's addresses, under a name
	// no interface has: the ping to the gateway cannot leave this computer.
	ifs := func() ([]net.Interface, error) {
		return []net.Interface{{Index: lo.Index, Name: "cdnone9", Flags: net.FlagUp | net.FlagRunning, MTU: 1500}}, nil
	}
	gws := func() ([]platform.Gateway, error) {
		return []platform.Gateway{{Addr: "10.0.0.1", Iface: "cdnone9"}, {Addr: "fe80::1%cdnone9", Iface: "cdnone9"}}, nil
	}
	route := func(context.Context, net.IP, int) (platform.RouteInfo, error) {
		return platform.RouteInfo{Source: net.ParseIP("2001:db8:1::2"), Iface: "cdnone9", API: "UDP connect"}, nil
	}
	for _, c := range cases {
		var asked string
		neighbor := func(ip string) (string, error) { asked = ip; return c.state, nil }
		// Ping cannot run (no such interface): the neighbour decides.
		r := ProbeLocal(context.Background(), "2001:db8:99:3::10", 443, false, LocalOptions{Interfaces: ifs, Gateways: gws, Route: route, Neighbor: neighbor,
			Ping: PingOptions{Count: 1, Timeout: 1}})
		if r.Gateway == nil || asked != "fe80::1%cdnone9" || r.Gateway.Neighbor != c.state || r.Gateway.Answered != c.answered {
			t.Fatalf("%s: asked %q, gateway %+v", c.state, asked, r.Gateway)
		}
		if !c.answered && (r.Status != StatusFail || !strings.Contains(r.Summary, "fe80::1%cdnone9 does not answer")) {
			t.Errorf("%s: %s %q", c.state, r.Status, r.Summary)
		}
	}
}
