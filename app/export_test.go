package app

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/conndoctor/conndoctor/probes"
)

// defaultName is the export's default file name for the harness's run.
func defaultName(h *harness, target, ext string) string {
	return "conndoctor-" + target + "-" + h.u.diag.run.Report.Started.Local().Format("2006-01-02") + ext
}

func TestExportWithEnterAlone(t *testing.T) {
	h := diagnosed(t, probes.PortFiltered)
	u := h.u
	c := u.win.Canvas()
	h.locked(func() {
		press(c, fyne.KeyE, ctrl)
		press(c, fyne.KeyReturn, 0)
	})
	want := filepath.Join(h.saved, defaultName(h, "app.example.com-443", ".pdf"))
	h.waitFor("the PDF", func() bool { return u.lastSaved != "" })
	if u.lastSaved != want {
		t.Errorf("saved %q, want %q", u.lastSaved, want)
	}
	if b, err := os.ReadFile(want); err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Fatalf("the PDF: %v %.10q", err, b)
	}
	all := strings.Join(h.texts(h.overlay()), "\n")
	if !strings.Contains(all, filepath.Base(want)) || findButton(h.overlay(), "Open folder") == nil {
		t.Errorf("the confirmation says %q", all)
	}
	h.tapButton(h.overlay(), "Open folder")
	if len(h.opened) != 1 || h.opened[0] != h.saved || h.overlay() != nil {
		t.Errorf("Open folder opened %q", h.opened)
	}
	// Again: a second file, the first kept; Enter closes the confirmation.
	u.lastSaved = ""
	h.locked(func() {
		press(c, fyne.KeyE, ctrl)
		press(c, fyne.KeyReturn, 0)
	})
	h.waitFor("the second PDF", func() bool { return u.lastSaved != "" })
	if filepath.Base(u.lastSaved) != strings.Replace(defaultName(h, "app.example.com-443", ".pdf"), ".pdf", "-2.pdf", 1) {
		t.Errorf("second export %q", u.lastSaved)
	}
	h.locked(func() { press(c, fyne.KeyReturn, 0) })
	if h.overlay() != nil {
		t.Error("Enter did not close the confirmation")
	}
}

func TestExportHTMLRedactedName(t *testing.T) {
	h := diagnosed(t, probes.PortFiltered)
	u := h.u
	h.tapButton(u.diag.content, "Export report…")
	h.locked(func() {
		walk(h.overlay(), func(o fyne.CanvasObject) {
			switch w := o.(type) {
			case *keyRadio:
				w.SetSelected(formatHTML)
			case *keyCheck:
				w.SetChecked(true)
			}
		})
	})
	name := defaultName(h, "host-1-443", ".html")
	if all := strings.Join(h.texts(h.overlay()), "\n"); !strings.Contains(all, name) || strings.Contains(all, "app.example.com") {
		t.Errorf("the dialog says %q, want %s", all, name)
	}
	h.tapButton(h.overlay(), "Save (Enter)")
	h.waitFor("the HTML", func() bool { return u.lastSaved != "" })
	b, _ := os.ReadFile(u.lastSaved)
	if filepath.Base(u.lastSaved) != name || !bytes.Contains(b, []byte("<!DOCTYPE html>")) || bytes.Contains(b, []byte("app.example.com")) {
		t.Errorf("%s: %.60q", u.lastSaved, b)
	}
}

// TestExportEnterAfterClicks: a click on "HTML" and on the check box gives
// them the focus, which swallowed Enter; now Enter still saves, in the
// format clicked, and Esc closes the dialog with the check box focused.
func TestExportEnterAfterClicks(t *testing.T) {
	h := diagnosed(t, probes.PortFiltered)
	u := h.u
	c := u.win.Canvas()
	tapText := func(text string) {
		t.Helper()
		var hit fyne.CanvasObject
		h.locked(func() {
			walk(h.overlay(), func(o fyne.CanvasObject) {
				if tx, ok := o.(*canvas.Text); ok && tx.Text == text && hit == nil {
					hit = o
				}
			})
		})
		if hit == nil {
			t.Fatalf("no %q in the dialog", text)
		}
		// The tap reaches the widget that draws the text, as a click does.
		h.locked(func() { test.TapCanvas(c, fyne.CurrentApp().Driver().AbsolutePositionForObject(hit).AddXY(2, 2)) })
	}
	h.locked(func() { press(c, fyne.KeyE, ctrl) })
	tapText(formatHTML)
	h.locked(func() { press(c, fyne.KeyReturn, 0) })
	h.waitFor("the HTML", func() bool { return u.lastSaved != "" })
	if filepath.Ext(u.lastSaved) != ".html" {
		t.Errorf("Enter after clicking HTML saved %q", u.lastSaved)
	}
	h.locked(func() { press(c, fyne.KeyReturn, 0) }) // closes "Report saved"
	// A click on the choice already made changes nothing but the focus.
	u.lastSaved = ""
	h.locked(func() { press(c, fyne.KeyE, ctrl) })
	tapText(formatPDF)
	h.locked(func() {
		if _, ok := c.Focused().(*keyRadioItem); !ok {
			t.Errorf("the click left the focus on %T", c.Focused())
		}
		press(c, fyne.KeyReturn, 0)
	})
	h.waitFor("the PDF", func() bool { return u.lastSaved != "" })
	if filepath.Ext(u.lastSaved) != ".pdf" {
		t.Errorf("Enter after clicking PDF saved %q", u.lastSaved)
	}
	h.locked(func() { press(c, fyne.KeyReturn, 0) }) // closes "Report saved"
	// Tab to the choices, then Esc.
	h.locked(func() { press(c, fyne.KeyE, ctrl) })
	h.locked(func() {
		for range 10 {
			if _, ok := c.Focused().(*keyRadioItem); ok {
				break
			}
			press(c, fyne.KeyTab, 0)
		}
		if _, ok := c.Focused().(*keyRadioItem); !ok {
			t.Fatalf("Tab never reached the choices (focus on %T)", c.Focused())
		}
		press(c, fyne.KeyDown, 0) // the arrows move the choice
		press(c, fyne.KeyEscape, 0)
	})
	if h.overlay() != nil {
		t.Error("Esc with a choice focused did not close the dialog")
	}
	h.locked(func() { press(c, fyne.KeyE, ctrl) })
	tapText("Hide host names and IP addresses (for reports sent outside)")
	h.locked(func() {
		if _, ok := c.Focused().(*keyCheck); !ok {
			t.Errorf("the click left the focus on %T", c.Focused())
		}
		press(c, fyne.KeyEscape, 0)
	})
	if h.overlay() != nil {
		t.Error("Esc with the check box focused did not close the dialog")
	}
}

