package app

import (
	"context"
	"fmt"
	"image/color"
	"strings"
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

// zoom is the window of the watch the timeline shows: all of it, the last
// d of it (following a live watch), or a fixed stretch.
type zoom struct {
	last     time.Duration
	from, to time.Time // fixed when from is set
}

// maxWindowsListed is how many failure windows the page lists.
const maxWindowsListed = 20

// watchView is a watch on screen: live while it runs, or loaded from the
// history. Every field is touched on the Fyne thread only.
type watchView struct {
	u     *UI
	t     target.Target
	id    int64 // in the history (0 until saved)
	every time.Duration
	dur   time.Duration
	// started and ended bound it; ended is zero while it runs.
	started, ended time.Time
	cancel         context.CancelFunc
	running        bool
	stopping       bool
	closeAfter     bool // close the window once stopped
	diagBusy       bool
	trouble        string // the last problem saving or diagnosing
	samples        []watch.Sample
	events         []watch.Event
	data           *series
	z              zoom
	figBuf         []float32
	windowsKey     string // what the failure windows listed were made from
	hopRows        int    // the hop strip's rows at the last refresh

	title, status, summary, figures, note *widget.Label
	tl                                    *timeline
	windows                               *fyne.Container
	buttons                               *fyne.Container
	zoomBs                                map[string]*widget.Button
	zoomOf                                map[*widget.Button]zoom
	stopB, exportB, againB, newB          *ttwidget.Button
	content                               fyne.CanvasObject
	body                                  *fyne.Container
	hopLegend                             fyne.CanvasObject
}

func newWatchView(u *UI, t target.Target, every time.Duration) *watchView {
	v := &watchView{u: u, t: t, every: every, data: &series{every: every.Milliseconds()}, zoomBs: map[string]*widget.Button{}, zoomOf: map[*widget.Button]zoom{}}
	v.title = heading("")
	v.status = wrapped("")
	v.summary = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.summary.Wrapping = fyne.TextWrapWord
	v.figures = wrapped("")
	v.note = wrapped("")
	v.note.Importance = widget.WarningImportance
	v.tl = newTimeline(u.app, v.data)
	v.tl.onZoom = func(from, to time.Time) { v.setZoom(zoom{from: from, to: to}) }
	v.tl.onOpen = v.openRun
	zoomRow := container.NewHBox(widget.NewLabel("Show:"))
	for _, z := range []struct {
		label string
		z     zoom
	}{{"Last 5 min", zoom{last: 5 * time.Minute}}, {"Last hour", zoom{last: time.Hour}}, {"All", zoom{}}} {
		b := widget.NewButton(z.label, func() { v.setZoom(z.z) })
		v.zoomBs[z.label], v.zoomOf[b] = b, z.z
		zoomRow.Add(b)
	}
	zoomRow.Add(widget.NewLabel("or drag across the chart to zoom in; tap a ▲ to open its diagnosis."))
	v.windows = container.NewVBox()
	v.stopB = ttwidget.NewButtonWithIcon("Stop watching", theme.MediaStopIcon(), v.stop)
	v.stopB.Importance = widget.DangerImportance
	v.stopB.SetToolTip("End the watch; what it sampled stays in the history")
	v.exportB = ttwidget.NewButtonWithIcon("Export…", theme.DocumentSaveIcon(), func() { u.exportWatch(v.id, v.t.HostPort(), v.started) })
	v.exportB.SetToolTip("Save the timeline as HTML (summary, chart, failure windows) or JSON")
	v.againB = ttwidget.NewButtonWithIcon("Watch again…", theme.VisibilityIcon(), func() { u.askWatch(v.t) })
	v.newB = ttwidget.NewButtonWithIcon("New check", theme.ContentAddIcon(), u.newCheck)
	v.newB.SetToolTip(withKey("Test another target", keyNew))
	v.buttons = container.NewHBox()
	v.hopLegend = hopLegend(u.app)
	v.hopLegend.Hide()
	v.body = container.NewVBox(v.title, v.status, v.note, v.summary, v.figures, zoomRow, v.tl, legend(u.app), v.hopLegend,
		section("Failure windows"), v.windows)
	v.content = container.NewBorder(nil, container.NewPadded(v.buttons), nil, nil,
		container.NewVScroll(container.NewPadded(v.body)))
	return v
}

// legend names the chart's colours (repainted when the theme changes).
func legend(app fyne.App) fyne.CanvasObject {
	item := func(pick func(tlColors) color.NRGBA, text string) fyne.CanvasObject {
		sw := themedSwatch(app, 18, 4, func(c pixels, w, h int, pal tlColors) { c.fill(0, 0, w, h, pick(pal)) })
		return container.NewHBox(container.NewCenter(sw), widget.NewLabel(text))
	}
	return container.NewHBox(item(func(p tlColors) color.NRGBA { return p.conn }, "connect"),
		item(func(p tlColors) color.NRGBA { return p.fb }, "first byte"),
		item(func(p tlColors) color.NRGBA { return p.fail }, "failed (▲ diagnosis saved)"),
		item(func(p tlColors) color.NRGBA { return p.event }, "event (sleep, network change)"))
}

// hopLegend names the hop strip's marks.
func hopLegend(app fyne.App) fyne.CanvasObject {
	row := container.NewHBox(widget.NewLabel("Loss per hop (rows under the chart, from the traceroutes):"))
	for _, l := range watch.LossLevels {
		row.Add(container.NewHBox(container.NewCenter(lossSwatch(app, l)), widget.NewLabel(l.String())))
	}
	return row
}

// watchFromHistory is a view of a stored watch.
func watchFromHistory(u *UI, w *history.SavedWatch) *watchView {
	v := newWatchView(u, w.TargetParsed, w.Every)
	v.id, v.started, v.ended = w.ID, w.Started, w.Ended
	if v.ended.IsZero() && len(w.Samples) > 0 {
		v.ended = w.Samples[len(w.Samples)-1].At // the program ended without closing it
	}
	v.samples, v.events = w.Samples, w.Events
	for _, s := range w.Samples {
		v.data.add(s)
	}
	for _, e := range w.Events {
		v.data.addEvent(e.At)
	}
	v.refresh()
	return v
}

// live reports whether the watch is still sampling.
func (v *watchView) live() bool { return v.running }

// show puts the view on the Check tab.
func (v *watchView) show() { v.u.show(v.content) }

// stop ends the watch; it returns at once and the watch saves its end on
// its own goroutine.
func (v *watchView) stop() {
	if !v.running || v.stopping {
		return
	}
	v.stopping = true
	v.cancel()
	v.refresh()
}

// addSample, addEvent, linked, diagnosing, problem and finish apply what
// the watch reports.
func (v *watchView) addSample(s watch.Sample) {
	v.samples = append(v.samples, s)
	v.data.add(s)
	v.refresh()
}

func (v *watchView) addEvent(e watch.Event) {
	v.events = append(v.events, e)
	v.data.addEvent(e.At)
	v.refresh()
}

func (v *watchView) linked(seq int, run int64) {
	if seq >= 0 && seq < len(v.samples) && v.samples[seq].Seq == seq {
		v.samples[seq].RunID = run
		v.data.link(seq, run)
	}
	v.refresh()
}

func (v *watchView) diagnosing(on bool) {
	v.diagBusy = on
	v.refresh()
}

func (v *watchView) problem(err error) {
	v.trouble = err.Error()
	v.refresh()
}

func (v *watchView) finish(err error) {
	v.running, v.stopping, v.diagBusy = false, false, false
	v.ended = time.Now()
	if c := v.u.deps.WatchClock; c != nil {
		v.ended = c.Now()
	}
	if err != nil {
		v.trouble = err.Error()
	}
	v.refresh()
	if v.closeAfter {
		v.u.close()
	}
}

// setZoom shows another window of the watch.
func (v *watchView) setZoom(z zoom) {
	v.z = z
	v.refresh()
}

// window is the stretch shown: [from, to).
func (v *watchView) window() (time.Time, time.Time) {
	// The end is a pace past the last sample (whose time is its start),
	// or when the watch ended if that is later.
	end := v.started
	if first, last := v.data.span(); first != 0 {
		end = time.UnixMilli(last).Add(v.every)
	}
	if !v.running {
		end = maxTime(end, v.ended)
	}
	switch {
	case !v.z.from.IsZero():
		return v.z.from, v.z.to
	case v.z.last > 0:
		return maxTime(end.Add(-v.z.last), v.started), end
	}
	return v.started, maxTime(end, v.started.Add(v.every))
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

// refresh recomputes the summary and figures for the window shown and
// redraws.
func (v *watchView) refresh() {
	from, to := v.window()
	v.title.SetText(map[bool]string{true: "Watching ", false: "Watch of "}[v.running] + v.t.Describe())
	v.status.SetText(v.statusText())
	v.note.SetText(v.trouble)
	if v.trouble == "" {
		v.note.Hide()
	} else {
		v.note.Show()
	}
	sum := watch.Summarize(v.samples, v.events, from, to)
	v.summary.SetText(sum.Text(time.Local))
	v.figures.SetText(v.figuresText(from, to, v.data.figuresIn(from.UnixMilli(), to.UnixMilli(), &v.figBuf)))
	v.tl.show(from, to)
	if n := len(v.tl.grid.Rows); n != v.hopRows { // the chart's height changed
		v.hopRows = n
		if n > 0 {
			v.hopLegend.Show()
		} else {
			v.hopLegend.Hide()
		}
		v.body.Refresh()
	}
	for b, z := range v.zoomOf { // the zoom shown stands out
		imp := widget.MediumImportance
		if z == v.z {
			imp = widget.HighImportance
		}
		if b.Importance != imp {
			b.Importance = imp
			b.Refresh()
		}
	}
	v.listWindows(sum)
	var bs []fyne.CanvasObject
	if v.running {
		bs = append(bs, v.stopB)
		enable(v.stopB, !v.stopping)
	} else {
		bs = append(bs, v.exportB, v.againB, v.newB)
		enable(v.exportB, v.id != 0)
	}
	v.buttons.Objects = bs
	v.buttons.Refresh()
}

// statusText says the pace, the span, the cost and what is going on.
func (v *watchView) statusText() string {
	clock := func(t time.Time) string { return t.Local().Format("15:04:05") }
	text := fmt.Sprintf("A sample every %s", v.every)
	switch {
	case v.running && v.dur > 0:
		text += fmt.Sprintf(" for %s, since %s", shortDuration(v.dur), clock(v.started))
	case v.running:
		text += ", until stopped, since " + clock(v.started)
	default:
		text += fmt.Sprintf(", %s – %s", v.started.Local().Format("2006-01-02 15:04:05"), clock(v.ended))
	}
	text += "; " + plural(len(v.samples), "1 sample", "%d samples") + "."
	if v.running {
		text += " " + watchCostText(v.t, v.every)
	}
	switch {
	case v.stopping:
		text += " Stopping…"
	case v.diagBusy:
		text += " A sample failed: running a full diagnosis…"
	}
	return text
}

// figuresText is the line of figures for the window shown.
func (v *watchView) figuresText(from, to time.Time, f figures) string {
	text := fmt.Sprintf("Shown: %s – %s, %s", from.Local().Format("15:04:05"), to.Local().Format("15:04:05"), plural(f.n, "1 sample", "%d samples"))
	if f.hasConn {
		text += fmt.Sprintf("; connect median %s, slowest %s", msText(f.connMed), msText(f.connMax))
	}
	if f.hasFirstB {
		text += fmt.Sprintf("; first byte median %s, slowest %s", msText(f.fbMed), msText(f.fbMax))
	}
	return text + "."
}

func shortDuration(d time.Duration) string {
	s := d.String()
	s = strings.TrimSuffix(s, "0s")
	return strings.TrimSuffix(s, "0m")
}

// listWindows lists the failure windows of the window shown, each with
// what failed and buttons for the diagnoses it started.
func (v *watchView) listWindows(sum watch.Summary) {
	// Rebuilt only when they changed: buttons are dear to make.
	var key strings.Builder
	fmt.Fprint(&key, v.running, len(sum.Windows))
	for _, w := range sum.Windows[:min(len(sum.Windows), maxWindowsListed)] {
		fmt.Fprint(&key, ";", w.From.UnixMilli(), w.To.UnixMilli(), w.Failed, w.RunIDs)
	}
	if key.String() == v.windowsKey {
		return
	}
	v.windowsKey = key.String()
	v.windows.Objects = nil
	if len(sum.Windows) == 0 {
		v.windows.Add(widget.NewLabel("None in the stretch shown."))
	}
	for i, w := range sum.Windows {
		if i == maxWindowsListed {
			v.windows.Add(widget.NewLabel(fmt.Sprintf("…and %d more; zoom in to see them.", len(sum.Windows)-maxWindowsListed)))
			break
		}
		text := fmt.Sprintf("%s – %s: %s", w.From.Local().Format("15:04:05"), w.To.Local().Format("15:04:05"), plural(w.Failed, "1 failed sample", "%d failed samples"))
		if w.FirstSeq >= 0 && w.FirstSeq < len(v.samples) && v.samples[w.FirstSeq].Why != "" {
			text += " — " + v.samples[w.FirstSeq].Why
		}
		row := container.NewHBox()
		for _, run := range w.RunIDs {
			b := widget.NewButtonWithIcon(fmt.Sprintf("Diagnosis #%d", run), theme.FolderOpenIcon(), func() { v.openRun(run) })
			row.Add(b)
		}
		if len(w.RunIDs) == 0 && v.running {
			row.Add(widget.NewLabel("diagnosis pending"))
		}
		l := wrapped(text)
		l.Importance = widget.DangerImportance
		v.windows.Add(container.NewBorder(nil, nil, nil, row, l))
	}
	v.windows.Refresh()
}

// openRun shows a diagnosis the watch started, with a way back.
func (v *watchView) openRun(id int64) {
	store := v.u.store
	if store == nil {
		return
	}
	go func() {
		r, err := store.Get(id)
		v.u.bridge.apply(func() {
			if err != nil {
				v.u.showModal(dialog.NewError(fmt.Errorf("run #%d could not be loaded: %w", id, err), v.u.win), nil)
				return
			}
			v.u.showDiagnosis(r, nil, nil).setBack("Back to the watch", v.show)
		})
	}()
}
