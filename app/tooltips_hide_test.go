package app

import (
	"testing"

	"fyne.io/fyne/v2"

	"github.com/conndoctor/conndoctor/probes"
)

// TestLeavingStepHidesEveryToolTip: hideToolTips reaches every tooltip
// widget of each step (found through the widgets' renderers, as a user
// sees them), so none can stay drawn over the next step.
func TestLeavingStepHidesEveryToolTip(t *testing.T) {
	h := diagnosed(t, probes.PortFiltered)
	pages := map[string]fyne.CanvasObject{"target": h.u.target.content, "run": h.u.run.content, "diagnosis": h.u.diag.content}
	h.locked(func() { press(h.u.win.Canvas(), fyne.KeyR, ctrl) })
	h.waitFor("the comparison", func() bool { return h.u.cmp != nil })
	pages["comparison"] = h.u.cmp.content
	for name, page := range pages {
		want, got := map[toolTipper]bool{}, map[toolTipper]bool{}
		h.locked(func() {
			walk(page, func(o fyne.CanvasObject) {
				if tt, ok := o.(toolTipper); ok && tt.ToolTip() != "" {
					want[tt] = true
				}
			})
			eachToolTipper(page, func(tt toolTipper) { got[tt] = true })
		})
		if len(want) == 0 {
			t.Errorf("%s: no tooltip widgets found", name)
		}
		for tt := range want {
			if !got[tt] {
				t.Errorf("%s: tooltip %q not reached by hideToolTips", name, tt.ToolTip())
			}
		}
	}
}
