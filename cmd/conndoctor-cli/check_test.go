package main

import (
	"database/sql"
	"path/filepath"
	"strings"
	"testing"

	"github.com/conndoctor/conndoctor/diagnose"
	"github.com/conndoctor/conndoctor/engine"
	"github.com/conndoctor/conndoctor/target"
)

// healthyReport is sampleReport with a healthy verdict, so the exit status
// shows whether anything else (a failed save) made the command fail.
func healthyReport(t *testing.T) *engine.Report {
	r := sampleReport(t)
	r.Diagnosis = diagnose.Diagnosis{Verdict: diagnose.Finding{Code: diagnose.CodeHealthy, Severity: diagnose.SeverityOK, Summary: "the connection works"}}
	return r
}

func TestCheckFlagsRefusedBeforeTheRun(t *testing.T) {
	ran := false
	fakeEngine(t, func(target.Target) *engine.Report { ran = true; return healthyReport(t) })
	db := filepath.Join(t.TempDir(), "h.db")
	cases := []struct {
		args []string
		msg  string
	}{
		{[]string{"check", "--db", db, "--label", strings.Repeat("x", 201), "app.example.com:443"}, "--label is 201 bytes long; a label can have at most 200 bytes\n"},
		{[]string{"check", "--db", db, "--label", strings.Repeat("é", 101), "app.example.com:443"}, "--label is 202 bytes long"},
		{[]string{"check", "--db", db, "--after", "-3", "app.example.com:443"}, "--after takes a run ID"},
		{[]string{"check", "--db", db, "--after", "99", "app.example.com:443"}, "--after 99: there is no run 99"},
	}
	for _, c := range cases {
		code, out, errOut := cliRun(c.args...)
		if code != exitBadInput || !strings.Contains(errOut, c.msg) || out != "" || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 2 and %q", c.args[3:], code, out, errOut, c.msg)
		}
	}
	if ran {
		t.Error("the diagnosis ran although the flags were wrong")
	}
	if code, out, errOut := cliRun("check", "--db", db, "--label", strings.Repeat("x", 200), "app.example.com:443"); code != exitHealthy || !strings.Contains(out, "Saved as run 1") {
		t.Errorf("a 200-byte label: exit %d %s%s", code, out, errOut)
	}
}

// TestFailedSaveExitsNonZero fills the disk, as far as SQLite can tell,
// while the diagnosis runs: a trigger fails every insert with SQLite's own
// disk-full message. The connection works, but the run is lost, so the exit
// status must not be 0.
func TestFailedSaveExitsNonZero(t *testing.T) {
	db := filepath.Join(t.TempDir(), "h.db")
	fakeEngine(t, func(target.Target) *engine.Report {
		conn, err := sql.Open("sqlite3", db)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		if _, err := conn.Exec(`CREATE TRIGGER full BEFORE INSERT ON runs BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END`); err != nil {
			t.Fatal(err)
		}
		return healthyReport(t)
	})
	for _, args := range [][]string{
		{"check", "--db", db, "app.example.com:443"},
		{"check", "--db", db, "--json", "app.example.com:443"},
	} {
		code, out, errOut := cliRun(args...)
		if code != exitProblem || !strings.Contains(errOut, "conndoctor-cli: the diagnosis above was not saved in the history: ") ||
			!strings.Contains(errOut, "database or disk is full") || strings.Contains(out, "Saved as run") || strings.Contains(out, `"run_id": 1`) {
			t.Errorf("%v: exit %d\nstdout: %s\nstderr: %s", args, code, out, errOut)
		}
		if !strings.Contains(out, "the connection works") {
			t.Errorf("%v: the diagnosis was not shown:\n%s", args, out)
		}
		conn, _ := sql.Open("sqlite3", db)
		conn.Exec("DROP TRIGGER IF EXISTS full")
		conn.Close()
	}
	if code, _, errOut := cliRun("check", "--db", db, "--no-save", "app.example.com:443"); code != exitHealthy {
		t.Errorf("--no-save: exit %d %s", code, errOut)
	}
}
