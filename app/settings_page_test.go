package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/conndoctor/conndoctor/history"
)

// TestRetentionSaysWhatZeroMeans: a stored "keep forever" shows as an
// unticked box with its meaning in words, not as a bare "0"; ticking it
// offers a number, and saving stores it.
func TestRetentionSaysWhatZeroMeans(t *testing.T) {
	h := newHarness(t, (&script{}).run)
	u := h.u
	p := u.sets
	if p.keepDays.on.Checked || p.keepDays.n.Text != "" || p.keepLast.on.Checked {
		t.Errorf("no limit shows as days %v %q, runs %v", p.keepDays.on.Checked, p.keepDays.n.Text, p.keepLast.on.Checked)
	}
	text := p.keepDays.on.Text + "\n" + p.keepLast.on.Text
	h.locked(func() {
		walk(u.tabs.Items[2].Content, func(o fyne.CanvasObject) {
			if f, ok := o.(*widget.Form); ok {
				for _, it := range f.Items {
					text += "\n" + it.HintText
				}
			}
		})
	})
	for _, want := range []string{"Delete runs older than", "Keep only the newest", "every run is kept forever"} {
		if !strings.Contains(text, want) {
			t.Errorf("settings lack %q", want)
		}
	}
	h.locked(func() { p.keepDays.on.SetChecked(true) })
	if p.keepDays.n.Text != "90" {
		t.Errorf("ticking offers %q days", p.keepDays.n.Text)
	}
	h.locked(p.save)
	if r, _ := u.store.Retention(); r != (history.Retention{KeepDays: 90}) {
		t.Errorf("retention %+v", r)
	}
	h.locked(func() { p.keepDays.n.SetText("") })
	if p.keepDays.on.Checked {
		t.Error("emptying the number leaves the box ticked")
	}
	h.locked(func() { p.keepLast.n.SetText("0") })
	if _, _, err := p.read(); err == nil || !strings.Contains(err.Error(), "untick it to keep every run") {
		t.Errorf("0 runs: %v", err)
	}
}
