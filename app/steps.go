package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	ttwidget "github.com/dweymouth/fyne-tooltip/widget"

	"github.com/conndoctor/conndoctor/diagnose"
	"github.com/conndoctor/conndoctor/report"
)

// checklist is a finding's fix steps as a checklist: a box to tick as each
// step is done, what to do and who does it, and the step's command with a
// button that copies it.
func (p *diagnosisPage) checklist(f report.FindingView) fyne.CanvasObject {
	box := container.NewVBox()
	for _, s := range f.Fix {
		box.Add(p.step(s))
	}
	return box
}

// step is one fix step.
func (p *diagnosisPage) step(s report.StepView) fyne.CanvasObject {
	text := richText(seg(fmt.Sprintf("%d. %s", s.N, s.Text), theme.ColorNameForeground, false), seg("  — "+s.Who, theme.ColorNameDisabled, false))
	if s.Admin {
		text.Segments = append(text.Segments, seg(" (needs administrator rights)", theme.ColorNameWarning, false))
	}
	body := container.NewVBox(text)
	if s.Command != "" {
		cmd := widget.NewLabelWithStyle(s.Command, fyne.TextAlignLeading, fyne.TextStyle{Monospace: true})
		cmd.Selectable = true
		cmd.Wrapping = fyne.TextWrapBreak
		copyB := ttwidget.NewButtonWithIcon("Copy the command", theme.ContentCopyIcon(), func() {
			p.copyText(s.Command, "Command copied to the clipboard.")
		})
		copyB.Importance = widget.LowImportance
		copyB.SetToolTip("Copy this command to paste it into a terminal")
		var prompt fyne.CanvasObject
		if s.Prompt != "" {
			// The prompt says which shell takes the command; it is a
			// label of its own so selecting the command leaves it out.
			prompt = widget.NewLabelWithStyle(strings.TrimSpace(s.Prompt), fyne.TextAlignLeading, fyne.TextStyle{Monospace: true})
		}
		body.Add(container.NewBorder(nil, nil, prompt, copyB, cmd))
	}
	tick := widget.NewCheck("", nil)
	return container.NewBorder(nil, nil, container.NewVBox(tick), nil, body)
}

// forNetworkTeam reports whether a finding asks the network or firewall
// team to act.
func forNetworkTeam(f report.FindingView) bool {
	for _, s := range f.Fix {
		if s.Who == string(diagnose.ActorNetwork) {
			return true
		}
	}
	return false
}

// copyRequest puts the request for the network team on the clipboard. It
// is not redacted: the team needs the real addresses (secrets in URLs are
// still removed).
func (p *diagnosisPage) copyRequest() {
	v := report.BuildRun(p.run, report.Options{Now: p.u.deps.Now})
	p.copyText(report.NetworkRequest(v), "Request copied: paste it into the network team's ticket.")
}
