package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// keyRadio is a radio group for the wizard's dialogs whose buttons pass
// Esc and Enter on (close or confirm the dialog), whatever was clicked or
// tabbed to. Fyne's RadioGroup keeps both keys in its focused button, and
// its buttons cannot be extended; these are drawn as Fyne draws its own
// (widget/radio_item.go).
type keyRadio struct {
	widget.BaseWidget
	u        *UI
	items    []*keyRadioItem
	Selected string
	// OnChanged is called with the new choice.
	OnChanged func(string)
}

// newKeyRadio is a radio group of options, calling changed on a new choice.
func newKeyRadio(u *UI, options []string, changed func(string)) *keyRadio {
	r := &keyRadio{u: u, OnChanged: changed}
	for _, o := range options {
		it := &keyRadioItem{label: o, group: r}
		it.ExtendBaseWidget(it)
		r.items = append(r.items, it)
	}
	r.ExtendBaseWidget(r)
	return r
}

// CreateRenderer lays the buttons out one under the other.
func (r *keyRadio) CreateRenderer() fyne.WidgetRenderer {
	box := container.NewVBox()
	for _, it := range r.items {
		box.Add(it)
	}
	return widget.NewSimpleRenderer(box)
}

// SetSelected chooses option.
func (r *keyRadio) SetSelected(option string) {
	if option == r.Selected {
		return
	}
	r.Selected = option
	for _, it := range r.items {
		it.Refresh()
	}
	if r.OnChanged != nil {
		r.OnChanged(option)
	}
}

// keyRadioItem is one button of a keyRadio.
type keyRadioItem struct {
	widget.BaseWidget
	label            string
	group            *keyRadio
	focused, hovered bool
}

var (
	_ fyne.Focusable    = (*keyRadioItem)(nil)
	_ fyne.Tappable     = (*keyRadioItem)(nil)
	_ desktop.Hoverable = (*keyRadioItem)(nil)
)

// Tapped chooses this button and gives it the focus, as Fyne's do.
func (i *keyRadioItem) Tapped(*fyne.PointEvent) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(i); c != nil && !i.focused {
		c.Focus(i)
	}
	i.group.SetSelected(i.label)
}

// TypedRune chooses this button on Space.
func (i *keyRadioItem) TypedRune(r rune) {
	if r == ' ' {
		i.group.SetSelected(i.label)
	}
}

// TypedKey passes Esc and Enter to the wizard; the arrows move the choice.
func (i *keyRadioItem) TypedKey(k *fyne.KeyEvent) {
	if passKey(i.group.u, k) {
		return
	}
	step := map[fyne.KeyName]int{fyne.KeyUp: -1, fyne.KeyLeft: -1, fyne.KeyDown: 1, fyne.KeyRight: 1}[k.Name]
	if step == 0 {
		return
	}
	items := i.group.items
	for n, it := range items {
		if it == i {
			next := items[(n+step+len(items))%len(items)]
			if c := fyne.CurrentApp().Driver().CanvasForObject(next); c != nil {
				c.Focus(next)
			}
			i.group.SetSelected(next.label)
			return
		}
	}
}

// FocusGained shows the focus.
func (i *keyRadioItem) FocusGained() { i.focused = true; i.Refresh() }

// FocusLost hides the focus.
func (i *keyRadioItem) FocusLost() { i.focused = false; i.Refresh() }

// MouseIn shows the hover.
func (i *keyRadioItem) MouseIn(*desktop.MouseEvent) { i.hovered = true; i.Refresh() }

// MouseMoved does nothing.
func (i *keyRadioItem) MouseMoved(*desktop.MouseEvent) {}

// MouseOut hides the hover.
func (i *keyRadioItem) MouseOut() { i.hovered = false; i.Refresh() }

// CreateRenderer draws the button as Fyne's radio items are drawn.
func (i *keyRadioItem) CreateRenderer() fyne.WidgetRenderer {
	r := &keyRadioRenderer{item: i, label: canvas.NewText(i.label, color.Black), focus: &canvas.Circle{},
		icon: &canvas.Image{}, over: &canvas.Image{}}
	r.update()
	return r
}

type keyRadioRenderer struct {
	item       *keyRadioItem
	focus      *canvas.Circle
	icon, over *canvas.Image
	label      *canvas.Text
}

func (r *keyRadioRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.focus, r.icon, r.over, r.label}
}

func (r *keyRadioRenderer) Destroy() {}

func (r *keyRadioRenderer) Layout(size fyne.Size) {
	th := r.item.Theme()
	inner, border, icon := th.Size(theme.SizeNameInnerPadding), th.Size(theme.SizeNameInputBorder), th.Size(theme.SizeNameInlineIcon)
	fs := fyne.NewSquareSize(icon + inner)
	r.focus.Resize(fs)
	r.focus.Move(fyne.NewPos(border, (size.Height-fs.Height)/2))
	r.label.Resize(size)
	r.label.Move(fyne.NewPos(fs.Width+th.Size(theme.SizeNamePadding), 0)) // text is drawn centred in its height
	pos, is := fyne.NewPos(inner/2+border, (size.Height-icon)/2), fyne.NewSquareSize(icon)
	for _, img := range []*canvas.Image{r.icon, r.over} {
		img.Resize(is)
		img.Move(pos)
	}
}

func (r *keyRadioRenderer) MinSize() fyne.Size {
	th := r.item.Theme()
	pad := th.Size(theme.SizeNameInnerPadding) * 2
	return r.label.MinSize().AddWidthHeight(pad+th.Size(theme.SizeNameInlineIcon)+th.Size(theme.SizeNamePadding), pad)
}

func (r *keyRadioRenderer) Refresh() {
	r.update()
	canvas.Refresh(r.item)
}

func (r *keyRadioRenderer) update() {
	th := r.item.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	r.label.Text, r.label.TextSize, r.label.Color = r.item.label, th.Size(theme.SizeNameText), th.Color(theme.ColorNameForeground, v)
	out := theme.NewThemedResource(th.Icon(theme.IconNameRadioButton))
	out.ColorName = theme.ColorNameInputBorder
	in := theme.NewThemedResource(th.Icon(theme.IconNameRadioButtonFill))
	in.ColorName = theme.ColorNameInputBackground
	if r.item.group.Selected == r.item.label {
		in.ColorName, out.ColorName = theme.ColorNamePrimary, theme.ColorNameForeground
	}
	r.icon.Resource, r.over.Resource = in, out
	r.icon.Refresh()
	r.over.Refresh()
	switch {
	case r.item.focused:
		r.focus.FillColor = th.Color(theme.ColorNameFocus, v)
	case r.item.hovered:
		r.focus.FillColor = th.Color(theme.ColorNameHover, v)
	default:
		r.focus.FillColor = color.Transparent
	}
	r.focus.Refresh()
}
