package platform

import (
	"bufio"
	"fmt"
	"net/netip"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// PolicyEntry is one row of an address-selection table: addresses in
// Prefix get Value (a precedence, a label or an IPv4 scope). IPv4 addresses
// are matched as IPv4-mapped IPv6 addresses (::ffff:a.b.c.d), as glibc and
// Windows do.
type PolicyEntry struct {
	// Prefix is the address range.
	Prefix netip.Prefix `json:"prefix"`
	// Value is its precedence, label or scope.
	Value int `json:"value"`
}

// AddrPolicy is the table the system sorts a name's addresses by before a
// program tries them (RFC 6724, and RFC 3484 as glibc amends it): the
// destination with the higher precedence comes first, unless an earlier
// rule (no route, scope, label) decides.
type AddrPolicy struct {
	// Precedence and Labels are the policy table, most specific first.
	Precedence []PolicyEntry `json:"precedence"`
	Labels     []PolicyEntry `json:"labels"`
	// ScopesV4 give IPv4 ranges a scope (glibc's scopev4); the last entry
	// matches everything.
	ScopesV4 []PolicyEntry `json:"scopes_v4,omitempty"`
	// IPv4Prefix says rule 9 (longest matching prefix) applies to IPv4
	// destinations on the source's own subnet too (glibc); RFC 6724 applies
	// it to IPv6 only.
	IPv4Prefix bool `json:"ipv4_prefix,omitempty"`
	// Source says where the table came from ("/etc/gai.conf", "glibc's
	// built-in table", "Windows prefix policy"...).
	Source string `json:"source"`
	// Changed lists the configuration lines that replaced built-in values,
	// as written.
	Changed []string `json:"changed,omitempty"`
}

func entry(prefix string, v int) PolicyEntry {
	return PolicyEntry{Prefix: netip.MustParsePrefix(prefix), Value: v}
}

// GlibcPolicy is glibc's built-in table (sysdeps/posix/getaddrinfo.c),
// used when /etc/gai.conf sets nothing: RFC 3484's precedences, so IPv6
// (40) comes before IPv4 (10), with labels of its own for site-local, ULA
// and Teredo addresses.
func GlibcPolicy() AddrPolicy {
	return AddrPolicy{
		Precedence: []PolicyEntry{entry("::1/128", 50), entry("2002::/16", 30), entry("::/96", 20), entry("::ffff:0:0/96", 10), entry("::/0", 40)},
		Labels: []PolicyEntry{entry("::1/128", 0), entry("2002::/16", 2), entry("::/96", 3), entry("::ffff:0:0/96", 4),
			entry("fec0::/10", 5), entry("fc00::/7", 6), entry("2001::/32", 7), entry("::/0", 1)},
		ScopesV4:   []PolicyEntry{entry("::ffff:169.254.0.0/112", 2), entry("::ffff:127.0.0.0/104", 2), entry("::ffff:0:0/96", 14)},
		IPv4Prefix: true,
		Source:     "glibc's built-in table (RFC 3484)",
	}
}

// RFC6724Policy is RFC 6724's default table, which Windows uses unless its
// prefix policies were changed: IPv6 (40) before IPv4 (35), ULA (fc00::/7,
// 3) after IPv4.
func RFC6724Policy() AddrPolicy {
	return AddrPolicy{
		Precedence: []PolicyEntry{entry("::1/128", 50), entry("::/0", 40), entry("::ffff:0:0/96", 35), entry("2002::/16", 30),
			entry("2001::/32", 5), entry("fc00::/7", 3), entry("::/96", 1), entry("fec0::/10", 1), entry("3ffe::/16", 1)},
		Labels: []PolicyEntry{entry("::1/128", 0), entry("::/0", 1), entry("::ffff:0:0/96", 4), entry("2002::/16", 2),
			entry("2001::/32", 5), entry("fc00::/7", 13), entry("::/96", 3), entry("fec0::/10", 11), entry("3ffe::/16", 12)},
		ScopesV4: []PolicyEntry{entry("::ffff:169.254.0.0/112", 2), entry("::ffff:127.0.0.0/104", 2), entry("::ffff:0:0/96", 14)},
		Source:   "RFC 6724 default table",
	}.sorted()
}

// sorted puts the most specific prefixes first, keeping the order of equal
// lengths (a stable sort, as the first match wins).
func (p AddrPolicy) sorted() AddrPolicy {
	for _, l := range [][]PolicyEntry{p.Precedence, p.Labels, p.ScopesV4} {
		sort.SliceStable(l, func(i, j int) bool { return l[i].Prefix.Bits() > l[j].Prefix.Bits() })
	}
	return p
}

// As16 maps an address into the table's space: IPv4 as ::ffff:a.b.c.d.
func as16(a netip.Addr) netip.Addr { return netip.AddrFrom16(a.As16()) }

func lookup(list []PolicyEntry, a netip.Addr, def int) (int, PolicyEntry, bool) {
	a = as16(a)
	for _, e := range list {
		if e.Prefix.Contains(a) {
			return e.Value, e, true
		}
	}
	return def, PolicyEntry{}, false
}

// PrecedenceOf returns an address's precedence and the row that gave it.
func (p AddrPolicy) PrecedenceOf(a netip.Addr) (int, PolicyEntry) {
	v, e, _ := lookup(p.Precedence, a, 0)
	return v, e
}

// LabelOf returns an address's label.
func (p AddrPolicy) LabelOf(a netip.Addr) int {
	v, _, _ := lookup(p.Labels, a, 1<<31-1)
	return v
}

// ScopeOf returns an address's scope (RFC 6724 §3.1): 2 link-local, 5
// site-local, 14 global.
func (p AddrPolicy) ScopeOf(a netip.Addr) int {
	a = a.Unmap()
	if a.Is4() {
		v, _, _ := lookup(p.ScopesV4, a, 14)
		return v
	}
	switch {
	case a.IsMulticast():
		return int(a.As16()[1] & 0x0f)
	case a.IsLinkLocalUnicast(), a.IsLoopback():
		return 2
	case netip.MustParsePrefix("fec0::/10").Contains(a):
		return 5
	}
	return 14
}

// ParseGaiConf reads /etc/gai.conf as glibc does: "precedence" and "label"
// lines replace the built-in table of their kind as a whole (with ::/0 added
// when no line covers it), "scopev4" lines the IPv4 scopes; "#" starts a
// comment; lines glibc would ignore are ignored.
func ParseGaiConf(text string) AddrPolicy {
	p := GlibcPolicy()
	var prec, labels, scopes []PolicyEntry
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		f := strings.Fields(line)
		if len(f) < 3 {
			continue
		}
		var e PolicyEntry
		var ok bool
		switch f[0] {
		case "precedence", "label":
			e, ok = gaiEntry(f[1], f[2], false)
		case "scopev4":
			e, ok = gaiEntry(f[1], f[2], true)
		}
		if !ok {
			continue
		}
		p.Changed = append(p.Changed, strings.Join(f[:3], " "))
		switch f[0] {
		case "precedence":
			prec = append(prec, e)
		case "label":
			labels = append(labels, e)
		case "scopev4":
			scopes = append(scopes, e)
		}
	}
	if prec != nil {
		p.Precedence = withCatchAll(prec, "::/0", 40)
	}
	if labels != nil {
		p.Labels = withCatchAll(labels, "::/0", 1)
	}
	if scopes != nil {
		p.ScopesV4 = withCatchAll(scopes, "::ffff:0:0/96", 14)
	}
	if p.Changed != nil {
		p.Source = "/etc/gai.conf"
	}
	return p.sorted()
}

