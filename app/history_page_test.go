package app

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/conndoctor/conndoctor/diagnose"
	"github.com/conndoctor/conndoctor/engine"
	"github.com/conndoctor/conndoctor/history"
	"github.com/conndoctor/conndoctor/probes"
	"github.com/conndoctor/conndoctor/target"
)

// saveVerdicts saves one run per code, each with that verdict.
func saveVerdicts(t *testing.T, h *harness, codes []string) map[string]int64 {
	t.Helper()
	s := &script{port: probes.PortOpen}
	ids := map[string]int64{}
	for _, code := range codes {
		tg, _ := target.Parse(strings.ReplaceAll(code, "_", "-") + ".example.com:443")
		rep := s.run(context.Background(), tg, engine.Options{}, nil)
		rep.Diagnosis.Verdict.Code, rep.Diagnosis.Verdict.Severity = code, diagnose.SeverityOf(code)
		id, err := h.u.store.Save(rep, history.SaveOptions{})
		if err != nil {
			t.Fatal(err)
		}
		ids[code] = id
	}
	return ids
}

// TestHistoryFiltersFindEveryVerdict: each verdict family has a filter,
// and each filter shows its runs (the "Path" filter showed none of the
// route.* runs, and gateway.*, app.* and host.* had no filter).
func TestHistoryFiltersFindEveryVerdict(t *testing.T) {
	h := newHarness(t, (&script{}).run)
	u := h.u
	codes := diagnose.VerdictCodes()
	saveVerdicts(t, h, codes)
	h.locked(func() { u.tabs.SelectIndex(1) })
	seen := map[string]string{}
	for i, f := range verdictFilters {
		if i == 0 {
			continue
		}
		h.locked(func() { u.hist.verdict.SetSelectedIndex(i) })
		if len(u.hist.rows) == 0 {
			t.Errorf("filter %q shows no runs", f.label)
		}
		for _, r := range u.hist.rows {
			if prev, ok := seen[r.VerdictCode]; ok {
				t.Errorf("%s is under both %q and %q", r.VerdictCode, prev, f.label)
			}
			seen[r.VerdictCode] = f.label
		}
	}
	for _, code := range codes {
		if seen[code] == "" {
			t.Errorf("no filter shows the %s run", code)
		}
	}
	for _, want := range []string{"route.", "gateway.", "app.", "host."} {
		if i := verdictFilterIndex(want); i <= 0 {
			t.Errorf("no filter for %s*", want)
		}
	}
}

// TestHistoryColoursVerdicts: the result column shows the verdict's
// severity with an icon and the theme's status colours.
func TestHistoryColoursVerdicts(t *testing.T) {
	h := newHarness(t, (&script{}).run)
	u := h.u
	saveVerdicts(t, h, []string{diagnose.CodeHealthy, diagnose.CodePortFiltered, diagnose.CodePathLossy, "future.code"})
	h.locked(func() { u.tabs.SelectIndex(1) })
	want := map[string]widget.Importance{"healthy": widget.SuccessImportance, "port.filtered": widget.DangerImportance,
		"path.lossy": widget.WarningImportance, "future.code": widget.MediumImportance}
	icons := map[string]bool{"healthy": true, "port.filtered": true, "path.lossy": true}
	h.locked(func() {
		for id := range u.hist.rows {
			row := u.hist.newRow()
			u.hist.updateRow(id, row)
			var cells []*widget.Label
			walk(row, func(o fyne.CanvasObject) {
				if l, ok := o.(*widget.Label); ok {
					cells = append(cells, l)
				}
			})
			res := cells[2]
			if imp, ok := want[res.Text]; !ok || imp != res.Importance {
				t.Errorf("result cell %q has importance %v", res.Text, res.Importance)
			}
			var icon *widget.Icon
			walk(row, func(o fyne.CanvasObject) {
				if i, ok := o.(*widget.Icon); ok {
					icon = i
				}
			})
			if icon == nil || (icon.Resource != nil) != icons[res.Text] {
				t.Errorf("result cell %q: icon %v", res.Text, icon)
			}
		}
	})
}

// TestHistoryHiddenTicksDoNotCount: a ticked run the filter hides is
// unticked, so "Compare these two" cannot compare a run nobody sees.
func TestHistoryHiddenTicksDoNotCount(t *testing.T) {
	h := newHarness(t, (&script{}).run)
	u := h.u
	ids := saveVerdicts(t, h, []string{diagnose.CodeHealthy, diagnose.CodePortFiltered})
	h.locked(func() {
		u.tabs.SelectIndex(1)
		u.hist.mark(ids[diagnose.CodeHealthy], true)
		u.hist.mark(ids[diagnose.CodePortFiltered], true)
	})
	if u.hist.compareB.Disabled() {
		t.Fatal("two visible ticked runs: compare stays disabled")
	}
	h.locked(func() { u.hist.verdict.SetSelectedIndex(verdictFilterIndex("port.")) })
	if !u.hist.compareB.Disabled() || u.hist.marked[ids[diagnose.CodeHealthy]] {
		t.Errorf("the hidden healthy run still counts: compare enabled=%v, ticks %v", !u.hist.compareB.Disabled(), u.hist.marked)
	}
}

// TestHistoryOpenShowsRunAndWayBack: a run opened from History says which
// run it is and when, and "Back to History" returns with it selected.
func TestHistoryOpenShowsRunAndWayBack(t *testing.T) {
	h := newHarness(t, (&script{}).run)
	u := h.u
	ids := saveVerdicts(t, h, []string{diagnose.CodeHealthy, diagnose.CodePortFiltered})
	id := ids[diagnose.CodePortFiltered]
	h.locked(func() { u.tabs.SelectIndex(1) })
	h.locked(func() {
		for i, r := range u.hist.rows {
			if r.ID == id {
				u.hist.list.Select(i)
			}
		}
		u.hist.open()
	})
	if u.diag == nil || u.diag.backB == nil {
		t.Fatal("the opened run has no way back")
	}
	if line := u.diag.line.Text; !strings.HasPrefix(line, "Run #"+strconv.FormatInt(id, 10)+" · ") {
		t.Errorf("run line %q", line)
	}
	h.locked(func() { test.Tap(u.diag.backB) })
	if u.tabs.Selected().Content != u.hist.content || u.hist.selected != id {
		t.Errorf("back: tab %q, selected run %d, want History and %d", u.tabs.Selected().Text, u.hist.selected, id)
	}
}
