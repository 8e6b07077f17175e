package platform

import (
	"context"
	"errors"
	"fmt"
	"os/exec"
	"strings"
	"syscall"
	"testing"
)

// fakeFlush is a Linux with the given files and command outcomes.
type fakeFlush struct {
	files map[string]string
	// outs maps "name args" to output and error.
	outs map[string]struct {
		out string
		err error
	}
	ran     []string
	signals []int
	sigErr  error
}

func (f *fakeFlush) env() flushEnv {
	return flushEnv{
		exists: func(p string) bool { _, ok := f.files[p]; return ok },
		run: func(_ context.Context, name string, args ...string) ([]byte, error) {
			cmd := strings.Join(append([]string{name}, args...), " ")
			f.ran = append(f.ran, cmd)
			o, ok := f.outs[cmd]
			if !ok {
				return nil, fmt.Errorf("exec: %q: %w", name, exec.ErrNotFound)
			}
			return []byte(o.out), o.err
		},
		readFile: func(p string) ([]byte, error) {
			if s, ok := f.files[p]; ok {
				return []byte(s), nil
			}
			return nil, errors.New("no such file")
		},
		signal: func(pid int, sig syscall.Signal) error { f.signals = append(f.signals, pid); return f.sigErr },
	}
}

type outcome = struct {
	out string
	err error
}

func TestFlushDNS(t *testing.T) {
	exit1 := errors.New("exit status 1")
	cases := []struct {
		name      string
		f         fakeFlush
		caches    []string
		noCache   bool
		needAdmin bool
		errText   string
	}{
		{name: "no cache at all", noCache: true},
		{name: "systemd-resolved", f: fakeFlush{files: map[string]string{"/run/systemd/resolve/stub-resolv.conf": ""},
			outs: map[string]outcome{"resolvectl flush-caches": {}}}, caches: []string{"systemd-resolved"}},
		{name: "resolved refuses an unprivileged user", f: fakeFlush{files: map[string]string{"/run/systemd/resolve/io.systemd.Resolve": ""},
			outs: map[string]outcome{"resolvectl flush-caches": {"Failed to flush caches: Access denied", exit1}}}, needAdmin: true, errText: "needs administrator rights"},
		{name: "resolved without resolvectl", f: fakeFlush{files: map[string]string{"/run/systemd/resolve/io.systemd.Resolve": ""}},
			errText: "resolvectl is not installed"},
		{name: "nscd", f: fakeFlush{files: map[string]string{"/var/run/nscd/socket": ""}, outs: map[string]outcome{"nscd -i hosts": {}}},
			caches: []string{"nscd"}},
		{name: "dnsmasq", f: fakeFlush{files: map[string]string{"/run/dnsmasq/dnsmasq.pid": "4242\n"}}, caches: []string{"dnsmasq"}},
		{name: "dnsmasq of another user", f: fakeFlush{files: map[string]string{"/run/dnsmasq/dnsmasq.pid": "4242\n"}, sigErr: syscall.EPERM},
			needAdmin: true},
		{name: "dnsmasq pid file garbage", f: fakeFlush{files: map[string]string{"/run/dnsmasq/dnsmasq.pid": "1"}}, errText: "does not hold a process ID"},
		{name: "two caches, one refuses", f: fakeFlush{files: map[string]string{"/run/systemd/resolve/stub-resolv.conf": "", "/run/nscd/socket": ""},
			outs: map[string]outcome{"resolvectl flush-caches": {}, "nscd -i hosts": {"nscd: Only root is allowed to use this option", exit1}}},
			caches: []string{"systemd-resolved"}, errText: "nscd DNS cache could not be flushed"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := c.f.env().flush(context.Background())
			if c.noCache != errors.Is(err, ErrNoDNSCache) {
				t.Fatalf("err = %v, want no-cache %v", err, c.noCache)
			}
			if strings.Join(res.Caches, ",") != strings.Join(c.caches, ",") {
				t.Errorf("flushed %v, want %v", res.Caches, c.caches)
			}
			var fe *FlushError
			if c.needAdmin && (!errors.As(err, &fe) || !fe.NeedsAdmin) {
				t.Errorf("err = %v, want a needs-admin FlushError", err)
			}
			if c.errText != "" && (err == nil || !strings.Contains(err.Error(), c.errText)) {
				t.Errorf("err = %v, want %q", err, c.errText)
			}
			if c.errText == "" && !c.needAdmin && !c.noCache && err != nil {
				t.Errorf("unexpected error %v", err)
			}
		})
	}
}

// TestFlushDNSHere runs the real thing on this machine: it only talks to
// local services (or finds none), never to the network.
func TestFlushDNSHere(t *testing.T) {
	res, err := FlushDNS(context.Background())
	var fe *FlushError
	switch {
	case errors.Is(err, ErrNoDNSCache), errors.As(err, &fe), err == nil:
		t.Logf("flushed %v, err %v", res.Caches, err)
	default:
		t.Errorf("unexpected error type %T: %v", err, err)
	}
}

func TestWindowsFlushFailure(t *testing.T) {
	var fe *FlushError
	if err := windowsFlushFailure(5, "Access is denied."); !errors.As(err, &fe) || !fe.NeedsAdmin {
		t.Errorf("ERROR_ACCESS_DENIED: %v", err)
	}
	if err := windowsFlushFailure(1753, "There are no more endpoints available from the endpoint mapper."); !errors.As(err, &fe) || fe.NeedsAdmin || !strings.Contains(err.Error(), "endpoint mapper") {
		t.Errorf("service stopped: %v", err)
	}
	if err := windowsFlushFailure(0, "The operation completed successfully."); !errors.As(err, &fe) || fe.Detail != "the call failed" {
		t.Errorf("no code: %v", err)
	}
}
