package history

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"
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

// migrate brings the schema up to date inside one write transaction
// (BEGIN IMMEDIATE, which waits for other writers with the busy timeout):
// whose the database is and its version are read again inside it, so two
// programs creating a new database at once create it once, and a file that
// became another program's in the meantime is still refused. A new
// database, or one of ours from before the application ID, gets
// ApplicationID.
func (s *Store) migrate() error {
	scripts, err := migrations()
	if err != nil {
		return fmt.Errorf("history: read migrations: %w", err)
	}
	if k, v, _, err := identity(s.db); err == nil && k == kindOurs && v == len(scripts) {
		return nil // the common case: nothing to write
	}
	tx, err := s.db.Begin()
	if err != nil {
		return classifyOpenErr(s.path, err)
	}
	defer tx.Rollback()
	k, v, detail, err := identity(tx)
	switch {
	case err != nil:
		return classifyOpenErr(s.path, err)
	case k == kindForeign:
		return &ForeignError{Path: s.path, Detail: detail}
	case v > len(scripts):
		return tooNew(v)
	}
	if k != kindOurs {
		if _, err := tx.Exec(fmt.Sprintf("PRAGMA application_id = %d", ApplicationID)); err != nil {
			return classifyOpenErr(s.path, err)
		}
	}
	for ; v < len(scripts); v++ {
		if _, err := tx.Exec(scripts[v]); err != nil {
			return fmt.Errorf("history: migrate to schema %d: %w", v+1, err)
		}
	}
	if _, err := tx.Exec(fmt.Sprintf("PRAGMA user_version = %d", v)); err != nil {
		return classifyOpenErr(s.path, err)
	}
	if err := tx.Commit(); err != nil {
		return classifyOpenErr(s.path, err)
	}
	return nil
}
