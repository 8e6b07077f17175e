package report

import (
	"bytes"
	"fmt"
	"image/color"
	"math"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"

	"github.com/conndoctor/conndoctor/probes"
)

// Palette is the colours a chart is drawn in, so a chart matches the page
// it sits on: the wizard passes its theme's colours, the PDF and HTML
// reports use LightPalette.
type Palette struct {
	// Background fills the chart; Text is titles, labels and axes; Grid is
	// the faint lines behind the data.
	Background, Text, Grid color.Color
	// Series draws latency, round trips and phases; Loss draws packet loss.
	Series, Loss color.Color
}

// LightPalette is dark text on white, for paper and the HTML report.
var LightPalette = Palette{
	Background: color.White,
	Text:       color.RGBA{R: 0x22, G: 0x22, B: 0x22, A: 0xff},
	Grid:       color.RGBA{R: 0xe0, G: 0xe0, B: 0xe0, A: 0xff},
	Series:     color.RGBA{R: 0x2b, G: 0x6c, B: 0xb0, A: 0xff},
	Loss:       color.RGBA{R: 0xc0, G: 0x39, B: 0x2b, A: 0xff},
}

// TraceView is the traceroute a report shows: the one that failed when
// one did (see chartedTrace), hop by hop.
type TraceView struct {
	// Mode is "icmp" or "tcp"; Title names the check ("Traceroute (TCP)").
	Mode, Title string
	// Failed says this trace did not reach the target.
	Failed bool
	// Hops are the hops in order.
	Hops []HopView
}

// HopView is one hop of a trace.
type HopView struct {
	// TTL is the hop number; Addr what answered ("" when nothing did).
	TTL  int
	Addr string
	// AvgMs is the mean round trip of the answers; Loss the percentage of
	// probes unanswered.
	AvgMs, Loss float64
	// Note says what answered when it was not a router ("destination",
	// "port open"...).
	Note string
}

// phaseData is what the phase chart needs: how long each phase of the
// TLS/HTTP request took.
type phaseData struct {
	Names []string
	Ms    []float64
}

func phasesOf(a *probes.AppResult) *phaseData {
	if a == nil || a.Status == probes.StatusSkip || a.Phases.Connect == 0 {
		return nil
	}
	p := a.Phases
	marks := []struct {
		name string
		at   probes.Millis
	}{{"connect", p.Connect}, {"TLS", p.TLS}, {"send", p.Wrote}, {"wait", p.FirstByte}, {"body", p.Body}}
	d := &phaseData{}
	prev := 0.0
	for _, m := range marks {
		if m.at == 0 {
			continue
		}
		d.Names = append(d.Names, m.name)
		d.Ms = append(d.Ms, max(msf(m.at)-prev, 0))
		prev = msf(m.at)
	}
	return d
}

// pingData is what the ping chart needs.
type pingData struct {
	RTTs []float64
}

// chartedTrace picks the trace to show: one with hops that failed, the
// TCP one first when the port check failed (for a filtered port the ICMP
// trace may pass while the TCP one stops at the filter); with no failed
// trace, the TCP one when the port check failed, else the ICMP one.
func chartedTrace(s *probes.Set) *probes.TraceResult {
	order := []*probes.TraceResult{s.TraceICMP, s.TraceTCP}
	if s.Port != nil && s.Port.Status == probes.StatusFail {
		order[0], order[1] = order[1], order[0]
	}
	var withHops []*probes.TraceResult
	for _, t := range order {
		if t != nil && len(t.Hops) > 0 {
			withHops = append(withHops, t)
		}
	}
	for _, t := range withHops {
		if t.Status == probes.StatusFail {
			return t
		}
	}
	if len(withHops) > 0 {
		return withHops[0]
	}
	return nil
}

// traceOf is the view of the charted trace, nil when no trace has hops.
func traceOf(s *probes.Set) *TraceView {
	t := chartedTrace(s)
	if t == nil {
		return nil
	}
	d := &TraceView{Mode: t.Mode, Title: t.Title, Failed: t.Status == probes.StatusFail}
	for _, h := range t.Hops {
		d.Hops = append(d.Hops, HopView{TTL: h.TTL, Addr: h.Addr, AvgMs: msf(h.Avg), Loss: h.Loss, Note: h.Note})
	}
	return d
}

