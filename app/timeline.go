package app

import (
	"fmt"
	"image"
	"image/color"
	"math"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/conndoctor/conndoctor/engine/watch"
)

// Timeline geometry, in Fyne units: the plot sits right of the Y labels
// and above the X labels; failures are marked in a band along its top.
const (
	tlLeft     = 64
	tlBottom   = 22
	tlFailBand = 8
	tlMinW     = 320
	tlMinH     = 240
	tlTapSlop  = 4 // how close (either side) a tap must be to a linked sample
)

// timeline is a watch's chart: connect and first-byte times per sample as
// lines, failed samples as red columns with a mark along the top, events as
// amber lines, and a small mark under each sample that started a saved
// diagnosis. It draws pixels itself (a canvas.Raster) from the samples
// downsampled to its width, so 50,000 samples cost what 500 do. Dragging
// across it selects a window to zoom to (onZoom); tapping near a linked
// sample opens its diagnosis (onOpen).
type timeline struct {
	widget.BaseWidget
	app  fyne.App // for the theme's colours
	data *series
	// from and to are the window shown (Unix ms).
	from, to int64
	onZoom   func(from, to time.Time)
	onOpen   func(run int64)
	// drag is where a drag started and reached (widget X), while dragging.
	dragging       bool
	dragX0, dragX1 float32
	cols           []column // reused between renders
	yMax           float32  // the Y scale of the last render
	// grid is the hop strip's rows for the window (at the plot's width in
	// units); pixGrid its cells at the strip's pixel width. Both reused.
	grid, pixGrid watch.HopGrid
	// left is the margin left of the plot, measured for leftFor addresses.
	left    float32
	leftFor int
	render  *timelineRenderer
}

func newTimeline(app fyne.App, data *series) *timeline {
	t := &timeline{app: app, data: data}
	t.ExtendBaseWidget(t)
	return t
}

// show sets the window shown and redraws.
func (t *timeline) show(from, to time.Time) {
	t.from, t.to = from.UnixMilli(), max(to.UnixMilli(), from.UnixMilli()+1)
	t.Refresh()
}

// plotWidth is the plot's width in Fyne units.
func (t *timeline) plotWidth() float32 { return max(t.Size().Width-t.leftMargin(), 1) }

// timeAt is the time under widget X x, clamped to the window.
func (t *timeline) timeAt(x float32) int64 {
	f := float64(min(max(x-t.leftMargin(), 0), t.plotWidth()) / t.plotWidth())
	return t.from + int64(f*float64(t.to-t.from))
}

// Dragged extends the selection.
func (t *timeline) Dragged(e *fyne.DragEvent) {
	if !t.dragging {
		t.dragging, t.dragX0 = true, e.Position.X-e.Dragged.DX
	}
	t.dragX1 = e.Position.X
	t.Refresh()
}

// DragEnd zooms to the selection (a drag under 4 units is no selection).
func (t *timeline) DragEnd() {
	if !t.dragging {
		return
	}
	t.dragging = false
	a, b := t.timeAt(min(t.dragX0, t.dragX1)), t.timeAt(max(t.dragX0, t.dragX1))
	t.Refresh()
	if math.Abs(float64(t.dragX1-t.dragX0)) >= 4 && b > a && t.onZoom != nil {
		t.onZoom(time.UnixMilli(a), time.UnixMilli(b))
	}
}

// Tapped opens the diagnosis of a linked sample at the tap.
func (t *timeline) Tapped(e *fyne.PointEvent) {
	if t.onOpen == nil || e.Position.X < t.leftMargin() {
		return
	}
	// The sample whose pace covers the tap, or one just beside it.
	from := t.timeAt(e.Position.X-tlTapSlop) - t.data.every
	if run := t.data.runNear(from, t.timeAt(e.Position.X+tlTapSlop)+1); run != 0 {
		t.onOpen(run)
	}
}

