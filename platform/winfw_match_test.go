package platform

import (
	"net"
	"strings"
	"testing"
)

// addrRows are RemoteAddresses values, most of them as real rule stores
// hold them. They seed FuzzWinAddrMatch.
var addrRows = []struct {
	spec string
	ip   string
	want match
}{
	{"*", "203.0.113.10", matches},
	{"LocalSubnet", "192.168.1.20", matches},
	{"LocalSubnet", "203.0.113.10", noMatch},
	{"LocalSubnet,fe80::/64,ff02::1", "fe80::1", matches},
	{"LocalSubnet,fe80::/64,ff02::2", "ff02::2", matches},
	{"Ply2Renders", "192.168.1.20", mayMatch},
	{"DefaultGateway", "192.168.1.1", mayMatch},
	{"10.0.0.0/255.0.0.0", "10.1.2.3", matches},
	{"10.0.0.0/8", "11.1.2.3", noMatch},
	{"192.0.2.10-192.0.2.55", "192.0.2.54", matches},
	{"SomethingNew", "192.0.2.54", mayMatch},
	{"10.0.0.1,Internet", "10.0.0.1", matches},
}

func TestWinAddrMatch(t *testing.T) {
	local := []*net.IPNet{mustNet("192.168.1.0/24"), mustNet("fe80::/64")}
	for _, r := range addrRows {
		if got, _ := winAddrMatch(r.spec, net.ParseIP(r.ip), local); got != r.want {
			t.Errorf("winAddrMatch(%q, %s) = %d, want %d", r.spec, r.ip, got, r.want)
		}
	}
}

// portRows are RemotePorts values; the keywords are from real stores.
var portRows = []struct {
	spec string
	port int
	want match
}{
	{"", 443, matches},
	{"443", 443, matches},
	{"554,8554-8558", 8556, matches},
	{"554,8554-8558", 8559, noMatch},
	{"IPTLSOut,IPHTTPSOut", 443, mayMatch},
	{"RPC", 135, mayMatch},
	{"RPC-EPMap", 135, mayMatch},
	{"Teredo,3544", 3544, matches},
}

func TestWinPortMatch(t *testing.T) {
	for _, r := range portRows {
		if got, _ := winPortMatch(r.spec, r.port); got != r.want {
			t.Errorf("winPortMatch(%q, %d) = %d, want %d", r.spec, r.port, got, r.want)
		}
	}
}

func FuzzWinAddrMatch(f *testing.F) {
	for _, r := range addrRows {
		f.Add(r.spec, r.ip)
	}
	f.Fuzz(func(t *testing.T, spec, ip string) {
		m, kw := winAddrMatch(spec, net.ParseIP(ip), nil)
		if (m == mayMatch) != (kw != "") {
			t.Fatalf("%q %s: %d with keyword %q", spec, ip, m, kw)
		}
	})
}

func FuzzWinPortMatch(f *testing.F) {
	for _, r := range portRows {
		f.Add(r.spec, r.port)
	}
	f.Fuzz(func(t *testing.T, spec string, port int) {
		if m, kw := winPortMatch(spec, port); (m == mayMatch) != (kw != "") {
			t.Fatalf("%q %d: %d with keyword %q", spec, port, m, kw)
		}
	})
}

func mustNet(s string) *net.IPNet {
	_, n, err := net.ParseCIDR(s)
	if err != nil {
		panic(err)
	}
	return n
}

// TestWinFwRealRules reads single rules of the captured stores and checks
// the fields that decide: the app-package rule that used to be taken for a
// rule for every program, the profile mask 7, keywords, unresolved names.
func TestWinFwRealRules(t *testing.T) {
	s := loadWinStore(t, "regipy-SYSTEM_B-win10")
	print3D := s.byID["{F26EB674-EB92-4A9F-AFAF-337624E9114F}"]
	if print3D.Name != "Print 3D" || print3D.Profiles != 7 || print3D.Protocol != 256 || print3D.RemotePorts != "" ||
		!strings.HasPrefix(print3D.Package, "S-1-15-2-") || len(print3D.limits()) != 1 {
		t.Errorf("Print 3D: %+v", print3D)
	}
	upnp := s.byID["NETDIS-UPnPHost-Out-TCP-Active"]
	if upnp.RemoteAddresses != "LocalSubnet" || upnp.RemotePorts != "2869" || upnp.Profiles != 2 || upnp.Service != "fdphost" {
		t.Errorf("UPnP host: %+v", upnp)
	}
	iphttps := s.byID["CoreNet-IPHTTPS-Out"]
	if iphttps.RemotePorts != "IPTLSOut,IPHTTPSOut" || iphttps.Service != "iphlpsvc" {
		t.Errorf("IP-HTTPS: %+v", iphttps)
	}
	if n := (&WinFwRule{Name: "@FirewallAPI.dll,-80206"}).DisplayName(); !strings.Contains(n, "could not resolve (@FirewallAPI.dll,-80206)") {
		t.Errorf("display name %q", n)
	}
	// The same rules without their program limits, as an administrator
	// might write them: LocalSubnet and the keyword ports are evaluated.
	local := []*net.IPNet{mustNet("192.168.1.0/24")}
	profiles := []WinFwProfile{{Type: 2, Enabled: true, Current: true, BlockOutbound: true}}
	global := func(r WinFwRule) []WinFwRule { r.Application, r.Service = "", ""; return []WinFwRule{r} }
	cases := []struct {
		rule   WinFwRule
		dst    string
		port   int
		action string
		unc    int
	}{
		{upnp, "192.168.1.20", 2869, "accept", 0},
		{upnp, "203.0.113.10", 2869, "drop", 0},
		{iphttps, "203.0.113.10", 443, "drop", 1},
	}
	for _, c := range cases {
		ev := windowsFirewall(profiles, global(c.rule), local).Evaluate(Packet{Dst: net.ParseIP(c.dst), Proto: "tcp", Port: c.port})
		if ev.Verdict.Action != c.action || len(ev.Uncertain) != c.unc {
			t.Errorf("%s to %s:%d: %+v", c.rule.DisplayName(), c.dst, c.port, ev)
		}
	}
}

// TestWinFwRegRuleErrors checks the parser refuses what is not a rule.
func TestWinFwRegRuleErrors(t *testing.T) {
	for _, bad := range []string{"", "Action=Allow|", "v2.27|Action", "v2.27|Protocol=tcp|"} {
		if _, err := ParseWinFwRegRule(bad); err == nil {
			t.Errorf("%q parsed", bad)
		}
	}
}