// Lossy reports whether any hop lost a probe.
func (t *TraceView) Lossy() bool {
	for _, h := range t.Hops {
		if h.Loss > 0 {
			return true
		}
	}
	return false
}

func pingOf(p *probes.PingResult) *pingData {
	if p == nil || len(p.RTTs) == 0 {
		return nil
	}
	d := &pingData{}
	for _, r := range p.RTTs {
		d.RTTs = append(d.RTTs, msf(r))
	}
	return d
}

func msf(m probes.Millis) float64 { return float64(m.D().Microseconds()) / 1000 }

// niceCeil is the smallest of 1, 2, 2.5, 5 × 10ⁿ that is at least v, so an
// axis ends on a round number above its highest value (a 1.008 ms bar gets
// a 2 ms axis, not a 1.0 one it pokes out of).
func niceCeil(v float64) float64 {
	if !(v > 0) || math.IsInf(v, 0) {
		return 1
	}
	e := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if c := m * e; c >= v*(1-1e-12) {
			return c
		}
	}
	return 10 * e
}

// chartSize is a chart's size in a format.
type chartSize struct{ w, h vg.Length }

var (
	// paperSize fits the PDF's text width and the HTML column.
	paperSize = chartSize{16 * vg.Centimeter, 5.5 * vg.Centimeter}
	// screenSize is compact: two charts side by side in the wizard.
	screenSize = chartSize{11 * vg.Centimeter, 4 * vg.Centimeter}
)

// newPlot makes a plot in the palette whose text uses Liberation Sans,
// like the report's body text, instead of gonum's serif default.
func newPlot(pal Palette, title, xLabel, yLabel string) *plot.Plot {
	p := plot.New()
	sans := func(size vg.Length) font.Font {
		return font.From(font.Font{Typeface: "Liberation", Variant: "Sans"}, size)
	}
	p.BackgroundColor = pal.Background
	p.Title.Text, p.X.Label.Text, p.Y.Label.Text = title, xLabel, yLabel
	p.Title.TextStyle.Font, p.Title.TextStyle.Color = sans(11), pal.Text
	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.Label.TextStyle.Font, a.Label.TextStyle.Color = sans(9), pal.Text
		a.Tick.Label.Font, a.Tick.Label.Color = sans(8), pal.Text
		a.LineStyle.Color, a.Tick.LineStyle.Color = pal.Text, pal.Text
	}
	g := plotter.NewGrid()
	g.Vertical.Color = nil
	g.Horizontal.Color = pal.Grid
	p.Add(g)
	return p
}

// fitY starts the Y axis at 0 and ends it on a round number a little above
// top, so the highest value never touches the frame.
func fitY(p *plot.Plot, top float64) {
	p.Y.Min, p.Y.Max = 0, niceCeil(top*1.05)
}

// bars draws one bar per name.
func bars(p *plot.Plot, names []string, vals []float64, c color.Color) {
	b, err := plotter.NewBarChart(plotter.Values(vals), vg.Points(min(28, max(4, 240/float64(max(len(vals), 1))))))
	if err != nil {
		return
	}
	b.Color, b.LineStyle.Width = c, 0
	p.Add(b)
	p.NominalX(names...)
}

// hopNames label hops by number and address ("*" for a silent hop), on
// two lines when few, else on one line set at an angle.
func hopNames(p *plot.Plot, d *TraceView) []string {
	names := make([]string, len(d.Hops))
	sep := "\n"
	if len(d.Hops) > 6 {
		sep = " "
		p.X.Tick.Label.Rotation = math.Pi / 5
		p.X.Tick.Label.XAlign, p.X.Tick.Label.YAlign = draw.XRight, draw.YCenter
	}
	for i, h := range d.Hops {
		addr := h.Addr
		if addr == "" {
			addr = "*"
		}
		names[i] = fmt.Sprint(h.TTL) + sep + addr
	}
	return names
}

// hopLatency draws each hop's mean round trip.
func hopLatency(pal Palette, d *TraceView) *plot.Plot {
	p := newPlot(pal, "Latency per hop ("+strings.ToUpper(d.Mode)+" traceroute)", "", "ms")
	vals := make([]float64, len(d.Hops))
	top := 0.0
	for i, h := range d.Hops {
		vals[i], top = h.AvgMs, max(top, h.AvgMs)
	}
	bars(p, hopNames(p, d), vals, pal.Series)
	fitY(p, top)
	return p
}

