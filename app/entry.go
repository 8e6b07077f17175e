package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// keyEntry is a text field that passes the wizard's keys on: Esc and the
// window's shortcuts (Ctrl+N…) work while it has the focus, which Fyne
// otherwise keeps to the field. Tab always moves to the next widget, also
// from a multi-line box (where Fyne would insert a tab).
type keyEntry struct {
	widget.Entry
	u *UI
}

// newKeyEntry is a one-line field.
func newKeyEntry(u *UI) *keyEntry {
	e := &keyEntry{u: u}
	e.ExtendBaseWidget(e)
	return e
}

// newKeyBox is a multi-line box.
func newKeyBox(u *UI) *keyEntry {
	e := newKeyEntry(u)
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	return e
}

// AcceptsTab is false: Tab leaves the box.
func (e *keyEntry) AcceptsTab() bool { return false }

// TypedKey handles Esc as the window does; other keys edit the text.
func (e *keyEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape {
		e.u.escape()
		return
	}
	e.Entry.TypedKey(k)
}

// TypedShortcut runs the window's shortcut, or else the field's own
// (copy, paste, undo…).
func (e *keyEntry) TypedShortcut(s fyne.Shortcut) {
	if e.u.shortcut(s) {
		return
	}
	e.Entry.TypedShortcut(s)
}
