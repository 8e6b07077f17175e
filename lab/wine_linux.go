//go:build linux

package lab

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Wine runs Windows programs under Wine inside the lab's namespaces, in a
// private prefix (WINEPREFIX) shared by the runs of one test process.
//
// Wine creates every socket inside wineserver, so wineserver must start in
// the namespace whose network the program should see: Run starts it there
// on first use, and Stop ends it before the lab goes (one lab at a time).
//
// Go programs since Go 1.24 need ProcessPrng from bcryptprimitives.dll,
// which Wine 8 lacks; the prefix gets a small forwarding DLL built with
// mingw-w64 from testdata/wine/bcryptprimitives.c.
type Wine struct {
	// Prefix is the WINEPREFIX.
	Prefix string
	// Home, when set, is the HOME of every Wine command: the prefix's
	// Documents and other user folders are made (by wineboot) as links to
	// the folders of this home, not of the user running the tests.
	Home string
	dll  string
	boot sync.Once
	err  error
}

// WineAvailable says why Windows programs cannot run here, or "" when they
// can.
func WineAvailable() string {
	for _, tool := range []string{"wine", "wineserver", "wineboot", "x86_64-w64-mingw32-gcc"} {
		if _, err := exec.LookPath(tool); err != nil {
			return "the Windows lab needs " + tool + " (Debian packages wine and gcc-mingw-w64-x86-64)"
		}
	}
	return ""
}

// NewWine prepares a prefix under dir and builds the ProcessPrng DLL from
// the C source at dllSource. The prefix itself is created by the first Run.
func NewWine(dir, dllSource string) (*Wine, error) {
	w := &Wine{Prefix: filepath.Join(dir, "prefix"), dll: filepath.Join(dir, "bcryptprimitives.dll")}
	out, err := exec.Command("x86_64-w64-mingw32-gcc", "-shared", "-O2", "-o", w.dll, dllSource, "-ladvapi32").CombinedOutput()
	if err != nil {
		return nil, fmt.Errorf("lab: build bcryptprimitives.dll: %v: %s", err, out)
	}
	return w, nil
}

// env is the environment of every Wine command: the private prefix, no
// debug output, no display (the CLI needs none), and no offer to install
// Wine's Mono or Gecko.
func (w *Wine) env(extra []string) []string {
	env := append(os.Environ(), "WINEPREFIX="+w.Prefix, "WINEDEBUG=-all", "WINEARCH=win64",
		"WINEDLLOVERRIDES=mscoree,mshtml=")
	if !hasVar(extra, "DISPLAY") {
		env = append(env, "DISPLAY=")
	}
	if w.Home != "" {
		env = append(env, "HOME="+w.Home, "XDG_CONFIG_HOME="+filepath.Join(w.Home, ".config"))
	}
	return append(env, extra...)
}

func hasVar(env []string, name string) bool {
	for _, v := range env {
		if strings.HasPrefix(v, name+"=") {
			return true
		}
	}
	return false
}

// Command returns a command that runs a Windows program (or a Wine tool
// such as "reg") under Wine in a role's namespace. The lab's Env is
// passed on, so HTTPS_PROXY and the like reach the Windows program.
func (w *Wine) Command(ctx context.Context, l *Lab, role, program string, args ...string) (*exec.Cmd, error) {
	if err := w.Boot(ctx, l, role); err != nil {
		return nil, err
	}
	c := l.CommandContext(ctx, role, "wine", append([]string{program}, args...)...)
	c.Env = w.env(l.Env)
	return c, nil
}

// Boot creates the prefix on first use, inside a role's namespace (which
// starts wineserver there).
func (w *Wine) Boot(ctx context.Context, l *Lab, role string) error {
	w.boot.Do(func() { w.err = w.create(ctx, l, role) })
	return w.err
}

// create makes the prefix (wineboot) inside the lab and installs the DLL.
func (w *Wine) create(ctx context.Context, l *Lab, role string) error {
	c := l.CommandContext(ctx, role, "wineboot", "--init")
	c.Env = w.env(nil)
	if out, err := c.CombinedOutput(); err != nil {
		return fmt.Errorf("lab: wineboot: %v: %s", err, out)
	}
	b, err := os.ReadFile(w.dll)
	if err != nil {
		return err
	}
	sys32 := filepath.Join(w.Prefix, "drive_c", "windows", "system32")
	if err := os.WriteFile(filepath.Join(sys32, "bcryptprimitives.dll"), b, 0o644); err != nil {
		return fmt.Errorf("lab: install bcryptprimitives.dll: %w", err)
	}
	return nil
}

// HostsFile is the prefix's Windows hosts file.
func (w *Wine) HostsFile() string {
	return filepath.Join(w.Prefix, "drive_c", "windows", "system32", "drivers", "etc", "hosts")
}

// Stop ends the prefix's wineserver and waits for it, so that the next
// lab's first Run starts a new one in its own namespace.
func (w *Wine) Stop() error {
	if _, err := os.Stat(w.Prefix); errors.Is(err, os.ErrNotExist) {
		return nil
	}
	var errs []error
	for _, flag := range []string{"-k", "-w"} {
		c := exec.Command("wineserver", flag)
		c.Env = w.env(nil)
		if out, err := c.CombinedOutput(); err != nil && flag == "-w" {
			errs = append(errs, fmt.Errorf("lab: wineserver %s: %v: %s", flag, err, out))
		}
	}
	return errors.Join(errs...)
}

