//go:build linux

package lab

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestBeforeAfterComparison is the helpdesk's loop: diagnose, fix, run
// again, compare. The fix is real: the drop rule is removed between runs.
func TestBeforeAfterComparison(t *testing.T) {
	l := newLab(t, "")
	db := filepath.Join(t.TempDir(), "history.db")
	if err := l.Script("server: nft add rule inet lab input tcp dport 443 drop"); err != nil {
		t.Fatal(err)
	}
	before := check(t, l, "app.lab.test:443", "--db", db, "--label", "before fix")
	if before.Verdict.Code != "port.filtered" || before.RunID == nil {
		t.Fatalf("before: %s run %v", before.Verdict.Code, before.RunID)
	}
	if err := l.Script("server: nft flush chain inet lab input"); err != nil {
		t.Fatal(err)
	}
	after := check(t, l, "app.lab.test:443", "--db", db, "--label", "after fix", "--after", strconv.FormatInt(*before.RunID, 10))
	if after.Verdict.Code != "healthy" || after.RunID == nil {
		t.Fatalf("after: %s", after.Verdict.Code)
	}
	out, err := l.Command(Client, cli, "compare", "--json", "--db", db,
		strconv.FormatInt(*before.RunID, 10), strconv.FormatInt(*after.RunID, 10)).Output()
	if err != nil {
		t.Fatalf("compare: %v", err)
	}
	var c struct {
		SameTarget bool   `json:"same_target"`
		Verdict    string `json:"verdict"`
		Before     struct {
			Label       string
			VerdictCode string `json:"verdict_code"`
		}
		After  struct{ Label string }
		Checks []struct {
			ID, Change string
			Metrics    []struct{ Name, Before, After string }
		}
	}
	if err := json.Unmarshal(out, &c); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if !c.SameTarget || c.Verdict != "fixed" || c.Before.Label != "before fix" || c.After.Label != "after fix" {
		t.Errorf("comparison head: %+v", c)
	}
	changes := map[string]string{}
	for _, ch := range c.Checks {
		changes[ch.ID] = ch.Change
		if ch.ID == "port" {
			for _, m := range ch.Metrics {
				if m.Name == "port state" && (m.Before != "filtered" || m.After != "open") {
					t.Errorf("port state %s → %s", m.Before, m.After)
				}
			}
		}
	}
	want := map[string]string{"port": "fixed", "trace.tcp": "fixed", "dns": "unchanged", "ping": "unchanged", "local": "unchanged", "trace.icmp": "unchanged"}
	for id, ch := range want {
		if changes[id] != ch {
			t.Errorf("check %s: %s, want %s", id, changes[id], ch)
		}
	}
	human, _ := l.Command(Client, cli, "compare", "--db", db, strconv.FormatInt(*before.RunID, 10), strconv.FormatInt(*after.RunID, 10)).Output()
	t.Logf("\n%s", human)

	// The reports a ticket gets: the failing run and the comparison.
	dir := t.TempDir()
	a, b := strconv.FormatInt(*before.RunID, 10), strconv.FormatInt(*after.RunID, 10)
	for _, args := range [][]string{
		{"export", "--db", db, "-o", filepath.Join(dir, "before.pdf"), a},
		{"export", "--db", db, "-o", filepath.Join(dir, "before.html"), a},
		{"compare", "--db", db, "-o", filepath.Join(dir, "compare.pdf"), a, b},
	} {
		if out, err := exec.Command(cli, args...).CombinedOutput(); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, out)
		}
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	// The PDF's first page tells the whole story: the verdict, its code,
	// the path; the comparison opens with its outcome.
	for file, want := range map[string][]string{
		"before.pdf":  {"app.lab.test answers, but connections to port 443 are silently dropped", "Problem code port.filtered", "10.99.1.1"},
		"compare.pdf": {"Fixed The problem found before (port.filtered) is gone", "filtered → open"},
	} {
		out, err := exec.Command("pdftotext", filepath.Join(dir, file), "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		text := strings.Join(strings.Fields(string(out)), " ") // lines wrap where the page ends them
		for _, w := range want {
			if !strings.Contains(text, w) {
				t.Errorf("%s lacks %q", file, w)
			}
		}
	}
	if os.Getenv("CONNDOCTOR_KEEP_REPORTS") != "" {
		exec.Command("cp", "-r", dir, os.Getenv("CONNDOCTOR_KEEP_REPORTS")).Run()
	}
}
