package app

import (
	"context"
	"strings"
	"testing"

	"github.com/conndoctor/conndoctor/engine"
	"github.com/conndoctor/conndoctor/history"
	"github.com/conndoctor/conndoctor/probes"
	"github.com/conndoctor/conndoctor/target"
)

// storedRun runs the script on input with the port in state and saves it.
func storedRun(t *testing.T, h *harness, input string, state probes.PortState) *history.Run {
	t.Helper()
	tg, err := target.Parse(input)
	if err != nil {
		t.Fatal(err)
	}
	rep := (&script{port: state}).run(context.Background(), tg, engine.Options{}, nil)
	rep.Results.Port.Title = "TCP port " + strings.SplitN(input, ":", 2)[1]
	id, err := h.u.store.Save(rep, history.SaveOptions{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := h.u.store.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestCompareStillFailing: a fault that persists is said in a banner, not
// as a neutral "Unchanged".
func TestCompareStillFailing(t *testing.T) {
	h := newHarness(t, (&script{}).run)
	a := storedRun(t, h, "app.example.com:443", probes.PortFiltered)
	b := storedRun(t, h, "app.example.com:443", probes.PortFiltered)
	var p *comparePage
	h.locked(func() { p = h.u.showCompare(a, b, nil) })
	text := strings.Join(h.texts(p.content), "\n")
	if p.cmp.Outcome != history.OutcomeStillFailing || !strings.Contains(text, "Still failing") || strings.Contains(text, "Unchanged:") {
		t.Errorf("outcome %s; page:\n%s", p.cmp.Outcome, text)
	}
}

// TestCompareDifferentTargetsInWizard: port 8081 and port 9001 are shown
// side by side with a warning; no row says fixed, and the page has no
// change column.
func TestCompareDifferentTargetsInWizard(t *testing.T) {
	h := newHarness(t, (&script{}).run)
	a := storedRun(t, h, "app.example.com:8081", probes.PortFiltered)
	b := storedRun(t, h, "app.example.com:9001", probes.PortOpen)
	var p *comparePage
	h.locked(func() { p = h.u.showCompare(a, b, nil) })
	text := strings.Join(h.texts(p.content), "\n")
	for _, want := range []string{"Different targets", "not a before and after", "TCP port 8081 / TCP port 9001", "not compared"} {
		if !strings.Contains(text, want) {
			t.Errorf("page lacks %q:\n%s", want, text)
		}
	}
	for _, bad := range []string{"\nFixed\n", "\nChange\n", "Now failing"} {
		if strings.Contains(text, bad) {
			t.Errorf("page has %q across different targets:\n%s", bad, text)
		}
	}
}
