package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// columns lays a row out as a table row: fixed-width columns around one
// (flex) that takes the rest, so rows line up and a long cell is cut or
// wrapped in its column instead of widening the page. widths[flex] is the
// flexible column's least width.
type columns struct {
	widths []float32
	flex   int
}

func (c columns) pad() float32 { return theme.Padding() * float32(len(c.widths)-1) }

// MinSize is the fixed widths, the flexible column's least width, and the
// tallest cell.
func (c columns) MinSize(objs []fyne.CanvasObject) fyne.Size {
	w, h := c.pad(), float32(0)
	for i, o := range objs {
		if i < len(c.widths) {
			w += c.widths[i]
		}
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(w, h)
}

// Layout places the cells left to right.
func (c columns) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	fixed := c.pad()
	for i, w := range c.widths {
		if i != c.flex {
			fixed += w
		}
	}
	x := float32(0)
	for i, o := range objs {
		if i >= len(c.widths) {
			break
		}
		w := c.widths[i]
		if i == c.flex {
			w = max(w, size.Width-fixed)
		}
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
		x += w + theme.Padding()
	}
}

// row is a table row in columns.
func row(c columns, cells ...fyne.CanvasObject) *fyne.Container {
	return container.New(c, cells...)
}

// noWidth reports no width of its own: its content takes the width its
// parent gives. Folded or scrolling content goes in one, so nothing hidden
// can set the window's least width.
type noWidth struct{}

// MinSize is the content's height only.
func (noWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(0, h)
}

// Layout gives the content the whole space.
func (noWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

// unwidened wraps o in a noWidth container.
func unwidened(o fyne.CanvasObject) *fyne.Container { return container.New(noWidth{}, o) }

// tint is a rectangle filled with a theme colour, looked up again when the
// theme changes.
type tint struct {
	widget.BaseWidget
	color  fyne.ThemeColorName
	radius bool
}

func newTint(c fyne.ThemeColorName, rounded bool) *tint {
	t := &tint{color: c, radius: rounded}
	t.ExtendBaseWidget(t)
	return t
}

// CreateRenderer draws the rectangle.
func (t *tint) CreateRenderer() fyne.WidgetRenderer {
	r := canvas.NewRectangle(theme.Color(t.color))
	if t.radius {
		r.CornerRadius = theme.InputRadiusSize()
	}
	return &tintRenderer{t: t, rect: r}
}

type tintRenderer struct {
	t    *tint
	rect *canvas.Rectangle
}

func (r *tintRenderer) Layout(s fyne.Size)           { r.rect.Resize(s) }
func (r *tintRenderer) MinSize() fyne.Size           { return fyne.NewSize(0, 0) }
func (r *tintRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.rect} }
func (r *tintRenderer) Destroy()                     {}
func (r *tintRenderer) Refresh() {
	r.rect.FillColor = theme.ColorForWidget(r.t.color, r.t)
	r.rect.Refresh()
}

// richText is word-wrapped rich text, its segments cut after each arrow
// (see splitArrows).
func richText(segs ...widget.RichTextSegment) *widget.RichText {
	t := widget.NewRichText(splitArrows(segs)...)
	t.Wrapping = fyne.TextWrapWord
	return t
}

// splitArrows cuts text segments right after each "→", so the arrow is the
// last character drawn in its piece. The reason: Fyne's bundled text font
// has no "→", the first font that has it is Fyne's symbol font, and that
// one has no space; the shaper keeps the space after the arrow in the
// arrow's font (it assumes every font has a space), gets no glyph for it,
// and Fyne draws "�". Each piece is shaped alone, so the space that starts
// the next piece is drawn in the text font.
func splitArrows(segs []widget.RichTextSegment) []widget.RichTextSegment {
	var out []widget.RichTextSegment
	for _, s := range segs {
		t, ok := s.(*widget.TextSegment)
		if !ok {
			out = append(out, s)
			continue
		}
		rest := t.Text
		for {
			i := strings.Index(rest, "→")
			if i < 0 || i+len("→") == len(rest) {
				break
			}
			cut := i + len("→")
			piece := *t
			piece.Text, piece.Style.Inline = rest[:cut], true
			out = append(out, &piece)
			rest = rest[cut:]
		}
		last := *t
		last.Text = rest
		out = append(out, &last)
	}
	return out
}

// arrowText is wrapped text in the colour widget.Label gives imp, drawn
// as rich text so its arrows are cut like richText's: for plain labels
// whose text may hold "→" (summaries, before → after).
func arrowText(text string, imp widget.Importance) *widget.RichText {
	return richText(seg(text, importanceColors[imp], false))
}

// paragraph is a text segment that ends its line, in a colour, bold when
// strong.
func paragraph(text string, c fyne.ThemeColorName, strong bool) *widget.TextSegment {
	s := seg(text, c, strong)
	s.Style.Inline = false
	return s
}

// seg is an inline text segment in a colour, bold when strong.
func seg(text string, c fyne.ThemeColorName, strong bool) *widget.TextSegment {
	return &widget.TextSegment{Text: text, Style: widget.RichTextStyle{Inline: true, ColorName: c, TextStyle: fyne.TextStyle{Bold: strong}}}
}
