package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	ttwidget "github.com/dweymouth/fyne-tooltip/widget"

	"github.com/conndoctor/conndoctor/diagnose"
	"github.com/conndoctor/conndoctor/history"
	"github.com/conndoctor/conndoctor/report"
)

// diagnosisPage is step 3: the verdict, what to do, and the evidence.
type diagnosisPage struct {
	u       *UI
	run     *history.Run
	view    *report.RunView
	charts  *fyne.Container
	content fyne.CanvasObject
}

// showDiagnosis shows a run's diagnosis. saveErr says why it was not saved;
// ref is the reference target's outcome, if one was checked.
func (u *UI) showDiagnosis(run *history.Run, saveErr error, ref *referenceResult) *diagnosisPage {
	p := &diagnosisPage{u: u, run: run, view: report.BuildRun(run, report.Options{Now: u.deps.Now})}
	body := container.NewVBox(p.verdict(p.view.Verdict))
	if saveErr != nil {
		warn := wrapped("This run was not saved in the history: " + saveErr.Error() + ".")
		warn.Importance = widget.WarningImportance
		body.Add(warn)
	}
	if ref != nil {
		body.Add(ref.widget())
	}
	body.Add(p.actions())
	for _, f := range p.view.Secondary {
		body.Add(widget.NewSeparator())
		body.Add(p.finding(f, false))
	}
	p.charts = container.NewVBox()
	body.Add(p.charts)
	body.Add(widget.NewLabelWithStyle("Every check", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	body.Add(checksAccordion(p.view.Checks))
	p.content = container.NewVScroll(container.NewPadded(body))
	u.show(p.content)
	u.diag = p
	go p.loadCharts()
	return p
}

// verdict is the top of the page: icon, summary, explanation, who, steps.
func (p *diagnosisPage) verdict(f report.FindingView) fyne.CanvasObject {
	return p.finding(f, true)
}

// finding shows a verdict (big) or a secondary finding (small).
func (p *diagnosisPage) finding(f report.FindingView, primary bool) fyne.CanvasObject {
	icon := widget.NewIcon(severityIcon(diagnose.Severity(f.Severity)))
	title := heading(f.Summary)
	if !primary {
		title = widget.NewLabelWithStyle("Also found: "+f.Summary, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		title.Wrapping = fyne.TextWrapWord
	}
	code := widget.NewLabelWithStyle("Problem code: "+f.Code, fyne.TextAlignLeading, fyne.TextStyle{Monospace: true})
	code.Selectable = true
	top := container.NewBorder(nil, nil, sized(icon, primary), nil, container.NewVBox(title, code))
	box := container.NewVBox(top, wrapped(f.Explanation))
	if f.Who != "" {
		box.Add(widget.NewLabelWithStyle("Who can fix it: "+f.Who, fyne.TextAlignLeading, fyne.TextStyle{Italic: true}))
	}
	if len(f.Fix) > 0 {
		box.Add(widget.NewLabelWithStyle("What to do", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		for _, s := range f.Fix {
			box.Add(p.step(s))
		}
	}
	if len(f.Evidence) > 0 {
		ev := container.NewVBox()
		for _, e := range f.Evidence {
			ev.Add(wrapped("[" + e.Check + "] " + e.Text))
		}
		box.Add(widget.NewAccordion(widget.NewAccordionItem(plural(len(f.Evidence), "Evidence (1 fact)", "Evidence (%d facts)"), ev)))
	}
	return box
}

// sized gives the verdict icon a large size.
func sized(icon *widget.Icon, big bool) fyne.CanvasObject {
	if !big {
		return icon
	}
	return container.NewGridWrap(fyne.NewSize(56, 56), icon)
}

// step is one numbered fix step, with its command and a copy button.
func (p *diagnosisPage) step(s report.StepView) fyne.CanvasObject {
	text := fmt.Sprintf("%d. %s (%s)", s.N, s.Text, s.Who)
	if s.Admin {
		text += " — needs administrator rights"
	}
	row := container.NewVBox(wrapped(text))
	if s.Command != "" {
		cmd := widget.NewLabelWithStyle(s.Command, fyne.TextAlignLeading, fyne.TextStyle{Monospace: true})
		cmd.Selectable = true
		cmd.Wrapping = fyne.TextWrapBreak
		copyB := ttwidget.NewButtonWithIcon("Copy the command", theme.ContentCopyIcon(), func() {
			p.u.app.Clipboard().SetContent(s.Command)
			p.u.toast("Command copied to the clipboard.")
		})
		copyB.Importance = widget.LowImportance
		copyB.SetToolTip("Copy this command to paste it into a terminal")
		row.Add(container.NewBorder(nil, nil, nil, copyB, cmd))
	}
	return row
}

// actions are the buttons under the verdict.
func (p *diagnosisPage) actions() fyne.CanvasObject {
	again := ttwidget.NewButtonWithIcon("Run again and compare", theme.ViewRefreshIcon(), p.runAgain)
	again.Importance = widget.HighImportance
	again.SetToolTip("After a fix: test the same target again and see what changed")
	export := ttwidget.NewButtonWithIcon("Export report…", theme.DocumentSaveIcon(), func() { p.u.exportRun(p.run) })
	export.SetToolTip("Save an HTML or PDF report to attach to a ticket")
	copyB := ttwidget.NewButtonWithIcon("Copy summary", theme.ContentCopyIcon(), p.copySummary)
	copyB.SetToolTip("Copy a ticket-ready text with the problem code")
	newB := ttwidget.NewButtonWithIcon("New check", theme.ContentAddIcon(), func() { p.u.show(p.u.target.content) })
	newB.SetToolTip("Test another target")
	box := container.NewHBox(again, export, copyB, newB)
	if offersFlush(p.view) {
		box.Add(p.u.flushButton())
	}
	if offersProxySettings(p.view) {
		box.Add(p.u.proxySettingsButton())
	}
	return box
}

// runAgain repeats the run and opens the comparison when it ends.
func (p *diagnosisPage) runAgain() {
	p.u.startRun(p.run.Report.Target, runLabels{label: "after", before: p.run})
}

// copySummary puts the ticket text on the clipboard.
func (p *diagnosisPage) copySummary() {
	o := report.Options{Now: p.u.deps.Now, Redact: p.u.settings.Redact}
	p.u.app.Clipboard().SetContent(report.TicketText(report.BuildRun(p.run, o)))
	p.u.toast("Summary copied: paste it into the ticket.")
}

// loadCharts renders the charts off the Fyne thread and shows them.
func (p *diagnosisPage) loadCharts() {
	charts := report.Charts(p.view)
	p.u.bridge.apply(func() {
		for _, c := range charts {
			img := canvas.NewImageFromResource(fyne.NewStaticResource(c.Title+".png", c.PNG))
			img.FillMode = canvas.ImageFillContain
			img.SetMinSize(fyne.NewSize(560, 190))
			p.charts.Add(img)
		}
		p.charts.Refresh()
	})
}

// checksAccordion lists every check with its figures and raw result.
func checksAccordion(checks []report.CheckView) *widget.Accordion {
	acc := widget.NewAccordion()
	acc.MultiOpen = true
	for _, c := range checks {
		body := container.NewVBox(wrapped(c.Summary))
		if len(c.Figures) > 0 {
			form := container.New(layout.NewFormLayout(), figureCells(c.Figures)...)
			body.Add(form)
		}
		raw := widget.NewLabelWithStyle(c.Raw, fyne.TextAlignLeading, fyne.TextStyle{Monospace: true})
		raw.Selectable = true
		body.Add(widget.NewAccordion(widget.NewAccordionItem("Raw result", raw)))
		mark := statusMarks[c.Status]
		acc.Append(widget.NewAccordionItem(fmt.Sprintf("%s %s — %s (%s)", mark, c.Title, statusWordOf(c.Status), c.Duration), body))
	}
	return acc
}

// scrollToCharts scrolls the page down to the charts.
func (p *diagnosisPage) scrollToCharts() {
	if s, ok := p.content.(*container.Scroll); ok {
		s.Offset = fyne.NewPos(0, p.charts.Position().Y)
		s.Refresh()
	}
}
