package history

import (
	"database/sql"
	"fmt"
	"net/url"
	"strings"
	"time"
)

// SQLite's primary result codes that open and migrate tell apart
// (https://sqlite.org/rescode.html).
const (
	codePerm     = 3
	codeBusy     = 5
	codeLocked   = 6
	codeReadonly = 8
	codeCorrupt  = 11
	codeCantOpen = 14
	codeAuth     = 23
	codeNotADB   = 26
)

// ApplicationID marks a Connection Doctor history database in the SQLite
// header (PRAGMA application_id, bytes 68–71): "CDoc". It is written when a
// database is created, or when a database made before it existed is
// recognised by its schema, so another program's SQLite file is never taken
// for ours.
const ApplicationID = 0x43446f63

// ForeignError means the file is another program's SQLite database. It is
// never written to, renamed or set aside: it belongs to someone else.
type ForeignError struct {
	// Path is the file; Detail says what was found in it.
	Path, Detail string
}

func (e *ForeignError) Error() string {
	return fmt.Sprintf("history: %s is another program's SQLite database (%s); it was not changed: choose another file for the history", e.Path, e.Detail)
}

// kind is what a database file turned out to be.
type kind int

const (
	kindNew     kind = iota // no schema, no application ID: ours to create
	kindOurs                // our application ID
	kindLegacy              // our schema from before the application ID
	kindForeign             // someone else's
)

// querier is a *sql.DB or *sql.Tx.
type querier interface {
	QueryRow(query string, args ...any) *sql.Row
}

// identity reads the application ID, the schema version and the tables of
// a database and says whose it is.
func identity(q querier) (k kind, version int, detail string, err error) {
	var app int64
	if err := q.QueryRow("PRAGMA application_id").Scan(&app); err != nil {
		return 0, 0, "", err
	}
	if err := q.QueryRow("PRAGMA user_version").Scan(&version); err != nil {
		return 0, 0, "", err
	}
	var tables, ours int
	err = q.QueryRow(`SELECT count(*), coalesce(sum(name IN ('runs', 'checks', 'settings')), 0)
		FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).Scan(&tables, &ours)
	if err != nil {
		return 0, 0, "", err
	}
	switch {
	case uint32(app) == ApplicationID:
		return kindOurs, version, "", nil
	case app != 0:
		return kindForeign, version, fmt.Sprintf("application ID 0x%08x", uint32(app)), nil
	case tables == 0 && version == 0:
		return kindNew, 0, "", nil
	case ours == 3 && version >= 1:
		return kindLegacy, version, "", nil
	}
	return kindForeign, version, fmt.Sprintf("%d tables that are not Connection Doctor's, schema version %d", tables, version), nil
}

// inspect opens an existing database read-only and says whose it is and
// whether it is healthy, changing nothing in it.
func inspect(path string) (kind, int, error) {
	q := url.Values{}
	q.Set("mode", "ro")
	q.Set("_busy_timeout", "10000")
	db, err := sql.Open("sqlite3", dsn(path, q))
	if err != nil {
		return 0, 0, fmt.Errorf("history: open %s: %w", path, err)
	}
	defer db.Close()
	k, v, detail, err := identity(db)
	if err != nil {
		return 0, 0, classifyOpenErr(path, err)
	}
	if k == kindForeign {
		return k, v, &ForeignError{Path: path, Detail: detail}
	}
	var res string
	if err := db.QueryRow("PRAGMA quick_check").Scan(&res); err != nil {
		return 0, 0, classifyOpenErr(path, err)
	}
	if res != "ok" {
		return 0, 0, &CorruptError{Path: path, Detail: "integrity check: " + res}
	}
	return k, v, nil
}

// busy says whether err is SQLite's "the database is locked by another
// connection".
func busy(err error) bool {
	c, ok := sqliteCode(err)
	return ok && (c == codeBusy || c == codeLocked)
}

// useWAL switches the database to write-ahead logging unless it already
// uses it. The switch needs a moment with no other connection reading, and
// SQLite does not wait for that with the busy timeout, so this waits for it
// here, up to the same 10 s.
func (s *Store) useWAL() error {
	deadline := time.Now().Add(10 * time.Second)
	for pause := 5 * time.Millisecond; ; pause = min(2*pause, 200*time.Millisecond) {
		var mode string
		err := s.db.QueryRow("PRAGMA journal_mode").Scan(&mode)
		if err == nil && mode == "wal" {
			return nil
		}
		if err == nil {
			err = s.db.QueryRow("PRAGMA journal_mode=WAL").Scan(&mode)
			if err == nil && mode == "wal" {
				return nil
			}
		}
		if !busy(err) && err != nil {
			return classifyOpenErr(s.path, err)
		}
		if time.Now().After(deadline) {
			if err == nil {
				err = fmt.Errorf("journal mode stays %q", mode)
			}
			return fmt.Errorf("history: %s is kept busy by another program; try again in a moment: %w", s.path, err)
		}
		time.Sleep(pause)
	}
}

// dsnPath escapes the characters an SQLite URI filename gives a meaning to
// ("?" starts the parameters, "#" a fragment, "%" an escape), so the file
// SQLite opens is the file at path ("runs#2.db" is not "runs").
var dsnPath = strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23")

// dsn is the SQLite URI for the database file at path with parameters q.
func dsn(path string, q url.Values) string {
	return "file:" + dsnPath.Replace(path) + "?" + q.Encode()
}
