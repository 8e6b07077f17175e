//go:build linux

package lab

import (
	"context"
	"testing"

	"github.com/conndoctor/conndoctor/probes"
)

// TestTracePath traces the healthy lab path from the client in both modes:
// the hops must be r1, r2 and the server, with no loss reported.
func TestTracePath(t *testing.T) {
	l := newLab(t, "")
	want := []string{R1Client, R2Core, ServerAddr}
	for _, mode := range []string{probes.TraceICMP, probes.TraceTCP} {
		for round := 0; round < 3; round++ {
			var tr *probes.TraceResult
			if err := l.Do(Client, func() error {
				tr = probes.Trace(context.Background(), mode, ServerAddr, 443, probes.TraceOptions{})
				return nil
			}); err != nil {
				t.Fatal(err)
			}
			if !tr.Reached || len(tr.Hops) != len(want) {
				t.Fatalf("%s: reached %v, %d hops: %s", mode, tr.Reached, len(tr.Hops), tr.Summary)
			}
			for i, h := range tr.Hops {
				if h.Addr != want[i] || h.Loss != 0 || h.Recv != h.Sent {
					t.Errorf("%s round %d hop %d: %+v, want %s with no loss", mode, round, i+1, h, want[i])
				}
			}
		}
	}
}
