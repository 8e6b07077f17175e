package app

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"github.com/conndoctor/conndoctor/engine/watch"
	"github.com/conndoctor/conndoctor/history"
	"github.com/conndoctor/conndoctor/probes"
	"github.com/conndoctor/conndoctor/target"
)

// stepClock is a scripted clock that the test moves: After waits until
// step fires it, so the test sees the watch between any two samples.
type stepClock struct {
	mu   sync.Mutex
	now  time.Time
	wait time.Duration
	ch   chan time.Time
}

func (c *stepClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *stepClock) After(d time.Duration) <-chan time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.wait, c.ch = d, make(chan time.Time, 1)
	return c.ch
}

// waiting reports whether the watch waits for its next tick.
func (c *stepClock) waiting() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.ch != nil
}

// step moves time to the next tick and lets the watch take its sample.
func (c *stepClock) step() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(c.wait)
	c.ch <- c.now
	c.ch = nil
}

// scriptSampler answers from a script: '.' a working sample, 'x' a filtered
// port whose trace stops after hop 2 (hop 3 lost).
type scriptSampler struct {
	mu     sync.Mutex
	script string
	n      int
}

func (s *scriptSampler) Sample(_ context.Context, t target.Target, trace bool) watch.Sample {
	s.mu.Lock()
	i := s.n
	s.n++
	s.mu.Unlock()
	ok := i >= len(s.script) || s.script[i] == '.'
	x := watch.Sample{OK: ok, Connects: []watch.Connect{{Addr: t.Host, Ms: 1 + float64(i%5), State: "open"}}, FirstByteMs: 4 + float64(i%7)}
	if !ok {
		x = watch.Sample{Why: "no answer from " + t.HostPort() + " within 3000 ms",
			Connects: []watch.Connect{{Addr: t.Host, Ms: 3000, State: "filtered"}},
			Trace:    []watch.Hop{{TTL: 1, Addr: "10.0.0.1", Sent: 2, Recv: 2}, {TTL: 2, Addr: "10.0.1.1", Sent: 2, Recv: 2}, {TTL: 3, Sent: 2}}}
	}
	return x
}

var watchT0 = time.Date(2026, 11, 22, 14, 0, 0, 0, time.UTC)

// watchHarness is a wizard whose watches take scripted samples on a
// scripted clock, and whose diagnoses find a filtered port.
func watchHarness(t *testing.T, plan string) (*harness, *stepClock) {
	s := &script{port: probes.PortFiltered}
	h := newHarness(t, s.run)
	c := &stepClock{now: watchT0}
	h.u.deps.WatchClock = c
	h.u.deps.WatchSampler = &scriptSampler{script: plan}
	return h, c
}

// startWatching types input, taps "Watch this target…", picks span and
// starts.
func (h *harness) startWatching(input, span string) {
	h.t.Helper()
	h.locked(func() {
		h.u.target.field.SetText(input)
	})
	h.tapButton(h.u.target.content, "Watch this target…")
	h.locked(func() {
		walk(h.overlay(), func(o fyne.CanvasObject) {
			if r, ok := o.(*keyRadio); ok {
				r.SetSelected(span)
			}
		})
	})
	h.tapButton(h.overlay(), "Start watching (Enter)")
}

// samples lets the watch take n more samples (the first is taken at the
// start, without a tick).
func (h *harness) samples(c *stepClock, n int) {
	h.t.Helper()
	for range n {
		h.waitFor("the watch to wait for its next tick", c.waiting)
		want := 0 // the last sample is in: it is recorded before the wait
		h.locked(func() { want = len(h.u.watch.samples) + 1 })
		c.step()
		h.waitFor("the sample to reach the timeline", func() bool { return len(h.u.watch.samples) >= want })
	}
}

func (h *harness) summaryText() (s string) {
	h.locked(func() { s = h.u.watch.summary.Text })
	return s
}

