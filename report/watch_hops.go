package report

import (
	"bytes"
	"fmt"
	"image/color"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"

	"github.com/conndoctor/conndoctor/engine/watch"
	"github.com/conndoctor/conndoctor/history"
)

// The hop strip of a watch's report: loss per hop over time under the
// timeline, on the same time axis, drawn as the wizard draws it (a row per
// hop, a faint tint where every probe was answered, a mark a third, two
// thirds or all of the row high in amber or red where probes were lost).
const (
	hopBuckets   = 200                  // time buckets across the page
	hopRowHeight = 0.45 * vg.Centimeter // a row's height
	hopRowMin    = 0.22 * vg.Centimeter // with many hops
	hopStripPad  = 1.5 * vg.Centimeter  // title and time axis
	legendHeight = 0.55 * vg.Centimeter // the legend line under the strip
	hopStripMost = 9.0 * vg.Centimeter  // the strip's most height
	traceHold    = 60 * time.Second     // a trace stands for a minute past the pace
	paperOK      = 0x1a7f37             // the no-loss tint's hue (the wizard's light success colour)
	paperWarn    = 0x8a5a00             // under half lost (the wizard's light warning colour)
	legendSwatch = 0.45 * vg.Centimeter // a legend swatch's width
	legendGap    = 0.25 * vg.Centimeter // between a swatch and its words
	legendStep   = 3.3 * vg.Centimeter  // from one legend entry to the next
	legendFirst  = 0.15 * vg.Centimeter // the legend's left edge, past the axis labels' margin
	legendTextUp = 0.06 * vg.Centimeter // the words' baseline above the swatch's bottom
	legendTop    = 0.12 * vg.Centimeter // space above the swatches
	legendBottom = 0.05 * vg.Centimeter // and under them
	hopMarkMin   = 0.06 * vg.Centimeter // the least mark drawn
	hopRowGap    = 0.1                  // the blank part of a row, in rows
	hopTitle     = "Loss per hop (from the traceroutes)"
)

// hopPaperColors are the strip's colours on paper by loss level.
func hopPaperColors(pal Palette) [5]color.Color {
	rgb := func(v uint32) color.Color {
		return color.RGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 0xff}
	}
	var out [5]color.Color
	out[watch.LossNoData] = pal.Background
	out[watch.LossNone] = blend(pal.Background, rgb(paperOK), 0.3)
	out[watch.LossSome] = rgb(paperWarn)
	out[watch.LossMost] = pal.Loss
	out[watch.LossAll] = pal.Loss
	return out
}

// blend is a moved the fraction t towards b.
func blend(a, b color.Color, t float64) color.Color {
	ca, cb := color.NRGBAModel.Convert(a).(color.NRGBA), color.NRGBAModel.Convert(b).(color.NRGBA)
	m := func(x, y uint8) uint8 { return uint8(float64(x) + (float64(y)-float64(x))*t + 0.5) }
	return color.NRGBA{R: m(ca.R, cb.R), G: m(ca.G, cb.G), B: m(ca.B, cb.B), A: 0xff}
}

// watchSpan is the time a watch's charts cover, in seconds from its start:
// to its end, or a pace past its last sample if that is later.
func watchSpan(w *history.SavedWatch) float64 {
	end := w.Ended
	if n := len(w.Samples); n > 0 && w.Samples[n-1].At.Add(w.Every).After(end) {
		end = w.Samples[n-1].At.Add(w.Every)
	}
	return max(end.Sub(w.Started).Seconds(), 1)
}

// hopGrid is the watch's loss per hop in hopBuckets buckets over its span.
func hopGrid(w *history.SavedWatch) *watch.HopGrid {
	var tr watch.Traces
	for _, s := range w.Samples {
		tr.Add(s)
	}
	g := &watch.HopGrid{}
	from := w.Started.UnixMilli()
	tr.Grid(from, from+int64(watchSpan(w)*1000), hopBuckets, (w.Every + traceHold).Milliseconds(), g)
	return g
}

// WatchHops plots loss per hop over a watch's time (seconds since its
// start, as WatchTimeline), hop 1 on top, each row labelled with its
// number and address; nil when the watch has no traceroute.
func WatchHops(w *history.SavedWatch, pal Palette) *plot.Plot {
	p, _ := watchHops(w, pal)
	return p
}

// watchHops is WatchHops and its number of rows.
func watchHops(w *history.SavedWatch, pal Palette) (*plot.Plot, int) {
	g := hopGrid(w)
	if len(g.Rows) == 0 {
		return nil, 0
	}
	p := newPlot(pal, hopTitle, "seconds since "+w.Started.Local().Format("15:04:05"), "")
	p.X.Min, p.X.Max = 0, watchSpan(w)
	rows := len(g.Rows)
	p.Y.Min, p.Y.Max = 0, float64(rows)
	ticks := make([]plot.Tick, rows)
	for r, row := range g.Rows {
		label := fmt.Sprintf("%d *", row.TTL)
		if row.Addr != "" {
			label = fmt.Sprintf("%d %s", row.TTL, row.Addr)
		}
		ticks[r] = plot.Tick{Value: float64(rows-r) - 0.5, Label: label}
	}
	p.Y.Tick.Marker = plot.ConstantTicks(ticks)
	p.Add(hopCells{g: g, span: p.X.Max, colors: hopPaperColors(pal)})
	return p, rows
}

