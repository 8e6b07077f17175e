package report

import (
	"embed"
	"html/template"
	"io"
)

//go:embed templates
var templateFS embed.FS

var (
	css     = mustRead("templates/style.css")
	runTmpl = template.Must(template.New("run.html").ParseFS(templateFS, "templates/run.html"))
	cmpTmpl = template.Must(template.New("compare.html").ParseFS(templateFS, "templates/compare.html", "templates/run.html"))
)

func mustRead(name string) string {
	b, err := templateFS.ReadFile(name)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// htmlChart is a chart with its SVG marked safe: we drew it, and its only
// labels are numbers and fixed titles.
type htmlChart struct {
	Title string
	SVG   template.HTML
}

func htmlCharts(v *RunView) []htmlChart {
	var out []htmlChart
	for _, c := range charts(v, true, false) {
		out = append(out, htmlChart{Title: c.Title, SVG: template.HTML(stripXMLHeader(c.SVG))})
	}
	return out
}

// stripXMLHeader drops the <?xml ...?> prologue so the SVG can sit inline.
func stripXMLHeader(b []byte) string {
	s := string(b)
	for len(s) > 2 && s[:2] == "<?" {
		i := 0
		for i < len(s) && s[i] != '>' {
			i++
		}
		s = s[min(i+1, len(s)):]
		for len(s) > 0 && (s[0] == '\n' || s[0] == '\r' || s[0] == ' ') {
			s = s[1:]
		}
	}
	return s
}

// HTML writes a run report as one self-contained HTML file.
func HTML(w io.Writer, v *RunView) error {
	return runTmpl.Execute(w, struct {
		V      *RunView
		CSS    template.CSS
		Charts []htmlChart
	}{v, template.CSS(css), htmlCharts(v)})
}
