package history

import (
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// foreignDB writes another program's SQLite database: the statements run
// in a plain connection that this package's Open never made.
func foreignDB(t *testing.T, stmts ...string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "other.db")
	db, err := sql.Open("sqlite3", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range stmts {
		if _, err := db.Exec(st); err != nil {
			t.Fatalf("%s: %v", st, err)
		}
	}
	db.Close()
	return path
}

// foreignCases are other programs' databases, each of which Open must
// refuse without changing a byte.
var foreignCases = []struct {
	name  string
	stmts []string
}{
	{"unrelated tables, user_version 0", []string{"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)", "INSERT INTO notes (body) VALUES ('mine')"}},
	{"unrelated tables, user_version 3", []string{"CREATE TABLE notes (id INTEGER)", "PRAGMA user_version = 3"}},
	{"another application ID", []string{"PRAGMA application_id = 1598903374", "CREATE TABLE runs (id INTEGER)"}},
	{"our table names but another ID", []string{"PRAGMA application_id = 7", "CREATE TABLE runs (x)", "CREATE TABLE checks (x)", "CREATE TABLE settings (x)", "PRAGMA user_version = 1"}},
	{"WAL mode, unrelated tables", []string{"PRAGMA journal_mode=WAL", "CREATE TABLE t (x)", "INSERT INTO t VALUES (1)"}},
	{"only an empty schema with a version", []string{"PRAGMA user_version = 1"}},
	{"one of our tables only", []string{"CREATE TABLE runs (id INTEGER)", "PRAGMA user_version = 1"}},
}

func TestForeignSQLiteRefusedUntouched(t *testing.T) {
	for _, tc := range foreignCases {
		t.Run(tc.name, func(t *testing.T) {
			path := foreignDB(t, tc.stmts...)
			before := hashFile(t, path)
			for _, o := range []OpenOptions{{}, {SetAsideCorrupt: true}} {
				s, err := Open(path, o)
				var fe *ForeignError
				if !errors.As(err, &fe) {
					if s != nil {
						s.Close()
					}
					t.Fatalf("Open(%+v) = %v, want a ForeignError", o, err)
				}
				if !strings.Contains(err.Error(), "not changed") {
					t.Errorf("message %q does not say the file was not changed", err)
				}
			}
			if hashFile(t, path) != before {
				t.Error("another program's database was modified")
			}
			if _, err := os.Stat(path + ".lock"); err == nil {
				t.Error("a lock file was left beside another program's database")
			}
		})
	}
}

func TestNewDatabaseCarriesApplicationID(t *testing.T) {
	s, path := openTemp(t)
	var app int64
	s.db.QueryRow("PRAGMA application_id").Scan(&app)
	if uint32(app) != ApplicationID {
		t.Fatalf("application_id = %#x, want %#x", app, ApplicationID)
	}
	// In the file's header too (bytes 68–71, big-endian), where other
	// tools look.
	s.Close()
	b, _ := os.ReadFile(path)
	if got := uint32(b[68])<<24 | uint32(b[69])<<16 | uint32(b[70])<<8 | uint32(b[71]); got != ApplicationID {
		t.Errorf("header application ID = %#x", got)
	}
}

// TestLegacyDatabaseAdopted opens a database written before the
// application ID existed: our schema at version 1, with a run in it.
func TestLegacyDatabaseAdopted(t *testing.T) {
	scripts, _ := migrations()
	stmts := []string{"PRAGMA journal_mode=WAL", scripts[0], "PRAGMA user_version = 1"}
	path := foreignDB(t, stmts...)
	raw, _ := sql.Open("sqlite3", "file:"+path)
	_, err := raw.Exec(`INSERT INTO runs (started_at, duration_ms, input, target_key, target_json, verdict_code, verdict_summary, diagnosis_json, env_json, version)
		VALUES ('2026-11-01T00:00:00Z', 1, 'old:1', 'old:1', '{}', 'healthy', 'ok', '{}', '{}', 'old')`)
	raw.Close()
	if err != nil {
		t.Fatal(err)
	}
	s, err := Open(path, OpenOptions{})
	if err != nil {
		t.Fatalf("a history database from before the application ID was refused: %v", err)
	}
	defer s.Close()
	var app int64
	s.db.QueryRow("PRAGMA application_id").Scan(&app)
	if n, _ := s.Count(); n != 1 || uint32(app) != ApplicationID {
		t.Errorf("adopted with %d runs and application ID %#x", n, app)
	}
}

// TestPathWithURIcharacters opens a database whose name holds the
// characters an SQLite URI gives a meaning to: the file is the one named.
func TestPathWithURIcharacters(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"runs#2.db", "what?.db", "100%.db"} {
		path := filepath.Join(dir, name)
		s, err := Open(path, OpenOptions{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		s.Close()
		if fi, err := os.Stat(path); err != nil || fi.Size() == 0 {
			t.Errorf("%s: the database is not in the file named: %v", name, err)
		}
	}
	if m, _ := filepath.Glob(filepath.Join(dir, "runs")); len(m) != 0 {
		t.Errorf("a file named after the part before '#': %v", m)
	}
}
