package target

import (
	"regexp"
	"strconv"
	"strings"
)

// toolSetting is a line of a tool's own log giving one of its settings in
// a bracketed tag's line, a key, a colon and one value: brut3k1t's
// "[*] Address: gmail.com" and "[*] Port: 25" above its traceback.
var toolSetting = regexp.MustCompile(`^\[[*+!?i-]\] (Address|Port): (\S+)$`)

// toolTarget reads the target of a text whose failure names no host from
// the address and port a tool's log gave above it (toolSetting): brut3k1t's
// "[*] Address: gmail.com", "[*] Port: 25", then Python's "socket.error:
// [Errno 101] Network is unreachable" is gmail.com on 25. The address must
// look like a host (a dotted name with a top-level domain, or an IP
// address), one only, on a line above one that fails; a port, when given,
// one only. nslookup's and a resolver's "Address:" lines have no tag and
// are not read.
func (s *scan) toolTarget(input, program string, failure Failure) (Target, bool) {
	if failure == FailureNone || !strings.Contains(s.text, "] Address: ") {
		return Target{}, false
	}
	found, port := -1, ""
	var host string
	for i, ln := range s.lines {
		m := toolSetting.FindStringSubmatch(strings.TrimSpace(s.text[ln.start:ln.end]))
		switch {
		case m == nil:
			continue
		case m[1] == "Port":
			if port != "" && port != m[2] {
				return Target{}, false // two ports: which one failed is not said
			}
			port = m[2]
		case !hostLike(m[2]) || !usableHost(m[2]) || found >= 0 && !strings.EqualFold(m[2], host):
			return Target{}, false
		case found < 0:
			found, host = i, m[2]
		}
	}
	if found < 0 || !s.failsAfter(found) {
		return Target{}, false
	}
	t := s.soleTarget(input, program, failure, host, found, s.lines[found].start, s.lines[found].end)
	if port != "" {
		n, err := strconv.Atoi(port)
		if err != nil || n < 1 || n > 65535 {
			return Target{}, false
		}
		t.Port, t.PortFrom = n, PortExplicit
	}
	return t, true
}

// failsAfter reports whether a line after line i reports a failure.
func (s *scan) failsAfter(i int) bool {
	for j := i + 1; j < len(s.lines); j++ {
		if s.lineFailsAt(j) {
			return true
		}
	}
	return false
}
