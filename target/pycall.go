package target

import (
	"net"
	"regexp"
	"strconv"
	"strings"
)

// pyFrameLine is a Python traceback's frame line, `  File "x.py", line 3,
// in f` (`File "<pyshell#17>", line 1, in <module>` for IDLE's shell): the
// line under it is the source of the call.
var pyFrameLine = regexp.MustCompile(`^\s*File "[^"\n]+", line [0-9]+`)

// pyCallHost is a quoted host literal in a call's source, an IPv4 address
// or a dotted name ('192.168.1.78', "db.corp.lan"), and pyCallPort an
// integer literal after it in the same call, a port when it is one.
var (
	pyCallHost = regexp.MustCompile(`\(\s*\(?\s*(?:[A-Za-z_]\w*\s*=\s*)?['"]([A-Za-z0-9][A-Za-z0-9.\-]*)['"]`)
	pyCallPort = regexp.MustCompile(`[,(=]\s*([0-9]{2,5})\s*[,)]`)
)

// pyCallTarget reads the target of a Python traceback whose failure names
// no host from the host literal the traceback's own source lines pass to a
// call: miney's "mt = miney.Minetest('192.168.1.78', 'user', 'user',
// 29999)" above "self.connection.connect((self.server, self.port))" and
// "socket.timeout: timed out" is 192.168.1.78 on 29999. The literal is
// the first argument (or a keyword's value, host='x'), quoted, a dotted
// name with a top-level domain or an IP address; one host only among the
// frames; the port the first integer literal after it in the call, when
// it is a valid port, else the program's default.
func (s *scan) pyCallTarget(input, program string, failure Failure) (Target, bool) {
	if failure == FailureNone || !strings.Contains(s.text, "Traceback (most recent call last)") {
		return Target{}, false
	}
	found, host, port := -1, "", 0
	for i := 1; i < len(s.lines); i++ {
		prev := s.text[s.lines[i-1].start:s.lines[i-1].end]
		if !pyFrameLine.MatchString(prev) {
			continue
		}
		src := s.text[s.lines[i].start:s.lines[i].end]
		m := pyCallHost.FindStringSubmatchIndex(src)
		if m == nil {
			continue
		}
		h := src[m[2]:m[3]]
		if !hostLike(h) || !usableHost(h) || !strings.Contains(h, ".") && net.ParseIP(h) == nil {
			continue
		}
		if found >= 0 && !strings.EqualFold(h, host) {
			return Target{}, false // two hosts: which one failed is not said
		}
		if found < 0 {
			found, host = i, h
			if p := pyCallPort.FindStringSubmatch(src[m[1]:]); p != nil {
				if n, err := strconv.Atoi(p[1]); err == nil && n >= 1 && n <= 65535 {
					port = n
				}
			}
		}
	}
	if found < 0 || !s.failsAfter(found) {
		return Target{}, false
	}
	t := s.soleTarget(input, program, failure, host, found, s.lines[found].start, s.lines[found].end)
	if port != 0 {
		t.Port, t.PortFrom = port, PortExplicit
	}
	return t, true
}
