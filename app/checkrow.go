package app

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/conndoctor/conndoctor/probes"
)

// checkRow is one check on the checking step: icon, title, live state.
type checkRow struct {
	icon  *widget.Icon
	title *widget.Label
	// state shows the state word in its colour and the summary; text is
	// what it says.
	state    *widget.RichText
	text     string
	time     *widget.Label
	content  fyne.CanvasObject
	started  time.Time
	finished bool
}

func newCheckRow(title string) *checkRow {
	r := &checkRow{icon: widget.NewIcon(statusIcon("")), state: richText(), time: widget.NewLabel("")}
	r.title = widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	r.title.Wrapping = fyne.TextWrapWord
	r.show("", "waiting", "")
	r.content = container.NewBorder(nil, nil, r.icon, r.time, container.NewVBox(r.title, r.state))
	return r
}

// show sets the state line: word in the status's colour, then the summary.
func (r *checkRow) show(s probes.Status, word, summary string) {
	r.text = word
	segs := []widget.RichTextSegment{seg(word, statusColor(s), s != "" && s != "running")}
	if summary != "" {
		r.text += " — " + summary
		segs = append(segs, seg(" — "+summary, theme.ColorNameForeground, false))
	}
	r.state.Segments = splitArrows(segs)
	r.state.Refresh()
}

// stateText is what the state line says.
func (r *checkRow) stateText() string { return r.text }

// running marks the check as started.
func (r *checkRow) running(now time.Time) {
	if r.finished {
		return
	}
	r.started = now
	r.icon.SetResource(statusIcon("running"))
	r.show("running", "running…", "")
}

// tick shows how long a running check has taken.
// waiting shows what a running check waits for ("waiting for the
// server's answer: 12 s").
func (r *checkRow) waiting(detail string) {
	if r.finished || r.started.IsZero() {
		return
	}
	r.show("running", "running…", detail)
}

func (r *checkRow) tick(now time.Time) {
	if r.finished || r.started.IsZero() {
		return
	}
	r.time.SetText(fmt.Sprintf("%.1f s", now.Sub(r.started).Seconds()))
}

// finish shows the outcome.
func (r *checkRow) finish(c *probes.Check) {
	r.finished = true
	r.icon.SetResource(statusIcon(c.Status))
	r.title.SetText(c.Title)
	r.show(c.Status, statusWordOf(string(c.Status)), c.Summary)
	r.time.SetText(probes.Millis(c.Duration).Text())
}

// notRun is the state of a planned check the run never reported.
const notRun = "not run"

// notRun marks a check that never reported as not run.
func (r *checkRow) notRun() {
	if r.finished {
		return
	}
	r.finished = true
	r.icon.SetResource(statusIcon(probes.StatusSkip))
	r.show(probes.StatusSkip, notRun, "")
	r.time.SetText("")
}
