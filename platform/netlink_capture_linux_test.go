//go:build linux

package platform

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// netlinkSteps is the scenario captured into testdata/netlink: each step's
// commands run in a network namespace made for the capture, and what the
// kernel announced meanwhile is saved as <step>.bin (the netlink messages
// as read, one read after another). "seed.bin" is the dump taken first.
var netlinkSteps = []struct{ name, cmds string }{
	{"link-add", "link add cd0 type veth peer name cd1"},
	{"link-up", "link set cd1 up; link set cd0 up"},
	{"addr-add", "addr add 10.77.0.2/24 dev cd0; -6 addr add 2001:db8:77::2/64 dev cd0 nodad"},
	{"route-add", "route add default via 10.77.0.1 dev cd0; -6 route add default via 2001:db8:77::1 dev cd0"},
	{"route-replace", "route replace default via 10.77.0.3 dev cd0"},
	{"link-down", "link set cd1 down"},
	{"link-up-again", "link set cd1 up"},
	{"addr-del", "addr del 10.77.0.2/24 dev cd0"},
	{"link-del", "link del cd0"},
}

// TestCaptureNetlink re-records testdata/netlink from a real kernel. It
// runs only when asked (CONNDOCTOR_CAPTURE_NETLINK=1) and as root; all it
// changes is a namespace it creates and deletes.
func TestCaptureNetlink(t *testing.T) {
	if os.Getenv("CONNDOCTOR_CAPTURE_NETLINK") == "" || os.Geteuid() != 0 {
		t.Skip("set CONNDOCTOR_CAPTURE_NETLINK=1 and run as root to re-record testdata/netlink")
	}
	ns := fmt.Sprintf("cdcap%d", os.Getpid())
	ip(t, "netns", "add", ns)
	defer exec.Command("ip", "netns", "del", ns).Run()
	dir := filepath.Join("testdata", "netlink")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	var f *os.File
	inNetns(t, ns, func() {
		b, err := syscall.NetlinkRIB(unix.RTM_GETLINK, unix.AF_UNSPEC)
		if err != nil {
			t.Error(err)
			return
		}
		if err := os.WriteFile(filepath.Join(dir, "seed.bin"), b, 0o644); err != nil {
			t.Error(err)
			return
		}
		fd, err := unix.Socket(unix.AF_NETLINK, unix.SOCK_RAW|unix.SOCK_CLOEXEC|unix.SOCK_NONBLOCK, unix.NETLINK_ROUTE)
		if err != nil {
			t.Error(err)
			return
		}
		if err := unix.Bind(fd, &unix.SockaddrNetlink{Family: unix.AF_NETLINK, Groups: nlGroups}); err != nil {
			t.Error(err)
			return
		}
		f = os.NewFile(uintptr(fd), "rtnetlink")
	})
	if f == nil {
		t.FailNow()
	}
	defer f.Close()
	buf := make([]byte, 1<<16)
	for _, step := range netlinkSteps {
		for _, c := range strings.Split(step.cmds, "; ") {
			ip(t, append([]string{"-n", ns}, strings.Fields(c)...)...)
		}
		var got []byte
		for {
			f.SetReadDeadline(time.Now().Add(300 * time.Millisecond))
			n, err := f.Read(buf)
			if err != nil {
				break
			}
			got = append(got, buf[:n]...)
		}
		if err := os.WriteFile(filepath.Join(dir, step.name+".bin"), got, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %d bytes", step.name, len(got))
	}
}

func ip(t *testing.T, args ...string) {
	t.Helper()
	if out, err := exec.Command("ip", args...).CombinedOutput(); err != nil {
		t.Fatalf("ip %s: %v: %s", strings.Join(args, " "), err, out)
	}
}

// inNetns runs fn on a thread switched into namespace ns; the thread is
// discarded afterwards, so nothing else ever runs in ns.
func inNetns(t *testing.T, ns string, fn func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		runtime.LockOSThread() // never unlocked: the thread dies with the goroutine
		h, err := os.Open(filepath.Join("/var/run/netns", ns))
		if err != nil {
			t.Error(err)
			return
		}
		defer h.Close()
		if err := unix.Setns(int(h.Fd()), unix.CLONE_NEWNET); err != nil {
			t.Error(err)
			return
		}
		fn()
	}()
	<-done
}
