package main

import (
	"crypto/sha256"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestForeignDatabaseUntouchedByEveryCommand points every command that
// opens the history at another program's SQLite file (rollback journal,
// user_version 0, tables of its own) and checks that each refuses it with a
// sentence saying so and leaves every byte as it was, header bytes 18–19
// (the journal mode) included.
func TestForeignDatabaseUntouchedByEveryCommand(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "other.db")
	db, err := sql.Open("sqlite3", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range []string{"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)", "INSERT INTO notes (body) VALUES ('mine')"} {
		if _, err := db.Exec(st); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	hash := func() [32]byte {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return sha256.Sum256(b)
	}
	before := hash()
	out := filepath.Join(dir, "r.html")
	for _, args := range [][]string{
		{"history", "list", "--db", path},
		{"history", "list", "--json", "--db", path},
		{"history", "show", "--db", path, "1"},
		{"history", "delete", "--db", path, "1"},
		{"history", "retention", "--keep", "5", "--db", path},
		{"compare", "--db", path, "1", "2"},
		{"export", "--db", path, "-o", out, "1"},
		{"history", "list", "--new-db-if-corrupt", "--db", path},
	} {
		code, _, errOut := cliRun(args...)
		if code == 0 || !strings.Contains(errOut, "another program's SQLite database") || !strings.Contains(errOut, "not changed") {
			t.Errorf("%v: exit %d, %q: want a refusal that says the file is another program's and unchanged", args, code, errOut)
		}
		if hash() != before {
			t.Fatalf("%v modified another program's database", args)
		}
	}
	if m, _ := filepath.Glob(path + "*"); len(m) != 1 {
		t.Errorf("files beside the foreign database: %v", m)
	}
}
