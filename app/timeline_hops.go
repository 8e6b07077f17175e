package app

import (
	"fmt"
	"image"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"

	"github.com/conndoctor/conndoctor/engine/watch"
)

// The hop strip under the chart: loss per hop over time, a row per hop of
// the periodic traceroutes (labelled with its number and address in the
// margin), a cell per pixel column. A cell that lost probes is marked in
// the warning or error colour, a third, two thirds or all of the row's
// height for under half, half or more and all lost, so the steps read in
// grey too; a hop that answered every probe is a faint tint, and no trace
// leaves the background.
const (
	tlStripGap  = 6   // between the plot and the strip
	tlRowMax    = 14  // a row's height with few hops
	tlRowMin    = 6   // and with many
	tlStripMax  = 196 // the strip's most height
	tlLeftMax   = 180 // the margin's most width (longer labels are cut)
	tlLabelPad  = 8
	tlHoldExtra = 60 * 1000 // a trace stands for a minute past the pace (ms)
)

// rowHeight is a strip row's height for n rows: as high as readable labels
// need, lower when many hops would make the strip too tall.
func rowHeight(n int) float32 {
	if n == 0 {
		return 0
	}
	return max(min(tlRowMax, float32(tlStripMax)/float32(n)), tlRowMin)
}

// stripHeight is the strip's height with its gap for n rows.
func stripHeight(n int) float32 {
	if n == 0 {
		return 0
	}
	return tlStripGap + rowHeight(n)*float32(n)
}

// hold is how long a trace stands for the path: traces are due a minute
// apart and are taken with the next sample.
func (s *series) hold() int64 { return s.every + tlHoldExtra }

// hopLabel is a strip row's label: "3 10.99.2.2", "4 *" for a hop that
// never answered.
func hopLabel(r watch.HopRow) string {
	if r.Addr == "" {
		return fmt.Sprintf("%d *", r.TTL)
	}
	return fmt.Sprintf("%d %s", r.TTL, r.Addr)
}

// leftMargin is the width left of the plot: the Y labels', or the widest
// hop label any trace of the watch could give (so the plot does not move
// as the zoom changes), at most tlLeftMax.
func (t *timeline) leftMargin() float32 {
	addrs := t.data.traces.Addresses()
	if n := len(addrs); n == t.leftFor && t.left > 0 {
		return t.left
	}
	t.leftFor = len(addrs)
	w := float32(tlLeft)
	size := theme.CaptionTextSize()
	for _, a := range addrs {
		w = max(w, fyne.MeasureText("24 "+a, size, fyne.TextStyle{}).Width+tlLabelPad)
	}
	t.left = min(w, tlLeftMax)
	return t.left
}

// layoutHops places the strip and its labels under a plot plotH high.
func (r *timelineRenderer) layoutHops(s fyne.Size, plotH float32) {
	t := r.t
	rows := len(t.grid.Rows)
	if rows == 0 {
		r.strip.Hide()
		for _, l := range r.hopLabels {
			l.Hide()
		}
		return
	}
	left := t.leftMargin()
	top := plotH + tlStripGap
	rh := rowHeight(rows)
	r.strip.Move(fyne.NewPos(left, top))
	r.strip.Resize(fyne.NewSize(s.Width-left, rh*float32(rows)))
	r.strip.Show()
	// Labels need 12 units: with more hops only every few rows is named.
	every := max(int(12/rh+0.999), 1)
	for i, l := range r.hopLabels {
		if i >= rows || i%every != 0 {
			l.Hide()
			continue
		}
		l.Move(fyne.NewPos(0, top+rh*float32(i)+rh/2-l.TextSize/2-2))
		l.Resize(fyne.NewSize(left-6, l.TextSize+4))
		l.Show()
	}
}

// refreshHops recomputes the rows shown for the window and relabels them.
func (r *timelineRenderer) refreshHops() {
	t := r.t
	t.data.traces.Grid(t.from, t.to, max(int(t.plotWidth()), 1), t.data.hold(), &t.grid)
	for len(r.hopLabels) < len(t.grid.Rows) {
		l := canvas.NewText("", color.Black)
		l.Alignment = fyne.TextAlignTrailing
		r.hopLabels = append(r.hopLabels, l)
	}
	for i, l := range r.hopLabels {
		l.Color, l.TextSize = r.pal.text, theme.CaptionTextSize()
		if i < len(t.grid.Rows) {
			l.Text = hopLabel(t.grid.Rows[i])
		}
	}
}

// drawStrip paints the strip at w×h pixels.
func (r *timelineRenderer) drawStrip(w, h int) image.Image {
	t := r.t
	return drawHops(t.data, t.from, t.to, w, h, r.pal, &t.pixGrid)
}

// drawHops paints the loss per hop of [from, to) at w×h pixels, a row per
// hop with a pixel between rows; g is reused between calls.
func drawHops(s *series, from, to int64, w, h int, pal tlColors, g *watch.HopGrid) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	c := newPixels(img)
	c.fill(0, 0, w, h, pal.bg)
	s.traces.Grid(from, to, w, s.hold(), g)
	rows := len(g.Rows)
	if rows == 0 || w < 1 || h < rows {
		return img
	}
	for r := range rows {
		y0, y1 := r*h/rows, (r+1)*h/rows-1 // a background pixel between rows
		rh := y1 - y0
		for x := 0; x < w; { // a run of one level at a time
			lvl, end := g.Level(r, x), x+1
			for end < w && g.Level(r, end) == lvl {
				end++
			}
			if lvl != watch.LossNoData {
				c.fill(x, y0, end-x, rh, pal.hop[watch.LossNone])
			}
			if lvl > watch.LossNone {
				mark := max(rh*lvl.Thirds()/3, 2)
				c.fill(x, y1-mark, end-x, mark, pal.hop[lvl])
			}
			x = end
		}
	}
	return img
}

// hopColors are the strip's colours by loss level: a faint tint of the
// success colour for no loss, the warning colour under half, the error
// colour from half (all at least 3:1 against the background and the tint:
// theme_test.go).
func hopColors(bg, success, warning, errc color.Color) [5]color.NRGBA {
	n := func(c color.Color) color.NRGBA { return color.NRGBAModel.Convert(c).(color.NRGBA) }
	var out [5]color.NRGBA
	out[watch.LossNoData] = n(bg)
	out[watch.LossNone] = n(mix(bg, success, 0.3))
	out[watch.LossSome] = n(warning)
	out[watch.LossMost] = n(errc)
	out[watch.LossAll] = n(errc)
	return out
}

// lossSwatch is a legend's sample of a loss level, drawn as the strip
// draws it.
func lossSwatch(app fyne.App, l watch.LossLevel) fyne.CanvasObject {
	return themedSwatch(app, 18, 12, func(c pixels, w, h int, pal tlColors) {
		c.fill(0, 0, w, h, pal.hop[watch.LossNone])
		if l != watch.LossNone {
			mark := max(h*l.Thirds()/3, 2)
			c.fill(0, h-mark, w, mark, pal.hop[l])
		}
	})
}

// themedSwatch is a legend's sample w×h units big, painted in the theme's
// colours of the moment: a change of theme repaints it.
func themedSwatch(app fyne.App, w, h float32, paint func(c pixels, w, h int, pal tlColors)) fyne.CanvasObject {
	r := canvas.NewRaster(func(pw, ph int) image.Image {
		img := image.NewNRGBA(image.Rect(0, 0, pw, ph))
		paint(newPixels(img), pw, ph, timelineColors(app))
		return img
	})
	r.SetMinSize(fyne.NewSize(w, h))
	return r
}
