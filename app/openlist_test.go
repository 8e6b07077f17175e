package app

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/conndoctor/conndoctor/engine"
	"github.com/conndoctor/conndoctor/history"
	"github.com/conndoctor/conndoctor/probes"
	"github.com/conndoctor/conndoctor/target"
)

// historyWithRuns saves n scripted runs and shows the History tab.
func historyWithRuns(t *testing.T, n int) *harness {
	s := &script{port: probes.PortFiltered}
	h := newHarness(t, s.run)
	tg, _ := target.Parse("app.example.com:443")
	for range n {
		if _, err := h.u.store.Save(s.run(context.Background(), tg, engine.Options{}, nil), history.SaveOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	h.locked(func() { h.u.tabs.SelectIndex(1) })
	return h
}

// rowOf finds the rendered row showing list item id.
func rowOf(l *openList, id int) (row *openRow) {
	walk(l, func(o fyne.CanvasObject) {
		if r, ok := o.(*openRow); ok && r.id == id && row == nil {
			row = r
		}
	})
	return row
}

func TestHistoryRowsAreAsTallAsTheirContent(t *testing.T) {
	h := historyWithRuns(t, 1)
	row := h.u.hist.list.CreateItem().(*openRow)
	if got, want := row.MinSize(), row.content.MinSize(); got != want || got.Height == 0 {
		t.Errorf("a new row's MinSize is %v, its content's %v", got, want)
	}
}

func TestHistoryRowOpensOnDoubleClick(t *testing.T) {
	h := historyWithRuns(t, 3)
	u := h.u
	var want int64
	h.locked(func() {
		want = u.hist.rows[1].ID
		row := rowOf(u.hist.list, 1)
		if row == nil {
			t.Fatal("row 1 is not shown")
		}
		test.DoubleTap(row)
	})
	if u.diag == nil || u.diag.run.ID != want {
		t.Fatalf("double-click on row 1 did not open run #%d (diag %v)", want, u.diag)
	}
	if u.tabs.Selected() != u.checkTab {
		t.Error("the opened run is not shown")
	}
}

func TestHistoryRowSingleClickSelectsOnly(t *testing.T) {
	h := historyWithRuns(t, 2)
	u := h.u
	h.locked(func() { test.Tap(rowOf(u.hist.list, 1)) })
	if u.diag != nil {
		t.Error("a single click opened the run")
	}
	if u.hist.selected != u.hist.rows[1].ID || u.hist.openB.Disabled() {
		t.Errorf("a single click did not select row 1 (selected #%d)", u.hist.selected)
	}
	if u.win.Canvas().Focused() != u.hist.list {
		t.Error("after a click the list does not have the keyboard focus")
	}
}

func TestHistoryRowOpensOnEnter(t *testing.T) {
	h := historyWithRuns(t, 3)
	u := h.u
	c := u.win.Canvas()
	h.locked(func() {
		c.Focus(u.hist.list)
		press(c, fyne.KeyDown, 0)
		press(c, fyne.KeyDown, 0)
		press(c, fyne.KeyReturn, 0)
	})
	if u.diag == nil || u.diag.run.ID != u.hist.rows[2].ID {
		t.Fatalf("Enter on the third row did not open it (diag %v)", u.diag)
	}
}

func TestHistoryEnterOnEmptyList(t *testing.T) {
	h := historyWithRuns(t, 0)
	c := h.u.win.Canvas()
	h.locked(func() {
		c.Focus(h.u.hist.list)
		press(c, fyne.KeyReturn, 0)
	})
	if h.u.diag != nil || h.overlay() != nil {
		t.Error("Enter on an empty history opened something")
	}
}
