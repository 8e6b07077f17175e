//go:build linux

package history

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

func TestReadOnlyLocation(t *testing.T) {
	dir := t.TempDir()
	if os.Geteuid() == 0 {
		// Root ignores permissions; a read-only bind mount is what stops it.
		if err := syscall.Mount(dir, dir, "", syscall.MS_BIND, ""); err != nil {
			t.Skip("cannot make a read-only folder here:", err)
		}
		defer syscall.Unmount(dir, 0)
		if err := syscall.Mount("", dir, "", syscall.MS_BIND|syscall.MS_REMOUNT|syscall.MS_RDONLY, ""); err != nil {
			t.Skip("cannot remount read-only:", err)
		}
	} else {
		os.Chmod(dir, 0o500)
		defer os.Chmod(dir, 0o700)
	}
	_, err := Open(filepath.Join(dir, "history.db"), OpenOptions{})
	if err == nil || !strings.Contains(err.Error(), "read-only") {
		t.Fatalf("Open in a read-only folder = %v, want a clear read-only error", err)
	}
}

// helperCmd starts this test binary as a helper saving n runs to path.
func helperCmd(t *testing.T, n int, path string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), fmt.Sprintf("CONNDOCTOR_HELPER=save,%d,%s", n, path))
	return cmd
}

func integrity(t *testing.T, path string) *Store {
	s, err := Open(path, OpenOptions{})
	if err != nil {
		t.Fatalf("reopen after the helpers: %v", err)
	}
	var res string
	if err := s.db.QueryRow("PRAGMA integrity_check").Scan(&res); err != nil || res != "ok" {
		t.Fatalf("integrity_check = %q %v", res, err)
	}
	return s
}

func TestKilledWhileSaving(t *testing.T) {
	for round := 0; round < 3; round++ {
		path := filepath.Join(t.TempDir(), "history.db")
		cmd := helperCmd(t, 100000, path)
		out, _ := cmd.StdoutPipe()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		var saved []int64
		sc := bufio.NewScanner(out)
		killAt := 20 + round*37
		for sc.Scan() {
			id, _ := strconv.ParseInt(strings.TrimPrefix(sc.Text(), "saved "), 10, 64)
			saved = append(saved, id)
			if len(saved) == killAt {
				cmd.Process.Signal(syscall.SIGKILL)
				break
			}
		}
		cmd.Wait()
		s := integrity(t, path)
		if n, _ := s.Count(); n < len(saved) {
			t.Errorf("round %d: %d runs stored, %d reported saved", round, n, len(saved))
		}
		for _, id := range saved {
			if _, err := s.Get(id); err != nil {
				t.Errorf("round %d: run %d was reported saved but is gone: %v", round, id, err)
			}
		}
		s.Close()
	}
}

func TestTwoProcessesSaveAtOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.db")
	a, b := helperCmd(t, 60, path), helperCmd(t, 60, path)
	var ea, eb strings.Builder
	a.Stderr, b.Stderr = &ea, &eb
	if err := a.Start(); err != nil {
		t.Fatal(err)
	}
	if err := b.Start(); err != nil {
		t.Fatal(err)
	}
	if err := a.Wait(); err != nil {
		t.Errorf("first process: %v %s", err, ea.String())
	}
	if err := b.Wait(); err != nil {
		t.Errorf("second process: %v %s", err, eb.String())
	}
	s := integrity(t, path)
	defer s.Close()
	if n, _ := s.Count(); n != 120 {
		t.Errorf("%d runs stored, want 120", n)
	}
}

// TestManyProcessesCreateAtOnce starts twelve processes on a database that
// does not exist yet, all at once: the first open of a new file (schema,
// application ID, WAL mode) must wait for the others' locks, never fail
// with "database is locked".
func TestManyProcessesCreateAtOnce(t *testing.T) {
	for round := 0; round < 4; round++ {
		path := filepath.Join(t.TempDir(), "history.db")
		runAll(t, round, 12, func() *exec.Cmd { return helperCmd(t, 3, path) })
		s := integrity(t, path)
		if n, _ := s.Count(); n != 3*12 {
			t.Errorf("round %d: %d runs stored, want %d", round, n, 3*12)
		}
		s.Close()
	}
}

// TestParallelSetAsideKeepsTheDamagedFile starts twelve processes at once
// on the same damaged file, each asked to set it aside and save: the
// damaged bytes must survive in a .corrupt file (moved once, never
// overwritten), every process must save, and the new database must hold
// every run.
func TestParallelSetAsideKeepsTheDamagedFile(t *testing.T) {
	for round := 0; round < 4; round++ {
		dir := t.TempDir()
		path := filepath.Join(dir, "history.db")
		damaged := []byte(fmt.Sprintf("round %d: somebody's notes, not a database\n", round))
		os.WriteFile(path, damaged, 0o600)
		runAll(t, round, 12, func() *exec.Cmd {
			c := exec.Command(os.Args[0], "-test.run=^$")
			c.Env = append(os.Environ(), "CONNDOCTOR_HELPER=aside,2,"+path)
			return c
		})
		kept, _ := filepath.Glob(path + ".corrupt-*")
		if len(kept) != 1 {
			t.Errorf("round %d: %d set-aside files %v, want the one damaged file once", round, len(kept), kept)
		}
		for _, k := range kept {
			if b, _ := os.ReadFile(k); string(b) != string(damaged) {
				t.Errorf("round %d: %s holds %q, not the damaged file", round, k, b)
			}
		}
		s := integrity(t, path)
		if n, _ := s.Count(); n != 2*12 {
			t.Errorf("round %d: %d runs in the new database, want %d", round, n, 2*12)
		}
		s.Close()
	}
}

// TestSetAsideNeverOverwrites sets aside two damaged files in the same
// second under the same name: the second gets its own name.
func TestSetAsideNeverOverwrites(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.db")
	var kept []string
	for i := 0; i < 3; i++ {
		os.WriteFile(path, []byte(fmt.Sprintf("damaged %d\n", i)), 0o600)
		s, err := Open(path, OpenOptions{SetAsideCorrupt: true})
		if err != nil {
			t.Fatal(err)
		}
		kept = append(kept, s.MovedAside)
		s.Close()
		os.Remove(path)
		os.Remove(path + "-wal")
		os.Remove(path + "-shm")
	}
	for i, k := range kept {
		if b, _ := os.ReadFile(k); string(b) != fmt.Sprintf("damaged %d\n", i) {
			t.Errorf("copy %d (%s) holds %q", i, k, b)
		}
	}
}

// runAll starts n helper processes made by mk at once and waits for all,
// failing the test for any that fails.
func runAll(t *testing.T, round, n int, mk func() *exec.Cmd) {
	t.Helper()
	cmds := make([]*exec.Cmd, n)
	errs := make([]strings.Builder, n)
	for i := range cmds {
		cmds[i] = mk()
		cmds[i].Stderr = &errs[i]
	}
	for _, c := range cmds {
		if err := c.Start(); err != nil {
			t.Fatal(err)
		}
	}
	for i, c := range cmds {
		if err := c.Wait(); err != nil {
			t.Errorf("round %d, process %d: %v %s", round, i, err, errs[i].String())
		}
	}
}
