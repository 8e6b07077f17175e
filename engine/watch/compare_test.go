package watch

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// measured builds a watch's samples from a script, one every 5 s: '.' ok
// (connect ms from conn, first byte 20 ms, DNS 3 ms), 'x' failed with a
// trace stopping at hop 3; the first sample of each window links run
// 100+its index.
func measured(script string, conn float64) []Sample {
	var out []Sample
	for i, c := range script {
		s := Sample{Seq: i, At: t0.Add(time.Duration(i) * 5 * time.Second), OK: c == '.',
			DNS: &Lookup{Ms: 3, Answer: []string{"10.0.0.5"}}}
		if s.OK {
			s.Connects = []Connect{{Addr: "10.0.0.5", Ms: conn + float64(i%3), State: "open"}}
			s.FirstByteMs = 20
		} else {
			s.Why = "no answer"
			s.Connects = []Connect{{Addr: "10.0.0.5", Ms: 3000, State: "filtered"}}
			s.Trace = []Hop{{TTL: 1, Addr: "10.0.0.1", Sent: 2, Recv: 2}, {TTL: 2, Addr: "10.0.1.1", Sent: 2, Recv: 2}, {TTL: 3, Sent: 2}}
			if i == 0 || script[i-1] != 'x' {
				s.RunID = int64(100 + i)
			}
		}
		if i%12 == 0 && s.OK {
			s.Trace = []Hop{{TTL: 1, Addr: "10.0.0.1", Sent: 2, Recv: 2}, {TTL: 2, Addr: "10.0.1.1", Sent: 2, Recv: 2}, {TTL: 3, Addr: "10.0.0.5", Sent: 2, Recv: 2}}
		}
		out = append(out, s)
	}
	return out
}

func TestMeasure(t *testing.T) {
	s := measured("..xx....x..x", 10)
	f := Measure(s, 5*time.Second, map[int64]string{102: "port.filtered", 108: "port.filtered"})
	if f.Attempts != 12 || f.Failed != 4 || f.Windows != 3 {
		t.Errorf("attempts %d failed %d windows %d", f.Attempts, f.Failed, f.Windows)
	}
	if want := 100 * 8 / 12.0; f.Availability != want {
		t.Errorf("availability %v, want %v", f.Availability, want)
	}
	// 10 s (samples 2–3, until sample 4 worked), 5 s (sample 8), and the
	// last sample still failing: one pace.
	if want := 20 * time.Second; f.FailedFor != want {
		t.Errorf("failed for %v, want %v", f.FailedFor, want)
	}
	if f.Connect.N != 8 || f.Connect.P50 != 11 || f.Connect.Max != 12 || f.FirstByte.P90 != 20 || f.DNS.N != 8 {
		t.Errorf("times: connect %+v first byte %+v dns %+v", f.Connect, f.FirstByte, f.DNS)
	}
	if len(f.Codes) != 2 || f.Codes[0] != (CodeCount{"port.filtered", 2}) || f.Codes[1] != (CodeCount{"unknown", 1}) {
		t.Errorf("codes %+v", f.Codes)
	}
	if len(f.Hops) != 3 || f.Hops[2].Loss != 80 || f.Hops[2].Addr != "10.0.0.5" || f.Hops[0].Loss != 0 {
		t.Errorf("hops %+v", f.Hops)
	}
}

func TestPercentiles(t *testing.T) {
	var v []float64
	for i := 100; i >= 1; i-- {
		v = append(v, float64(i))
	}
	if p := percentiles(v); p != (Percentiles{N: 100, P50: 50, P90: 90, P99: 99, Max: 100}) {
		t.Errorf("1..100: %+v", p)
	}
	if p := percentiles([]float64{7}); p != (Percentiles{N: 1, P50: 7, P90: 7, P99: 7, Max: 7}) {
		t.Errorf("one: %+v", p)
	}
	if p := percentiles(nil); p != (Percentiles{}) {
		t.Errorf("none: %+v", p)
	}
}

