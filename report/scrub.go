package report

import (
	"fmt"
	"net/netip"
	"strings"
	"unicode"

	"github.com/conndoctor/conndoctor/history"
	"github.com/conndoctor/conndoctor/target"
)

// Scrub returns deep copies of runs for a report, with control and
// invisible format characters (see printable) and URL user-info (user names
// and passwords) removed from every string and, when o.Redact is set,
// every host name and address replaced by a placeholder ("host-1", "ip-3"),
// the same one for the same name in all the runs given together.
//
// This is the only place reports are redacted: every format (HTML, PDF,
// JSON, comparisons, the ticket text) renders the copies Scrub returns, in
// the manner of ooni's ScrubMeasurement. The names to hide are collected
// from the whole of each run first (the target, every check's results, the
// machine's settings), found by where they sit rather than by what they
// look like, so one-label names (a hosts-file alias, the computer's name)
// go too; then every string of the copies, free text included, has those
// names replaced, longest first, and any other address or host name the
// generic patterns find. Replacement works on the decoded strings, never
// on escaped output.
func Scrub(o Options, runs ...*history.Run) []*history.Run {
	s := newScrubber(o.Redact)
	out := make([]*history.Run, len(runs))
	for i, r := range runs {
		out[i] = deepCopy(r)
	}
	if s.redact {
		for _, r := range out {
			eachString(r, s.collect)
		}
		s.names = newLiterals(s.found)
	}
	for _, r := range out {
		eachString(r, s.text)
	}
	return out
}

// scrubber holds what one Scrub call learned: the names to hide and the
// placeholders given so far.
type scrubber struct {
	redact bool
	found  []literal         // names collected
	names  literals          // the same, to search for
	known  map[string]bool   // literal keys, to add each once
	tlds   map[string]bool   // last labels of the known dotted names
	ids    map[string]string // "host app.corp" → "host-1"
	counts map[string]int    // placeholders given, by kind
}

func newScrubber(redact bool) *scrubber {
	return &scrubber{redact: redact, known: map[string]bool{}, tlds: map[string]bool{},
		ids: map[string]string{}, counts: map[string]int{}}
}

// collect records the names in one string of a run (see the key tables in
// scrub_names.go), as text will hold them once printable, and returns it
// unchanged.
func (s *scrubber) collect(key, v string) string {
	orig := v
	v = strings.Map(printable, v)
	switch {
	case vocabularyKeys[key]:
	case urlKeys[key]:
		for _, tok := range strings.FieldsFunc(target.ScrubSecrets(v), func(r rune) bool { return unicode.IsSpace(r) || r == ';' || r == ',' }) {
			h, shaped := urlHost(tok) // "PROXY a:3128; DIRECT" from a PAC file too
			s.addHost(h, shaped)
		}
	case listKeys[key]:
		for _, tok := range tokens(strings.NewReplacer("<local>", "", "<-loopback>", "").Replace(v)) {
			h, _ := bareHost(tok)
			s.addHost(h, true)
		}
	case addrKeys[key]:
		for _, tok := range tokens(v) {
			h, _ := bareHost(tok)
			s.addHost(h, false)
		}
	case dnKeys[key]:
		for _, val := range dnValues(v) {
			if h, _ := bareHost(val.plain); strings.Contains(h, ".") && s.addHost(h, true) {
				continue // "CN=app.corp", "CN=*.corp"; "CN=Billing" is a name
			}
			s.add(val.plain, "name")
			s.addAs(val.raw, val.plain, "name") // as printed: "Acme\\, Inc."
		}
	}
	return orig
}

// addHost records a host name; one label is enough when oneLabel says the
// field holds names. It reports whether h was a host name.
func (s *scrubber) addHost(h string, oneLabel bool) bool {
	ok, dotted := hostLike(h)
	if !ok || !dotted && !oneLabel {
		return false
	}
	if dotted {
		s.tlds[strings.ToLower(h[strings.LastIndexByte(h, '.')+1:])] = true
	}
	s.add(h, "host")
	return true
}

