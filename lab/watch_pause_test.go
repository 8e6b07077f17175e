//go:build linux

package lab

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestWatchPausedProgram is the real clock's side of a gap: the CLI's
// watch (every 2 s) is stopped with SIGSTOP for 30 s after three good
// samples, then continued. It marks one gap event on its timeline, keeps
// sampling, and no failure is counted for the time it was stopped. (A
// suspend of the computer cannot be made in a container: its seam, a wall
// clock that jumps while the monotonic one does not, is tested in
// engine/watch.)
func TestWatchPausedProgram(t *testing.T) {
	l := newLab(t, "")
	db := filepath.Join(t.TempDir(), "history.db")
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute) // a bound for a wedged run
	defer cancel()
	w := startWatch(t, l, ctx, "--every", "2s", "--db", db, "app.lab.test:443")
	fail := func(what string) {
		t.Helper()
		w.cmd.Process.Kill()
		t.Fatalf("%s; the watch said:\n%s", what, strings.Join(w.seen, "\n"))
	}
	if !w.samples(3, "ok  ") {
		fail("no three good samples")
	}
	if err := w.cmd.Process.Signal(syscall.SIGSTOP); err != nil {
		t.Fatal(err)
	}
	time.Sleep(30 * time.Second)
	if err := w.cmd.Process.Signal(syscall.SIGCONT); err != nil {
		t.Fatal(err)
	}
	if !w.until(func(line string) bool { return strings.Contains(line, "no samples for") }) {
		fail("no gap after the pause")
	}
	if !w.samples(2, "ok  ") {
		fail("no good samples after the pause")
	}
	w.cmd.Process.Signal(os.Interrupt)
	for range w.lines {
	}
	if err := w.cmd.Wait(); err != nil {
		t.Fatalf("watch: %v (exit 0 expected: nothing failed)\n%s", err, strings.Join(w.seen, "\n"))
	}
	path := filepath.Join(t.TempDir(), "w.json")
	if out, err := exec.Command(cli, "export", "--watch", "--db", db, "--format", "json", "-o", path, "w1").CombinedOutput(); err != nil {
		t.Fatalf("export: %v\n%s", err, out)
	}
	b, _ := os.ReadFile(path)
	var doc struct {
		Summary string `json:"summary"`
		Events  []struct {
			At     time.Time `json:"at"`
			Kind   string    `json:"kind"`
			Detail string    `json:"detail"`
		} `json:"events"`
		Samples []struct {
			At time.Time `json:"at"`
			OK bool      `json:"ok"`
		} `json:"samples"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	t.Log(doc.Summary)
	var gaps []string
	for _, e := range doc.Events {
		if e.Kind == "gap" {
			gaps = append(gaps, e.Detail)
		}
	}
	if len(gaps) != 1 || !strings.Contains(gaps[0], "the program was paused") {
		t.Errorf("gap events %q, want one", gaps)
	}
	// The samples either side of the gap are 30 s or more apart, and none
	// failed: a paused watch does not count its pause as failures.
	longest := time.Duration(0)
	for i := 1; i < len(doc.Samples); i++ {
		longest = max(longest, doc.Samples[i].At.Sub(doc.Samples[i-1].At))
	}
	for _, s := range doc.Samples {
		if !s.OK {
			t.Errorf("a sample at %s failed", s.At.Format("15:04:05"))
		}
	}
	if longest < 30*time.Second {
		t.Errorf("the longest stretch between samples is %v, want the pause", longest)
	}
}
