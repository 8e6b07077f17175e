package app

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/conndoctor/conndoctor/history"
	"github.com/conndoctor/conndoctor/probes"
)

func TestTargetPreview(t *testing.T) {
	h := newHarness(t, (&script{}).run)
	p := h.u.target
	cases := []struct {
		field, paste string
		want         string
		importance   widget.Importance
		canStart     bool
	}{
		{"", "", "Type an address or paste an error message", widget.LowImportance, false},
		{"app.example.com:8443", "", "Will test: app.example.com, port 8443", widget.SuccessImportance, true},
		{"", `Get "https://api.example.com/v1": dial tcp 10.0.0.5:443: connect: connection timed out`, "from the Go error you pasted", widget.SuccessImportance, true},
		{"app.example.com:99999", "", "is not a port number", widget.DangerImportance, false},
		{"", `Get "https://api..corp.net/v1": dial tcp: lookup api..corp.net: no such host`, "not a valid host name", widget.WarningImportance, true},
		{"app.example.com", "ssh: connect to host git.example.com port 22: Connection timed out", "the address field is used", widget.SuccessImportance, true},
		{"", "something went wrong", "", widget.DangerImportance, false},
	}
	for _, c := range cases {
		h.locked(func() {
			p.field.SetText(c.field)
			p.paste.SetText(c.paste)
		})
		if !strings.Contains(p.preview.Text, c.want) || p.preview.Importance != c.importance {
			t.Errorf("field %q paste %q: preview %q (importance %v), want %q (%v)", c.field, c.paste, p.preview.Text, p.preview.Importance, c.want, c.importance)
		}
		if p.startB.Disabled() == c.canStart {
			t.Errorf("field %q paste %q: start enabled = %v, want %v", c.field, c.paste, !p.startB.Disabled(), c.canStart)
		}
	}
}

// TestWholeFlow goes from a pasted error to a diagnosis, an exported PDF and
// HTML, a copied summary, a repeat after a "fix", the comparison, and the
// history, with a scripted engine.
func TestWholeFlow(t *testing.T) {
	s := &script{port: probes.PortFiltered, gate: make(chan struct{})}
	h := newHarness(t, s.run)
	u := h.u
	h.locked(func() {
		test.Type(u.target.paste, "Get \"https://app.example.com/api\": dial tcp 10.0.0.5:443: connect: connection timed out")
	})
	h.tapButton(u.target.content, "Start checks")

	// Checking: the first check is done, the others wait.
	h.waitFor("the first check to finish", func() bool { return u.run != nil && u.run.done == 1 })
	h.locked(func() {
		if got := u.run.rows["local"].stateText(); !strings.HasPrefix(got, "passed — ") {
			t.Errorf("local row says %q", got)
		}
		if got := u.run.rows["port"].stateText(); got != "running…" && got != "waiting" {
			t.Errorf("port row says %q before its result", got)
		}
		if v := u.run.bar.Value; v <= 0 || v >= 1 {
			t.Errorf("progress %v mid-run", v)
		}
	})
	close(s.gate)

	// Diagnosis.
	h.waitFor("the diagnosis", func() bool { return u.diag != nil })
	all := strings.Join(h.texts(u.diag.content), "\n")
	for _, want := range []string{"Problem code port.filtered", "What to do", "1. ", "Run again and compare", "Every check", "Hop by hop", "Copy request for the network team"} {
		if !strings.Contains(all, want) {
			t.Errorf("diagnosis lacks %q", want)
		}
	}
	if u.diag.run.ID == 0 {
		t.Fatal("the run was not saved")
	}
	h.waitFor("the charts", func() bool { return u.diag.chartsLoaded && len(u.diag.charts.Objects) >= 1 })

	// Copy summary.
	h.tapButton(u.diag.content, "Copy summary")
	if clip := u.app.Clipboard().Content(); !strings.Contains(clip, "[port.filtered]") || !strings.Contains(clip, "Fix:") {
		t.Errorf("clipboard: %q", clip)
	}

	// Export PDF, then HTML.
	for _, format := range []string{formatPDF, formatHTML} {
		h.tapButton(u.diag.content, "Export report…")
		h.locked(func() {
			walk(h.overlay(), func(o fyne.CanvasObject) {
				if r, ok := o.(*keyRadio); ok {
					r.SetSelected(format)
				}
			})
		})
		h.tapButton(h.overlay(), "Save (Enter)")
		h.waitFor("the file", func() bool { return u.lastSaved != "" })
		h.tapButton(h.overlay(), "Close (Enter)")
		b, err := os.ReadFile(u.lastSaved)
		if err != nil {
			t.Fatal(err)
		}
		magic := map[string]string{formatPDF: "%PDF-", formatHTML: "<!DOCTYPE html>"}[format]
		if !bytes.HasPrefix(b, []byte(magic)) || !bytes.Contains(b, []byte("port.filtered")) && format == formatHTML {
			t.Errorf("%s export: %.40q…", format, b)
		}
		u.lastSaved = ""
	}

	// The fix: the port opens. Run again and compare.
	s.set(func(s *script) { s.port, s.gate = probes.PortOpen, nil })
	first := u.diag.run
	h.tapButton(u.diag.content, "Run again and compare")
	h.waitFor("the comparison", func() bool { return u.cmp != nil })
	if u.cmp.cmp.Verdict != history.Fixed {
		t.Errorf("comparison verdict %q, want fixed", u.cmp.cmp.Verdict)
	}
	ctext := strings.Join(h.texts(u.cmp.content), "\n")
	for _, want := range []string{"Fixed", "The problem found before (port.filtered) is gone.", "“before”", "“after”", "Check by check"} {
		if !strings.Contains(ctext, want) {
			t.Errorf("comparison lacks %q", want)
		}
	}
	if r, _ := u.store.Get(first.ID); r.Label != "before" {
		t.Errorf("the first run is labelled %q, want before", r.Label)
	}

	// History lists both; ticking two enables the comparison.
	h.locked(func() { u.tabs.SelectIndex(1) })
	h.settle()
	if n := len(u.hist.rows); n != 2 {
		t.Fatalf("history shows %d runs, want 2", n)
	}
	h.locked(func() {
		u.hist.mark(u.hist.rows[0].ID, true)
		u.hist.mark(u.hist.rows[1].ID, true)
	})
	if u.hist.compareB.Disabled() {
		t.Error("compare stays disabled with two runs ticked")
	}
	u.cmp = nil
	h.locked(func() { u.hist.compare() })
	h.settle()
	if u.cmp == nil || u.cmp.cmp.Before.ID != first.ID {
		t.Error("comparing from the history did not open the runs in order")
	}
}
