//go:build linux

package platform

import (
	"net/netip"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// neighborCases read the neighbour tables a real kernel dumped
// (testdata/netlink/neigh6-*.bin, recorded by TestCaptureNeighbors): the
// client's interface cd0 has index 2 there.
var neighborCases = []struct {
	file, addr string
	ifindex    int
	want       string
	found      bool
}{
	// The router answered neighbour discovery.
	{"neigh6-early", "fe80::1", 2, NeighborReachable, true},
	{"neigh6-late", "fe80::1", 0, NeighborReachable, true},
	// Nobody holds fe80::9: asked (incomplete), then given up (failed).
	{"neigh6-early", "fe80::9", 2, NeighborIncomplete, true},
	{"neigh6-late", "fe80::9", 2, NeighborFailed, true},
	// Set by hand: stale and permanent stay; a stale one used again is in
	// delay; probe, whose address never answers, ends failed.
	{"neigh6-early", "fe80::5", 2, NeighborStale, true},
	{"neigh6-early", "fe80::6", 2, NeighborPermanent, true},
	{"neigh6-early", "fe80::7", 2, NeighborDelay, true},
	{"neigh6-early", "fe80::8", 2, NeighborProbe, true},
	{"neigh6-late", "fe80::8", 2, NeighborFailed, true},
	// Another interface's entry, or none at all, is no answer.
	{"neigh6-late", "fe80::1", 7, NeighborUnknown, false},
	{"neigh6-late", "fe80::4", 0, NeighborUnknown, false},
}

func TestParseNeighbors(t *testing.T) {
	for _, c := range neighborCases {
		st, found, err := ParseNeighbors(readNetlinkFile(t, c.file), netip.MustParseAddr(c.addr), c.ifindex)
		if err != nil || st != c.want || found != c.found {
			t.Errorf("%s %s on %d: %q %v %v, want %q %v", c.file, c.addr, c.ifindex, st, found, err, c.want, c.found)
		}
		if alive := NeighborAlive(st); alive != (c.want != NeighborIncomplete && c.want != NeighborFailed && c.want != NeighborUnknown) {
			t.Errorf("%s: alive %v", c.want, alive)
		}
	}
}

func TestParseRoutes6(t *testing.T) {
	name := func(i int) string { return map[int]string{2: "cd0"}[i] }
	got, err := ParseRoutes6(readNetlinkFile(t, "routes6"), name)
	if err != nil {
		t.Fatal(err)
	}
	want := []Gateway{
		{Addr: "fe80::1%cd0", Iface: "cd0", Metric: 1024},
		{Addr: "fe80::2%cd0", Iface: "cd0", Metric: 2048},
		{Addr: "fe80::3%cd0", Iface: "cd0", Metric: 2048},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("gateways %+v, want %+v", got, want)
	}
}

func FuzzParseNeighbors(f *testing.F) {
	for _, name := range []string{"neigh6-early", "neigh6-late", "routes6"} {
		b, err := os.ReadFile(filepath.Join("testdata", "netlink", name+".bin"))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		ParseNeighbors(b, netip.MustParseAddr("fe80::1"), 0)
		ParseRoutes6(b, func(int) string { return "eth0" })
	})
}
