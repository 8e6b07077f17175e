//go:build linux

package platform

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// TestCaptureNeighbors re-records testdata/netlink/neigh6-*.bin and
// routes6.bin from a real kernel: a client namespace whose IPv6 default
// route goes via the link-local fe80::1 of a router namespace (answering),
// a second default route through two silent next hops, an address nobody
// holds (fe80::9, asked while incomplete, then failed) and entries set by
// hand (stale, probe, permanent; a stale one used again is in delay). It runs only when asked
// (CONNDOCTOR_CAPTURE_NETLINK=1) and as root; it touches only the two
// namespaces it creates and deletes.
func TestCaptureNeighbors(t *testing.T) {
	if os.Getenv("CONNDOCTOR_CAPTURE_NETLINK") == "" || os.Geteuid() != 0 {
		t.Skip("set CONNDOCTOR_CAPTURE_NETLINK=1 and run as root to re-record testdata/netlink")
	}
	cl, rt := fmt.Sprintf("cdnbc%d", os.Getpid()), fmt.Sprintf("cdnbr%d", os.Getpid())
	for _, ns := range []string{cl, rt} {
		ip(t, "netns", "add", ns)
		defer exec.Command("ip", "netns", "del", ns).Run()
	}
	ip(t, "-n", cl, "link", "add", "cd0", "type", "veth", "peer", "name", "cd1", "netns", rt)
	for _, c := range [][]string{
		{"-n", rt, "link", "set", "cd1", "up"},
		{"-n", rt, "-6", "addr", "add", "fe80::1/64", "dev", "cd1", "nodad"},
		{"-n", cl, "link", "set", "cd0", "up"},
		{"-n", cl, "-6", "addr", "add", "2001:db8:77::2/64", "dev", "cd0", "nodad"},
		{"-n", cl, "-6", "route", "add", "default", "via", "fe80::1", "dev", "cd0"},
		{"-n", cl, "-6", "route", "add", "default", "metric", "2048", "nexthop", "via", "fe80::2", "dev", "cd0", "nexthop", "via", "fe80::3", "dev", "cd0"},
		{"-n", cl, "-6", "neigh", "replace", "fe80::5", "lladdr", "02:00:00:00:00:05", "nud", "stale", "dev", "cd0"},
		{"-n", cl, "-6", "neigh", "replace", "fe80::6", "lladdr", "02:00:00:00:00:06", "nud", "permanent", "dev", "cd0"},
		{"-n", cl, "-6", "neigh", "replace", "fe80::7", "lladdr", "02:00:00:00:00:07", "nud", "stale", "dev", "cd0"},
		{"-n", cl, "-6", "neigh", "replace", "fe80::8", "lladdr", "02:00:00:00:00:08", "nud", "probe", "dev", "cd0"},
	} {
		ip(t, c...)
	}
	dir := filepath.Join("testdata", "netlink")
	dump := func(name string, kind int) {
		inNetns(t, cl, func() {
			b, err := syscall.NetlinkRIB(kind, unix.AF_INET6)
			if err == nil {
				err = os.WriteFile(filepath.Join(dir, name), b, 0o644)
			}
			if err != nil {
				t.Error(err)
			}
			t.Logf("%s: %d bytes", name, len(b))
		})
	}
	// A datagram to each makes the kernel resolve it: the router answers
	// (reachable), nobody holds fe80::9.
	poke := func(addr string) {
		inNetns(t, cl, func() {
			c, err := net.Dial("udp6", "["+addr+"%cd0]:9")
			if err != nil {
				t.Error(err)
				return
			}
			defer c.Close()
			c.Write([]byte("x"))
		})
	}
	time.Sleep(200 * time.Millisecond) // link-local addresses settle
	poke("fe80::1")
	time.Sleep(300 * time.Millisecond)
	poke("fe80::9")
	poke("fe80::7") // stale, then used: delay (5 s before it is asked)
	time.Sleep(100 * time.Millisecond)
	dump("neigh6-early.bin", unix.RTM_GETNEIGH)
	time.Sleep(4 * time.Second) // 3 solicitations 1 s apart, then failed
	dump("neigh6-late.bin", unix.RTM_GETNEIGH)
	dump("routes6.bin", unix.RTM_GETROUTE)
	out, _ := exec.Command("ip", "-n", cl, "-6", "neigh", "show").CombinedOutput()
	t.Logf("ip -6 neigh show:\n%s", out)
	out, _ = exec.Command("ip", "-n", cl, "-6", "route", "show").CombinedOutput()
	t.Logf("ip -6 route show:\n%s", out)
}