// CreateRenderer builds the chart's objects.
func (t *timeline) CreateRenderer() fyne.WidgetRenderer {
	r := &timelineRenderer{t: t, bg: canvas.NewRectangle(color.Transparent), sel: canvas.NewRectangle(color.Transparent)}
	r.raster = canvas.NewRaster(r.draw)
	r.raster.ScaleMode = canvas.ImageScalePixels
	r.strip = canvas.NewRaster(r.drawStrip)
	r.strip.ScaleMode = canvas.ImageScalePixels
	for i := range r.yLabels {
		r.yLabels[i] = canvas.NewText("", color.Black)
		r.yLabels[i].Alignment = fyne.TextAlignTrailing
	}
	for i := range r.xLabels {
		r.xLabels[i] = canvas.NewText("", color.Black)
	}
	r.xLabels[1].Alignment = fyne.TextAlignCenter
	r.xLabels[2].Alignment = fyne.TextAlignTrailing
	t.render = r
	r.Refresh()
	return r
}

type timelineRenderer struct {
	t             *timeline
	bg, sel       *canvas.Rectangle
	raster, strip *canvas.Raster
	yLabels       [3]*canvas.Text
	xLabels       [3]*canvas.Text
	hopLabels     []*canvas.Text
	pal           tlColors
}

func (r *timelineRenderer) Objects() []fyne.CanvasObject {
	o := []fyne.CanvasObject{r.bg, r.raster, r.strip, r.sel}
	for _, l := range r.yLabels {
		o = append(o, l)
	}
	for _, l := range r.xLabels {
		o = append(o, l)
	}
	for _, l := range r.hopLabels {
		o = append(o, l)
	}
	return o
}

// MinSize is the plot's and the hop strip's.
func (r *timelineRenderer) MinSize() fyne.Size {
	return fyne.NewSize(tlMinW, tlMinH+stripHeight(len(r.t.grid.Rows)))
}
func (r *timelineRenderer) Destroy() {}

func (r *timelineRenderer) Layout(s fyne.Size) {
	r.bg.Resize(s)
	left := r.t.leftMargin()
	plotH := s.Height - tlBottom - stripHeight(len(r.t.grid.Rows))
	r.raster.Move(fyne.NewPos(left, 0))
	r.raster.Resize(fyne.NewSize(s.Width-left, plotH))
	th := r.yLabels[0].TextSize + 4
	for i, l := range r.yLabels { // top, middle, bottom of the scale
		y := tlFailBand + (plotH-tlFailBand-1)*float32(i)/2 - th/2
		l.Move(fyne.NewPos(0, min(max(y, 0), plotH-th)))
		l.Resize(fyne.NewSize(left-6, th))
	}
	r.layoutHops(s, plotH)
	pw := s.Width - left
	for i, l := range r.xLabels { // start, middle, end of the window
		x := left + pw*float32(i)/2 - 60*float32(i)
		l.Move(fyne.NewPos(x, s.Height-tlBottom+2))
		l.Resize(fyne.NewSize(120, tlBottom-2))
	}
	r.layoutSel()
}

func (r *timelineRenderer) layoutSel() {
	t := r.t
	if !t.dragging {
		r.sel.Hide()
		return
	}
	x0, x1 := min(t.dragX0, t.dragX1), max(t.dragX0, t.dragX1)
	x0, x1 = max(x0, t.leftMargin()), min(x1, t.Size().Width)
	r.sel.Move(fyne.NewPos(x0, 0))
	r.sel.Resize(fyne.NewSize(max(x1-x0, 1), t.Size().Height-tlBottom))
	r.sel.Show()
}

