package target

import (
	"cmp"
	"net"
	"regexp"
	"slices"
	"strings"
)

// The general mentions: what a careful reader takes for the target when no
// rule for the program's wording applies. Two kinds are read on every line:
//
//   - a host followed by its port, however the words between are spelt:
//     "host 10.0.0.5 port 22", "x port 22", "host: x, port: 587",
//     "host=u'x', port=9200", "address = x, port = 443", "x (port 80)";
//   - a bare name, IPv4 or IPv6 address (no port, no URL) on a line that
//     reports a failure, where the words make it the destination (after
//     "to", "reach", "resolve", "lookup", "host", "dial" …) or where the
//     failure words follow it ("x refused to connect", "[x] Resolving
//     timed out", "x | 522: Connection timed out", "x (10.0.0.5) … ERROR"),
//     or at the start of a line continuing a failing line that ended in
//     such a word ("… returned from\n│ x"), or an IPv4 address after
//     "connect to" and a noun ("Failed to connect to router 10.0.0.1",
//     Russian "Не удалось подключиться к маршрутизатору 10.0.0.1").
//
// Neither invents a target: names must look like host names (a dot and a
// top-level domain; or localhost; or an IP), and the rules for words that
// are not hosts, redactions, file names and placeholders apply as
// everywhere.

// generic adds the general mentions found on line i (line is its text, low
// the same lower-cased).
func (s *scan) generic(i int, line, low string) {
	if strings.Contains(low, "port") {
		s.hostThenPort(i, line, low)
		s.settingsPair(i, line, low)
	}
	if strings.Contains(line, "`:`") || strings.Contains(line, "':'") || strings.Contains(line, `":"`) {
		s.quotedHostPort(i, line)
	}
	if strings.Contains(line, `":`) {
		for k := strings.Index(line, `":`); k >= 0; {
			if k >= 1 && k+2 < len(line) && isDigit(line[k+2]) {
				s.erlangHostPort(i, line, k+1)
			}
			n := strings.Index(line[k+2:], `":`)
			if n < 0 {
				break
			}
			k += 2 + n
		}
	}
	s.bareHosts(i, line, low)
}

// quotedHostPort adds host and port quoted each on its own
// ("`db.example.com`:`5432`", Prisma's "Can't reach database server at
// …").
func (s *scan) quotedHostPort(i int, line string) {
	base := s.lines[i].start
	for from := 0; ; {
		k := strings.Index(line[from:], ":")
		if k < 0 {
			return
		}
		k += from
		from = k + 1
		if k < 2 || k+2 >= len(line) || line[k-1] != line[k+1] || strings.IndexByte("`'\"", line[k-1]) < 0 || !isDigit(line[k+2]) {
			continue
		}
		q := line[k-1]
		j := k + 2
		for j < len(line) && isDigit(line[j]) {
			j++
		}
		open := strings.LastIndexByte(line[:k-1], q)
		if j >= len(line) || line[j] != q || open < 0 || jsonMember(line, open, q) {
			continue
		}
		c := cand{strength: plain, line: i, pos: base + open, end: base + j + 1}
		if host := line[open+1 : k-1]; c.setHost(host, line[k+2:j]) && !isSourceFile(host) {
			c.role = roleOf(s.text, base, base+open, base+j+1)
			s.cands = append(s.cands, c)
		}
	}
}

// jsonMember reports whether the quoted word opening at line[open] is a
// JSON object's key, its value quoted after the colon ("osArch":"386" in
// Lantern's log record, after '{' or ','): a key and its value, not a host
// and a port.
func jsonMember(line string, open int, q byte) bool {
	before := strings.TrimRight(line[:open], " \t")
	return q == '"' && before != "" && strings.IndexByte("{,", before[len(before)-1]) >= 0
}

// erlangHostPort adds a quoted host followed by ":port", the colon at k,
// as Erlang's and Elixir's format strings print a host string and a port
// ("connecting to realm … at \"localhost\":5555", "Connecting to
// \"127.0.0.1\":8087"). The host must look like one (an IP, localhost, a
// dotted name with a top-level domain): a JSON key, "retries":3, is none.
func (s *scan) erlangHostPort(i int, line string, k int) {
	open := strings.LastIndexByte(line[:k-1], '"')
	if open < 0 {
		return
	}
	j := k + 1
	for j < len(line) && isDigit(line[j]) {
		j++
	}
	if !portEnds(line, j) {
		return
	}
	host := line[open+1 : k-1]
	base := s.lines[i].start
	c := cand{strength: plain, line: i, pos: base + open, end: base + j}
	if hostLike(host) && c.setHost(host, line[k+1:j]) {
		c.role = roleOf(s.text, base, base+open, base+j)
		s.cands = append(s.cands, c)
	}
}

