package app

import (
	"bytes"
	"image"
	"image/png"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	ttwidget "github.com/dweymouth/fyne-tooltip/widget"

	"github.com/conndoctor/conndoctor/history"
	"github.com/conndoctor/conndoctor/probes"
	"github.com/conndoctor/conndoctor/report"
	"github.com/conndoctor/conndoctor/target"
)

// diagnosisPage is step 3, laid out to be read at a glance: which run,
// the verdict banner, the actions, the path to the target, the fix steps
// as a checklist, the hops of the trace that failed, compact charts and
// every check. Raw results open in a dialog; nothing on the page can make
// the window wider than its content needs (see TestDiagnosisPageFits…).
type diagnosisPage struct {
	u    *UI
	run  *history.Run
	view *report.RunView
	// line says which run this is; head holds it and, once setBack is
	// called, the way back.
	line    *widget.Label
	head    *fyne.Container
	banner  *banner
	hops    fyne.CanvasObject
	charts  *fyne.Container
	scroll  *container.Scroll
	content fyne.CanvasObject
	raw     dialog.Dialog
	// chartsLoaded is set when the charts are on the page.
	chartsLoaded bool
	// The page's buttons, for shortcuts and tooltips. requestB is nil when
	// the fix does not involve the network team; backB until setBack.
	againB, exportB, copyB, newB, requestB, rawB, backB *ttwidget.Button
}

// showDiagnosis shows a run's diagnosis. saveErr says why it was not saved;
// ref is the reference target's outcome, if one was checked.
func (u *UI) showDiagnosis(run *history.Run, saveErr error, ref *referenceResult) *diagnosisPage {
	p := &diagnosisPage{u: u, run: run, view: report.BuildRun(run, report.Options{Now: u.deps.Now})}
	v := p.view
	p.line = widget.NewLabel(runLine(run, u.deps.Now()))
	p.line.Wrapping = fyne.TextWrapWord
	p.head = container.NewStack(p.line)
	p.banner = newBanner(v.Verdict, p.copyText)
	body := container.NewVBox(p.head)
	if v.Notice != "" {
		// The pasted program dialled a broken name: said first, as the
		// preview said it, whatever the verdict (it may be about this
		// network).
		n := wrapped(v.Notice)
		n.Importance = widget.WarningImportance
		body.Add(n)
	}
	body.Add(p.banner.content)
	if saveErr != nil {
		warn := wrapped("This run was not saved in the history: " + saveErr.Error() + ".")
		warn.Importance = widget.WarningImportance
		body.Add(warn)
	}
	if ref != nil {
		body.Add(ref.widget())
	}
	body.Add(p.actions())
	body.Add(richText(paragraph(v.Verdict.Explanation, theme.ColorNameForeground, false)))
	body.Add(section("The way to the target"))
	body.Add(pathStrip(v.Path))
	if len(v.Verdict.Fix) > 0 {
		body.Add(section("What to do"))
		body.Add(p.checklist(v.Verdict))
	}
	if forNetworkTeam(v.Verdict) {
		p.requestB = ttwidget.NewButtonWithIcon("Copy request for the network team", theme.MailComposeIcon(), p.copyRequest)
		p.requestB.SetToolTip("Copy a request naming the source address, destination, port, protocol and time, for the network or firewall team")
		body.Add(container.NewHBox(p.requestB))
	}
	if ev := evidence(v.Verdict); ev != nil {
		body.Add(ev)
	}
	for _, f := range v.Secondary {
		body.Add(widget.NewSeparator())
		body.Add(p.secondary(f))
	}
	if v.Trace != nil {
		title := "Hop by hop: " + v.Trace.Title
		if v.Trace.Failed {
			title += ", the trace that failed"
		}
		p.hops = container.NewVBox(section(title), hopTable(v.Trace))
		body.Add(p.hops)
	}
	p.charts = container.NewGridWithColumns(2)
	body.Add(p.charts)
	p.rawB = ttwidget.NewButtonWithIcon("Raw results…", theme.ListIcon(), p.showRawResults)
	p.rawB.SetToolTip("Every check's figures and full result, in a window of their own")
	body.Add(container.NewBorder(nil, nil, nil, p.rawB, section("Every check")))
	body.Add(checkList(v.Checks))
	p.scroll = container.NewScroll(container.NewPadded(body))
	p.content = p.scroll
	u.show(p.content)
	u.diag = p
	pal := chartPalette(u.app)
	go p.loadCharts(pal)
	return p
}

// setBack shows label (such as "Back to History") at the top of the page;
// tapping it calls back. The history page sets it on the runs it opens.
func (p *diagnosisPage) setBack(label string, back func()) {
	p.backB = ttwidget.NewButtonWithIcon(label, theme.NavigateBackIcon(), back)
	p.backB.Importance = widget.LowImportance
	p.head.Objects = []fyne.CanvasObject{container.NewBorder(nil, nil, nil, p.backB, p.line)}
	p.head.Refresh()
}

