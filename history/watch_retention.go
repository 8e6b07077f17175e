package history

import (
	"fmt"
	"time"
)

// applyWatchRetention deletes the watches r does not keep (started more
// than KeepDays ago; beyond the newest KeepLast watches), with their
// timelines; the runs they started are kept or deleted as runs.
func (s *Store) applyWatchRetention(r Retention) (int64, error) {
	var total int64
	if r.KeepDays > 0 {
		cut := stamp(time.Now().AddDate(0, 0, -r.KeepDays))
		res, err := s.db.Exec("DELETE FROM watches WHERE started_at < ?", cut)
		if err != nil {
			return 0, fmt.Errorf("history: apply retention to watches: %w", err)
		}
		n, _ := res.RowsAffected()
		total += n
	}
	if r.KeepLast > 0 {
		res, err := s.db.Exec(`DELETE FROM watches WHERE id NOT IN
			(SELECT id FROM watches ORDER BY started_at DESC, id DESC LIMIT ?)`, r.KeepLast)
		if err != nil {
			return total, fmt.Errorf("history: apply retention to watches: %w", err)
		}
		n, _ := res.RowsAffected()
		total += n
	}
	return total, nil
}
