package history

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/conndoctor/conndoctor/engine"
)

// SaveOptions describe a run being saved.
type SaveOptions struct {
	// Label names the run ("before fix", "after flushing DNS").
	Label string
	// Repeats is the ID of the run this one repeats, 0 for none.
	Repeats int64
}

// ErrNotFound means no run has the given ID.
var ErrNotFound = errors.New("history: no such run")

// Save stores a run and its checks in one transaction and returns its ID.
// When Save returns without error the run is on disk. Retention (if set) is
// applied afterwards.
func (s *Store) Save(rep *engine.Report, o SaveOptions) (int64, error) {
	if len(o.Label) > MaxLabel {
		return 0, fmt.Errorf("history: the label is longer than %d bytes", MaxLabel)
	}
	target, _ := json.Marshal(rep.Target)
	diag, _ := json.Marshal(rep.Diagnosis)
	env, _ := json.Marshal(rep.Env)
	tx, err := s.db.Begin()
	if err != nil {
		return 0, fmt.Errorf("history: save run: %w", err)
	}
	defer tx.Rollback()
	var repeats sql.NullInt64
	if o.Repeats != 0 {
		if err := tx.QueryRow("SELECT id FROM runs WHERE id = ?", o.Repeats).Scan(&repeats); err != nil {
			return 0, fmt.Errorf("history: run %d (the run this one repeats): %w", o.Repeats, ErrNotFound)
		}
	}
	res, err := tx.Exec(`INSERT INTO runs (started_at, duration_ms, input, target_key, target_json, addr,
		verdict_code, verdict_summary, diagnosis_json, env_json, version, label, repeats_id)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		rep.Started.UTC().Format(time.RFC3339Nano), ms(rep.Duration), rep.Target.Input, rep.Target.HostPort(),
		string(target), rep.Addr, rep.Diagnosis.Verdict.Code, rep.Diagnosis.Verdict.Summary,
		string(diag), string(env), rep.Version, o.Label, repeats)
	if err != nil {
		return 0, fmt.Errorf("history: save run: %w", err)
	}
	id, _ := res.LastInsertId()
	for i, e := range rep.Results.Entries() {
		data, err := json.Marshal(e.Data)
		if err != nil {
			return 0, fmt.Errorf("history: encode check %s: %w", e.ID, err)
		}
		if _, err := tx.Exec(`INSERT INTO checks (run_id, seq, check_id, title, status, summary, duration_ms, data_json)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, id, i, e.ID, e.Title, string(e.Status), e.Summary, ms(e.Duration), string(data)); err != nil {
			return 0, fmt.Errorf("history: save check %s: %w", e.ID, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("history: save run: %w", err)
	}
	if _, err := s.ApplyRetention(); err != nil {
		return id, err
	}
	return id, nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
