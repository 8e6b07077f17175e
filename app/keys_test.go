package app

import (
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/conndoctor/conndoctor/probes"
)

const (
	ctrl      = fyne.KeyModifierShortcutDefault
	ctrlShift = fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift
)

// press delivers a key the way Fyne 2.8's desktop driver does
// (internal/driver/glfw/window.go, processKeyPressed and triggersShortcut),
// which fyne/test does not: Tab moves the focus unless the focused widget
// accepts tabs; a key with Ctrl, Alt or Super is a shortcut, given to the
// focused widget when it takes shortcuts and to the canvas only otherwise;
// any other key goes to the focused widget, and to the canvas's OnTypedKey
// only when nothing has the focus.
func press(c fyne.Canvas, key fyne.KeyName, mod fyne.KeyModifier) {
	focused := c.Focused()
	if key == fyne.KeyTab && mod&^fyne.KeyModifierShift == 0 {
		if t, ok := focused.(fyne.Tabbable); !ok || !t.AcceptsTab() {
			if mod == 0 {
				c.FocusNext()
			} else {
				c.FocusPrevious()
			}
			return
		}
	} else if mod != 0 && mod != fyne.KeyModifierShift {
		s := &desktop.CustomShortcut{KeyName: key, Modifier: mod}
		if f, ok := focused.(fyne.Shortcutable); ok {
			f.TypedShortcut(s)
		} else {
			canvasShortcuts(c).TypedShortcut(s)
		}
		return
	}
	ev := &fyne.KeyEvent{Name: key}
	if focused != nil {
		focused.TypedKey(ev)
	} else if f := c.OnTypedKey(); f != nil {
		f(ev)
	}
}

// canvasShortcuts is the shortcut handler of a canvas. fyne/test's canvas
// keeps it in the software canvas it embeds (an exported field of an
// unexported type, so reflection reaches it).
func canvasShortcuts(c fyne.Canvas) fyne.Shortcutable {
	if s, ok := c.(fyne.Shortcutable); ok {
		return s
	}
	return reflect.ValueOf(c).Elem().FieldByName("WindowlessCanvas").Interface().(fyne.Shortcutable)
}

// diagnosed runs a scripted check of app.example.com:443 started with Enter
// and waits for the diagnosis.
func diagnosed(t *testing.T, port probes.PortState) *harness {
	h := newHarness(t, (&script{port: port}).run)
	h.start("app.example.com:443")
	h.waitFor("the diagnosis", func() bool { return h.u.diag != nil })
	return h
}

func TestEscCancelsARunStartedWithEnter(t *testing.T) {
	s := &script{port: probes.PortFiltered, gate: make(chan struct{})}
	h := newHarness(t, s.run)
	u := h.u
	h.start("app.example.com:443") // Enter in the address field
	h.waitFor("the first check", func() bool { return u.run != nil && u.run.done == 1 })
	h.locked(func() {
		if f := u.win.Canvas().Focused(); f != nil {
			t.Errorf("during the run %T has the focus", f)
		}
		press(u.win.Canvas(), fyne.KeyEscape, 0)
	})
	h.waitFor("the cancel by Esc", func() bool { return u.run.ended })
	if n, _ := u.store.Count(); n != 0 || u.diag != nil {
		t.Errorf("a run cancelled with Esc was saved (%d runs) or diagnosed", n)
	}
	if u.win.Canvas().Focused() != u.target.field {
		t.Error("after the cancel the address field does not have the focus")
	}
}

func TestEscClosesDialogs(t *testing.T) {
	h := diagnosed(t, probes.PortFiltered)
	u := h.u
	c := u.win.Canvas()
	// The run is listed in History before its row is selected there (the
	// list is read off the Fyne thread): selecting row 0 of a list not yet
	// read selected nothing, and Ctrl+E on History then had nothing to
	// export ("export: no dialog" when the map put the delete first).
	h.locked(u.hist.reload)
	opens := map[string]func(){
		"export":         func() { press(c, fyne.KeyE, ctrl) },
		"history delete": func() { u.tabs.SelectIndex(1); u.hist.list.Select(0); u.hist.delete() },
		"save error":     func() { u.saved("", errTest) },
		"save dialog (nothing focused)": func() {
			u.saveDialog(h.saved, "x.pdf", nil)
			c.Unfocus()
		},
	}
	for name, open := range opens {
		h.locked(open) // and what it reads from the history (History's export)
		h.locked(func() {
			if h.overlay() == nil {
				t.Fatalf("%s: no dialog", name)
			}
			press(c, fyne.KeyEscape, 0)
			if top := h.overlay(); top != nil {
				t.Errorf("%s: Esc left %T open", name, top)
				c.Overlays().Remove(top)
			}
		})
	}
	if n, _ := u.store.Count(); n != 1 {
		t.Errorf("Esc on the delete question deleted the run (%d runs)", n)
	}
}

var errTest = errorString("disk full")

type errorString string

