package main

import (
	"time"

	"github.com/conndoctor/conndoctor/diagnose"
	"github.com/conndoctor/conndoctor/engine"
	"github.com/conndoctor/conndoctor/probes"
	"github.com/conndoctor/conndoctor/target"
)

// jsonOut is the --json document. Its field names are a stable interface
// for scripts.
type jsonOut struct {
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
	Checks     []jsonCheck        `json:"checks"`
}

type jsonCheck struct {
	ID         string        `json:"id"`
	Title      string        `json:"title"`
	Status     probes.Status `json:"status"`
	Summary    string        `json:"summary"`
	DurationMs float64       `json:"duration_ms"`
	Data       any           `json:"data"`
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func jsonReport(r *engine.Report) jsonOut {
	out := jsonOut{Version: r.Version, Target: r.Target, Addr: r.Addr, Started: r.Started,
		DurationMs: ms(r.Duration), Verdict: r.Diagnosis.Verdict, Secondary: r.Diagnosis.Secondary,
		Checks: []jsonCheck{}}
	if out.Secondary == nil {
		out.Secondary = []diagnose.Finding{}
	}
	for _, e := range r.Results.Entries() {
		out.Checks = append(out.Checks, jsonCheck{ID: e.ID, Title: e.Title, Status: e.Status,
			Summary: e.Summary, DurationMs: ms(e.Duration), Data: e.Data})
	}
	return out
}
