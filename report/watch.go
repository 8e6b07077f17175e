package report

import (
	"html/template"
	"image/color"
	"io"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/conndoctor/conndoctor/engine/watch"
	"github.com/conndoctor/conndoctor/history"
)

// WatchDoc is the JSON export of a watch: its timeline and the summary
// computed over all of it.
type WatchDoc struct {
	*history.SavedWatch
	// Summary is the headline sentence; Windows its failure windows.
	Summary string         `json:"summary"`
	Windows []watch.Window `json:"windows,omitempty"`
}

// NewWatchDoc builds the JSON export of w, times in loc.
func NewWatchDoc(w *history.SavedWatch, loc *time.Location) WatchDoc {
	s := w.Summary(time.Time{}, time.Time{})
	return WatchDoc{SavedWatch: w, Summary: s.Text(loc), Windows: s.Windows}
}

// WatchTimeline plots a watch: connect and first-byte times per sample
// (seconds since the start on X), failed samples as marks along the top,
// the computer's network events as triangles along the bottom.
func WatchTimeline(w *history.SavedWatch, pal Palette) *plot.Plot {
	p := newPlot(pal, "Timeline", "seconds since "+w.Started.Local().Format("15:04:05"), "ms")
	var conn, fb, fail plotter.XYs
	top := 1.0
	for _, s := range w.Samples {
		x := s.At.Sub(w.Started).Seconds()
		if c := s.ConnectMs(); c > 0 {
			conn = append(conn, plotter.XY{X: x, Y: c})
			top = max(top, c)
		}
		if s.FirstByteMs > 0 {
			fb = append(fb, plotter.XY{X: x, Y: s.FirstByteMs})
			top = max(top, s.FirstByteMs)
		}
		if !s.OK {
			fail = append(fail, plotter.XY{X: x})
		}
	}
	fitY(p, top)
	for i := range fail {
		fail[i].Y = p.Y.Max
	}
	add := func(xy plotter.XYs, c color.Color, name string) {
		if len(xy) == 0 {
			return
		}
		if l, err := plotter.NewLine(xy); err == nil {
			l.Color = c
			p.Add(l)
			p.Legend.Add(name, l)
		}
	}
	add(conn, pal.Series, "connect")
	add(fb, pal.Text, "first byte")
	if len(fail) > 0 {
		if sc, err := plotter.NewScatter(fail); err == nil {
			sc.Color, sc.Radius = pal.Loss, vg.Points(3)
			p.Add(sc)
			p.Legend.Add("failed", sc)
		}
	}
	if len(w.Events) > 0 { // the computer's own changes, along the bottom
		var ev plotter.XYs
		for _, e := range w.Events {
			ev = append(ev, plotter.XY{X: e.At.Sub(w.Started).Seconds(), Y: p.Y.Min})
		}
		if sc, err := plotter.NewScatter(ev); err == nil {
			sc.Color, sc.Radius, sc.Shape = pal.Text, vg.Points(3.5), draw.TriangleGlyph{}
			p.Add(sc)
			p.Legend.Add("event on this computer", sc)
		}
	}
	p.Legend.Top = true
	return p
}

// WatchHTML writes a watch as one self-contained HTML page: the summary,
// the timeline chart, the failure windows with their diagnoses, and the
// failed samples. Every text is escaped by html/template.
func WatchHTML(out io.Writer, w *history.SavedWatch) error {
	d := NewWatchDoc(w, time.Local)
	svg := watchChart(w, LightPalette, true)
	var failed []watch.Sample
	for _, s := range w.Samples {
		if !s.OK {
			failed = append(failed, s)
		}
	}
	return watchTmpl.Execute(out, struct {
		D      WatchDoc
		Chart  template.HTML
		Failed []watch.Sample
	}{d, template.HTML(stripXMLHeader(svg)), failed[:min(len(failed), 500)]})
}

var watchTmpl = template.Must(template.New("watch").Funcs(template.FuncMap{
	"clock": func(t time.Time) string { return t.Local().Format("2006-01-02 15:04:05") },
}).Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Watch of {{.D.Target}}</title>
<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}td,th{padding:.2em .6em;text-align:left}</style></head>
<body>
<h1>Watch of {{.D.Input}}</h1>
<p>{{clock .D.Started}} – {{if .D.Ended.IsZero}}not ended{{else}}{{clock .D.Ended}}{{end}}, a sample every {{.D.Every}}.</p>
<p><strong>{{.D.Summary}}</strong></p>
<figure>{{.Chart}}</figure>
{{if .D.Windows}}<h2>Failure windows</h2>
<table><tr><th>From</th><th>To</th><th>Failed samples</th><th>Diagnoses (run IDs)</th></tr>
{{range .D.Windows}}<tr><td>{{clock .From}}</td><td>{{clock .To}}</td><td>{{.Failed}}</td><td>{{range .RunIDs}}{{.}} {{end}}</td></tr>
{{end}}</table>{{end}}
{{if .Failed}}<h2>Failed samples</h2>
<table><tr><th>When</th><th>What failed</th></tr>
{{range .Failed}}<tr><td>{{clock .At}}</td><td>{{.Why}}</td></tr>
{{end}}</table>{{end}}
{{if .D.Events}}<h2>Events</h2><ul>{{range .D.Events}}<li>{{clock .At}}: {{.Detail}}</li>{{end}}</ul>{{end}}
</body></html>
`))
