package probes

import "testing"

// TestLocalLoopbackNeedsNoInterface: with only the loopback interface up,
// a loopback target is fine (the run of a server on this computer), any
// other target has no network.
func TestLocalLoopbackNeedsNoInterface(t *testing.T) {
	lo := []Interface{{Name: "lo", Up: true, Loopback: true, Addrs: []string{"127.0.0.1/8"}}}
	cases := []struct {
		to   string
		want Status
	}{{"127.0.0.1", StatusPass}, {"::1", StatusPass}, {"10.0.0.5", StatusFail}}
	for _, c := range cases {
		r := &LocalResult{Interfaces: lo, Route: &Route{To: c.to, Found: true, Iface: "lo"}}
		if st, sum := r.verdict(); st != c.want {
			t.Errorf("%s: %s %q, want %s", c.to, st, sum, c.want)
		}
	}
}
