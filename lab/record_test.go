//go:build linux

package lab

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/conndoctor/conndoctor/diagnose"
)

// record writes each scenario's real `check --json` output to
// diagnose/testdata/lab/, where diagnose's replay test reads it without
// root: go test ./lab -run TestScenarios -record
var record = flag.Bool("record", false, "write each scenario's --json output to diagnose/testdata/lab")

// assertRecorded checks a real run's output against the diagnosis
// invariant (diagnose.Violations) and, with -record, keeps it.
func assertRecorded(t *testing.T, name, raw string) {
	t.Helper()
	rec, err := diagnose.ReadRecorded([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range diagnose.Violations(rec.Diagnosis, rec.Set) {
		t.Errorf("the diagnosis contradicts its checks: %s", v)
	}
	if !*record {
		return
	}
	dir := filepath.Join("..", "diagnose", "testdata", "lab")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	file := strings.NewReplacer(" ", "-", "/", "-", ",", "", "(", "", ")", "").Replace(strings.ToLower(name)) + ".json"
	if err := os.WriteFile(filepath.Join(dir, file), []byte(raw), 0o644); err != nil {
		t.Fatal(err)
	}
}
