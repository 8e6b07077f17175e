package target

import (
	"strconv"
	"strings"
)

// hostGoesOn reports whether line ends inside a bare host name or
// host:port (no quote, no scheme) that next carries on from its first
// byte, as a console that hard-wraps mid-word cuts one (COW's "direct
// connection for CONNECT m-dot-betaspike.appspo" then "t.com:443 failed,
// …" on rows of 80). line must be as wide as the console (wrapped, as
// joinWrapped decides). The two parts must make a name or an address
// where the part before the cut is none ("appspo" is no top-level
// domain; see nameGoesOn), and the part on next must end where a name
// does: at a blank, the line's end, a colon (its port, or the message
// going on), or punctuation. A cut in the port ("example.com:44" then "3
// failed") joins when the name before the colon is a whole one and the
// two parts make a port, on a line of exactly 80 or 120 columns only: the
// part before the cut reads as a whole host:port, and log lines that
// share a width may well end in one ("addr=127.0.0.1:44" then
// "22/Aug/2016:22:58:59 …" on an nghttpx log's rows of 148). A line that
// merely ends with a whole name ("… connecting to example.com" then
// "Retrying"), a word that makes no name with the next line's first
// ("valid, bu" then "t no data"), a path ("GET /files/cdn.exam") and a
// next line that starts with a dot (wrappedName's cut) are left.
func hostGoesOn(line, next string, wrapped func(string) bool) bool {
	if line == "" || next == "" || !isHostByte(next[0]) || next[0] == '.' || next[0] == '-' {
		return false
	}
	h := len(line)
	for h > 0 && (isHostByte(line[h-1]) || line[h-1] == ':') {
		h--
	}
	if h == len(line) || h > 0 && (line[h-1] == '/' || line[h-1] == '\\') {
		return false
	}
	run := line[h:]
	c := strings.LastIndexByte(run, ':')
	if c < 0 {
		return nameGoesOn(run, next) && wrapped(line)
	}
	name := run[:c]
	name = name[strings.LastIndexByte(name, ':')+1:]
	return consoleCut(line) && portGoesOn(name, run[c+1:], next)
}

// nameGoesOn reports whether head, the host bytes ending a line, and the
// host bytes starting next make a name or address that head alone (or
// head without a dot that ends a sentence) is not. head must hold a dot
// before its last byte, a name begun ("m-dot-betaspike.appspo",
// "db.exam"): a word with none is a word of prose or of a log, the line
// ending with it ("could not query provider registry for" then
// "registry.terraform.io/…", "connection. Retrying..." then "info There
// appears …" on yarn's rows of one width), and the joined name must be a
// valid one (no empty label, no label that begins or ends with '-').
func nameGoesOn(head, next string) bool {
	whole := strings.TrimRight(head, ".")
	if head[0] == '.' || head[0] == '-' || strings.IndexByte(whole, '.') < 0 {
		return false
	}
	k := 0
	for k < len(next) && isHostByte(next[k]) {
		k++
	}
	tail := strings.TrimRight(next[:k], ".")
	if !nameEnds(next[len(tail):]) {
		return false
	}
	name := head + tail
	return hostLike(name) && !hostLike(head) && !hostLike(whole) && checkHost(name, name) == nil
}

// portGoesOn reports whether name, a whole host name or address before a
// colon that ends a line with the digits digits after it, has its port cut
// there: next starts with the rest of the port, the two parts making one
// of 1 to 65535, and no '/' or '.' goes on from it (a date, "22/Aug", or
// a number, "3.5").
func portGoesOn(name, digits, next string) bool {
	if !isDigit(next[0]) || strings.Trim(digits, "0123456789") != "" || !hostLike(name) {
		return false
	}
	k := 0
	for k < len(next) && isDigit(next[k]) {
		k++
	}
	rest := next[k:]
	if k == 0 || !nameEnds(rest) || rest != "" && (rest[0] == '/' || rest[0] == '.') {
		return false
	}
	p, err := strconv.Atoi(digits + next[:k])
	return err == nil && p >= 1 && p <= 65535 && (digits == "" || digits[0] != '0')
}

// nameEnds reports whether rest, what follows a name or port carried on a
// line, ends it: nothing, a blank, a colon, or punctuation.
func nameEnds(rest string) bool {
	return rest == "" || strings.IndexByte(" \t\r:,;)]>'\"/.", rest[0]) >= 0
}

// userGoesOn reports whether line ends with the user of a user@host
// operand that the console cut right before its '@', next starting with
// "@host" (Vagrant's rsync command line on rows of 120, "… vagrant" then
// "@127.0.0.1:/srv/www"): line ends with a user name, a word after a
// blank or a quote, and next's '@' is followed by a host name or address
// that looks like one, then its end, a blank, a colon (a path or port),
// '/' or punctuation. line must be as wide as the console (wrapped), as a
// line that merely ends with a whole word is no cut ("Owner" then
// "@types/node", a next line that is no host).
func userGoesOn(line, next string, wrapped func(string) bool) bool {
	if len(next) < 2 || next[0] != '@' || line == "" || line[len(line)-1] == '.' {
		return false
	}
	u := len(line)
	for u > 0 && isHostByte(line[u-1]) {
		u--
	}
	if u == len(line) || u > 0 && strings.IndexByte(" \t'\"", line[u-1]) < 0 {
		return false
	}
	k := 1
	for k < len(next) && isHostByte(next[k]) {
		k++
	}
	host := strings.TrimRight(next[1:k], ".")
	return hostLike(host) && nameEnds(next[1+len(host):]) && wrapped(line)
}

// errnoGoesOn reports whether line ends with the start of an errno's name
// that next finishes, the console having cut it (Wiki.js' log on rows of
// 70: "… Database Connection Error: EC" then "ONNREFUSED 127.0.0.1:5432"):
// both parts capitals, the whole a name that states a failure
// ("ECONNREFUSED", "EAI_AGAIN") where neither part does. line must be as
// wide as the console (wrapped).
func errnoGoesOn(line, next string, wrapped func(string) bool) bool {
	line = strings.TrimSuffix(line, "\r")
	if line == "" || next == "" || !isUpper(line[len(line)-1]) || !isUpper(next[0]) {
		return false
	}
	u := len(line)
	for u > 0 && (isUpper(line[u-1]) || line[u-1] == '_') {
		u--
	}
	if u > 0 && strings.IndexByte(" \t:'\"(=", line[u-1]) < 0 || line[u] != 'E' {
		return false
	}
	k := 0
	for k < len(next) && (isUpper(next[k]) || next[k] == '_') {
		k++
	}
	if k < len(next) && strings.IndexByte(" \t\r:,;)'\"", next[k]) < 0 {
		return false
	}
	head, tail := line[u:], next[:k]
	return classifyFailure(head+tail) != FailureNone && classifyFailure(head) == FailureNone &&
		classifyFailure(tail) == FailureNone && wrapped(line)
}
