package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// openList is a list whose rows open on a double-click, or on Enter when
// the list has the keyboard focus (the row the arrow keys highlighted).
// A single click selects, as in any list.
type openList struct {
	widget.List
	// open opens the selected row.
	open func()
}

// newOpenList makes a list like widget.NewList whose rows open with open.
func newOpenList(length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject), open func()) *openList {
	l := &openList{open: open}
	l.Length = length
	l.CreateItem = func() fyne.CanvasObject {
		r := &openRow{list: l, content: create()}
		r.ExtendBaseWidget(r) // before the list sizes it: a bare BaseWidget measures 0×0
		return r
	}
	l.UpdateItem = func(id widget.ListItemID, o fyne.CanvasObject) {
		r := o.(*openRow)
		r.id = id
		update(id, r.content)
	}
	l.ExtendBaseWidget(l)
	return l
}

// TypedKey opens the highlighted row on Enter; other keys move and select
// as in widget.List.
func (l *openList) TypedKey(e *fyne.KeyEvent) {
	if e.Name != fyne.KeyReturn && e.Name != fyne.KeyEnter {
		l.List.TypedKey(e)
		return
	}
	if l.Length() == 0 {
		return
	}
	l.List.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace}) // selects the highlighted row
	l.open()
}

// pick does what a click on a row does: the list takes the keyboard focus,
// the row is highlighted and selected.
func (l *openList) pick(id widget.ListItemID) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(l); c != nil {
		c.Focus(l)
	}
	l.Highlight(id)
	l.Select(id)
}

// openRow wraps a row's content to receive double-clicks. It takes single
// clicks too (the deepest tappable object gets them), and passes them on as
// the list would.
type openRow struct {
	widget.BaseWidget
	list    *openList
	id      widget.ListItemID
	content fyne.CanvasObject
}

// newOpenRow wraps a row's content. The row is extended at once: the list
// asks a new row's MinSize before drawing it, and an unextended widget
// answers zero (rows piled up, too thin to click).
func newOpenRow(l *openList, content fyne.CanvasObject) *openRow {
	r := &openRow{list: l, content: content}
	r.ExtendBaseWidget(r)
	return r
}

// CreateRenderer shows the row's content.
func (r *openRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(r.content)
}

// Tapped selects the row.
func (r *openRow) Tapped(*fyne.PointEvent) { r.list.pick(r.id) }

// DoubleTapped selects and opens the row.
func (r *openRow) DoubleTapped(*fyne.PointEvent) {
	r.list.pick(r.id)
	r.list.open()
}