// section is a bold section title.
func section(text string) *widget.Label {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.Wrapping = fyne.TextWrapWord
	return l
}

// evidence is a finding's facts, folded; nil when there are none. The fold
// has no width of its own.
func evidence(f report.FindingView) fyne.CanvasObject {
	if len(f.Evidence) == 0 {
		return nil
	}
	ev := container.NewVBox()
	for _, e := range f.Evidence {
		ev.Add(richText(seg(e.Text, theme.ColorNameForeground, false), seg("  ("+e.Check+")", theme.ColorNameDisabled, false)))
	}
	title := plural(len(f.Evidence), "Why: 1 fact", "Why: %d facts")
	return unwidened(widget.NewAccordion(widget.NewAccordionItem(title, unwidened(ev))))
}

// secondary is another finding, smaller than the verdict.
func (p *diagnosisPage) secondary(f report.FindingView) fyne.CanvasObject {
	st := map[string]string{"problem": "fail", "warning": "warn", "ok": "pass"}[f.Severity]
	title := richText(seg("Also found: ", theme.ColorNameForeground, true), seg(f.Summary, statusColor(probes.Status(st)), true),
		seg("  "+f.Code, theme.ColorNameDisabled, false))
	box := container.NewVBox(title, richText(paragraph(f.Explanation, theme.ColorNameForeground, false)))
	if len(f.Fix) > 0 {
		box.Add(p.checklist(f))
	}
	if ev := evidence(f); ev != nil {
		box.Add(ev)
	}
	return box
}

// actions are the buttons under the verdict; they wrap onto more rows in a
// narrow window.
func (p *diagnosisPage) actions() fyne.CanvasObject {
	p.againB = ttwidget.NewButtonWithIcon("Run again and compare", theme.ViewRefreshIcon(), p.runAgain)
	p.againB.Importance = widget.HighImportance
	p.againB.SetToolTip(withKey("After a fix: test the same target again and see what changed", keyAgain))
	p.exportB = ttwidget.NewButtonWithIcon("Export report…", theme.DocumentSaveIcon(), func() { p.u.exportRun(p.run) })
	p.exportB.SetToolTip(withKey("Save an HTML or PDF report to attach to a ticket", keyExport))
	p.copyB = ttwidget.NewButtonWithIcon("Copy summary", theme.ContentCopyIcon(), p.copySummary)
	p.copyB.SetToolTip(withKey("Copy a ticket-ready text with the problem code", keyCopy))
	p.newB = ttwidget.NewButtonWithIcon("New check", theme.ContentAddIcon(), p.u.newCheck)
	p.newB.SetToolTip(withKey("Test another target", keyNew))
	buttons := []fyne.CanvasObject{p.againB, p.exportB, p.copyB, p.newB,
		p.u.watchButton(func() *target.Target { return &p.run.Report.Target })}
	if offersFlush(p.view) {
		buttons = append(buttons, p.u.flushButton())
	}
	if offersProxySettings(p.view) {
		buttons = append(buttons, p.u.proxySettingsButton())
	}
	cell := fyne.NewSize(0, 0)
	for _, b := range buttons {
		cell = cell.Max(b.MinSize())
	}
	return container.NewGridWrap(cell, buttons...)
}

// runAgain repeats the run and opens the comparison when it ends.
func (p *diagnosisPage) runAgain() {
	p.u.startRun(p.run.Report.Target, runLabels{label: "after", before: p.run})
}

// copySummary puts the ticket text on the clipboard.
func (p *diagnosisPage) copySummary() {
	o := report.Options{Now: p.u.deps.Now, Redact: p.u.settings.Redact}
	p.copyText(report.TicketText(report.BuildRun(p.run, o)), "Summary copied: paste it into the ticket.")
}

// copyText puts text on the clipboard and says so.
func (p *diagnosisPage) copyText(text, note string) {
	p.u.app.Clipboard().SetContent(text)
	p.u.toast(note)
}

// loadCharts renders the charts off the Fyne thread, in the theme's
// palette, and shows them; charts without data are not drawn at all.
func (p *diagnosisPage) loadCharts(pal report.Palette) {
	var imgs []image.Image
	for _, c := range report.Charts(p.view, pal) {
		if img, err := png.Decode(bytes.NewReader(c.PNG)); err == nil {
			imgs = append(imgs, img)
		}
	}
	p.u.bridge.apply(func() {
		for _, img := range imgs {
			c := canvas.NewImageFromImage(img)
			c.FillMode = canvas.ImageFillContain
			c.SetMinSize(fyne.NewSize(300, 160))
			p.charts.Add(c)
		}
		p.charts.Refresh()
		p.chartsLoaded = true
	})
}

// scrollToCharts scrolls the page down to the hop table and the charts.
func (p *diagnosisPage) scrollToCharts() {
	target := fyne.CanvasObject(p.charts)
	if p.hops != nil {
		target = p.hops
	}
	p.scroll.Offset = fyne.NewPos(0, target.Position().Y)
	p.scroll.Refresh()
}
