package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// keyCheck is a check box that passes Esc and Enter on to the wizard (close
// or confirm the top dialog, cancel a run), which Fyne otherwise keeps for
// the focused check box; Space still ticks it.
type keyCheck struct {
	widget.Check
	u *UI
}

// newKeyCheck is a check box labelled label.
func newKeyCheck(u *UI, label string, changed func(bool)) *keyCheck {
	c := &keyCheck{u: u}
	c.Text, c.OnChanged = label, changed
	c.ExtendBaseWidget(c)
	return c
}

// TypedKey passes Esc and Enter to the wizard.
func (c *keyCheck) TypedKey(k *fyne.KeyEvent) {
	if passKey(c.u, k) {
		return
	}
	c.Check.TypedKey(k)
}

// keySelect is a drop-down list that passes Esc and Enter on to the
// wizard; Space and the arrows still choose.
type keySelect struct {
	widget.Select
	u *UI
}

// newKeySelect is a drop-down list of options.
func newKeySelect(u *UI, options []string, changed func(string)) *keySelect {
	s := &keySelect{u: u}
	s.Options, s.OnChanged = options, changed
	s.PlaceHolder = "(Select one)"
	s.ExtendBaseWidget(s)
	return s
}

// TypedKey passes Esc and Enter to the wizard.
func (s *keySelect) TypedKey(k *fyne.KeyEvent) {
	if passKey(s.u, k) {
		return
	}
	s.Select.TypedKey(k)
}

// passKey hands Esc and Enter to the wizard's key handling, reporting
// whether it did.
func passKey(u *UI, k *fyne.KeyEvent) bool {
	switch k.Name {
	case fyne.KeyEscape, fyne.KeyReturn, fyne.KeyEnter:
		u.typedKey(k.Name)
		return true
	}
	return false
}
