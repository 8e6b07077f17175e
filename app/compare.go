package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	ttwidget "github.com/dweymouth/fyne-tooltip/widget"

	"github.com/conndoctor/conndoctor/history"
	"github.com/conndoctor/conndoctor/probes"
)

// changeWords say how the verdict moved, for people.
var changeWords = map[history.Change]string{
	history.Fixed:     "Fixed: the problem found before is gone.",
	history.Broken:    "Worse: a problem appeared that was not there before.",
	history.Changed:   "Changed: the diagnosis is different now.",
	history.Unchanged: "Unchanged: the same diagnosis as before.",
}

// comparePage shows two runs side by side, check by check.
type comparePage struct {
	cmp     history.Comparison
	content fyne.CanvasObject
}

// showCompare shows the comparison of a (before) and b (after).
func (u *UI) showCompare(a, b *history.Run, saveErr error) *comparePage {
	p := &comparePage{cmp: history.Compare(a, b)}
	c := p.cmp
	body := container.NewVBox(heading("Before and after"))
	verdict := wrapped(changeWords[c.Verdict])
	verdict.TextStyle.Bold = true
	verdict.Importance = changeImportance(c.Verdict)
	body.Add(verdict)
	if c.Note != "" {
		n := wrapped(c.Note)
		n.Importance = widget.WarningImportance
		body.Add(n)
	}
	if saveErr != nil {
		w := wrapped("The new run was not saved in the history: " + saveErr.Error() + ".")
		w.Importance = widget.WarningImportance
		body.Add(w)
	}
	body.Add(container.NewGridWithColumns(2, sideCard("Before", c.Before), sideCard("After", c.After)))
	body.Add(p.actions(u, a, b))
	body.Add(widget.NewLabelWithStyle("Check by check", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	body.Add(p.checksGrid())
	body.Add(p.metrics())
	body.Add(widget.NewLabelWithStyle("What changed on this computer", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	if len(c.Env) == 0 {
		body.Add(widget.NewLabel("No network settings changed between the two runs."))
	}
	for _, e := range c.Env {
		body.Add(wrapped(fmt.Sprintf("%s: %s → %s", e.Field, dashed(e.Before), dashed(e.After))))
	}
	p.content = container.NewVScroll(container.NewPadded(body))
	u.show(p.content)
	u.cmp = p
	return p
}

func (p *comparePage) actions(u *UI, a, b *history.Run) fyne.CanvasObject {
	export := ttwidget.NewButtonWithIcon("Export comparison…", theme.DocumentSaveIcon(), func() { u.exportCompare(a, b) })
	export.Importance = widget.HighImportance
	export.SetToolTip("Save the before/after report as HTML or PDF")
	after := ttwidget.NewButtonWithIcon("Show the new diagnosis", theme.InfoIcon(), func() { u.showDiagnosis(b, nil, nil) })
	after.SetToolTip("The full diagnosis of the later run")
	newB := ttwidget.NewButtonWithIcon("New check", theme.ContentAddIcon(), func() { u.show(u.target.content) })
	return container.NewHBox(export, after, newB)
}

// sideCard describes one of the runs.
func sideCard(title string, s history.Side) fyne.CanvasObject {
	head := fmt.Sprintf("%s — run #%d", title, s.ID)
	if s.ID == 0 {
		head = title + " — not saved"
	}
	if s.Label != "" {
		head += " “" + s.Label + "”"
	}
	return container.NewVBox(bold(head), widget.NewLabel(s.Started.Local().Format("2006-01-02 15:04:05")+" · "+s.Target),
		wrapped(s.VerdictSummary), widget.NewLabelWithStyle("Problem code: "+s.VerdictCode, fyne.TextAlignLeading, fyne.TextStyle{Monospace: true}))
}

// checksGrid is a four-column table: check, before, after, change.
func (p *comparePage) checksGrid() fyne.CanvasObject {
	rows := container.NewVBox(container.NewGridWithColumns(4, bold("Check"), bold("Before"), bold("After"), bold("Change")))
	for _, d := range p.cmp.Checks {
		ch := widget.NewLabel(string(d.Change))
		ch.Importance = changeImportance(d.Change)
		rows.Add(container.NewGridWithColumns(4, wrapped(d.Title),
			statusCell(string(d.Before), d.SummaryBefore), statusCell(string(d.After), d.SummaryAfter), ch))
	}
	return rows
}

func statusCell(status, summary string) fyne.CanvasObject {
	if status == "" {
		return widget.NewLabel("—")
	}
	l := wrapped(statusMarks[status] + " " + summary)
	l.Importance = importanceOf(probes.Status(status))
	return l
}

// metrics lists the figures of each check in both runs, with deltas.
func (p *comparePage) metrics() fyne.CanvasObject {
	acc := widget.NewAccordion()
	for _, d := range p.cmp.Checks {
		if len(d.Metrics) == 0 {
			continue
		}
		g := container.NewVBox()
		for _, m := range d.Metrics {
			g.Add(container.NewGridWithColumns(4, widget.NewLabelWithStyle(m.Name, fyne.TextAlignLeading, fyne.TextStyle{Bold: m.Key}),
				wrapped(dashed(m.Before)), wrapped(dashed(m.After)), widget.NewLabel(m.Delta)))
		}
		acc.Append(widget.NewAccordionItem("Figures: "+d.Title, g))
	}
	return acc
}

func changeImportance(c history.Change) widget.Importance {
	switch c {
	case history.Fixed:
		return widget.SuccessImportance
	case history.Broken:
		return widget.DangerImportance
	case history.Changed:
		return widget.WarningImportance
	}
	return widget.MediumImportance
}

func dashed(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
