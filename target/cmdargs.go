package target

import (
	"regexp"
	"strings"
)

// executingCommand is a log announcing the command it runs, quoted:
// motionEye's "exec_command: Executing external command '… sendmail.py
// "smtp.x" "465" …'".
var executingCommand = regexp.MustCompile(`(?i)\bexecuting (?:external |shell )?command:? ['"]`)

// argsHostPort adds the host a command line gives as an argument
// immediately followed by a port number, quoted or not: "$ deno run
// --allow-net http_test.ts localhost 8000", "Executing external command
// '… sendmail.py "smtp.x" "465" …'". The line is a command typed at a
// shell's prompt or one a log says it is executing; the host is a dotted
// name with a top-level domain, an IP or localhost, so versions ("1.2.3
// 8000"), dates, sizes and file names ("app.py 8000") are none. It is as
// weak as a bare name, and a failing line's mention beats it.
func (s *scan) argsHostPort(i int, line string) {
	if !shellPrompted(line) && !executingCommand.MatchString(line) {
		return
	}
	base := s.lines[i].start
	found := 0
	var prev [2]int // the previous argument's start and end, end 0 when none
	for k := 0; k < len(line); {
		for k < len(line) && isArgSpace(line[k]) {
			k++
		}
		j := k
		for j < len(line) && !isArgSpace(line[j]) {
			j++
		}
		a, b := k, j
		for a < b && strings.IndexByte(`'"`, line[a]) >= 0 {
			a++
		}
		for b > a && strings.IndexByte(`'";,`, line[b-1]) >= 0 {
			b--
		}
		if prev[1] > 0 && a < b && b-a <= 5 && allDigits(line[a:b]) {
			host := line[prev[0]:prev[1]]
			if hostLike(host) && usableHost(host) {
				c := cand{strength: weak, line: i, pos: base + prev[0], end: base + prev[1], cmd: true}
				if c.setHost(host, line[a:b]) {
					s.cands = append(s.cands, c)
					if found++; found == 2 {
						return // a command names one or two targets, not a list
					}
				}
			}
		}
		prev = [2]int{a, b}
		if a >= b {
			prev[1] = 0
		}
		k = j
	}
}

func isArgSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' }

func allDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return w != ""
}

// fetchCommand is a curl or wget command line given one host without a
// scheme, and nothing after it ("$ curl wttr.in/nuremberg", "# curl
// example.com", root's prompt, then what the server sent: nginx's "504
// Gateway Time-out" page): the host it fetched, over http:// (see
// schemelessFetch). The line is the command alone, after a shell's prompt
// or none: a shell comment or a Markdown heading about curl ("# curl is
// used to …") goes on in words, and a word that looks like no host is none.
var fetchCommand = lookingEx(extractor{need: hasFetchCommand, strength: plain, cmd: true, port: 80,
	re: regexp.MustCompile(promptRe + runnerRe + `(?:curl|wget2?)(?:\s+-\S+(?:\s+[^-\s]\S*)?)*?\s+(?P<host>` + reHost + `)(?::(?P<port>[0-9]{1,5}))?(?:/\S*)?\s*$`)})

func hasFetchCommand(low string) bool {
	return strings.Contains(low, "curl ") || strings.Contains(low, "wget")
}

// sshProseWords are ordinary English words that follow "ssh" in a
// sentence about it ("ssh child died", "ssh connection failed", "ssh
// session closed"), never a host an ssh command line was given.
var sshProseWords = map[string]bool{"child": true, "connection": true, "connections": true, "session": true, "sessions": true,
	"client": true, "tunnel": true, "agent": true, "process": true, "command": true, "key": true, "keys": true, "login": true,
	"daemon": true, "config": true, "access": true, "port": true, "error": true, "master": true, "multiplexing": true,
	"exited": true, "died": true, "failed": true, "closed": true, "is": true, "was": true, "will": true, "not": true}

// sshProseWord reports whether word, read as the host of "ssh word", is
// a word of a sentence: an ordinary English word, or one followed by a
// verb that ends a clause ("ssh bob died, shutting down": a word, then a
// word ending in "ed" and a comma or full stop, or the line's end).
func sshProseWord(word, rest string) bool {
	if sshProseWords[strings.ToLower(word)] {
		return true
	}
	line, _, _ := strings.Cut(rest, "\n")
	next, _, _ := strings.Cut(strings.TrimLeft(line, " \t"), " ")
	next = strings.TrimRight(next, "\r")
	verb := strings.TrimRight(next, ",.")
	return len(verb) > 3 && strings.HasSuffix(verb, "ed") && (len(verb) < len(next) || next == strings.TrimSpace(line)) && isLowerWord(verb)
}

// cqlshValue is the value of one of cqlsh's options: a quoted argument
// whole ("-e 'describe keyspaces'"), or a word that opens no quote.
const cqlshValue = `(?:'[^']*'|"[^"]*"|[^\s'"]\S*)`

// cqlshCommand keeps the cqlsh command line's match unless its host is a
// word of a sentence (see cqlshProse).
func cqlshCommand(_ *scan, _ int, _ *extractor, src string, m []int, g map[string]string) bool {
	return !cqlshProse(src[:m[0]], g["host"])
}

// cqlshProse reports whether word, read as the host of a cqlsh command
// line with before it on the line, is a word of a sentence ("then open
// the cqlsh console"): a word of small letters alone, after prose, where a
// host neither looks like one nor has a digit, '-' or '_', unless a
// container runs the command ("docker run -it --rm cassandra cqlsh
// some-cassandra", "kubectl exec -it x -- cqlsh y").
func cqlshProse(before, word string) bool {
	if k := strings.LastIndexByte(before, '\n'); k >= 0 {
		before = before[k+1:]
	}
	if !inProse(before) || !isLowerWord(word) || hostLike(word) {
		return false
	}
	low := strings.ToLower(before)
	return !strings.Contains(low, "docker ") && !strings.Contains(low, "kubectl ") && !strings.Contains(low, "podman ")
}

// isLowerWord reports whether w is lower-case ASCII letters alone.
func isLowerWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// ntpCommand is a command line of an SNTP client given one server and
// nothing after it ("# ntpdate time.nist.gov", "$ sudo sntp -S
// pool.ntp.org"), after a shell's prompt or none: the server it asked, on
// NTP's port 123 (RFC 5905). What it says next decides the failure:
// ntpdate's "no server suitable for synchronization found" states no
// kind, its "adjust time server x offset …" none at all.
var ntpCommand = lookingEx(extractor{need: hasNTPCommand, strength: plain, cmd: true, program: "ntpdate", port: 123,
	re: regexp.MustCompile(promptRe + runnerRe + `(?:ntpdate|sntp)(?:\s+-\S+(?:\s+[^-\s]\S*)?)*?\s+(?P<host>` + reHost + `|` + reIP + `)\s*$`)})

func hasNTPCommand(low string) bool {
	return strings.Contains(low, "ntpdate ") || strings.Contains(low, "sntp ")
}
