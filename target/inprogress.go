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
	if c.program == "strace" {
		return s.straceOutcome(c, line)
	}
	next := s.window(c.line+1, 1)
	if !strings.Contains(next, s.text[c.pos:c.end]) || strings.Contains(strings.ToLower(next), "operation now in progress") {
		return FailureNone
	}
	return classifyWrapped(next)
}

// straceOutcome returns what became of a non-blocking connect(2) strace
// shows returning EINPROGRESS: the error getsockopt(fd, SOL_SOCKET,
// SO_ERROR, …) then read for the same descriptor ("[ECONNREFUSED]"), or a
// poll or select on it that returned 0, "(Timeout)", in the next 32
// lines. FailureNone when neither shows, or the error read was 0 (it
// connected).
func (s *scan) straceOutcome(c cand, line string) Failure {
	fd, _, ok := strings.Cut(strings.TrimLeft(line[strings.Index(line, "connect(")+len("connect("):], " "), ",")
	if !ok || !allDigits(fd) {
		return FailureNone
	}
	for i := c.line + 1; i < len(s.lines) && i <= c.line+32; i++ {
		next := strings.TrimLeft(s.window(i, 1), " \t")
		if rest, ok := strings.CutPrefix(next, "getsockopt("+fd+", SOL_SOCKET, SO_ERROR, ["); ok {
			code, _, _ := strings.Cut(rest, "]")
			return classifyFailure(code)
		}
		polled := (strings.HasPrefix(next, "poll(") || strings.HasPrefix(next, "ppoll(")) && strings.Contains(next, "{fd="+fd+",") ||
			(strings.HasPrefix(next, "select(") || strings.HasPrefix(next, "pselect6(")) && strings.Contains(next, "["+fd+"]")
		if polled && strings.Contains(next, ") = 0 (Timeout)") {
			return FailureTimeout
		}
	}
	return FailureNone
}