// TestExportThroughTheRealSaveDialog goes through Fyne's own save dialog
// (no stub), from the diagnosis and from History: showing it crashed the
// program when it was resized before it was shown.
func TestExportThroughTheRealSaveDialog(t *testing.T) {
	h := diagnosed(t, probes.PortFiltered)
	u := h.u
	other := filepath.Join(h.saved, "elsewhere")
	os.Mkdir(other, 0o755)
	for _, from := range []string{"diagnosis", "history"} {
		u.lastSaved = ""
		if from == "history" {
			h.locked(func() { u.tabs.SelectIndex(1) })
			h.locked(func() { u.hist.list.Select(0) })
			h.tapButton(u.hist.content, "Export…")
		} else {
			h.tapButton(u.diag.content, "Export report…")
		}
		h.tapButton(h.overlay(), "Choose another place…")
		var fd *dialog.FileDialog
		h.locked(func() {
			if m := u.topModal(); m != nil {
				fd, _ = m.d.(*dialog.FileDialog)
			}
		})
		if fd == nil {
			t.Fatalf("%s: no save dialog", from)
		}
		if all := strings.Join(h.texts(h.overlay()), "\n"); !strings.Contains(all, "Save File") {
			t.Errorf("%s: the save dialog shows %q", from, all)
		}
		h.locked(func() {
			l, _ := storageLister(other)
			fd.SetLocation(l)
			fd.SetFileName("ticket-4711.pdf")
		})
		h.tapButton(h.overlay(), "Save")
		h.waitFor("the file", func() bool { return u.lastSaved != "" })
		b, err := os.ReadFile(filepath.Join(other, "ticket-4711.pdf"))
		if err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) || u.lastSaved != filepath.Join(other, "ticket-4711.pdf") {
			t.Errorf("%s: %v %.10q saved %q", from, err, b, u.lastSaved)
		}
		h.tapButton(h.overlay(), "Close (Enter)")
		os.Remove(filepath.Join(other, "ticket-4711.pdf"))
	}
}

func TestSaveDialogStartsInDocumentsAndCancels(t *testing.T) {
	h := diagnosed(t, probes.PortOpen)
	u := h.u
	h.tapButton(u.diag.content, "Export report…")
	h.tapButton(h.overlay(), "Choose another place…")
	name := defaultName(h, "app.example.com-443", ".pdf")
	var fileName string
	h.locked(func() {
		walk(h.overlay(), func(o fyne.CanvasObject) {
			if e, ok := o.(*widget.Entry); ok && fileName == "" {
				fileName = e.Text
			}
		})
	})
	if fileName != name {
		t.Errorf("the save dialog offers %q, want %q", fileName, name)
	}
	h.tapButton(h.overlay(), "Cancel")
	if h.overlay() != nil || u.lastSaved != "" {
		t.Error("Cancel left a dialog or saved a file")
	}
	if entries, _ := os.ReadDir(h.saved); len(entries) != 0 {
		t.Errorf("cancelled export wrote %v", entries)
	}
}

func TestExportErrorSaysSo(t *testing.T) {
	h := diagnosed(t, probes.PortOpen)
	u := h.u
	gone := filepath.Join(h.saved, "removed-meanwhile")
	u.deps.Documents = func() string { return gone }
	h.locked(func() { press(u.win.Canvas(), fyne.KeyE, ctrl); press(u.win.Canvas(), fyne.KeyReturn, 0) })
	h.waitFor("the error", func() bool {
		return h.overlay() != nil && strings.Contains(strings.Join(texts(h.overlay()), " "), "not written")
	})
	h.locked(func() { press(u.win.Canvas(), fyne.KeyEscape, 0) })
	if h.overlay() != nil || u.lastSaved != "" {
		t.Error("the error stays after Esc, or a file was reported saved")
	}
}

// storageLister is the folder as a listable URI.
func storageLister(dir string) (fyne.ListableURI, error) {
	return storage.ListerForURI(storage.NewFileURI(dir))
}
