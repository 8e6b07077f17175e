package platform

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func testdata(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestParseResolvConf(t *testing.T) {
	got := ParseResolvConf(testdata(t, "resolv.conf"))
	want := ResolvConf{Servers: []string{"10.0.0.53", "fe80::1%eth0", "192.0.2.53"}, Search: []string{"corp.example.com", "lab.example"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}

func TestParseHosts(t *testing.T) {
	cases := []struct {
		file, host string
		want       []string // addresses
		line       int
	}{
		{"hosts", "app.example.com", []string{"10.9.9.9"}, 4},
		{"hosts", "APP.example.com.", []string{"10.9.9.9"}, 4},
		{"hosts", "localhost", []string{"127.0.0.1", "::1"}, 1},
		{"hosts", "printer.lan", []string{"192.0.2.1"}, 6},
		{"hosts", "nothere.example", nil, 0},
		{"hosts_windows", "intranet.corp.example.com", []string{"10.1.2.3"}, 11},
		{"hosts_windows", "rhino.acme.com", nil, 0},
	}
	for _, c := range cases {
		got := LookupHosts(ParseHosts(testdata(t, c.file)), c.host)
		var addrs []string
		for _, e := range got {
			addrs = append(addrs, e.Addr)
		}
		if !reflect.DeepEqual(addrs, c.want) {
			t.Errorf("%s %s: got %v, want %v", c.file, c.host, addrs, c.want)
		}
		if len(got) > 0 && got[0].Line != c.line {
			t.Errorf("%s %s: line %d, want %d", c.file, c.host, got[0].Line, c.line)
		}
	}
}

func TestParseProcRoute(t *testing.T) {
	got, err := ParseProcRoute(testdata(t, "proc_net_route.txt"))
	if err != nil {
		t.Fatal(err)
	}
	want := []Gateway{{Addr: "10.78.0.1", Iface: "cx2", Metric: 50}, {Addr: "10.77.0.1", Iface: "cx0", Metric: 100}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
	if _, err := ParseProcRoute([]byte("Iface\tDestination\nx\tZZ\tZZ\t0003\t0\t0\t0\tZZ\n")); err == nil {
		t.Error("garbage route line: want an error")
	}
	if g, err := ParseProcRoute([]byte("Iface\tDestination\tGateway\n")); err != nil || len(g) != 0 {
		t.Errorf("no routes: got %v %v", g, err)
	}
}

func TestParseProcARP(t *testing.T) {
	b := testdata(t, "proc_net_arp.txt")
	cases := []struct{ ip, state, iface string }{
		{"10.77.0.9", NeighborReachable, "cx0"},
		{"10.77.0.1", NeighborIncomplete, "cx0"},
		{"10.77.0.50", NeighborUnknown, ""},
	}
	for _, c := range cases {
		state, _, iface := ParseProcARP(b, c.ip)
		if state != c.state || iface != c.iface {
			t.Errorf("%s: got %s %s, want %s %s", c.ip, state, iface, c.state, c.iface)
		}
	}
}

func TestAdapters(t *testing.T) {
	ads := []adapter{
		{name: "Ethernet", up: true, dns: []string{"10.0.0.53", "fec0:0:0:ffff::1"}, gateways: []string{"10.0.0.1", "fe80::1"}, metric: 25},
		{name: "Wi-Fi", up: false, dns: []string{"192.168.1.1"}, gateways: []string{"192.168.1.1"}, metric: 35},
		{name: "VPN", up: true, dns: []string{"10.8.0.1", "10.0.0.53"}, gateways: []string{"0.0.0.0", "10.8.0.1"}, metric: 5},
	}
	if got := dnsFromAdapters(ads).Servers; !reflect.DeepEqual(got, []string{"10.0.0.53", "10.8.0.1"}) {
		t.Errorf("dns: got %v", got)
	}
	want := []Gateway{{Addr: "10.8.0.1", Iface: "VPN", Metric: 5}, {Addr: "10.0.0.1", Iface: "Ethernet", Metric: 25}}
	if got := gatewaysFromAdapters(ads); !reflect.DeepEqual(got, want) {
		t.Errorf("gateways: got %+v", got)
	}
}

func TestReadHostsUsesInjectedFile(t *testing.T) {
	old, oldPath := readFile, HostsPath
	defer func() { readFile, HostsPath = old, oldPath }()
	HostsPath = filepath.Join("testdata", "hosts")
	readFile = os.ReadFile
	entries, path, err := ReadHosts()
	if err != nil || path != HostsPath || len(LookupHosts(entries, "app")) != 1 {
		t.Fatalf("ReadHosts: %v %v %v", entries, path, err)
	}
	HostsPath = filepath.Join("testdata", "missing")
	if _, _, err := ReadHosts(); err == nil {
		t.Error("missing hosts file: want an error")
	}
}
