package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"github.com/conndoctor/conndoctor/engine/watch"
	"github.com/conndoctor/conndoctor/history"
	"github.com/conndoctor/conndoctor/target"
)

// benchWatch is a stored watch of n samples 5 s apart (69 hours for
// 50,000): a traceroute a minute, and a failure window of 3 samples every
// 1,000, each with a linked run.
func benchWatch(n int) *history.SavedWatch {
	w := &history.SavedWatch{TargetParsed: target.Target{Host: "app.example", Port: 443}}
	w.ID, w.Every, w.Started = 1, 5*time.Second, watchT0
	for i := range n {
		s := watch.Sample{Seq: i, At: watchT0.Add(time.Duration(i) * 5 * time.Second), OK: i%1000 < 997,
			Connects: []watch.Connect{{Addr: "10.0.0.5", Ms: 1 + float64(i%37)/10, State: "open"}}, FirstByteMs: 5 + float64(i%53)/10}
		if !s.OK {
			s.Connects[0].State, s.FirstByteMs, s.Why = "filtered", 0, "no answer"
			if i%1000 == 997 {
				s.RunID = int64(i)
			}
		}
		if i%12 == 0 || !s.OK {
			s.Trace = []watch.Hop{{TTL: 1, Addr: "10.0.0.1", Sent: 2, Recv: 2}, {TTL: 2, Addr: "10.0.1.1", Sent: 2, Recv: 2}}
		}
		w.Samples = append(w.Samples, s)
	}
	w.Ended = w.Samples[n-1].At.Add(5 * time.Second)
	return w
}

// BenchmarkTimelineDraw50k is the chart's pixels for 50,000 samples at
// 1000×240 and the hop strip's under it (4,300 traceroutes, two hops, at
// 1000×28): downsampling to the columns and painting them.
func BenchmarkTimelineDraw50k(b *testing.B) {
	var s series
	s.every = 5000
	for _, x := range benchWatch(50000).Samples {
		s.add(x)
	}
	from, to := s.span()
	pal := tlColors{}
	var cols []column
	var g watch.HopGrid
	b.ResetTimer()
	for b.Loop() {
		drawTimeline(&s, from, to+5000, 1000, 240, 8, 100, pal, &cols)
		drawHops(&s, from, to+5000, 1000, 2*tlRowMax, pal, &g)
	}
}

// BenchmarkTimelineRefresh50k is what the Fyne thread spends on a watch of
// 50,000 samples when a sample arrives or the zoom changes: the summary
// and figures recomputed over the window, the axes, the failure windows.
func BenchmarkTimelineRefresh50k(b *testing.B) {
	h := newHarness(b, (&script{}).run)
	var v *watchView
	h.locked(func() {
		v = watchFromHistory(h.u, benchWatch(50000))
		v.show()
		v.tl.Resize(fyne.NewSize(1000, 260))
	})
	b.ResetTimer()
	for b.Loop() {
		h.locked(v.refresh)
	}
}

// BenchmarkTimelineHops50k is the hop strip alone: the loss per hop of the
// 4,300 traceroutes of 50,000 samples bucketed and painted at 1000×28.
func BenchmarkTimelineHops50k(b *testing.B) {
	var s series
	s.every = 5000
	for _, x := range benchWatch(50000).Samples {
		s.add(x)
	}
	from, to := s.span()
	var g watch.HopGrid
	b.ResetTimer()
	for b.Loop() {
		drawHops(&s, from, to+5000, 1000, 2*tlRowMax, tlColors{}, &g)
	}
}
