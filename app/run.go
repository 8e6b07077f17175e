package app

import (
	"context"
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	ttwidget "github.com/dweymouth/fyne-tooltip/widget"

	"github.com/conndoctor/conndoctor/engine"
	"github.com/conndoctor/conndoctor/history"
	"github.com/conndoctor/conndoctor/probes"
	"github.com/conndoctor/conndoctor/target"
)

// runLabels say how a run relates to an earlier one.
type runLabels struct {
	// label is stored with the run ("after").
	label string
	// before is the run this one repeats, for before/after comparison.
	before *history.Run
}

// runState is step 2: the checks of one run, live.
type runState struct {
	u       *UI
	t       target.Target
	labels  runLabels
	cancelF context.CancelFunc
	rows    map[string]*checkRow
	list    *fyne.Container
	planned int
	done    int
	bar     *widget.ProgressBar
	status  *widget.Label
	cancelB *ttwidget.Button
	content fyne.CanvasObject
	// ended is set on the Fyne thread when the run is over.
	ended     bool
	cancelled bool
	stopTick  chan struct{}
}

// options are the engine options from the settings.
func (s Settings) options() engine.Options {
	return engine.Options{PortTimeout: s.PortTimeout, NoTrace: s.NoTrace, NoMTU: s.NoMTU, App: probes.AppOptions{AnswerWait: s.AnswerWait}}
}

// startRun shows the checking step and runs the engine in the background.
func (u *UI) startRun(t target.Target, l runLabels) {
	ctx, cancel := context.WithCancel(context.Background())
	r := &runState{u: u, t: t, labels: l, cancelF: cancel, rows: map[string]*checkRow{}, stopTick: make(chan struct{})}
	r.build(engine.Plan(t, u.settings.options()))
	u.run = r
	u.show(r.content)
	go r.tick()
	go r.work(ctx)
}

func (r *runState) build(plan []engine.Planned) {
	r.list = container.NewVBox()
	for _, p := range plan {
		r.addRow(p.ID, p.Title)
	}
	r.planned = len(plan)
	r.bar = widget.NewProgressBar()
	r.bar.TextFormatter = func() string { return fmt.Sprintf("%d of %d checks done", r.done, r.planned) }
	r.status = wrapped("Checking " + r.t.Describe() + "…")
	r.cancelB = ttwidget.NewButtonWithIcon("Cancel", theme.CancelIcon(), r.cancel)
	r.cancelB.SetToolTip(withKey("Stop the checks; nothing is saved", keyCancel))
	r.content = container.NewBorder(
		container.NewVBox(heading("Checking"), r.status, r.bar),
		container.NewHBox(r.cancelB), nil, nil,
		container.NewVScroll(r.list))
}

func (r *runState) addRow(id, title string) *checkRow {
	row := newCheckRow(title)
	r.rows[id] = row
	r.list.Add(row.content)
	return row
}

// active reports whether the run is still going.
func (r *runState) active() bool { return !r.ended }

// cancel stops the run; it returns at once, the engine ends on its own.
func (r *runState) cancel() {
	if r.ended || r.cancelled {
		return
	}
	r.cancelled = true
	r.cancelF()
	r.status.SetText("Cancelling…")
	r.cancelB.Disable()
}

// event applies one progress event (on the Fyne thread).
func (r *runState) event(ev engine.Event) {
	row := r.rows[ev.ID]
	if row == nil {
		row = r.addRow(ev.ID, ev.Title)
		r.planned++
	}
	switch ev.Phase {
	case engine.Started:
		row.running(time.Now())
	case engine.Running:
		row.waiting(ev.Detail)
	case engine.Finished:
		if ev.Check != nil && !row.finished {
			row.finish(ev.Check)
			r.done++
		}
	}
	r.bar.SetValue(float64(r.done) / float64(max(r.planned, 1)))
}

// tick updates the elapsed time of running checks four times a second.
func (r *runState) tick() {
	t := time.NewTicker(250 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-r.stopTick:
			return
		case now := <-t.C:
			r.u.bridge.apply(func() {
				for _, row := range r.rows {
					row.tick(now)
				}
			})
		}
	}
}

// work runs the engine, saves the run and shows the outcome.
func (r *runState) work(ctx context.Context) {
	u := r.u
	var ref *referenceResult
	refDone := make(chan struct{})
	go func() { defer close(refDone); ref = u.checkReference(ctx) }()
	rep := u.deps.Run(ctx, r.t, u.settings.options(), func(ev engine.Event) {
		u.bridge.apply(func() { r.event(ev) })
	})
	<-refDone
	close(r.stopTick)
	if ctx.Err() != nil {
		u.bridge.apply(func() {
			r.ended = true
			u.show(u.target.content)
			u.target.preview.Importance = widget.WarningImportance
			u.target.preview.SetText("The checks were cancelled; nothing was saved.")
		})
		return
	}
	run, saveErr := u.save(rep, r.labels)
	u.bridge.apply(func() {
		r.ended = true
		for _, row := range r.rows {
			row.notRun()
		}
		u.target.loadRecent()
		if r.labels.before != nil {
			u.showCompare(r.labels.before, run, saveErr)
			return
		}
		u.showDiagnosis(run, saveErr, ref)
	})
}

// save stores a run (off the Fyne thread) and returns the stored copy, or
// the run in memory with the reason it was not saved.
func (u *UI) save(rep *engine.Report, l runLabels) (*history.Run, error) {
	run := &history.Run{Label: l.label, Report: *rep}
	if l.before != nil {
		run.Repeats = l.before.ID
	}
	if u.store == nil {
		return run, fmt.Errorf("the history database is not open (%v)", u.storeErr)
	}
	if l.before != nil && l.before.ID != 0 && l.before.Label == "" {
		if err := u.store.SetLabel(l.before.ID, "before"); err == nil {
			l.before.Label = "before"
		}
	}
	id, err := u.store.Save(rep, history.SaveOptions{Label: l.label, Repeats: run.Repeats})
	if err != nil {
		return run, err
	}
	if stored, err := u.store.Get(id); err == nil {
		return stored, nil
	}
	run.ID = id
	return run, nil
}
