package app

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/conndoctor/conndoctor/engine"
	"github.com/conndoctor/conndoctor/history"
	"github.com/conndoctor/conndoctor/probes"
	"github.com/conndoctor/conndoctor/target"
)

func TestCancelMidRun(t *testing.T) {
	s := &script{port: probes.PortFiltered, gate: make(chan struct{})}
	h := newHarness(t, s.run)
	u := h.u
	h.start("app.example.com:443")
	h.waitFor("the first check", func() bool { return u.run != nil && u.run.done == 1 })
	h.tapButton(u.run.content, "Cancel")
	h.waitFor("the target step again", func() bool { return u.run.ended })
	if !strings.Contains(u.target.preview.Text, "cancelled") {
		t.Errorf("after cancel the target step says %q", u.target.preview.Text)
	}
	if u.diag != nil {
		t.Error("a cancelled run showed a diagnosis")
	}
	if n, _ := u.store.Count(); n != 0 {
		t.Errorf("a cancelled run was saved (%d runs)", n)
	}
	// Escape cancels too.
	s.set(func(s *script) { s.gate = make(chan struct{}) })
	h.start("app.example.com:443")
	h.waitFor("the second run", func() bool { return !u.run.ended && u.run.done == 1 })
	h.locked(func() { u.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape}) })
	h.waitFor("the cancel by Escape", func() bool { return u.run.ended })
}

func TestEveryCheckFailing(t *testing.T) {
	s := &script{port: probes.PortFiltered, all: probes.StatusFail}
	h := newHarness(t, s.run)
	h.start("app.example.com:443")
	h.waitFor("the diagnosis", func() bool { return h.u.diag != nil })
	for id, row := range h.u.run.rows {
		if !strings.HasPrefix(row.stateText(), "failed — ") && row.stateText() != notRun {
			t.Errorf("%s row says %q", id, row.stateText())
		}
	}
	if h.u.diag.view.Verdict.Code == "" || h.u.diag.view.Verdict.Code == "healthy" {
		t.Errorf("verdict %q with every check failing", h.u.diag.view.Verdict.Code)
	}
}

func TestCheckThatErrors(t *testing.T) {
	s := &script{port: probes.PortOpen, all: probes.StatusError}
	h := newHarness(t, s.run)
	h.start("app.example.com:443")
	h.waitFor("the diagnosis", func() bool { return h.u.diag != nil })
	if got := h.u.run.rows["ping"].stateText(); !strings.HasPrefix(got, "could not run — ") {
		t.Errorf("ping row says %q", got)
	}
}

