package target

import (
	"net"
	"slices"
	"strconv"
	"strings"
)

// hostPorts adds every host:port on the line that stands as a word of its
// own: after a space, bracket, quote, '=', '@', '/', '>' or the line start,
// and before a space, bracket, quote, a colon and space, or the line end. A
// host:port inside the leading "[…]" groups of a log line is the log's own
// context (a client's address), not what failed.
func (s *scan) hostPorts(i int, line string) {
	prefix := logPrefixEnd(line)
	base := s.lines[i].start
	// Room for a mention at each colon: a line of thousands of them
	// ("a.com:1 a.com:2 …") would grow the list as many times.
	if n := strings.Count(line, ":"); cap(s.cands)-len(s.cands) < n {
		// Twice what is held at least: many short lines of a mention
		// each ("mysql://db:3307/x") grow the list a few times, not by
		// a quarter at each.
		s.cands = slices.Grow(s.cands, max(n, len(s.cands)))
	}
	// The last '{' and '}' before k (see braceKey), kept as k goes on,
	// not looked for back from each mention.
	open, shut := -1, -1
	for k := 0; k < len(line); k++ {
		switch line[k] {
		case '{':
			open = k
		case '}':
			shut = k
		}
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
			if start < 0 || placeholderBrackets(line[start+1:k-1]) {
				continue
			}
		} else {
			for start > 0 && isHostByte(line[start-1]) {
				start--
			}
			if start == k {
				start = zeroTailIPv6(line, k)
			}
		}
		// A host:port glued to text in a script without spaces
		// ("连接127.0.0.1:30001时") follows a byte of a multi-byte rune.
		// Whatever punctuation comes before it ("ipv4:10.0.0.5:50051",
		// "#10.0.0.5:80", "!host:80"), but not a path's backslash, a
		// variable's '$' or an escape's '%'.
		if start == k || start < prefix && !prefixSubject(line, start, j, prefix) || (start > 0 && strings.IndexByte("\\$%", line[start-1]) >= 0) {
			continue
		}
		start = portDashAddr(line, start, k)
		if start > 0 && line[start-1] == ':' && ipv6Tail(line, start, k) {
			s.dialledIPv6Port(i, line, start, k, j)
			continue
		}
		if sourceLocation(line, start, k) || arrowFrame(line, start, j) || codeLocation(line, start, k, j) || braceKey(line, start, k, open, shut) || s.wrappedSource(i, line, start, k) ||
			aptStatus(line, start, k, j) || logContext(line, start, k, j) || levelSource(line, start, k, j) || loggerField(line, start, k, j) || parenSource(line, start, k, j) ||
			pipeSource(line, start, k, j) || localAka(line, start) || kongTry(line, j) || s.bannerCount(i, line, start, k, j) ||
			kodiThread(line, start, k) || erlangLocation(line, start, k) || s.snakeField(i, line, start, k, j) || nwConnectionID(line, start, k, j) ||
			dialplanLocation(line, start, k, j) || goResolverSlot(line, start, j) || bracketTag(line, start, k, j) || javaMethodLocation(line, start, k, j) || brokenSourceLocation(line, start, k) || pahoTraceLocation(line, start, k) {
			continue
		}
		key := hostPortKey{strings.Trim(line[start:k], "[]"), line[k+1 : j]}
		r := memo(&s.hostPortsRead, key, maxHostPortsRead, func() hostPortRead {
			r := hostPortRead{c: cand{strength: plain}}
			r.ok = r.c.setHost(key.host, key.port)
			return r
		})
		if r.ok {
			c := r.c
			c.line, c.pos, c.end = i, base+start, base+j
			s.push(c)
		}
	}
}

// placeholderBrackets reports whether the text between the brackets of a
// "[x]:port" is a word put in place of an address: brackets hold an IPv6
// address, or a name where a program brackets every host (Zabbix's
// "[zabbix-server]:10051"), but a word saying the address was taken out
// ("[scrubbed]", Tor's and its pluggable transports' safe logging;
// "[redacted]", "[hidden]", a poster's) or naming what stood there
// ("[host]", "[ip]") is a redaction or a placeholder, never a host.
func placeholderBrackets(w string) bool {
	l := strings.ToLower(w)
	return redactionWords[l] || notHosts[l]
}

// redactionWords are the words logs and posters write in brackets over an
// address they do not show.
var redactionWords = map[string]bool{
	"scrubbed": true, "redacted": true, "hidden": true, "removed": true, "masked": true, "censored": true,
	"obfuscated": true, "anonymized": true, "anonymised": true, "omitted": true, "elided": true, "private": true,
	"sensitive": true, "filtered": true, "snip": true,
}

// hostPortKey is a host:port mention's host and port as hostPorts reads
// them; hostPortRead is what setHost made of them, which depends on
// nothing else: a paste that repeats a mention ("a.com:1 a.com:2 …") reads
// each distinct one once.
type (
	hostPortKey  struct{ host, port string }
	hostPortRead struct {
		c  cand // the mention's fields but its place
		ok bool
	}
)

// maxHostPortsRead bounds how many distinct host-and-port mentions
// (hostPorts) and URLs (scan.setURL) of a paste are remembered.
const maxHostPortsRead = 256

// sourceLocation reports whether the name:N at line[start:colon] is a
// place in source code, not a host and port: the last segment of a path
// ("/app/lib/client:132", Node's "node:internal/deps/undici/undici:12443")
// or one of Node's built-in modules ("node:events:491"), or a Java class
// (see javaClass), or a build file (see buildFiles). An address after
// a name and a slash is Java's "name/10.0.0.5:80", a host.
func sourceLocation(line string, start, colon int) bool {
	if net.ParseIP(strings.Trim(line[start:colon], "[]")) != nil {
		return false
	}
	if start >= 2 && line[start-1] == '/' && isHostByte(line[start-2]) {
		return true
	}
	return strings.HasSuffix(line[:start], "node:") && (start == 5 || !isHostByte(line[start-6])) ||
		javaClass(line[start:colon]) || queryLocation(line[:start]) || buildFiles[strings.ToLower(line[start:colon])]
}

// buildFiles are the file names without an extension that tools name
// with a line number: make's "Makefile:76: recipe for target '06'
// failed", Docker's "Dockerfile:12", Vagrant's "Vagrantfile:5".
var buildFiles = map[string]bool{"makefile": true, "gnumakefile": true, "dockerfile": true, "containerfile": true,
	"jenkinsfile": true, "vagrantfile": true, "rakefile": true, "gemfile": true, "podfile": true, "brewfile": true,
	"justfile": true, "procfile": true, "fastfile": true, "berksfile": true, "guardfile": true}

// arrowFrame reports whether the name:N at line[start:end] is a frame of
// Traccar's shortened stack trace (its Log.exceptionStack), the class's
// simple name and line joined by " < ": "Connection refused -
// ConnectException (... < DatabaseModule:80 < <gener:-1 < *:-1 < ... <
// MainModule:128 < ...)". A frame follows " < ", or is followed by " < "
// and another frame or the trace's "...".
func arrowFrame(line string, start, end int) bool {
	if strings.HasSuffix(line[:start], " < ") {
		return true
	}
	rest, ok := strings.CutPrefix(line[end:], " < ")
	if !ok {
		return false
	}
	if strings.HasPrefix(rest, "...") {
		return true
	}
	w := rest
	if e := strings.IndexAny(rest, " )"); e >= 0 {
		w = rest[:e]
	}
	c := strings.LastIndexByte(w, ':')
	return c > 0 && c+1 < len(w) && (isDigit(w[c+1]) || w[c+1] == '-')
}

