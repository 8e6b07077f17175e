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

	"github.com/conndoctor/conndoctor/engine/watch"
)

// watchThrice records three watches in db: w1 of 10.0.0.5:443 with two
// failure windows, w2 of the same target without failures, w3 of another
// target; each starts an hour after the one before.
func watchThrice(t *testing.T, db string) {
	t.Helper()
	for i, w := range []struct{ script, target string }{
		{strings.Repeat(".", 10) + "xxxx" + strings.Repeat(".", 10) + "xxxxxx" + strings.Repeat(".", 10), "10.0.0.5:443"},
		{strings.Repeat(".", 40), "10.0.0.5:443"},
		{strings.Repeat(".", 20), "10.0.0.6:22"},
	} {
		fakeWatch(t, &scriptSampler{script: w.script, why: "10.0.0.5:443 did not answer"})
		watchClock = &scriptClock{now: time.Date(2025, 3, 4, 14+i, 0, 0, 0, time.UTC)}
		var out, errs bytes.Buffer
		args := []string{"watch", "--json", "--every", "1s", "--for", (time.Duration(len(w.script)) * time.Second).String(), "--db", db, w.target}
		if code := run(context.Background(), args, nil, &out, &errs); code > exitProblem {
			t.Fatalf("watch %d: exit %d\n%s", i+1, code, errs.String())
		}
	}
}

// golden compares got with testdata/name, rewriting it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		os.WriteFile(path, []byte(got), 0o644)
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s:\n%s", path, got)
	}
}

func TestWatchCompare(t *testing.T) {
	db := filepath.Join(t.TempDir(), "h.db")
	watchThrice(t, db)
	old := compareZone
	compareZone = time.UTC
	t.Cleanup(func() { compareZone = old })
	for _, tc := range []struct {
		args []string
		file string
	}{
		{[]string{"w1", "w2"}, "watch_compare.txt"},
		{[]string{"2", "1"}, "watch_compare_worse.txt"},
		{[]string{"w1", "w3"}, "watch_compare_targets.txt"},
		{[]string{"--json", "w1", "w2"}, "watch_compare.json"},
	} {
		var out, errs bytes.Buffer
		args := append([]string{"watch", "compare", "--db", db}, tc.args...)
		if code := run(context.Background(), args, nil, &out, &errs); code != exitHealthy {
			t.Errorf("%v: exit %d\n%s", tc.args, code, errs.String())
			continue
		}
		golden(t, tc.file, out.String())
	}
}

// The JSON says what the text says, in fields a script can read.
func TestWatchCompareJSON(t *testing.T) {
	db := filepath.Join(t.TempDir(), "h.db")
	watchThrice(t, db)
	for _, tc := range []struct {
		a, b    string
		verdict watch.Verdict
		same    bool
	}{{"w1", "w2", watch.Better, true}, {"w2", "w1", watch.Worse, true}, {"w1", "w3", watch.OtherTargets, false}} {
		var out, errs bytes.Buffer
		if code := run(context.Background(), []string{"watch", "compare", "--json", "--db", db, tc.a, tc.b}, nil, &out, &errs); code != exitHealthy {
			t.Fatalf("exit %d\n%s", code, errs.String())
		}
		var c watch.Comparison
		if err := json.Unmarshal(out.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		if c.Verdict != tc.verdict || c.SameTarget != tc.same || (len(c.Hops) > 0) != tc.same {
			t.Errorf("%s against %s: %s, same target %v, %d hops paired", tc.b, tc.a, c.Verdict, c.SameTarget, len(c.Hops))
		}
		if tc.a == "w1" && (c.A.Windows != 2 || c.A.Failed != 10 || c.A.FailedFor != 10*time.Second || len(c.A.Codes) != 1 || c.A.Codes[0].Runs != 2) {
			t.Errorf("w1's figures: %+v", c.A)
		}
	}
}

func TestWatchCompareBadInput(t *testing.T) {
	db := filepath.Join(t.TempDir(), "h.db")
	watchThrice(t, db)
	for _, tc := range []struct {
		args []string
		code int
		says string
	}{
		{[]string{"w1"}, exitBadInput, "give 2 watch IDs"},
		{[]string{"w1", "x\x1b[2J"}, exitBadInput, `"x\x1b[2J" is not a watch ID`},
		{[]string{"w1", "w9"}, exitProblem, "no such watch: 9"},
	} {
		var out, errs bytes.Buffer
		args := append([]string{"watch", "compare", "--db", db}, tc.args...)
		if code := run(context.Background(), args, nil, &out, &errs); code != tc.code || !strings.Contains(errs.String(), tc.says) {
			t.Errorf("%q: exit %d, %q", tc.args, code, errs.String())
		}
	}
}
