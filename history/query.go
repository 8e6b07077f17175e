package history

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/conndoctor/conndoctor/engine"
)

// Summary is one line of the run list.
type Summary struct {
	// ID identifies the run.
	ID int64 `json:"id"`
	// Started is when it ran; DurationMs how long it took.
	Started    time.Time `json:"started"`
	DurationMs float64   `json:"duration_ms"`
	// Input is the target as typed; Target is host:port.
	Input  string `json:"input"`
	Target string `json:"target"`
	// VerdictCode and VerdictSummary are the diagnosis.
	VerdictCode    string `json:"verdict_code"`
	VerdictSummary string `json:"verdict_summary"`
	// Label and Repeats are what the user recorded about the run.
	Label   string `json:"label,omitempty"`
	Repeats int64  `json:"repeats,omitempty"`
}

// Filter selects runs for List. Zero fields do not filter.
type Filter struct {
	// Target matches host:port or the input text, as a substring.
	Target string
	// Verdict matches the verdict code exactly, or a prefix ending in "."
	// ("dns." for every DNS verdict).
	Verdict string
	// Since and Until bound the start time.
	Since, Until time.Time
	// Limit caps the number of runs (default 100).
	Limit int
}

// List returns the newest runs matching f, newest first.
func (s *Store) List(f Filter) ([]Summary, error) {
	var where []string
	var args []any
	if f.Target != "" {
		where = append(where, "(target_key LIKE ? ESCAPE '\\' OR input LIKE ? ESCAPE '\\')")
		pat := "%" + likeEscape(f.Target) + "%"
		args = append(args, pat, pat)
	}
	switch {
	case strings.HasSuffix(f.Verdict, "."):
		where = append(where, "verdict_code LIKE ? ESCAPE '\\'")
		args = append(args, likeEscape(f.Verdict)+"%")
	case f.Verdict != "":
		where = append(where, "verdict_code = ?")
		args = append(args, f.Verdict)
	}
	if !f.Since.IsZero() {
		where = append(where, "started_at >= ?")
		args = append(args, f.Since.UTC().Format(time.RFC3339Nano))
	}
	if !f.Until.IsZero() {
		where = append(where, "started_at < ?")
		args = append(args, f.Until.UTC().Format(time.RFC3339Nano))
	}
	if f.Limit <= 0 {
		f.Limit = 100
	}
	q := "SELECT id, started_at, duration_ms, input, target_key, verdict_code, verdict_summary, label, COALESCE(repeats_id, 0) FROM runs"
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += " ORDER BY started_at DESC, id DESC LIMIT ?"
	rows, err := s.db.Query(q, append(args, f.Limit)...)
	if err != nil {
		return nil, fmt.Errorf("history: list runs: %w", err)
	}
	defer rows.Close()
	var out []Summary
	for rows.Next() {
		var r Summary
		var started string
		if err := rows.Scan(&r.ID, &started, &r.DurationMs, &r.Input, &r.Target, &r.VerdictCode, &r.VerdictSummary, &r.Label, &r.Repeats); err != nil {
			return nil, fmt.Errorf("history: list runs: %w", err)
		}
		r.Started, _ = time.Parse(time.RFC3339Nano, started)
		out = append(out, r)
	}
	return out, rows.Err()
}

func likeEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// Run is a stored run, rebuilt as the report the engine produced.
type Run struct {
	// ID identifies the run.
	ID int64 `json:"id"`
	// Label and Repeats are what the user recorded about the run.
	Label   string `json:"label,omitempty"`
	Repeats int64  `json:"repeats,omitempty"`
	// Report is the run as the engine reported it.
	Report engine.Report `json:"report"`
}

// Get loads one run with all its checks.
func (s *Store) Get(id int64) (*Run, error) {
	r := &Run{ID: id}
	var started, target, diag, env string
	var dur float64
	err := s.db.QueryRow(`SELECT started_at, duration_ms, target_json, addr, diagnosis_json, env_json, version, label, COALESCE(repeats_id, 0)
		FROM runs WHERE id = ?`, id).Scan(&started, &dur, &target, &r.Report.Addr, &diag, &env, &r.Report.Version, &r.Label, &r.Repeats)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("%w: %d", ErrNotFound, id)
	}
	if err != nil {
		return nil, fmt.Errorf("history: load run %d: %w", id, err)
	}
	r.Report.Started, _ = time.Parse(time.RFC3339Nano, started)
	r.Report.Duration = time.Duration(dur * float64(time.Millisecond))
	for name, pair := range map[string]struct {
		raw string
		v   any
	}{"target": {target, &r.Report.Target}, "diagnosis": {diag, &r.Report.Diagnosis}, "environment": {env, &r.Report.Env}} {
		if err := json.Unmarshal([]byte(pair.raw), pair.v); err != nil {
			return nil, fmt.Errorf("history: run %d: decode %s: %w", id, name, err)
		}
	}
	rows, err := s.db.Query("SELECT check_id, data_json FROM checks WHERE run_id = ? ORDER BY seq", id)
	if err != nil {
		return nil, fmt.Errorf("history: load checks of run %d: %w", id, err)
	}
	defer rows.Close()
	for rows.Next() {
		var cid, data string
		if err := rows.Scan(&cid, &data); err != nil {
			return nil, err
		}
		if err := r.Report.Results.Put(cid, []byte(data)); err != nil {
			return nil, fmt.Errorf("history: run %d: %w", id, err)
		}
	}
	return r, rows.Err()
}

// Delete removes a run and its checks. Runs that repeated it keep existing
// and lose the link.
func (s *Store) Delete(id int64) error {
	res, err := s.db.Exec("DELETE FROM runs WHERE id = ?", id)
	if err != nil {
		return fmt.Errorf("history: delete run %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("%w: %d", ErrNotFound, id)
	}
	return nil
}

// Count returns the number of stored runs.
func (s *Store) Count() (int, error) {
	var n int
	err := s.db.QueryRow("SELECT COUNT(*) FROM runs").Scan(&n)
	return n, err
}

// MaxLabel is the longest label accepted, in bytes.
const MaxLabel = 200

// SetLabel changes the label of a stored run ("before", "after fix").
func (s *Store) SetLabel(id int64, label string) error {
	if len(label) > MaxLabel {
		return fmt.Errorf("history: label of run %d is longer than %d bytes", id, MaxLabel)
	}
	res, err := s.db.Exec("UPDATE runs SET label = ? WHERE id = ?", label, id)
	if err != nil {
		return fmt.Errorf("history: label run %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("%w: %d", ErrNotFound, id)
	}
	return nil
}
