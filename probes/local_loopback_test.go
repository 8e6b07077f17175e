package probes

import "testing"

// TestLocalLoopbackNeedsNoInterface: with only the loopback interface up,
// a loopback target is fine (the run of a server on this computer), any
// other target has no network, and so has a name whose only route checked
// is to a loopback DNS stub (127.0.0.53): the name did not resolve, and
// nothing beyond this computer can be reached.
func TestLocalLoopbackNeedsNoInterface(t *testing.T) {
	lo := []Interface{{Name: "lo", Up: true, Loopback: true, Addrs: []string{"127.0.0.1/8"}}}
	cases := []struct {
		to     string
		forDNS bool
		want   Status
	}{{"127.0.0.1", false, StatusPass}, {"::1", false, StatusPass}, {"10.0.0.5", false, StatusFail}, {"127.0.0.53", true, StatusFail}}
	for _, c := range cases {
		r := &LocalResult{Interfaces: lo, Route: &Route{To: c.to, ForDNS: c.forDNS, Found: true, Iface: "lo"}}
		if st, sum := r.verdict(); st != c.want {
			t.Errorf("%s: %s %q, want %s", c.to, st, sum, c.want)
		}
	}
}

// TestLocalOnLinkSaysWhat: a route on the local network is the target's,
// or the DNS server's when the name did not resolve (the run of a name no
// server answered for must not say the target is near).
func TestLocalOnLinkSaysWhat(t *testing.T) {
	eth := []Interface{{Name: "eth0", Up: true, Addrs: []string{"10.98.0.1/24"}}}
	for _, c := range []struct {
		route Route
		want  string
	}{
		{Route{To: "10.98.0.7", Found: true, OnLink: true, Iface: "eth0"}, "the target is on the local network eth0, no gateway needed"},
		{Route{To: "10.98.0.2", ForDNS: true, Found: true, OnLink: true, Iface: "eth0"}, "the DNS server 10.98.0.2 is on the local network eth0, no gateway needed"},
	} {
		r := &LocalResult{Interfaces: eth, Route: &c.route}
		if st, sum := r.verdict(); st != StatusPass || sum != c.want {
			t.Errorf("%+v: %s %q, want %q", c.route, st, sum, c.want)
		}
	}
}
