package target

import (
	"strconv"
	"strings"
)

// causeAbove returns the kind the line just above the target's states,
// when the target's line states none and the line above names no host of
// its own: a program that prints the library's error first and its own
// summary of the request after it, ddclient's "[HTTP request]> CURL error
// (6) Couldn't resolve host." then "[HTTP request]> curl cannot connect to
// http://x" then "> no response from server". The cause stated just
// before, for the same request, beats a vague summary after it.
// FailureNone otherwise.
func (s *scan) causeAbove(c cand) Failure {
	if c.line == 0 {
		return FailureNone
	}
	for _, o := range s.cands {
		if o.line == c.line-1 {
			return FailureNone
		}
	}
	return classifyWrapped(s.window(c.line-1, 1))
}

// laterOfTarget returns the kind the first later line naming the target's
// host:port (as the target's line wrote it) states, when the lines around
// the target's state none: RustDesk's "Failed to connect to x:53850, …"
// (no cause), then, seconds later, "Failed to accept connection from
// x:53850: deadline has elapsed" — the same peer and port, the hole-punch
// attempt that timed out. A line about another host or port says nothing
// of this one (the paste-wide reading would take any), so only the same
// host:port counts; a target without an explicit port, or a later line
// stating no kind, gives FailureNone.
func (s *scan) laterOfTarget(c cand) Failure {
	if c.port == 0 || c.end <= c.pos || c.line+1 >= len(s.lines) {
		return FailureNone
	}
	span := s.text[c.pos:c.end]
	hp := c.host + ":" + strconv.Itoa(c.port)
	if strings.Contains(c.host, ":") {
		hp = "[" + c.host + "]:" + strconv.Itoa(c.port)
	}
	low := strings.ToLower(span)
	k := strings.LastIndex(low, hp)
	if k < 0 || len(low) != len(span) {
		return FailureNone
	}
	hp = span[k : k+len(hp)] // as the line wrote it
	from := s.lines[c.line+1].start
	for tries := 0; tries < 64; tries++ {
		k := strings.Index(s.text[from:], hp)
		if k < 0 {
			return FailureNone
		}
		at := from + k
		from = at + len(hp)
		if at > 0 && isWordByte(s.text[at-1]) || from < len(s.text) && isDigit(s.text[from]) {
			continue // a longer host or port ("x:538500")
		}
		i := s.lineAt(at)
		if f := classifyFailure(s.window(i, 1)); f != FailureNone {
			return f
		}
		from = s.lines[i].end
	}
	return FailureNone
}
