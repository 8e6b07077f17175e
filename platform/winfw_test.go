package platform

import (
	"encoding/json"
	"net"
	"os"
	"strings"
	"testing"
)

// testdata/winfw_rules.json holds profiles and rules in the shape of the
// INetFwPolicy2 / INetFwRule property values (NET_FW_* numbers, the API's
// address and port strings). It was written by hand from the API's
// documentation — no Windows machine was at hand to record one — and
// covers the rule kinds a helpdesk meets: subnet masks, ranges, profile
// masks, disabled, inbound and program-limited rules. Real rule stores are
// tested in winfw_capture_test.go.
func loadWinFw(t *testing.T) *Firewall {
	b, err := os.ReadFile("testdata/winfw_rules.json")
	if err != nil {
		t.Fatal(err)
	}
	var rec struct {
		Profiles []WinFwProfile
		Rules    []WinFwRule
	}
	if err := json.Unmarshal(b, &rec); err != nil {
		t.Fatal(err)
	}
	return windowsFirewall(rec.Profiles, rec.Rules, nil)
}

func TestWindowsFirewall(t *testing.T) {
	f := loadWinFw(t)
	if !f.Active || !strings.Contains(strings.Join(f.Policies, "; "), "Private profile (current): on, outbound allowed by default") {
		t.Errorf("policies %v", f.Policies)
	}
	cases := []struct {
		dst   string
		port  int
		proto string
		act   string
		rule  string
		unc   int
	}{
		{"10.20.30.40", 443, "tcp", "drop", "Block app server", 0},
		{"10.20.31.9", 5432, "tcp", "drop", "Block database subnet", 0},
		{"10.20.31.9", 5433, "tcp", "accept", "", 0},
		{"192.0.2.50", 8080, "tcp", "drop", "Block lab range", 0},
		{"192.0.2.60", 8080, "tcp", "accept", "", 0},
		{"203.0.113.5", 25, "tcp", "accept", "Allow mail relay", 0},
		{"198.51.100.1", 22, "tcp", "accept", "", 1}, // limited to ssh.exe
		{"10.20.30.40", 53, "udp", "accept", "", 0},  // the block rule is TCP only; svchost's DNS rule cannot change an accept
	}
	for _, c := range cases {
		ev := f.Evaluate(Packet{Dst: net.ParseIP(c.dst), Proto: c.proto, Port: c.port})
		if ev.Verdict.Action != c.act || c.rule != "" && ev.Verdict.Rule != c.rule || len(ev.Uncertain) != c.unc {
			t.Errorf("%s:%d/%s: %+v", c.dst, c.port, c.proto, ev)
		}
	}
}

func TestWindowsDefaultOutboundBlock(t *testing.T) {
	f := windowsFirewall([]WinFwProfile{{Type: 4, Enabled: true, Current: true, BlockOutbound: true}},
		[]WinFwRule{{Name: "Allow web", Enabled: true, Direction: 2, Action: 1, Protocol: 6, RemoteAddresses: "*", RemotePorts: "80,443", Profiles: 0x7fffffff}}, nil)
	if v := f.Evaluate(Packet{Dst: net.ParseIP("10.0.0.1"), Proto: "tcp", Port: 443}).Verdict; v.Action != "accept" || v.Rule != "Allow web" {
		t.Errorf("443: %+v", v)
	}
	if v := f.Evaluate(Packet{Dst: net.ParseIP("10.0.0.1"), Proto: "tcp", Port: 8443}).Verdict; v.Action != "drop" || !v.ByPolicy {
		t.Errorf("8443: %+v", v)
	}
}
