package platform

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// flushEnv is what FlushDNS reads and runs on Linux; tests replace it.
type flushEnv struct {
	// exists reports whether a path exists.
	exists func(path string) bool
	// run runs a program (a fixed name and argument vector, never a shell)
	// and returns its combined output.
	run func(ctx context.Context, name string, args ...string) ([]byte, error)
	// readFile reads a file.
	readFile func(path string) ([]byte, error)
	// signal sends a signal to a process.
	signal func(pid int, sig syscall.Signal) error
}

var osFlushEnv = flushEnv{
	exists: func(p string) bool { _, err := os.Stat(p); return err == nil },
	run: func(ctx context.Context, name string, args ...string) ([]byte, error) {
		path, err := exec.LookPath(name)
		if err != nil {
			return nil, err
		}
		return exec.CommandContext(ctx, path, args...).CombinedOutput()
	},
	readFile: os.ReadFile,
	signal:   func(pid int, sig syscall.Signal) error { return syscall.Kill(pid, sig) },
}

// The signs that a cache service runs.
var (
	resolvedPaths = []string{"/run/systemd/resolve/io.systemd.Resolve", "/run/systemd/resolve/stub-resolv.conf"}
	nscdPaths     = []string{"/run/nscd/socket", "/var/run/nscd/socket"}
	dnsmasqPIDs   = []string{"/run/dnsmasq/dnsmasq.pid", "/var/run/dnsmasq/dnsmasq.pid", "/run/dnsmasq.pid"}
)

// FlushDNS empties the DNS caches this computer runs: systemd-resolved
// (`resolvectl flush-caches`), nscd (`nscd -i hosts`) and dnsmasq (SIGHUP).
// It returns ErrNoDNSCache when none runs, and a *FlushError (joined, when
// several failed) for each cache that refused.
func FlushDNS(ctx context.Context) (FlushResult, error) {
	return osFlushEnv.flush(ctx)
}

func (e flushEnv) flush(ctx context.Context) (FlushResult, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	var res FlushResult
	var errs []error
	found := false
	do := func(cache string, fn func() error) {
		found = true
		if err := fn(); err != nil {
			errs = append(errs, err)
			return
		}
		res.Caches = append(res.Caches, cache)
	}
	if e.anyExists(resolvedPaths) {
		do("systemd-resolved", func() error { return e.tool(ctx, "systemd-resolved", "resolvectl", "flush-caches") })
	}
	if e.anyExists(nscdPaths) {
		do("nscd", func() error { return e.tool(ctx, "nscd", "nscd", "-i", "hosts") })
	}
	for _, p := range dnsmasqPIDs {
		if b, err := e.readFile(p); err == nil {
			do("dnsmasq", func() error { return e.hup(string(b)) })
			break
		}
	}
	if !found {
		return res, ErrNoDNSCache
	}
	return res, errors.Join(errs...)
}

func (e flushEnv) anyExists(paths []string) bool {
	for _, p := range paths {
		if e.exists(p) {
			return true
		}
	}
	return false
}

// tool runs a flush command and classifies its failure.
func (e flushEnv) tool(ctx context.Context, cache, name string, args ...string) error {
	out, err := e.run(ctx, name, args...)
	if err == nil {
		return nil
	}
	detail := strings.TrimSpace(string(out))
	if detail == "" {
		detail = err.Error()
	}
	if errors.Is(err, exec.ErrNotFound) {
		detail = name + " is not installed"
	}
	return &FlushError{Cache: cache, NeedsAdmin: isDenied(detail) || isDenied(err.Error()), Detail: detail}
}

// hup asks dnsmasq (by its PID file's content) to clear its cache.
func (e flushEnv) hup(pidText string) error {
	pid, err := strconv.Atoi(strings.TrimSpace(pidText))
	if err != nil || pid <= 1 {
		return &FlushError{Cache: "dnsmasq", Detail: "its PID file does not hold a process ID"}
	}
	if err := e.signal(pid, syscall.SIGHUP); err != nil {
		return &FlushError{Cache: "dnsmasq", NeedsAdmin: errors.Is(err, syscall.EPERM), Detail: err.Error()}
	}
	return nil
}
