package platform

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// ipconfigAdapters reads `ipconfig /all` as captured on real machines
// (testdata/windows/ipconfig, see its PROVENANCE.md) into the adapters
// GetAdaptersAddresses would give: the name, up unless "Media
// disconnected", the default gateways and the DNS servers (values
// continue on indented lines). It is the ground truth for the adapter
// logic; the program itself never parses ipconfig.
func ipconfigAdapters(t *testing.T, file string) []adapter {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "windows", "ipconfig", file))
	if err != nil {
		t.Fatal(err)
	}
	var out []adapter
	var cur *adapter
	var list *[]string
	for _, line := range strings.Split(strings.ReplaceAll(string(b), "\r\n", "\n"), "\n") {
		switch {
		case line == "":
			continue
		case !strings.HasPrefix(line, " ") && strings.Contains(line, " adapter ") && strings.HasSuffix(line, ":"):
			name := line[strings.Index(line, " adapter ")+len(" adapter ") : len(line)-1]
			out = append(out, adapter{name: name, up: true})
			cur, list = &out[len(out)-1], nil
			continue
		case cur == nil:
			continue
		}
		key, value, ok := strings.Cut(line, " : ")
		if !ok {
			key, value = "", strings.TrimSpace(line)
			if !strings.HasPrefix(line, "       ") && !strings.HasSuffix(line, ":") {
				list = nil
			}
		} else {
			key, value, list = strings.TrimSpace(strings.TrimRight(key, " .")), strings.TrimSpace(value), nil
		}
		switch key {
		case "Media State":
			cur.up = value != "Media disconnected"
		case "Default Gateway":
			list = &cur.gateways
		case "DNS Servers":
			list = &cur.dns
		}
		if list != nil && value != "" {
			*list = append(*list, value)
		}
	}
	return out
}

func TestAdaptersFromRealIpconfig(t *testing.T) {
	cases := []struct {
		file     string
		adapters int
		dns      []string
		gateways []string
	}{
		// A Tailscale adapter whose DNS servers are the fec0:0:0:ffff::
		// placeholders, and a USB Ethernet adapter with the gateway.
		{"jc-windows-10.ipconfig-all.out", 3, []string{"10.50.13.1"}, []string{"10.50.13.1"}},
		// Ten adapters: VMware ones up with no gateway, one Wi-Fi with it.
		{"jc-windows-11.ipconfig-all.out", 10, []string{"192.168.1.1"}, []string{"192.168.1.1"}},
		{"jc-windows-7.ipconfig-all.out", 2, []string{"192.168.22.151"}, []string{"192.168.22.1"}},
		{"jc-windows-2016.ipconfig-all.out", 2, []string{"192.168.22.151"}, []string{"192.168.22.1"}},
	}
	for _, c := range cases {
		ads := ipconfigAdapters(t, c.file)
		if len(ads) != c.adapters {
			t.Errorf("%s: %d adapters: %+v", c.file, len(ads), ads)
			continue
		}
		if c.file == "jc-windows-10.ipconfig-all.out" && len(ads[0].dns) != 3 {
			t.Errorf("Tailscale's placeholders not read: %+v", ads[0])
		}
		if got := dnsFromAdapters(ads).Servers; !reflect.DeepEqual(got, c.dns) {
			t.Errorf("%s: DNS %v, want %v", c.file, got, c.dns)
		}
		var gws []string
		for _, g := range gatewaysFromAdapters(ads) {
			gws = append(gws, g.Addr)
		}
		if !reflect.DeepEqual(gws, c.gateways) {
			t.Errorf("%s: gateways %v, want %v", c.file, gws, c.gateways)
		}
	}
}
