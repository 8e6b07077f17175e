package probes

import (
	"net/netip"
	"slices"
	"strings"
	"testing"

	"github.com/conndoctor/conndoctor/platform"
)

// sources builds a SourceFunc from "destination prefix → source prefix"
// pairs; a destination no pair covers has no route.
func sources(pairs ...string) SourceFunc {
	return func(dst netip.Addr) (netip.Prefix, bool) {
		for i := 0; i+1 < len(pairs); i += 2 {
			if netip.MustParsePrefix(pairs[i]).Contains(dst) {
				return netip.MustParsePrefix(pairs[i+1]), true
			}
		}
		return netip.Prefix{}, false
	}
}

var dualStack = sources("0.0.0.0/0", "10.99.1.2/24", "::/0", "2001:db8:99:1::2/64")

var orderCases = []struct {
	name   string
	addrs  []string
	policy platform.AddrPolicy
	src    SourceFunc
	want   []string
	rule   int
	why    string
}{
	{name: "glibc: IPv6 before IPv4", addrs: []string{"10.99.3.10", "2001:db8:99:3::10"}, policy: platform.GlibcPolicy(), src: dualStack,
		want: []string{"2001:db8:99:3::10", "10.99.3.10"}, rule: 6, why: "IPv6's precedence 40 (::/0) beats IPv4's 10 (::ffff:0.0.0.0/96) in glibc's built-in table"},
	{name: "no IPv6 route: IPv4 first", addrs: []string{"2001:db8:99:3::10", "10.99.3.10"}, policy: platform.GlibcPolicy(), src: sources("0.0.0.0/0", "10.99.1.2/24"),
		want: []string{"10.99.3.10", "2001:db8:99:3::10"}, rule: 1, why: "no IPv6 route or address"},
	{name: "gai.conf prefers IPv4", addrs: []string{"2001:db8:99:3::10", "10.99.3.10"}, policy: platform.ParseGaiConf("precedence ::ffff:0:0/96 100\n"), src: dualStack,
		want: []string{"10.99.3.10", "2001:db8:99:3::10"}, rule: 6, why: "IPv4's precedence 100 (::ffff:0.0.0.0/96) beats IPv6's 40 (::/0) in /etc/gai.conf"},
	{name: "RFC 6724: IPv4 before ULA", addrs: []string{"fd00:99::10", "10.99.3.10"}, policy: platform.RFC6724Policy(), src: sources("0.0.0.0/0", "10.99.1.2/24", "::/0", "fd00:99::2/64"),
		want: []string{"10.99.3.10", "fd00:99::10"}, rule: 6, why: "IPv4's precedence 35"},
	{name: "glibc: ULA before IPv4", addrs: []string{"10.99.3.10", "fd00:99::10"}, policy: platform.GlibcPolicy(), src: sources("0.0.0.0/0", "10.99.1.2/24", "::/0", "fd00:99::2/64"),
		want: []string{"fd00:99::10", "10.99.3.10"}, rule: 6, why: "IPv6's precedence 40"},
	{name: "global IPv6 from a ULA source: labels differ", addrs: []string{"10.99.3.10", "2001:db8::10"}, policy: platform.GlibcPolicy(), src: sources("0.0.0.0/0", "10.99.1.2/24", "::/0", "fd00:99::2/64"),
		want: []string{"10.99.3.10", "2001:db8::10"}, rule: 5, why: "same label"},
	{name: "glibc: IPv4 on the own subnet first", addrs: []string{"192.0.2.7", "10.99.1.7"}, policy: platform.GlibcPolicy(), src: sources("0.0.0.0/0", "10.99.1.2/24"),
		want: []string{"10.99.1.7", "192.0.2.7"}, rule: 0, why: "all addresses are IPv4"},
	{name: "RFC 6724: IPv4 in DNS order", addrs: []string{"192.0.2.7", "10.99.1.7"}, policy: platform.RFC6724Policy(), src: sources("0.0.0.0/0", "10.99.1.2/24"),
		want: []string{"192.0.2.7", "10.99.1.7"}, why: "round-robin"},
	{name: "IPv6 longest prefix", addrs: []string{"2001:db8:77::1", "2001:db8:99:1::9"}, policy: platform.GlibcPolicy(), src: dualStack,
		want: []string{"2001:db8:99:1::9", "2001:db8:77::1"}},
	{name: "bad address left out", addrs: []string{"not-an-ip", "10.99.3.10"}, policy: platform.GlibcPolicy(), src: dualStack,
		want: []string{"10.99.3.10"}},
	{name: "nothing", policy: platform.GlibcPolicy(), src: dualStack, want: []string{}},
}

func TestOrderAddrs(t *testing.T) {
	for _, c := range orderCases {
		t.Run(c.name, func(t *testing.T) {
			got, o := OrderAddrs(c.addrs, c.policy, c.src)
			if !slices.Equal(got, c.want) {
				t.Errorf("order %v, want %v", got, c.want)
			}
			if o.Rule != c.rule || !strings.Contains(o.Why, c.why) {
				t.Errorf("rule %d why %q, want rule %d and %q", o.Rule, o.Why, c.rule, c.why)
			}
		})
	}
}

func FuzzOrderAddrs(f *testing.F) {
	for _, c := range orderCases {
		f.Add(strings.Join(c.addrs, " "))
	}
	f.Fuzz(func(t *testing.T, list string) {
		addrs := strings.Fields(list)
		got, _ := OrderAddrs(addrs, platform.GlibcPolicy(), dualStack)
		// The order is a permutation of the addresses that parse.
		n := 0
		for _, a := range addrs {
			if _, err := netip.ParseAddr(a); err == nil {
				n++
			}
		}
		if len(got) != n {
			t.Errorf("%d addresses out of %d that parse", len(got), n)
		}
	})
}
