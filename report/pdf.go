package report

import (
	"bytes"
	"fmt"
	"image"
	_ "image/png" // chart sizes are read from their PNG headers
	"strings"

	"codeberg.org/go-fonts/liberation/liberationmonoregular"
	"codeberg.org/go-fonts/liberation/liberationsansbold"
	"codeberg.org/go-fonts/liberation/liberationsansregular"
	"codeberg.org/go-pdf/fpdf"
)

// doc wraps fpdf with the few layout helpers the reports use.
//
// Page breaks keep sections together: a block is drawn first on a scratch
// page as tall as needed, to measure it, and the real page is turned
// before it when it does not fit (keep). Only a block taller than a whole
// page is split, by fpdf's own automatic page break.
type doc struct {
	*fpdf.Fpdf
	width       float64 // usable width in mm
	top, bottom float64 // where a page's text area starts and ends, in mm
	imgs        int
	// scratch measures blocks (see keep); measuring is set on it.
	scratch   *doc
	measuring bool
	o         Options
}

// Colours (RGB) of statuses, severities and changes.
var pdfColours = map[string][3]int{
	"pass": {30, 126, 52}, "fixed": {30, 126, 52}, "ok": {30, 126, 52},
	"warn": {154, 103, 0}, "warning": {154, 103, 0}, "info": {154, 103, 0}, "changed": {154, 103, 0},
	"added": {154, 103, 0}, "removed": {154, 103, 0},
	"fail": {180, 35, 24}, "error": {180, 35, 24}, "broken": {180, 35, 24}, "problem": {180, 35, 24},
	"skip": {91, 100, 112}, "unchanged": {91, 100, 112}, "not compared": {91, 100, 112}, "—": {91, 100, 112},
}

// colour is the RGB of a status, severity or change; dark grey otherwise.
func colour(name string) [3]int {
	if c, ok := pdfColours[name]; ok {
		return c
	}
	return [3]int{31, 35, 40}
}

// pale is a colour mixed with white, for a banner's background.
func pale(c [3]int) [3]int {
	var out [3]int
	for i, v := range c {
		out[i] = v + (255-v)*88/100
	}
	return out
}

// newFpdf makes a PDF of the paper size with the report's fonts.
func newFpdf(o Options, tall bool) *fpdf.Fpdf {
	size := fpdf.SizeType{Wd: 210, Ht: 297}
	if strings.EqualFold(o.Paper, "letter") {
		size = fpdf.SizeType{Wd: 215.9, Ht: 279.4}
	}
	if tall {
		size.Ht = 5000
	}
	f := fpdf.NewCustom(&fpdf.InitType{OrientationStr: "P", UnitStr: "mm", Size: size})
	f.SetMargins(18, 16, 18)
	f.SetAutoPageBreak(!tall, 16)
	f.AddUTF8FontFromBytes("sans", "", liberationsansregular.TTF)
	f.AddUTF8FontFromBytes("sans", "B", liberationsansbold.TTF)
	f.AddUTF8FontFromBytes("mono", "", liberationmonoregular.TTF)
	return f
}

func newDoc(o Options, title string) *doc {
	f := newFpdf(o, false)
	now := o.now()
	f.SetCreationDate(now)
	f.SetModificationDate(now)
	f.SetCatalogSort(true)
	f.SetTitle(pdfText(title), true)
	f.SetCreator("Connection Doctor", true)
	f.AliasNbPages("{nb}")
	d := &doc{Fpdf: f, o: o}
	f.SetFooterFunc(func() {
		f.SetY(-11)
		d.font("sans", "", 8, "skip")
		f.CellFormat(0, 5, pdfText(fmt.Sprintf("Connection Doctor — %s — page %d of {nb}", title, f.PageNo())), "", 0, "C", false, 0, "")
	})
	f.AddPage()
	d.measureArea()
	return d
}

