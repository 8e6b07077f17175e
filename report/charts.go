package report

import (
	"bytes"
	"fmt"
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"

	"github.com/conndoctor/conndoctor/probes"
)

// traceData is what the hop charts need.
type traceData struct {
	Mode string
	Hops []hopPoint
}

type hopPoint struct {
	TTL   int
	Addr  string
	AvgMs float64
	Loss  float64
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

// phaseBars draws each phase's duration.
func phaseBars(d *phaseData) *plot.Plot {
	p := newPlot("Time spent in each phase of the request", "phase", "ms")
	if bars, err := plotter.NewBarChart(plotter.Values(d.Ms), vg.Points(40)); err == nil {
		bars.Color, bars.LineStyle.Width = blue, 0
		p.Add(bars)
		p.NominalX(d.Names...)
	}
	p.Y.Min = 0
	return p
}

// pingData is what the ping chart needs.
type pingData struct {
	RTTs []float64
}

// traceOf picks the ICMP trace, else the TCP one, when it has hops.
func traceOf(s *probes.Set) *traceData {
	for _, t := range []*probes.TraceResult{s.TraceICMP, s.TraceTCP} {
		if t == nil || len(t.Hops) == 0 {
			continue
		}
		d := &traceData{Mode: t.Mode}
		for _, h := range t.Hops {
			d.Hops = append(d.Hops, hopPoint{TTL: h.TTL, Addr: h.Addr, AvgMs: msf(h.Avg), Loss: h.Loss})
		}
		return d
	}
	return nil
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

var (
	blue  = color.RGBA{R: 0x2b, G: 0x6c, B: 0xb0, A: 0xff}
	red   = color.RGBA{R: 0xc0, G: 0x39, B: 0x2b, A: 0xff}
	width = 16 * vg.Centimeter
)

// newPlot makes a plot whose text uses Liberation Sans, like the report's
// body text, instead of gonum's serif default.
func newPlot(title, xLabel, yLabel string) *plot.Plot {
	p := plot.New()
	sans := func(size vg.Length) font.Font {
		return font.From(font.Font{Typeface: "Liberation", Variant: "Sans"}, size)
	}
	p.Title.Text, p.X.Label.Text, p.Y.Label.Text = title, xLabel, yLabel
	p.Title.TextStyle.Font = sans(12)
	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.Label.TextStyle.Font = sans(10)
		a.Tick.Label.Font = sans(9)
	}
	return p
}

// hopBars draws one value per hop as bars, labelled by hop number.
func hopBars(title, unit string, d *traceData, value func(hopPoint) float64, c color.Color) *plot.Plot {
	p := newPlot(title, "hop", unit)
	vals := make(plotter.Values, len(d.Hops))
	names := make([]string, len(d.Hops))
	for i, h := range d.Hops {
		vals[i], names[i] = value(h), fmt.Sprint(h.TTL)
	}
	bars, err := plotter.NewBarChart(vals, vg.Points(max(4, 240/float64(max(len(vals), 1)))))
	if err == nil {
		bars.Color, bars.LineStyle.Width = c, 0
		p.Add(bars)
		p.NominalX(names...)
	}
	p.Y.Min = 0
	if p.Y.Max < 1 {
		p.Y.Max = 1
	}
	return p
}

// pingLine draws round-trip times over the samples.
func pingLine(d *pingData) *plot.Plot {
	p := newPlot("Ping round-trip time per reply", "reply", "ms")
	pts := make(plotter.XYs, len(d.RTTs))
	for i, v := range d.RTTs {
		pts[i].X, pts[i].Y = float64(i+1), v
	}
	if l, s, err := plotter.NewLinePoints(pts); err == nil {
		l.Color, s.Color = blue, blue
		p.Add(l, s)
	}
	p.Y.Min = 0
	return p
}

// chart is a rendered chart in both formats.
type chart struct {
	Title string
	SVG   []byte
	PNG   []byte
}

// charts returns the charts of a run view, rendered for the formats asked.
func charts(v *RunView, svg, png bool) []chart {
	var plots []*plot.Plot
	if v.Trace != nil {
		plots = append(plots,
			hopBars("Latency per hop ("+v.Trace.Mode+" traceroute)", "ms", v.Trace, func(h hopPoint) float64 { return h.AvgMs }, blue),
			hopBars("Loss per hop", "%", v.Trace, func(h hopPoint) float64 { return h.Loss }, red))
	}
	if v.Ping != nil {
		plots = append(plots, pingLine(v.Ping))
	}
	if v.Phases != nil && len(v.Phases.Ms) > 0 {
		plots = append(plots, phaseBars(v.Phases))
	}
	out := make([]chart, len(plots))
	for i, p := range plots {
		out[i].Title = p.Title.Text
		if svg {
			out[i].SVG = renderSVG(p)
		}
		if png {
			out[i].PNG = renderPNG(p)
		}
	}
	return out
}

const chartHeight = 5.5 * vg.Centimeter

func renderSVG(p *plot.Plot) []byte {
	c := vgsvg.New(width, chartHeight)
	p.Draw(draw.New(c))
	var b bytes.Buffer
	c.WriteTo(&b)
	return b.Bytes()
}

func renderPNG(p *plot.Plot) []byte {
	c := vgimg.PngCanvas{Canvas: vgimg.NewWith(vgimg.UseWH(width, chartHeight), vgimg.UseDPI(150))}
	p.Draw(draw.New(c))
	var b bytes.Buffer
	c.WriteTo(&b)
	return b.Bytes()
}
