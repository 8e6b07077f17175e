package target

import (
	"errors"
	"net"
	"net/netip"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/publicsuffix"
)

// cand is one mention of a possible target in the text.
type cand struct {
	host, addr, url, scheme string
	port                    int
	portFrom                string
	defPort                 int // the program's port when the mention gave none
	strength                int
	line                    int // index into scan.lines
	pos, end                int // byte offsets in scan.text
	program                 string
	dns, connect, isURL     bool
	cmd                     bool   // a command line the user ran (telnet host 23)
	req                     bool   // a URL after an HTTP method (Go's "Get \"URL\": …")
	role                    int8   // what the words around say the mention is: roleSource, roleNeutral or roleDest
	resolves                bool   // a name a step line says is being looked up ("Looking up host \"x\"")
	keyed                   bool   // a URL a dump gives as the request's ("url: '…'", "_currentUrl: '…'")
	hostKey                 bool   // a host key gives the name (host='wp.pl'): a host whatever it ends in
	malformed               string // why host is no valid DNS name (see Target.Malformed)
}

// scanLine is one line of the text.
type scanLine struct {
	start, end int
	num        int  // 1-based line number in the input as pasted
	err        bool // the line reports a failure
	redacted   int  // the strength of a mention of a redacted or placeholder host on the line
	fails      int8 // whether the line reports a failure: 0 not yet read, 1 yes, -1 no (see failsAt)
}

// scan is the text being read and what was found in it.
type scan struct {
	text        string
	lines       []scanLine
	cands       []cand
	placeholder bool      // a failing line names a redacted or placeholder host
	needles     []int8    // per needle, whether the line being read holds it (see hasNeedle)
	pairs       bigramSet // the byte pairs of the line being read
	family      int       // the default port of the client family the text shows (see familyPort), -1 not yet read
}

// parseErrorText finds the target named in a pasted error message (see the
// package doc for the rules).
func parseErrorText(input string) (Target, error) {
	s := newScan(input)
	program := detectProgram(s.text)
	best, ok := s.choose()
	if !ok {
		if t, ok := s.unresolvedQuad(input, program); ok {
			return t, nil
		}
		if t, ok := s.loneName(input, program); ok {
			return t, nil
		}
		return Target{}, noTarget(input, program, classifyWrapped(tracebackCodeless(s.text)))
	}
	c := s.cands[best]
	t := Target{Input: input, Kind: KindError, Host: c.host, Port: c.port, PortFrom: c.portFrom,
		Scheme: c.scheme, Addr: c.addr, Program: program}
	if c.url != "" {
		t.URL = RedactURL(c.url)
	}
	if t.Program == "" {
		t.Program = c.program
	}
	t.Malformed = c.malformed
	t.Evidence = lineAround(s.text, c.pos, c.end)
	t.Line = s.lines[c.line].num
	t.Via = s.via(c)
	t.Failure = s.failureAt(c)
	if t.Failure == FailureTimeout {
		t.Failure = s.unhedged(c, t.Failure)
	}
	if t.Failure == FailureNone {
		t.Failure = classifyWrapped(tracebackCodeless(s.text))
	}
	if t.Failure == FailureNoSuchHost && localHostLookup(s.text, c.host) {
		e := noTarget(input, t.Program, t.Failure).(*ParseError)
		e.Reason = "the " + t.Program + " message says this computer's own name, " + c.host + ", could not be resolved (InetAddress.getLocalHost): no connection was being made"
		e.Hint = "fix this computer's name in /etc/hosts, or enter the host, host:port or URL the program was trying to reach"
		return Target{}, e
	}
	s.throughProxy(&t, c)
	return t, nil
}

// failureAt returns the failure the target's line states, or else the one
// the line and the two after it state: the line the target came from says
// what happened to it, and lines after it may be other attempts (rsync's
// and apt's IPv4 attempt timed out, then the IPv6 one found the network
// unreachable). A command line the user ran states no failure of its own
// ("timeout 1 bash -c '… /dev/tcp/x/80'" runs timeout(1)).
func (s *scan) failureAt(c cand) Failure {
	if !c.cmd && !shellPrompted(s.window(c.line, 1)) {
		if f := classifyWrapped(s.window(c.line, 1)); f != FailureNone {
			return f
		}
	}
	return classifyWrapped(tracebackCodeless(s.window(c.line, 3)))
}

// tracebackFrame is a Python traceback's frame line, `File "x.py", line 60,
// in f`; the line under it is the frame's source code.
var tracebackFrame = regexp.MustCompile(`^\s*File "[^"\n]*", line [0-9]+, in `)

func indent(line string) int { return len(line) - len(strings.TrimLeft(line, " \t")) }