// hopLoss draws each hop's loss, on a 0–100 % axis.
func hopLoss(pal Palette, d *TraceView) *plot.Plot {
	p := newPlot(pal, "Loss per hop ("+strings.ToUpper(d.Mode)+" traceroute)", "", "%")
	vals := make([]float64, len(d.Hops))
	for i, h := range d.Hops {
		vals[i] = h.Loss
	}
	bars(p, hopNames(p, d), vals, pal.Loss)
	p.Y.Min, p.Y.Max = 0, 100
	return p
}

// pingLine draws round-trip times over the samples.
func pingLine(pal Palette, d *pingData) *plot.Plot {
	p := newPlot(pal, "Ping round trip per reply", "reply", "ms")
	pts := make(plotter.XYs, len(d.RTTs))
	top := 0.0
	for i, v := range d.RTTs {
		pts[i].X, pts[i].Y = float64(i+1), v
		top = max(top, v)
	}
	if l, s, err := plotter.NewLinePoints(pts); err == nil {
		l.Color, s.Color = pal.Series, pal.Series
		p.Add(l, s)
	}
	fitY(p, top)
	return p
}

// phaseBars draws each phase's duration.
func phaseBars(pal Palette, d *phaseData) *plot.Plot {
	p := newPlot(pal, "Time spent in each phase of the request", "", "ms")
	top := 0.0
	for _, v := range d.Ms {
		top = max(top, v)
	}
	bars(p, d.Names, d.Ms, pal.Series)
	fitY(p, top)
	return p
}

// Chart is one chart of a run, rendered as a PNG image for a screen.
type Chart struct {
	// Title names the chart.
	Title string
	// PNG is the image.
	PNG []byte
}

// Charts renders, compact and in the palette, the charts the wizard shows
// beside its hop table: ping round trips and the phases of the request.
// Either may be missing; a run with neither has none.
func Charts(v *RunView, pal Palette) []Chart {
	var out []Chart
	for _, c := range render(otherPlots(pal, v), screenSize, false, true) {
		out = append(out, Chart{Title: c.Title, PNG: c.PNG})
	}
	return out
}

// chart is a rendered chart in both formats.
type chart struct {
	Title string
	SVG   []byte
	PNG   []byte
}

// charts returns the charts of a report (the PDF and HTML), in the light
// palette, rendered for the formats asked.
func charts(v *RunView, svg, png bool) []chart {
	var plots []*plot.Plot
	if v.Trace != nil {
		plots = append(plots, hopLatency(LightPalette, v.Trace))
		if v.Trace.Lossy() {
			plots = append(plots, hopLoss(LightPalette, v.Trace))
		}
	}
	plots = append(plots, otherPlots(LightPalette, v)...)
	return render(plots, paperSize, svg, png)
}

// otherPlots are the charts beside the hop ones: ping round trips and the
// request's phases, when the run has them.
func otherPlots(pal Palette, v *RunView) []*plot.Plot {
	var plots []*plot.Plot
	if v.Ping != nil {
		plots = append(plots, pingLine(pal, v.Ping))
	}
	if v.Phases != nil && len(v.Phases.Ms) > 0 {
		plots = append(plots, phaseBars(pal, v.Phases))
	}
	return plots
}

func render(plots []*plot.Plot, sz chartSize, svg, png bool) []chart {
	out := make([]chart, len(plots))
	for i, p := range plots {
		out[i].Title = p.Title.Text
		if svg {
			out[i].SVG = renderSVG(p, sz)
		}
		if png {
			out[i].PNG = renderPNG(p, sz)
		}
	}
	return out
}

func renderSVG(p *plot.Plot, sz chartSize) []byte {
	c := vgsvg.New(sz.w, sz.h)
	p.Draw(draw.New(c))
	var b bytes.Buffer
	c.WriteTo(&b)
	return b.Bytes()
}

func renderPNG(p *plot.Plot, sz chartSize) []byte {
	c := vgimg.PngCanvas{Canvas: vgimg.NewWith(vgimg.UseWH(sz.w, sz.h), vgimg.UseDPI(150))}
	p.Draw(draw.New(c))
	var b bytes.Buffer
	c.WriteTo(&b)
	return b.Bytes()
}
