package history

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"sort"
	"time"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// migrations returns the embedded migration scripts in order; script i
// (from 0) brings the schema to version i+1.
func migrations() ([]string, error) {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	out := make([]string, len(names))
	for i, n := range names {
		b, err := migrationFS.ReadFile(n)
		if err != nil {
			return nil, err
		}
		out[i] = string(b)
	}
	return out, nil
}

// SchemaVersion is the schema version this program writes.
func SchemaVersion() int {
	m, _ := migrations()
	return len(m)
}

// migrate brings the schema up to date. The version is read inside the
// write transaction, so two programs opening a new database at once do not
// both migrate it; a newer schema is refused before anything is written.
func (s *Store) migrate() error {
	scripts, err := migrations()
	if err != nil {
		return fmt.Errorf("history: read migrations: %w", err)
	}
	var v int
	if err := s.db.QueryRow("PRAGMA user_version").Scan(&v); err != nil {
		return classifyOpenErr(s.path, err)
	}
	if v > len(scripts) {
		return fmt.Errorf("%w (schema %d; this program knows up to %d): it was not modified; update Connection Doctor or use another file with --db", ErrTooNew, v, len(scripts))
	}
	if _, err := s.db.Exec("PRAGMA journal_mode=WAL"); err != nil {
		return classifyOpenErr(s.path, err)
	}
	if v == len(scripts) {
		return nil
	}
	tx, err := s.db.Begin()
	if err != nil {
		return classifyOpenErr(s.path, err)
	}
	defer tx.Rollback()
	if err := tx.QueryRow("PRAGMA user_version").Scan(&v); err != nil {
		return err
	}
	for ; v < len(scripts); v++ {
		if _, err := tx.Exec(scripts[v]); err != nil {
			return fmt.Errorf("history: migrate to schema %d: %w", v+1, err)
		}
	}
	if _, err := tx.Exec(fmt.Sprintf("PRAGMA user_version = %d", v)); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return classifyOpenErr(s.path, err)
	}
	return nil
}

// setAside renames a corrupt file (and its WAL and shared-memory files) to
// path.corrupt-<UTC timestamp>, so nothing is lost.
func setAside(e *CorruptError) error {
	stamp := time.Now().UTC().Format("20060102T150405Z")
	e.MovedTo = e.Path + ".corrupt-" + stamp
	if err := os.Rename(e.Path, e.MovedTo); err != nil {
		return fmt.Errorf("history: move the damaged database aside: %w", err)
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		if _, err := os.Stat(e.Path + suffix); err == nil {
			os.Rename(e.Path+suffix, e.MovedTo+suffix)
		}
	}
	return nil
}