// Refresh takes the theme's colours, relabels the axes and redraws.
func (r *timelineRenderer) Refresh() {
	r.pal = timelineColors(r.t.app)
	r.bg.FillColor = r.pal.bg
	r.sel.FillColor = withAlpha(r.pal.conn, 0x40)
	r.sel.StrokeColor, r.sel.StrokeWidth = r.pal.conn, 1
	t := r.t
	// The scale is known before drawing: the labels and pixels agree.
	t.cols = t.data.columns(t.from, t.to, max(int(t.plotWidth()), 1), t.cols)
	t.yMax = niceMax(colsMax(t.cols))
	for i, l := range r.yLabels {
		l.Color = r.pal.text
		l.TextSize = theme.CaptionTextSize()
		l.Text = msText(t.yMax * float32(2-i) / 2)
	}
	format := "15:04:05"
	if time.Duration(t.to-t.from)*time.Millisecond > 30*time.Minute {
		format = "Jan 2 15:04"
	}
	for i, l := range r.xLabels {
		l.Color = r.pal.text
		l.TextSize = theme.CaptionTextSize()
		if t.to > t.from {
			l.Text = time.UnixMilli(t.from + (t.to-t.from)*int64(i)/2).Local().Format(format)
		}
	}
	r.refreshHops()
	r.Layout(t.Size()) // the strip's rows may have changed
	for _, o := range r.Objects() {
		o.Refresh()
	}
}

// draw paints the plot at w×h pixels.
func (r *timelineRenderer) draw(w, h int) image.Image {
	t := r.t
	band := max(int(tlFailBand*float32(w)/t.plotWidth()), 4)
	return drawTimeline(t.data, t.from, t.to, w, h, band, t.yMax, r.pal, &t.cols)
}

// tlColors are the chart's colours, from the theme; hop are the strip's by
// loss level.
type tlColors struct {
	bg, text, grid, conn, fb, fail, failTint, event color.NRGBA
	hop                                             [5]color.NRGBA
}

func timelineColors(app fyne.App) tlColors {
	pal := chartPalette(app)
	th, v := app.Settings().Theme(), app.Settings().ThemeVariant()
	n := func(c color.Color) color.NRGBA { return color.NRGBAModel.Convert(c).(color.NRGBA) }
	return tlColors{bg: n(pal.Background), text: n(pal.Text), grid: n(pal.Grid), conn: n(pal.Series),
		fb: n(th.Color(theme.ColorNameSuccess, v)), fail: n(pal.Loss), failTint: n(mix(pal.Background, pal.Loss, 0.22)),
		event: n(th.Color(theme.ColorNameWarning, v)),
		hop:   hopColors(pal.Background, th.Color(theme.ColorNameSuccess, v), th.Color(theme.ColorNameWarning, v), pal.Loss)}
}

func withAlpha(n color.NRGBA, a uint8) color.Color {
	n.A = a
	return n
}

// colsMax is the highest figure in the columns.
func colsMax(cols []column) float32 {
	var m float32
	for _, c := range cols {
		m = max(m, c.conn.hi, c.fb.hi)
	}
	return m
}

// niceMax rounds a scale's top up to 1, 2 or 5 times a power of ten.
func niceMax(v float32) float32 {
	if v <= 0 {
		return 1
	}
	p := float32(math.Pow(10, math.Floor(math.Log10(float64(v)))))
	for _, m := range []float32{1, 2, 5, 10} {
		if v <= m*p {
			return m * p
		}
	}
	return 10 * p
}

func msText(v float32) string {
	switch {
	case v >= 1000:
		return fmt.Sprintf("%.3g s", v/1000)
	case v >= 10 || v == 0:
		return fmt.Sprintf("%.0f ms", v)
	}
	return fmt.Sprintf("%.2g ms", v)
}

