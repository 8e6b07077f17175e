package target

import (
	"regexp"
	"strconv"
	"strings"
)

// dottedQuad is four numbers joined by dots, as an IPv4 address is written,
// with an optional port, not inside a longer word or version.
var dottedQuad = regexp.MustCompile(`(?:^|[^\w.:])([0-9]{1,3}(?:\.[0-9]{1,3}){3})(?::([0-9]{1,5}))?(?:[^\w.]|\.?$|\.\s)`)

// unresolvedQuad reads the target of a text that names no usable host but
// says a name could not be resolved on a line giving four numbers that are
// no IPv4 address (an octet over 255: redis-cli's "Could not connect to
// Redis at 172.16.23.277:6379: Name or service not known"). The program
// handed what the user typed to the resolver as a name, so that name is
// the target: testing it shows it does not exist. Only one such name, and
// only on a line that reports the resolve failure: version numbers and
// OIDs elsewhere are never read as hosts.
func (s *scan) unresolvedQuad(input, program string) (Target, bool) {
	var t Target
	for i, ln := range s.lines {
		line := s.text[ln.start:ln.end]
		if strings.Count(line, ".") < 3 {
			continue
		}
		for _, m := range dottedQuad.FindAllStringSubmatchIndex(line, 8) {
			host := line[m[2]:m[3]]
			if !octetOver255(host) || classifyFailure(line) != FailureNoSuchHost {
				continue
			}
			port, from := DefaultPort, PortAssumed
			if m[4] >= 0 {
				p, err := strconv.Atoi(line[m[4]:m[5]])
				if err != nil || p < 1 || p > 65535 {
					continue
				}
				port, from = p, PortExplicit
			}
			if t.Host != "" && (t.Host != host || t.Port != port) {
				return Target{}, false
			}
			if t.Host == "" {
				pos := ln.start + m[2]
				t = Target{Input: input, Kind: KindError, Host: host, Port: port, PortFrom: from, Program: program,
					Failure: FailureNoSuchHost, Evidence: lineAround(s.text, pos, ln.start+m[3]), Line: s.lines[i].num}
			}
		}
	}
	return t, t.Host != ""
}

// octetOver255 reports whether a dotted quad has a number over 255, so it
// is no IPv4 address.
func octetOver255(quad string) bool {
	for _, o := range strings.Split(quad, ".") {
		if n, _ := strconv.Atoi(o); n > 255 {
			return true
		}
	}
	return false
}
