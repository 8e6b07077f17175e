package watch

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// traced builds samples from a script, one every 10 s from t0: '.' no
// trace, 'o' a trace of three hops all answering, 'x' one whose hop 3 lost
// both probes, 'h' one whose hop 3 lost one of two, 'y' one whose hop 2
// named another router.
func traced(script string) []Sample {
	var out []Sample
	for i, c := range script {
		s := Sample{Seq: i, At: t0.Add(time.Duration(i) * 10 * time.Second), OK: c != 'x'}
		hop3 := Hop{TTL: 3, Addr: "10.0.2.1", Sent: 2, Recv: 2}
		hop2 := Hop{TTL: 2, Addr: "10.0.1.1", Sent: 2, Recv: 2}
		switch c {
		case 'x':
			hop3 = Hop{TTL: 3, Sent: 2}
		case 'h':
			hop3.Recv = 1
		case 'y':
			hop2.Addr = "10.0.1.2"
		}
		if c != '.' {
			s.Trace = []Hop{{TTL: 1, Addr: "10.0.0.1", Sent: 2, Recv: 2}, hop2, hop3}
		}
		out = append(out, s)
	}
	return out
}

// strip draws one row of a grid: '·' no trace, '0' no loss, 's' under
// half, 'm' half or more, 'X' all lost.
func strip(g *HopGrid, r int) string {
	var b strings.Builder
	for c := range g.Cols {
		b.WriteByte(".0smX"[g.Level(r, c)])
	}
	return b.String()
}

func TestHopGrid(t *testing.T) {
	ms := func(i int) int64 { return t0.Add(time.Duration(i) * 10 * time.Second).UnixMilli() }
	for _, tc := range []struct {
		name       string
		script     string
		from, to   int   // sample indexes bounding the stretch
		cols       int   // buckets
		hold       int64 // ms
		want3      string
		addr2      string
		sent3, rcv int
	}{
		// A bucket per sample: each trace stands until the next, but a
		// failed sample's trace not for the working ones after it.
		{"one per bucket", "o..x..o..", 0, 9, 9, 60000, "000X..000", "10.0.1.1", 6, 4},
		// The working sample after a failure brings its own trace.
		{"recovery traced", "o..xxo...", 0, 9, 9, 60000, "000XX0000", "10.0.1.1", 8, 4},
		// The hold runs out: a gap shows between traces too far apart.
		{"gap after the hold", "o.......x", 0, 9, 9, 25000, "00......X", "10.0.1.1", 4, 2},
		// Several traces in a bucket: their probes add up.
		{"zoomed out", "oxoxhoooo", 0, 9, 3, 60000, "sm0", "10.0.1.1", 18, 13},
		// Zoomed in: the trace before the stretch stands for its start.
		{"zoomed in", "o.o..x...", 3, 9, 6, 60000, "00X...", "10.0.1.1", 2, 0},
		// Hops are named from the stretch...
		{"named from the stretch", "y..o.....", 0, 2, 2, 60000, "00", "10.0.1.2", 2, 2},
		// ...else from the whole watch.
		{"named from the watch", "y..o.....", 1, 3, 2, 60000, "00", "10.0.1.1", 0, 0},
		{"no trace", "o........", 5, 8, 3, 10000, "", "", 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var tr Traces
			for _, s := range traced(tc.script) {
				tr.Add(s)
			}
			var g HopGrid
			tr.Grid(ms(tc.from), ms(tc.to), tc.cols, tc.hold, &g)
			if tc.want3 == "" {
				if len(g.Rows) != 0 {
					t.Errorf("rows %+v without a trace in the stretch", g.Rows)
				}
				return
			}
			if len(g.Rows) != 3 {
				t.Fatalf("%d rows, want 3", len(g.Rows))
			}
			if got := strip(&g, 2); got != tc.want3 {
				t.Errorf("hop 3: %s, want %s", got, tc.want3)
			}
			if got := strip(&g, 0); strings.ContainsAny(got, "smX") {
				t.Errorf("hop 1 lost probes: %s", got)
			}
			if g.Rows[1].Addr != tc.addr2 || g.Rows[2].Addr != "10.0.2.1" {
				t.Errorf("rows named %q, %q", g.Rows[1].Addr, g.Rows[2].Addr)
			}
			if r := g.Rows[2]; r.Sent != tc.sent3 || r.Recv != tc.rcv {
				t.Errorf("hop 3 over the stretch: %d/%d, want %d/%d", r.Recv, r.Sent, tc.rcv, tc.sent3)
			}
		})
	}
}

