package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/conndoctor/conndoctor/history"
)

// cliRun runs the CLI in-process and returns exit code, stdout and stderr.
func cliRun(args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(""), &out, &errOut)
	return code, out.String(), errOut.String()
}

func seeded(t *testing.T) (string, int64, int64) {
	db := filepath.Join(t.TempDir(), "h.db")
	s, err := history.Open(db, history.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rep := sampleReport(t)
	a, err := s.Save(rep, history.SaveOptions{Label: "before fix"})
	if err != nil {
		t.Fatal(err)
	}
	rep.Started = rep.Started.Add(time.Minute)
	b, err := s.Save(rep, history.SaveOptions{Label: "after fix", Repeats: a})
	if err != nil {
		t.Fatal(err)
	}
	return db, a, b
}

func TestHistoryCommands(t *testing.T) {
	db, a, b := seeded(t)
	code, out, _ := cliRun("history", "list", "--db", db)
	if code != 0 || !strings.Contains(out, "port.filtered") || !strings.Contains(out, "before fix") || strings.Count(out, "\n") != 3 {
		t.Errorf("list: %d\n%s", code, out)
	}
	code, out, _ = cliRun("history", "list", "--db", db, "--json", "--verdict", "dns.")
	if code != 0 || strings.TrimSpace(out) != "[]" {
		t.Errorf("filtered list: %d %s", code, out)
	}
	code, out, _ = cliRun("history", "show", "--db", db, "2")
	if code != 0 || !strings.Contains(out, `Run 2`) || !strings.Contains(out, "repeats run 1") || !strings.Contains(out, "[port.filtered]") {
		t.Errorf("show: %d\n%s", code, out)
	}
	code, out, _ = cliRun("history", "show", "--json", "--db", db, "1")
	var js struct {
		RunID *int64 `json:"run_id"`
		Label string
	}
	if code != 0 || json.Unmarshal([]byte(out), &js) != nil || js.RunID == nil || *js.RunID != a || js.Label != "before fix" {
		t.Errorf("show json: %d %s", code, out)
	}
	code, out, _ = cliRun("compare", "--db", db, "1", "2")
	if code != 0 || !strings.Contains(out, "STILL FAILING\nThe same problem as before (port.filtered)") || !strings.Contains(out, "no network setting changed") {
		t.Errorf("compare: %d\n%s", code, out)
	}
	code, out, _ = cliRun("history", "retention", "--db", db, "--keep", "1")
	if code != 0 || !strings.Contains(out, "1 old run deleted") || !strings.Contains(out, "the newest run") {
		t.Errorf("retention: %d %s", code, out)
	}
	code, _, errOut := cliRun("history", "show", "--db", db, "1")
	if code != exitProblem || !strings.Contains(errOut, "no such run") {
		t.Errorf("show deleted run: %d %s", code, errOut)
	}
	if code, out, _ = cliRun("history", "delete", "--db", db, "2"); code != 0 || !strings.Contains(out, "Deleted run 2") {
		t.Errorf("delete: %d %s", code, out)
	}
	_ = b
}

func TestHistoryBadInput(t *testing.T) {
	db, _, _ := seeded(t)
	cases := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"history"}, exitBadInput, "Usage:"},
		{[]string{"history", "frob"}, exitBadInput, "unknown history command"},
		{[]string{"history", "show", "--db", db, "abc"}, exitBadInput, "is not a run ID"},
		{[]string{"history", "show", "--db", db}, exitBadInput, "give 1 run ID"},
		{[]string{"compare", "--db", db, "1"}, exitBadInput, "give 2 run IDs"},
		{[]string{"history", "list", "--db", db, "--since", "yesterday"}, exitBadInput, "give a duration"},
		{[]string{"history", "list", "--db", db, "--limit", "0"}, exitBadInput, "--limit must be"},
		{[]string{"history", "delete", "--db", db, "99"}, exitProblem, "no such run"},
	}
	for _, c := range cases {
		code, out, errOut := cliRun(c.args...)
		if code != c.code || !strings.Contains(out+errOut, c.msg) {
			t.Errorf("%v: %d %q, want %d %q", c.args, code, out+errOut, c.code, c.msg)
		}
	}
}

