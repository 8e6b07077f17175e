package app

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/conndoctor/conndoctor/probes"
)

// checkRow is one check on the checking step: icon, title, live state.
type checkRow struct {
	icon     *widget.Icon
	title    *widget.Label
	state    *widget.Label
	time     *widget.Label
	content  fyne.CanvasObject
	started  time.Time
	finished bool
}

func newCheckRow(title string) *checkRow {
	r := &checkRow{icon: widget.NewIcon(statusIcon("")), state: wrapped("waiting"), time: widget.NewLabel("")}
	r.title = widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	r.state.Importance = widget.LowImportance
	r.content = container.NewBorder(nil, nil, r.icon, r.time, container.NewVBox(r.title, r.state))
	return r
}

// running marks the check as started.
func (r *checkRow) running(now time.Time) {
	if r.finished {
		return
	}
	r.started = now
	r.icon.SetResource(statusIcon("running"))
	r.state.Importance = widget.MediumImportance
	r.state.SetText("running…")
}

// tick shows how long a running check has taken.
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
	word := statusWordOf(string(c.Status))
	r.state.Importance = importanceOf(c.Status)
	r.state.SetText(word + " — " + c.Summary)
	r.time.SetText(probes.Millis(c.Duration).Text())
}

// importanceOf colours a status.
func importanceOf(s probes.Status) widget.Importance {
	switch s {
	case probes.StatusPass:
		return widget.SuccessImportance
	case probes.StatusWarn, probes.StatusError:
		return widget.WarningImportance
	case probes.StatusFail:
		return widget.DangerImportance
	}
	return widget.LowImportance
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
	r.state.Importance = widget.LowImportance
	r.state.SetText(notRun)
	r.time.SetText("")
}
