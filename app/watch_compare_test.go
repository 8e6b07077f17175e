package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/conndoctor/conndoctor/diagnose"
	"github.com/conndoctor/conndoctor/engine"
	"github.com/conndoctor/conndoctor/engine/watch"
	"github.com/conndoctor/conndoctor/history"
	"github.com/conndoctor/conndoctor/target"
)

// saveWatch stores a watch of input from a script, one sample every 5 s
// from start: '.' worked, 'x' failed with a trace that dies at hop 3; the
// first failure of each window links a run whose verdict is port.filtered.
func saveWatch(t *testing.T, s *history.Store, input string, start time.Time, script string) int64 {
	t.Helper()
	tg, err := target.Parse(input)
	if err != nil {
		t.Fatal(err)
	}
	id, err := s.CreateWatch(tg, 5*time.Second, start)
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range script {
		x := watch.Sample{Seq: i, At: start.Add(time.Duration(i) * 5 * time.Second), OK: c == '.',
			Connects: []watch.Connect{{Addr: "10.0.2.1", Ms: 3, State: "open"}}, FirstByteMs: 9}
		if !x.OK {
			x.Connects[0].State, x.FirstByteMs, x.Why = "filtered", 0, "no answer"
			x.Trace = []watch.Hop{{TTL: 1, Addr: "10.0.0.1", Sent: 2, Recv: 2}, {TTL: 2, Addr: "10.0.1.1", Sent: 2, Recv: 2}, {TTL: 3, Sent: 2}}
		} else if i%12 == 0 {
			x.Trace = []watch.Hop{{TTL: 1, Addr: "10.0.0.1", Sent: 2, Recv: 2}, {TTL: 2, Addr: "10.0.1.1", Sent: 2, Recv: 2}, {TTL: 3, Addr: "10.0.2.1", Sent: 2, Recv: 2}}
		}
		if err := s.AddSample(id, x); err != nil {
			t.Fatal(err)
		}
		if c == 'x' && (i == 0 || script[i-1] != 'x') {
			rep := &engine.Report{Target: tg, Started: x.At, Version: "test",
				Diagnosis: diagnose.Diagnosis{Verdict: diagnose.Finding{Code: "port.filtered", Summary: "the port is filtered"}}}
			run, err := s.Save(rep, history.SaveOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if err := s.LinkRun(id, i, run); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := s.EndWatch(id, start.Add(time.Duration(len(script))*5*time.Second)); err != nil {
		t.Fatal(err)
	}
	return id
}

// tickWatches ticks the History's watches with these IDs, as a user does.
func (h *harness) tickWatches(ids ...int64) {
	h.t.Helper()
	wl := h.u.hist.watches
	h.locked(func() {
		for _, id := range ids {
			for i, r := range wl.rows {
				if r.ID != id {
					continue
				}
				wl.list.ScrollTo(i)
				walk(wl.list, func(o fyne.CanvasObject) {
					c, ok := o.(*fyne.Container)
					if !ok || len(c.Objects) != 2 {
						return
					}
					l, isLabel := c.Objects[0].(*widget.Label)
					if !isLabel || !strings.HasPrefix(l.Text, watchLabel(id)+" ") {
						return
					}
					walk(c.Objects[1], func(o fyne.CanvasObject) {
						if tick, ok := o.(*widget.Check); ok && !tick.Checked {
							test.Tap(tick)
						}
					})
				})
			}
		}
	})
}

// Two watches ticked in History compare side by side: the verdict, the
// figures of each, the diagnoses' codes and the loss per hop paired; two
// of different targets are not judged, a warning says so and the hops are
// listed each on its own side. Back returns to History.
func TestWatchCompareWizard(t *testing.T) {
	h := newHarness(t, (&script{}).run)
	start := time.Now().UTC().Truncate(time.Second).Add(-3 * time.Hour)
	before := saveWatch(t, h.u.store, "app.example:443", start, strings.Repeat(".", 20)+strings.Repeat("x", 12)+strings.Repeat(".", 28))
	after := saveWatch(t, h.u.store, "app.example:443", start.Add(time.Hour), strings.Repeat(".", 60))
	other := saveWatch(t, h.u.store, "db.example:5432", start.Add(2*time.Hour), strings.Repeat(".", 30))

	h.locked(func() { h.u.tabs.SelectIndex(1) })
	wl := h.u.hist.watches
	h.waitFor("the watches in History", func() bool { return len(wl.rows) == 3 && wl.content.Visible() })
	h.tickWatches(after)
	h.locked(func() { h.u.win.Resize(fyne.NewSize(1000, 741)) }) // lay the shown watches out for the picture
	shot(t, h, "watch-list-ticked.png")
	h.locked(func() {
		if !wl.compareB.Disabled() {
			t.Error("Compare is enabled with one watch ticked")
		}
	})
	h.tickWatches(before)
	h.locked(func() {
		if wl.compareB.Disabled() {
			t.Error("Compare is disabled with two watches ticked")
		}
	})
	h.tapButton(h.u.hist.content, "Compare these two watches")
	h.waitFor("the comparison", func() bool {
		return h.u.shownStep() != nil && strings.Contains(strings.Join(texts(h.u.shownStep()), "\n"), "Two watches compared")
	})
	page := strings.Join(h.texts(h.u.shownStep()), "\n")
	for _, want := range []string{
		"Better", "w2 failed 0 of 60 attempts (0.0%) against 12 of 60 (20.0%) in w1.",
		"A: watch w1", "B: watch w2", "80.0% (12 of 60 failed)", "100.0% (0 of 60 failed)", "1, 1m0s in all",
		"3.0 / 3.0 / 3.0 ms", "port.filtered", "hop 3", "10.0.2.1 — 75% lost", "10.0.2.1 — 0% lost",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the comparison lacks %q:\n%s", want, page)
		}
	}
	shot(t, h, "watch-compare.png")
	h.tapButton(h.u.shownStep(), "Back to History")
	h.waitFor("History again", func() bool { return h.u.tabs.SelectedIndex() == 1 })

	h.tickWatches(other)
	h.locked(func() {
		if !wl.compareB.Disabled() {
			t.Error("Compare is enabled with three watches ticked")
		}
		wl.mark(after, false)
	})
	h.tapButton(h.u.hist.content, "Compare these two watches")
	h.waitFor("the second comparison", func() bool {
		return h.u.shownStep() != nil && strings.Contains(strings.Join(texts(h.u.shownStep()), "\n"), "Different targets")
	})
	page = strings.Join(h.texts(h.u.shownStep()), "\n")
	for _, want := range []string{"These watches are of different targets (app.example:443 and db.example:5432)",
		"neither is better or worse", "not compared", "A: watch w1, app.example:443", "B: watch w3, db.example:5432"} {
		if !strings.Contains(page, want) {
			t.Errorf("the comparison of two targets lacks %q:\n%s", want, page)
		}
	}
	shot(t, h, "watch-compare-targets.png")
	if strings.Contains(page, "Loss per hop, every traceroute") {
		t.Error("hops of different targets are paired")
	}
}