// drawTimeline paints the samples of [from, to) at w×h pixels: grid lines,
// failed columns tinted with a mark in the top band, event lines, the
// first-byte and connect lines (min/max per pixel column, joined across
// columns unless samples are missing between them) and the linked marks.
// cols is reused between calls.
func drawTimeline(s *series, from, to int64, w, h, band int, yMax float32, pal tlColors, cols *[]column) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	c := newPixels(img)
	c.fill(0, 0, w, h, pal.bg)
	if w < 2 || h < tlFailBand+4 || to <= from {
		return img
	}
	*cols = s.columns(from, to, w, *cols)
	top, bottom := band+1, h-2
	y := func(v float32) int { return bottom - int(v/yMax*float32(bottom-top)+0.5) }
	for i := 0; i <= 2; i++ {
		c.fill(0, top+(bottom-top)*i/2, w, 1, pal.grid)
	}
	span := float64(to - from)
	// A failed sample covers its pace: up to the next sample's column.
	paceCols := max(int(float64(max(s.every, 1))/span*float64(w)+0.5), 1)
	failUntil := -1
	for x, col := range *cols {
		switch {
		case col.failed > 0:
			failUntil = x + paceCols
		case col.n > 0:
			failUntil = -1
		}
		if x < failUntil {
			c.fill(x, top, 1, bottom-top, pal.failTint)
			c.fill(x, 0, 1, band, pal.fail)
		}
	}
	for _, e := range s.events[sortIndex(s.events, from):] {
		if e >= to {
			break
		}
		x := int(float64(e-from) / span * float64(w))
		for yy := top; yy < bottom; yy += 4 {
			c.fill(min(x, w-1), yy, 1, 2, pal.event)
		}
	}
	// Samples further apart than 3 paces are not joined: a gap shows.
	gapPx := int(3*float64(max(s.every, 1))/span*float64(w)) + 1
	line := func(pick func(*column) rangeOf, col color.NRGBA) {
		px, py := -1, 0
		for x := range *cols {
			cc := &(*cols)[x]
			r := pick(cc)
			if r.hi == 0 {
				if cc.failed > 0 {
					px = -1 // a failure breaks the line
				}
				continue
			}
			if px >= 0 && x-px <= max(gapPx, 1) {
				c.line(px, py, x, y(r.first), col)
			}
			c.fill(x, y(r.hi), 2, max(y(r.lo)-y(r.hi), 2), col)
			px, py = x, y(r.last)
		}
	}
	line(func(c *column) rangeOf { return c.fb }, pal.fb)
	line(func(c *column) rangeOf { return c.conn }, pal.conn)
	for x, col := range *cols {
		if col.run != 0 { // a saved diagnosis: a triangle on the axis
			tri := band + 2
			for k := range tri {
				c.fill(x+paceCols/2-k/2, bottom-tri+k, k+1, 1, pal.fail)
			}
		}
	}
	return img
}

// sortIndex is the first index of sorted v at or after x.
func sortIndex(v []int64, x int64) int {
	lo, hi := 0, len(v)
	for lo < hi {
		m := (lo + hi) / 2
		if v[m] < x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// pixels paints opaque rectangles and lines into an NRGBA image.
type pixels struct {
	img  *image.NRGBA
	w, h int
}

func newPixels(img *image.NRGBA) pixels {
	return pixels{img: img, w: img.Rect.Dx(), h: img.Rect.Dy()}
}

// fill paints the rectangle at (x, y) of w×h, clipped to the image: the
// first row's pixels doubled by copying, then that row copied down.
func (p pixels) fill(x, y, w, h int, n color.NRGBA) {
	x0, y0, x1, y1 := max(x, 0), max(y, 0), min(x+w, p.w), min(y+h, p.h)
	if x0 >= x1 || y0 >= y1 {
		return
	}
	s := p.img.Stride
	first := p.img.Pix[y0*s+4*x0 : y0*s+4*x1]
	first[0], first[1], first[2], first[3] = n.R, n.G, n.B, n.A
	for k := 4; k < len(first); k *= 2 {
		copy(first[k:], first[:k])
	}
	for yy := y0 + 1; yy < y1; yy++ {
		copy(p.img.Pix[yy*s+4*x0:yy*s+4*x1], first)
	}
}

// line paints a two-pixel line from (x0, y0) to (x1, y1) (Bresenham).
func (p pixels) line(x0, y0, x1, y1 int, c color.NRGBA) {
	dx, dy := abs(x1-x0), -abs(y1-y0)
	sx, sy := sign(x1-x0), sign(y1-y0)
	e := dx + dy
	for {
		p.fill(x0, y0, 2, 2, c) // two pixels thick: readable on any screen
		if x0 == x1 && y0 == y1 {
			return
		}
		e2 := 2 * e
		if e2 >= dy {
			e += dy
			x0 += sx
		}
		if e2 <= dx {
			e += dx
			y0 += sy
		}
	}
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

func sign(v int) int {
	switch {
	case v < 0:
		return -1
	case v > 0:
		return 1
	}
	return 0
}
