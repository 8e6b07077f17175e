package app

import "fyne.io/fyne/v2"

// shownStep is the step the Check tab shows, or nil when another tab is
// selected.
func (u *UI) shownStep() fyne.CanvasObject {
	if u.tabs.Selected() != u.checkTab || len(u.flow.Objects) == 0 {
		return nil
	}
	return u.flow.Objects[0]
}

// diagShown is the diagnosis on screen, or nil.
func (u *UI) diagShown() *diagnosisPage {
	if u.diag != nil && u.shownStep() == u.diag.content {
		return u.diag
	}
	return nil
}

// newCheck goes back to the target step, the focus in the address field
// (Ctrl+N). A run in progress is left alone: Esc cancels it.
func (u *UI) newCheck() {
	if u.run != nil && u.run.active() {
		return
	}
	u.show(u.target.content)
}

// runAgainShown repeats the diagnosis on screen and compares (Ctrl+R).
func (u *UI) runAgainShown() {
	if p := u.diagShown(); p != nil && (u.run == nil || !u.run.active()) {
		p.runAgain()
	}
}

// exportShown exports what is on screen: the diagnosis, the comparison,
// or the run selected in History (Ctrl+E).
func (u *UI) exportShown() {
	if p := u.diagShown(); p != nil {
		u.exportRun(p.run)
		return
	}
	if u.cmp != nil && u.shownStep() == u.cmp.content {
		u.exportCompare(u.cmp.a, u.cmp.b)
		return
	}
	if u.tabs.Selected() != u.checkTab && u.tabs.Selected().Content == u.hist.content && u.hist.selected != 0 {
		u.hist.export()
	}
}

// copyShown copies the summary of the diagnosis on screen (Ctrl+Shift+C).
func (u *UI) copyShown() {
	if p := u.diagShown(); p != nil {
		p.copySummary()
	}
}
