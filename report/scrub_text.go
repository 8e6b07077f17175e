package report

import (
	"net/netip"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/publicsuffix"
)

// Generic patterns for names and addresses in free text. Every match is
// checked before it is replaced (an address must parse, a name must end
// in a top-level domain), so times (03:00:12), versions and file names stay.
// All work on the decoded text with byte offsets from the same string.
var (
	// urlHostRe finds the host of a URL: scheme://[user-info@]host.
	urlHostRe = regexp.MustCompile("(?i)[a-z][a-z0-9+.\\-]*://(?:[^/?#\\s\"<>`@]*@)?([^/?#\\s\"<>`:\\[\\]]+)")
	// ipv6Re finds IPv6 candidates, with an IPv4 tail (::ffff:10.0.0.1).
	ipv6Re = regexp.MustCompile(`[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:\.[0-9]{1,3}){0,3}`)
	// ipv4Run finds runs of digits and dots, searched for dotted quads.
	ipv4Run = regexp.MustCompile(`[0-9][0-9.]*[0-9]`)
	// hostPortRe finds name:port, the name of one label or more.
	hostPortRe = regexp.MustCompile(`([\p{L}\p{N}_](?:[\p{L}\p{N}_.\-]*[\p{L}\p{N}_])?):[0-9]{1,5}`)
	// dottedRe finds dotted words: candidates for host names.
	dottedRe = regexp.MustCompile(`[\p{L}\p{N}_](?:[\p{L}\p{N}_\-]*[\p{L}\p{N}_])?(?:\.[\p{L}\p{N}_](?:[\p{L}\p{N}_\-]*[\p{L}\p{N}_])?)+`)
	// placeholderRe matches what the scrubber writes.
	placeholderRe = regexp.MustCompile(`^(?:host|ip|name)-[0-9]+$`)
)

// privateTLDs are the last labels of names used inside networks, which the
// public suffix list does not have.
var privateTLDs = set("local", "lan", "corp", "internal", "intranet", "intra", "home", "localdomain",
	"test", "example", "invalid", "localhost", "private", "priv", "domain", "lab", "office", "ad")

// replaceAll replaces, left to right, the matches of re in s for which fn
// says so. fn gets s and the match's offsets (with its groups', as
// FindAllStringSubmatchIndex gives them) and returns the span to replace,
// within the match, and what replaces it.
func replaceAll(s string, re *regexp.Regexp, fn func(s string, loc []int) (i, j int, rep string, ok bool)) string {
	var b strings.Builder
	last := 0
	for _, loc := range re.FindAllStringSubmatchIndex(s, -1) {
		i, j, rep, ok := fn(s, loc)
		if !ok || i < last {
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(rep)
		last = j
	}
	if last == 0 && b.Len() == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// runeBefore and runeAfter are the runes around s[i:j] (utf8.RuneError at
// the ends).
func runeBefore(s string, i int) rune {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

func runeAfter(s string, j int) rune {
	r, _ := utf8.DecodeRuneInString(s[j:])
	return r
}

// ipv4In replaces the dotted quads in a run of digits and dots ("10.0.0.1",
// "10.0.0.1." at a sentence's end); a run that is no address, such as a
// version 2026.11.22.09, stays.
func ipv4In(run string, id func(netip.Addr) string) (string, bool) {
	parts := strings.Split(run, ".")
	changed := false
	var out []string
	for i := 0; i < len(parts); {
		if i+4 <= len(parts) {
			if a, ok := quad(parts[i : i+4]); ok {
				out = append(out, id(a))
				i += 4
				changed = true
				continue
			}
		}
		out = append(out, parts[i])
		i++
	}
	return strings.Join(out, "."), changed
}

func quad(p []string) (netip.Addr, bool) {
	var b [4]byte
	for i, s := range p {
		n, err := strconv.Atoi(s)
		if err != nil || len(s) > 3 || n > 255 {
			return netip.Addr{}, false
		}
		b[i] = byte(n)
	}
	return netip.AddrFrom4(b), true
}

// replaceIPv6 replaces the IPv6 addresses in s. Each run the pattern finds
// is searched for the longest address at its earliest start, then on after
// it, so an address stays findable when the text around it extends the run
// ("fe80::1:" ending a clause, "::fd00::1"). The unspecified address "::"
// is no one's and stays, as does a run glued to a word before it ("std::").
func replaceIPv6(s string, id func(netip.Addr) string) string {
	var b strings.Builder
	last := 0
	for _, loc := range ipv6Re.FindAllStringIndex(s, -1) {
		m := s[loc[0]:loc[1]]
		for i := 0; i < len(m); i++ {
			if i == 0 && loc[0] > 0 && nameRune(runeBefore(s, loc[0])) {
				continue
			}
			for j := len(m); j >= i+2; j-- {
				a, err := netip.ParseAddr(m[i:j])
				if err != nil || !a.Is6() || a.IsUnspecified() {
					continue
				}
				b.WriteString(s[last : loc[0]+i])
				b.WriteString(id(a))
				last = loc[0] + j
				i = j - 1
				break
			}
		}
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// publicTLD reports whether the last label of a dotted name is a top-level
// domain in the public suffix list, or a suffix listed there.
func publicTLD(name string) bool {
	suffix, icann := publicsuffix.PublicSuffix(strings.ToLower(name))
	return icann || strings.Contains(suffix, ".")
}
