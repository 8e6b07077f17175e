package history

import (
	"fmt"

	"github.com/conndoctor/conndoctor/engine/watch"
)

// WatchFigures measures a stored watch (watch.Measure), with the verdict
// codes of the diagnoses it started.
func (s *Store) WatchFigures(w *SavedWatch) (watch.Figures, error) {
	codes, err := s.watchCodes(w.ID)
	if err != nil {
		return watch.Figures{}, err
	}
	f := watch.Measure(w.Samples, w.Every, codes)
	f.ID, f.Target, f.Input, f.Every = w.ID, w.Target, w.Input, w.Every
	f.Started, f.Ended = w.Started, w.Ended
	if f.Ended.IsZero() && len(w.Samples) > 0 {
		f.Ended = w.Samples[len(w.Samples)-1].At.Add(w.Every) // never closed
	}
	return f, nil
}

// CompareWatches loads watches a and b and judges b against a
// (watch.Compare).
func (s *Store) CompareWatches(a, b int64) (watch.Comparison, error) {
	var fs [2]watch.Figures
	for i, id := range []int64{a, b} {
		w, err := s.GetWatch(id)
		if err != nil {
			return watch.Comparison{}, err
		}
		if fs[i], err = s.WatchFigures(w); err != nil {
			return watch.Comparison{}, err
		}
	}
	return watch.Compare(fs[0], fs[1]), nil
}

// watchCodes are the verdict codes of the runs watch id started.
func (s *Store) watchCodes(id int64) (map[int64]string, error) {
	rows, err := s.db.Query(`SELECT r.id, r.verdict_code FROM runs r JOIN watch_runs l ON l.run_id = r.id
		WHERE l.watch_id = ?`, id)
	if err != nil {
		return nil, fmt.Errorf("history: verdicts of watch %d: %w", id, err)
	}
	defer rows.Close()
	out := map[int64]string{}
	for rows.Next() {
		var run int64
		var code string
		if err := rows.Scan(&run, &code); err != nil {
			return nil, fmt.Errorf("history: verdicts of watch %d: %w", id, err)
		}
		out[run] = code
	}
	return out, rows.Err()
}
