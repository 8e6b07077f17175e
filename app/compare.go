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

// changeWords say how a check moved, for people.
var changeWords = map[history.Change]string{
	history.Fixed: "Fixed", history.Broken: "Now failing", history.Changed: "Changed",
	history.Unchanged: "Same", history.Added: "New check", history.Removed: "Not run now",
}

// comparePage shows two runs side by side as history.Compare judged them:
// the outcome in a banner, then the checks, those that moved first.
type comparePage struct {
	cmp     history.Comparison
	content fyne.CanvasObject
	// a and b are the runs compared, for Ctrl+E.
	a, b *history.Run
}

// showCompare shows the comparison of a (before) and b (after).
func (u *UI) showCompare(a, b *history.Run, saveErr error) *comparePage {
	p := &comparePage{cmp: history.Compare(a, b), a: a, b: b}
	c := p.cmp
	body := container.NewVBox(heading("Before and after"), outcomeBanner(c))
	if saveErr != nil {
		w := wrapped("The new run was not saved in the history: " + saveErr.Error() + ".")
		w.Importance = widget.WarningImportance
		body.Add(w)
	}
	body.Add(container.NewGridWithColumns(2, sideCard("Before", c.Before), sideCard("After", c.After)))
	body.Add(p.actions(u, a, b))
	if c.SameTarget {
		body.Add(section("Check by check, what moved first"))
	} else {
		body.Add(section("Each run's own checks (different targets: not compared)"))
	}
	body.Add(p.checksGrid())
	body.Add(p.metrics())
	body.Add(section("What changed on this computer"))
	if len(c.Env) == 0 {
		body.Add(widget.NewLabel("No network settings changed between the two runs."))
	}
	for _, e := range c.Env {
		body.Add(arrowText(fmt.Sprintf("%s: %s → %s", e.Field, dashed(e.Before), dashed(e.After)), widget.MediumImportance))
	}
	p.content = container.NewVScroll(container.NewPadded(body))
	u.show(p.content)
	u.cmp = p
	return p
}

// outcomeBanner is the comparison's answer at a glance: a band in the
// outcome's colour with "Fixed", "Still failing", "Changed"… and the
// sentence that explains it.
func outcomeBanner(c history.Comparison) fyne.CanvasObject {
	sev := c.Outcome.Severity()
	col := colorsOf(sev)
	icon := widget.NewIcon(theme.NewColoredResource(severityIcon(sev), col.text))
	title := richText(&widget.TextSegment{Text: c.Outcome.Title(), Style: widget.RichTextStyle{
		ColorName: col.text, SizeName: theme.SizeNameHeadingText, TextStyle: fyne.TextStyle{Bold: true}}})
	lines := container.NewVBox(title, richText(seg(c.Headline, col.text, false)))
	body := container.NewBorder(nil, nil, container.NewCenter(container.NewGridWrap(fyne.NewSquareSize(48), icon)), nil, lines)
	return container.NewStack(newTint(col.fill, true), container.NewPadded(container.NewPadded(body)))
}

func (p *comparePage) actions(u *UI, a, b *history.Run) fyne.CanvasObject {
	export := ttwidget.NewButtonWithIcon("Export comparison…", theme.DocumentSaveIcon(), func() { u.exportCompare(a, b) })
	export.Importance = widget.HighImportance
	export.SetToolTip(withKey("Save the before/after report as HTML or PDF", keyExport))
	after := ttwidget.NewButtonWithIcon("Show the new diagnosis", theme.InfoIcon(), func() { u.showDiagnosis(b, nil, nil) })
	after.SetToolTip("The full diagnosis of the later run")
	newB := ttwidget.NewButtonWithIcon("New check", theme.ContentAddIcon(), u.newCheck)
	newB.SetToolTip(withKey("Test another target", keyNew))
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
	code := widget.NewLabelWithStyle("Problem code: "+s.VerdictCode, fyne.TextAlignLeading, fyne.TextStyle{Monospace: true})
	code.Wrapping = fyne.TextWrapBreak
	return container.NewVBox(bold(head), wrapped(s.Started.Local().Format("2006-01-02 15:04:05")+" · "+s.Target),
		arrowText(s.VerdictSummary, widget.MediumImportance), code)
}

// checksGrid is a table of the checks: check, before, after and, when the
// runs tested the same target, how it moved.
func (p *comparePage) checksGrid() fyne.CanvasObject {
	if !p.cmp.SameTarget {
		rows := container.NewVBox(container.NewGridWithColumns(3, bold("Check"), bold("Before"), bold("After")))
		for _, d := range p.cmp.Checks {
			rows.Add(container.NewGridWithColumns(3, wrapped(d.Title),
				statusCell(string(d.Before), d.SummaryBefore), statusCell(string(d.After), d.SummaryAfter)))
		}
		return rows
	}
	rows := container.NewVBox(container.NewGridWithColumns(4, bold("Change"), bold("Check"), bold("Before"), bold("After")))
	for _, d := range p.cmp.Checks {
		ch := widget.NewLabelWithStyle(changeWords[d.Change], fyne.TextAlignLeading, fyne.TextStyle{Bold: d.Change != history.Unchanged})
		ch.Importance = changeImportance(d.Change)
		rows.Add(container.NewGridWithColumns(4, ch, wrapped(d.Title),
			statusCell(string(d.Before), d.SummaryBefore), statusCell(string(d.After), d.SummaryAfter)))
	}
	return rows
}

func statusCell(status, summary string) fyne.CanvasObject {
	if status == "" {
		return widget.NewLabel("—")
	}
	imp := importanceOf(probes.Status(status))
	icon := widget.NewIcon(statusIcon(probes.Status(status)))
	return container.NewBorder(nil, nil, container.NewVBox(icon), nil, arrowText(summary, imp))
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
				arrowText(dashed(m.Before), widget.MediumImportance), arrowText(dashed(m.After), widget.MediumImportance), widget.NewLabel(m.Delta)))
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
	case history.Changed, history.Added, history.Removed:
		return widget.WarningImportance
	}
	return widget.LowImportance
}

func dashed(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