func TestCompare(t *testing.T) {
	rep := func(s string, n int) string { return strings.Repeat(s, n) }
	for _, tc := range []struct {
		name           string
		a, b           string
		connA, connB   float64
		targetB        string
		want           Verdict
		why            string
		pairedHops     int
		aName, bName   int64
		noAttemptsSide string
	}{
		{"fixed", rep(".", 100) + rep("x", 14) + rep(".", 100), rep(".", 214), 10, 10, "", Better,
			"w4 failed 0 of 214 attempts (0.0%) against 14 of 214 (6.5%) in w3.", 3, 3, 4, ""},
		{"broke", rep(".", 60), rep(".", 30) + rep("x", 10) + rep(".", 20), 10, 10, "", Worse,
			"w4 failed 10 of 60 attempts (16.7%) against 0 of 60 (0.0%) in w3.", 3, 3, 4, ""},
		{"within chance", rep(".", 12), rep(".", 6) + "x" + rep(".", 5), 10, 10, "", Same,
			"w4 failed about as often as w3 (1 of 12 attempts against 0 of 12: within chance for this many attempts) and answered about as fast.", 3, 3, 4, ""},
		{"slower", rep(".", 30), rep(".", 30), 10, 40, "", Worse,
			"w4 failed about as often as w3 (0 of 30 attempts against 0 of 30), but connections took 41.0 ms at the median against 11.0 ms.", 3, 3, 4, ""},
		{"faster", rep(".", 30), rep(".", 30), 300, 10, "", Better,
			"w4 failed about as often as w3 (0 of 30 attempts against 0 of 30), but connections took 11.0 ms at the median against 301 ms.", 3, 3, 4, ""},
		{"a little slower is the same", rep(".", 30), rep(".", 30), 10, 13, "", Same,
			"w4 failed about as often as w3 (0 of 30 attempts against 0 of 30) and answered about as fast.", 3, 3, 4, ""},
		{"other targets", rep(".", 30), rep("x", 30), 10, 10, "other.example:443", OtherTargets,
			"w3 watched app.example:443 and w4 watched other.example:443: their figures are side by side, but neither is better or worse.", 0, 3, 4, ""},
		{"unsaved and empty", rep(".", 3), "", 10, 10, "", NotCompared, "B has no samples.", 3, 0, 0, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := Measure(measured(tc.a, tc.connA), 5*time.Second, nil)
			b := Measure(measured(tc.b, tc.connB), 5*time.Second, nil)
			a.ID, b.ID = tc.aName, tc.bName
			a.Target, b.Target = "app.example:443", "app.example:443"
			if tc.targetB != "" {
				b.Target = tc.targetB
			}
			c := Compare(a, b)
			if c.Verdict != tc.want || c.Why != tc.why || c.Title != tc.want.Title() {
				t.Errorf("%s (%s): %s\nwant %s: %s", c.Verdict, c.Title, c.Why, tc.want, tc.why)
			}
			if len(c.Hops) != tc.pairedHops || c.SameTarget != (tc.targetB == "") {
				t.Errorf("same target %v, paired hops %+v", c.SameTarget, c.Hops)
			}
		})
	}
}

// Hops pair by number; a hop one watch never saw has no loss on its side.
func TestCompareHops(t *testing.T) {
	a := Figures{Target: "x:1", Hops: []HopTotal{{TTL: 1, Addr: "10.0.0.1", Sent: 4, Loss: 0}, {TTL: 3, Sent: 4, Loss: 100}}}
	b := Figures{Target: "x:1", Hops: []HopTotal{{TTL: 1, Addr: "10.0.0.9", Sent: 4, Loss: 25}}}
	c := Compare(a, b)
	js, _ := json.Marshal(c.Hops)
	if want := `[{"ttl":1,"addr_a":"10.0.0.1","addr_b":"10.0.0.9","loss_a_pct":0,"loss_b_pct":25},{"ttl":3,"loss_a_pct":100}]`; string(js) != want {
		t.Errorf("hops %s\nwant %s", js, want)
	}
}

func TestFigureTexts(t *testing.T) {
	f := Measure(measured("..xx....x..x", 10), 5*time.Second, map[int64]string{102: "port.filtered", 108: "port.filtered"})
	lost := 100.0
	a1, l1 := HopTexts("", &lost)
	a2, l2 := HopTexts("10.0.0.1", nil)
	got := strings.Join([]string{f.AvailabilityText(), f.WindowsText(), f.Connect.Text(), f.FirstByte.Text(), Percentiles{}.Text(),
		f.CodesText(), Figures{}.CodesText(), Figures{}.AvailabilityText(), DurationText(0), a1, l1, a2, l2}, " | ")
	want := "66.7% (4 of 12 failed) | 3, 20s in all | 11.0 / 12.0 / 12.0 ms | 20.0 / 20.0 / 20.0 ms | — | port.filtered ×2, unknown | none | no samples | — | no answer | 100% lost | — | —"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	many := Figures{Codes: []CodeCount{{"a", 3}, {"b", 2}, {"c", 1}, {"d", 1}, {"e", 1}}}
	if got := many.CodesText(); got != "a ×3, b ×2, c, 2 more" {
		t.Errorf("many codes: %s", got)
	}
}
