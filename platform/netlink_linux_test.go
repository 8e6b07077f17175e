//go:build linux

package platform

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestNetlinkDecode replays the messages a real kernel sent
// (testdata/netlink, recorded by TestCaptureNetlink) through the decoder,
// step after step, as WatchNetwork would read them.
func TestNetlinkDecode(t *testing.T) {
	st := newNLState()
	if _, err := st.decode(readNetlinkFile(t, "seed"), true); err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		"link-add":      {"link: link cd1 appeared (down)", "link: link cd0 appeared (down)"},
		"link-up":       {"link: link cd0 came up", "link: link cd1 came up"},
		"addr-add":      {"addr: address 10.77.0.2/24 added on cd0", "addr: address 2001:db8:77::2/64 added on cd0"},
		"route-add":     {"route: default route via 10.77.0.1 on cd0 added", "route: IPv6 default route via 2001:db8:77::1 on cd0 added"},
		"route-replace": {"route: default route via 10.77.0.1 on cd0 replaced by one via 10.77.0.3 on cd0"},
		// The peer going down takes cd0's carrier: both links go down, the
		// routes stay (the kernel only marks them linkdown).
		"link-down":     {"link: link cd1 went down", "link: link cd0 went down"},
		"link-up-again": {"link: link cd1 came up", "link: link cd0 came up", "addr: address fe80::188e:2aff:fe3b:5546/64 added on cd0"},
		// The kernel drops the IPv4 default route silently with the subnet.
		"addr-del": {"addr: address 10.77.0.2/24 removed from cd0, and with it the default route via 10.77.0.3 on cd0"},
		"link-del": {"link: link cd0 went down", "route: IPv6 default route via 2001:db8:77::1 on cd0 removed",
			"addr: address 2001:db8:77::2/64 removed from cd0", "addr: address fe80::188e:2aff:fe3b:5546/64 removed from cd0",
			"link: link cd1 went down", "link: link cd0 was removed", "link: link cd1 was removed"},
	}
	for _, step := range netlinkSteps {
		got, err := st.decode(readNetlinkFile(t, step.name), false)
		if err != nil {
			t.Fatal(err)
		}
		var details []string
		for _, c := range got {
			details = append(details, c.Kind+": "+c.Detail)
		}
		if !reflect.DeepEqual(details, want[step.name]) {
			t.Errorf("%s:\n got %q\nwant %q", step.name, details, want[step.name])
		}
	}
}

func readNetlinkFile(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "netlink", name+".bin"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// FuzzNetlinkDecode feeds the decoder damaged kernel messages, seeded with
// the captured ones: it must never panic.
func FuzzNetlinkDecode(f *testing.F) {
	for _, step := range netlinkSteps {
		b, err := os.ReadFile(filepath.Join("testdata", "netlink", step.name+".bin"))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		st := newNLState()
		st.decode(b, false)
		st.decode(b, false)
	})
}
