package diagnose

import (
	"github.com/conndoctor/conndoctor/probes"
)

// account makes the diagnosis answer for every check the user sees in red
// or amber (see Violations):
//   - under a problem verdict, a failed or warning check that no finding
//     cites is listed as evidence seen alongside the verdict's cause (rules
//     run nearest-first, so what fails further along is the cause's
//     consequence);
//   - a healthy verdict never stands over a failed check: the port accepted
//     the connection while another check says something is broken, so the
//     checks disagree, and the verdict says so (inconclusive) with both
//     sides as evidence.
func account(d *Diagnosis, f *facts) {
	cited := map[string]bool{}
	for _, fd := range append([]Finding{d.Verdict}, d.Secondary...) {
		for _, e := range fd.Evidence {
			cited[e.Check] = true
		}
	}
	var loose, failed []Evidence
	for _, e := range f.all.Entries() {
		switch {
		case e.Status == probes.StatusFail && d.Verdict.Code == CodeHealthy:
			failed = append(failed, ev(e.Check))
		case (e.Status == probes.StatusFail || e.Status == probes.StatusWarn) && !cited[e.ID]:
			loose = append(loose, Evidence{Check: e.ID, Text: "Also seen: " + e.Summary})
		}
	}
	if len(failed) > 0 {
		d.Verdict = disagree(f, d.Verdict, append(failed, loose...))
		return
	}
	if d.Verdict.Code != CodeHealthy && d.Verdict.Code != CodeInconclusive {
		d.Verdict.Evidence = append(d.Verdict.Evidence, loose...)
		return
	}
	// Under healthy only warnings are left; they join the secondary finding
	// that fits them, or stand as one of their own.
	if len(loose) > 0 {
		d.Secondary = append(d.Secondary, Finding{Code: CodeChecksWarn, Severity: SeverityInfo,
			Summary:     "Some checks saw something worth a look, although the connection works",
			Explanation: "These checks warned but do not explain a failure: the connection works. They may matter if the problem comes back.",
			Evidence:    loose,
			Fix:         []Step{{Text: "If the program still fails, run the check again while the failure happens and compare the two runs.", Who: ActorUser}},
			Who:         []Actor{ActorUser}})
	}
}

// disagree is the verdict when the port accepted the connection but other
// checks failed: the checks contradict each other, which no single cause
// explains.
func disagree(f *facts, healthy Finding, failed []Evidence) Finding {
	evidence := append(append([]Evidence{}, healthy.Evidence...), failed...)
	return Finding{Code: CodeInconclusive, Severity: SeverityWarning,
		Summary:     "The connection to " + f.addr() + " works, but other checks failed: they disagree",
		Explanation: "The port accepted the connection, so the network path and the server work right now; yet the checks below failed. Either the problem comes and goes, or one of those checks saw something this connection does not use. Nothing can be named as the cause from one run.",
		Evidence:    evidence,
		Fix: []Step{
			{Text: "Run the check again while the program fails, and compare the two runs.", Who: ActorUser},
			{Text: "Read the failed checks' results below: each says what it saw.", Who: ActorHelpdesk},
		},
		Who: []Actor{ActorUser, ActorHelpdesk}}
}
