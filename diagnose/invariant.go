package diagnose

import (
	"fmt"

	"github.com/conndoctor/conndoctor/probes"
)

// Violations lists where a diagnosis contradicts its own checks; a correct
// rule table never produces one. The invariant, for every run:
//   - every check that failed or warned is evidence of the verdict or of a
//     secondary finding: nothing the user sees in red or amber goes
//     unexplained;
//   - a healthy verdict never stands over a failed check;
//   - a check that could not run (skip, error) is never evidence of a
//     finding, except of the inconclusive verdict, which says what could not
//     run.
//
// The lab asserts it on every scenario's real output, and the replay tests
// on recorded runs with each check's status varied.
func Violations(d Diagnosis, s *probes.Set) []string {
	var out []string
	cited := map[string]bool{}
	status := map[string]probes.Status{}
	for _, e := range s.Entries() {
		status[e.ID] = e.Status
	}
	for _, f := range append([]Finding{d.Verdict}, d.Secondary...) {
		for _, e := range f.Evidence {
			cited[e.Check] = true
			st, isCheck := status[e.Check]
			if isCheck && f.Code != CodeInconclusive && (st == probes.StatusError || st == probes.StatusSkip) {
				out = append(out, fmt.Sprintf("%s rests on check %s, which could not run (%s)", f.Code, e.Check, st))
			}
		}
	}
	for _, e := range s.Entries() {
		switch {
		case d.Verdict.Code == CodeHealthy && e.Status == probes.StatusFail:
			out = append(out, fmt.Sprintf("healthy although check %s failed: %s", e.ID, e.Summary))
		case (e.Status == probes.StatusFail || e.Status == probes.StatusWarn) && !cited[e.ID]:
			out = append(out, fmt.Sprintf("check %s is %s (%s) but no finding cites it", e.ID, e.Status, e.Summary))
		}
	}
	return out
}
