package app

import (
	"log"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
)

// Shortcut names as tooltips show them.
const (
	keyNew     = "Ctrl+N"
	keyAgain   = "Ctrl+R"
	keyExport  = "Ctrl+E"
	keyCopy    = "Ctrl+Shift+C"
	keyStart   = "Ctrl+Enter"
	keyCancel  = "Esc"
	keyConfirm = "Enter"
)

// withKey adds a shortcut to a tooltip: "Test another target (Ctrl+N)".
func withKey(tip, key string) string { return tip + " (" + key + ")" }

// shortcut is one key combination of the wizard and what it does.
type shortcut struct {
	key fyne.KeyName
	mod fyne.KeyModifier
	do  func(u *UI)
}

// shortcuts are the wizard's key combinations. Each does nothing where its
// action is not offered (Ctrl+R without a diagnosis on screen).
var shortcuts = []shortcut{
	{fyne.KeyN, fyne.KeyModifierShortcutDefault, (*UI).newCheck},
	{fyne.KeyR, fyne.KeyModifierShortcutDefault, (*UI).runAgainShown},
	{fyne.KeyE, fyne.KeyModifierShortcutDefault, (*UI).exportShown},
	{fyne.KeyC, fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift, (*UI).copyShown},
	{fyne.KeyReturn, fyne.KeyModifierShortcutDefault, func(u *UI) { u.target.start() }},
	{fyne.KeyEnter, fyne.KeyModifierShortcutDefault, func(u *UI) { u.target.start() }},
}

// bindKeys registers the shortcuts on the window's canvas, and Esc and
// Enter for when no widget has the focus. Fyne hands keys to the focused
// widget instead, so the wizard's own text fields (keyEntry) pass these on,
// and switching steps leaves no hidden widget focused (see show).
func (u *UI) bindKeys() {
	c := u.win.Canvas()
	u.keys = map[string]func(){}
	for _, s := range shortcuts {
		sc := &desktop.CustomShortcut{KeyName: s.key, Modifier: s.mod}
		do := s.do
		name := sc.ShortcutName()
		f := func() {
			if u.modalOpen() {
				traceKey(name, "ignored: a dialog or pop-up is open")
				return // the dialog answers first
			}
			traceKey(name, "on "+u.where())
			do(u)
		}
		u.keys[sc.ShortcutName()] = f
		c.AddShortcut(sc, func(fyne.Shortcut) { f() })
	}
	c.SetOnTypedKey(func(e *fyne.KeyEvent) {
		traceKey(string(e.Name), "to the window")
		u.typedKey(e.Name)
	})
}

// traceKeys, set by CONNDOCTOR_TRACE_KEYS=1, prints every shortcut and key
// the window handles: the end-to-end drive sets it, so a key that did
// nothing can be told from a key that never arrived.
var traceKeys = os.Getenv("CONNDOCTOR_TRACE_KEYS") == "1"

func traceKey(key, what string) {
	if traceKeys {
		log.Printf("key %s: %s", key, what)
	}
}

// where names the step on screen, for traceKey.
func (u *UI) where() string {
	switch step := u.shownStep(); {
	case u.tabs.Selected() != u.checkTab:
		return "tab " + u.tabs.Selected().Text
	case u.diag != nil && step == u.diag.content:
		return "the diagnosis"
	case u.cmp != nil && step == u.cmp.content:
		return "the comparison"
	case step == u.target.content:
		return "the target step"
	}
	return "the checking step"
}

// shortcut runs the wizard's action for s, reporting whether there is one.
func (u *UI) shortcut(s fyne.Shortcut) bool {
	if f := u.keys[s.ShortcutName()]; f != nil {
		f()
		return true
	}
	return false
}

// typedKey handles Esc (close the top dialog, else cancel the run) and
// Enter (the top dialog's default action).
func (u *UI) typedKey(k fyne.KeyName) {
	switch k {
	case fyne.KeyEscape:
		u.escape()
	case fyne.KeyReturn, fyne.KeyEnter:
		if m := u.topModal(); m != nil && m.enter != nil {
			m.enter()
		}
	}
}

// escape closes the top dialog or pop-up; with none, it cancels a run.
func (u *UI) escape() {
	top := u.win.Canvas().Overlays().Top()
	switch m := u.topModal(); {
	case m != nil:
		m.d.Dismiss()
	case top != nil:
		// A dialog shown without showModal: take it off the window.
		// (Overlays hold pop-ups in a container whose Hide keeps them.)
		u.win.Canvas().Overlays().Remove(top)
	case u.run != nil && u.run.active():
		u.run.cancel()
	}
}

// modal is a dialog the keyboard answers: Esc dismisses it, Enter runs
// enter (when set).
type modal struct {
	d     dialog.Dialog
	pop   fyne.CanvasObject
	enter func()
}

// showModal shows d and lets Esc dismiss it and Enter run enter.
func (u *UI) showModal(d dialog.Dialog, enter func()) {
	d.Show()
	m := &modal{d: d, pop: u.win.Canvas().Overlays().Top(), enter: enter}
	u.modals = append(u.modals, m)
	d.SetOnClosed(func() { u.dropModal(m) })
}

func (u *UI) dropModal(m *modal) {
	for i, x := range u.modals {
		if x == m {
			u.modals = append(u.modals[:i], u.modals[i+1:]...)
			return
		}
	}
}

// topModal is the dialog on top, if it is one shown with showModal.
func (u *UI) topModal() *modal {
	top := u.win.Canvas().Overlays().Top()
	if top == nil || len(u.modals) == 0 {
		return nil
	}
	if m := u.modals[len(u.modals)-1]; m.pop == top {
		return m
	}
	return nil
}

// modalOpen reports whether a dialog or pop-up covers the window (toasts
// are not pop-ups; see toast).
func (u *UI) modalOpen() bool { return u.win.Canvas().Overlays().Top() != nil }
