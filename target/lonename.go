package target

import (
	"net"
	"regexp"
	"strings"
)

// loneName reads the target of a text whose failing line says a name did
// not resolve, or a network was unreachable, without naming it (libpq's
// "could not translate host name to address: Name or service not known",
// Python's "[WinError 10051] A socket operation was attempted to an
// unreachable network") from the one host name the text gives on a line of
// its own, or as an item of a numbered list ("[0] 192.168.1.117"): a user
// quoting the name above the error, in prose of any language, or the
// device a program listed before sending to it, or said it found ("Found
// cube at 192.168.0.29", then "Connect: IO::Socket::INET: connect:
// timeout": a device found is a target whatever the failure, a name
// alone only for a failed look-up or an unreachable network). It is as
// weak as a bare name: used only when no
// mention was read at all, and only when exactly one such name is given (a
// dotted name with a top-level domain, or an address).
func (s *scan) loneName(input, program string) (Target, bool) {
	failure := s.classifyText(s.text)
	if failure == FailureNone {
		return Target{}, false
	}
	found, discovered := -1, false
	var host string
	for i, ln := range s.lines {
		w := strings.TrimSpace(s.text[ln.start:ln.end])
		w = strings.Trim(listIndex(w), "`'\"")
		if m := foundAt.FindStringSubmatch(w); m != nil && usableHost(m[2]) && (net.ParseIP(m[2]) != nil || deviceWords.MatchString(m[1])) {
			w, discovered = m[2], true
		}
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
	if found < 0 || !discovered && failure != FailureNoSuchHost && failure != FailureUnreachable {
		return Target{}, false
	}
	return s.soleTarget(input, program, failure, host, found, s.lines[found].start, s.lines[found].end), true
}

// foundAt is a program's line saying where it found the device it then
// talks to, "Found cube at 192.168.0.29" (the eQ-3 MAX! tool): what was
// found, then an address or a dotted name ending the line. A name counts
// only after a device's word (deviceWords): "Found latest version at
// registry.npmjs.org", "Found Java at java.home" found no device.
var foundAt = regexp.MustCompile(`^Found (?:a |an |the )?([A-Za-z][\w\- ]{0,30}) at ([0-9A-Za-z][0-9A-Za-z.\-:]*[0-9A-Za-z])\.?$`)

// deviceWords are what a program finds on a network and then connects to.
var deviceWords = regexp.MustCompile(`(?i)\b(?:cube|device|gateway|bridge|server|printer|camera|peer|node|hub|controller|router|broker)s?$`)

// listIndex returns w without the index a program's numbered list puts
// before an item ("[0] 192.168.1.117" under "Devices listed:").
func listIndex(w string) string {
	if !strings.HasPrefix(w, "[") {
		return w
	}
	i := 1
	for i < len(w) && isDigit(w[i]) {
		i++
	}
	if i == 1 || i+1 >= len(w) || w[i] != ']' || w[i+1] != ' ' {
		return w
	}
	return strings.TrimSpace(w[i+1:])
}

// proseName reads the target of a text whose failing lines state a failure
// (failure, read from the whole text) but name no host from the one host
// name the whole text gives, in the
// poster's prose: PHPMailer's "SMTP -> ERROR: Failed to connect to server:
// Connection timed out (110)" under "Hi when I send email to
// cas.cloudplatform1.com after a long delay, I get :". Only a dotted name
// with a top-level domain counts, not in a URL, a path or an e-mail
// address, and only where the sentence sends or connects to it ("send
// email to x", "connect to x"; a name merely mentioned, "I'm using
// Postgresql.app", or on a line of its own is none), and only when it is
// the one such name and no address or URL competes; its port is the program's or service's default (portFor). As
// weak as a bare name: used only when no mention was read at all.
func (s *scan) proseName(input, program string, failure Failure) (Target, bool) {
	if failure == FailureNone || strings.Contains(s.text, "://") {
		return Target{}, false
	}
	host, at, end := "", -1, -1
	for i := 0; i < len(s.text); {
		for i < len(s.text) && isProseBreak(s.text[i]) {
			i++
		}
		j := i
		for j < len(s.text) && !isProseBreak(s.text[j]) {
			j++
		}
		w := strings.TrimRight(strings.TrimLeft(s.text[i:j], "(['\"`<«“"), ")]'\"`>»”.,;:!?")
		start := i
		i = j
		if w == "" || strings.ContainsAny(w, "/\\@=") {
			continue
		}
		ip := net.ParseIP(strings.Trim(w, "[]")) != nil
		if !ip && (strings.IndexByte(w, '.') < 0 || !hostLike(w) || !usableHost(w)) {
			continue
		}
		if ip || host != "" && !strings.EqualFold(w, host) || len(w) > 253 {
			return Target{}, false // an address, or two names: which one failed is not said
		}
		if !sentTo(strings.ToLower(s.text[max(0, start-48):start])) {
			continue
		}
		host, at, end = w, start, start+len(w)
	}
	if host == "" {
		return Target{}, false
	}
	line := s.lineAt(at)
	return s.soleTarget(input, program, failure, host, line, at, end), true
}

// soleTarget is the target of a text whose failure names no host, read
// from the one host a last reading found at text[at:end] on line (see
// loneName, proseName, toolTarget): on the port the paste gives it
// (portFor), the line around it as the evidence.
func (s *scan) soleTarget(input, program string, failure Failure, host string, line, at, end int) Target {
	c := cand{host: normHost(host), line: line, strength: weak, pos: at, end: end}
	port, from := s.portFor(c)
	return Target{Input: input, Kind: KindError, Host: c.host, Port: port, PortFrom: from, Program: program,
		Failure: failure, Evidence: lineAround(s.text, at, end), Line: s.lines[line].num}
}

// isProseBreak reports whether c ends a word of prose.
func isProseBreak(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ','
}

// sentTo reports whether the lower-case prose before a name makes it where
// something was sent or connected to: "to" right before it, and a verb of
// sending or connecting before that ("send email to", "connecting to",
// "trying to reach").
func sentTo(before string) bool {
	b := strings.TrimRight(before, " \t")
	if !strings.HasSuffix(b, " to") && !strings.HasSuffix(b, " reach") {
		return false
	}
	for _, v := range []string{"send", "sent", "mail", "connect", "reach", "access"} {
		if strings.Contains(b, v) {
			return true
		}
	}
	return false
}