func (s *scrubber) add(name, kind string) { s.addAs(name, name, kind) }

// addAs records a name to find, whose placeholder is that of the name as.
func (s *scrubber) addAs(name, as, kind string) {
	if k := strings.ToLower(name); name != "" && !s.known[k] && k != target.Hidden {
		s.known[k] = true
		s.found = append(s.found, newLiteral(name, strings.ToLower(as), kind))
	}
}

// id is the placeholder of one name or address, given in order of first
// use.
func (s *scrubber) id(kind, key string) string {
	k := kind + " " + key
	if id, ok := s.ids[k]; ok {
		return id
	}
	s.counts[kind]++
	s.ids[k] = fmt.Sprintf("%s-%d", kind, s.counts[kind])
	return s.ids[k]
}

func (s *scrubber) ipID(a netip.Addr) string {
	return s.id("ip", a.Unmap().WithZone("").String())
}

// text scrubs one string of a run.
func (s *scrubber) text(key, v string) string {
	v = strings.Map(printable, v)
	if vocabularyKeys[key] {
		return v
	}
	v = target.ScrubSecrets(v)
	if urlKeys[key] {
		v = target.RedactURL(v)
	}
	if !s.redact {
		return v
	}
	v = s.names.replace(v, func(l literal) string { return s.id(l.kind, l.key) })
	if strings.Contains(v, "://") {
		v = replaceAll(v, urlHostRe, s.urlHost)
	}
	if strings.Contains(v, ":") {
		v = replaceIPv6(v, s.ipID)
	}
	if !strings.Contains(v, ".") && !strings.Contains(v, ":") {
		return v // most strings: no address, no dotted name, no port
	}
	v = replaceAll(v, ipv4Run, s.ipv4)
	v = replaceAll(v, hostPortRe, s.hostPort)
	pasted := pastedKeys[key]
	return replaceAll(v, dottedRe, func(t string, loc []int) (int, int, string, bool) { return s.dotted(t, loc, pasted) })
}

// urlHost replaces the host of a URL, one label or more.
func (s *scrubber) urlHost(t string, loc []int) (int, int, string, bool) {
	h := t[loc[2]:loc[3]]
	if ok, _ := hostLike(h); !ok || placeholderRe.MatchString(h) {
		return 0, 0, "", false
	}
	return loc[2], loc[3], s.id("host", strings.ToLower(h)), true
}

func (s *scrubber) ipv4(t string, loc []int) (int, int, string, bool) {
	rep, ok := ipv4In(t[loc[0]:loc[1]], s.ipID)
	return loc[0], loc[1], rep, ok
}

// hostPort replaces the name in name:port, unless the port runs on into a
// word ("error:0A000086").
func (s *scrubber) hostPort(t string, loc []int) (int, int, string, bool) {
	if after := runeAfter(t, loc[1]); loc[1] < len(t) && (nameRune(after) || after == '.') {
		return 0, 0, "", false
	}
	h := t[loc[2]:loc[3]]
	if ok, _ := hostLike(h); !ok || placeholderRe.MatchString(h) {
		return 0, 0, "", false
	}
	return loc[2], loc[3], s.id("host", strings.ToLower(h)), true
}

// dotted replaces a dotted word that is a host name: one ending in a
// public top-level domain, a private one (.corp, .lan...) or one of the
// run's own names; in pasted text, any ending in letters.
func (s *scrubber) dotted(t string, loc []int, pasted bool) (int, int, string, bool) {
	h := t[loc[0]:loc[1]]
	ok, dotted := hostLike(h)
	if !ok || !dotted || placeholderRe.MatchString(h) {
		return 0, 0, "", false
	}
	tld := strings.ToLower(h[strings.LastIndexByte(h, '.')+1:])
	if !(s.tlds[tld] || privateTLDs[tld] || publicTLD(h) || pasted && len(tld) > 1 && onlyLetters(tld)) {
		return 0, 0, "", false
	}
	return loc[0], loc[1], s.id("host", strings.ToLower(h)), true
}

func onlyLetters(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
}
