package diagnose

import (
	"encoding/json"
	"testing"

	"github.com/conndoctor/conndoctor/probes"
	"github.com/conndoctor/conndoctor/target"
)

// cloneSet deep-copies a set through its JSON form, as history stores it.
func cloneSet(t *testing.T, s *probes.Set) *probes.Set {
	t.Helper()
	out := &probes.Set{}
	for _, e := range s.Entries() {
		b, err := json.Marshal(e.Data)
		if err != nil {
			t.Fatal(err)
		}
		if err := out.Put(e.ID, b); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// variants returns the set as it is and, for each check, the same set with
// that check's status replaced, its data left in place: marked as having
// failed to run (error) or been skipped, a rule must not read its data;
// marked as warning or failed, some finding must still cite it.
func variants(t *testing.T, s *probes.Set) map[string]*probes.Set {
	out := map[string]*probes.Set{"as recorded": s}
	for _, e := range s.Entries() {
		for _, st := range []probes.Status{probes.StatusError, probes.StatusSkip, probes.StatusWarn, probes.StatusFail} {
			v := cloneSet(t, s)
			for _, ve := range v.Entries() {
				if ve.ID == e.ID {
					ve.Status = st
					ve.Summary = "injected " + string(st)
				}
			}
			out[e.ID+" "+string(st)] = v
		}
	}
	return out
}

// assertInvariant diagnoses every variant of a set and fails on any
// violation of the invariant.
func assertInvariant(t *testing.T, tgt target.Target, s *probes.Set) {
	t.Helper()
	for name, v := range variants(t, s) {
		d := Diagnose(tgt, v)
		for _, msg := range Violations(d, v) {
			t.Errorf("%s: verdict %s: %s", name, d.Verdict.Code, msg)
		}
	}
}

// TestViolationsSeesContradictions checks the checker itself.
func TestViolationsSeesContradictions(t *testing.T) {
	s := healthySet()
	s.Ping.Status = probes.StatusFail
	d := Diagnosis{Verdict: Finding{Code: CodeHealthy}}
	if len(Violations(d, s)) == 0 {
		t.Error("healthy over a failed ping not reported")
	}
	s = healthySet()
	s.Port.Status = probes.StatusError
	d = Diagnosis{Verdict: Finding{Code: CodePortFiltered, Evidence: []Evidence{{Check: "port", Text: "x"}}}}
	if len(Violations(d, s)) == 0 {
		t.Error("a verdict resting on an errored check not reported")
	}
}
