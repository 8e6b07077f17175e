package report

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"codeberg.org/go-fonts/liberation/liberationmonoregular"
	"codeberg.org/go-fonts/liberation/liberationsansbold"
	"codeberg.org/go-fonts/liberation/liberationsansregular"
	"codeberg.org/go-pdf/fpdf"
)

// doc wraps fpdf with the few layout helpers the reports use.
type doc struct {
	*fpdf.Fpdf
	width float64 // usable width in mm
	imgs  int
}

// Colours (RGB) of statuses and severities.
var pdfColours = map[string][3]int{
	"pass": {30, 126, 52}, "fixed": {30, 126, 52}, "ok": {30, 126, 52},
	"warn": {154, 103, 0}, "warning": {154, 103, 0}, "info": {154, 103, 0}, "changed": {154, 103, 0},
	"fail": {180, 35, 24}, "error": {180, 35, 24}, "broken": {180, 35, 24}, "problem": {180, 35, 24},
	"skip": {91, 100, 112}, "unchanged": {91, 100, 112}, "—": {91, 100, 112},
}

func newDoc(o Options, title string) *doc {
	size := "A4"
	if strings.EqualFold(o.Paper, "letter") {
		size = "Letter"
	}
	f := fpdf.New("P", "mm", size, "")
	f.SetMargins(18, 16, 18)
	f.SetAutoPageBreak(true, 16)
	f.AddUTF8FontFromBytes("sans", "", liberationsansregular.TTF)
	f.AddUTF8FontFromBytes("sans", "B", liberationsansbold.TTF)
	f.AddUTF8FontFromBytes("mono", "", liberationmonoregular.TTF)
	now := o.now()
	f.SetCreationDate(now)
	f.SetModificationDate(now)
	f.SetCatalogSort(true)
	f.SetTitle(pdfText(title), true)
	f.SetCreator("Connection Doctor", true)
	f.AliasNbPages("{nb}")
	d := &doc{Fpdf: f}
	f.SetFooterFunc(func() {
		f.SetY(-11)
		d.font("sans", "", 8, "skip")
		f.CellFormat(0, 5, pdfText(fmt.Sprintf("Connection Doctor — %s — page %d of {nb}", title, f.PageNo())), "", 0, "C", false, 0, "")
	})
	f.AddPage()
	w, _ := f.GetPageSize()
	l, _, r, _ := f.GetMargins()
	d.width = w - l - r
	return d
}

// pdfText makes a string safe for fpdf: runes beyond the Basic Multilingual
// Plane (emoji) crash its font subsetting (go-pdf/fpdf issue 40), so they
// become U+FFFD.
func pdfText(s string) string {
	return strings.Map(func(r rune) rune {
		if r > 0xFFFF {
			return '\uFFFD'
		}
		return r
	}, s)
}

func (d *doc) font(family, style string, size float64, colour string) {
	d.SetFont(family, style, size)
	c, ok := pdfColours[colour]
	if !ok {
		c = [3]int{31, 35, 40}
	}
	d.SetTextColor(c[0], c[1], c[2])
}

// para writes wrapped text.
func (d *doc) para(family, style string, size float64, colour, text string) {
	d.font(family, style, size, colour)
	d.MultiCell(0, size*0.5, pdfText(text), "", "L", false)
}

func (d *doc) heading(text string) {
	d.Ln(3)
	if _, y := d.GetXY(); y > 250 {
		d.AddPage()
	}
	d.para("sans", "B", 12.5, "", text)
	x, y := d.GetXY()
	d.SetDrawColor(217, 221, 227)
	d.Line(x, y+0.5, x+d.width, y+0.5)
	d.Ln(2)
}

// kv writes "name   value" rows with the value wrapped in its column.
func (d *doc) kv(rows []Figure) {
	for _, r := range rows {
		x := d.GetX()
		d.font("sans", "", 9, "skip")
		y := d.GetY()
		d.MultiCell(48, 4.5, pdfText(r.Name), "", "L", false)
		yName := d.GetY()
		d.SetXY(x+50, y)
		d.font("sans", "", 9.5, "")
		d.MultiCell(d.width-50, 4.5, pdfText(r.Value), "", "L", false)
		if d.GetY() < yName {
			d.SetY(yName)
		}
		d.SetX(x)
	}
}

// finding writes a verdict box: coloured bar, summary, code, explanation,
// fix steps and evidence.
func (d *doc) finding(f FindingView) {
	c := pdfColours[f.Severity]
	x, y := d.GetXY()
	d.para("sans", "B", 14, "", f.Summary)
	d.para("mono", "", 8.5, "skip", f.Code)
	d.Ln(1)
	d.para("sans", "", 10, "", f.Explanation)
	if len(f.Fix) > 0 {
		d.Ln(2)
		who := "What to do"
		if f.Who != "" {
			who += " — " + f.Who
		}
		d.para("sans", "B", 10, "", who+":")
		for _, s := range f.Fix {
			line := fmt.Sprintf("%d. %s [%s", s.N, s.Text, s.Who)
			if s.Admin {
				line += ", needs admin rights"
			}
			d.SetX(x + 3)
			d.para("sans", "", 10, "", line+"]")
			if s.Command != "" {
				d.SetX(x + 8)
				d.para("mono", "", 9, "", "$ "+s.Command)
			}
		}
	}
	if len(f.Evidence) > 0 {
		d.Ln(2)
		d.para("sans", "B", 10, "", "Evidence:")
		for _, e := range f.Evidence {
			d.SetX(x + 3)
			d.para("sans", "", 9, "", "• "+e.Check+": "+e.Text)
		}
	}
	if y2 := d.GetY(); y2 > y && d.PageNo() > 0 {
		d.SetFillColor(c[0], c[1], c[2])
		if y2-y < 200 {
			d.Rect(x-4, y, 1.6, y2-y, "F")
		}
	}
	d.Ln(2)
}