// tracebackCodeless returns text without the source lines of a Python
// traceback's frames: words in code and its comments ("result =
// stub.GetModelStatus(request, 25)  # 5 secs timeout") are no statement of
// what failed, the exception's message under them is. A code line is the
// one under a frame, indented deeper than it.
func tracebackCodeless(text string) string {
	if !strings.Contains(text, "File \"") {
		return text
	}
	var b strings.Builder
	frame := -1 // the indent of the frame line before, -1 when none
	for len(text) > 0 {
		line, rest, found := strings.Cut(text, "\n")
		text = rest
		// The code is indented under its frame; a frozen program's frames
		// have none, the exception's line following the last.
		isFrame := strings.HasPrefix(strings.TrimLeft(line, " \t"), "File \"") && tracebackFrame.MatchString(line)
		code := frame >= 0 && indent(line) > frame && !isFrame
		frame = -1
		if isFrame {
			frame = indent(line)
		}
		if !code {
			b.WriteString(line)
		}
		if found {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// hedgedTimeout is a timeout offered as one of two explanations: Sequel
// Pro's "Unable to connect to host x, or the request timed out."
var hedgedTimeout = regexp.MustCompile(`(?i), or (?:the |a )?(?:request|connection|operation|attempt|connect) (?:has )?timed out`)

// unhedged returns what the lines after the target's say, when the target's
// line only offers a timeout as an alternative and they state a kind: Sequel
// Pro's "Unable to connect to host x, or the request timed out." then
// "MySQL said: Lost connection to MySQL server at 'reading initial
// communication packet', system error: 61" (macOS's ECONNREFUSED) was
// refused. Otherwise f, what the line says, stands.
func (s *scan) unhedged(c cand, f Failure) Failure {
	line := s.text[s.lines[c.line].start:s.lines[c.line].end]
	if !strings.Contains(line, "timed out") || !hedgedTimeout.MatchString(line) ||
		classifyFailure(hedgedTimeout.ReplaceAllString(line, ".")) != FailureNone || c.line+1 >= len(s.lines) {
		return f
	}
	if g := classifyFailure(s.window(c.line+1, 8)); g != FailureNone {
		return g
	}
	return f
}

// classifyWrapped is classifyFailure, tried again with the words a
// terminal or a padded box cut joined when the text as given says nothing.
func classifyWrapped(text string) Failure {
	if f := classifyFailure(text); f != FailureNone {
		return f
	}
	if !strings.Contains(text, "\n") && !strings.Contains(text, "          ") {
		return FailureNone
	}
	return classifyFailure(unwrap.ReplaceAllString(text, "$1$2"))
}

// maxScan bounds how much of a paste is read for the target: a longer paste
// is read at its head and its tail (where the failing line usually is), so a
// log file pasted whole cannot stall the wizard.
const maxScan = 128 << 10

// newScan splits the text into lines, reading at most maxScan bytes of it,
// and collects every candidate target.
func newScan(input string) *scan {
	if strings.Contains(input, "：") {
		// A fullwidth colon in CJK text ("127.0.0.1：14568") separates a
		// host from its port like an ASCII one.
		input = strings.ReplaceAll(input, "：", ":")
	}
	s := &scan{text: input, family: -1}
	skippedLines := 0
	tailFrom := -1
	if len(input) > maxScan {
		head := input[:maxScan/2]
		if i := strings.LastIndexByte(head, '\n'); i > 0 {
			head = head[:i+1]
		}
		tail := input[len(input)-maxScan/2:]
		if i := strings.IndexByte(tail, '\n'); i >= 0 {
			tail = tail[i+1:]
		}
		skippedLines = strings.Count(input[len(head):len(input)-len(tail)], "\n")
		// Text pasted after a UTF-8 → Latin-1 mix-up ("Connexion
		// refusÃ©") is read as it was written ("Connexion refusé").
		head = repairMojibake(head)
		s.text = joinWrapped(head) + joinWrapped(repairMojibake(tail))
		tailFrom = len(head)
	} else {
		s.text = joinWrapped(repairMojibake(input))
	}
	num := 1
	for start := 0; start <= len(s.text); {
		end := strings.IndexByte(s.text[start:], '\n')
		if end < 0 {
			end = len(s.text)
		} else {
			end += start
		}
		if start == tailFrom {
			num += skippedLines
		}
		s.lines = append(s.lines, scanLine{start: start, end: end, num: num})
		num++
		start = end + 1
	}
	for i := range s.lines {
		s.collect(i)
	}
	return s
}

// collect finds the candidates on line i.
func (s *scan) collect(i int) {
	ln := &s.lines[i]
	line := s.text[ln.start:ln.end]
	if strings.TrimSpace(line) == "" {
		return
	}
	low := lowerAligned(line)
	n := len(s.cands)
	// Several extractors share a needle: look for each one once a line.
	if s.needles == nil {
		s.needles = make([]int8, len(needles))
	}
	clear(s.needles)
	s.pairs = lineBigrams(low)
	for k := range extractors {
		e := &extractors[k]
		if e.need != nil {
			if !e.need(low) {
				continue
			}
		} else if !s.hasNeedle(low, extractorNeedle[k]) {
			continue
		}
		src := line
		if e.span {
			// Rust's Url dump and Node's error object wrap onto the
			// next lines.
			src = s.text[ln.start:s.lines[min(i+2, len(s.lines)-1)].end]
		}
		for _, m := range e.re.FindAllStringSubmatchIndex(src, 8) {
			if m[0] >= len(line) {
				break
			}
			s.add(i, e, src, m)
		}
	}
	if strings.Contains(line, "://") {
		s.urls(i, line, low)
	}
	if strings.IndexByte(line, ':') >= 0 {
		s.hostPorts(i, line)
	}
	s.generic(i, line, low)
	if len(s.cands) > n && isWarningLine(low) {
		// "UserWarning: … please update from the URL: http://…": a
		// warning about something else, not what failed.
		s.cands = s.cands[:n]
	}
	if len(s.cands) > n && (signatureWarning(low) || s.signatureBelow(i)) {
		// apt's "W: GPG error: http://x … NO_PUBKEY …", or apt 1.x's
		// "Err:1 http://x … InRelease" with the reason indented under it:
		// the repository answered; its signature could not be checked.
		s.cands = s.cands[:n]
	}
	if len(s.cands) > n && isListenerLine(low) {
		// "server started at http://0.0.0.0:7300": the program's own
		// address, not what it failed to reach.
		s.cands = s.cands[:n]
	}
	if len(s.cands) > n && !stepSucceeded(low) {
		for _, c := range s.cands[n:] {
			ln.err = ln.err || c.strength >= phrase
		}
	}
	if len(s.cands) > n && !ln.err {
		ln.err = s.failsAt(i, low)
	}
	if !ln.err {
		s.argsHostPort(i, line)
	}
}

// lowerAligned returns s lower-cased byte for byte: a rune whose lower
// case is encoded in another number of bytes ('İ', the Kelvin sign) and
// bytes that are not UTF-8 are kept as they are, so an offset into the
// result is the same offset into s (strings.ToLower writes an invalid
// byte as three).
func lowerAligned(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); r != utf8.RuneError && l != r && utf8.RuneLen(l) == size {
			b = utf8.AppendRune(b, l)
		} else {
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return string(b)
}

// hasNeedle reports whether the lower-case line holds needles[k],
// remembering the answer for the line in s.needles (0 unknown, 1 yes, -1
// no).
func (s *scan) hasNeedle(low string, k int) bool {
	if s.needles[k] == 0 {
		s.needles[k] = -1
		if s.pairs.holdAll(needleBigrams[k]) && strings.Contains(low, needles[k]) {
			s.needles[k] = 1
		}
	}
	return s.needles[k] > 0
}

// bigramSet is a 4096-bit set of hashed byte pairs: a line can hold a
// needle only if it holds every pair of adjacent bytes of the needle, which
// rules most needles out without searching the line for them.
type bigramSet [64]uint64

func bigram(a, b byte) uint { return (uint(a)*31 + uint(b)) & 4095 }

// lineBigrams returns the set of byte pairs in s.
func lineBigrams(s string) bigramSet {
	var set bigramSet
	for i := 1; i < len(s); i++ {
		h := bigram(s[i-1], s[i])
		set[h>>6] |= 1 << (h & 63)
	}
	return set
}

// holdAll reports whether every pair in hs is in the set.
func (set *bigramSet) holdAll(hs []uint) bool {
	for _, h := range hs {
		if set[h>>6]&(1<<(h&63)) == 0 {
			return false
		}
	}
	return true
}

// add makes a candidate from one extractor match on line i.
func (s *scan) add(i int, e *extractor, src string, m []int) {
	g := map[string]string{}
	for k, name := range e.re.SubexpNames() {
		if name != "" && m[2*k] >= 0 {
			g[name] = src[m[2*k]:m[2*k+1]]
		}
	}
	base := s.lines[i].start
	c := cand{strength: e.strength, line: i, pos: base + m[0], end: base + min(m[1], s.lines[i].end-base),
		program: e.program, dns: e.dns, connect: e.connect, defPort: e.port, cmd: e.cmd, req: e.req}
	if k := portGroup(e.re); k > 0 && m[2*k+1] >= 0 && m[2*k+1] < len(src) && maskedAfter(src[m[2*k+1]]) {
		delete(g, "port") // "port 3xx", "port 22**": the port was masked
	}
	if g["local"] != "" {
		delete(g, "port") // the local end's port (Dart's "errno = 111, address = x, port = 43248")
	}
	if a := g["addr"]; a != "" && dialledAddr(a) == "" {
		// No address: Java's "x/2a04:4e42:12:0:0:0:0:215" read as
		// address and port leaves seven groups, which an IPv6 address
		// written in full never has; its last group is no port.
		return
	}
	ok := false
	switch {
	case g["url"] != "":
		if strings.Index(g["url"], "://") > maxScheme {
			return // no scheme, so no URL: nothing redacted either
		}
		ok = !truncatedURL(g["url"], src[m[1]:]) && c.setURL(g["url"])
	case g["hp"] != "":
		host, port, err := net.SplitHostPort(g["hp"])
		ok = err == nil && c.setHost(host, port)
	default:
		if g["host"] == "" && g["addr"] != "" {
			g["host"], _, _ = strings.Cut(g["addr"], "%") // an IPv6 address's zone is no part of the host
		}
		if e.looks && !hostLike(strings.Trim(g["host"], "[]")) {
			return // a word that does not look like a host, not a redacted one
		}
		if e.cmd && e.program == "ssh" && !hostLike(strings.Trim(g["host"], "[]")) && !strings.Contains(src[m[0]:m[1]], "@") && inProse(src[:m[0]]) {
			return // obd's "Open ssh connection x": a word of a sentence, no command's host
		}
		if k := e.re.SubexpIndex("host"); k > 0 && m[2*k] >= 0 && cutFromWord(src, m[2*k], m[2*k+1]) {
			return // "h1" out of "h1>server": no host at all, not a redacted one
		}
		if k := e.re.SubexpIndex("host"); k > 0 && m[2*k] >= 0 && strings.TrimRight(src[m[2*k+1]:], "\r") == "" {
			if joined, end := s.wrappedName(i, g["host"]); joined != "" {
				g["host"], c.end = joined, end
			}
		}
		if p, known := SchemePort(g["svc"]); known && g["port"] == "" {
			g["port"] = strconv.Itoa(p) // apt's "x:http:": the service's port, as explicit as a number
		}
		ok = c.setHost(strings.Trim(g["host"], "[]"), g["port"])
		if ok && g["scheme"] != "" && g["port"] == "" {
			if p, known := SchemePort(g["scheme"]); known {
				c.port, c.portFrom, c.scheme = p, PortScheme, g["scheme"]
			}
		}
	}
	if ok && e.family {
		line := s.text[s.lines[i].start:s.lines[i].end]
		if strings.Contains(line, "--port") || strings.Contains(line, " -P") || !commandLike(line) {
			return // read with its port (see the -H/-P command line), or a sentence
		}
		if s.family < 0 {
			s.family = familyPort(strings.ToLower(s.text))
		}
		c.defPort = s.family
	}
	if !ok {
		if e.strength >= structured && s.lineFailsAt(i) {
			s.placeholder = true
			s.lines[i].redacted = max(s.lines[i].redacted, e.strength)
		}
		return
	}
	if a := dialledAddr(g["addr"]); a != "" && a != c.host {
		c.addr = a
	}
	if e.program == "browser" && c.port == 0 && (net.ParseIP(c.host) != nil || c.host == "localhost") {
		// A browser's error page names the host of the address typed in
		// its bar; typed as an IP address or localhost it is reached over
		// HTTP (browsers upgrade public names, not these, to HTTPS).
		c.defPort = 80
	}
	// The role is read around the host the match names, not the message
	// around it; a message saying it connected to the host names the
	// destination.
	c.role = roleDest
	if !e.connect {
		c.role = roleNeutral
		for _, name := range []string{"url", "hp", "host", "addr"} {
			if k := e.re.SubexpIndex(name); k > 0 && m[2*k] >= 0 {
				c.role = roleOf(s.text, s.lines[i].start, base+m[2*k], base+m[2*k+1])
				break
			}
		}
	}
	s.cands = append(s.cands, c)
}

// cutFromWord reports whether the host at src[start:end] is only the head
// of a word that holds characters no host name has: a name a pattern cut
// short before a '>' (an HTML page fed to wget: "“h1>server”"), a
// percent-escape ("h1%3Eserver"; after an IPv6 address '%' starts its
// zone), or, in quotes, before '<', '(', '{', '=', '&' or '!'. Such a
// word is no host, and no part of it is one.
func cutFromWord(src string, start, end int) bool {
	if end >= len(src) {
		return false
	}
	switch src[end] {
	case '>':
		return start == 0 || src[start-1] != '<'
	case '%':
		return !strings.Contains(src[start:end], ":")
	case '<', '(', '{', '=', '&', '!':
		return start > 0 && quotedBefore(src[:start])
	}
	return false
}

// quotedBefore reports whether text ends in an opening quote of any kind.
func quotedBefore(text string) bool {
	for _, q := range []string{"'", "\"", "`", "‘", "“", "«", "’", "”"} {
		if strings.HasSuffix(text, q) {
			return true
		}
	}
	return false
}

// dialledAddr returns an address as a program printed it (bracketed, with
// an IPv6 zone: Java's "fe80:0:0:0:0:0:0:1%1") in canonical form, zone kept;
// "" when it is none.
func dialledAddr(s string) string {
	s = strings.Trim(s, "[]")
	if ip := net.ParseIP(s); ip != nil {
		return ip.String()
	}
	if a, err := netip.ParseAddr(s); err == nil && a.Zone() != "" {
		return a.String()
	}
	return ""
}

// push adds a candidate, with its role read from the words around it.
func (s *scan) push(c cand) {
	c.role = roleOf(s.text, s.lines[c.line].start, c.pos, c.end)
	s.cands = append(s.cands, c)
}

// portGroup returns the index of re's port group, 0 when it has none.
func portGroup(re *regexp.Regexp) int {
	return max(re.SubexpIndex("port"), 0)
}

// maskedAfter reports whether b, right after a port number, shows that the
// number was cut by a mask ("3xx", "22**").
func maskedAfter(b byte) bool {
	return b == 'x' || b == 'X' || b == '*' || b == '#'
}

// setHost fills host and port, reporting whether they make a usable target.
func (c *cand) setHost(host, port string) bool {
	host = unglued(host)
	// A message saying it connected to or resolved a name means a host,
	// even one that looks like a file name ("hex.pm"); so does a URL
	// ("https://transfer.sh/x").
	check := host
	if why := malformedName(host); why != "" {
		// A name a configuration built broken ("sqs..amazonaws.com", an
		// empty region) is what the program dialled: read, and said so.
		check = collapseDots(host)
		if !hostLike(check) {
			return false
		}
		c.malformed = why
	}
	if !hostOK(check) || c.strength < phrase && !c.isURL && !c.hostKey && isSourceFile(check) {
		return false
	}
	if rest, p, ok := cutSRV(host); ok {
		// A DNS SRV name ("_mongodb._tcp.x") names host x and its
		// service's port.
		host = rest
		if p != 0 {
			c.defPort = p
		}
	}
	c.host = normHost(host)
	if port == "" {
		return true
	}
	p, err := strconv.Atoi(port)
	if err != nil || p < 1 || p > 65535 {
		return false
	}
	c.port, c.portFrom = p, PortExplicit
	return true
}

// setURL fills the candidate from a URL.
func (c *cand) setURL(raw string) bool {
	raw = strings.TrimRight(raw, ".,;:'\"`…")
	u, err := url.Parse(raw)
	c.isURL = true
	if err != nil || u.Host == "" || len(u.Scheme) > maxScheme || !c.setHost(u.Hostname(), u.Port()) {
		c.isURL = false
		return false
	}
	c.url, c.scheme = raw, strings.ToLower(u.Scheme)
	if c.port == 0 {
		p, ok := SchemePort(c.scheme)
		if !ok {
			return false
		}
		c.port, c.portFrom = p, PortScheme
	}
	return true
}

// urls adds every URL on the line that is not a help link; one the program
// was fetching ("Get URL", "for URL", "unable to access 'URL'") is stronger.
func (s *scan) urls(i int, line, low string) {
	base := s.lines[i].start
	for _, m := range reURLAll.FindAllStringIndex(line, 8) {
		before := low[max(0, m[0]-30):m[0]]
		if isHelpURL(before, low[m[0]:m[1]]) {
			continue
		}
		c := cand{strength: plain, line: i, pos: base + m[0], end: base + m[1]}
		for _, w := range requestWords {
			if strings.Contains(before[max(0, len(before)-12):], w) {
				c.strength = structured
				break
			}
		}
		c.req = methodBefore(before)
		c.keyed = urlKeyBefore(before)
		if failedFetch(low[:m[0]]) {
			c.strength = phrase
		}
		raw := line[m[0]:m[1]]
		if truncatedURL(raw, line[m[1]:]) {
			continue
		}
		if m[1] == len(line) && strings.HasSuffix(raw, ":") && i+1 < len(s.lines) {
			// A terminal wrapped the URL after "host:"; the port starts
			// the next line.
			next := s.text[s.lines[i+1].start:s.lines[i+1].end]
			k := 0
			for k < len(next) && isDigit(next[k]) {
				k++
			}
			raw += next[:k]
		}
		if c.setURL(raw) {
			s.push(c)
		} else if u, err := url.Parse(strings.TrimRight(raw, ".,;:'\"`…")); err == nil && isPlaceholder(u.Hostname()) && lineFails(low) {
			s.placeholder = true
			s.lines[i].redacted = max(s.lines[i].redacted, c.strength)
		}
	}
}

// inProse reports whether the text of a line before a command's name is a
// word of a sentence ("Open ssh connection x"), not a prompt ("$ ", "# ",
// "+ "), a label ("Executing: ") or a command that runs another (sudo,
// time, exec, nohup): there "ssh" is a word, and the word after it a host
// only when it looks like one.
func inProse(before string) bool {
	b := strings.TrimRight(before, " \t")
	if k := strings.LastIndexAny(b, "\n"); k >= 0 {
		b = b[k+1:]
	}
	if b == "" {
		return false
	}
	c := b[len(b)-1]
	if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
		return false
	}
	w := b[strings.LastIndexAny(b, " \t$#>%+:")+1:]
	switch strings.ToLower(w) {
	case "sudo", "time", "exec", "nohup", "command", "then", "do":
		return false
	}
	return true
}

// localHostLookup reports whether host is the name in a Java
// UnknownHostException thrown by InetAddress.getLocalHost: the JVM looked
// up this computer's own name ("java.net.UnknownHostException: x: x: Name
// or service not known" then "at java.net.InetAddress.getLocalHost("), not
// a host it was connecting to.
func localHostLookup(text, host string) bool {
	if !strings.Contains(text, "InetAddress.getLocalHost(") {
		return false
	}
	k := strings.Index(strings.ToLower(text), "unknownhostexception: "+strings.ToLower(host))
	if k < 0 {
		return false
	}
	// The frame is among the four lines under that exception's.
	rest, end := text[k:], 0
	for n := 0; n < 5; n++ {
		j := strings.IndexByte(rest[end:], '\n')
		if j < 0 {
			end = len(rest)
			break
		}
		end += j + 1
	}
	return strings.Contains(rest[:end], "InetAddress.getLocalHost(")
}

// failedFetch reports whether the lower-case text before a URL ends in
// failure words and an opening bracket: the URL names what the failed
// request really fetched, as RubyGems' FetchError appends it to its
// message ("Unable to download data from https://rubygems.org/ - timed
// out(https://api.rubygems.org/specs.4.8.gz)", "… - SSL_connect
// returned=1 errno=0 state=error: certificate verify failed
// (https://index.rubygems.org/…)"), beating the source the line names
// first.
func failedFetch(before string) bool {
	b := strings.TrimRight(before, " ")
	if !strings.HasSuffix(b, "(") {
		return false
	}
	b = strings.TrimRight(b[:len(b)-1], " ")
	b = b[max(0, len(b)-80):]
	if b == "" || isDigit(b[len(b)-1]) {
		return false
	}
	return classifyLow(b, b, failureIndex.scan(b)) != FailureNone
}

// urlKeyBefore reports whether the lower-case text before a URL is a key
// naming it the URL of a request in a dump or a config ("url: '",
// "_currentUrl: '", "\"href\": \"", "requestUri="): an identifier ending in
// url, uri or href, then ':' or '=' and an optional quote.
func urlKeyBefore(before string) bool {
	b := strings.TrimRight(before, "'\"` ")
	if b == "" || b[len(b)-1] != ':' && b[len(b)-1] != '=' {
		return false
	}
	b = strings.TrimRight(b[:len(b)-1], "'\"` ")
	for _, k := range []string{"url", "uri", "href"} {
		if strings.HasSuffix(b, k) {
			return true
		}
	}
	return false
}

// truncatedURL reports whether a URL was cut short after its host name by
// the program that printed it or by the person who pasted it ("[url]
// http://ww....", PowerShell's "'https://raw.githubuse ..."): the name is
// not whole, so it is no target.
func truncatedURL(raw, after string) bool {
	trimmed := strings.TrimRight(raw, ".…")
	cut := raw[len(trimmed):]
	after = strings.TrimLeft(after, " ")
	cutShort := strings.HasPrefix(cut, "..") || strings.HasPrefix(cut, "…")
	if !cutShort && !strings.HasPrefix(after, "...") && !strings.HasPrefix(after, "…") {
		return false
	}
	u, err := url.Parse(strings.TrimRight(trimmed, ",;:'\"`"))
	return err == nil && u.Path == "" && u.RawQuery == ""
}

// methodBefore reports whether the lower-case text before a URL ends in
// an HTTP method ("get ", "post \"").
func methodBefore(before string) bool {
	b := strings.TrimSuffix(before, "\"")
	if !strings.HasSuffix(b, " ") {
		return false
	}
	b = b[:len(b)-1]
	for _, m := range []string{"get", "post", "put", "patch", "delete", "head", "options"} {
		if strings.HasSuffix(b, m) && (len(b) == len(m) || !isWordByte(b[len(b)-len(m)-1])) {
			return true
		}
	}
	return false
}

// isHelpURL reports whether a URL is documentation printed with an error
// ("see https://curl.haxx.se/libcurl/c/libcurl-errors.html", a wiki link, a
// bug tracker) rather than something the program tried to reach.
func isHelpURL(before, u string) bool {
	if strings.HasSuffix(strings.TrimSpace(before), "](") && !autolink(before, u) || strings.Contains(before, "![") {
		return true
	}
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	for _, p := range helpPaths {
		if pathHolds(u, p) {
			return true
		}
	}
	if versionBanner(before) {
		return true
	}
	near := before[max(0, len(before)-20):]
	for _, w := range helpWords {
		if strings.Contains(near, w) {
			return true
		}
	}
	return false
}

// pathHolds reports whether the lower-case URL u holds the help path p; a
// path that starts a segment ("/wiki", "/help") must be the whole segment
// or its start before a non-letter ("/wiki/Errors", "/help.html"), so
// "/data/wikipedia_article.sql.bin" and "/helpers/" are no help pages.
func pathHolds(u, p string) bool {
	for i := 0; ; {
		k := strings.Index(u[i:], p)
		if k < 0 {
			return false
		}
		end := i + k + len(p)
		if p[0] != '/' || !isLetter(p[len(p)-1]) || end == len(u) || !isWordByte(u[end]) {
			return true
		}
		i = end
	}
}

// versionBanner reports whether the text before a URL is a program's
// version in its banner, the URL in parentheses after it: the program's
// home page ("Ncat: Version 7.91 ( https://nmap.org/ncat )", "Nmap 7.91 (
// https://nmap.org )").
func versionBanner(before string) bool {
	b := strings.TrimRight(before, " ")
	if !strings.HasSuffix(b, "(") {
		return false
	}
	b = strings.TrimRight(b[:len(b)-1], " ")
	v := b[max(0, strings.LastIndexByte(b, ' ')+1):]
	v = strings.TrimPrefix(v, "v")
	return strings.Count(v, ".") >= 1 && isDigit(v[0]) && strings.Trim(v, "0123456789.") == ""
}

// autolink reports whether a Markdown link's text is its own URL, with or
// without the scheme ("[christitus.com/win](http://christitus.com/win)",
// what an issue tracker makes of a command's argument): a mention, not a
// link to documentation.
func autolink(before, u string) bool {
	b := strings.TrimSuffix(strings.TrimSpace(before), "](")
	i := strings.LastIndexByte(b, '[')
	if i < 0 {
		return false
	}
	text := strings.TrimSuffix(b[i+1:], "/")
	bare := u
	if k := strings.Index(bare, "://"); k >= 0 {
		bare = bare[k+3:]
	}
	return text != "" && (text == strings.TrimSuffix(u, "/") || text == strings.TrimSuffix(bare, "/"))
}

// hostPorts adds every host:port on the line that stands as a word of its
// own: after a space, bracket, quote, '=', '@', '/', '>' or the line start,
// and before a space, bracket, quote, a colon and space, or the line end. A
// host:port inside the leading "[…]" groups of a log line is the log's own
// context (a client's address), not what failed.
func (s *scan) hostPorts(i int, line string) {
	prefix := logPrefixEnd(line)
	base := s.lines[i].start
	for k := 0; k < len(line); k++ {
		if line[k] != ':' || k+1 >= len(line) || !isDigit(line[k+1]) {
			continue
		}
		j := k + 1
		for j < len(line) && isDigit(line[j]) {
			j++
		}
		if !portEnds(line, j) {
			continue
		}
		start := k
		if k > 0 && line[k-1] == ']' {
			start = strings.LastIndexByte(line[:k], '[')
			if start < 0 {
				continue
			}
		} else {
			for start > 0 && isHostByte(line[start-1]) {
				start--
			}
		}
		// A host:port glued to text in a script without spaces
		// ("连接127.0.0.1:30001时") follows a byte of a multi-byte rune.
		// Whatever punctuation comes before it ("ipv4:10.0.0.5:50051",
		// "#10.0.0.5:80", "!host:80"), but not a path's backslash, a
		// variable's '$' or an escape's '%'.
		if start == k || start < prefix || (start > 0 && strings.IndexByte("\\$%", line[start-1]) >= 0) {
			continue
		}
		if sourceLocation(line, start, k) || codeLocation(line, start, k, j) || braceKey(line, start, k) || s.wrappedSource(i, line, start, k) ||
			aptStatus(line, start, k, j) || logContext(line, start, k, j) {
			continue
		}
		c := cand{strength: plain, line: i, pos: base + start, end: base + j}
		if c.setHost(strings.Trim(line[start:k], "[]"), line[k+1:j]) {
			s.push(c)
		}
	}
}

// sourceLocation reports whether the name:N at line[start:colon] is a
// place in source code, not a host and port: the last segment of a path
// ("/app/lib/client:132", Node's "node:internal/deps/undici/undici:12443")
// or one of Node's built-in modules ("node:events:491"), or a Java class
// (see javaClass). An address after
// a name and a slash is Java's "name/10.0.0.5:80", a host.
func sourceLocation(line string, start, colon int) bool {
	if net.ParseIP(strings.Trim(line[start:colon], "[]")) != nil {
		return false
	}
	if start >= 2 && line[start-1] == '/' && isHostByte(line[start-2]) {
		return true
	}
	return strings.HasSuffix(line[:start], "node:") && (start == 5 || !isHostByte(line[start-6])) ||
		javaClass(line[start:colon])
}

// braceKey reports whether the word:N at line[start:colon] is a key of a
// brace-delimited structure, not a host and port: a word with an
// underscore and no dot inside an open "{" (gRPC's debug_error_string
// "{grpc_message:\"…\", grpc_status:4, created_time:…}"). A host there
// has no underscore ("{host: db:5432}").
func braceKey(line string, start, colon int) bool {
	w := line[start:colon]
	if strings.IndexByte(w, '_') < 0 || strings.IndexByte(w, '.') >= 0 {
		return false
	}
	return strings.LastIndexByte(line[:start], '{') > strings.LastIndexByte(line[:start], '}')
}

// codeLocation reports whether the word:N at line[start:colon], ending at
// end, is a class and line number a logger printed in brackets: logback's
// and log4j's "(%F:%L)" or "[%C{1}:%L]", Timber's, with a Kotlin file's
// class ("(NetworkConnectivityKt:78)") or a Java, Scala, Swift or C# class
// ("(SomeClass:12)"): a CamelCase identifier, capital first and a capital
// after a small letter. A host in brackets is written in small letters
// ("(db:5432)", "(redis:6379)", "(localhost:8080)") or all capitals.
func codeLocation(line string, start, colon, end int) bool {
	if start == 0 || end >= len(line) || strings.IndexByte("([", line[start-1]) < 0 || strings.IndexByte(")]", line[end]) < 0 {
		return false
	}
	w := line[start:colon]
	if !isUpper(w[0]) || strings.IndexByte(w, '.') >= 0 {
		return false
	}
	for i := 1; i < len(w); i++ {
		if isUpper(w[i]) && isLower(w[i-1]) {
			return true
		}
	}
	return false
}

// wrappedSource reports whether the name:N starting line i (after its
// indent) is the end of a source location a console's hard wrap cut from
// the word ending the line before ("(NioEventLoop.jav" then "a:714)",
// "INFO  io.let" then "tuce.core.protocol.CommandHandler:217").
func (s *scan) wrappedSource(i int, line string, start, colon int) bool {
	if i == 0 || strings.TrimLeft(line[:start], " \t") != "" {
		return false
	}
	prev := strings.TrimSuffix(s.text[s.lines[i-1].start:s.lines[i-1].end], "\r")
	w := len(prev)
	for w > 0 && isHostByte(prev[w-1]) {
		w--
	}
	if w == len(prev) {
		return false
	}
	name := prev[w:] + line[start:colon]
	return isSourceFile(name) || javaClass(name)
}

// javaClass reports whether name is a Java class's full name, as a
// logger names itself with its source line ("io.lettuce.core.protocol.
// CommandHandler:217", log4j's and logback's %C:%L): lower-case package
// labels, then a class name with a capital first letter and small ones
// after it that is no top-level domain ("example.Com" is a host).
func javaClass(name string) bool {
	dot := strings.LastIndexByte(name, '.')
	if dot <= 0 || dot == len(name)-1 {
		return false
	}
	for i := 0; i < dot; i++ {
		if c := name[i]; !(isLower(c) || isDigit(c) || c == '_' || c == '.') {
			return false
		}
	}
	class := name[dot+1:]
	if !isUpper(class[0]) || tlds[strings.ToLower(class)] {
		return false
	}
	for i := 1; i < len(class); i++ {
		if isLower(class[i]) {
			return true
		}
	}
	return false
}

// aptStatusWords are apt's status words before an item's number ("Ign:3
// http://…", "Get:1", "Hit:2", "Err:5"), in English and in the
// translations of apt's po files written in ASCII letters (de "Holen",
// "Fehl", "OK"; pt and pt_BR "Atingido", "Obter", "Ignorar", "Erro"; es
// "Obj", "Des"; it "Trovato", "Ignorato", "Errore"; pl "Pobr", "Zign"; nl
// "Geraakt", "Ophalen", "Genegeerd", "Fout"; sv "Bra", "Fel"; tr "Hata";
// hu "Hiba"; those in other scripts are no host word anyway).
var aptStatusWords = map[string]bool{"hit": true, "get": true, "ign": true, "err": true, "ok": true,
	"holen": true, "fehl": true, "atingido": true, "obter": true, "ignorar": true, "erro": true,
	"obj": true, "des": true, "trovato": true, "ignorato": true, "errore": true, "pobr": true,
	"zign": true, "geraakt": true, "ophalen": true, "genegeerd": true, "fout": true, "bra": true,
	"fel": true, "hata": true, "hiba": true}

// aptStatus reports whether the word:N at line[start:colon] ending at end
// is apt's status and item number starting the line, then the URL of the
// item ("Ign:3 http://pt.archive.ubuntu.com/ubuntu resolute InRelease"):
// no host and port.
func aptStatus(line string, start, colon, end int) bool {
	if strings.TrimLeft(line[:start], " \t") != "" || !aptStatusWords[strings.ToLower(line[start:colon])] {
		return false
	}
	rest := strings.TrimLeft(line[end:], " \t")
	if len(rest) == len(line)-end {
		return false
	}
	w := rest
	if k := strings.IndexAny(w, " \t"); k >= 0 {
		w = w[:k]
	}
	return strings.Contains(w, ":/")
}

// logContext reports whether the word:N at line[start:colon], ending at
// end, is a dotless word in a bracketed field of a log line's prefix,
// after its timestamp and before its level or logger: the log's own
// context ("2020-04-20 12:24:18.946 [user:2 ] DEBUG 14682 --- …", a user
// or thread id), not a host and port. Names with a dot, addresses and
// localhost stay mentions.
func logContext(line string, start, colon, end int) bool {
	word := line[start:colon]
	if strings.IndexByte(word, '.') >= 0 || strings.EqualFold(word, "localhost") || net.ParseIP(word) != nil {
		return false
	}
	// The timestamp is the first thing on the line, the field the first
	// bracket after it: both near the start, whatever the line's length.
	open := strings.IndexByte(line[:min(start, 48)], '[')
	if open < 0 || start-open > 64 || strings.IndexByte(line[open:start], ']') >= 0 {
		return false
	}
	stamp := strings.TrimSpace(line[:open])
	if len(stamp) < 8 || strings.Trim(stamp, "0123456789-:.,/TZ+ ") != "" || !isDigit(stamp[0]) {
		return false
	}
	shut := strings.IndexByte(line[end:min(len(line), end+64)], ']')
	if shut < 0 {
		return false
	}
	rest := line[end+shut+1:]
	for {
		rest = strings.TrimLeft(rest, " \t")
		if !strings.HasPrefix(rest, "[") {
			break
		}
		k := strings.IndexByte(rest[:min(len(rest), 128)], ']')
		if k < 0 {
			return false
		}
		rest = rest[k+1:]
	}
	level, _, _ := strings.Cut(rest[:min(len(rest), 16)], " ")
	return logLevels[strings.ToUpper(strings.Trim(level, ":"))]
}

// logLevels are the levels a log line's prefix gives.
var logLevels = map[string]bool{"TRACE": true, "DEBUG": true, "INFO": true, "WARN": true, "WARNING": true,
	"ERROR": true, "FATAL": true, "CRITICAL": true, "SEVERE": true, "NOTICE": true}

// logPrefixEnd returns where the leading "[…]" groups of a log line end.
func logPrefixEnd(line string) int {
	i := 0
	for {
		for i < len(line) && line[i] == ' ' {
			i++
		}
		if i >= len(line) || line[i] != '[' {
			return i
		}
		j := strings.IndexByte(line[i:], ']')
		if j < 0 {
			return i
		}
		i += j + 1
	}
}

// portEnds reports whether the port number ending at j ends a host:port word.
func portEnds(line string, j int) bool {
	if j >= len(line) {
		return true
	}
	switch line[j] {
	case ' ', '\t', ')', ']', '}', '\'', '"', ',', ';', '>', '|', '/', '`', '\r', '*':
		return true
	case '.':
		return j+1 >= len(line) || line[j+1] == ' ' || line[j+1] == '.' || line[j+1] == ')'
	case ':':
		return j+1 >= len(line) || line[j+1] == ' ' || line[j+1] == '"'
	}
	return line[j] >= 0x80 // "127.0.0.1:5432：" and other punctuation outside ASCII
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func isHostByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || isDigit(b) || b == '.' || b == '-' || b == '_'
}

// signatureWords are what apt (and gpgv under it) says when a
// repository's signature could not be checked: apt-pkg's "GPG error: %s
// %s: %s", "The following signatures couldn't be verified because the
// public key is not available: NO_PUBKEY …", "The following signatures
// were invalid: EXPKEYSIG …", gpgv's status words. The download worked.
var signatureWords = []string{"gpg error:", "no_pubkey", "signatures couldn't be verified", "signatures were invalid",
	"expkeysig", "keyexpired", "badsig ", "errsig "}

// signatureWarning reports whether a line only says a signature could
// not be checked: its URL names a host that answered, no failing hop.
func signatureWarning(low string) bool { return containsAny(low, signatureWords) }

// signatureBelow reports whether the line after line i is indented and
// says a signature could not be checked: the reason apt 1.x prints under
// an "Err:1 http://x … InRelease" item.
func (s *scan) signatureBelow(i int) bool {
	if i+1 >= len(s.lines) {
		return false
	}
	next := s.text[s.lines[i+1].start:s.lines[i+1].end]
	return next != "" && (next[0] == ' ' || next[0] == '\t') && signatureWarning(strings.ToLower(next))
}

// isWarningLine reports whether a line only warns: it says "warning" and
// reports no failure.
func isWarningLine(low string) bool {
	return strings.Contains(low, "warning") && !lineFails(low)
}

// listenerWords mark a line announcing the program's own listening address.
var listenerWords = []string{"listening on", "listening at", "listens on", "listen on", "started at", "started on",
	"running at http", "running on http", "serving on", "serving at", "serving http", "server started", "bound to"}

// isListenerLine reports whether a line announces where the program itself
// listens, and reports no failure.
func isListenerLine(low string) bool {
	for _, w := range listenerWords {
		if strings.Contains(low, w) {
			return !lineFails(low)
		}
	}
	return false
}

// errorWords mark a line that reports a failure even when it does not say
// which one.
var errorWords = []string{"error", "err!", "err:", "fail", "unable", "could not", "couldn't", "cannot", "can't",
	"refused", "exception", "fatal", "not responding", "is down", "unreachable", "no route", "timed out",
	"timeout", "denied", "rejected", "problem", "broken", "abort", "reset", "severe", "panic", "not be established",
	"拒绝", "失败", "失敗", "超时", "错误", "无法", "fehler", "erreur", "ошибка", "エラー"}

// lineFails reports whether a line reports a failure.
func lineFails(low string) bool {
	tags := failureIndex.scan(low)
	return tags&errorWordTag != 0 || classifyLow(low, low, tags) != FailureNone
}

func (s *scan) lineFailsAt(i int) bool {
	return s.failsAt(i, strings.ToLower(s.text[s.lines[i].start:s.lines[i].end]))
}

// failsAt is lineFails for line i (low is its text, lower-cased), read once
// a line.
func (s *scan) failsAt(i int, low string) bool {
	ln := &s.lines[i]
	if ln.fails == 0 {
		ln.fails = -1
		if lineFails(low) {
			ln.fails = 1
		}
	}
	return ln.fails > 0
}

// choose returns the index of the candidate that names the target, by the
// rules in the package doc.
func (s *scan) choose() (int, bool) {
	best := s.pick(false)
	if best >= 0 && webURL(s.cands[best]) && databaseError(s.text) {
		best = s.pick(true)
	}
	if best < 0 || s.placeholder && !s.lines[s.cands[best].line].err || s.lines[s.cands[best].line].redacted > s.cands[best].strength {
		return 0, false
	}
	best = s.preferName(best)
	c := &s.cands[best]
	if c.port == 0 {
		c.port, c.portFrom = s.portFor(*c)
	} else if c.portFrom == PortScheme {
		// An explicit port beats a scheme's: a dump naming the same host
		// with its port ("address = x, port = 8443") after the URL.
		if p, ok := s.explicitPort(*c); ok {
			c.port, c.portFrom = p, PortExplicit
		}
	}
	if c.addr == "" && net.ParseIP(c.host) == nil {
		c.addr = s.addrFor(*c)
	}
	return best, true
}

// pick returns the index of the best candidate, -1 when there is none;
// noWeb leaves out web URLs (see databaseError).
func (s *scan) pick(noWeb bool) int {
	best := -1
	for i, c := range s.cands {
		if noWeb && webURL(c) {
			continue
		}
		if best < 0 || s.better(c, s.cands[best]) {
			best = i
		}
	}
	return best
}

// webURL reports whether a mention is a URL of the web (http, https, ws,
// wss).
func webURL(c cand) bool {
	switch c.scheme {
	case "http", "https", "ws", "wss":
		return c.isURL
	}
	return false
}

// databaseErrors are lower-case fragments of the errors database clients
// print when they cannot reach their server: PDO's SQLSTATE with MySQL's
// client errors (2002 can't connect, 2003, 2005 unknown host, 2006 gone)
// or the SQL standard's class 08 (connection exception), MySQL's and
// JDBC's, psql's, Oracle's network errors (ORA-12xxx: TNS), SQL Server's,
// MongoDB's and Redis'. (Not "could not connect to server": libcurl says
// that too.)
var databaseErrors = []string{"sqlstate[hy000] [200", "sqlstate[08", "can't connect to mysql server",
	"can't connect to local mysql server", "unknown mysql server host", "lost connection to mysql server",
	"communications link failure", "is the server running on", "connection to server at",
	"connection to server on socket", "could not translate host name", "ora-12",
	"error occurred while establishing a connection to sql server", "mongonetworkerror",
	"mongoserverselectionerror", "serverselectiontimeouterror", "could not connect to redis"}

// databaseError reports whether the text holds a database client's error
// about reaching its server. Such an error names its server or none: a web
// page's URL printed with it (the page the error appeared on, "on
// http://x") is not the database server, whatever protocol a URL names
// the database in (mysql://, postgres://) still is.
func databaseError(text string) bool {
	return containsAny(strings.ToLower(text), databaseErrors)
}

// explicitPort finds a port a message or dump gives for c's host (a
// phrase or structured mention, not a bare host:port word).
func (s *scan) explicitPort(c cand) (int, bool) {
	for _, o := range s.cands {
		if o.portFrom == PortExplicit && o.strength >= structured && strings.EqualFold(o.host, c.host) {
			return o.port, true
		}
	}
	return 0, false
}

// better reports whether a names the target rather than b: a mention on a
// failing line beats one elsewhere, then the stronger kind of mention, then
// the earlier line, then the innermost of requests chained on one line,
// then the earlier mention.
func (s *scan) better(a, b cand) bool {
	ea, eb := s.lines[a.line].err, s.lines[b.line].err
	switch {
	case ea != eb:
		return ea
	case (a.role == roleSource) != (b.role == roleSource):
		// The other end of a connection a server logs ("connection from
		// x", "client: x") or the local end of a socket is not what
		// failed to be reached.
		return b.role == roleSource
	case a.strength != b.strength:
		return a.strength > b.strength
	case a.line != b.line:
		return a.line < b.line
	case a.role != b.role:
		// On one line, a mention the words call the destination ("… to
		// x", "dial x", "upstream: x") beats one they say nothing of.
		return a.role > b.role
	case a.req && b.req && !strings.EqualFold(a.host, b.host):
		// Go wraps a request that failed inside the one that caused it
		// ("Get https://registry/…: Get https://auth/token…: net/http:
		// request canceled"): the innermost, last, request failed.
		return a.pos > b.pos
	}
	return a.pos < b.pos
}

// preferName applies "a name beats the IP dialled for it": when the chosen
// mention is an IP, a name given with the same port (best on the same line,
// then on a failing line), or paired with the IP ("name/IP", "name (IP)",
// "name|IP|", "name[0: IP]"), becomes the target and the IP its Addr. An IP that came without a port yields to a name and port the
// text gives elsewhere (telnet's "connect to address IP" after "telnet
// name 23").
func (s *scan) preferName(best int) int {
	c := s.cands[best]
	if net.ParseIP(c.host) == nil {
		return best
	}
	pick := -1
	proxy := s.proxyLine(c.line)
	var names portNames
	for i, o := range s.cands {
		// A command line the user ran before the failure, naming host
		// and port (ssh, telnet, nc, mysql -h, psql -h, redis-cli -h),
		// names the IP the failing message then gives on that port
		// ("ssh root@localhost -p 2222" then "Connection reset by
		// 127.0.0.1 port 2222"), when no other name is given that port.
		ran := o.cmd && o.line < c.line && c.line-o.line <= 10 && c.port != 0 &&
			(o.port == c.port || o.port == 0 && o.defPort == c.port) && net.ParseIP(o.host) == nil && names.only(s, o.host, c.port)
		if net.ParseIP(o.host) != nil || o.port == 0 && c.port != 0 && !ran {
			continue
		}
		if o.isURL && proxy {
			continue // the URL is the destination behind the proxy that failed
		}
		// A name elsewhere counts when its line reports a failure too: with
		// the port given, or as the URL requested on the line just before
		// the one that dialled the IP ("fetch failed https://x/…" then
		// "connect ETIMEDOUT IP:443"); or, anywhere, as the URL an error
		// object gives as the request's ("url: 'http://x/…'", axios's
		// "_currentUrl: '…'" before its "cause: Error: connect
		// ECONNREFUSED IP:80").
		elsewhere := o.portFrom == PortExplicit && (s.lines[o.line].err || loopbackName(o.host, c.host)) ||
			s.lines[o.line].err && o.isURL && o.strength >= structured && o.line == c.line-1 ||
			o.isURL && o.line < c.line && c.line-o.line <= 2 && s.announced(o) ||
			o.isURL && o.keyed ||
			o.isURL && o.line < c.line && s.registryFlag(o) && names.only(s, o.host, c.port)
		samePort := o.port == c.port && (o.line == c.line || elsewhere) || ran
		noPort := c.port == 0 && o.port != 0 && o.cmd
		if (samePort || noPort) && (pick < 0 || s.closer(o, s.cands[pick], c)) {
			pick = i
		}
	}
	if pick < 0 {
		// A name the program said it was looking up just before it
		// dialled the IP (plink's "Looking up host \"x\"" then
		// "Connecting to 10.0.0.5 port 22"), or a name without a port a
		// failing line named as the destination right before the error
		// that gives the IP ("Error on connectMx for: { exchange: 'x' }"
		// then "connect ETIMEDOUT 10.0.0.5:25").
		for i, o := range s.cands {
			before := o.line < c.line && c.line-o.line <= 2 && o.strength == weak && o.port == 0 && !o.cmd &&
				o.role != roleSource && s.lines[o.line].err && c.port != 0 && !proxy
			if (o.resolves && o.line < c.line && c.line-o.line <= 5 || before) && net.ParseIP(o.host) == nil {
				pick = i
			}
		}
		if pick >= 0 {
			if p, from := s.portFor(c); from == PortExplicit && s.cands[pick].port == 0 {
				s.cands[pick].port, s.cands[pick].portFrom = p, from
			}
			s.cands[pick].addr = c.host
			return pick
		}
		for _, m := range s.pairsNear(c.host) {
			if ip := net.ParseIP(m[2]); ip != nil && ip.String() == c.host && usableHost(m[1]) && net.ParseIP(m[1]) == nil {
				s.cands[best].addr, s.cands[best].host = c.host, normHost(m[1])
				return best
			}
		}
		return best
	}
	if s.cands[pick].port == 0 {
		s.cands[pick].port, s.cands[pick].portFrom = c.port, c.portFrom
	}
	s.cands[pick].addr = c.host
	return pick
}

// registryFlag reports whether URL mention o is the registry a package
// manager's command line, or npm's dump of its arguments, gives: "npm
// install -g cnpm --registry=https://x", npm's "argv … \"--registry=https://x\"";
// the IP npm dials on the URL's port is the registry's.
func (s *scan) registryFlag(o cand) bool {
	before := s.text[s.lines[o.line].start:o.pos]
	b := strings.TrimRight(before, "'\"")
	if !strings.HasSuffix(b, "--registry=") && !strings.HasSuffix(b, "--registry ") {
		return false
	}
	return packageManager.MatchString(before)
}

// packageManager finds npm's, yarn's, pnpm's or cnpm's name on a command
// line or in npm's own log prefix ("npm ERR! argv …").
var packageManager = regexp.MustCompile(`(?:^|[\s/\\"'>$])(?:npm|npx|yarn|pnpm|cnpm)(?:\.cmd|\.exe)?\b`)

// portNames is the names the text gives one port, read once: the first
// two different ones are enough to tell whether a name is the only one.
type portNames struct {
	read  bool
	names []string
}

// only reports whether no other name than host is given port p in the
// text.
func (n *portNames) only(s *scan, host string, p int) bool {
	if !n.read {
		n.read = true
		for _, x := range s.cands {
			if x.port != p || net.ParseIP(x.host) != nil || len(n.names) == 1 && strings.EqualFold(x.host, n.names[0]) {
				continue
			}
			if n.names = append(n.names, x.host); len(n.names) == 2 {
				break
			}
		}
	}
	for _, h := range n.names {
		if !strings.EqualFold(h, host) {
			return false
		}
	}
	return true
}

// announced reports whether mention o is a step the program announced
// ("Downloading 'https://x/…'", "Fetching https://x/…"): the IP it dials
// next, with the URL's port, is the URL's host's (uclient-fetch's
// "Connecting to 10.0.0.5:443").
func (s *scan) announced(o cand) bool {
	start := s.lines[o.line].start
	step, _ := stepBefore(strings.ToLower(s.text[start:o.pos]))
	return step
}

// proxyLine reports whether line i says the hop that failed is a proxy
// (Python's ProxyError('Cannot connect to proxy.', …), "proxy connect
// failed"): an IP on it is the proxy's, not the requested name's.
func (s *scan) proxyLine(i int) bool {
	line := s.text[s.lines[i].start:s.lines[i].end]
	return containsAny(strings.ToLower(line), proxyWords) || curlProxyOption.MatchString(line)
}

// curlProxyOption finds a curl command line that names its proxy ("curl -x
// localhost:8080 https://x/", "--proxy http://10.0.0.8:3128"); curl's -X,
// upper case, is the request method.
var curlProxyOption = regexp.MustCompile(`\bcurl(?:\.exe)?\s(?:.*\s)?(?:-x|--proxy)[\s=]`)

// loopbackName reports whether name is localhost and ip a loopback address:
// the pair every program makes of them.
func loopbackName(name, ip string) bool {
	a := net.ParseIP(ip)
	return strings.EqualFold(name, "localhost") && a != nil && a.IsLoopback()
}

// proxyWords say that the hop that failed is a proxy.
var proxyWords = []string{"proxyerror", "proxy error", "to proxy", "proxy connect", "proxy refused", "proxy server",
	"the proxy", "via proxy", "through proxy"}

// closer reports whether name mention a is a better name for the IP
// mention c than b: on c's line, then on a failing line, then by better.
func (s *scan) closer(a, b, c cand) bool {
	if (a.line == c.line) != (b.line == c.line) {
		return a.line == c.line
	}
	return s.better(a, b)
}

// addrFor finds the IP the program dialled for a name: an IP mention on the
// same line with the same port ("Get \"https://x/\": dial tcp 10.0.0.5:443"),
// or an IP paired with the name ("x/10.0.0.5", "x (10.0.0.5)").
func (s *scan) addrFor(c cand) string {
	for _, o := range s.cands {
		if o.line == c.line && o.port == c.port && net.ParseIP(o.host) != nil {
			return o.host
		}
	}
	// apt's evidence of the address it dialled: "[IP: 10.0.0.5 80]", on
	// the URL's line or on the indented line under it (apt 1.x prints
	// "Err:1 http://x/… pkg" then "  Connection failed [IP: 10.0.0.5 80]").
	for i := c.line; i <= c.line+1 && i < len(s.lines); i++ {
		line := s.text[s.lines[i].start:s.lines[i].end]
		if i > c.line && (line == "" || line[0] != ' ' && line[0] != '\t') {
			break
		}
		if !strings.Contains(line, "[IP: ") {
			continue
		}
		for _, m := range aptIP.FindAllStringSubmatch(line, 4) {
			if ip := net.ParseIP(m[1]); ip != nil && m[2] == strconv.Itoa(c.port) {
				return ip.String()
			}
		}
	}
	for _, m := range s.pairsNear(c.host) {
		if strings.EqualFold(m[1], c.host) {
			if ip := net.ParseIP(m[2]); ip != nil {
				return ip.String()
			}
		}
	}
	if c.isURL {
		if ip := squidAddr(s.text); ip != "" {
			return ip
		}
	}
	return s.addrAfter(c)
}

// squidAddr returns the address of Squid's "Connection to %I failed." in
// text, "" when there is none: the regex is tried only on a line holding
// one of the words its translations open (or, in Japanese and Turkish,
// end) with, as Squid writes them, at the first 16 such lines of each.
func squidAddr(text string) string {
	for _, w := range squidWords {
		rest, off := text, 0
		for n := 0; n < 16; n++ {
			k := strings.Index(rest, w)
			if k < 0 {
				break
			}
			line := lineAround(text, off+k, off+k+len(w))
			if m := squidConnectFail.FindStringSubmatch(line); m != nil {
				if ip := net.ParseIP(m[1] + m[2] + m[3]); ip != nil {
					return ip.String()
				}
			}
			rest, off = rest[k+len(w):], off+k+len(w)
		}
	}
	return ""
}

var squidWords = []string{"Connection to ", "Verbindung zu ", "La connexion ", "Conexión a ", "Conexão ", "connessione a ",
	"Verbinding ", "Соединение с ", "З'єднання з ", "Připojení k ", "Spojenie k ", "Anslutningen till ", "Kết nối đến ",
	"Conexiunea la ", "Връзката до ", "Sambungan ke ", "Povezava z ", "Konekcija ka ", "连接到 ", "Nieudane połączenie z ",
	"Neveiksmīgs savienojums ar ", " に接続できませんでした", " 'a bağlantı başarısız"}

// squidConnectFail is Squid's error page ERR_CONNECT_FAIL saying which
// address of the URL's host it dialled, "Connection to %I failed.", in the
// languages of its errors/*.po: de "Verbindung zu %I Fehlgeschlagen.", fr
// "La connexion %I a échouée.", es "Conexión a %I fallida.", pt-br
// "Conexão para %I falhou.", ru "Соединение с %I не удалось", ja "%I
// に接続できませんでした。", zh "连接到 %I 失败。" and the rest. The page
// names the URL it was retrieving; the address is its host's.
var squidConnectFail = regexp.MustCompile(`(?i)(?:(?:connection to|verbindung zu|la connexion|conexión a|conexão (?:para|com)|connessione a|verbinding (?:met|na)|соединение с|з'єднання з|připojení k|spojenie k|anslutningen till|kết nối đến|conexiunea la|връзката до|sambungan ke|povezava z|konekcija ka|连接到) (` + reIP + `) (?:failed|fehlgeschlagen|a échou|fallida|ha fallado|falhou|non è riuscita|mislukt|het misluk|не удалось|втрачено|selhalo|zlyhalo|misslyckades|bị lỗi|a e|не може|gagal|ni uspela|nije uspela|失败)` +
	`|(?:nieudane połączenie z|neveiksmīgs savienojums ar) (` + reIP + `)\.` +
	`|(` + reIP + `) (?:に接続できませんでした|'a bağlantı başarısız))`)

// addrAfter returns the one address the text dialled on c's port in the
// lines after c, when no other name is given that port there: the error
// that followed the name a mailer was connecting to ("connectMx for: {
// exchange: 'x' }" then Node's "address: '10.0.0.5', port: 25"). An
// address a failing line names as the destination without a port was
// dialled on the name's port (yum's "Could not retrieve mirrorlist
// http://x/…" then curl's "Failed to connect to 2001:db8::5: Network is
// unreachable").
func (s *scan) addrAfter(c cand) string {
	ip := ""
	for _, o := range s.cands {
		portless := o.port == 0 && o.role == roleDest && s.lines[o.line].err && net.ParseIP(o.host) != nil
		if o.line < c.line || o.line > c.line+10 || o.port != c.port && !portless || o.role == roleSource {
			continue
		}
		if net.ParseIP(o.host) == nil {
			if !strings.EqualFold(o.host, c.host) {
				return ""
			}
			continue
		}
		if ip != "" && ip != o.host {
			return ""
		}
		ip = o.host
	}
	return ip
}

// aptIP is apt's "[IP: address port]".
var aptIP = regexp.MustCompile(`\[IP: (` + reIP + `) ([0-9]+)\]`)

// pairsNear returns the name/IP pairs (see namePairs) printed around the
// first occurrences of word in the text.
func (s *scan) pairsNear(word string) [][]string {
	var all [][]string
	for i, n := 0, 0; n < 16; n++ {
		k := strings.Index(s.text[i:], word)
		if k < 0 {
			break
		}
		k += i
		i = k + len(word)
		near := s.text[max(0, k-80):min(len(s.text), i+80)]
		for _, re := range namePairs {
			for _, m := range re.FindAllStringSubmatch(near, 4) {
				// A name here has a dot (a word before "(IP)" or
				// ": dial tcp IP" is not a name).
				if strings.Contains(m[1], ".") || strings.EqualFold(m[1], "localhost") {
					all = append(all, m)
				}
			}
		}
		for _, re := range reversedPairs {
			for _, m := range re.FindAllStringSubmatch(near, 4) {
				// A dotted name, or localhost for a loopback address
				// (pgx's "127.0.0.1:5432 (localhost): dial error"); a
				// dotless word ("(took 10s)") is no name.
				ip := strings.Trim(m[1], "[]")
				if strings.Contains(m[2], ".") && net.ParseIP(m[2]) == nil || loopbackName(m[2], ip) {
					all = append(all, []string{m[0], m[2], ip})
				}
			}
		}
	}
	return all
}

// portFor finds the port for a mention that named only a host, in order: a
// port the text gives for the same host (a URL, host:port, "host port N",
// "('host', N)", a -P flag), the scheme of a URL naming the host, the one
// port number the text mentions ("port 465"), the program's default (mysql
// 3306, ssh 22, git's native protocol 9418, apt 80, SMTP 25), the default of
// a service the text names (postgresql 5432, redis 6379), else HTTPS.
func (s *scan) portFor(c cand) (int, string) {
	scheme := 0
	for _, o := range s.cands {
		if !strings.EqualFold(o.host, c.host) || o.port == 0 {
			continue
		}
		if o.portFrom == PortExplicit {
			return o.port, PortExplicit
		}
		if scheme == 0 && o.isURL {
			scheme = o.port
		}
	}
	if m := regexp.MustCompile(`(?i)` + regexp.QuoteMeta(c.host) + `(?:['"]?\s*,\s*['"]?(?:port['"]?\s*=>\s*['"]?)?| port |:)([0-9]{1,5})\b`).FindStringSubmatch(s.text); m != nil {
		if p, err := strconv.Atoi(m[1]); err == nil && p > 0 && p < 65536 {
			return p, PortExplicit
		}
	}
	if scheme != 0 {
		return scheme, PortScheme
	}
	var ports []string
	for _, m := range portWord.FindAllStringSubmatchIndex(s.text, 8) {
		if !dartLocalPort.MatchString(s.text[max(0, m[0]-120):m[0]]) {
			ports = append(ports, s.text[m[2]:m[3]])
		}
	}
	if len(ports) > 0 {
		one := true
		for _, p := range ports[1:] {
			one = one && p == ports[0]
		}
		if p, err := strconv.Atoi(ports[0]); one && err == nil && p > 0 && p < 65536 {
			return p, PortExplicit
		}
	}
	if c.defPort != 0 {
		return c.defPort, PortProgram
	}
	if p := s.redirectScheme(c); p != 0 {
		return p, PortScheme
	}
	if (strings.Contains(s.text, "wget") || strings.Contains(s.text, "curl")) && schemelessFetch(s.text, c.host) {
		return 80, PortProgram
	}
	if webClients[c.program] {
		// A web client's port is the web's, not that of another
		// program the text names ("Starting osmnames_postgres_1 ...
		// done" before wget failed to resolve its host).
		return DefaultPort, PortAssumed
	}
	if strings.HasPrefix(strings.ToLower(c.host), "whois.") && (strings.Count(c.host, ".") >= 2 || whoisCommand.MatchString(s.text)) {
		// A WHOIS server is named for its protocol (whois.arin.net,
		// whois.ripe.net, whois.verisign-grs.com): with no port, scheme
		// or program's default given, it was asked on WHOIS's port 43
		// (RFC 3912). Other protocol labels (smtp., ftp., mail.) are not
		// read so: their hosts serve several ports.
		return 43, PortProgram
	}
	low := strings.ToLower(s.text)
	for _, sp := range servicePorts {
		if strings.Contains(low, sp.word) {
			return sp.port, PortProgram
		}
	}
	return DefaultPort, PortAssumed
}

// whoisCommand is a command line running the whois client ("whois
// registry.sx", "$ whois -h whois.x y"): a server "whois.<tld>" it failed
// on is a WHOIS server, on port 43, though it has only two labels.
var whoisCommand = regexp.MustCompile(`(?m)^\s*(?:[$#%>] |[\w.\-]+@[\w.\-]+(?::[^\s$#]*)?[$#%] )?\s*whois\s+\S`)

// redirectScheme returns the port of the URL a program announced it was
// downloading before it failed on c, a host of the URL's registered
// domain: Vagrant's "Downloading: http://files.vagrantup.com/x.box" then
// curl's "Couldn't resolve host 'hashicorp-files.vagrantup.com'", the host
// the download was redirected to, within one site and its scheme. 0 when
// no such URL is announced, or its host is of another domain.
func (s *scan) redirectScheme(c cand) int {
	for _, o := range s.cands {
		if !o.isURL || o.port == 0 || o.line >= c.line || strings.EqualFold(o.host, c.host) ||
			!sameSite(o.host, c.host) {
			continue
		}
		before := strings.ToLower(s.text[s.lines[o.line].start:o.pos])
		if step, _ := stepBefore(strings.TrimRight(before, " \t:")); step {
			return o.port
		}
	}
	return 0
}

// sameSite reports whether names a and b are of one registered domain,
// as the Public Suffix List draws it (publicsuffix.EffectiveTLDPlusOne:
// "x.co.uk", "x.com.au", "x.github.io"; a name under a suffix the list
// does not know, "x.corp", its last two labels). Addresses are of none.
func sameSite(a, b string) bool {
	if net.ParseIP(a) != nil || net.ParseIP(b) != nil {
		return false
	}
	ra, rb := registered(strings.ToLower(a)), registered(strings.ToLower(b))
	return ra != "" && ra == rb
}

// registered returns the registered domain of the lower-case name h, ""
// when h is a public suffix itself or no name.
func registered(h string) string {
	d, err := publicsuffix.EffectiveTLDPlusOne(strings.TrimSuffix(h, "."))
	if err != nil {
		return ""
	}
	return d
}

// schemelessFetch reports whether the text holds a command line of wget,
// wget2 or curl given host without a scheme ("wget2 -O out mymissing.com",
// "curl example.com/x"): these clients then use http:// (wget2's
// wget_iri_parse adds "http://", curl guesses HTTP for a host that does not
// start with "ftp." and the like), so the port is 80.
func schemelessFetch(text, host string) bool {
	for i := 0; i < len(text); {
		k := strings.Index(text[i:], host)
		if k < 0 {
			return false
		}
		k += i
		i = k + len(host)
		if i < len(text) && text[i] != ' ' && text[i] != '/' && text[i] != '\n' && text[i] != '\r' && text[i] != '\t' ||
			k > 0 && text[k-1] != ' ' && text[k-1] != '\t' {
			continue // part of a longer word, or after a scheme ("https://x")
		}
		start := strings.LastIndexByte(text[:k], '\n') + 1
		if cmdLine.MatchString(text[start:k]) {
			return true
		}
	}
	return false
}

// cmdLine is the start of a wget, wget2 or curl command line up to an
// argument: a prompt or nothing, the program, options.
var cmdLine = regexp.MustCompile(`^\s*(?:[$#>%]\s*|\S*[$#>]\s+)?(?:time\s+|sudo\s+)?(?:wget2?|curl)(?:\s+-\S+(?:\s+[^-\s]\S*)?)*\s+$`)

// dartLocalPort matches the text before the port of Dart's OS errors
// ("errno = 111, address = x, "): that port is the socket's local end.
var dartLocalPort = regexp.MustCompile(`errno = [0-9]+\)?, address = \S+, $`)

// webClients are the programs whose mention names a web host: a service
// named elsewhere in the text gives it no port.
var webClients = map[string]bool{"wget": true, "browser": true, "Cloudflare": true}

// servicePorts give the port of a host the text names without one when the
// text says what service it is (terraform's postgresql provider failing to
// resolve a database host).
var servicePorts = []struct {
	word string
	port int
}{
	{"could not translate host name", 5432}, // libpq's resolver failure
	{"postgres", 5432}, {"psql", 5432}, {"mysql", 3306}, {"mariadb", 3306}, {"mongodb", 27017}, {"mongo", 27017},
	{"redis", 6379}, {"rabbitmq", 5672}, {"amqp", 5672}, {"pika", 5672}, {"kafka", 9092}, {"smtp", 25}, {"ssh", 22},
	{"sqlstate[hy000] [200", 3306},                             // PHP PDO's MySQL client errors (2002 connect, 2005 unknown host)
	{"winscp", 22}, {"putty", 22}, {"plink", 22}, {"sftp", 22}, // SSH clients
	{"======cmd======", 22}, // drone-ssh (appleboy/ssh-action) prints the script it runs over SSH between these
}

// via returns the final destination when the target is a proxy that failed:
// a URL on the failing line names another host than the hop the message
// says it connected to (git's "unable to access 'https://github.com/…':
// Failed to connect to proxy port 3128") or than the hop the line calls a
// proxy (Python's "HTTPConnectionPool(host='10.0.0.8', port=80): Max retries
// exceeded with url: http://x/… (Caused by ProxyError(…))"), or the target is
// named as a proxy and the paste requests a URL from another host.
func (s *scan) via(c cand) string {
	for _, o := range s.cands {
		// The same host on another port is another hop (a proxy on
		// localhost:8081 in front of a server on localhost:1235).
		if !o.isURL || strings.EqualFold(o.host, c.host) && (o.port == c.port || !s.proxyLine(c.line)) {
			continue
		}
		if (c.connect || s.proxyLine(c.line)) && o.line == c.line || strings.Contains(c.host, "proxy") {
			return o.host
		}
	}
	if d := s.relayDest(c); d != "" {
		return d
	}
	if c.connect {
		return s.requestedElsewhere(c)
	}
	return ""
}

// relayLine is a relay's log line naming the destination it was asked for,
// then the connect to its next hop that failed (shadowsocks-heroku's
// "remote github.com:443 error: Error: connect ECONNREFUSED
// 23.23.117.76:8080").
var relayLine = regexp.MustCompile(`(?i)\bremote (?P<dest>` + reHostPort + `) error: (?:Error: )?connect E[A-Z]+ (?P<hop>` + reHostPort + `)`)

// relayDest returns the destination a relay's log line names before the
// failing connect to hop c, on another host and port: the hop is the
// target and the destination its Via.
func (s *scan) relayDest(c cand) string {
	line := s.text[s.lines[c.line].start:s.lines[c.line].end]
	if !strings.Contains(line, "remote ") {
		return ""
	}
	m := relayLine.FindStringSubmatch(line)
	if m == nil {
		return ""
	}
	dh, dp, err1 := net.SplitHostPort(m[1])
	hh, hp, err2 := net.SplitHostPort(m[2])
	if err1 != nil || err2 != nil || !strings.EqualFold(normHost(hh), c.host) || hp != strconv.Itoa(c.port) ||
		strings.EqualFold(dh, hh) || dp == hp || !usableHost(dh) {
		return ""
	}
	return normHost(dh)
}

// requestedElsewhere returns the host of the URL the program said it was
// requesting on one of the three lines before a connect failure, when the
// failure names another hop on another port: a client fetching a URL
// connects to its host on its port or to a proxy, so the hop is a proxy
// and the URL's host the final destination (npm's "http request GET
// http://registry.npmjs.org/x" then "connect ECONNREFUSED 10.0.0.8:3128";
// "curl -I https://x" then "Failed to connect to 127.0.0.1 port 17890").
// A request is a URL after an HTTP method or on a curl or wget command line.
func (s *scan) requestedElsewhere(c cand) string {
	via := ""
	for _, o := range s.cands {
		if !o.isURL || o.line >= c.line || o.line < c.line-3 || o.port == 0 || o.port == c.port ||
			strings.EqualFold(o.host, c.host) || net.ParseIP(o.host) != nil {
			continue
		}
		start := s.lines[o.line].start
		if !o.req && !cmdLine.MatchString(s.text[start:o.pos]) {
			continue
		}
		if via != "" && !strings.EqualFold(via, o.host) {
			return ""
		}
		via = o.host
	}
	return via
}

// unwrap joins a word a terminal wrapped onto the next line ("Connec\n
// tion refused", and Composer's padded box: "timed o  \n  ut.") or padded
// with spaces where the console's line ended ("temporarily un
// available").
var unwrap = regexp.MustCompile(`([a-z])(?:[ \t]*\n[ \t]*|[ \t]{10,})([a-z])`)

// window returns line i and the n lines after it, where a message that
// wrapped or a command's output continues.
func (s *scan) window(i, n int) string {
	return s.text[s.lines[i].start:s.lines[min(i+n-1, len(s.lines)-1)].end]
}

// programMarkers name the program when the mention that gave the target
// does not. The first marker found in the text wins, so the specific ones
// come first.
var programMarkers = []struct{ marker, program string }{
	{"fatal: unable to access", "git"}, {"fatal: unable to connect", "git"}, {"Cloning into", "git"},
	{"GuzzleHttp", "Guzzle"}, {"cURL error", "PHP cURL"}, {"Swift_", "SwiftMailer"}, {"SMTP connect()", "PHPMailer"},
	{"SMTP ERROR", "PHPMailer"}, {"curl: (", "curl"}, {"curl_cffi", "curl"}, {"ssh: ", "ssh"},
	{"Unable to connect to the server", "kubectl"}, {"Error response from daemon", "Docker"},
	{"npm ERR!", "npm"}, {"pip._vendor", "pip"}, {"pymongo", "pymongo"}, {"ServerSelectionTimeoutError", "pymongo"},
	{"upstream connect error", "envoy"}, {"transport: Error while dialing", "gRPC"}, {"rpc error:", "gRPC"},
	{"org.apache.kafka", "Kafka"}, {"Broker may not be available", "Kafka"}, {"io.netty", "Netty"},
	{"okhttp", "OkHttp"}, {"OkHttp", "OkHttp"}, {"libcore.io", "Android"}, {"E/flutter", "Dart"}, {"flutter: ", "Dart"}, {"OS Error:", "Dart"}, {"flutter/lib/", "Dart"}, {"dart:io", "Dart"},
	{"Could not connect to Redis", "redis-cli"}, {"haproxy", "HAProxy"}, {"Layer4", "HAProxy"},
	{"Temporary failure resolving", "apt"}, {"wget", "wget"}, {"telnet", "telnet"}, {"/dev/tcp/", "bash"},
	{"reqwest", "Rust"}, {"hyper::", "Rust"}, {"os error", "Rust"}, {"Errno::", "Ruby"}, {"Faraday", "Ruby"},
	{"connect(2)", "Ruby"}, {"PSQLException", "Java"}, {"psql:", "psql"}, {"ERROR 2003", "MySQL"},
	{"MySQL server", "MySQL"}, {"urllib3", "Python"}, {"requests.exceptions", "Python"}, {"ConnectionPool(", "Python"},
	{"Traceback (most recent call last)", "Python"}, {"[Errno", "Python"}, {"WinError", "Python"},
	{"System.Net", ".NET"}, {"SocketException", ".NET"}, {"java.", "Java"}, {"Exception in thread", "Java"},
	{"ETIMEDOUT", "Node.js"}, {"ECONNREFUSED", "Node.js"}, {"getaddrinfo E", "Node.js"},
	{"dial tcp", "Go"}, {"i/o timeout", "Go"},
}

func detectProgram(text string) string {
	for _, m := range programMarkers {
		if strings.Contains(text, m.marker) {
			return m.program
		}
	}
	return ""
}

// noTarget explains that the text was read but named no host.
func noTarget(input, program string, failure Failure) error {
	e := &ParseError{Input: input, Program: program, Failure: failure, err: ErrNoTarget,
		Hint: "enter the host, host:port or URL the program was trying to reach"}
	switch {
	case program != "" && failure != FailureNone:
		e.Reason = "the " + program + " message says " + failure.Text() + " but does not name the host"
	case failure != FailureNone:
		e.Reason = "the message says " + failure.Text() + " but does not name the host"
	default:
		e.Reason = "no host, address or URL found in the text"
	}
	return e
}

// IsNoTarget reports whether err means the text named no host.
func IsNoTarget(err error) bool { return errors.Is(err, ErrNoTarget) }

// lineAround returns the line of text holding [start,end), trimmed and cut
// to a readable length.
func lineAround(text string, start, end int) string {
	ls := strings.LastIndexByte(text[:start], '\n') + 1
	le := strings.IndexByte(text[end:], '\n')
	if le < 0 {
		le = len(text)
	} else {
		le += end
	}
	line := strings.TrimSpace(text[ls:le])
	if r := []rune(line); len(r) > 300 {
		line = string(r[:300]) + "…"
	}
	return line
}
