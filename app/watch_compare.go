package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	ttwidget "github.com/dweymouth/fyne-tooltip/widget"

	"github.com/conndoctor/conndoctor/diagnose"
	"github.com/conndoctor/conndoctor/engine/watch"
)

// watchComparePage shows two watches side by side as watch.Compare judged
// them: the verdict in a banner (Better, Worse, Same, Different targets),
// a warning when the targets differ, the figures in two columns, and the
// loss per hop, paired by hop only for one target.
type watchComparePage struct {
	cmp     watch.Comparison
	content fyne.CanvasObject
}

// verdictSeverity is how a verdict looks: better green, worse red, same
// neutral, not comparable amber.
func verdictSeverity(v watch.Verdict) diagnose.Severity {
	switch v {
	case watch.Better:
		return diagnose.SeverityOK
	case watch.Worse:
		return diagnose.SeverityProblem
	case watch.Same:
		return diagnose.SeverityInfo
	}
	return diagnose.SeverityWarning
}

// showWatchCompare shows c, with a way back (to History).
func (u *UI) showWatchCompare(c watch.Comparison, back func()) *watchComparePage {
	p := &watchComparePage{cmp: c}
	body := container.NewVBox(heading("Two watches compared"), verdictBanner(c))
	if !c.SameTarget {
		w := wrapped(fmt.Sprintf("These watches are of different targets (%s and %s). Their figures are shown side by side, but they say nothing about each other, and their hops are not compared.", c.A.Target, c.B.Target))
		w.Importance = widget.WarningImportance
		body.Add(w)
	}
	body.Add(p.figures())
	if c.SameTarget {
		body.Add(section("Loss per hop, every traceroute of each watch"))
		body.Add(p.pairedHops())
	} else {
		body.Add(section("Each watch's own hops (different targets: not compared)"))
		body.Add(container.NewGridWithColumns(2, ownHops(c.A, "A"), ownHops(c.B, "B")))
	}
	backB := ttwidget.NewButtonWithIcon("Back to History", theme.NavigateBackIcon(), back)
	backB.SetToolTip("The watches and runs in the history")
	newB := ttwidget.NewButtonWithIcon("New check", theme.ContentAddIcon(), u.newCheck)
	newB.SetToolTip(withKey("Test another target", keyNew))
	body.Add(container.NewHBox(backB, newB))
	p.content = container.NewVScroll(container.NewPadded(body))
	u.show(p.content)
	return p
}

// verdictBanner is the verdict at a glance: a band in its colour with the
// word and the sentence it rests on.
func verdictBanner(c watch.Comparison) fyne.CanvasObject {
	sev := verdictSeverity(c.Verdict)
	col := colorsOf(sev)
	icon := widget.NewIcon(theme.NewColoredResource(severityIcon(sev), col.text))
	title := richText(&widget.TextSegment{Text: c.Title, Style: widget.RichTextStyle{
		ColorName: col.text, SizeName: theme.SizeNameHeadingText, TextStyle: fyne.TextStyle{Bold: true}}})
	lines := container.NewVBox(title, richText(seg(c.Why, col.text, false)))
	body := container.NewBorder(nil, nil, container.NewCenter(container.NewGridWrap(fyne.NewSquareSize(48), icon)), nil, lines)
	return container.NewStack(newTint(col.fill, true), container.NewPadded(container.NewPadded(body)))
}

// figures is the two watches' figures in columns: what, A, B.
func (p *watchComparePage) figures() fyne.CanvasObject {
	a, b := p.cmp.A, p.cmp.B
	when := func(f watch.Figures) string { return f.Started.Local().Format("2006-01-02 15:04:05") }
	rows := [][3]string{
		{"", "A: watch " + a.Name("A"), "B: watch " + b.Name("B")},
		{"Target", a.Target, b.Target},
		{"Started", when(a), when(b)},
		{"Duration", watch.DurationText(a.Duration()), watch.DurationText(b.Duration())},
		{"Pace", a.Every.String(), b.Every.String()},
		{"Availability", a.AvailabilityText(), b.AvailabilityText()},
		{"Failure windows", a.WindowsText(), b.WindowsText()},
		{"Connect p50 / p90 / p99", a.Connect.Text(), b.Connect.Text()},
		{"First byte p50 / p90 / p99", a.FirstByte.Text(), b.FirstByte.Text()},
		{"DNS p50 / p90 / p99", a.DNS.Text(), b.DNS.Text()},
		{"Diagnoses", a.CodesText(), b.CodesText()},
	}
	g := container.NewGridWithColumns(3)
	for i, r := range rows {
		for j, text := range r {
			l := wrapped(text)
			if i == 0 || j == 0 {
				l.TextStyle.Bold = true
			}
			g.Add(l)
		}
	}
	return g
}

// pairedHops lists the hops by number: each watch's address and loss.
func (p *watchComparePage) pairedHops() fyne.CanvasObject {
	if len(p.cmp.Hops) == 0 {
		return widget.NewLabel("Neither watch has a traceroute.")
	}
	g := container.NewGridWithColumns(3, bold("Hop"), bold("A: watch "+p.cmp.A.Name("A")), bold("B: watch "+p.cmp.B.Name("B")))
	for _, h := range p.cmp.Hops {
		g.Add(widget.NewLabel(fmt.Sprintf("hop %d", h.TTL)))
		g.Add(hopCell(h.AddrA, h.LossA))
		g.Add(hopCell(h.AddrB, h.LossB))
	}
	return g
}

// ownHops lists one watch's hops.
func ownHops(f watch.Figures, side string) fyne.CanvasObject {
	box := container.NewVBox(bold(fmt.Sprintf("%s: watch %s, %s", side, f.Name(side), f.Target)))
	if len(f.Hops) == 0 {
		box.Add(widget.NewLabel("No traceroute."))
	}
	for _, h := range f.Hops {
		box.Add(container.NewHBox(widget.NewLabel(fmt.Sprintf("hop %d", h.TTL)), hopCell(h.Addr, &h.Loss)))
	}
	return box
}

// hopCell is a hop's address and loss, red when it lost probes.
func hopCell(addr string, loss *float64) fyne.CanvasObject {
	a, l := watch.HopTexts(addr, loss)
	label := widget.NewLabel(a + " — " + l)
	if loss == nil {
		label.SetText("—")
	}
	if loss != nil && *loss > 0 {
		label.Importance = widget.DangerImportance
	}
	return label
}
