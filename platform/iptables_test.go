package platform

import (
	"net"
	"os"
	"testing"
)

// testdata/iptables_legacy_save.txt is iptables-legacy-save 1.8.9 output
// from a namespace with ufw-style rules.
func TestIPTablesEvaluate(t *testing.T) {
	b, err := os.ReadFile("testdata/iptables_legacy_save.txt")
	if err != nil {
		t.Fatal(err)
	}
	ipt, err := ParseIPTablesSave(b)
	if err != nil {
		t.Fatal(err)
	}
	if ipt.OutputPolicy() != "ACCEPT" {
		t.Errorf("policy %q", ipt.OutputPolicy())
	}
	cases := []struct {
		dst   string
		proto string
		port  int
		iface string
		act   string
		rule  string
	}{
		{"10.99.3.10", "tcp", 443, "eth0", "drop", `-A ufw-user-output -d 10.99.3.10/32 -p tcp -m tcp --dport 443 -m comment --comment "block app" -j DROP`},
		{"10.99.3.10", "tcp", 443, "lo", "accept", "-A OUTPUT -o lo -j ACCEPT"},
		{"192.0.2.9", "tcp", 8050, "eth0", "reject", ""},
		{"192.0.2.9", "tcp", 8101, "eth0", "accept", ""},
		{"198.51.100.7", "tcp", 443, "eth0", "drop", "-A OUTPUT -d 198.51.100.0/24 -j DROP"},
		{"203.0.113.1", "tcp", 25, "eth0", "drop", ""},
		{"10.1.1.1", "tcp", 25, "eth0", "accept", ""},
		{"8.8.8.8", "udp", 53, "eth0", "accept", "-A OUTPUT -p udp -m udp --dport 53 -j ACCEPT"},
	}
	for _, c := range cases {
		ev := ipt.Evaluate(Packet{Dst: net.ParseIP(c.dst), Proto: c.proto, Port: c.port, OutIface: c.iface})
		if ev.Verdict.Action != c.act || c.rule != "" && ev.Verdict.Rule != c.rule || len(ev.Uncertain) != 0 {
			t.Errorf("%s %s/%d via %s: %+v", c.dst, c.proto, c.port, c.iface, ev)
		}
	}
	ev := ipt.Evaluate(Packet{Dst: net.ParseIP("10.99.3.10"), Proto: "tcp", Port: 443, OutIface: "eth0"})
	if ev.Verdict.Comment != "block app" {
		t.Errorf("comment %q", ev.Verdict.Comment)
	}
}

func TestIPTablesUnknownMatch(t *testing.T) {
	ipt, err := ParseIPTablesSave([]byte("*filter\n:OUTPUT ACCEPT [0:0]\n-A OUTPUT -m owner --uid-owner 1000 -j DROP\nCOMMIT\n"))
	if err != nil {
		t.Fatal(err)
	}
	ev := ipt.Evaluate(Packet{Dst: net.ParseIP("10.0.0.1"), Proto: "tcp", Port: 443})
	if ev.Verdict.Action != "accept" || len(ev.Uncertain) != 1 {
		t.Errorf("%+v", ev)
	}
	for _, bad := range []string{"", "*filter\n-A OUTPUT -j \"DROP\n", "*filter\n:OUTPUT\n", "*filter\nbogus\n"} {
		if _, err := ParseIPTablesSave([]byte(bad)); err == nil {
			t.Errorf("%q parsed", bad)
		}
	}
}

func FuzzParseIPTablesSave(f *testing.F) {
	b, _ := os.ReadFile("testdata/iptables_legacy_save.txt")
	f.Add(b)
	f.Fuzz(func(t *testing.T, b []byte) {
		if ipt, err := ParseIPTablesSave(b); err == nil {
			ipt.Evaluate(Packet{Dst: net.ParseIP("10.99.3.10"), Proto: "tcp", Port: 443, OutIface: "eth0"})
		}
	})
}
