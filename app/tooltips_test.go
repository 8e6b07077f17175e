package app

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/conndoctor/conndoctor/probes"
)

func TestTooltipsNameTheirShortcut(t *testing.T) {
	h := diagnosed(t, probes.PortFiltered)
	want := map[string]string{"Run again and compare": keyAgain, "Export report…": keyExport, "Copy summary": keyCopy, "New check": keyNew}
	tips := map[string]string{}
	h.locked(func() {
		walk(h.u.diag.content, func(o fyne.CanvasObject) {
			if b, ok := o.(interface {
				ToolTip() string
			}); ok {
				if w, ok := o.(fyne.Widget); ok {
					if l := asButton(w); l != nil {
						tips[l.Text] = b.ToolTip()
					}
				}
			}
		})
	})
	for text, key := range want {
		if !strings.Contains(tips[text], "("+key+")") {
			t.Errorf("%q tooltip %q does not name %s", text, tips[text], key)
		}
	}
	if !strings.Contains(h.u.target.startB.ToolTip(), "(Enter)") {
		t.Errorf("start tooltip %q", h.u.target.startB.ToolTip())
	}
}

func TestCompareTooltipsAndCtrlE(t *testing.T) {
	h := diagnosed(t, probes.PortFiltered)
	u := h.u
	c := u.win.Canvas()
	h.locked(func() { press(c, fyne.KeyR, ctrl) })
	h.waitFor("the comparison", func() bool { return u.cmp != nil })
	tips := map[string]string{}
	h.locked(func() {
		walk(u.cmp.content, func(o fyne.CanvasObject) {
			if b, ok := o.(interface{ ToolTip() string }); ok {
				if w, ok := o.(fyne.Widget); ok && asButton(w) != nil {
					tips[asButton(w).Text] = b.ToolTip()
				}
			}
		})
	})
	if !strings.Contains(tips["Export comparison…"], "("+keyExport+")") || !strings.Contains(tips["New check"], "("+keyNew+")") {
		t.Errorf("comparison tooltips %q", tips)
	}
	h.locked(func() {
		press(c, fyne.KeyE, ctrl)
		press(c, fyne.KeyReturn, 0)
	})
	h.waitFor("the comparison PDF", func() bool { return u.lastSaved != "" })
	day := u.cmp.b.Report.Started.Local().Format("2006-01-02")
	if want := "conndoctor-compare-app.example.com-443-" + day + ".pdf"; filepath.Base(u.lastSaved) != want {
		t.Errorf("Ctrl+E on the comparison saved %q, want %s", u.lastSaved, want)
	}
	// In History, Ctrl+E exports the selected run.
	h.locked(func() {
		press(c, fyne.KeyReturn, 0) // closes the confirmation
		u.tabs.SelectIndex(1)
	})
	h.locked(func() { u.hist.list.Select(0) })
	u.lastSaved = ""
	h.locked(func() { press(c, fyne.KeyE, ctrl) }) // reads the run, then asks
	h.locked(func() { press(c, fyne.KeyReturn, 0) })
	h.waitFor("the History export", func() bool { return u.lastSaved != "" })
}
