package app

import (
	"testing"

	"fyne.io/fyne/v2"
)

// TestHistoryRowsHaveHeight: a History row measures as tall as its
// content (rows wrapped for double-clicks once measured 0×0 and were
// drawn on top of each other).
func TestHistoryRowsHaveHeight(t *testing.T) {
	h := newHarness(t, (&script{}).run)
	var row, content fyne.Size
	h.locked(func() {
		r := h.u.hist.list.CreateItem()
		row, content = r.MinSize(), r.(*openRow).content.MinSize()
	})
	if row.Height < content.Height || row.Height == 0 {
		t.Errorf("a row measures %v, its content %v", row, content)
	}
}
