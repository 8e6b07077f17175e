package target

import "strings"

// loneName reads the target of a text whose failing line says a name did
// not resolve without naming it (libpq's "could not translate host name to
// address: Name or service not known") from the one host name the text
// gives on a line of its own: a user quoting the name above the error, in
// prose of any language. It is as weak as a bare name: used only when no
// mention was read at all, and only when exactly one such name is given (a
// dotted name with a top-level domain, or an address).
func (s *scan) loneName(input, program string) (Target, bool) {
	if classifyWrapped(s.text) != FailureNoSuchHost {
		return Target{}, false
	}
	found := -1
	var host string
	for i, ln := range s.lines {
		w := strings.TrimSpace(s.text[ln.start:ln.end])
		w = strings.Trim(w, "`'\"")
		if w == "" || len(w) > 253 || strings.ContainsAny(w, " \t/") || !hostLike(w) || !usableHost(w) {
			continue
		}
		if found >= 0 && !strings.EqualFold(w, host) {
			return Target{}, false // two names: which one failed is not said
		}
		if found < 0 {
			found, host = i, w
		}
	}
	if found < 0 {
		return Target{}, false
	}
	ln := s.lines[found]
	c := cand{host: normHost(host), line: found, strength: weak, pos: ln.start, end: ln.end}
	port, from := s.portFor(c)
	return Target{Input: input, Kind: KindError, Host: c.host, Port: port, PortFrom: from, Program: program,
		Failure: FailureNoSuchHost, Evidence: lineAround(s.text, ln.start, ln.end), Line: ln.num}, true
}
