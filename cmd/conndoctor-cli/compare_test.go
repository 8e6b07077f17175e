package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/conndoctor/conndoctor/diagnose"
	"github.com/conndoctor/conndoctor/history"
	"github.com/conndoctor/conndoctor/probes"
	"github.com/conndoctor/conndoctor/target"
)

// TestCompareDifferentTargets: runs of two ports are shown side by side
// with a warning, and no check is called fixed (the wizard once showed the
// row "TCP port 8081" with port 9001's result, marked fixed).
func TestCompareDifferentTargets(t *testing.T) {
	db := filepath.Join(t.TempDir(), "h.db")
	s, err := history.Open(db, history.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		in     string
		state  probes.PortState
		status probes.Status
	}{{"10.99.3.10:8081", probes.PortFiltered, probes.StatusFail}, {"10.99.3.10:9001", probes.PortOpen, probes.StatusPass}} {
		rep := sampleReport(t)
		rep.Target, _ = target.Parse(tc.in)
		p := rep.Results.Port
		p.State, p.Status, p.Addr, p.Title = tc.state, tc.status, tc.in, "TCP port "+tc.in[len("10.99.3.10:"):]
		rep.Diagnosis = diagnose.Diagnose(rep.Target, &rep.Results)
		if _, err := s.Save(rep, history.SaveOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	code, out, _ := cliRun("compare", "--db", db, "1", "2")
	if code != 0 || !strings.HasPrefix(out, "DIFFERENT TARGETS\nThese runs tested different targets (10.99.3.10:8081 and 10.99.3.10:9001)") {
		t.Errorf("compare: %d\n%s", code, out)
	}
	if strings.Contains(out, "  fixed ") || strings.Contains(out, "  BROKEN ") || !strings.Contains(out, "  port        fail → pass") {
		t.Errorf("a check marked fixed or broken across targets:\n%s", out)
	}
}

// TestExportRaw: a run PDF holds each check's raw result only with --raw.
func TestExportRaw(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (Debian package poppler-utils) is not installed")
	}
	db, a, _ := seeded(t)
	dir := t.TempDir()
	for _, raw := range []bool{false, true} {
		path := filepath.Join(dir, map[bool]string{false: "r.pdf", true: "raw.pdf"}[raw])
		args := []string{"export", "--db", db, "-o", path}
		if raw {
			args = append(args, "--raw")
		}
		if code, _, errOut := cliRun(append(args, strconv.FormatInt(a, 10))...); code != 0 {
			t.Fatalf("%v: %d %s", args, code, errOut)
		}
		text, err := exec.Command("pdftotext", path, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(string(text), "Appendix: raw result"); got != raw {
			t.Errorf("--raw=%v: appendix present = %v", raw, got)
		}
		os.Remove(path)
	}
}
