package target

import "strings"

// maxSummaries bounds how many lines summaryless weighs, so a long log of
// failing lines costs no more than a short one.
const maxSummaries = 64

// summaryless returns the text as tracebackCodeless reads it, without the
// lines that only sum up failures already reported with their own kind:
// etcdctl's "member x is unreachable: [http://***.69:2379
// http://***.69:4001] are all unreachable" after "failed to check the
// health of member x on http://***.69:2379: … dial tcp ***.69:2379: i/o
// timeout" (and the same for :4001). Every address the summary names was
// reported on an earlier failing line that states a kind, so its own kind
// adds nothing and does not outweigh theirs. A line naming an address no
// earlier line stated a kind for stays.
func (s *scan) summaryless() string {
	n := len(s.lines)
	if n > 0 && s.lines[n-1].start == len(s.text) {
		n-- // the empty line after a final newline
	}
	code := make([]bool, n)
	if strings.Contains(s.text, "File \"") {
		var r frameReader
		for k := range n {
			code[k] = r.code(s.text[s.lines[k].start:s.lines[k].end])
		}
	}
	seen := map[string]int{} // mention → index of the first failing line naming it
	drop := make([]bool, n)
	dropped := false
	kindOf := func(k int) Failure {
		return s.classifyLine(s.text[s.lines[k].start:s.lines[k].end])
	}
	weighed := 0
	for k := range n {
		line := s.text[s.lines[k].start:s.lines[k].end]
		if code[k] || !strings.Contains(line, ":") || !s.failsAt(k, strings.ToLower(line)) {
			continue
		}
		ms := mentionWords(line)
		if len(ms) == 0 {
			continue
		}
		repeats := true
		for _, m := range ms {
			j, ok := seen[m]
			if !ok {
				repeats = false
				seen[m] = k
			} else if repeats && weighed < maxSummaries && kindOf(j) == FailureNone {
				repeats = false
			}
		}
		if repeats && weighed < maxSummaries {
			weighed++
			drop[k] = kindOf(k) != FailureNone
			dropped = dropped || drop[k]
		}
	}
	if !dropped {
		return tracebackCodeless(s.text)
	}
	var b strings.Builder
	for k := range n {
		if !drop[k] {
			if !code[k] {
				b.WriteString(s.text[s.lines[k].start:s.lines[k].end])
			}
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// mentionWords returns the words of line that name an address with a
// port or a URL ("http://***.69:2379", "***.69:2379"), stripped of the
// brackets and punctuation around them.
func mentionWords(line string) []string {
	var ms []string
	for _, w := range strings.Fields(line) {
		w = strings.Trim(w, "[](){}<>\"',;:.")
		if strings.Contains(w, "://") {
			ms = append(ms, strings.TrimRight(w, "/"))
			continue
		}
		i := strings.LastIndexByte(w, ':')
		if i > 0 && i+1 < len(w) && allDigits(w[i+1:]) {
			ms = append(ms, w)
		}
	}
	return ms
}

// firstLineFailure returns what text, a paste that names no target, says
// failed: the kind of its earliest record that states one, as a target's
// own kind is read on the earliest failing line that names it (see
// firstFailing). nodemailer's "{ [Error: connect ETIMEDOUT] code:
// 'ETIMEDOUT', … }", then "{ [Error: socket hang up] code: 'ECONNRESET',
// … }", timed out first. A record is a failing line that is not indented,
// with the indented lines under it (stack frames, .NET's " ---> " inner
// exceptions, wrapped words), read together by failureOrder; the source
// line under a Python traceback's frame is none, and one naming an address
// is left to the text read whole (see summaryless). When none of the
// first maxSummaries records states a kind, the text read whole does (a
// kind said across records).
func (s *scan) firstLineFailure(text string) Failure {
	whole := s.classifyText(text)
	if whole == FailureNone {
		return whole
	}
	frame, weighed, opens := false, 0, true
	routine := FailureNone // the first kind a record at a routine level (or a tool's "is not reachable") states
	for rest := text; rest != ""; {
		line, next, _ := strings.Cut(rest, "\n")
		under := frame
		frame = strings.Contains(line, `File "`) && tracebackFrame.MatchString(line)
		// An indented line continues the record above it, unless it opens
		// the text, follows an empty line or follows a line stating no
		// failure (a person's "The service log says:" over an indented
		// log, "  `default: Warning: Remote connection disconnect.
		// Retrying...`" over a fenced block).
		indented := line != "" && (line[0] == ' ' || line[0] == '\t')
		if under || frame || line == "" || indented && !opens {
			rest, opens = next, line == ""
			continue
		}
		end := len(line)
		for next != "" && (next[0] == ' ' || next[0] == '\t') {
			l, n, _ := strings.Cut(next, "\n")
			end = len(rest) - len(next) + len(l)
			next = n
		}
		record := rest[:end]
		if len(record) == len(text) {
			return whole
		}
		if !s.lineFailing(line) {
			rest, opens = strings.TrimPrefix(rest[len(line):], "\n"), true
			continue
		}
		rest, opens = next, false
		if weighed++; weighed > maxSummaries {
			break
		}
		if f := s.classifyLine(record); f != FailureNone && len(mentionWords(record)) == 0 {
			if logLevel(line) == levelRoutine || f == FailureUnreachable && toolUnreachable(record) {
				if routine == FailureNone {
					routine = f
				}
				continue // a warning, an error or an exception after it may say otherwise
			}
			return f
		}
	}
	if routine != FailureNone {
		return routine
	}
	return whole
}

// toolUnreachable reports whether a record's only word of its kind is a
// tool's own "is not reachable" or "is unreachable" of a server, not a
// system's "No route to host" or "Network is unreachable": Coolify's
// "Server is not reachable. Please validate your configuration and
// connection." above the "Error: ssh: connect to host x port 22:
// Operation timed out" it ran into. Such a record's kind gives way to a
// later record's, as a routine one's does.
func toolUnreachable(record string) bool {
	low := strings.ToLower(record)
	if !strings.Contains(low, " is not reachable") && !strings.Contains(low, " is unreachable") ||
		strings.Contains(low, "network is unreachable") || strings.Contains(low, "host is unreachable") {
		return false
	}
	rest := strings.NewReplacer(" is not reachable", " is", " is unreachable", " is").Replace(low)
	return classifyFailure(rest) == FailureNone
}

// Log levels a line is written at, as logLevel reads them.
const (
	levelNone    = iota // no level shown
	levelRoutine        // routineLevels: INFO, DEBUG, TRACE, NOTICE, VERBOSE
	levelProblem        // the other logLevels: WARN, WARNING, ERROR, SEVERE, FATAL, CRITICAL
)

// logLevel returns the level a log line shows in its first 80 bytes: a
// logger's level word in capitals ("2016-05-03 11:57:07  INFO: [864A6230]
// timed out", "WARN: [7D3C3F8B] error - An existing connection was
// forcibly closed …"), bracketed in any case ("[info]", "[Error]") or a
// field ("level=warning"). What a log says at a routine level is what it
// saw go by (a device's session that timed out); what it says at a
// warning's or an error's, or prints with no level (an exception), is
// what went wrong, so firstLineFailure reads the first such failing
// record before an earlier routine one.
func logLevel(line string) int {
	head := line[:min(len(line), 80)]
	for i := 0; i < len(head); {
		for i < len(head) && !isLetter(head[i]) {
			i++
		}
		j := i
		for j < len(head) && isLetter(head[j]) {
			j++
		}
		w := head[i:j]
		bracketed := i > 0 && (head[i-1] == '=' || head[i-1] == '[' && (j == len(head) || head[j] == ']' || head[j] == ' '))
		if u := strings.ToUpper(w); w != "" && (w == u || bracketed) {
			if routineLevels[u] {
				return levelRoutine
			}
			if logLevels[u] {
				return levelProblem
			}
		}
		i = j
	}
	return levelNone
}

// routineLevels are the log levels (see logLevels) of what a program saw
// go by, VERBOSE among them.
var routineLevels = map[string]bool{"TRACE": true, "DEBUG": true, "INFO": true, "NOTICE": true, "VERBOSE": true}

// lineFailing is lineFails of a line in any case, read once per line.
func (s *scan) lineFailing(line string) bool { return s.lowFails(strings.ToLower(line)) }

// lowFails is lineFails of a lower-case line, read once per distinct text.
func (s *scan) lowFails(low string) bool {
	return memo(&s.failing, low, 0, func() bool { return lineFails(low) })
}