// hopCells draws a HopGrid's cells, runs of one level as one rectangle.
type hopCells struct {
	g      *watch.HopGrid
	span   float64
	colors [5]color.Color
}

// Plot implements plot.Plotter.
func (h hopCells) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	g, rows := h.g, len(h.g.Rows)
	x := func(col int) vg.Length { return trX(h.span * float64(col) / float64(g.Cols)) }
	for r := range rows {
		bottom, top := float64(rows-r-1)+hopRowGap/2, float64(rows-r)-hopRowGap/2
		y0, y1 := trY(bottom), trY(top)
		for col := 0; col < g.Cols; {
			lvl, end := g.Level(r, col), col+1
			for end < g.Cols && g.Level(r, end) == lvl {
				end++
			}
			if lvl != watch.LossNoData {
				x0, x1 := x(col), x(end)
				fillRect(c, h.colors[watch.LossNone], x0, y0, x1, y1)
				if lvl != watch.LossNone {
					mark := max((y1-y0)*vg.Length(lvl.Thirds())/3, hopMarkMin)
					fillRect(c, h.colors[lvl], x0, y0, x1, y0+mark)
				}
			}
			col = end
		}
	}
}

func fillRect(c draw.Canvas, col color.Color, x0, y0, x1, y1 vg.Length) {
	c.FillPolygon(col, []vg.Point{{X: x0, Y: y0}, {X: x1, Y: y0}, {X: x1, Y: y1}, {X: x0, Y: y1}})
}

// watchChart renders a watch's timeline and, when it has traceroutes, the
// hop strip under it with their data areas lined up on the same time axis
// and the strip's legend below: SVG for HTML, PNG for PDF.
func watchChart(w *history.SavedWatch, pal Palette, svg bool) []byte {
	tl := WatchTimeline(w, pal)
	tl.X.Min, tl.X.Max = 0, watchSpan(w)
	plots, heights := []*plot.Plot{tl}, []vg.Length{paperSize.h}
	hops, n := watchHops(w, pal)
	if hops != nil {
		rows := vg.Length(n)
		rowH := max(min(hopRowHeight, (hopStripMost-hopStripPad)/rows), hopRowMin)
		plots, heights = append(plots, hops), append(heights, hopStripPad+rowH*rows, legendHeight)
	}
	var total vg.Length
	for _, h := range heights {
		total += h
	}
	var c vg.CanvasWriterTo
	if svg {
		c = vgsvg.New(paperSize.w, total)
	} else {
		c = vgimg.PngCanvas{Canvas: vgimg.NewWith(vgimg.UseWH(paperSize.w, total), vgimg.UseDPI(150))}
	}
	dc := draw.New(c)
	dc.FillPolygon(pal.Background, []vg.Point{{X: 0, Y: 0}, {X: paperSize.w, Y: 0}, {X: paperSize.w, Y: total}, {X: 0, Y: total}})
	tiles, left := stackTiles(dc, plots, heights)
	for i, p := range plots {
		p.Draw(tiles[i])
	}
	if hops != nil { // in the line left under the strip
		legend(dc, hops, pal, left, tiles[len(tiles)-1].Min.Y-legendHeight)
	}
	var b bytes.Buffer
	c.WriteTo(&b)
	return b.Bytes()
}

// stackTiles lays plots out from the top of dc, each heights[i] high,
// their data areas lined up: each starts where the widest left margin
// ends and stops where the widest right margin begins. It returns the
// tiles and the data areas' left edge.
func stackTiles(dc draw.Canvas, plots []*plot.Plot, heights []vg.Length) ([]draw.Canvas, vg.Length) {
	tiles := make([]draw.Canvas, len(plots))
	var left, right vg.Length
	top := dc.Max.Y
	for i, p := range plots {
		tiles[i] = draw.Canvas{Canvas: dc.Canvas, Rectangle: vg.Rectangle{Min: vg.Point{X: dc.Min.X, Y: top - heights[i]}, Max: vg.Point{X: dc.Max.X, Y: top}}}
		top -= heights[i]
		d := p.DataCanvas(tiles[i])
		left, right = max(left, d.Min.X-tiles[i].Min.X), max(right, tiles[i].Max.X-d.Max.X)
	}
	for i, p := range plots {
		d := p.DataCanvas(tiles[i])
		tiles[i].Min.X += left - (d.Min.X - tiles[i].Min.X)
		tiles[i].Max.X -= right - (tiles[i].Max.X - d.Max.X)
	}
	return tiles, dc.Min.X + left
}

// legend names the strip's marks on the line from y to y+legendHeight,
// starting at x: a swatch drawn as the strip draws the level, then words.
func legend(dc draw.Canvas, p *plot.Plot, pal Palette, x, y vg.Length) {
	colors := hopPaperColors(pal)
	sty := p.X.Tick.Label
	y0, y1 := y+legendBottom, y+legendHeight-legendTop
	for i, l := range watch.LossLevels {
		x0 := x + legendFirst + legendStep*vg.Length(i)
		fillRect(dc, colors[watch.LossNone], x0, y0, x0+legendSwatch, y1)
		if l != watch.LossNone {
			fillRect(dc, colors[l], x0, y0, x0+legendSwatch, y0+(y1-y0)*vg.Length(l.Thirds())/3)
		}
		sty.XAlign, sty.YAlign = draw.XLeft, draw.YBottom
		dc.FillText(sty, vg.Point{X: x0 + legendSwatch + legendGap, Y: y0 + legendTextUp}, l.String())
	}
}
