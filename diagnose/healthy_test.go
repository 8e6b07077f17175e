package diagnose

import (
	"testing"

	"github.com/conndoctor/conndoctor/probes"
)

// TestHealthyExplain: a working connection's explanation claims only what
// its checks showed (no name lookup for an IP address, no clean path
// without a passing ping).
func TestHealthyExplain(t *testing.T) {
	dns := &probes.DNSResult{Check: probes.Check{Status: probes.StatusPass}}
	ping := func(st probes.Status) *probes.PingResult {
		return &probes.PingResult{Check: probes.Check{Status: st}, Sent: 10, Recv: 10}
	}
	cases := []struct {
		s    probes.Set
		want string
	}{
		{probes.Set{DNS: dns, Ping: ping(probes.StatusPass)}, "The name resolves, the path is clean and the port accepts connections. "},
		{probes.Set{Ping: ping(probes.StatusPass)}, "The path is clean and the port accepts connections. "},
		{probes.Set{DNS: dns, Ping: ping(probes.StatusWarn)}, "The name resolves and the port accepts connections. "},
		{probes.Set{Ping: &probes.PingResult{Check: probes.Check{Status: probes.StatusSkip}}}, "The port accepts connections. "},
		{probes.Set{}, "The port accepts connections. "},
	}
	for i, c := range cases {
		got := healthyExplain(&facts{s: &c.s})
		if len(got) < len(c.want) || got[:len(c.want)] != c.want {
			t.Errorf("case %d: %q, want it to start %q", i, got, c.want)
		}
	}
}