// gaiEntry parses "prefix[/bits] value"; scopev4 prefixes are IPv4 (or
// IPv4-mapped) and stored mapped.
func gaiEntry(prefix, value string, v4 bool) (PolicyEntry, bool) {
	addr, bitsText, hasBits := strings.Cut(prefix, "/")
	a, err := netip.ParseAddr(addr)
	if err != nil || a.Zone() != "" {
		return PolicyEntry{}, false
	}
	bits := 128
	if v4 && a.Is4() {
		bits = 32
	}
	if hasBits {
		if bits, err = strconv.Atoi(bitsText); err != nil || bits < 0 {
			return PolicyEntry{}, false
		}
	}
	val, err := strconv.Atoi(value)
	if err != nil || val < 0 {
		return PolicyEntry{}, false
	}
	switch {
	case v4 && a.Is4() && bits <= 32:
		bits += 96
	case v4 && a.Is4In6() && bits >= 96 && bits <= 128:
	case !v4 && a.Is6() && bits <= 128:
	default:
		return PolicyEntry{}, false
	}
	pf, err := as16(a).Prefix(bits)
	if err != nil {
		return PolicyEntry{}, false
	}
	return PolicyEntry{Prefix: pf, Value: val}, true
}

// withCatchAll adds a row for every address when none covers it, as glibc
// does.
func withCatchAll(list []PolicyEntry, all string, v int) []PolicyEntry {
	for _, e := range list {
		if e.Prefix.Bits() == netip.MustParsePrefix(all).Bits() && e.Prefix.Addr() == netip.MustParsePrefix(all).Addr() {
			return list
		}
	}
	return append(list, entry(all, v))
}

// policyRow is a row of `netsh interface ipv6 show prefixpolicies`: the
// numbers and the prefix, whatever language the headers are in.
var policyRow = regexp.MustCompile(`^\s*(\d+)\s+(\d+)\s+([0-9A-Fa-f:.]+/\d+)\s*$`)

// ParsePrefixPolicies reads the output of `netsh interface ipv6 show
// prefixpolicies` (Windows): only the rows of numbers are read, so the
// localised headers do not matter. An output without a single row is an
// error.
func ParsePrefixPolicies(out string) (AddrPolicy, error) {
	p := RFC6724Policy()
	var prec, labels []PolicyEntry
	for _, line := range strings.Split(out, "\n") {
		m := policyRow.FindStringSubmatch(strings.TrimRight(line, "\r"))
		if m == nil {
			continue
		}
		pf, err := netip.ParsePrefix(m[3])
		if err != nil || !pf.Addr().Is6() {
			continue
		}
		pv, _ := strconv.Atoi(m[1])
		lv, _ := strconv.Atoi(m[2])
		prec = append(prec, PolicyEntry{Prefix: pf.Masked(), Value: pv})
		labels = append(labels, PolicyEntry{Prefix: pf.Masked(), Value: lv})
	}
	if prec == nil {
		return p, fmt.Errorf("platform: no prefix policy rows in the netsh output")
	}
	p.Precedence, p.Labels = withCatchAll(prec, "::/0", 40), withCatchAll(labels, "::/0", 1)
	p.Source = "Windows prefix policy"
	p = p.sorted()
	p.Changed = diffPolicy(p, RFC6724Policy())
	return p, nil
}

// diffPolicy lists p's precedence rows that differ from the default's.
func diffPolicy(p, def AddrPolicy) []string {
	var out []string
	for _, e := range p.Precedence {
		if !slices.Contains(def.Precedence, e) {
			out = append(out, fmt.Sprintf("precedence %s %d", e.Prefix, e.Value))
		}
	}
	return out
}
