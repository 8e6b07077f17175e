package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/conndoctor/conndoctor/probes"
	"github.com/conndoctor/conndoctor/report"
)

// hopColumns are the hop table's columns: state, hop, address (the rest of
// the width), latency bar, latency, loss.
var hopColumns = columns{widths: []float32{20, 48, 120, 140, 80, 64}, flex: 2}

// maxHopRows is how many hops show before the table scrolls.
const maxHopRows = 12

// hopTable is the trace that matters, one row a hop: the address, a bar
// of its latency against the slowest hop, the latency and the loss, in the
// theme's colours. A hop that loses everything is red, one that loses some
// orange.
func hopTable(t *report.TraceView) fyne.CanvasObject {
	top := 0.0
	for _, h := range t.Hops {
		top = max(top, h.AvgMs)
	}
	header := row(hopColumns, widget.NewLabel(""), small("Hop", true), small("Address", true), small("Latency", true),
		small("", true), small("Loss", true))
	rows := container.NewVBox()
	for _, h := range t.Hops {
		rows.Add(hopRow(h, top))
	}
	var body fyne.CanvasObject = rows
	if len(t.Hops) > maxHopRows {
		s := container.NewVScroll(rows)
		s.SetMinSize(fyne.NewSize(0, float32(maxHopRows)*rows.Objects[0].MinSize().Height))
		body = s
	}
	return container.NewBorder(header, nil, nil, nil, body)
}

// hopStatus is how a hop did: all answers lost, some lost, or fine.
func hopStatus(h report.HopView) probes.Status {
	switch {
	case h.Loss >= 100:
		return probes.StatusFail
	case h.Loss > 0:
		return probes.StatusWarn
	}
	return probes.StatusPass
}

// hopRow is one hop.
func hopRow(h report.HopView, top float64) fyne.CanvasObject {
	st := hopStatus(h)
	addr := h.Addr
	if addr == "" {
		addr = "no answer"
	} else if h.Note != "" {
		addr += " (" + h.Note + ")"
	}
	a := widget.NewLabel(addr)
	a.Truncation = fyne.TextTruncateEllipsis
	a.Selectable = true
	latency, frac := "—", float32(0)
	if h.Loss < 100 {
		latency = fmt.Sprintf("%.2f ms", h.AvgMs)
		if top > 0 {
			frac = float32(h.AvgMs / top)
		}
	}
	loss := small(fmt.Sprintf("%.0f%%", h.Loss), false)
	loss.Importance = importanceOf(st)
	if st == probes.StatusPass {
		loss.Importance = widget.MediumImportance
	}
	return row(hopColumns, widget.NewIcon(statusIcon(st)), small(fmt.Sprint(h.TTL), false), a,
		newBar(frac), small(latency, false), loss)
}

// small is a one-line label, bold when strong.
func small(text string, strong bool) *widget.Label {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: strong})
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}

// bar is a horizontal bar filled to a fraction of its width, in the theme's
// primary colour on a faint track.
type bar struct {
	widget.BaseWidget
	frac float32
}

func newBar(frac float32) *bar {
	b := &bar{frac: min(max(frac, 0), 1)}
	b.ExtendBaseWidget(b)
	return b
}

// CreateRenderer draws the track and the fill.
func (b *bar) CreateRenderer() fyne.WidgetRenderer {
	r := &barRenderer{b: b, track: canvas.NewRectangle(nil), fill: canvas.NewRectangle(nil)}
	r.Refresh()
	return r
}

type barRenderer struct {
	b           *bar
	track, fill *canvas.Rectangle
}

func (r *barRenderer) Layout(s fyne.Size) {
	h := s.Height / 2
	y := (s.Height - h) / 2
	r.track.Move(fyne.NewPos(0, y))
	r.track.Resize(fyne.NewSize(s.Width, h))
	r.fill.Move(fyne.NewPos(0, y))
	r.fill.Resize(fyne.NewSize(max(s.Width*r.b.frac, 2), h))
}
func (r *barRenderer) MinSize() fyne.Size           { return fyne.NewSize(40, 8) }
func (r *barRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.track, r.fill} }
func (r *barRenderer) Destroy()                     {}
func (r *barRenderer) Refresh() {
	r.track.FillColor = theme.ColorForWidget(theme.ColorNameInputBackground, r.b)
	r.fill.FillColor = theme.ColorForWidget(theme.ColorNamePrimary, r.b)
	if r.b.frac == 0 {
		r.fill.FillColor = r.track.FillColor
	}
	r.track.Refresh()
	r.fill.Refresh()
}
