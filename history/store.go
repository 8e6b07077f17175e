// Package history keeps every diagnosis in a local SQLite database and
// compares any two runs check by check.
//
// The database is opened in WAL mode with a busy timeout and foreign keys
// on; writes take the lock up front (BEGIN IMMEDIATE), so several processes
// may save at once. The schema is versioned (PRAGMA user_version) and
// migrated at open; a database written by a newer program is refused and
// left untouched, and a file that is not a healthy SQLite database is never
// overwritten: Open reports it, and only OpenOptions.SetAsideCorrupt moves
// it aside and starts a new one.
package history

import (
	"bytes"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
)

// Store is an open history database.
type Store struct {
	db   *sql.DB
	path string
	// MovedAside is where a corrupt file was moved when Open was asked to
	// set it aside; empty otherwise.
	MovedAside string
}

// OpenOptions tune Open.
type OpenOptions struct {
	// SetAsideCorrupt moves a corrupt or foreign file at the path aside
	// (renamed with a timestamp) and creates a new database.
	SetAsideCorrupt bool
}

// ErrTooNew means the database was written by a newer program.
var ErrTooNew = errors.New("history: the database was written by a newer version of Connection Doctor")

// CorruptError means the file at the path is not a healthy SQLite database.
type CorruptError struct {
	// Path is the database path; Detail says what is wrong.
	Path, Detail string
	// MovedTo is where the file was moved when SetAsideCorrupt was set.
	MovedTo string
}

func (e *CorruptError) Error() string {
	return fmt.Sprintf("history: %s is not a usable history database (%s)", e.Path, e.Detail)
}

// DefaultPath is the database in the user's config folder:
// $XDG_CONFIG_HOME/conndoctor (~/.config) on Linux, %AppData%\conndoctor
// on Windows.
func DefaultPath() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("history: find the config folder: %w", err)
	}
	return filepath.Join(dir, "conndoctor", "history.db"), nil
}

// Open opens (creating if needed) the database at path and migrates it.
//
// An existing file is first read without being changed: only a healthy
// database carrying ApplicationID (or, from before it existed, this
// program's schema) is opened for writing. A file that is not SQLite or is
// damaged gives a *CorruptError, another program's database a
// *ForeignError, a newer schema ErrTooNew; none of them is modified.
func Open(path string, o OpenOptions) (*Store, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("history: create the folder for %s: %w", path, err)
	}
	moved := ""
	_, _, err := state(path)
	var ce *CorruptError
	if errors.As(err, &ce) && o.SetAsideCorrupt {
		if err := setAside(ce); err != nil {
			return nil, err
		}
		moved = ce.MovedTo
		_, _, err = state(path)
	}
	if err != nil {
		return nil, err
	}
	s, err := open(path)
	if err != nil {
		return nil, err
	}
	s.MovedAside = moved
	return s, nil
}

// state says what the file at path is, changing nothing: kindNew for a
// missing or empty file, else what inspect finds.
func state(path string) (kind, int, error) {
	fi, err := os.Stat(path)
	if errors.Is(err, os.ErrNotExist) || (err == nil && fi.Size() == 0) {
		return kindNew, 0, nil
	}
	if err != nil {
		return 0, 0, fmt.Errorf("history: read %s: %w", path, err)
	}
	if err := checkHeader(path); err != nil {
		return 0, 0, err
	}
	k, v, err := inspect(path)
	if err == nil && v > SchemaVersion() {
		err = tooNew(v)
	}
	return k, v, err
}

// tooNew is ErrTooNew with the versions.
func tooNew(v int) error {
	return fmt.Errorf("%w (schema %d; this program knows up to %d): it was not modified; update Connection Doctor or use another file with --db", ErrTooNew, v, SchemaVersion())
}

// open opens a database that state found to be new or ours for writing,
// creates or migrates its schema, and switches it to WAL.
func open(path string) (*Store, error) {
	q := url.Values{}
	q.Set("_busy_timeout", "10000")
	q.Set("_foreign_keys", "on")
	q.Set("_synchronous", "FULL")
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite3", dsn(path, q))
	if err != nil {
		return nil, fmt.Errorf("history: open %s: %w", path, err)
	}
	s := &Store{db: db, path: path}
	if err := s.migrate(); err != nil {
		db.Close()
		return nil, err
	}
	if err := s.useWAL(); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// classifyOpenErr turns SQLite's errors at open into clear ones, by
// SQLite's result code.
func classifyOpenErr(path string, err error) error {
	if c, ok := sqliteCode(err); ok {
		switch c {
		case codeNotADB, codeCorrupt:
			return &CorruptError{Path: path, Detail: err.Error()}
		case codeReadonly, codeCantOpen, codePerm, codeAuth:
			return fmt.Errorf("history: cannot write the history database at %s (the folder or file is read-only): choose another with --db: %w", path, err)
		case codeBusy, codeLocked:
			return fmt.Errorf("history: %s is kept busy by another program; try again in a moment: %w", path, err)
		}
	}
	return fmt.Errorf("history: open %s: %w", path, err)
}

// sqliteMagic starts every SQLite database file.
var sqliteMagic = []byte("SQLite format 3\x00")

// checkHeader refuses a non-empty file that is not SQLite, before SQLite
// gets a chance to touch it.
func checkHeader(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("history: read %s: %w", path, err)
	}
	defer f.Close()
	head := make([]byte, len(sqliteMagic))
	n, err := io.ReadFull(f, head)
	if n == 0 && (err == io.EOF) {
		return nil // empty file: SQLite makes it a database
	}
	if !bytes.Equal(head[:n], sqliteMagic) {
		return &CorruptError{Path: path, Detail: "the file is not an SQLite database"}
	}
	return nil
}

// Path is the database file.
func (s *Store) Path() string { return s.path }

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }
