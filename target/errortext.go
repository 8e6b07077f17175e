package target

import (
	"cmp"
	"errors"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
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
	cmd                     bool            // a command line the user ran (telnet host 23)
	req                     bool            // a URL after an HTTP method (Go's "Get \"URL\": …")
	role                    int8            // what the words around say the mention is: roleSource, roleNeutral or roleDest
	resolves                bool            // a name a step line says is being looked up ("Looking up host \"x\"")
	steps                   bool            // a name a step line says is being connected to or requested ("Connecting to x")
	peer                    bool            // a client that connected to the program, never a target (see markConnectedPeers)
	keyed                   bool            // a URL a dump gives as the request's ("url: '…'", "_currentUrl: '…'")
	hostKey                 bool            // a host key gives the name (host='wp.pl'): a host whatever it ends in
	malformed               string          // why host is no valid DNS name (see Target.Malformed)
	broken                  bool            // the mention is in a slot that may hold a malformed name (see malformedSlots)
	digits                  bool            // an all-digits host a program read as a name (see digitsProxy)
	services                map[string]bool // the paste's container service names (see dockerServices)
	registry                bool            // Terraform's provider registry, dropped for a URL (see registryFor)
}

// scanLine is one line of the text.
type scanLine struct {
	start, end int
	num        int  // 1-based line number in the input as pasted
	err        bool // the line reports a failure
	redacted   int  // the strength of a mention of a redacted or placeholder host on the line
	fails      int8 // whether the line reports a failure: 0 not yet read, 1 yes, -1 no (see failsAt)
	kindBelow  bool // the line is a step whose failure the next line states (see stepFailedBelow)
}

// scan is the text being read and what was found in it.
type scan struct {
	text         string
	raw          string // the input before plainLines took off what logging added (a syslog line's program name)
	lines        []scanLine
	cands        []cand
	placeholder  bool            // a failing line names a redacted or placeholder host
	stepKindOnly bool            // the only kind the failing lines state is a step's, stated below it (see stepFailedBelow)
	services     map[string]bool // names Docker's embedded DNS was asked for (see dockerServices)
	needles      []int8          // per needle, whether the line being read holds it (see hasNeedle)
	pairs        bigramSet       // the byte pairs of the line being read

	classified bool    // classifyText has read textRead
	textRead   string  // the last text classifyText read
	textFailed Failure // its failure

	hits    map[string][]hit   // per line text, the extractors that read it (see extractorHits)
	failing map[string]bool    // per lower-case line text, lineFails
	kinds   map[string]Failure // per line text read, classifyFailure (see classifyLine)

	hostPortsRead map[hostPortKey]hostPortRead // what hostPorts made of each host and port
	urlsRead      map[urlKey]hostPortRead      // what setURL made of each URL (see scan.setURL)

	marks map[string][]int // per rare word, where the text holds it (see markAbove)
}

// lineEndBreak is an HTML line-break tag at a line's end, "<br>",
// "<br/>", "<br />".
var lineEndBreak = regexp.MustCompile(`(?i)<br\s*/?>(\r?\n|$)`)

// classifyText is classifyWrapped of a text as long as the paste, read
// once however many rules ask.
func (s *scan) classifyText(text string) Failure {
	if !s.classified || s.textRead != text {
		s.classified, s.textRead, s.textFailed = true, text, classifyWrapped(text)
	}
	return s.textFailed
}

// memo returns (*m)[k], working it out with f the first time and keeping
// it, at most limit entries (0: no limit): what a paste's rules read of a
// line, a host and port or a URL is read once however often the paste
// repeats it.
func memo[K comparable, V any](m *map[K]V, k K, limit int, f func() V) V {
	if v, ok := (*m)[k]; ok {
		return v
	}
	v := f()
	if limit == 0 || len(*m) < limit {
		if *m == nil {
			*m = map[K]V{}
		}
		(*m)[k] = v
	}
	return v
}

// parseErrorText finds the target named in a pasted error message (see the
// package doc for the rules): input as pasted, plain the same without its
// copy's marks (plainCopy).
func parseErrorText(input, plain string) (Target, error) {
	s := newScan(plain)
	// A program's marker names it; else the mention that gave the target
	// does; else the runtime whose functions wrote the words.
	program := detectProgram(s.text)
	named := cmp.Or(program, firstMarker(s.text, runtimeMarkers))
	if err := emptyHostError(s.text, input, named); err != nil {
		return Target{}, err
	}
	best, ok := s.choose()
	if !ok {
		if t, ok := s.unresolvedQuad(input, named); ok {
			return t, nil
		}
		if t, ok := s.loneName(input, named); ok {
			return t, nil
		}
		failure := s.firstLineFailure(s.summaryless())
		if t, ok := s.proseName(input, named, failure); ok {
			return t, nil
		}
		if t, ok := s.toolTarget(input, named, failure); ok {
			return t, nil
		}
		if t, ok := s.pyCallTarget(input, named, failure); ok {
			return t, nil
		}
		return Target{}, noTarget(input, named, failure)
	}
	c := s.cands[best]
	t := Target{Input: input, Kind: KindError, Host: c.host, Port: c.port, PortFrom: c.portFrom,
		Scheme: c.scheme, Addr: c.addr, Program: cmp.Or(program, c.program, named)}
	if c.url != "" {
		t.URL = RedactURL(c.url)
	}
	t.Malformed = c.malformed
	t.Evidence = lineAround(s.text, c.pos, c.end)
	t.Line = s.lines[c.line].num
	t.Via = s.via(c)
	var addr string
	if t.Failure, addr = s.failureAt(c); addr != "" && addr != c.host {
		t.Addr = addr
	}
	if c.program == "nslookup" && strings.Contains(s.text, ";; connection timed out; no servers could be reached") {
		// The server nslookup expected never answered: its verdict, not
		// the other servers' SERVFAIL replies on the lines between.
		t.Failure = FailureTimeout
	}
	if t.Failure == FailureTimeout {
		t.Failure = s.unhedged(c, t.Failure)
	}
	if t.Failure == FailureNone {
		t.Failure = s.laterOfTarget(c)
	}
	if t.Failure == FailureNone {
		t.Failure = lastRetryKind(s.text, c.host)
	}
	if t.Failure == FailureNone {
		text := s.text
		if routine := s.routineLines(c.line, c.host); routine != nil {
			text = s.linesWithout(0, len(s.lines), routine)
		}
		t.Failure = s.classifyText(tracebackCodeless(text))
	}
	if t.Failure == FailureNoSuchHost && localHostLookup(s.text, c.host) {
		e := noTarget(input, t.Program, t.Failure).(*ParseError)
		e.Reason = "the " + t.Program + " message says this computer's own name, " + c.host + ", could not be resolved (InetAddress.getLocalHost): no connection was being made"
		e.Hint = "fix this computer's name in /etc/hosts, or enter the host, host:port or URL the program was trying to reach"
		return Target{}, e
	}
	s.throughProxy(&t, c)
	s.filezilla(&t)
	return t, nil
}