func TestCorruptDatabaseMessage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "h.db")
	os.WriteFile(db, []byte("not a database"), 0o600)
	code, _, errOut := cliRun("history", "list", "--db", db)
	if code != exitProblem || !strings.Contains(errOut, "It was not changed") || !strings.Contains(errOut, "--new-db-if-corrupt") {
		t.Errorf("corrupt: %d %s", code, errOut)
	}
	if b, _ := os.ReadFile(db); string(b) != "not a database" {
		t.Fatal("the file was changed")
	}
	code, _, errOut = cliRun("history", "list", "--db", db, "--new-db-if-corrupt")
	if code != 0 || !strings.Contains(errOut, "was kept as") {
		t.Errorf("reset: %d %s", code, errOut)
	}
}

func TestParseSince(t *testing.T) {
	now := time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)
	if got, _ := parseSince("24h", now); !got.Equal(now.Add(-24 * time.Hour)) {
		t.Error("24h")
	}
	if got, _ := parseSince("7d", now); !got.Equal(now.AddDate(0, 0, -7)) {
		t.Error("7d")
	}
	if got, err := parseSince("2026-11-01", now); err != nil || got.Day() != 1 {
		t.Error("date")
	}
}

func TestShellQuote(t *testing.T) {
	if shellQuote("app.example.com:443") != "app.example.com:443" || shellQuote("it's bad") != `'it'\''s bad'` {
		t.Error(shellQuote("it's bad"))
	}
}

func TestExportCommands(t *testing.T) {
	db, _, _ := seeded(t)
	dir := t.TempDir()
	for _, c := range []struct {
		args []string
		file string
		head string
	}{
		{[]string{"export", "--db", db, "--format", "html", "-o", filepath.Join(dir, "r.html"), "1"}, "r.html", "<!DOCTYPE html>"},
		{[]string{"export", "--db", db, "-o", filepath.Join(dir, "r.pdf"), "1"}, "r.pdf", "%PDF-"},
		{[]string{"export", "--db", db, "--format", "json", "-o", filepath.Join(dir, "r.json"), "1"}, "r.json", "{"},
		{[]string{"compare", "--db", db, "--format", "pdf", "--paper", "letter", "-o", filepath.Join(dir, "c.pdf"), "1", "2"}, "c.pdf", "%PDF-"},
		{[]string{"compare", "--db", db, "-o", filepath.Join(dir, "c.html"), "--redact", "1", "2"}, "c.html", "<!DOCTYPE html>"},
		{[]string{"export", "--db", db, "--format", "json", "--redact", "-o", filepath.Join(dir, "rr.json"), "1"}, "rr.json", "{"},
	} {
		code, out, errOut := cliRun(c.args...)
		b, _ := os.ReadFile(filepath.Join(dir, c.file))
		if code != 0 || !strings.HasPrefix(string(b), c.head) || !strings.Contains(out, "Wrote") {
			t.Errorf("%v: %d %s %s", c.args, code, out, errOut)
		}
	}
	for _, f := range []string{"c.html", "rr.json"} {
		if b, _ := os.ReadFile(filepath.Join(dir, f)); strings.Contains(string(b), "10.99.3.10") || !strings.Contains(string(b), "ip-1") {
			t.Errorf("--redact left an address in %s", f)
		}
	}
	for _, bad := range [][]string{
		{"export", "--db", db, "--format", "docx", "-o", "x.docx", "1"},
		{"export", "--db", db, "--format", "html", "1"},
		{"export", "--db", db, "-o", "x.pdf", "--paper", "a3", "1"},
		{"compare", "--db", db, "--format", "json", "-o", "x", "1", "2"},
	} {
		if code, _, _ := cliRun(bad...); code != exitBadInput {
			t.Errorf("%v: exit %d, want %d", bad, code, exitBadInput)
		}
	}
	if code, _, errOut := cliRun("export", "--db", db, "-o", "/nonexistent-dir/r.html", "1"); code != exitProblem || !strings.Contains(errOut, "not written") {
		t.Errorf("unwritable: %d %s", code, errOut)
	}
}