func TestHistoryWith200Runs(t *testing.T) {
	s := &script{port: probes.PortOpen}
	h := newHarness(t, s.run)
	u := h.u
	for i := 0; i < 200; i++ {
		host := fmt.Sprintf("host%03d.example.com:443", i)
		tg, _ := target.Parse(host)
		if i%2 == 1 {
			s.port = probes.PortRefused
		} else {
			s.port = probes.PortOpen
		}
		if _, err := u.store.Save(s.run(context.Background(), tg, engine.Options{}, nil), history.SaveOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	h.locked(func() { u.tabs.SelectIndex(1) })
	if len(u.hist.rows) != 200 || !strings.HasPrefix(u.hist.count.Text, "200 runs") {
		t.Fatalf("history shows %d rows: %q", len(u.hist.rows), u.hist.count.Text)
	}
	h.locked(func() { u.hist.filter.SetText("host01") })
	if len(u.hist.rows) != 10 {
		t.Errorf("filter host01: %d rows, want 10", len(u.hist.rows))
	}
	h.locked(func() { u.hist.filter.SetText(""); u.hist.verdict.SetSelectedIndex(verdictFilterIndex("port.")) })
	if len(u.hist.rows) != 100 {
		t.Errorf("port.* filter: %d rows, want 100", len(u.hist.rows))
	}
	// Open, then delete the selected run after confirming.
	h.locked(func() { u.hist.verdict.SetSelectedIndex(0); u.hist.list.Select(0) })
	victim := u.hist.selected
	h.tapButton(u.hist.content, "Open")
	if u.diag == nil || u.diag.run.ID != victim {
		t.Fatal("Open did not show the selected run")
	}
	h.locked(func() { u.tabs.SelectIndex(1); u.hist.list.Select(0) })
	h.tapButton(u.hist.content, "Delete")
	h.tapButton(h.overlay(), "Yes")
	if n, _ := u.store.Count(); n != 199 {
		t.Errorf("%d runs after deleting one", n)
	}
	if _, err := u.store.Get(victim); err == nil {
		t.Error("the deleted run is still there")
	}
}

func TestSettingsSaveAndValidate(t *testing.T) {
	h := newHarness(t, (&script{}).run)
	u := h.u
	p := u.sets
	h.locked(func() {
		p.timeout.SetSelected("10s")
		p.noTrace.SetChecked(true)
		p.reference.SetText("intranet.example.com:443")
		p.look.SetSelected("dark")
		p.keepLast.SetText("50")
		p.save()
	})
	got := loadSettings(u.app.Preferences())
	if got.PortTimeout != 10*time.Second || !got.NoTrace || got.Reference != "intranet.example.com:443" || got.Theme != "dark" {
		t.Errorf("saved settings %+v", got)
	}
	if r, _ := u.store.Retention(); r.KeepLast != 50 {
		t.Errorf("retention %+v", r)
	}
	for _, bad := range []struct{ field, value string }{{"keepDays", "-3"}, {"keepLast", "many"}, {"reference", "http://"}} {
		h.locked(func() {
			p.keepDays.SetText("")
			p.keepLast.SetText("")
			p.reference.SetText("")
			map[string]func(string){"keepDays": p.keepDays.SetText, "keepLast": p.keepLast.SetText, "reference": p.reference.SetText}[bad.field](bad.value)
		})
		if _, _, err := p.read(); err == nil {
			t.Errorf("%s = %q accepted", bad.field, bad.value)
		}
	}
}

func TestSettingsFallbacks(t *testing.T) {
	a := test.NewTempApp(t)
	p := a.Preferences()
	p.SetInt(prefTimeout, -5)
	p.SetString(prefTheme, "purple")
	p.SetFloat(prefWidth, 10)
	s := loadSettings(p)
	d := defaultSettings()
	if s.PortTimeout != d.PortTimeout || s.Theme != d.Theme || s.Width != d.Width {
		t.Errorf("bad stored values not replaced: %+v", s)
	}
}

func TestDamagedDatabaseOffered(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "history.db")
	os.WriteFile(path, []byte("this is not a database, but somebody's notes"), 0o600)
	a := test.NewTempApp(t)
	u := New(a, Deps{Run: (&script{}).run, OpenStore: func(_ string, o history.OpenOptions) (*history.Store, error) {
		return history.Open(path, o)
	}})
	if u.store != nil || u.storeErr == nil {
		t.Fatal("a damaged file was opened")
	}
	u.reportStoreProblem()
	b := findButton(u.win.Canvas().Overlays().Top(), "Yes")
	if b == nil {
		t.Fatal("no offer to start a new database")
	}
	test.Tap(b)
	if u.store == nil {
		t.Fatalf("no new database: %v", u.storeErr)
	}
	defer u.store.Close()
	if kept, _ := os.ReadFile(u.store.MovedAside); !strings.Contains(string(kept), "somebody's notes") {
		t.Error("the damaged file was not kept")
	}
}

func TestUnsavedRunSaysSo(t *testing.T) {
	h := newHarness(t, (&script{port: probes.PortOpen}).run)
	h.locked(func() { h.u.store.Close(); h.u.store, h.u.storeErr = nil, fmt.Errorf("disk full") })
	h.start("app.example.com:443")
	h.waitFor("the diagnosis", func() bool { return h.u.diag != nil })
	if all := strings.Join(h.texts(h.u.diag.content), "\n"); !strings.Contains(all, "not saved in the history") || !strings.Contains(all, "disk full") {
		t.Error("the diagnosis does not say the run was not saved")
	}
}

// TestRealEngineOnLoopback runs the real engine against a web server on
// 127.0.0.1, inside the tests' own network namespace.
func TestRealEngineOnLoopback(t *testing.T) {
	if !inPrivateNetns {
		t.Skip("needs a private network namespace (root or user namespaces) so the real engine sends nothing beyond this test")
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprintln(w, "ok") }))
	defer srv.Close()
	h := newHarness(t, nil)
	h.start(srv.URL + "/")
	h.waitFor("the diagnosis", func() bool { return h.u.diag != nil })
	if code := h.u.diag.view.Verdict.Code; code != "healthy" {
		t.Errorf("verdict %q for a working loopback server", code)
	}
	for _, id := range []string{"port", "ping", "app"} {
		if row := h.u.run.rows[id]; row == nil || !strings.HasPrefix(row.stateText(), "passed") {
			t.Errorf("%s row: %+v", id, row)
		}
	}
	// Export a PDF of the real run, run again, and open the comparison.
	h.tapButton(h.u.diag.content, "Export report…")
	h.tapButton(h.overlay(), "Save (Enter)")
	h.waitFor("the PDF", func() bool { return h.u.lastSaved != "" })
	h.tapButton(h.overlay(), "Close (Enter)")
	if b, err := os.ReadFile(h.u.lastSaved); err != nil || !strings.HasPrefix(string(b), "%PDF-") {
		t.Errorf("export: %v", err)
	}
	h.tapButton(h.u.diag.content, "Run again and compare")
	h.waitFor("the comparison", func() bool { return h.u.cmp != nil })
	if c := h.u.cmp.cmp; c.Verdict != history.Unchanged || !c.SameTarget || c.After.Label != "after" {
		t.Errorf("comparison %+v", c)
	}
	h.locked(func() { h.u.tabs.SelectIndex(1) })
	if len(h.u.hist.rows) != 2 {
		t.Errorf("history shows %d runs", len(h.u.hist.rows))
	}
}
