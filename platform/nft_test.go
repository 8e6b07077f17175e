package platform

import (
	"net"
	"os"
	"strings"
	"testing"
)

// testdata/nft_ruleset.json is `nft -j list ruleset` (nftables 1.0.6) of a
// namespace loaded with testdata/nft_ruleset.nft.
func loadNft(t testing.TB) *Nftables {
	b, err := os.ReadFile("testdata/nft_ruleset.json")
	if err != nil {
		t.Fatal(err)
	}
	n, err := ParseNftJSON(b)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestNftEvaluate(t *testing.T) {
	n := loadNft(t)
	cases := []struct {
		dst, proto string
		port       int
		iface      string
		action     string
		where      string
		rule       string
		byPolicy   bool
	}{
		{"10.99.3.10", "tcp", 443, "eth0", "drop", "inet filter output", `ip daddr 10.99.3.10 tcp dport 443 counter drop comment "block app server"`, false},
		{"10.99.3.11", "tcp", 22, "eth0", "reject", "inet filter output", "ip daddr @blocked tcp dport { 22, 8000-8100 } reject with tcp reset", false},
		{"192.0.2.7", "tcp", 8050, "eth0", "reject", "inet filter output", "", false},
		{"192.0.2.8", "tcp", 8050, "eth0", "accept", "ip legacyish OUTPUT", "tcp dport != 25 accept", false},
		{"192.0.2.8", "tcp", 25, "eth0", "drop", "ip legacyish OUTPUT", "", true},
		// Passes inet filter; in ip legacyish the jump to allowdb accepts.
		{"10.1.2.3", "tcp", 3306, "eth0", "accept", "ip legacyish allowdb", "ip daddr 10.1.2.3 accept", false},
		// Jumped, not accepted there, falls through to the next rule.
		{"10.1.2.4", "tcp", 3306, "eth0", "accept", "ip legacyish OUTPUT", "tcp dport != 25 accept", false},
		// oif lo is accepted in inet filter; the legacy table still sees it.
		{"10.99.3.10", "tcp", 443, "lo", "accept", "ip legacyish OUTPUT", "tcp dport != 25 accept", false},
		{"2001:db8::1", "tcp", 443, "eth0", "drop", "inet filter output", "ip6 daddr 2001:db8::/32 drop", false},
		{"2001:db9::1", "tcp", 443, "eth0", "accept", "inet filter output", "", true},
		{"198.51.100.1", "udp", 53, "eth0", "drop", "ip legacyish OUTPUT", "", true},
	}
	for _, c := range cases {
		ev := n.Evaluate(Packet{Dst: net.ParseIP(c.dst), Proto: c.proto, Port: c.port, OutIface: c.iface})
		v := ev.Verdict
		if v.Action != c.action || v.Where != c.where || v.ByPolicy != c.byPolicy || c.rule != "" && v.Rule != c.rule {
			t.Errorf("%s %s/%d via %s: got %+v, want %s at %s (rule %q, policy %v)", c.dst, c.proto, c.port, c.iface, v, c.action, c.where, c.rule, c.byPolicy)
		}
	}
}

func TestNftOutputPolicies(t *testing.T) {
	got := strings.Join(loadNft(t).OutputPolicies(), "; ")
	if got != "inet filter output: accept; ip legacyish OUTPUT: drop" {
		t.Errorf("policies: %s", got)
	}
}

func TestNftUnknownMatchIsUncertain(t *testing.T) {
	const rs = `{"nftables":[{"table":{"family":"inet","name":"t"}},
	{"chain":{"family":"inet","table":"t","name":"o","type":"filter","hook":"output","prio":0,"policy":"accept"}},
	{"rule":{"family":"inet","table":"t","chain":"o","handle":4,"expr":[{"match":{"op":"==","left":{"meta":{"key":"skuid"}},"right":1000}},{"drop":null}]}}]}`
	n, err := ParseNftJSON([]byte(rs))
	if err != nil {
		t.Fatal(err)
	}
	ev := n.Evaluate(Packet{Dst: net.ParseIP("10.0.0.1"), Proto: "tcp", Port: 443})
	if ev.Verdict.Action != "accept" || len(ev.Uncertain) != 1 || !strings.Contains(ev.Uncertain[0], "meta skuid 1000 drop") {
		t.Errorf("got %+v", ev)
	}
}

func TestNftBadJSON(t *testing.T) {
	for _, in := range []string{"", "{", `{"nftables":[{"rule":{"family":"inet","table":"t","chain":"missing","handle":1,"expr":[]}}]}`} {
		if _, err := ParseNftJSON([]byte(in)); err == nil {
			t.Errorf("%q parsed", in)
		}
	}
}

func FuzzParseNftJSON(f *testing.F) {
	b, _ := os.ReadFile("testdata/nft_ruleset.json")
	f.Add(b)
	f.Fuzz(func(t *testing.T, b []byte) {
		n, err := ParseNftJSON(b)
		if err == nil {
			n.Evaluate(Packet{Dst: net.ParseIP("10.99.3.10"), Proto: "tcp", Port: 443, OutIface: "eth0"})
		}
	})
}

func TestManagersOf(t *testing.T) {
	got := managersOf([]string{"inet firewalld", "ip filter"}, []string{"INPUT", "OUTPUT", "ufw-user-output", "DOCKER-USER", "ufw-before-output"})
	if strings.Join(got, ",") != "firewalld,iptables-nft,ufw,docker" {
		t.Errorf("%v", got)
	}
	if got := managersOf([]string{"inet lab"}, []string{"input", "output"}); len(got) != 0 {
		t.Errorf("plain nftables: %v", got)
	}
}