func (e errorString) Error() string { return string(e) }

func TestShortcutsWhateverHasFocus(t *testing.T) {
	h := diagnosed(t, probes.PortFiltered)
	u := h.u
	c := u.win.Canvas()
	h.locked(func() {
		press(c, fyne.KeyC, ctrlShift)
		if clip := u.app.Clipboard().Content(); !strings.Contains(clip, "[port.filtered]") {
			t.Errorf("Ctrl+Shift+C copied %q", clip)
		}
		press(c, fyne.KeyE, ctrl)
		if findButton(h.overlay(), "Save (Enter)") == nil {
			t.Error("Ctrl+E did not offer the export")
		}
		press(c, fyne.KeyEscape, 0)
		press(c, fyne.KeyN, ctrl)
		if u.shownStep() != u.target.content || c.Focused() != u.target.field {
			t.Fatalf("Ctrl+N: step %v, focus %T", u.shownStep() == u.target.content, c.Focused())
		}
		// The address field has the focus: the window's shortcuts still work.
		test.Type(u.target.field, "x")
		press(c, fyne.KeyE, ctrl) // nothing to export on the target step
		if h.overlay() != nil {
			t.Error("Ctrl+E on the target step opened a dialog")
		}
		u.show(u.diag.content)
		c.Focus(u.target.paste) // a hidden box with the focus, the worst case
		press(c, fyne.KeyR, ctrl)
	})
	h.waitFor("the comparison after Ctrl+R", func() bool { return u.cmp != nil })
	if n, _ := u.store.Count(); n != 2 {
		t.Errorf("%d runs after Ctrl+R", n)
	}
	h.locked(func() {
		c.Focus(u.target.field)
		press(c, fyne.KeyN, ctrl)
	})
	if u.shownStep() != u.target.content {
		t.Error("Ctrl+N in the address field did not start a new check")
	}
}

func TestShortcutsWaitForTheDialog(t *testing.T) {
	h := diagnosed(t, probes.PortFiltered)
	c := h.u.win.Canvas()
	h.locked(func() {
		press(c, fyne.KeyE, ctrl)
		press(c, fyne.KeyN, ctrl)
		press(c, fyne.KeyE, ctrl)
	})
	if h.u.shownStep() != h.u.diag.content || len(c.Overlays().List()) != 1 {
		t.Errorf("shortcuts acted behind the export dialog (%d dialogs)", len(c.Overlays().List()))
	}
}

func TestFocusAfterNewCheck(t *testing.T) {
	h := diagnosed(t, probes.PortOpen)
	u := h.u
	h.tapButton(u.diag.content, "New check")
	h.locked(func() {
		f := u.win.Canvas().Focused()
		if f == nil {
			t.Fatal("nothing has the focus after New check")
		}
		for _, r := range "db.example.com" {
			f.TypedRune(r)
		}
	})
	if u.target.field.Text != "db.example.com" {
		t.Errorf("typing after New check gave the address field %q", u.target.field.Text)
	}
}

func TestTabLeavesTheErrorBox(t *testing.T) {
	h := newHarness(t, (&script{}).run)
	u := h.u
	c := u.win.Canvas()
	h.locked(func() {
		c.Focus(u.target.paste)
		test.Type(u.target.paste, "dial tcp 10.0.0.5:443: i/o timeout")
		press(c, fyne.KeyTab, 0)
	})
	if strings.Contains(u.target.paste.Text, "\t") {
		t.Errorf("Tab was typed into the box: %q", u.target.paste.Text)
	}
	if f := c.Focused(); f == u.target.paste || f == nil {
		t.Errorf("after Tab the focus is on %T", f)
	}
	h.locked(func() { press(c, fyne.KeyTab, fyne.KeyModifierShift) })
	if c.Focused() != u.target.paste {
		t.Error("Shift+Tab does not come back to the box")
	}
	h.locked(func() { press(c, fyne.KeyTab, fyne.KeyModifierShift) })
	if c.Focused() != u.target.field {
		t.Error("Shift+Tab from the box does not reach the address field")
	}
}

func TestShortcutsFromTheHistoryFilter(t *testing.T) {
	h := historyWithRuns(t, 2)
	u := h.u
	c := u.win.Canvas()
	h.locked(func() {
		u.hist.list.Select(0)
		c.Focus(u.hist.filter)
		press(c, fyne.KeyE, ctrl)
	})
	if findButton(h.overlay(), "Save (Enter)") == nil {
		t.Fatal("Ctrl+E in the History filter did not offer the export")
	}
	h.locked(func() { press(c, fyne.KeyEscape, 0) })
	if h.overlay() != nil {
		t.Error("Esc did not close the export dialog")
	}
	h.locked(func() { c.Focus(u.hist.filter); press(c, fyne.KeyN, ctrl) })
	if u.shownStep() != u.target.content || c.Focused() != u.target.field {
		t.Error("Ctrl+N in the History filter did not start a new check")
	}
}