// queryLocation reports whether before, the text before a name:N, ends in
// a source file's query string up to a parameter's '=': a browser
// console's script location with its cache-busting query,
// "jquery.min.js?t=8ec4eb32bb6bc92c5398fa3d150ddf8a:4", file, query and
// line, whose value is no host.
func queryLocation(before string) bool {
	if !strings.HasSuffix(before, "=") {
		return false
	}
	// The query is a word: a space, tab, slash or colon ends the look
	// back, so a line of many "=x:1" reads each once.
	q := strings.LastIndexAny(before, "? \t/:")
	if q <= 0 || before[q] != '?' {
		return false
	}
	f := q
	for f > 0 && isHostByte(before[f-1]) {
		f--
	}
	return isSourceFile(before[f:q])
}

// braceKey reports whether the word:N at line[start:colon] is a key of a
// brace-delimited structure, not a host and port: a word with an
// underscore and no dot inside an open "{" (gRPC's debug_error_string
// "{grpc_message:\"…\", grpc_status:4, created_time:…}"). A host there
// has no underscore ("{host: db:5432}").
//
// open and shut are the offsets of the last '{' and '}' before colon (-1
// for none), which the caller keeps as it reads the line: looked for back
// from each word, a long line of "a_b:1" fields would be read once for
// each.
func braceKey(line string, start, colon, open, shut int) bool {
	w := line[start:colon]
	if strings.IndexByte(w, '_') < 0 || strings.IndexByte(w, '.') >= 0 {
		return false
	}
	if open >= start || shut >= start {
		// A brace inside the mention itself ("[{a_b}]:1"): look before it.
		open, shut = strings.LastIndexByte(line[:start], '{'), strings.LastIndexByte(line[:start], '}')
	}
	return open > shut
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
	if !logStamp(strings.TrimSpace(line[:open])) {
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

// levelSource reports whether the word:N at line[start:colon], ending at
// end, is a dotless word in brackets right after a log line's timestamp
// and level: the module and line number of the logging call, Python
// logging's "[%(module)s:%(lineno)d]" as SABnzbd writes it
// ("2022-11-21 21:01:01,275::INFO::[notifier:123] Sending notification:
// …"), not a host and port. Names with a dot, addresses and localhost
// stay mentions.
func levelSource(line string, start, colon, end int) bool {
	if !enclosedWord(line, start, colon, end, '[', ']', 64) {
		return false
	}
	pre := strings.TrimRight(line[:start-1], ": \t")
	k := strings.LastIndexAny(pre, ": \t")
	if k < 0 || !logLevels[strings.ToUpper(pre[k+1:])] {
		return false
	}
	return logStamp(strings.TrimRight(pre[:k+1], ": \t"))
}

// parenSource reports whether the dotless word:N at line[start:colon],
// ending at end, is in parentheses where a log names who logged: after a
// level word, before the message's " - " (Bazarr's Python logging,
// "2021-07-07 23:01:27,228 - urllib3.connectionpool (14f1b7fa7b38) :
// WARNING (connectionpool:664) - Retrying …", the module and the line of
// the call), or before a level, GLib's "(program:pid)" ("** (1cv8:601):
// WARNING **: …", "(gedit:1234): Gtk-WARNING **: …"). Names with a dot,
// addresses and localhost stay mentions.
func parenSource(line string, start, colon, end int) bool {
	if !enclosedWord(line, start, colon, end, '(', ')', 128) {
		return false
	}
	after := line[end+1:]
	if rest, ok := strings.CutPrefix(after, ": "); ok {
		level, stars, _ := strings.Cut(rest, " ")
		if i := strings.LastIndexByte(level, '-'); i >= 0 {
			level = level[i+1:] // GLib's domain before its level, "Gtk-WARNING"
		}
		if logLevels[level] && strings.HasPrefix(stars, "**") {
			return true
		}
	}
	pre := strings.TrimRight(line[:start-1], " \t")
	k := strings.LastIndexAny(pre, " \t")
	return k >= 0 && logLevels[strings.ToUpper(strings.Trim(pre[k+1:], ":"))] && (strings.HasPrefix(after, " - ") || strings.HasPrefix(after, ": "))
}

// enclosedWord reports whether the word:N at line[start:colon], ending at
// end, stands between open and shut no further than maxStart into the
// line, the word dotless and neither an address nor localhost: a log's
// "[module:line]" or "(program:pid)" rather than a host and port.
func enclosedWord(line string, start, colon, end int, open, shut byte, maxStart int) bool {
	if start < 1 || line[start-1] != open || end >= len(line) || line[end] != shut || start > maxStart {
		return false
	}
	word := line[start:colon]
	return strings.IndexByte(word, '.') < 0 && !strings.EqualFold(word, "localhost") && net.ParseIP(word) == nil
}

// loggerField reports whether the dotted name:N at line[start:colon],
// ending at end, is the bracketed field right after a log line's
// bracketed timestamp and level: a logger's name and the line of the
// logging call, Python logging's "[%(name)s:%(lineno)d]" ("[2021-01-27
// 09:46:02] - [ERROR] - [sentry.errors.uncaught:712]  - …"), not a host
// and port. A name whose last label is a top-level domain
// ("[db.corp.internal:5432]"), an address and a field elsewhere on the
// line stay mentions.
func loggerField(line string, start, colon, end int) bool {
	if start < 1 || line[start-1] != '[' || end >= len(line) || line[end] != ']' || start > 96 {
		return false
	}
	word := line[start:colon]
	dot := strings.LastIndexByte(word, '.')
	if dot < 0 || tlds[strings.ToLower(word[dot+1:])] || net.ParseIP(word) != nil {
		return false
	}
	pre := strings.TrimRight(line[:start-1], "- \t")
	lb := strings.LastIndexByte(pre, '[')
	if lb < 0 || !strings.HasSuffix(pre, "]") || !logLevels[strings.ToUpper(pre[lb+1:len(pre)-1])] {
		return false
	}
	stamp := strings.TrimRight(pre[:lb], "- \t")
	if len(stamp) < 10 || stamp[0] != '[' || stamp[len(stamp)-1] != ']' {
		return false
	}
	return logStamp(stamp[1 : len(stamp)-1])
}

// logStamp reports whether stamp, what a log line begins with, is a
// timestamp: eight or more bytes of digits and the marks dates and times
// are written with ("2021-01-27 09:46:02", "11:25:13.123"), a digit first.
func logStamp(stamp string) bool {
	return len(stamp) >= 8 && strings.Trim(stamp, "0123456789-:.,/TZ+ ") == "" && isDigit(stamp[0])
}

// pipeSource reports whether the word:N at line[start:colon], ending at
// end, is a dotless word in a '|'-separated field right after the log
// line's level field and padded to its column, before libpq's "could not
// connect to server": the module and line of the logging call, as a Rust
// log format writes its target and line (consensource's REST API through
// docker-compose, "consensource-rest-api | ERROR | r2d2:116             |
// could not connect to server: …"), not a host and port, for libpq names
// its server in the hint under that line, never on it. Padding alone tells
// nothing (any aligned log or table pads its columns): a padded field
// before another message ("| ERROR | billing:8443        | upstream
// connect error: …"), a number that is a known service's port, an
// unpadded field ("| ERROR | db:5432 | …"), names with a dot, addresses
// and localhost stay mentions.
func pipeSource(line string, start, colon, end int) bool {
	word := line[start:colon]
	if strings.IndexByte(word, '.') >= 0 || strings.EqualFold(word, "localhost") || net.ParseIP(word) != nil {
		return false
	}
	pad := strings.TrimLeft(line[end:], " ")
	if len(line)-end-len(pad) < 2 || !strings.HasPrefix(pad, "|") {
		return false
	}
	msg := strings.TrimLeft(pad[1:], " \t")
	if len(msg) < len(libpqConnect) || !strings.EqualFold(msg[:len(libpqConnect)], libpqConnect) {
		return false
	}
	if n, err := strconv.Atoi(line[colon+1 : end]); err != nil || knownPorts[n] {
		return false
	}
	pre := strings.TrimRight(line[:start], " \t")
	if !strings.HasSuffix(pre, "|") {
		return false
	}
	pre = strings.TrimRight(pre[:len(pre)-1], " \t")
	k := strings.LastIndexAny(pre, "| \t")
	if k < 0 || !logLevels[strings.ToUpper(pre[k+1:])] {
		return false
	}
	return strings.HasSuffix(strings.TrimRight(pre[:k+1], " \t"), "|")
}

// libpqConnect begins libpq's message for a connection that failed.
const libpqConnect = "could not connect to server"

// knownPorts are the ports of the services the parser knows by name
// (schemePorts, servicePorts, serviceNames): a word:N with one of them is
// read as a host and port, never as a source line.
var knownPorts = func() map[int]bool {
	m := map[int]bool{}
	for _, p := range schemePorts {
		m[p] = p != 0
	}
	for _, sp := range servicePorts {
		m[sp.port] = true
	}
	for p := range serviceNames {
		m[p] = true
	}
	return m
}()

// logLevels are the levels a log line's prefix gives.
var logLevels = map[string]bool{"TRACE": true, "DEBUG": true, "INFO": true, "WARN": true, "WARNING": true,
	"ERROR": true, "FATAL": true, "CRITICAL": true, "SEVERE": true, "NOTICE": true}

// logPrefixEnd returns where the leading "[…]" groups of a log line end.
// A group opening with a quote is the message itself, as the unified log
// format of TiDB and Milvus (pingcap/log) quotes it: "[time] [WARN]
// [logger.go:51] ["grpc: … failed to connect to {x:53100 …}…"]".
func logPrefixEnd(line string) int {
	i := 0
	for {
		for i < len(line) && line[i] == ' ' {
			i++
		}
		if i >= len(line) || line[i] != '[' || i+1 < len(line) && line[i+1] == '"' {
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
	case '@':
		// macOS's network stack names the interface after the port by
		// its index: "connectx to 0.0.7.209:80@0 failed".
		return j+1 < len(line) && isDigit(line[j+1])
	}
	return line[j] >= 0x80 // "127.0.0.1:5432：" and other punctuation outside ASCII
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func isHostByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || isDigit(b) || b == '.' || b == '-' || b == '_'
}

// portDashAddr returns where the host of the host:port whose name runs
// from line[start] to the colon at line[colon] begins. A name after an
// address and its colon that is a number, '-' and a dotted quad is the
// address's port and the next address: Syncthing's connection string,
// "10.61.235.66:63765-14.153.174.207:22067/relay-client/…", local end,
// '-', remote end, names 14.153.174.207, not a host "63765-14.153.174.207".
func portDashAddr(line string, start, colon int) int {
	if start < 2 || line[start-1] != ':' {
		return start
	}
	num, rest, ok := strings.Cut(line[start:colon], "-")
	if !ok || num == "" || strings.TrimLeft(num, "0123456789") != "" {
		return start
	}
	if ip := net.ParseIP(rest); ip == nil || ip.To4() == nil || strings.Count(rest, ".") != 3 {
		return start
	}
	b := start - 1
	for b > 0 && (isDigit(line[b-1]) || line[b-1] == '.') {
		b--
	}
	if ip := net.ParseIP(line[b : start-1]); ip == nil || ip.To4() == nil {
		return start
	}
	return start + len(num) + 1
}

// zeroTailIPv6 returns where an IPv6 address ending "::" starts when it
// is joined to its port by a bare colon before line[colon] (rsyslog's
// "cannot connect to 2002:ab1:c012:0:fd01:::32722: Connection refused",
// its "%s:%s"): ":::" is in no address, so the port is the group after
// it. It returns colon otherwise, and for the any address alone
// (netstat's ":::22", a listener).
func zeroTailIPv6(line string, colon int) int {
	if colon < 3 || line[colon-1] != ':' || line[colon-2] != ':' || !isHexDigit(line[colon-3]) {
		return colon
	}
	r := colon - 2
	for r > 0 && (isHexDigit(line[r-1]) || line[r-1] == ':') {
		r--
	}
	if ip := net.ParseIP(line[r:colon]); ip == nil || ip.To4() != nil {
		return colon
	}
	return r
}

// ipv6Tail reports whether the word line[start:colon], after a colon, is
// the last group of an IPv6 address printed without brackets before its
// port (Node's "connect EHOSTUNREACH 2408:4000:200::1c8:443"): the group is
// no host; the address is read whole (see the Node.js extractor).
func ipv6Tail(line string, start, colon int) bool {
	r := start - 1
	for r > 0 && (isHexDigit(line[r-1]) || line[r-1] == ':') {
		r--
	}
	ip := net.ParseIP(line[r:colon])
	return ip != nil && ip.To4() == nil
}

// dialledIPv6Port adds an IPv6 address printed without brackets before
// its port, the group after the colon at line[colon] ending at end, when an
// earlier line of the paste names the address alone: SABnzbd's "Connecting
// to address 2a00:1450:400e:802::2003" then "Failed to connect: timed out
// 2a00:1450:400e:802::2003:119" is that address on port 119. Without the
// address alone before it, the last group may be the address's own; and
// it is read only on a line that fails or names the address as a
// destination: "2001:db8::1:5" in a list of peers after "2001:db8::1" is
// another address of the prefix, no port.
func (s *scan) dialledIPv6Port(i int, line string, start, colon, end int) {
	r := start - 1
	for r > 0 && (isHexDigit(line[r-1]) || line[r-1] == ':') {
		r--
	}
	addr := line[r:colon]
	base := s.lines[i].start
	if !addrAloneBefore(s.text[max(0, base-2048):base], addr) {
		return
	}
	c := cand{strength: plain, line: i, pos: base + r, end: base + end}
	if c.setHost(addr, line[colon+1:end]) {
		c.role = roleOf(s.text, base, base+r, base+end)
		if c.role == roleDest || s.lineFailsAt(i) {
			s.push(c)
		}
	}
}

// addrAloneBefore reports whether text names the address addr as a word
// of its own, no hexadecimal digit or colon either side of it.
func addrAloneBefore(text, addr string) bool {
	for from := 0; ; {
		k := strings.Index(text[from:], addr)
		if k < 0 {
			return false
		}
		k += from
		from = k + 1
		e := k + len(addr)
		if (k == 0 || !isHexDigit(text[k-1]) && text[k-1] != ':') && (e == len(text) || !isHexDigit(text[e]) && text[e] != ':') {
			return true
		}
	}
}

func isHexDigit(b byte) bool { return isDigit(b) || b >= 'a' && b <= 'f' || b >= 'A' && b <= 'F' }

// localAka reports whether the host:port starting at line[start] is the
// local end Tarantool names after a socket's descriptor, "SystemError
// connect, called on fd 15, aka 127.0.0.1:58233: Connection refused": the
// descriptor's own address, not the peer it failed to reach.
func localAka(line string, start int) bool {
	before := line[:start]
	if !strings.HasSuffix(before, ", aka ") {
		return false
	}
	i := strings.LastIndex(before, "called on fd ")
	return i >= 0 && strings.Trim(before[i+len("called on fd "):len(before)-len(", aka ")], "0123456789") == ""
}

// kongTry reports whether the name:N ending at line[end] is an entry of
// Kong's DNS client's list of what it tried ("app-api:33 - cache-hit/dns
// server error: 3 name error"): N is a DNS record type (1 A, 5 CNAME, 28
// AAAA, 33 SRV), not a port.
func kongTry(line string, end int) bool {
	return strings.HasPrefix(line[end:], " - cache-")
}