// The grid's memory is reused, and a stretch with fewer hops shrinks it.
func TestHopGridReuse(t *testing.T) {
	var tr Traces
	for _, s := range traced("ooxoo") {
		tr.Add(s)
	}
	var g HopGrid
	tr.Grid(t0.UnixMilli(), t0.Add(time.Minute).UnixMilli(), 100, 60000, &g)
	first := &g.sent[0]
	tr.Grid(t0.UnixMilli(), t0.Add(time.Minute).UnixMilli(), 50, 60000, &g)
	if &g.sent[0] != first || g.Cols != 50 || len(g.sent) != 150 {
		t.Errorf("grid not reused: %d cols, %d cells", g.Cols, len(g.sent))
	}
	if lvl := g.Level(2, 20); lvl != LossAll {
		t.Errorf("hop 3 at the failed trace: %v", lvl)
	}
	tr.Grid(t0.UnixMilli(), t0.Add(time.Minute).UnixMilli(), 0, 60000, &g)
	if len(g.Rows) != 0 || g.Level(0, 0) != LossNoData {
		t.Errorf("no buckets: %+v", g.Rows)
	}
}

func TestLossLevels(t *testing.T) {
	for _, tc := range []struct {
		loss float64
		want LossLevel
	}{{0, LossNone}, {0.1, LossSome}, {49.9, LossSome}, {50, LossMost}, {99, LossMost}, {100, LossAll}} {
		if got := LevelOf(tc.loss); got != tc.want {
			t.Errorf("LevelOf(%v) = %v, want %v", tc.loss, got, tc.want)
		}
	}
	var names []string
	for _, l := range append([]LossLevel{LossNoData}, LossLevels...) {
		names = append(names, l.String())
	}
	if got := strings.Join(names, ", "); got != "no trace, no loss, under half lost, half or more lost, all lost" {
		t.Errorf("legend: %s", got)
	}
}

// FuzzHopGrid: any traces and any stretch give a grid whose cells are
// losses between 0 and 100 and whose rows are hops 1 to the deepest.
func FuzzHopGrid(f *testing.F) {
	f.Add("o..x..o..", int64(0), int64(90000), 9, int64(60000))
	f.Add("oxoxhoooo", int64(-5000), int64(30000), 3, int64(1))
	f.Add("y", int64(10), int64(5), 1000, int64(0))
	f.Fuzz(func(t *testing.T, script string, from, to int64, cols int, hold int64) {
		if len(script) > 200 || cols > 5000 || cols < -1 || hold < 0 || hold > 1e9 {
			return
		}
		var tr Traces
		for _, s := range traced(script) {
			tr.Add(s)
		}
		var g HopGrid
		base := t0.UnixMilli()
		tr.Grid(base+from, base+to, cols, hold, &g)
		for r, row := range g.Rows {
			if row.TTL != r+1 || row.Recv > row.Sent {
				t.Fatalf("row %d: %+v", r, row)
			}
			for c := range g.Cols {
				if l, ok := g.Cell(r, c); ok && (l < 0 || l > 100) {
					t.Fatalf("cell %d,%d: %v", r, c, l)
				}
			}
		}
	})
}

func ExampleHopGrid() {
	var tr Traces
	for _, s := range traced("oo.xx.oo") {
		tr.Add(s)
	}
	var g HopGrid
	tr.Grid(t0.UnixMilli(), t0.Add(80*time.Second).UnixMilli(), 8, 60000, &g)
	for r, row := range g.Rows {
		fmt.Printf("hop %d %-8s %s %.0f%%\n", row.TTL, row.Addr, strip(&g, r), row.Loss())
	}
	// Output:
	// hop 1 10.0.0.1 00000.00 0%
	// hop 2 10.0.1.1 00000.00 0%
	// hop 3 10.0.2.1 000XX.00 33%
}