// Backtraces returns, for a program that hangs (exe, Linux process pid),
// the prefix's processes as Linux sees them (see processes) and winedbg's
// backtrace of every thread of the processes whose executable path ends in
// exe (all of them when exe is ""): the Windows-side stacks, with Wine's
// function names and source lines. It never fails: errors are in the text.
func (w *Wine) Backtraces(exe string, pid int) string {
	procs := w.processes(pid)
	ctx, cancel := context.WithTimeout(context.Background(), 40*time.Second)
	defer cancel()
	c := exec.CommandContext(ctx, "winedbg", "--command", "bt all")
	c.Env = w.env(nil)
	out, err := c.CombinedOutput()
	if err != nil {
		out = append(out, "\nwinedbg: "+err.Error()...)
	}
	return procs + pickBacktraces(string(out), exe)
}

// processes describes, as Linux sees them, the prefix's processes
// (wineserver among them) and each of their threads: state, where in the
// kernel it waits, CPU time used, the kernel stack. When winedbg itself
// cannot get an answer, this says whether wineserver is busy or waiting.
//
// The process pid is always described, and each of its live threads also
// by gdb's backtrace where gdb is installed (the Unix side of Wine: which
// lock a thread waits for): once the first thread of a process has exited,
// Linux no longer shows the process's environment.
func (w *Wine) processes(pid int) string {
	var b strings.Builder
	dirs, _ := filepath.Glob("/proc/[0-9]*")
	for _, dir := range dirs {
		env, err := os.ReadFile(filepath.Join(dir, "environ"))
		mine := filepath.Base(dir) == strconv.Itoa(pid)
		if !mine && (err != nil || !strings.Contains("\x00"+string(env)+"\x00", "\x00WINEPREFIX="+w.Prefix+"\x00")) {
			continue
		}
		cmd, _ := os.ReadFile(filepath.Join(dir, "cmdline"))
		fmt.Fprintf(&b, "process %s: %s\n", filepath.Base(dir), strings.ReplaceAll(strings.TrimRight(string(cmd), "\x00"), "\x00", " "))
		tasks, _ := filepath.Glob(filepath.Join(dir, "task", "[0-9]*"))
		for _, task := range tasks {
			raw, _ := os.ReadFile(filepath.Join(task, "stat"))
			wchan, _ := os.ReadFile(filepath.Join(task, "wchan"))
			stack, _ := os.ReadFile(filepath.Join(task, "stack"))
			stat := threadStat(string(raw))
			fmt.Fprintf(&b, "  thread %s: wchan %s; stat %s\n", filepath.Base(task), wchan, stat)
			if frames := strings.TrimSpace(string(stack)); frames != "" {
				lines := strings.Split(frames, "\n")
				for _, line := range lines[:min(3, len(lines))] {
					fmt.Fprintf(&b, "    %s\n", line)
				}
			}
			if mine && !strings.HasPrefix(stat, "state Z") {
				b.WriteString(gdbBacktrace(filepath.Base(task)))
			}
		}
	}
	return b.String()
}

// threadStat picks from /proc/PID/task/TID/stat the thread's state and
// the user and system CPU time it used (in clock ticks).
func threadStat(stat string) string {
	i := strings.LastIndexByte(stat, ')')
	if i < 0 {
		return "?"
	}
	f := strings.Fields(stat[i+1:])
	if len(f) < 13 {
		return "?"
	}
	return "state " + f[0] + ", utime " + f[11] + ", stime " + f[12]
}

// pickBacktraces keeps the blocks of winedbg's "bt all" output that belong
// to exe ("Backtracing for thread T in process P (path):" starts a block).
func pickBacktraces(all, exe string) string {
	if exe == "" {
		return all
	}
	var b strings.Builder
	keep := false
	for _, line := range strings.SplitAfter(all, "\n") {
		if strings.HasPrefix(line, "Backtracing for thread ") {
			keep = strings.Contains(strings.ToLower(line), strings.ToLower(exe)+")")
		}
		if keep || strings.HasPrefix(line, "winedbg: ") {
			b.WriteString(line)
		}
	}
	if b.Len() == 0 {
		return "no thread of " + exe + " in winedbg's output:\n" + all
	}
	return b.String()
}

// gdbBacktrace is gdb's backtrace of one thread, or "" without gdb.
func gdbBacktrace(tid string) string {
	if _, err := exec.LookPath("gdb"); err != nil {
		return ""
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, "gdb", "-p", tid, "-batch", "-ex", "bt 30").CombinedOutput()
	var b strings.Builder
	for _, line := range strings.Split(string(out), "\n") {
		if strings.HasPrefix(line, "#") {
			b.WriteString("      " + line + "\n")
		}
	}
	if err != nil {
		b.WriteString("      gdb: " + err.Error() + "\n")
	}
	return b.String()
}
