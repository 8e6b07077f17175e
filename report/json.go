package report

import (
	"encoding/json"
	"io"
	"time"

	"github.com/conndoctor/conndoctor/diagnose"
	"github.com/conndoctor/conndoctor/engine"
	"github.com/conndoctor/conndoctor/history"
	"github.com/conndoctor/conndoctor/probes"
	"github.com/conndoctor/conndoctor/target"
)

// Document is the JSON form of a run, for tools and scripts; its field
// names are a stable interface (the CLI's --json prints it too).
type Document struct {
	// RunID is the saved run's ID, null when the run was not saved.
	RunID      *int64             `json:"run_id"`
	Label      string             `json:"label,omitempty"`
	Version    string             `json:"version"`
	Target     target.Target      `json:"target"`
	Addr       string             `json:"addr,omitempty"`
	Started    time.Time          `json:"started"`
	DurationMs float64            `json:"duration_ms"`
	Verdict    diagnose.Finding   `json:"verdict"`
	Secondary  []diagnose.Finding `json:"secondary"`
	Checks     []CheckDoc         `json:"checks"`
	Env        engine.Environment `json:"env"`
}

// CheckDoc is one check in a Document.
type CheckDoc struct {
	ID         string        `json:"id"`
	Title      string        `json:"title"`
	Status     probes.Status `json:"status"`
	Summary    string        `json:"summary"`
	DurationMs float64       `json:"duration_ms"`
	// Data is the check's full result.
	Data any `json:"data"`
}

// NewDocument builds the JSON form of a report, as the CLI's --json prints
// it; id 0 means not saved. Like every format, it is built from a copy
// Scrub made (URL user-info removed), with nothing redacted.
func NewDocument(r *engine.Report, id int64, label string) Document {
	return RunDocument(&history.Run{ID: id, Label: label, Report: *r}, Options{})
}

// RunDocument builds the JSON form of a stored run from a copy scrubbed as
// o says (o.Redact replaces host names and addresses, as in the HTML and
// PDF reports).
func RunDocument(run *history.Run, o Options) Document {
	run = Scrub(o, run)[0]
	r := &run.Report
	d := Document{Label: run.Label, Version: r.Version, Target: r.Target, Addr: r.Addr, Started: r.Started,
		DurationMs: float64(r.Duration.Microseconds()) / 1000, Verdict: r.Diagnosis.Verdict,
		Secondary: r.Diagnosis.Secondary, Checks: []CheckDoc{}, Env: r.Env}
	if run.ID != 0 {
		id := run.ID
		d.RunID = &id
	}
	if d.Secondary == nil {
		d.Secondary = []diagnose.Finding{}
	}
	for _, e := range r.Results.Entries() {
		d.Checks = append(d.Checks, CheckDoc{ID: e.ID, Title: e.Title, Status: e.Status, Summary: e.Summary,
			DurationMs: float64(e.Duration.Microseconds()) / 1000, Data: e.Data})
	}
	return d
}

// JSON writes v indented.
func JSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
