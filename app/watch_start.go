package app

import (
	"context"
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	ttwidget "github.com/dweymouth/fyne-tooltip/widget"

	"github.com/conndoctor/conndoctor/engine/watch"
	"github.com/conndoctor/conndoctor/history"
	"github.com/conndoctor/conndoctor/target"
)

// watchSpans are the lengths a watch is offered for (0: until stopped),
// and watchPaces the paces.
var (
	watchSpans = []struct {
		label string
		d     time.Duration
	}{{"5 minutes", 5 * time.Minute}, {"1 hour", time.Hour}, {"8 hours", 8 * time.Hour}, {"Until stopped", 0}}
	watchPaces = []struct {
		label string
		d     time.Duration
	}{{"every 5 s", 5 * time.Second}, {"every 10 s", 10 * time.Second}, {"every 30 s", 30 * time.Second}, {"every minute", time.Minute}}
)

// watchButton is "Watch this target…", which asks how long to watch the
// target t returns (nil: there is none to watch).
func (u *UI) watchButton(t func() *target.Target) *ttwidget.Button {
	b := ttwidget.NewButtonWithIcon("Watch this target…", theme.VisibilityIcon(), func() {
		if tt := t(); tt != nil {
			u.askWatch(*tt)
		}
	})
	b.SetToolTip("Sample the target every few seconds for minutes or hours, to catch a timeout that comes and goes; each failure gets a full diagnosis")
	return b
}

// watchCostText says the most traffic a watch of t at pace every makes.
func watchCostText(t target.Target, every time.Duration) string {
	text := "Traffic: " + watch.EstimateCost(t, every, 1).Text()
	if !t.IsIP() {
		text += fmt.Sprintf("; a name with %d addresses: %s", watch.MaxAddrs, watch.EstimateCost(t, every, watch.MaxAddrs).Text())
	}
	return text + "."
}

// askWatch asks how long and how often to watch t, then starts. With a
// watch running, it shows that one instead: one watch at a time.
func (u *UI) askWatch(t target.Target) {
	if u.watch != nil && u.watch.live() {
		u.watch.show()
		u.toast("A watch is running already; stop it before watching another target.")
		return
	}
	if u.store == nil {
		u.showModal(dialog.NewError(fmt.Errorf("a watch is kept in the history, which is not open (%v). Choose another database location in Settings", u.storeErr), u.win), nil)
		return
	}
	var spanNames []string
	for _, s := range watchSpans {
		spanNames = append(spanNames, s.label)
	}
	span := newKeyRadio(u, spanNames, nil)
	span.SetSelected(watchSpans[1].label)
	var paceNames []string
	for _, p := range watchPaces {
		paceNames = append(paceNames, p.label)
	}
	pace := newKeySelect(u, paceNames, nil)
	pace.SetSelectedIndex(0)
	cost := wrapped("")
	choice := func() (every, dur time.Duration) {
		every = watchPaces[max(pace.SelectedIndex(), 0)].d
		for _, s := range watchSpans {
			if s.label == span.Selected {
				dur = s.d
			}
		}
		return every, dur
	}
	pace.OnChanged = func(string) {
		every, _ := choice()
		cost.SetText(watchCostText(t, every))
	}
	pace.OnChanged("")
	body := container.NewVBox(
		wrapped("Connection Doctor samples "+t.HostPort()+" at a steady pace: the name lookup, a connection to each address, the first byte of the answer, pings of the gateway and the target, a traceroute a minute. When a sample fails, a full diagnosis runs and is saved."),
		widget.NewLabelWithStyle("For how long", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), span,
		container.NewHBox(widget.NewLabel("One sample"), pace), cost)
	d := dialog.NewCustomWithoutButtons("Watch "+t.HostPort(), body, u.win)
	start := func() {
		d.Hide()
		every, dur := choice()
		u.startWatch(t, every, dur)
	}
	cancel := widget.NewButtonWithIcon("Cancel", theme.CancelIcon(), d.Hide)
	startB := widget.NewButtonWithIcon("Start watching (Enter)", theme.MediaPlayIcon(), start)
	startB.Importance = widget.HighImportance
	d.SetButtons([]fyne.CanvasObject{cancel, startB})
	u.showModal(d, start)
	d.Resize(fyne.NewSize(min(560, u.win.Canvas().Size().Width-40), d.MinSize().Height))
}

// startWatch shows the watch's timeline and runs it off the Fyne thread:
// each sample and event is saved as it comes, each failure window gets a
// diagnosis saved as a run linked to the watch, and the widgets hear of it
// through the bridge.
func (u *UI) startWatch(t target.Target, every, dur time.Duration) {
	store, opts, clock := u.store, u.settings.options(), u.deps.WatchClock
	now := time.Now
	if clock != nil {
		now = clock.Now
	}
	ctx, cancel := context.WithCancel(context.Background())
	v := newWatchView(u, t, every)
	v.dur, v.cancel, v.running, v.started = dur, cancel, true, now()
	v.refresh()
	u.watch = v
	v.show()
	go func() {
		id, err := store.CreateWatch(t, every, v.started)
		if err != nil {
			cancel()
			u.bridge.apply(func() { v.finish(fmt.Errorf("the watch could not be saved: %w", err)) })
			return
		}
		u.bridge.apply(func() { v.id = id })
		problem := func(err error) {
			if err != nil {
				u.bridge.apply(func() { v.problem(err) })
			}
		}
		o := watch.Options{Every: every, For: dur, Sampler: u.deps.WatchSampler, Clock: clock,
			OnSample: func(s watch.Sample) {
				problem(store.AddSample(id, s))
				u.bridge.apply(func() { v.addSample(s) })
			},
			OnEvent: func(e watch.Event) {
				problem(store.AddEvent(id, e))
				u.bridge.apply(func() { v.addEvent(e) })
			},
			OnLinked: func(seq int, run int64) {
				problem(store.LinkRun(id, seq, run))
				u.bridge.apply(func() { v.linked(seq, run) })
			},
			OnError: problem,
			Diagnose: func(ctx context.Context) (int64, error) {
				u.bridge.apply(func() { v.diagnosing(true) })
				defer u.bridge.apply(func() { v.diagnosing(false) })
				rep := u.deps.Run(ctx, t, opts, nil)
				if ctx.Err() != nil {
					return 0, nil // stopped: a cut-short diagnosis proves nothing
				}
				return store.Save(rep, history.SaveOptions{Label: fmt.Sprintf("watch %d", id)})
			},
		}
		watch.New(t, o).Run(ctx)
		err = store.EndWatch(id, now())
		u.bridge.apply(func() { v.finish(err) })
	}()
}

// watchBlocksClose asks before the window closes on a running watch: it
// returns true when it asked (the window then closes once the watch has
// stopped and been saved, if the user says so).
func (u *UI) watchBlocksClose() bool {
	v := u.watch
	if v == nil || !v.live() {
		return false
	}
	if v.closeAfter {
		return true // already stopping to close
	}
	d := dialog.NewConfirm("A watch is running",
		"Connection Doctor is watching "+v.t.HostPort()+". Closing the window stops the watch; what it sampled so far stays in the history.\n\nStop the watch and close?",
		func(ok bool) {
			if ok && v.live() {
				v.closeAfter = true
				v.stop()
			}
		}, u.win)
	d.SetConfirmText("Stop and close")
	d.SetDismissText("Keep watching")
	u.showModal(d, nil)
	return true
}

// watchTarget is the target the inputs describe, nil when they name none.
func (p *targetPage) watchTarget() *target.Target {
	p.update()
	if p.err != nil {
		return nil
	}
	t := p.parsed
	return &t
}
