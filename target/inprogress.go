package target

import "strings"

// inProgressThen returns the failure the line after the target's states
// when the target's line reports only EINPROGRESS, "Operation now in
// progress" (the errno a non-blocking connect leaves while it is still
// under way, which a program printing it when it gave up waiting makes a
// timeout), and the next line names the same target: the next try's
// outcome says what happened. FHEM's DevIo, "fhempy_local: Can't connect
// to ws:127.0.0.1:15733: Operation now in progress" then "…: Can't
// connect to ws:127.0.0.1:15733: 127.0.0.1: Connection refused (111)", is
// refused. FailureNone otherwise.
func (s *scan) inProgressThen(c cand) Failure {
	if c.line+1 >= len(s.lines) || c.end <= c.pos {
		return FailureNone
	}
	line := s.window(c.line, 1)
	if !strings.Contains(strings.ToLower(line), "operation now in progress") {
		return FailureNone
	}
	next := s.window(c.line+1, 1)
	if !strings.Contains(next, s.text[c.pos:c.end]) || strings.Contains(strings.ToLower(next), "operation now in progress") {
		return FailureNone
	}
	return classifyWrapped(next)
}
