package app

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/conndoctor/conndoctor/probes"
	"github.com/conndoctor/conndoctor/report"
)

// checkList is every check in one line or two: its state, title, how long
// it took and its summary, wrapped.
func checkList(checks []report.CheckView) fyne.CanvasObject {
	box := container.NewVBox()
	for _, c := range checks {
		st := probes.Status(c.Status)
		text := richText(seg(c.Title, theme.ColorNameForeground, true), seg(" — ", theme.ColorNameForeground, false),
			seg(statusWordOf(c.Status), statusColor(st), true), paragraph(" · "+c.Duration, theme.ColorNameForeground, false),
			paragraph(c.Summary, theme.ColorNameForeground, false))
		box.Add(container.NewBorder(nil, nil, container.NewVBox(widget.NewIcon(statusIcon(st))), nil, text))
	}
	return box
}

// rawResults is every check's key figures and full result as JSON, for
// the details dialog. The JSON keeps its lines; the dialog scrolls both
// ways.
func rawResults(checks []report.CheckView) fyne.CanvasObject {
	box := container.NewVBox()
	for _, c := range checks {
		box.Add(richText(seg(c.Title, theme.ColorNameForeground, true), seg(" — "+statusWordOf(c.Status), statusColor(probes.Status(c.Status)), true)))
		for _, f := range c.Figures {
			box.Add(richText(seg(f.Name+": ", theme.ColorNameForeground, true), seg(f.Value, theme.ColorNameForeground, false)))
		}
		raw := widget.NewLabelWithStyle(c.Raw, fyne.TextAlignLeading, fyne.TextStyle{Monospace: true})
		raw.Selectable = true
		box.Add(raw)
		box.Add(widget.NewSeparator())
	}
	return box
}

// allRaw is every check's JSON, for the clipboard.
func allRaw(checks []report.CheckView) string {
	var b strings.Builder
	for _, c := range checks {
		b.WriteString("# " + c.Title + "\n" + c.Raw + "\n\n")
	}
	return b.String()
}

// showRawResults opens the details: every check's figures and raw result
// in a dialog that scrolls, sized to the window after it is shown.
func (p *diagnosisPage) showRawResults() {
	checks := p.view.Checks
	copyB := widget.NewButtonWithIcon("Copy all", theme.ContentCopyIcon(), func() {
		p.copyText(allRaw(checks), "Raw results copied.")
	})
	body := container.NewBorder(nil, container.NewHBox(copyB), nil, nil, container.NewScroll(rawResults(checks)))
	d := dialog.NewCustom("Raw results of run "+runName(p.run.ID), "Close", body, p.u.win)
	d.Show()
	sz := p.u.win.Canvas().Size()
	d.Resize(fyne.NewSize(sz.Width*0.9, sz.Height*0.85))
	p.raw = d
}

// runName is "#17", or "not saved".
func runName(id int64) string {
	if id == 0 {
		return "(not saved)"
	}
	return "#" + strconv.FormatInt(id, 10)
}
