package app

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	ttwidget "github.com/dweymouth/fyne-tooltip/widget"

	"github.com/conndoctor/conndoctor/history"
	"github.com/conndoctor/conndoctor/target"
)

// targetPage is step 1: what to test.
type targetPage struct {
	u       *UI
	field   *keyEntry
	paste   *keyEntry
	preview *widget.Label
	startB  *ttwidget.Button
	watchB  *ttwidget.Button
	recent  *fyne.Container
	// listing counts the reads of the recent targets asked for; only the
	// newest is shown.
	listing int
	content fyne.CanvasObject
	// parsed is the target the inputs describe (valid when err is nil).
	parsed target.Target
	err    error
}

func newTargetPage(u *UI) *targetPage {
	p := &targetPage{u: u}
	p.field = newKeyEntry(u)
	p.field.SetPlaceHolder("app.example.com, app.example.com:443 or https://app.example.com/login")
	p.field.OnSubmitted = func(string) { p.start() }
	p.paste = newKeyBox(u)
	p.paste.SetPlaceHolder("…or paste the error message or log lines here, e.g.\ndial tcp 10.0.0.5:443: connect: connection timed out")
	p.paste.SetMinRowsVisible(6)
	p.preview = wrapped("")
	p.field.OnChanged = func(string) { p.update() }
	p.paste.OnChanged = func(string) { p.update() }
	p.startB = ttwidget.NewButtonWithIcon("Start checks", theme.MediaPlayIcon(), p.start)
	p.startB.Importance = widget.HighImportance
	p.startB.SetToolTip(withKey("Run every check against this target", keyConfirm))
	p.watchB = u.watchButton(p.watchTarget)
	p.recent = container.NewHBox()
	p.content = container.NewPadded(container.NewVBox(
		heading("What can't be reached?"),
		wrapped("Type the address the program could not reach, or paste its error message. Connection Doctor works out the host and port and checks every step of the way to it."),
		widget.NewLabelWithStyle("Address", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		p.field,
		widget.NewLabelWithStyle("Error message or log lines", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		p.paste,
		p.preview,
		container.NewHBox(p.startB, p.watchB),
		widget.NewSeparator(),
		p.recent,
	))
	p.update()
	return p
}

// input is the text to parse: the address field if filled, else the
// pasted text.
func (p *targetPage) input() string {
	if strings.TrimSpace(p.field.Text) != "" {
		return p.field.Text
	}
	return p.paste.Text
}

// update parses the inputs and shows what will be tested, or why not.
func (p *targetPage) update() {
	p.parsed, p.err = target.Parse(p.input())
	switch {
	case errors.Is(p.err, target.ErrEmpty):
		p.preview.Importance = widget.LowImportance
		p.preview.SetText("Type an address or paste an error message to begin.")
	case p.err != nil:
		p.preview.Importance = widget.DangerImportance
		p.preview.SetText(parseProblem(p.err))
	default:
		// A malformed name is still tested (it is what the program dialled),
		// but the preview warns that the setting it came from is broken.
		p.preview.Importance = widget.SuccessImportance
		if p.parsed.Malformed != "" {
			p.preview.Importance = widget.WarningImportance
		}
		msg := "Will test: " + p.parsed.Preview()
		if strings.TrimSpace(p.field.Text) != "" && strings.TrimSpace(p.paste.Text) != "" {
			msg += " (the address field is used; clear it to test the pasted text)"
		}
		p.preview.SetText(msg)
	}
	if p.err != nil {
		p.startB.Disable()
	} else {
		p.startB.Enable()
	}
	enable(p.watchB, p.err == nil)
}

// parseProblem is a parse error as one sentence and the next step.
func parseProblem(err error) string {
	var pe *target.ParseError
	if !errors.As(err, &pe) {
		return err.Error()
	}
	return strings.TrimSpace(pe.Problem() + " " + pe.Next())
}

// start runs the checks if the inputs name a target.
func (p *targetPage) start() {
	if p.u.run != nil && p.u.run.active() {
		return
	}
	p.update()
	if p.err != nil {
		return
	}
	p.u.startRun(p.parsed, runLabels{})
}

// loadRecent shows the latest distinct targets as one-click buttons.
func (p *targetPage) loadRecent() {
	store := p.u.store
	if store == nil {
		p.recent.Objects = nil
		p.recent.Refresh()
		return
	}
	p.listing++
	n := p.listing
	background(&p.u.bridge, func() []history.Summary {
		runs, err := store.List(history.Filter{Limit: 50})
		if err != nil {
			return nil
		}
		return runs
	}, func(runs []history.Summary) {
		if n == p.listing {
			p.showRecent(runs)
		}
	})
}

// showRecent shows the latest distinct targets of runs.
func (p *targetPage) showRecent(runs []history.Summary) {
	p.recent.Objects = nil
	seen := map[string]bool{}
	p.recent.Add(widget.NewLabel("Recent:"))
	for _, r := range runs {
		in := strings.TrimSpace(r.Input)
		if seen[r.Target] || in == "" || len(seen) == 5 {
			continue
		}
		seen[r.Target] = true
		text := in
		if len(text) > 40 || strings.Contains(text, "\n") {
			text = r.Target
		}
		b := ttwidget.NewButton(text, func() { p.fill(in) })
		b.Importance = widget.LowImportance
		b.SetToolTip("Test " + r.Target + " again (last result: " + r.VerdictCode + ")")
		p.recent.Add(b)
	}
	if len(seen) == 0 {
		p.recent.Objects = nil
	}
	p.recent.Refresh()
}

// fill puts a earlier input back: short ones in the address field, error
// text in the paste box.
func (p *targetPage) fill(in string) {
	if strings.ContainsAny(in, " \n\t") {
		p.field.SetText("")
		p.paste.SetText(in)
	} else {
		p.paste.SetText("")
		p.field.SetText(in)
	}
	p.update()
}