// The wizard's watch end to end on a scripted clock: the cost is said, the
// summary is live, the failure window gets a diagnosis saved and linked
// that opens from the timeline, zooming recomputes the summary, and Stop
// ends and saves the watch.
func TestWatchWizard(t *testing.T) {
	h, c := watchHarness(t, "......xxx.........")
	h.locked(func() { h.u.target.field.SetText("app.example:443") })
	h.tapButton(h.u.target.content, "Watch this target…")
	dlg := strings.Join(h.texts(h.overlay()), "\n")
	h.locked(func() {
		walk(h.overlay(), func(o fyne.CanvasObject) {
			if r, ok := o.(*keyRadio); ok {
				for _, it := range r.items {
					dlg += "\n" + it.label
				}
			}
		})
	})
	for _, want := range []string{"5 minutes", "1 hour", "8 hours", "Until stopped", "Traffic: at most", "an hour"} {
		if !strings.Contains(dlg, want) {
			t.Errorf("the watch dialog lacks %q:\n%s", want, dlg)
		}
	}
	h.tapButton(h.overlay(), "Cancel")
	h.startWatching("app.example:443", "5 minutes")
	h.waitFor("the watch to be saved", func() bool { return h.u.watch != nil && h.u.watch.id != 0 })
	v := h.u.watch

	h.samples(c, 2)
	if got := h.summaryText(); got != "All 3 attempts succeeded between 14:00:00 and 14:00:10." {
		t.Errorf("live summary after 3 samples: %q", got)
	}
	if !strings.Contains(strings.Join(h.texts(v.content), "\n"), "Stop watching") {
		t.Error("a running watch offers no Stop")
	}

	// Samples 6–8 fail: one window, one diagnosis saved and linked to
	// sample 6.
	h.samples(c, 9)
	h.waitFor("the failure's diagnosis to be linked", func() bool { return len(v.samples) > 6 && v.samples[6].RunID != 0 && !v.diagBusy })
	var run int64
	h.locked(func() { run = v.samples[6].RunID })
	saved, err := h.u.store.Get(run)
	if err != nil || saved.Label != "watch "+itoa(v.id) || saved.Report.Diagnosis.Verdict.Code != "port.filtered" {
		t.Fatalf("the failure's run %d: %v %+v", run, err, saved)
	}
	whole := h.summaryText()
	if !strings.HasPrefix(whole, "3 of 12 attempts failed (25.0%), all between 14:00:30 and 14:00:40; in that window hop 3") {
		t.Errorf("summary with the failure window: %q", whole)
	}

	// The failure's diagnosis opens from the timeline: its button, and a
	// tap on its mark.
	h.tapButton(v.content, "Diagnosis #"+itoa(run))
	h.waitFor("the diagnosis to open", func() bool { return h.u.diag != nil && h.u.diagShown() != nil && h.u.diag.run.ID == run })
	h.tapButton(h.u.diag.content, "Back to the watch")
	h.waitFor("the watch to be back", func() bool { return h.u.shownStep() == v.content })
	h.locked(func() {
		x := v.tl.leftMargin() + float32(v.samples[6].At.UnixMilli()-v.tl.from)/float32(v.tl.to-v.tl.from)*v.tl.plotWidth()
		v.tl.Tapped(&fyne.PointEvent{Position: fyne.NewPos(x+1, 20)})
	})
	h.waitFor("the tapped mark's diagnosis", func() bool { return h.u.diagShown() != nil && h.u.diag.run.ID == run })
	h.tapButton(h.u.diag.content, "Back to the watch")
	h.waitFor("the watch to be back", func() bool { return h.u.shownStep() == v.content })

	// Dragging across the failure window zooms to it; the summary and the
	// figures are recomputed for it.
	var from, to time.Time
	h.locked(func() {
		xOf := func(tm time.Time) float32 {
			return v.tl.leftMargin() + float32(tm.UnixMilli()-v.tl.from)/float32(v.tl.to-v.tl.from)*v.tl.plotWidth()
		}
		x0, x1 := xOf(v.samples[5].At.Add(time.Second)), xOf(v.samples[9].At.Add(-time.Second))
		v.tl.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(x0+10, 50)}, Dragged: fyne.NewDelta(10, 0)})
		v.tl.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(x1, 50)}, Dragged: fyne.NewDelta(x1-x0-10, 0)})
		v.tl.DragEnd()
		from, to = v.window()
	})
	want := watch.Summarize(v.samples, v.events, from, to).Text(time.Local)
	if got := h.summaryText(); got != want || !strings.HasPrefix(got, "3 of 3 attempts failed (100.0%)") {
		t.Errorf("zoomed to the window: summary %q, want %q", got, want)
	}
	h.locked(func() {
		if !strings.Contains(v.figures.Text, "3 samples") {
			t.Errorf("zoomed figures: %q", v.figures.Text)
		}
	})
	h.tapButton(v.content, "All")
	if got := h.summaryText(); got != whole {
		t.Errorf("zoomed out: %q, want %q", got, whole)
	}

	// Stop: the watch ends, its end and every sample are saved.
	h.tapButton(v.content, "Stop watching")
	h.waitFor("the watch to end", func() bool { return !v.live() })
	w, err := h.u.store.GetWatch(v.id)
	if err != nil {
		t.Fatal(err)
	}
	if w.Ended.IsZero() || len(w.Samples) != 12 || w.Failed != 3 || len(w.Runs) != 1 || w.Runs[0] != run || w.Samples[6].RunID != run {
		t.Errorf("saved watch: ended %v, %d samples, %d failed, runs %v", w.Ended, len(w.Samples), w.Failed, w.Runs)
	}
	if texts := strings.Join(h.texts(v.content), "\n"); !strings.Contains(texts, "Export…") || strings.Contains(texts, "Stop watching") {
		t.Errorf("an ended watch's buttons:\n%s", texts)
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// History lists the watch with its run; it opens from there, exports as
// HTML and JSON, and is deleted after a confirmation, its run kept.
func TestWatchInHistory(t *testing.T) {
	h, c := watchHarness(t, "..xx..")
	h.startWatching("app.example:443", "Until stopped")
	h.waitFor("the watch to be saved", func() bool { return h.u.watch != nil && h.u.watch.id != 0 })
	v := h.u.watch
	h.samples(c, 5)
	h.waitFor("the diagnosis", func() bool { return v.samples[2].RunID != 0 && !v.diagBusy })
	h.tapButton(v.content, "Stop watching")
	h.waitFor("the watch to end", func() bool { return !v.live() })
	run := v.samples[2].RunID

	h.locked(func() { h.u.tabs.SelectIndex(1) })
	wl := h.u.hist.watches
	h.waitFor("the watch in History", func() bool { return len(wl.rows) == 1 && wl.content.Visible() })
	row := ""
	h.locked(func() { row = wl.rowText(wl.rows[0]) })
	if !strings.Contains(row, "app.example:443") || !strings.Contains(row, "2 of 6 samples failed") || !strings.Contains(row, "#"+itoa(run)) {
		t.Errorf("History row: %q", row)
	}
	h.locked(func() { wl.list.Select(0) })
	h.tapButton(h.u.hist.content, "Open watch")
	h.waitFor("the stored watch to open", func() bool { return h.u.shownStep() != nil && h.u.watch != v && h.u.shownStep() == h.u.watch.content })
	if got, want := h.summaryText(), "2 of 6 attempts failed"; !strings.HasPrefix(got, want) {
		t.Errorf("stored watch summary %q", got)
	}
	h.tapButton(h.u.watch.content, "Diagnosis #"+itoa(run))
	h.waitFor("its diagnosis", func() bool { return h.u.diagShown() != nil && h.u.diag.run.ID == run })

	for _, f := range []struct {
		format, ext, want, absent string
		hide                      bool
	}{
		{watchHTML, ".html", "<h1>Watch of app.example:443</h1>", "", false},
		{watchJSON, ".json", `2 of 6 attempts failed`, "", false},
		{watchPDF, ".pdf", "%PDF-", "", false},
		{watchHTML, ".html", "<h1>Watch of", "app.example", true},
	} {
		h.locked(func() { h.u.tabs.SelectIndex(1) })
		h.tapButton(h.u.hist.content, "Export watch…")
		h.locked(func() {
			walk(h.overlay(), func(o fyne.CanvasObject) {
				switch w := o.(type) {
				case *keyRadio:
					w.SetSelected(f.format)
				case *keyCheck:
					w.SetChecked(f.hide)
				}
			})
		})
		h.lastSavedReset()
		h.tapButton(h.overlay(), "Save (Enter)")
		h.waitFor("the export", func() bool { return strings.HasSuffix(h.u.lastSaved, f.ext) })
		b, err := os.ReadFile(h.u.lastSaved)
		if err != nil || !strings.Contains(string(b), f.want) || filepath.Dir(h.u.lastSaved) != h.saved {
			t.Errorf("%s export %s: %v, lacks %q", f.ext, h.u.lastSaved, err, f.want)
		}
		if f.absent != "" && strings.Contains(string(b), f.absent) {
			t.Errorf("%s export with names hidden shows %q", f.ext, f.absent)
		}
		h.tapButton(h.overlay(), "Close (Enter)")
	}

	h.tapButton(h.u.hist.content, "Delete watch")
	h.tapButton(h.overlay(), "Yes")
	h.waitFor("the watch to go", func() bool { return len(wl.rows) == 0 && !wl.content.Visible() })
	if _, err := h.u.store.Get(run); err != nil {
		t.Errorf("deleting the watch deleted its run: %v", err)
	}
}

func (h *harness) lastSavedReset() { h.locked(func() { h.u.lastSaved = "" }) }

// Closing the window while a watch runs asks; "Keep watching" keeps it,
// "Stop and close" stops it, saves its end, then closes.
func TestWatchCloseAsks(t *testing.T) {
	h, c := watchHarness(t, "")
	h.startWatching("app.example:443", "Until stopped")
	h.waitFor("the watch to be saved", func() bool { return h.u.watch != nil && h.u.watch.id != 0 })
	v := h.u.watch
	h.samples(c, 1)
	h.locked(func() { h.u.close() })
	if got := strings.Join(h.texts(h.overlay()), "\n"); !strings.Contains(got, "Stop the watch and close?") {
		t.Fatalf("closing asked nothing:\n%s", got)
	}
	h.tapButton(h.overlay(), "Keep watching")
	h.samples(c, 1)
	if !v.live() {
		t.Fatal("Keep watching stopped the watch")
	}
	id := v.id
	h.locked(func() { h.u.close() })
	h.tapButton(h.overlay(), "Stop and close")
	h.waitFor("the watch to end", func() bool { return !v.live() })
	// The window closed, the store with it: read the saved end afresh.
	h.locked(func() { h.u.store = nil })
	s, err := h.u.deps.OpenStore("", history.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	w, err := s.GetWatch(id)
	if err != nil || w.Ended.IsZero() || len(w.Samples) != 3 {
		t.Errorf("watch after closing: %v, %+v", err, w)
	}
}
