package history

import (
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"time"
)

// Retention says which runs to keep, and which watches: the same number
// of each, from the same days. Zero fields keep everything.
type Retention struct {
	// KeepLast keeps only the newest N runs.
	KeepLast int `json:"keep_last"`
	// KeepDays keeps only runs from the last N days.
	KeepDays int `json:"keep_days"`
}

// SetRetention stores the retention setting and applies it at once.
func (s *Store) SetRetention(r Retention) (int64, error) {
	if r.KeepLast < 0 || r.KeepDays < 0 {
		return 0, errors.New("history: retention must be zero (keep everything) or a positive number")
	}
	tx, err := s.db.Begin()
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	for k, v := range map[string]int{"keep_last": r.KeepLast, "keep_days": r.KeepDays} {
		if _, err := tx.Exec("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", k, strconv.Itoa(v)); err != nil {
			return 0, fmt.Errorf("history: save retention: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, err
	}
	return s.ApplyRetention()
}

// Retention returns the stored retention setting.
func (s *Store) Retention() (Retention, error) {
	var r Retention
	for k, dst := range map[string]*int{"keep_last": &r.KeepLast, "keep_days": &r.KeepDays} {
		var v string
		err := s.db.QueryRow("SELECT value FROM settings WHERE key = ?", k).Scan(&v)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			return r, fmt.Errorf("history: read retention: %w", err)
		}
		*dst, _ = strconv.Atoi(v)
	}
	return r, nil
}

// ApplyRetention deletes the runs (and the watches) the retention setting
// does not keep and returns how many runs it deleted.
func (s *Store) ApplyRetention() (int64, error) {
	r, err := s.Retention()
	if err != nil || (r.KeepLast == 0 && r.KeepDays == 0) {
		return 0, err
	}
	var total int64
	if r.KeepDays > 0 {
		cut := time.Now().UTC().AddDate(0, 0, -r.KeepDays).Format(time.RFC3339Nano)
		res, err := s.db.Exec("DELETE FROM runs WHERE started_at < ?", cut)
		if err != nil {
			return 0, fmt.Errorf("history: apply retention: %w", err)
		}
		n, _ := res.RowsAffected()
		total += n
	}
	if r.KeepLast > 0 {
		res, err := s.db.Exec(`DELETE FROM runs WHERE id NOT IN
			(SELECT id FROM runs ORDER BY started_at DESC, id DESC LIMIT ?)`, r.KeepLast)
		if err != nil {
			return total, fmt.Errorf("history: apply retention: %w", err)
		}
		n, _ := res.RowsAffected()
		total += n
	}
	if _, err := s.applyWatchRetention(r); err != nil {
		return total, err
	}
	return total, nil
}