// hostThenPort adds every host named just before "port N".
func (s *scan) hostThenPort(i int, line, low string) {
	base := s.lines[i].start
	for from := 0; ; {
		k := strings.Index(low[from:], "port")
		if k < 0 {
			return
		}
		k += from
		from = k + 4
		if k > 0 && isLetter(low[k-1]) || k+4 < len(low) && isLetter(low[k+4]) {
			continue // "report", "transport", "ports"
		}
		pStart, pEnd, ok := portAfter(low, k+4)
		if !ok {
			continue
		}
		s.portThenHost(i, line, low, k, pStart, pEnd)
		hEnd := skipBack(low, k)
		hStart, hEnd, keyed := hostBefore(line, low, hEnd)
		if hStart < 0 {
			continue
		}
		host := strings.Trim(line[hStart:hEnd], "[]")
		if !keyed && !hostLike(host) || localPortAfter(low[:hStart]) || keyed && portQualifiers[strings.ToLower(host)] {
			continue
		}
		// A host key names a host whatever it ends in (host='wp.pl', port=80).
		c := cand{strength: structured, line: i, pos: base + hStart, end: base + pEnd, hostKey: keyed}
		if c.setHost(host, line[pStart:pEnd]) && (keyed || !isSourceFile(host)) {
			c.role = roleOf(s.text, base, base+hStart, base+hEnd)
			s.cands = append(s.cands, c)
		}
	}
}

// portThenHost adds the host named right after "port N" ("Unable to
// connect to port 22 on 10.0.0.5", paramiko's words; "port 8080 at
// localhost"): "port" is at k, its number at line[pStart:pEnd].
func (s *scan) portThenHost(i int, line, low string, k, pStart, pEnd int) {
	rest := low[pEnd:]
	skip := 0
	for _, w := range []string{" on host ", " at host ", " on ", " at ", " of "} {
		if strings.HasPrefix(rest, w) {
			skip = len(w)
			break
		}
	}
	if skip == 0 {
		return
	}
	hStart := pEnd + skip
	hEnd := hStart
	for hEnd < len(line) && (isHostByte(line[hEnd]) || line[hEnd] == ':' || line[hEnd] == '[' || line[hEnd] == ']') {
		hEnd++
	}
	for hEnd > hStart && strings.IndexByte(".:-", line[hEnd-1]) >= 0 {
		hEnd--
	}
	host := strings.Trim(line[hStart:hEnd], "[]")
	if !hostLike(host) {
		return
	}
	base := s.lines[i].start
	c := cand{strength: structured, line: i, pos: base + k, end: base + hEnd}
	if c.setHost(host, line[pStart:pEnd]) {
		c.role = roleOf(s.text, base, base+k, base+pEnd)
		s.cands = append(s.cands, c)
	}
}

// settingKey finds a host given as a setting ("host=x", "host.0=x",
// "hostname: x"); settingPort a port setting after it in the same group.
var (
	settingKey  = regexp.MustCompile(`(?i)(?:^|[\s{(,;])(?:host|hostname|hosts|server|address)(?:\.\d+)?\s*[=:]\s*['"]?(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9_][A-Za-z0-9_.\-]*)`)
	settingPort = regexp.MustCompile(`(?i)(?:^|[\s{(,;])port\s*[=:]\s*['"]?([0-9]{1,5})\b`)
)

// settingsPair adds a host and a port given as settings of one group
// though not side by side: a dump of a client's settings
// ("{…, host.0=10.0.0.5, name=importer, port=9200, …}").
func (s *scan) settingsPair(i int, line, low string) {
	if !strings.ContainsAny(line, "=:") || !settingKeyed(low) {
		return // every match of settingKey holds one, after a key
	}
	base := s.lines[i].start
	for _, m := range settingKey.FindAllStringSubmatchIndex(line, 4) {
		rest := line[m[1]:]
		if k := strings.IndexAny(rest, "})\n"); k >= 0 {
			rest = rest[:k]
		}
		rest = rest[:min(len(rest), 300)]
		p := settingPort.FindStringSubmatchIndex(rest)
		if p == nil {
			continue
		}
		host := strings.Trim(line[m[2]:m[3]], "[]")
		if localPortAfter(low[:m[2]]) {
			continue
		}
		c := cand{strength: structured, line: i, pos: base + m[2], end: base + m[1] + p[3]}
		if (hostLike(host) || net.ParseIP(host) != nil) && c.setHost(host, rest[p[2]:p[3]]) {
			c.role = roleOf(s.text, base, base+m[2], base+m[3])
			s.cands = append(s.cands, c)
		}
	}
}

// localPortAfter reports whether the text before a host ends Dart's OS
// error ("errno = 111, address = "): the port after the host is the
// socket's local end there (dart-lang/sdk#12693), not the one dialled.
func localPortAfter(before string) bool {
	b := strings.TrimSuffix(before, "address = ")
	if len(b) == len(before) {
		return false
	}
	b = strings.TrimRight(b, ", )")
	i := strings.LastIndex(b, "errno = ")
	return i >= 0 && strings.Trim(b[i+len("errno = "):], "0123456789") == ""
}

// portAfter reads the port number after the word "port" ending at i:
// "port 22", "port: 587", "port=9200", "port = '80'", "port => 25".
func portAfter(low string, i int) (int, int, bool) {
	j := i
	for j < len(low) && strings.IndexByte(" \t'\"`:=>", low[j]) >= 0 && j-i < 6 {
		j++
	}
	start := j
	for j < len(low) && isDigit(low[j]) {
		j++
	}
	if j == start || j-start > 5 || j < len(low) && (isWordByte(low[j]) || maskedAfter(low[j]) || low[j] == '.' && j+1 < len(low) && isDigit(low[j+1])) {
		return 0, 0, false
	}
	return start, j, true
}

// skipBack returns where the host ends before "port" at k: after the
// separators and joining words between them ("x, port", "x (port",
// "x and port", "x on port"), and the colon of a Ruby symbol key
// ("{:host=>\"x\", :port=>9200}").
func skipBack(low string, k int) int {
	j := k
	if j > 1 && low[j-1] == ':' && strings.IndexByte(" \t,{(", low[j-2]) >= 0 {
		j--
	}
	for {
		for j > 0 && strings.IndexByte(" \t,;()'\"`", low[j-1]) >= 0 {
			j--
		}
		moved := false
		for _, w := range []string{"and", "on", "at", "with"} {
			if strings.HasSuffix(low[:j], w) && j > len(w) && low[j-len(w)-1] == ' ' {
				j -= len(w)
				moved = true
			}
		}
		if !moved {
			return j
		}
	}
}

// hostBefore finds the host word ending at end, and whether a key names it
// as the host ("host: x", "host='x'", "address = x", "server x").
func hostBefore(line, low string, end int) (int, int, bool) {
	for end > 0 && strings.IndexByte("'\"`", low[end-1]) >= 0 {
		end--
	}
	start := end
	if end > 0 && low[end-1] == ']' {
		start = strings.LastIndexByte(low[:end], '[')
		if start < 0 || net.ParseIP(low[start+1:end-1]) == nil {
			return -1, 0, false
		}
	} else {
		for start > 0 && isHostByte(low[start-1]) {
			start--
		}
		for start < end && (low[start] == '.' || low[start] == '-') {
			start++
		}
		for end > start && low[end-1] == '.' {
			end--
		}
	}
	if start > 3 && start < end && low[start-3:start] == "://" {
		// A host key's value written as a URL's start, PHP's stream
		// scheme before the name: Dolibarr's "Failed to connect with
		// fsockopen host=ssl://smtp.office365.com port=587".
		k := start - 3
		for k > 0 && isLetter(low[k-1]) {
			k--
		}
		if k < start-3 && hostKeyEnds(low[:k]) {
			return start, end, true
		}
	}
	if start == end || start > 0 && (low[start-1] == '/' || low[start-1] == '\\' || low[start-1] == ':' && start > 1 && low[start-2] == ':') {
		return -1, 0, false
	}
	return start, end, hostKeyEnds(low[:start])
}

// portQualifiers are words that say which of a server's ports follows,
// never its name: Nacos' "{serverIp = 'localhost', server main port =
// 8848}".
var portQualifiers = map[string]bool{"main": true, "primary": true, "secondary": true, "backup": true, "default": true,
	"remote": true, "local": true, "listen": true, "listening": true}

// hostKeyEnds reports whether the lower-case text before a value ends
// with a key naming a host ("host=", "hostname: '", "server = u'").
func hostKeyEnds(b string) bool {
	b = strings.TrimRight(b, " \t'\"`")
	if strings.HasSuffix(b, "=u") || strings.HasSuffix(b, "=b") {
		b = b[:len(b)-1] // Python 2's host=u'x'
	}
	b = strings.TrimRight(b, " \t:=>")
	for _, w := range []string{"host", "hostname", "address", "addr", "server"} {
		if strings.HasSuffix(b, w) && wordEnds(b, len(b)-len(w)) {
			return true
		}
	}
	return false
}

// hostLike reports whether a word with no key naming it a host is one: an
// IP, localhost, or a name with a dot and a top-level domain.
func hostLike(h string) bool {
	if strings.EqualFold(h, "localhost") {
		return true
	}
	i := strings.LastIndexByte(h, '.')
	if i < 0 || i == len(h)-1 || isDigit(h[len(h)-1]) || strings.IndexByte(h, ':') >= 0 {
		return (i >= 0 || strings.IndexByte(h, ':') >= 0) && net.ParseIP(h) != nil
	}
	if i == 0 {
		return false
	}
	tld := h[i+1:]
	if tld != strings.ToLower(tld) && tld != strings.ToUpper(tld) {
		return false // "System.Net": a name in code, not a domain
	}
	return tlds[strings.ToLower(tld)] && !isSourceFile(h)
}

// bareHosts adds the names and addresses on line i that stand without a
// port or a URL where the words make them what failed (see the top of this
// file).
func (s *scan) bareHosts(i int, line, low string) {
	base := s.lines[i].start
	taken := s.spansOn(i)
	dnsLine := -1 // whether the line says a name did not resolve, read once (see quotedOnDNSLine)
	for k := 0; k < len(line); {
		b := line[k]
		if !isHostByte(b) && b != '[' && b != ':' {
			k++
			continue
		}
		start, end, next := bareWord(line, k)
		k = next
		if start < 0 {
			continue
		}
		if bindAddr(line, end) {
			continue // a DNS server dig or nslookup names (see extractors)
		}
		host := unglued(strings.Trim(line[start:end], "[]"))
		if !hostLike(host) && !quotedName(low, start, end, host) && !s.resolvedWord(i, low, start, end, host) || taken.covers(base+start) {
			continue
		}
		at := i
		step, resolves := stepBefore(low[:start])
		if !step {
			step = keyedStep(low[:start])
		}
		switch {
		case s.destSlot(line, low, start, end, base) || failureFollows(low[end:]) || quotedOnDNSLine(low, start, end, &dnsLine) || ellipsisAfter(low[end:]):
		case s.wrappedDest(i, line[:start]):
			at = i - 1
		case s.failsNextLine(i, line, start, end):
			at = i + 1
		case step:
		default:
			continue
		}
		if at == i && !step && !s.failsAt(i, low) || !usableHost(host) {
			continue
		}
		c := cand{strength: weak, line: at, pos: base + start, end: base + end, role: roleDest, resolves: resolves, steps: step && !resolves}
		if at == i {
			c.role = roleOf(s.text, base, base+start, base+end)
		}
		// The other end of a connection ("Reply from 10.0.0.1:
		// Destination host unreachable") is no bare mention.
		if c.role != roleSource && c.setHost(host, "") {
			s.cands = append(s.cands, c)
		}
	}
}

// bareWord returns the host-like word starting at k (a name or IPv4
// address, a bracketed or bare IPv6 address) and where to look next; start
// is -1 when the word cannot be a bare host: part of a path, of
// host:port, of user@host's user, a function call, a file name.
func bareWord(line string, k int) (start, end, next int) {
	if line[k] == '[' {
		j := strings.IndexByte(line[k:], ']')
		if j < 0 || net.ParseIP(line[k+1:k+j]) == nil || !strings.Contains(line[k+1:k+j], ":") {
			return -1, 0, k + 1
		}
		end = k + j + 1
		if end < len(line) && line[end] == ':' && end+1 < len(line) && isDigit(line[end+1]) {
			return -1, 0, end // [v6]:port is read with host:port
		}
		return k, end, end
	}
	end = k
	v6 := false
	for end < len(line) && (isHostByte(line[end]) || line[end] == ':' && v6ish(line, k, end)) {
		if line[end] == ':' {
			v6 = true
		}
		end++
	}
	next = end
	for end > k && (line[end-1] == '.' || line[end-1] == '-' || line[end-1] == ':') {
		end--
	}
	if end == k {
		return -1, 0, next + 1
	}
	if v6 {
		if net.ParseIP(line[k:end]) == nil || !strings.Contains(line[k:end], "::") && strings.Count(line[k:end], ":") < 7 {
			return -1, 0, next
		}
	}
	if k > 0 && strings.IndexByte("/\\.$%&#~+", line[k-1]) >= 0 {
		return -1, 0, next // a path, a variable, a fragment
	}
	if end < len(line) {
		switch c := line[end]; {
		case c == '(' || c == '@':
			return -1, 0, next // a call, a user name
		case c == ':' && end+1 < len(line) && isDigit(line[end+1]) && !v6:
			return -1, 0, next // host:port is read with host:port
		}
	}
	return k, end, next
}

// v6ish reports whether a ':' at i continues an IPv6 address started at k:
// the word so far is hex digits and colons.
func v6ish(line string, k, i int) bool {
	for _, c := range []byte(line[k:i]) {
		if !(isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || c == ':') {
			return false
		}
	}
	return i+1 < len(line) && (isHexByte(line[i+1]) || line[i+1] == ':')
}

func isHexByte(c byte) bool { return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

// spans are the stretches of a line that candidates already cover, sorted
// and merged, so a word's test is a binary search however many hosts one
// long line holds (a 1 MB line of "failed to connect to 10.0.0.1 …").
type spans [][2]int

// spansOn returns the stretches candidates found so far cover on line i.
// The bare words bareHosts adds after it lie past each other, so the
// stretches of the candidates before it are all it needs.
func (s *scan) spansOn(i int) spans {
	var sp spans
	for k := len(s.cands) - 1; k >= 0 && s.cands[k].line >= i; k-- {
		if c := s.cands[k]; c.line == i && c.pos < c.end {
			sp = append(sp, [2]int{c.pos, c.end})
		}
	}
	slices.SortFunc(sp, func(a, b [2]int) int { return cmp.Compare(a[0], b[0]) })
	merged := sp[:0]
	for _, r := range sp {
		if n := len(merged); n > 0 && r[0] <= merged[n-1][1] {
			merged[n-1][1] = max(merged[n-1][1], r[1])
			continue
		}
		merged = append(merged, r)
	}
	return merged
}

// covers reports whether a stretch holds pos.
func (sp spans) covers(pos int) bool {
	k, _ := slices.BinarySearchFunc(sp, pos, func(r [2]int, p int) int {
		if r[1] <= p {
			return -1
		}
		if r[0] > p {
			return 1
		}
		return 0
	})
	return k < len(sp) && sp[k][0] <= pos && pos < sp[k][1]
}

// quotedName reports whether a word in quotes of its own is a name with a
// top-level domain no list here holds ('catfact.ninja'): quoted, a dotted
// word ending in letters is a name, not code.
func quotedName(low string, start, end int, word string) bool {
	if start == 0 || end >= len(low) || strings.IndexByte("'\"`", low[start-1]) < 0 || low[end] != low[start-1] {
		return false
	}
	i := strings.LastIndexByte(word, '.')
	if i <= 0 || len(word)-i-1 < 2 || len(word)-i-1 > 24 || isSourceFile(word) {
		return false
	}
	for _, c := range []byte(word[i+1:]) {
		if !isLetter(c) {
			return false
		}
	}
	return !camelCase(word[i+1:])
}

// quotedOnDNSLine reports whether a bare word is quoted on a line that
// says a name did not resolve: the quoted name is the one (.NET's "The
// remote name could not be resolved: 'x'" in any UI language). The
// line's failure is read once, into *dnsLine (-1 until read, then 1 or
// 0): a long line quotes many words (a Python dict's keys), and reading
// it again for each would take seconds on a megabyte.
func quotedOnDNSLine(low string, start, end int, dnsLine *int) bool {
	if start == 0 || end >= len(low) || strings.IndexByte("'\"`", low[start-1]) < 0 || low[end] != low[start-1] {
		return false
	}
	if *dnsLine < 0 {
		*dnsLine = 0
		if classifyFailure(low) == FailureNoSuchHost {
			*dnsLine = 1
		}
	}
	return *dnsLine == 1
}

// stepWords start a line where a program says what it is about to reach
// ("Updating crates.io index", "Looking up host \"x\"", "Connecting to
// x...", "Checking x (10.0.0.5)"); the name there is the target when the
// failure that follows names none. lookupSteps say the name is being
// resolved, so an IP dialled right after is its address.
var (
	stepWords = []string{"updating", "connecting to", "connect to", "trying to connect to", "attempting to connect to",
		"attempting connection to", "establishing connection to", "opening connection to", "contacting", "fetching",
		"downloading from", "downloading", "checking", "pulling from", "trying", "looking up host", "looking up",
		"resolving", "resolving host", "resolving host ip for:", "performing request to", "sending request to",
		"initiating resolving of"}
	lookupSteps = []string{"looking up host", "looking up", "resolving", "resolving host", "resolving host ip for:",
		"initiating resolving of"}
)

// stepBefore reports whether the text before a bare word on its line is a
// step a program announces (after a log prefix: a time, a level, the
// program's name), and whether the step is a look-up. The word may be in
// brackets: ZNC's "TDNS: initiating resolving of [colloquy.mobi] and
// bindhost []".
func stepBefore(before string) (step, lookup bool) {
	b := strings.TrimRight(before, " \t\"'`[")
	for _, w := range stepWords {
		if strings.HasSuffix(b, w) && wordEnds(b, len(b)-len(w)) {
			lead := strings.TrimSpace(b[:len(b)-len(w)])
			// The verb starts the message: nothing but a prefix ending in
			// ':', ']', '>', '|', '-' (logback's "ihcbinding[:154]- ")
			// or a logger's "(Name)" comes before it ("Trying to connect
			// to" is read whole, not as "connect to" after "Trying to").
			if lead != "" && !strings.ContainsAny(lead[len(lead)-1:], ":]>|-") && !loggerName(lead) && !clockLead(lead) && !scopeLead(lead) {
				continue
			}
			for _, l := range lookupSteps {
				if w == l {
					return true, true
				}
			}
			return true, false
		}
	}
	return cjkConnectStep(b), false
}

// keyedStep reports whether the text before a bare word is a connect step
// that names its target by a key after the thing it connects to: openHAB's
// IHC binding's "Connecting to IHC / ELKO LS controller [IP='10.0.0.50'
// Username='admin' …]". The key (ip, host, address) comes right before the
// word, "Connecting to" starts the message, and no other key comes first.
func keyedStep(before string) bool {
	b := strings.TrimRight(before, "'\"")
	var rest string
	for _, key := range []string{"ip=", "host=", "address=", "ip: ", "host: ", "address: "} {
		if strings.HasSuffix(b, key) && wordEnds(b, len(b)-len(key)) {
			rest = b[:len(b)-len(key)]
			break
		}
	}
	if rest == "" {
		return false
	}
	k := strings.LastIndex(rest, "connecting to ")
	if k < 0 || strings.ContainsAny(rest[k:], "=") {
		return false
	}
	step, _ := stepBefore(rest[:k+len("connecting to")])
	return step
}

// clockLead reports whether a step's lead ends in a log line's time of
// day, "21:16:02" or "10:36:46.123" (Minecraft Console Client's "21:16:02
// Performing request to authserver.mojang.com"): a prefix, as ']' ends
// one.
func clockLead(lead string) bool {
	word := lead[strings.LastIndexAny(lead, " \t")+1:]
	return clockTime.MatchString(word)
}

// clockTime is a time of day as logs print it.
var clockTime = regexp.MustCompile(`^[0-2]?[0-9]:[0-5][0-9]:[0-5][0-9](?:[.,][0-9]{1,9})?$`)

// cjkConnect is Chinese for "connect"; a step says it before the host, or
// after "正在" ("-ing"), with "到" ("to") or the server it names:
// BililiveRecorder's "[11:25:13 INF] [4033043] 连接直播服务器 x 录制画质
// 10000" ("connecting to live server x, recording quality 10000").
const cjkConnect = "连接"

// cjkConnectStep reports whether b, the text before a bare word, ends in a
// Chinese step of connecting to it (see cjkConnect), after a log prefix
// or nothing. Only its last bytes are searched.
func cjkConnectStep(b string) bool {
	from := max(0, len(b)-40)
	k := strings.LastIndex(b[from:], cjkConnect)
	if k < 0 {
		return false
	}
	k += from
	rest := b[k+len(cjkConnect):]
	if rest != "" && rest != "到" && rest != "至" {
		// The server it names: CJK words alone, ending in "服务器".
		if !strings.HasSuffix(rest, "服务器") {
			return false
		}
		for i := 0; i < len(rest); i++ {
			if rest[i] < 0x80 {
				return false
			}
		}
	}
	lead := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(b[:k]), "正在"))
	return lead == "" || strings.ContainsAny(lead[len(lead)-1:], ":]>|-") || loggerName(lead)
}

// scopeLead reports whether a step's lead ends in a module's scoped name
// and a comma after a log's colon: ZNC's debug log "TDNS:
// MOD::C::colloquy::m3iphone::m3irc, connecting to [2604:…::61] using
// bindhost []". A sentence's clause ("I tried twice, connecting to x")
// has no scoped name.
func scopeLead(lead string) bool {
	if !strings.HasSuffix(lead, ",") {
		return false
	}
	word := lead[strings.LastIndexAny(lead, " \t")+1 : len(lead)-1]
	return strings.Contains(word, "::") && strings.HasSuffix(strings.TrimRight(lead[:len(lead)-len(word)-1], " \t"), ":")
}

// loggerName reports whether a log line's prefix ends in a logger's name
// in parentheses, one word after the bracketed level: snapclient's
// "[Info] (Connection) Resolving host IP for: x". Words of a sentence in
// parentheses ("I checked (twice) resolving …") are none.
func loggerName(lead string) bool {
	if !strings.HasSuffix(lead, ")") {
		return false
	}
	// The name is one word: look for its '(' after the last blank only, so
	// a long line is not searched back to its start for every word.
	word := strings.LastIndexAny(lead, " \t") + 1
	open := strings.LastIndexByte(lead[word:], '(')
	if open < 0 {
		return false
	}
	open += word
	if open+2 >= len(lead) {
		return false
	}
	return strings.HasSuffix(strings.TrimRight(lead[:open], " \t"), "]")
}

// hostKeys before a bare word name it as the host. A mail exchanger ("{
// exchange: 'mx.example.com', priority: 10 }", what a resolver returns for
// an MX record) is the host a mailer connects to.
var hostKeys = []string{"host", "hostname", "server", "address", "addr", "domain", "endpoint", "remote host", "at",
	"exchange"}

// resolveWords before a word say a resolver was asked for it.
var resolveWords = []string{"resolve", "resolving", "resolve host", "resolve hostname", "getaddrinfo for", "lookup",
	"look up", "unknown host", "resolution of", "resolve address"}

// resolvedWord reports whether a word without a dot (a service name in a
// compose network: "db", "minio") stands where a resolver's failure names
// what it could not resolve ("getaddrinfo for db failed", "Failed to
// resolve 'minio'"), on a line that says a name did not resolve.
func (s *scan) resolvedWord(i int, low string, start, end int, word string) bool {
	if strings.IndexByte(word, '.') >= 0 || strings.IndexByte(word, ':') >= 0 || len(word) < 2 || allDigitsAndDots(word) {
		return false
	}
	if notHosts[strings.ToLower(word)] {
		return false // no host whatever the line says ("resolve host: https", read by schemeSlots)
	}
	// The word stands alone as a name: quoted, or ending the clause
	// ("for db failed", "host db:"), not a word of the sentence
	// ("Resolving timed out").
	quoted := start > 0 && strings.IndexByte("'\"`", low[start-1]) >= 0
	after := strings.TrimLeft(low[end:], " ")
	if !quoted && after != "" && after[0] != ':' && after[0] != ',' && !strings.HasPrefix(after, "failed") && !strings.HasPrefix(after, "...") {
		return false
	}
	b := strings.TrimRight(low[max(0, start-24):start], " \t\"'`:")
	for _, w := range resolveWords {
		if strings.HasSuffix(b, w) && wordEnds(b, len(b)-len(w)) {
			return s.classifyLine(low) == FailureNoSuchHost
		}
	}
	return false
}

// destSlot reports whether the words before line[start:end] make it a
// destination ("failed to connect to x", "Could not reach x", "host x").
func (s *scan) destSlot(line, low string, start, end, base int) bool {
	if roleOf(s.text, base, base+start, base+end) == roleDest {
		return true
	}
	b := strings.TrimRight(low[max(0, start-24):start], " \t\"'`([{<=:,*")
	for _, w := range hostKeys {
		if strings.HasSuffix(b, w) && wordEnds(b, len(b)-len(w)) {
			return true
		}
	}
	return connectToNoun(low[max(0, start-80):start], line[start:end])
}

// connectToNoun reports whether an IPv4 address follows "connect to" and
// one noun saying what it is: "Failed to connect to router 192.168.0.220",
// Aspia's Russian "Не удалось подключиться к маршрутизатору 192.168.0.220"
// ("could not connect to the router x"). Only an address: after a noun a
// name could be any word.
func connectToNoun(before, word string) bool {
	if net.ParseIP(word) == nil || strings.IndexByte(word, ':') >= 0 {
		return false
	}
	b := strings.TrimRight(before, " \t")
	k := strings.LastIndexAny(b, " \t")
	if k < 0 {
		return false
	}
	noun := b[k+1:]
	if noun == "" || strings.ContainsAny(noun, "0123456789.:/\\\"'") {
		return false
	}
	b = strings.TrimRight(b[:k], " \t")
	for _, w := range connectPhrases {
		if strings.HasSuffix(b, w) && wordEnds(b, len(b)-len(w)) {
			return true
		}
	}
	return false
}

// connectPhrases are "connect to" as failing lines word it before a noun
// and an address, in English and Russian (Aspia's "подключиться к",
// "Подключение к маршрутизатору x...").
var connectPhrases = []string{"connect to", "connecting to", "connection to", "подключиться к", "подключение к", "подключения к"}

// failureFollows reports whether the words right after a bare word report
// a failure ("x refused to connect", "x: Name or service not known", "x]
// Resolving timed out", "x | 522: Connection timed out", "x (10.0.0.5)
// (5)... ERROR").
func failureFollows(after string) bool {
	for {
		t := strings.TrimLeft(after, " \t\"'`]}|:,.…-")
		if strings.HasPrefix(t, "(") {
			if j := strings.IndexByte(t, ')'); j > 0 && j < 48 {
				after = t[j+1:]
				continue
			}
		}
		if len(t) > 4 && isDigit(t[0]) && isDigit(t[1]) && isDigit(t[2]) && t[3] == ':' {
			t = strings.TrimLeft(t[4:], " ") // an HTTP status: "x | 522: Connection timed out"
		}
		// The failure words start right here, not somewhere further on
		// (a table's "localhost  *  *  TimedOut").
		if t == "" || t[0] < 0x80 && !isLetter(t[0]) {
			return false
		}
		t = strings.ToLower(t[:min(len(t), 36)])
		return startsWithErrorWord(t) || classifyFailure(t) != FailureNone
	}
}

// startsWithErrorWord reports whether t starts with a word that says
// something failed, or with "connect error" as libuv programs say it
// whatever the cause: XMRig's "[xmr-eu1.nanopool.org] connect error:
// \"operation canceled\"" names its pool.
func startsWithErrorWord(t string) bool {
	for _, w := range []string{"error", "err", "fail", "connect error", "connection error", "unreachable", "refused", "timed out", "timeout", "not found",
		"is down", "down", "unknown", "not known", "could not", "cannot", "can not", "can't", "did not", "is not reachable"} {
		if strings.HasPrefix(t, w) {
			return true
		}
	}
	return false
}

// ellipsisAfter reports whether a bare word is followed, after its ASCII
// form in parentheses if any (and a verb in a language that puts it after
// its object), by an ellipsis: a step a program announced and whose
// outcome the line reports, as wget's "Resolving x (x)... failed: …" does
// in every language it is translated to ("正在解析主机 x (x)... 失败",
// "Auflösen des Hostnamens x (x)… fehlgeschlagen", "x (x) をDNSに問い
// あわせています... 失敗しました"). The line must report a failure for the
// word to count.
func ellipsisAfter(after string) bool {
	t := strings.TrimLeft(after, " ")
	if strings.HasPrefix(t, "(") {
		j := strings.IndexByte(t, ')')
		if j < 0 || j > 260 {
			return false
		}
		t = strings.TrimLeft(t[j+1:], " ")
	}
	t = t[:min(len(t), 160)]
	if e := strings.IndexAny(t, ".…"); e > 0 && !strings.Contains(t[:e], " ") && strings.IndexFunc(t[:e], func(r rune) bool { return r >= 0x3000 }) >= 0 {
		t = t[e:] // a verb after its object ("x (x) をDNSに問いあわせています...")
	}
	return strings.HasPrefix(t, "...") || strings.HasPrefix(t, "…")
}

// wrappedDest reports whether the text before a bare word at the start of
// line i is only a gutter, and line i-1 failed and ended in a destination
// word: a message wrapped by a terminal or a box ("… 504 Gateway Timeout
// returned from\n│ github.com").
func (s *scan) wrappedDest(i int, before string) bool {
	if i == 0 || strings.Trim(before, " \t│|>#*") != "" {
		return false
	}
	prev := s.text[s.lines[i-1].start:s.lines[i-1].end]
	p := strings.ToLower(strings.TrimRight(prev, " \t\r│|"))
	if p == "" {
		return false
	}
	end := len(p)
	return (roleOf(p+" x", 0, end+1, end+2) == roleDest || strings.HasSuffix(p, " from")) && lineFails(p)
}

// tlds are the top-level domains a bare word must end in to be read as a
// host name: the generic ones programs meet, names for private networks,
// and every two-letter country code.
var tlds = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range strings.Fields(`com net org edu gov mil int info biz io ai co app dev cloud xyz online site tech top
		me tv cc ws name pro mobi asia tel travel jobs local lan internal intranet corp home localdomain test example
		invalid arpa onion page run link live store shop blog news email services network systems digital solutions
		work world zone space host website club fun one` +
		// Generic domains of the 2013 round that self-hosted servers
		// and community instances use ("Domain matrix.aksel.rocks
		// appears unreachable"), none a word code names a method, a field
		// or a file by ("element.click", "user.team", "font.family",
		// "Date.today", "id_rsa.pub", "foo.bar" stay what they are).
		` rocks social studio agency cafe design guru ninja wiki city community expert gallery house life ltd management
		moe ovh party pizza software technology town training vip win works berlin paris tokyo nyc london amsterdam bayern
		swiss wien hamburg koeln nrw scot wales cat quebec academy art bio coffee earth eco energy farm fish games garden
		golf horse jetzt kim law lgbt moda monster pics rent sale school science ski solar surf tax taxi tips tools
		tours toys university uno vin vision voyage wang webcam wedding wine wtf yoga cyou icu buzz cam casa gay hair homes
		ink lat lol mba men mom foundation institute` +
		` ac ad ae af ag al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo br bs bt bw by bz ca cd
		cf cg ch ci ck cl cm cn cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg er es et eu fi fj fk fm fo fr ga gd ge
		gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in iq ir is it je jm jo jp ke kg kh
		ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw
		mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa
		sb sc sd se sg sh si sk sl sm sn so sr ss st su sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tw tz ua ug
		uk us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw`) {
		m[t] = true
	}
	return m
}()

// bindAddr reports whether the word ending at line[end] is an address in
// BIND's tools' address#port notation ("10.0.0.2#53"): the DNS server dig
// or nslookup queried, a target only where nslookup says which server it
// expected the answer from.
func bindAddr(line string, end int) bool {
	return end+1 < len(line) && line[end] == '#' && isDigit(line[end+1])
}
