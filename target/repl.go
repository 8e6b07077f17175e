package target

import (
	"regexp"
	"strings"
)

// replLookup is a getaddrinfo call typed at Python's prompt (MicroPython's
// REPL too), its host and port literal: ">>> usocket.getaddrinfo('google.com',80)"
// names what was looked up, when the traceback under it says the call
// failed (see replFailed); a call whose result is printed under it, a
// list of (family, type, proto, canonname, ('172.217.6.110', 80)), worked.
var replLookup = keepEx(dnsEx(">>> ", "Python", 0, `^>>> (?:[A-Za-z_][A-Za-z0-9_]*\.)*getaddrinfo\(\s*['"]`+hostGroup+`['"]\s*,\s*(?P<port>[0-9]{1,5})\s*[,)]`),
	replCallFailed)

// replConnect is a connect call typed at Python's prompt with its host and
// port literal, "client.connect(\"192.168.0.13\",1883)" (paho-mqtt's),
// a socket's "s.connect(('x', 80))", "socket.create_connection(('x',
// 80))": it names what was dialled when the traceback under it says the
// call failed (see replFailed). A call with variables, or one a
// traceback's source line shows, names nothing.
var replConnect = keepEx(connEx(">>> ", "Python", 0, `^>>> (?:[A-Za-z_][A-Za-z0-9_]*\.)*(?:connect|create_connection)\(\s*\(?\s*['"]`+hostGroup+`['"]\s*,\s*(?P<port>[0-9]{1,5})\s*\)?\s*[,)]`),
	replCallFailed)

// notPrompt keeps a match on a line not typed at Python's prompt: a call
// typed there names its target only when a traceback under it says it
// failed (see replConnect), never by itself.
func notPrompt(_ *scan, _ int, _ *extractor, src string, _ []int, _ map[string]string) bool {
	return !strings.HasPrefix(src, ">>> ")
}

// replCallFailed keeps a call typed at the prompt on line i when a
// traceback under it says the call failed (see replFailed).
func replCallFailed(s *scan, i int, _ *extractor, _ string, _ []int, _ map[string]string) bool {
	return s.replFailed(i) != ""
}

// replFailed returns the exception line of the traceback right under the
// prompt's line i ("Traceback (most recent call last):", its frames, then
// "OSError: -2", within 62 lines: paho-mqtt's connect goes six frames
// deep), "" when the next line begins none.
func (s *scan) replFailed(i int) string {
	if i+1 >= len(s.lines) || !strings.HasPrefix(s.window(i+1, 1), "Traceback (most recent call last):") {
		return ""
	}
	for k := i + 2; k < len(s.lines) && k < i+64; k++ {
		line := s.window(k, 1)
		if line != "" && line[0] != ' ' && line[0] != '\t' {
			return line
		}
	}
	return ""
}

// replResolveFailure returns the failure of a getaddrinfo or connect call
// typed at the prompt on line i (see replLookup, replConnect): the
// exception the traceback under it ends in, MicroPython's bare "OSError:
// -2" after getaddrinfo (lwIP's and glibc's EAI_NONAME, as CPython's
// "[Errno -2] Name or service not known" says) a failed look-up.
func (s *scan) replResolveFailure(i int) Failure {
	line := s.window(i, 1)
	if !strings.HasPrefix(line, ">>> ") {
		return FailureNone
	}
	if !strings.Contains(line, "getaddrinfo(") {
		if strings.Contains(line, "connect") {
			// A connect call's traceback (see replConnect) ends in what
			// happened: "ConnectionRefusedError: [Errno 111] Connection
			// refused".
			return classifyFailure(s.replFailed(i))
		}
		return FailureNone
	}
	exc := s.replFailed(i)
	if replNoName.MatchString(exc) {
		return FailureNoSuchHost
	}
	return classifyFailure(exc)
}

// replNoName is MicroPython's OSError for a name getaddrinfo found no
// address for: the bare errno, -2.
var replNoName = regexp.MustCompile(`^OSError: -2[ \t\r]*$`)

// addrInfoResult reports whether before, the line up to a ('host', port)
// pair, puts the pair last in one of getaddrinfo's 5-tuples as Python
// prints its result, a list of (family, type, proto, canonname,
// ('172.217.6.110', 80)): an address a look-up returned, no failing
// target.
func addrInfoResult(before string) bool {
	return addrInfoTuple.MatchString(before)
}

// addrInfoTuple is the head of one printed getaddrinfo result, up to the
// sockaddr it holds: "(2, 1, 0, ”, " (or "(<AddressFamily.AF_INET: 2>,
// <SocketKind.SOCK_STREAM: 1>, 6, ”, "), the text before a tuple that
// is an answer, not a target.
var addrInfoTuple = regexp.MustCompile(`\(\s*(?:<[^<>]*>|-?[0-9]+)\s*,\s*(?:<[^<>]*>|-?[0-9]+)\s*,\s*-?[0-9]+\s*,\s*'[^']*'\s*,\s*$`)