// image places a PNG across the usable width.
func (d *doc) image(png []byte) {
	d.imgs++
	name := fmt.Sprintf("chart%d", d.imgs)
	opt := fpdf.ImageOptions{ImageType: "PNG", ReadDpi: false}
	info := d.RegisterImageOptionsReader(name, opt, bytes.NewReader(png))
	if info == nil {
		return
	}
	h := d.width * info.Height() / info.Width()
	if _, y := d.GetXY(); y+h > 275 {
		d.AddPage()
	}
	d.ImageOptions(name, d.GetX(), d.GetY(), d.width, h, true, opt, 0, "")
	d.Ln(2)
}

// statusCell writes a coloured status word in a fixed-width column.
func (d *doc) statusCell(status string, w float64) {
	d.font("sans", "B", 9, status)
	d.CellFormat(w, 5, pdfText(strings.ToUpper(status)), "", 0, "L", false, 0, "")
}

// PDF writes a run report.
func PDF(w io.Writer, v *RunView, o Options) error {
	title := "run report"
	if v.ID != 0 {
		title = fmt.Sprintf("run %d", v.ID)
	}
	d := newDoc(o, title)
	head := "Connection Doctor report"
	if v.ID != 0 {
		head += fmt.Sprintf(" · run %d", v.ID)
	}
	if v.Label != "" {
		head += " · " + v.Label
	}
	d.para("sans", "B", 11, "skip", head)
	d.Ln(3)
	d.finding(v.Verdict)
	d.heading("What was tested")
	rows := []Figure{{"Target as given", v.Input}, {"Tested", v.Tested + " — " + v.Description},
		{"When", v.When + ", took " + v.Duration}, {"Machine", v.Hostname + " (" + v.OS + "), Connection Doctor " + v.Version}}
	if v.Repeats != 0 {
		rows = append(rows, Figure{"Repeats", fmt.Sprintf("run %d", v.Repeats)})
	}
	d.kv(rows)
	if len(v.Secondary) > 0 {
		d.heading("Also found")
		for _, f := range v.Secondary {
			d.finding(f)
		}
	}
	d.heading("Checks")
	for _, c := range v.Checks {
		x := d.GetX()
		d.statusCell(c.Status, 16)
		d.font("sans", "B", 9.5, "")
		d.CellFormat(0, 5, pdfText(c.Title+"  ("+c.Duration+")"), "", 1, "L", false, 0, "")
		d.SetX(x + 16)
		d.font("sans", "", 9.5, "")
		d.MultiCell(d.width-16, 4.5, pdfText(c.Summary), "", "L", false)
		d.Ln(1)
	}
	for _, c := range charts(v, false, true) {
		d.image(c.PNG)
	}
	d.heading("This computer's network settings")
	d.kv(v.Env)
	d.AddPage()
	d.para("sans", "B", 12.5, "", "Appendix: evidence of each check")
	for _, c := range v.Checks {
		d.heading(strings.ToUpper(c.Status) + " — " + c.Title + " (" + c.ID + ")")
		d.kv(c.Figures)
		d.Ln(1)
		d.para("mono", "", 7, "", c.Raw)
	}
	d.Ln(4)
	note := "Generated " + v.Generated + ". Passwords in URLs are always removed."
	if v.Redacted {
		note += " Host names and addresses are replaced by placeholders."
	}
	d.para("sans", "", 8, "skip", note)
	return d.Output(w)
}

// ComparePDF writes a comparison report.
func ComparePDF(w io.Writer, v *CompareView, o Options) error {
	d := newDoc(o, fmt.Sprintf("run %d → run %d", v.Before.ID, v.After.ID))
	d.para("sans", "B", 11, "skip", "Connection Doctor · before and after")
	d.Ln(3)
	d.para("sans", "B", 15, v.Verdict, fmt.Sprintf("Verdict %s: %s → %s", v.Verdict, v.Before.VerdictCode, v.After.VerdictCode))
	d.para("sans", "", 10, "", "Before: "+v.Before.VerdictSummary)
	d.para("sans", "", 10, "", "After: "+v.After.VerdictSummary)
	if v.Note != "" {
		d.Ln(2)
		d.para("sans", "", 9.5, "warn", v.Note)
	}
	for _, s := range []struct {
		name string
		s    SideView
	}{{"Before", v.Before}, {"After", v.After}} {
		d.heading(fmt.Sprintf("%s — run %d", s.name, s.s.ID))
		d.kv([]Figure{{"Label", s.s.Label}, {"When", s.s.When}, {"Target", s.s.Input}})
	}
	d.heading("Check by check")
	for _, c := range v.Checks {
		d.statusCell(c.Change, 24)
		d.font("sans", "B", 9.5, "")
		d.CellFormat(0, 5, pdfText(c.Title), "", 1, "L", false, 0, "")
		rows := []Figure{{"before (" + c.Before + ")", c.SummaryBefore}, {"after (" + c.After + ")", c.SummaryAfter}}
		d.kv(append(rows, c.Metrics...))
		d.Ln(1.5)
	}
	d.heading("On this computer")
	if len(v.Env) == 0 {
		d.para("sans", "", 10, "", "No network setting changed between the runs.")
	}
	d.kv(v.Env)
	if v.After.VerdictCode != "healthy" {
		d.heading("Still to do")
		d.finding(v.AfterVerdict)
	}
	return d.Output(w)
}
