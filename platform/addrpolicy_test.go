package platform

import (
	"net/netip"
	"slices"
	"strings"
	"testing"
)

// netshPrefixPolicies is `netsh interface ipv6 show prefixpolicies` from a
// Windows 10 laptop, as quoted in "Ipv6: Explanation of prefixpolicies
// table" (itecnotes.com/server/ipv6-explanation-of-prefixpolicies-table).
const netshPrefixPolicies = `Querying active state...

Precedence  Label  Prefix
----------  -----  --------------------------------
        50      0  ::1/128
        40      1  ::/0
        35      4  ::ffff:0:0/96
        30      2  2002::/16
         5      5  2001::/32
         3     13  fc00::/7
         1     11  fec0::/10
         1     12  3ffe::/16
         1      3  ::/96
`

var gaiCases = []struct {
	name, conf string
	// want maps an address to its precedence under the parsed table.
	want    map[string]int
	source  string
	changed int
}{
	{name: "no file content", conf: "", want: map[string]int{"10.0.0.1": 10, "2001:db8::1": 40, "::1": 50, "2002::1": 30}, source: "glibc's built-in table (RFC 3484)"},
	{name: "comments only", conf: "# precedence ::ffff:0:0/96 100\n#label ::1/128 0\n", want: map[string]int{"10.0.0.1": 10, "2001:db8::1": 40}, source: "glibc's built-in table (RFC 3484)"},
	{name: "prefer IPv4 (Debian's commented example)", conf: "precedence  ::ffff:0:0/96  100\n", source: "/etc/gai.conf", changed: 1,
		// The one line replaces the whole table: ::/0 gets 40, ::1 too.
		want: map[string]int{"10.0.0.1": 100, "2001:db8::1": 40, "::1": 40}},
	{name: "full table with trailing comment", conf: "precedence ::1/128 50\nprecedence ::/0 40 # global\nprecedence ::ffff:0:0/96 35\n", source: "/etc/gai.conf", changed: 3,
		want: map[string]int{"10.0.0.1": 35, "2001:db8::1": 40, "::1": 50}},
	{name: "bad lines ignored", conf: "precedence ::ffff:0:0/96\nprecedence nothing 100\nprecedence ::/200 5\nprecedence ::/0 -1\nreload yes\n", source: "glibc's built-in table (RFC 3484)",
		want: map[string]int{"10.0.0.1": 10, "2001:db8::1": 40}},
	{name: "labels and scopes do not touch precedence", conf: "label 2001:db8::/32 9\nscopev4 10.0.0.0/8 5\nscopev4 ::ffff:169.254.0.0/112 2\n", source: "/etc/gai.conf", changed: 3,
		want: map[string]int{"10.0.0.1": 10, "2001:db8::1": 40}},
}

func TestParseGaiConf(t *testing.T) {
	for _, c := range gaiCases {
		t.Run(c.name, func(t *testing.T) {
			p := ParseGaiConf(c.conf)
			for a, want := range c.want {
				if got, _ := p.PrecedenceOf(netip.MustParseAddr(a)); got != want {
					t.Errorf("precedence of %s = %d, want %d", a, got, want)
				}
			}
			if p.Source != c.source || len(p.Changed) != c.changed {
				t.Errorf("source %q changed %q, want %q and %d lines", p.Source, p.Changed, c.source, c.changed)
			}
		})
	}
}

func TestGaiConfLabelsAndScopes(t *testing.T) {
	p := ParseGaiConf("label 2001:db8::/32 9\nscopev4 10.0.0.0/8 5\n")
	if got := p.LabelOf(netip.MustParseAddr("2001:db8::5")); got != 9 {
		t.Errorf("label = %d, want 9", got)
	}
	if got := p.LabelOf(netip.MustParseAddr("2a00::1")); got != 1 {
		t.Errorf("label of an unlisted address = %d, want the catch-all 1", got)
	}
	for a, want := range map[string]int{"10.1.2.3": 5, "192.168.1.1": 14, "fe80::1": 2, "2001:db8::1": 14, "fec0::1": 5} {
		if got := p.ScopeOf(netip.MustParseAddr(a)); got != want {
			t.Errorf("scope of %s = %d, want %d", a, got, want)
		}
	}
	// Without scopev4 lines glibc's defaults hold: only 169.254/16 and
	// 127/8 are link-local.
	g := GlibcPolicy()
	for a, want := range map[string]int{"10.1.2.3": 14, "169.254.1.1": 2, "127.0.0.1": 2} {
		if got := g.ScopeOf(netip.MustParseAddr(a)); got != want {
			t.Errorf("default scope of %s = %d, want %d", a, got, want)
		}
	}
}

func TestParsePrefixPolicies(t *testing.T) {
	p, err := ParsePrefixPolicies(netshPrefixPolicies)
	if err != nil {
		t.Fatal(err)
	}
	if p.Source != "Windows prefix policy" || len(p.Changed) != 0 {
		t.Errorf("the default table read as changed: %q %q", p.Source, p.Changed)
	}
	for a, want := range map[string]int{"10.0.0.1": 35, "2001:db8::1": 40, "fd00::1": 3, "2001::1": 5} {
		if got, _ := p.PrecedenceOf(netip.MustParseAddr(a)); got != want {
			t.Errorf("precedence of %s = %d, want %d", a, got, want)
		}
	}
	// The same rows under headers in another language, IPv4 preferred.
	other := strings.Replace(strings.Replace(netshPrefixPolicies, "Precedence  Label  Prefix", "Rangfolge  Bezeichnung  Präfix", 1),
		"        35      4  ::ffff:0:0/96", "       100      4  ::ffff:0:0/96", 1)
	p, err = ParsePrefixPolicies(strings.ReplaceAll(other, "\n", "\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := p.PrecedenceOf(netip.MustParseAddr("10.0.0.1")); got != 100 {
		t.Errorf("changed IPv4 precedence = %d, want 100", got)
	}
	if !slices.Equal(p.Changed, []string{"precedence ::ffff:0.0.0.0/96 100"}) {
		t.Errorf("changed = %q", p.Changed)
	}
	if _, err := ParsePrefixPolicies("The requested operation requires elevation.\n"); err == nil {
		t.Error("an output without rows parsed")
	}
}

func FuzzParseGaiConf(f *testing.F) {
	for _, c := range gaiCases {
		f.Add(c.conf)
	}
	f.Fuzz(func(t *testing.T, conf string) {
		p := ParseGaiConf(conf)
		// Every address gets a precedence from some row: the catch-all
		// is always there.
		if _, e := p.PrecedenceOf(netip.MustParseAddr("2a00::1")); !e.Prefix.IsValid() {
			t.Errorf("no row matched 2a00::1 in %q", conf)
		}
	})
}
