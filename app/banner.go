package app

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	ttwidget "github.com/dweymouth/fyne-tooltip/widget"

	"github.com/conndoctor/conndoctor/diagnose"
	"github.com/conndoctor/conndoctor/history"
	"github.com/conndoctor/conndoctor/report"
)

// runLine says which run this is, when it ran and how long it took:
// "Run #17 · today 03:14 · took 3.4 s".
func runLine(run *history.Run, now time.Time) string {
	parts := []string{"Not saved"}
	if run.ID != 0 {
		parts[0] = fmt.Sprintf("Run #%d", run.ID)
	}
	if run.Label != "" {
		parts[0] += " “" + run.Label + "”"
	}
	parts = append(parts, when(run.Report.Started, now), "took "+seconds(run.Report.Duration))
	return strings.Join(parts, " · ")
}

// when is a time as people say it: "today 03:14", "yesterday 18:02",
// "Mon 16 Nov 09:30" within the week, else "2026-03-01 09:30".
func when(t, now time.Time) string {
	t, now = t.In(time.Local), now.In(time.Local)
	day := func(x time.Time) time.Time { return time.Date(x.Year(), x.Month(), x.Day(), 0, 0, 0, 0, time.Local) }
	days := int(day(now).Sub(day(t)).Hours()/24 + 0.5)
	switch {
	case days == 0:
		return "today " + t.Format("15:04")
	case days == 1:
		return "yesterday " + t.Format("15:04")
	case days > 1 && days < 7:
		return t.Format("Mon 2 Jan 15:04")
	}
	return t.Format("2006-01-02 15:04")
}

// seconds is a duration in seconds with one decimal ("3.4 s").
func seconds(d time.Duration) string { return fmt.Sprintf("%.1f s", d.Seconds()) }

// banner is the verdict at the top of the diagnosis: a full-width band in
// the verdict's colour with its icon, the one-sentence summary, who can fix
// it and the problem code with a copy button.
type banner struct {
	content fyne.CanvasObject
	// copyCode copies the problem code.
	copyCode *ttwidget.Button
}

func newBanner(f report.FindingView, copyText func(text, note string)) *banner {
	c := colorsOf(diagnose.Severity(f.Severity))
	icon := widget.NewIcon(theme.NewColoredResource(severityIcon(diagnose.Severity(f.Severity)), c.text))
	summary := richText(&widget.TextSegment{Text: f.Summary, Style: widget.RichTextStyle{
		ColorName: c.text, SizeName: theme.SizeNameSubHeadingText, TextStyle: fyne.TextStyle{Bold: true}}})
	lines := container.NewVBox(summary)
	if f.Who != "" {
		lines.Add(richText(seg("Who can fix it: ", c.text, true), seg(f.Who, c.text, false)))
	}
	b := &banner{}
	b.copyCode = ttwidget.NewButtonWithIcon("", theme.ContentCopyIcon(), func() {
		copyText(f.Code, "Problem code copied.")
	})
	b.copyCode.SetToolTip("Copy the problem code " + f.Code)
	code := richText(seg("Problem code ", c.text, false), &widget.TextSegment{Text: f.Code, Style: widget.RichTextStyle{
		Inline: true, ColorName: c.text, TextStyle: fyne.TextStyle{Monospace: true, Bold: true}}})
	lines.Add(container.NewBorder(nil, nil, nil, b.copyCode, code))
	body := container.NewBorder(nil, nil, container.NewCenter(container.NewGridWrap(fyne.NewSquareSize(48), icon)), nil, lines)
	b.content = container.NewStack(newTint(c.fill, true), container.NewPadded(container.NewPadded(body)))
	return b
}
