package app

import (
	"context"
	"strings"

	"fyne.io/fyne/v2/widget"

	"github.com/conndoctor/conndoctor/target"
)

// referenceResult is the outcome of the reference target checked beside a
// run: it tells whether the network works in general.
type referenceResult struct {
	// Target is the reference as the user set it.
	Target string
	// OK says it was reachable; Summary is its verdict in words.
	OK      bool
	Summary string
}

// checkReference checks the reference target from the settings, if any,
// with the quick checks only (no traceroute, no MTU search).
func (u *UI) checkReference(ctx context.Context) *referenceResult {
	in := strings.TrimSpace(u.settings.Reference)
	if in == "" {
		return nil
	}
	t, err := target.Parse(in)
	if err != nil {
		return &referenceResult{Target: in, Summary: "the reference target in Settings is not valid: " + parseProblem(err)}
	}
	o := u.settings.options()
	o.NoTrace, o.NoMTU = true, true
	rep := u.deps.Run(ctx, t, o, nil)
	return &referenceResult{Target: in, OK: rep.Diagnosis.Healthy(), Summary: rep.Diagnosis.Verdict.Summary}
}

// widget shows the reference outcome in one line.
func (r *referenceResult) widget() *widget.Label {
	l := wrapped("Reference target " + r.Target + ": " + r.Summary)
	if r.OK {
		l.Importance = widget.SuccessImportance
	} else {
		l.Importance = widget.WarningImportance
	}
	return l
}
