package platform

import (
	"net"
	"testing"

	"github.com/conndoctor/conndoctor/internal/failure"
)

// The tables as Wine 8 reported them in the lab's client namespace
// (GetIpForwardTable2, GetUnicastIpAddressTable), plus a VPN interface.
var (
	labRoutes = []winRouteRow{
		{prefix: mustNet("0.0.0.0/0"), nextHop: net.ParseIP("10.99.1.1"), ifIndex: 300},
		{prefix: mustNet("10.99.1.0/24"), nextHop: net.IPv4zero, ifIndex: 300},
		{prefix: mustNet("10.8.0.0/16"), nextHop: net.ParseIP("10.8.0.1"), ifIndex: 40, metric: 5},
		{prefix: mustNet("0.0.0.0/0"), nextHop: net.ParseIP("10.8.0.1"), ifIndex: 40, metric: 50},
	}
	labAddrs = []winAddrRow{
		{ip: net.ParseIP("127.0.0.1"), prefix: 8, ifIndex: 1},
		{ip: net.ParseIP("10.99.1.2"), prefix: 24, ifIndex: 300},
		{ip: net.ParseIP("10.8.0.7"), prefix: 16, ifIndex: 40},
	}
	labIfs = map[int]winIfRow{300: {metric: 25, mtu: 1500}, 40: {metric: 1, mtu: 1400}}
)

func TestPickWinRoute(t *testing.T) {
	cases := []struct {
		dst, src, hop string
		ifIndex       int
	}{
		{"10.99.3.10", "10.99.1.2", "10.99.1.1", 300}, // default route: metric 0+25 beats 50+1
		{"10.99.1.7", "10.99.1.2", "", 300},           // on-link
		{"10.8.4.4", "10.8.0.7", "10.8.0.1", 40},      // longest prefix wins
	}
	for _, c := range cases {
		ri, err := pickWinRoute(labRoutes, labAddrs, labIfs, net.ParseIP(c.dst), "GetIpForwardTable2")
		if err != nil || ri.Source.String() != c.src || ri.NextHop != c.hop || ri.IfIndex != c.ifIndex || !ri.NextHopKnown {
			t.Errorf("%s: %+v %v", c.dst, ri, err)
		}
	}
	// Without a default route nothing covers the address: the definite
	// "no route".
	_, err := pickWinRoute(labRoutes[1:3], labAddrs, labIfs, net.ParseIP("10.99.3.10"), "GetIpForwardTable2")
	if f := failure.Classify(err); f.Kind != failure.NetUnreachable || f.Op != "GetIpForwardTable2" {
		t.Errorf("no default route: %+v", f)
	}
	// Wine 8 reports no IPv6 routes at all: that is not "no route".
	_, err = pickWinRoute(nil, labAddrs, labIfs, net.ParseIP("2001:db8:99:3::10"), "GetIpForwardTable2")
	if f := failure.Classify(err); f.Kind != failure.Unknown {
		t.Errorf("empty table: %+v", f)
	}
	_, err = pickWinRoute(labRoutes, labAddrs[:1], labIfs, net.ParseIP("10.99.3.10"), "GetIpForwardTable2")
	if f := failure.Classify(err); f.Kind != failure.AddrNotAvailable {
		t.Errorf("no source: %+v", f)
	}
}
