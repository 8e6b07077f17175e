package diagnose

import (
	"os"
	"path/filepath"
	"testing"
)

// TestReplayLab replays the lab's recorded runs (real probe output from
// every scenario, written by `go test ./lab -run TestScenarios -record` as
// root) through the rules: each must give the verdict it gave in the lab,
// and the invariant must hold with each check's status varied.
func TestReplayLab(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "lab", "*.json"))
	if len(files) == 0 {
		t.Fatal("no recorded lab runs in testdata/lab")
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			b, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			rec, err := ReadRecorded(b)
			if err != nil {
				t.Fatal(err)
			}
			d := Diagnose(rec.Target, rec.Set)
			if d.Verdict.Code != rec.Diagnosis.Verdict.Code {
				t.Errorf("replayed verdict %s (%s), recorded %s", d.Verdict.Code, d.Verdict.Summary, rec.Diagnosis.Verdict.Code)
			}
			assertInvariant(t, rec.Target, rec.Set)
		})
	}
}
