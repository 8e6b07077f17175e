package diagnose

import (
	"encoding/json"
	"fmt"

	"github.com/conndoctor/conndoctor/probes"
	"github.com/conndoctor/conndoctor/target"
)

// Recorded is a run as `conndoctor-cli check --json` prints it, read back:
// the target, the diagnosis given then and every check's full result. The
// lab records its scenarios in this form, and tests replay them through the
// rules in ordinary `go test`, so the rule table meets real probe output.
type Recorded struct {
	// Target is the parsed target.
	Target target.Target
	// Diagnosis is the verdict and secondary findings as recorded.
	Diagnosis Diagnosis
	// Set holds the checks' results.
	Set *probes.Set
}

// ReadRecorded decodes a `check --json` document.
func ReadRecorded(b []byte) (*Recorded, error) {
	var doc struct {
		Target    target.Target `json:"target"`
		Verdict   Finding       `json:"verdict"`
		Secondary []Finding     `json:"secondary"`
		Checks    []struct {
			ID   string          `json:"id"`
			Data json.RawMessage `json:"data"`
		} `json:"checks"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		return nil, fmt.Errorf("diagnose: read a recorded run: %w", err)
	}
	r := &Recorded{Target: doc.Target, Diagnosis: Diagnosis{Verdict: doc.Verdict, Secondary: doc.Secondary}, Set: &probes.Set{}}
	for _, c := range doc.Checks {
		if err := r.Set.Put(c.ID, c.Data); err != nil {
			return nil, err
		}
	}
	return r, nil
}