// measureArea reads the usable width and height from the page.
func (d *doc) measureArea() {
	w, h := d.GetPageSize()
	l, t, r, _ := d.GetMargins()
	_, b := d.GetAutoPageBreak()
	d.width, d.top, d.bottom = w-l-r, t, h-b
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

func (d *doc) font(family, style string, size float64, colourName string) {
	d.SetFont(family, style, size)
	c := colour(colourName)
	d.SetTextColor(c[0], c[1], c[2])
}

// para writes wrapped text across the rest of the line.
func (d *doc) para(family, style string, size float64, colourName, text string) {
	d.font(family, style, size, colourName)
	d.MultiCell(0, size*0.5, pdfText(text), "", "L", false)
}

// keep draws block b where it fits: on this page if there is room, else
// at the top of the next. A block taller than a page starts on a new page
// unless most of this one is free, and is then split where fpdf breaks it.
func (d *doc) keep(b func(*doc)) {
	if d.measuring {
		b(d)
		return
	}
	h := d.height(b)
	y := d.GetY()
	room, page := d.bottom-y, d.bottom-d.top
	if h > room && y > d.top+1 && (h <= page || room < page/3) {
		d.AddPage()
	}
	b(d)
}

// height measures block b: it is drawn on a scratch page at the same
// width, which is never written out.
func (d *doc) height(b func(*doc)) float64 {
	if d.scratch == nil {
		d.scratch = &doc{Fpdf: newFpdf(d.o, true), measuring: true, o: d.o}
		d.scratch.AddPage()
		d.scratch.measureArea()
	}
	s := d.scratch
	s.SetXY(d.GetX(), s.top)
	b(s)
	return s.GetY() - s.top
}

// heading writes a section title with a rule under it.
func (d *doc) heading(text string) {
	d.Ln(3)
	d.para("sans", "B", 12.5, "", text)
	x, y := d.GetXY()
	d.SetDrawColor(217, 221, 227)
	d.Line(x, y+0.5, x+d.width, y+0.5)
	d.Ln(2)
}

// section writes a heading kept on the page with the first of its blocks;
// the others follow, each kept whole.
func (d *doc) section(title string, blocks ...func(*doc)) {
	if len(blocks) == 0 {
		d.keep(func(d *doc) { d.heading(title) })
		return
	}
	d.keep(func(d *doc) { d.heading(title); blocks[0](d) })
	for _, b := range blocks[1:] {
		d.keep(b)
	}
}

// cell is one column of a table row.
type cell struct {
	w             float64 // width in mm; 0 takes the rest of the line
	family, style string
	size          float64
	colour, text  string
	upper         bool // shown in capitals (status words)
}

// row writes cells side by side, each wrapped in its column, and moves
// below the tallest.
func (d *doc) row(cells ...cell) {
	x0, y0 := d.GetX(), d.GetY()
	x, yMax := x0, y0
	for _, c := range cells {
		w := c.w
		if w == 0 {
			w = x0 + d.width - x
		}
		d.SetXY(x, y0)
		text := c.text
		if c.upper {
			text = strings.ToUpper(text)
		}
		d.font(c.family, c.style, c.size, c.colour)
		d.MultiCell(w, c.size*0.48, pdfText(text), "", "L", false)
		yMax = max(yMax, d.GetY())
		x += w
	}
	d.SetXY(x0, yMax)
}

// kv writes "name   value" rows with the value wrapped in its column.
func (d *doc) kv(rows []Figure) {
	for _, r := range rows {
		d.row(cell{w: 50, family: "sans", size: 9, colour: "skip", text: r.Name},
			cell{family: "sans", size: 9.5, text: r.Value})
	}
}

// bullet writes an indented line with a mark before it.
func (d *doc) bullet(mark string, size float64, text string) {
	d.row(cell{w: 5, family: "sans", size: size, text: mark}, cell{family: "sans", size: size, text: text})
}

// box draws block b indented on a pale background with a bar in the
// colour of name on its left, sized to fit it.
func (d *doc) box(name string, b func(*doc)) {
	inner := func(t *doc) {
		l, tm, r, _ := t.GetMargins()
		t.SetMargins(l+5, tm, r+4)
		t.width -= 9
		t.SetXY(l+5, t.GetY()+2.5)
		b(t)
		t.Ln(2.5)
		t.width += 9
		t.SetMargins(l, tm, r)
		t.SetX(l)
	}
	if d.measuring {
		inner(d)
		return
	}
	h := d.height(inner)
	c := colour(name)
	bg := pale(c)
	x, y := d.GetXY()
	d.SetFillColor(bg[0], bg[1], bg[2])
	d.Rect(x, y, d.width, h, "F")
	d.SetFillColor(c[0], c[1], c[2])
	d.Rect(x, y, 1.8, h, "F")
	inner(d)
	d.SetXY(x, y+h)
}

// image places a PNG across the usable width.
func (d *doc) image(png []byte) {
	cfg, _, err := image.DecodeConfig(bytes.NewReader(png))
	if err != nil || cfg.Width == 0 {
		return
	}
	h := d.width * float64(cfg.Height) / float64(cfg.Width)
	if !d.measuring {
		d.imgs++
		name := fmt.Sprintf("chart%d", d.imgs)
		opt := fpdf.ImageOptions{ImageType: "PNG", ReadDpi: false}
		d.RegisterImageOptionsReader(name, opt, bytes.NewReader(png))
		d.ImageOptions(name, d.GetX(), d.GetY(), d.width, h, false, opt, 0, "")
	}
	d.SetY(d.GetY() + h)
	d.Ln(2)
}