// failureAt returns the failure the target's line states, or else the one
// the line and the two after it state: the line the target came from says
// what happened to it, and lines after it may be other attempts (rsync's
// and apt's IPv4 attempt timed out, then the IPv6 one found the network
// unreachable); a line stating none takes the cause on the line above it
// when that line names no host (see causeAbove). A command line the user
// ran states no failure of its own
// ("timeout 1 bash -c '… /dev/tcp/x/80'" runs timeout(1)). IPv6 attempts
// that found no route give way to the IPv4 attempts' kind on the line and
// the one under it (see dualStackKind), the address then the first IPv4
// address that failed so; "" otherwise.
func (s *scan) failureAt(c cand) (Failure, string) {
	if f := s.replResolveFailure(c.line); f != FailureNone {
		return f, ""
	}
	if f := s.inProgressThen(c); f != FailureNone {
		return f, ""
	}
	if c.line >= 2 && strings.HasPrefix(strings.TrimLeft(s.window(c.line, 1), " \t"), ", errno = ") {
		// Dart's OSError on Windows, whose message ends in a line break:
		// "SocketException: msg\n (OS Error: msg\n, errno = 121), address
		// = x, port = p". The message two lines up says what happened to
		// the address, not a later attempt's.
		if f := classifyWrapped(s.window(c.line-2, 3)); f != FailureNone {
			return f, ""
		}
	}
	if f, ip := dualStackKind(s.window(c.line, 2)); f != FailureNone {
		return f, ip // the IPv6 addresses found no route; the IPv4 one is what failed
	}
	if !c.cmd && !shellPrompted(s.window(c.line, 1)) {
		if f := classifyWrapped(s.window(c.line, 1)); f != FailureNone {
			return f, ""
		}
		if f := s.causeAbove(c); f != FailureNone {
			return f, ""
		}
	}
	return classifyWrapped(tracebackCodeless(s.linesWithout(c.line, c.line+3, s.routineLines(c.line, c.host)))), ""
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
	var r frameReader
	for len(text) > 0 {
		line, rest, found := strings.Cut(text, "\n")
		text = rest
		code := r.code(line)
		if !code {
			b.WriteString(line)
		}
		if found {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// frameReader tells, line by line, the source lines of a Python
// traceback's frames (see tracebackCodeless).
type frameReader struct {
	framed bool // the line before was a frame line
	frame  int  // its indent
}

// code reports whether line, the one after those read before it, is a
// frame's source code: indented under the frame line just before it.
func (r *frameReader) code(line string) bool {
	// The code is indented under its frame; a frozen program's frames
	// have none, the exception's line following the last.
	isFrame := strings.HasPrefix(strings.TrimLeft(line, " \t"), "File \"") && tracebackFrame.MatchString(line)
	code := r.framed && indent(line) > r.frame && !isFrame
	r.framed = isFrame
	if isFrame {
		r.frame = indent(line)
	}
	return code
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
	// A reading the same as one before says nothing new.
	u := unwrapped(text)
	if u != text {
		if f := classifyFailure(u); f != FailureNone {
			return f
		}
	}
	if j := spacedBreaks(text); j != text && j != u {
		return classifyFailure(j)
	}
	return FailureNone
}

// spacedBreaks returns text with each line break between two words read as
// the space it stands for: a message a console or a poster wrapped at a
// word ("não respondeu\ncorretamente", Windows' pt-BR WSAETIMEDOUT text in
// .NET's HttpRequestException), whose localised phrases would otherwise be
// cut; English texts say enough in each line's words. A break with a
// letter on both sides (any script's, blanks and '\r' around it ignored)
// becomes one space.
func spacedBreaks(text string) string {
	var b strings.Builder
	from := 0
	for i := strings.IndexByte(text, '\n'); i >= 0; {
		j := i + 1
		for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
			j++
		}
		k := i
		for k > from && (text[k-1] == ' ' || text[k-1] == '\t' || text[k-1] == '\r') {
			k--
		}
		before, _ := utf8.DecodeLastRuneInString(text[from:k])
		after, _ := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(before) && unicode.IsLetter(after) {
			if b.Len() == 0 {
				b.Grow(len(text))
			}
			b.WriteString(text[from:k])
			b.WriteByte(' ')
			from = j
		}
		n := strings.IndexByte(text[j:], '\n')
		if n < 0 {
			break
		}
		i = j + n
	}
	if from == 0 {
		return text
	}
	b.WriteString(text[from:])
	return b.String()
}

// candSample is how much of the text is read before room is made for the
// mentions the rest of it will hold at the same rate (see newScan).
const candSample = 1 << 10

// maxScan bounds how much of a paste is read for the target: a longer paste
// is read at its head and its tail (where the failing line usually is), so a
// log file pasted whole cannot stall the wizard.
const maxScan = 128 << 10

// markdownBrackets reads Markdown's escaped brackets, "\[" and "\]", as
// the brackets they stand for, leaving "\\" as it is.
var markdownBrackets = strings.NewReplacer(`\\`, `\\`, `\[`, `[`, `\]`, `]`)

// readable returns text as newScan reads it, before it is split into
// lines: text pasted after a UTF-8 → Latin-1 mix-up ("Connexion refusÃ©")
// as it was written ("Connexion refusé"), its typographic quotes as the
// ASCII ones they stand for (asciiQuotes), Arduino's HTTPClient's
// generic "connection refused" under a failed TLS handshake as what it
// is (arduinoTLSCause), a URL wrapped right after its scheme made whole
// (schemeBreaks), its wrapped lines joined (joinWrapped); each keeps the
// length and the line breaks.
func readable(text string) string {
	return joinWrapped(schemeBreaks(paddedPorts(arduinoTLSCause(asciiQuotes(repairMojibake(text))))))
}

// newScan splits the text into lines, reading at most maxScan bytes of it,
// and collects every candidate target.
func newScan(input string) *scan {
	raw := input
	// The lines the program printed, without what quoting or logging them
	// added.
	input = plainLines(input)
	if strings.Contains(input, "：") {
		// A fullwidth colon in CJK text ("127.0.0.1：14568") separates a
		// host from its port like an ASCII one.
		input = strings.ReplaceAll(input, "：", ":")
	}
	if strings.Contains(input, `\[`) || strings.Contains(input, `\]`) {
		// A paste kept with Markdown's escapes ("Unable to connect to
		// \[zabbix-server]:10051") says a bracket where it shows "\[";
		// a doubled backslash stays one escaped backslash.
		input = markdownBrackets.Replace(input)
	}
	if strings.Contains(input, "<br") || strings.Contains(input, "<BR") {
		// A log copied from an HTML page with its line-break tags
		// (Jenkins' "… to remote host x:22<br/>"): the tag ending a line
		// is no part of its last word.
		input = lineEndBreak.ReplaceAllString(input, "$1")
	}
	// An error page's HTML ("host &quot;db&quot;") says what its
	// characters say; Markdown's emphasis marks are the page's, not the
	// message's.
	input = unemphasiseLines(unemphasiseHosts(decodeHTMLRefs(unescapeUTF8Bytes(unescapeLogfmt(unescapeRepr(input))))))
	s := &scan{text: input, raw: raw}
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
		head = readable(head)
		s.text = head + readable(tail)
		tailFrom = len(head)
	} else {
		s.text = readable(input)
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
	s.services = dockerServices(s.text)
	sampled := false
	for i := range s.lines {
		if read := s.lines[i].start; !sampled && read >= candSample {
			// Room for as many mentions again in the rest of the text
			// as its first lines held for their length: a long paste of
			// short lines naming a host each ("mysql://db:3307/x")
			// grows the list once, not a dozen times.
			sampled = true
			s.cands = slices.Grow(s.cands, len(s.cands)*(len(s.text)-read)/read)
		}
		s.collect(i)
	}
	// "b0:90" read out of a MAC address ("MAC Address 04:a3:16:45:b0:90")
	// names no host.
	s.cands = slices.DeleteFunc(s.cands, func(c cand) bool { return insideMAC(s.text, c.pos, c.end) })
	s.dropRegistry()
	s.markConnectedPeers()
	s.aria2Redirected()
	s.redirectedAway()
	s.recoveredFailures()
	s.stepFailedBelow()
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
	hits := memo(&s.hits, line, 0, func() []hit { return s.extractorHits(line, low) })
	for _, h := range hits {
		e := &extractors[h.k]
		src, ms := line, h.ms
		if e.span || e.tallNeed != "" {
			tall := 2
			if e.tall > 0 {
				tall = e.tall
			}
			below := s.text[ln.start:s.lines[min(i+tall, len(s.lines)-1)].end]
			if e.tallNeed != "" && !strings.Contains(below, e.tallNeed) {
				continue
			}
			if e.span {
				// Rust's Url dump and Node's error object wrap onto the
				// next lines.
				src = below
				ms = e.re.FindAllStringSubmatchIndex(src, 8)
			}
		}
		for _, m := range ms {
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
	if len(s.cands) > n && strings.Contains(line, "/20") {
		s.dropClients(n)
	}
	if len(s.cands) > n {
		s.dropNginxOwn(n, ln.start, line)
	}
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
	if len(s.cands) > n && s.adviceCommand(i, low) {
		// "Please upgrade manually:" above "curl -fsSL
		// https://bun.com/install | bash": a command to run later.
		s.cands = s.cands[:n]
	}
	if len(s.cands) > n && s.rDownloaded(i, low) {
		// R's "trying URL 'x'" then "downloaded 569 KB": a download
		// that worked.
		s.cands = s.cands[:n]
	}
	if len(s.cands) > n {
		s.dropOwn(n, low, s.lines[i].start)
	}
	if len(s.cands) > n && !stepSucceeded(low) {
		for _, c := range s.cands[n:] {
			ln.err = ln.err || c.strength >= phrase
		}
	}
	if len(s.cands) > n && !ln.err {
		ln.err = s.failsAt(i, low) || s.psErrorEcho(i, line)
	}
	if ln.err && httpAnswered(low) && s.classifyLine(low) == FailureNone {
		// "Error fetching https://x/.well-known/matrix/server: Non-200
		// response 404": the server answered; a line that says a
		// connect failed is what failed (see httpAnswered).
		ln.err = false
	}
	if ln.err && curlFellBack(line, s.text[ln.end:]) {
		ln.err = false
	}
	if !ln.err {
		s.argsHostPort(i, line)
	}
}

// hit is an extractor that may read a line: extractors[k], and its
// matches in the line (found anew for an extractor whose message spans
// lines).
type hit struct {
	k  int
	ms [][]int
}

// extractorHits returns, in the extractors' order, those whose needle the
// lower-case line holds and their matches in it. They depend on the line's
// text alone, so a line a paste repeats is read once (see scan.hits).
func (s *scan) extractorHits(line, low string) []hit {
	// Several extractors share a needle: look for each one once a line.
	if s.needles == nil {
		s.needles = make([]int8, len(needles))
	}
	clear(s.needles)
	s.pairs = lineBigrams(low)
	var hits []hit
	for k := range extractors {
		e := &extractors[k]
		if e.need != nil {
			if !e.need(low) {
				continue
			}
		} else if !s.hasNeedle(low, extractorNeedle[k]) {
			continue
		}
		if !mayStart(low, extractorStarts[k]) {
			continue
		}
		if e.span {
			hits = append(hits, hit{k: k})
			continue
		}
		if ms := e.re.FindAllStringSubmatchIndex(line, 8); ms != nil {
			hits = append(hits, hit{k, ms})
		}
	}
	return hits
}

// unwrapped joins a word a terminal wrapped onto the next line ("Connec\n
// tion refused", and Composer's padded box: "timed o  \n  ut.") or padded
// with spaces where the console's line ended ("temporarily un
// available"): it drops each run of spaces, tabs and line breaks between
// two small letters that holds one line break or, with none, at least ten
// blanks, unless a run before it took its first letter. It is
// ReplaceAllString of `([a-z])(?:[ \t]*\n[ \t]*|[ \t]{10,})([a-z])` with
// "$1$2" (TestUnwrapped), without running an expression at every letter
// of a long paste.
func unwrapped(text string) string {
	var b strings.Builder
	from, taken := 0, -1 // text[from:] is not written yet; taken is the last letter a match took
	for i := 1; i < len(text); {
		if !isBlank(text[i]) || !isSmall(text[i-1]) || i-1 == taken {
			i++
			continue
		}
		j, breaks := i, 0
		for ; j < len(text) && isBlank(text[j]); j++ {
			if text[j] == '\n' {
				breaks++
			}
		}
		if j < len(text) && isSmall(text[j]) && (breaks == 1 || breaks == 0 && j-i >= 10) {
			b.WriteString(text[from:i])
			from, taken = j, j
		}
		i = j
	}
	if from == 0 {
		return text
	}
	b.WriteString(text[from:])
	return b.String()
}

func isBlank(c byte) bool { return c == ' ' || c == '\t' || c == '\n' }

func isSmall(c byte) bool { return 'a' <= c && c <= 'z' }

// lineAt returns the index of the line that holds the text's offset at.
func (s *scan) lineAt(at int) int {
	return sort.Search(len(s.lines), func(i int) bool { return s.lines[i].end >= at })
}

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
	{"SMTP ERROR", "PHPMailer"}, {"SMTP Error: Could not connect to SMTP host", "PHPMailer"}, {"Connection: opening to", "PHPMailer"},
	{"curl: (", "curl"}, {"curl_cffi", "curl"}, {"ssh: ", "ssh"},
	{"Unable to connect to the server:", "kubectl"}, {"Error response from daemon", "Docker"},
	{"npm ERR!", "npm"}, {"pip._vendor", "pip"}, {"pymongo", "pymongo"}, {"ServerSelectionTimeoutError", "pymongo"},
	{"upstream connect error", "envoy"}, {"transport: Error while dialing", "gRPC"}, {"rpc error:", "gRPC"},
	{"org.apache.kafka", "Kafka"}, {"Broker may not be available", "Kafka"}, {"io.netty", "Netty"},
	{"okhttp", "OkHttp"}, {"OkHttp", "OkHttp"}, {"sudo: unable to resolve host", "sudo"}, {"libcore.io", "Android"}, {"E/flutter", "Dart"}, {"flutter: ", "Dart"}, {"OS Error:", "Dart"}, {"flutter/lib/", "Dart"}, {"dart:io", "Dart"},
	{"Could not connect to Redis", "redis-cli"}, {"haproxy", "HAProxy"}, {"Layer4", "HAProxy"},
	{"Temporary failure resolving", "apt"}, {"wget: ", "wget"}, {"wget returned", "wget"}, {"$ wget ", "wget"}, {"wget2 ", "wget"}, {"telnet: ", "telnet"}, {"/dev/tcp/", "bash"},
	{"reqwest", "Rust"}, {"hyper::", "Rust"}, {"os error", "Rust"}, {"Errno::", "Ruby"}, {"Faraday", "Ruby"},
	{"connect(2)", "Ruby"}, {"PSQLException", "Java"}, {"psql:", "psql"}, {"$ psql ", "psql"}, {"# psql ", "psql"}, {"ERROR 2003", "MySQL"},
	{"MySQL server", "MySQL"}, {"urllib3", "Python"}, {"requests.exceptions", "Python"}, {"ConnectionPool(", "Python"},
	{"Traceback (most recent call last)", "Python"}, {"[Errno", "Python"}, {"WinError", "Python"},
	{"System.Net", ".NET"}, {"java.net.SocketException", "Java"},
	{"connection attempt failed: SocketException", "mongo shell"}, {"SocketException", ".NET"}, {"java.", "Java"}, {"Exception in thread", "Java"},
	// FileZilla's words for a socket's code, however the paste spaced
	// them after "Error:" (before nodeCode, which reads "Error: ECONNREFUSED").
	{"ECONNREFUSED - Connection refused by server", "FileZilla"}, {"ETIMEDOUT - Connection attempt timed out", "FileZilla"},
	{"getaddrinfo E", "Node.js"},
}

// lastMarkers are tried after Node.js's error codes (see nodeCode).
var lastMarkers = []struct{ marker, program string }{
	{"dial tcp", "Go"}, {"i/o timeout", "Go"},
}

func detectProgram(text string) string {
	return cmp.Or(firstMarker(text, programMarkers), nodeCode(text), firstMarker(text, lastMarkers))
}

// nodeCodeRe finds Node.js's error codes the way Node words them: after
// the system call ("connect ECONNREFUSED 10.0.0.5:80", "read ETIMEDOUT",
// node_redis's "failed - conenct ECONNREFUSED" as pasted),
// as an error's code or errno ("code: 'ETIMEDOUT'", "\"code\":\"ECONNREFUSED\"",
// "code=ETIMEDOUT"), as an Error's message ("Error: ECONNREFUSED") or
// after a URL a package manager fetched ("….tgz: ETIMEDOUT", "error
// (ETIMEDOUT)"). The same codes in other programs' words are not Node's:
// Winsock's WSAETIMEDOUT, libuv's in Julia's or Ruby's "connection refused
// (ECONNREFUSED)", FileZilla's "ECONNREFUSED - Connection refused by
// server", Android's "isConnected failed: ECONNREFUSED".
var nodeCodeRe = regexp.MustCompile(`(?:\b(?:[a-z]+ |(?:code|errno)[:=] ?'?|Error: |error \()|/[^\s/:]+: |"(?:code|errno)":")E(?:TIMEDOUT|CONNREFUSED)\b`)

// nodeCode names Node.js when the text holds its error code in Node's
// words.
func nodeCode(text string) string {
	if strings.Contains(text, "ETIMEDOUT") || strings.Contains(text, "ECONNREFUSED") {
		if nodeCodeRe.MatchString(text) {
			return "Node.js"
		}
	}
	return ""
}

// runtimeMarkers name the runtime whose functions wrote the words when
// neither a program's marker nor the mention names a program: PHP's stream
// functions ("stream_socket_client(): unable to connect to ssl://x:465"),
// whichever library called them (Symfony Mailer, SwiftMailer, OpenCart).
var runtimeMarkers = []struct{ marker, program string }{
	{"stream_socket_client(", "PHP"}, {"fsockopen(", "PHP"},
}

func firstMarker(text string, markers []struct{ marker, program string }) string {
	for _, m := range markers {
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
