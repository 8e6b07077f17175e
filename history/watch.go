package history

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/conndoctor/conndoctor/engine"
	"github.com/conndoctor/conndoctor/engine/watch"
	"github.com/conndoctor/conndoctor/target"
)

// ErrNoWatch means no watch has the given ID.
var ErrNoWatch = errors.New("history: no such watch")

// WatchRow is one line of the watch list.
type WatchRow struct {
	// ID identifies the watch.
	ID int64 `json:"id"`
	// Started and Ended bound it (Ended zero while it runs, or when the
	// program ended without closing it).
	Started time.Time `json:"started"`
	Ended   time.Time `json:"ended,omitzero"`
	// Input is the target as typed; Target is host:port.
	Input  string `json:"input"`
	Target string `json:"target"`
	// Every is the pace.
	Every time.Duration `json:"every_ns"`
	// Samples and Failed count its samples and the failed ones.
	Samples int `json:"samples"`
	Failed  int `json:"failed"`
	// Runs are the diagnoses it started, oldest first.
	Runs []int64 `json:"runs,omitempty"`
}

// SavedWatch is a stored watch with its whole timeline.
type SavedWatch struct {
	WatchRow
	// TargetParsed is the parsed target.
	TargetParsed target.Target `json:"target_parsed"`
	// Version is the program that watched.
	Version string `json:"version"`
	// Samples and Events are the timeline; a sample that started a
	// diagnosis carries its run's ID.
	Samples []watch.Sample `json:"samples"`
	Events  []watch.Event  `json:"events,omitempty"`
}

// Summary summarises the watch between from and to (zero: open), as the
// timeline's headline does.
func (w *SavedWatch) Summary(from, to time.Time) watch.Summary {
	return watch.Summarize(w.Samples, w.Events, from, to)
}

// CreateWatch records the start of a watch of t and returns its ID.
func (s *Store) CreateWatch(t target.Target, every time.Duration, started time.Time) (int64, error) {
	tj, _ := json.Marshal(t)
	res, err := s.db.Exec(`INSERT INTO watches (started_at, input, target_key, target_json, every_ms, version)
		VALUES (?, ?, ?, ?, ?, ?)`, stamp(started), t.Input, t.HostPort(), string(tj), every.Milliseconds(), engine.Version)
	if err != nil {
		return 0, fmt.Errorf("history: save watch: %w", err)
	}
	return res.LastInsertId()
}

// sampleDetail is what a sample keeps beside its columns.
type sampleDetail struct {
	Why     string          `json:"why,omitempty"`
	DNS     *watch.Lookup   `json:"dns,omitempty"`
	Conns   []watch.Connect `json:"conns,omitempty"`
	App     string          `json:"app,omitempty"`
	Gateway *watch.Ping     `json:"gw,omitempty"`
	Target  *watch.Ping     `json:"tgt,omitempty"`
	Trace   []watch.Hop     `json:"trace,omitempty"`
}

// AddSample stores one sample of watch id (one small transaction).
func (s *Store) AddSample(id int64, x watch.Sample) error {
	d, err := json.Marshal(sampleDetail{Why: x.Why, DNS: x.DNS, Conns: x.Connects, App: x.App, Gateway: x.Gateway, Target: x.Target, Trace: x.Trace})
	if err != nil {
		return fmt.Errorf("history: encode sample: %w", err)
	}
	_, err = s.db.Exec(`INSERT INTO watch_samples (watch_id, seq, at_ms, ok, connect_ms, first_byte_ms, detail)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, id, x.Seq, x.At.UnixMilli(), x.OK, x.ConnectMs(), x.FirstByteMs, string(d))
	if err != nil {
		return fmt.Errorf("history: save sample %d of watch %d: %w", x.Seq, id, err)
	}
	return nil
}

// AddEvent stores an event of watch id.
func (s *Store) AddEvent(id int64, e watch.Event) error {
	if _, err := s.db.Exec("INSERT INTO watch_events (watch_id, at_ms, kind, detail) VALUES (?, ?, ?, ?)",
		id, e.At.UnixMilli(), e.Kind, e.Detail); err != nil {
		return fmt.Errorf("history: save event of watch %d: %w", id, err)
	}
	return nil
}

// LinkRun links saved run runID to watch id's sample seq: the diagnosis
// that sample started.
func (s *Store) LinkRun(id int64, seq int, runID int64) error {
	if _, err := s.db.Exec("INSERT INTO watch_runs (watch_id, run_id, seq) VALUES (?, ?, ?)", id, runID, seq); err != nil {
		return fmt.Errorf("history: link run %d to watch %d: %w", runID, id, err)
	}
	return nil
}

// EndWatch records the end of watch id, then applies retention.
func (s *Store) EndWatch(id int64, ended time.Time) error {
	res, err := s.db.Exec("UPDATE watches SET ended_at = ? WHERE id = ?", stamp(ended), id)
	if err != nil {
		return fmt.Errorf("history: end watch %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("%w: %d", ErrNoWatch, id)
	}
	_, err = s.ApplyRetention()
	return err
}

// DeleteWatch removes a watch and its timeline; the runs it started stay,
// as ordinary runs.
func (s *Store) DeleteWatch(id int64) error {
	res, err := s.db.Exec("DELETE FROM watches WHERE id = ?", id)
	if err != nil {
		return fmt.Errorf("history: delete watch %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("%w: %d", ErrNoWatch, id)
	}
	return nil
}

func stamp(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

func unstamp(s string) time.Time {
	t, _ := time.Parse(time.RFC3339Nano, s)
	return t
}

// fromMillis is a time stored as Unix milliseconds.
func fromMillis(ms int64) time.Time { return time.UnixMilli(ms).UTC() }
