package app

import (
	"runtime"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"github.com/conndoctor/conndoctor/probes"
)

// repeatRuns checks a target n times as a person repeating a check does
// (Ctrl+N, type, Enter, wait for the diagnosis and its charts).
func repeatRuns(tb testing.TB, h *harness, n int) {
	c := h.u.win.Canvas()
	for range n {
		before := h.u.diag
		h.locked(func() {
			press(c, "N", ctrl)
			h.u.target.field.SetText("app.example.com:443")
			h.u.target.start()
		})
		h.waitFor("the diagnosis", func() bool { return h.u.diag != before && h.u.diag != nil && len(h.u.diag.charts.Objects) > 0 })
	}
}

// settledGoroutines waits (at most 5 s) for goroutines that end on their
// own (tickers, chart rendering, toasts) and returns how many are left.
func settledGoroutines(limit int) int {
	n := runtime.NumGoroutine()
	for deadline := time.Now().Add(5 * time.Second); n > limit && time.Now().Before(deadline); n = runtime.NumGoroutine() {
		time.Sleep(20 * time.Millisecond)
	}
	return n
}

// TestRunsLeaveNoGoroutines is a leak guard: goroutines do not pile up run
// after run (the figures per run are in BenchmarkRepeatedRuns).
func TestRunsLeaveNoGoroutines(t *testing.T) {
	h := newHarness(t, (&script{port: probes.PortFiltered}).run)
	repeatRuns(t, h, 2)
	g0 := settledGoroutines(0)
	repeatRuns(t, h, 10)
	if g := settledGoroutines(g0 + 2); g > g0+2 {
		t.Errorf("goroutines grew from %d to %d over 10 runs", g0, g)
	}
}

// TestLeavingADiagnosisReleasesItsCharts: a page that left the screen keeps
// no chart pixels (Fyne's caches hold removed objects for a minute).
func TestLeavingADiagnosisReleasesItsCharts(t *testing.T) {
	h := newHarness(t, (&script{port: probes.PortFiltered}).run)
	repeatRuns(t, h, 1)
	first := h.u.diag
	var imgs []*canvas.Image
	h.locked(func() {
		walk(first.content, func(o fyne.CanvasObject) {
			if i, ok := o.(*canvas.Image); ok && i.Image != nil && i.Image.Bounds().Dx() >= 100 {
				imgs = append(imgs, i) // a chart, not an icon
			}
		})
	})
	if len(imgs) == 0 {
		t.Fatal("the diagnosis shows no chart")
	}
	repeatRuns(t, h, 1)
	h.locked(func() {
		for _, i := range imgs {
			if i.Image != nil || i.Resource != nil {
				t.Errorf("a chart of the old page keeps its pixels (%v)", i.Image.Bounds())
			}
		}
		charts := 0
		walk(h.u.diag.content, func(o fyne.CanvasObject) {
			if i, ok := o.(*canvas.Image); ok && i.Image != nil && i.Image.Bounds().Dx() >= 100 {
				charts++
			}
		})
		if charts != len(imgs) {
			t.Errorf("the page on screen shows %d charts, the one before %d", charts, len(imgs))
		}
	})
}

// BenchmarkRepeatedRuns does b.N runs with the scripted engine (`make
// bench` does 50) and reports how much the Go heap (after a collection)
// and the goroutines grow per run. Fyne's test driver, unlike the real
// one, never drops the renderers of removed widgets, so the heap figure is
// an upper bound; scripts/soak.sh measures the real window's resident set.
func BenchmarkRepeatedRuns(b *testing.B) {
	h := newHarness(b, (&script{port: probes.PortFiltered}).run)
	repeatRuns(b, h, 2)
	g0 := settledGoroutines(0)
	runtime.GC()
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	b.ResetTimer()
	repeatRuns(b, h, b.N)
	b.StopTimer()
	g1 := settledGoroutines(g0)
	runtime.GC()
	runtime.ReadMemStats(&m1)
	b.ReportMetric((float64(m1.HeapInuse)-float64(m0.HeapInuse))/1024/float64(b.N), "heapKB/run")
	b.ReportMetric(float64(g1-g0)/float64(b.N), "goroutines/run")
}
