package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/conndoctor/conndoctor/probes"
	"github.com/conndoctor/conndoctor/report"
)

// stopIcons are the pictures of the kinds of path stop, looked up when
// drawn: a theme's icon asked for while the package loads, before the app
// exists, logs a Fyne error (no current app) and ignores the user's theme.
var stopIcons = map[string]func() fyne.Resource{
	report.StopPC: theme.ComputerIcon, report.StopGateway: theme.HomeIcon, report.StopHop: theme.MailForwardIcon,
	report.StopMore: theme.MoreHorizontalIcon, report.StopTarget: theme.StorageIcon,
}

// stopIcon is the picture of a kind of stop (the target's for a kind not
// known).
func stopIcon(kind string) fyne.Resource {
	if f, ok := stopIcons[kind]; ok {
		return f()
	}
	return theme.StorageIcon()
}

// pathStrip draws the way to the target as a row of stops — This PC →
// gateway → hops → target:port — each with its picture, address and state
// in the state's colour: the picture helpdesk staff know from the Windows
// network troubleshooter and PingPlotter. The stops share the width, and
// their text wraps in them, so the strip fits any window.
func pathStrip(p report.PathView) fyne.CanvasObject {
	cells := make([]fyne.CanvasObject, len(p.Stops))
	for i, st := range p.Stops {
		cells[i] = stopCell(st, i > 0)
	}
	return container.NewGridWithColumns(max(len(cells), 1), cells...)
}

// stopCell is one stop: an arrow from the previous stop, the stop's
// picture tinted by its state, its name, address and state in words.
func stopCell(st report.PathStop, arrow bool) fyne.CanvasObject {
	color := statusColor(st.Status)
	if st.Status == probes.StatusPass {
		color = theme.ColorNameForeground
	}
	pic := widget.NewIcon(theme.NewColoredResource(stopIcon(st.Kind), statusColor(st.Status)))
	mark := widget.NewIcon(statusIcon(st.Status))
	head := container.NewHBox(container.NewGridWrap(fyne.NewSquareSize(32), pic), container.NewGridWrap(fyne.NewSquareSize(18), mark))
	lines := []widget.RichTextSegment{paragraph(st.Name, theme.ColorNameForeground, true)}
	if st.Addr != "" {
		lines = append(lines, paragraph(st.Addr, theme.ColorNameForeground, false))
	}
	lines = append(lines, paragraph(st.Detail, color, false))
	text := richText(lines...)
	cell := container.NewBorder(head, nil, nil, nil, text)
	if !arrow {
		return cell
	}
	return container.NewBorder(nil, nil, container.NewCenter(widget.NewIcon(theme.NavigateNextIcon())), nil, cell)
}
