package history

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/conndoctor/conndoctor/engine/watch"
)

// watchCols are the columns a WatchRow is read from.
const watchCols = `w.id, w.started_at, w.ended_at, w.input, w.target_key, w.every_ms,
	(SELECT COUNT(*) FROM watch_samples x WHERE x.watch_id = w.id),
	(SELECT COUNT(*) FROM watch_samples x WHERE x.watch_id = w.id AND x.ok = 0)`

// scanWatch reads watchCols into r, and any further columns into extra.
func scanWatch(sc interface{ Scan(...any) error }, r *WatchRow, extra ...any) error {
	var started, ended string
	var every int64
	if err := sc.Scan(append([]any{&r.ID, &started, &ended, &r.Input, &r.Target, &every, &r.Samples, &r.Failed}, extra...)...); err != nil {
		return err
	}
	r.Started, r.Every = unstamp(started), time.Duration(every)*time.Millisecond
	if ended != "" {
		r.Ended = unstamp(ended)
	}
	return nil
}

// ListWatches returns the newest watches (at most limit; default 100),
// newest first, each with the runs it started.
func (s *Store) ListWatches(limit int) ([]WatchRow, error) {
	if limit <= 0 {
		limit = 100
	}
	rows, err := s.db.Query("SELECT "+watchCols+" FROM watches w ORDER BY w.started_at DESC, w.id DESC LIMIT ?", limit)
	if err != nil {
		return nil, fmt.Errorf("history: list watches: %w", err)
	}
	var out []WatchRow
	for rows.Next() {
		var r WatchRow
		if err := scanWatch(rows, &r); err != nil {
			rows.Close()
			return nil, fmt.Errorf("history: list watches: %w", err)
		}
		out = append(out, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for i := range out {
		links, err := s.watchRuns(out[i].ID)
		if err != nil {
			return nil, err
		}
		for _, l := range links {
			out[i].Runs = append(out[i].Runs, l.run)
		}
	}
	return out, nil
}

type link struct {
	seq int
	run int64
}

func (s *Store) watchRuns(id int64) ([]link, error) {
	rows, err := s.db.Query("SELECT seq, run_id FROM watch_runs WHERE watch_id = ? ORDER BY seq, run_id", id)
	if err != nil {
		return nil, fmt.Errorf("history: runs of watch %d: %w", id, err)
	}
	defer rows.Close()
	var out []link
	for rows.Next() {
		var l link
		if err := rows.Scan(&l.seq, &l.run); err != nil {
			return nil, err
		}
		out = append(out, l)
	}
	return out, rows.Err()
}

// GetWatch loads a watch with its whole timeline.
func (s *Store) GetWatch(id int64) (*SavedWatch, error) {
	w := &SavedWatch{}
	var tj string
	err := scanWatch(s.db.QueryRow("SELECT "+watchCols+", w.target_json, w.version FROM watches w WHERE w.id = ?", id),
		&w.WatchRow, &tj, &w.Version)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("%w: %d", ErrNoWatch, id)
	}
	if err != nil {
		return nil, fmt.Errorf("history: load watch %d: %w", id, err)
	}
	if err := json.Unmarshal([]byte(tj), &w.TargetParsed); err != nil {
		return nil, fmt.Errorf("history: watch %d: decode target: %w", id, err)
	}
	if w.Samples, err = s.samples(id, w.WatchRow.Samples); err != nil {
		return nil, err
	}
	if w.Events, err = s.events(id); err != nil {
		return nil, err
	}
	links, err := s.watchRuns(id)
	if err != nil {
		return nil, err
	}
	for _, l := range links {
		w.Runs = append(w.Runs, l.run)
		if l.seq >= 0 && l.seq < len(w.Samples) && w.Samples[l.seq].Seq == l.seq {
			w.Samples[l.seq].RunID = l.run
		}
	}
	return w, nil
}

func (s *Store) samples(id int64, n int) ([]watch.Sample, error) {
	rows, err := s.db.Query(`SELECT seq, at_ms, ok, first_byte_ms, detail FROM watch_samples
		WHERE watch_id = ? ORDER BY seq`, id)
	if err != nil {
		return nil, fmt.Errorf("history: samples of watch %d: %w", id, err)
	}
	defer rows.Close()
	out := make([]watch.Sample, 0, n)
	for rows.Next() {
		var x watch.Sample
		var at int64
		var detail []byte
		if err := rows.Scan(&x.Seq, &at, &x.OK, &x.FirstByteMs, &detail); err != nil {
			return nil, err
		}
		x.At = fromMillis(at)
		var d sampleDetail
		if len(detail) > 0 {
			if err := json.Unmarshal(detail, &d); err != nil {
				return nil, fmt.Errorf("history: watch %d sample %d: %w", id, x.Seq, err)
			}
		}
		x.Why, x.DNS, x.Connects, x.App, x.Gateway, x.Target, x.Trace = d.Why, d.DNS, d.Conns, d.App, d.Gateway, d.Target, d.Trace
		out = append(out, x)
	}
	return out, rows.Err()
}

func (s *Store) events(id int64) ([]watch.Event, error) {
	rows, err := s.db.Query("SELECT at_ms, kind, detail FROM watch_events WHERE watch_id = ? ORDER BY at_ms", id)
	if err != nil {
		return nil, fmt.Errorf("history: events of watch %d: %w", id, err)
	}
	defer rows.Close()
	var out []watch.Event
	for rows.Next() {
		var e watch.Event
		var at int64
		if err := rows.Scan(&at, &e.Kind, &e.Detail); err != nil {
			return nil, err
		}
		e.At = fromMillis(at)
		out = append(out, e)
	}
	return out, rows.Err()
}
