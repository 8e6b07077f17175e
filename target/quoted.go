package target

import (
	"regexp"
	"strings"
)

// plainLines reads a paste, its copy's marks gone (plainCopy, which
// parse applies once for every reading), as the lines its program printed,
// undoing in turn what copying it, quoting it and logging it added:
// Windows' CR LF; a code block's indent (dedent), so an indented quote or
// log is seen as one; a reply's quote marks; Docker Compose's column, then
// the header a log puts after it ("docker compose logs -t": the column,
// then a timestamp); and an indent and a reply's quote marks left under
// them (unquoteLogged).
func plainLines(s string) string {
	s = inBlock(strings.ReplaceAll(s, "\r\n", "\n"), dedent, indented)
	return dedent(unprefixLog(uncolumnCompose(inBlock(s, unquoteMarkdown, quoteMarked))))
}

// inBlock applies undo to the block of s that marked lines make, the
// whole text or a block set apart from a person's sentences by blank
// lines (Markdown's rule for a quote or a code block: "I get this:", a
// blank line, the quoted or indented paste, a blank line, "Any idea?").
// A block run straight on from other lines (curl's "> Host: x" request
// lines under "* Connected to x", a stack's indented frames under its
// exception) is left as it is.
func inBlock(s string, undo func(string) string, marked func(string) bool) string {
	lines := strings.Split(s, "\n")
	first, last, n := markedSpan(lines, marked)
	if n == 0 || first > 0 && strings.TrimSpace(lines[first-1]) != "" || last < len(lines)-1 && strings.TrimSpace(lines[last+1]) != "" {
		return s
	}
	parts := append(append(append(make([]string, 0, first+1+len(lines)-last), lines[:first]...),
		undo(strings.Join(lines[first:last+1], "\n"))), lines[last+1:]...)
	return strings.Join(parts, "\n")
}

// markedSpan returns the first and last of lines that marked reports true
// for and how many it does, n 0 when none does or a line between them
// holds anything but blanks and is not marked: a quote, a code block or a
// log pasted whole between a person's sentences. It calls marked once for
// each line, in order (unprefixLog keeps what each call found).
func markedSpan(lines []string, marked func(string) bool) (first, last, n int) {
	first, last = -1, -1
	gap, broken := false, false // an unmarked line holding more than blanks since the last marked one; one between two marked
	for i, l := range lines {
		if !marked(l) {
			gap = gap || first >= 0 && strings.TrimSpace(l) != ""
			continue
		}
		if first < 0 {
			first = i
		}
		broken = broken || gap
		last, n, gap = i, n+1, false
	}
	if broken {
		return first, last, 0
	}
	return first, last, n
}

// quoteMarked reports whether a line is quoted in Markdown or a mail: '>'
// after at most three spaces, but not Python's prompt, ">>> ".
func quoteMarked(l string) bool {
	t := strings.TrimLeft(l, " ")
	return len(l)-len(t) <= 3 && strings.HasPrefix(t, ">") && !strings.HasPrefix(t, ">>> ")
}

// indented reports whether a line holding anything begins with a blank.
func indented(l string) bool {
	return strings.TrimSpace(l) != "" && indent(l) > 0
}

// unquoteMarkdown reads a paste quoted in Markdown or an e-mail reply,
// every line that holds anything begun with '>' ("> dial tcp 10.0.0.5:443:
// connect: connection timed out"), as the lines quoted: the marks, nested
// ones too ("> > ", up to maxQuotes deep), are no part of what the
// program printed. A paste in which any line is not so marked is left as
// it is: there a '>' is the program's own (a shell's continuation prompt,
// an arrow in a log).
func unquoteMarkdown(s string) string {
	for n := 0; n < maxQuotes && quotedLines(s); n++ {
		lines := strings.Split(s, "\n")
		for i, l := range lines {
			if l = strings.TrimLeft(l, " "); strings.HasPrefix(l, ">") {
				l = l[1:]
				l = strings.TrimPrefix(l, " ")
			}
			lines[i] = l
		}
		s = strings.Join(lines, "\n")
	}
	return s
}

// maxQuotes is how deep a reply's quotes are read: a line of a thousand
// '>' is read as written after that many, not stripped one at a time.
const maxQuotes = 4

// quotedLines reports whether every line of s that holds anything but
// blanks is quoted (quoteMarked), and at least one is.
func quotedLines(s string) bool {
	seen := false
	for len(s) > 0 {
		l, rest, _ := strings.Cut(s, "\n")
		s = rest
		if strings.TrimSpace(l) == "" {
			continue
		}
		if !quoteMarked(l) {
			return false
		}
		seen = true
	}
	return seen
}

// logHeaders are the columns a system log writes before every line, never
// a target's: syslog's and journald's "Nov 18 09:14:49 vm-db1
// pglookout[311]: " (date, the logging machine, the program; journalctl's
// short-precise gives the seconds a fraction), and an ISO 8601 timestamp,
// "2024-03-05T10:11:12.123Z ", which rsyslog's high-precision format and
// journalctl's short-iso follow with the machine and the program,
// "2024-03-05T10:11:12.123456+00:00 web01 node[311]: " (read so only
// with the process number, which a message's own words never have).
// The Java Service Wrapper's wrapper.log puts its level, the writer (the
// wrapper or "jvm N") and a slashed date before each line the JVM printed,
// each column closed by " | ": "INFO   | jvm 1    | 2015/07/15 19:06:46 | ".
// Every field is bounded, so a header is found at a line's start only.
// Each header's first bytes are tested (starts) before its expression:
// "Nov 18 …", "2024-03-05…", "INFO   | …".
var logHeaders = []struct {
	starts func(string) bool
	re     *regexp.Regexp
}{
	{func(l string) bool { return len(l) > 16 && l[0] >= 'A' && l[0] <= 'Z' && l[3] == ' ' && l[6] == ' ' },
		regexp.MustCompile(`^[A-Z][a-z]{2} [ 0-9][0-9] [0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,9})? [A-Za-z0-9_.\-]{1,64} [A-Za-z0-9_.\-/@()]{1,64}(?:\[[0-9]{1,10}\])?: `)},
	{func(l string) bool { return len(l) >= 20 && isDigit(l[0]) && l[4] == '-' && l[7] == '-' },
		regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(?:[.,][0-9]{1,9})?(?:Z|[+\-][0-9]{2}:?[0-9]{2})?(?: [A-Za-z0-9_.\-]{1,64} [A-Za-z0-9_.\-/@()]{1,64}\[[0-9]{1,10}\]:)? `)},
	{wrapperStarts, wrapperHeader},
}

// wrapperHeader is the Java Service Wrapper's header (see logHeaders);
// its level's column would read as a Compose container's
// (uncolumnCompose leaves it), wrapperStarts its first bytes.
var wrapperHeader = regexp.MustCompile(`^(?:DEBUG|INFO|STATUS|WARN|ERROR|FATAL|ADVICE|NOTICE) {0,4} \| (?:wrapper|jvm [0-9]{1,5}) {0,8}\| [0-9]{4}/[0-9]{2}/[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,3})? \|(?: |$)`)

func wrapperStarts(l string) bool {
	return len(l) > 28 && l[0] >= 'A' && l[0] <= 'Z' && strings.Contains(l[:10], " | ")
}

// unprefixLog reads a log whose every line that holds anything begins
// with the same kind of header (see logHeaders) as the lines its program
// printed: a Python traceback or Node's error object logged to journald
// keeps its shape. The log may sit inside prose ("The service log says:"
// above it, "Any idea?" below): the lines from the first header to the
// last are the log, and a log where any of them lacks the header is left
// as it is.
func unprefixLog(s string) string {
	lines := strings.Split(s, "\n")
	ends := make([]int, 0, len(lines)) // per line, where h's header ends; -1 without one
	for _, h := range logHeaders {
		ends = ends[:0]
		first, last, ok := markedBlock(lines, func(l string) bool {
			end := -1
			if h.starts(l) {
				if loc := h.re.FindStringIndex(l); loc != nil {
					end = loc[1]
				}
			}
			ends = append(ends, end)
			return end >= 0
		})
		if !ok {
			continue
		}
		// Each header is read once: a line between first and last
		// lacking it holds only blanks, which no header begins with.
		for i := first; i <= last; i++ {
			if ends[i] >= 0 {
				lines[i] = lines[i][ends[i]:]
			}
		}
		return strings.Join(unquoteLogged(lines, first, last), "\n")
	}
	return s
}

// unquoteLogged reads lines first to last, a log's lines with its column
// or header taken off, as the lines quoted when every one that holds
// anything is quoted, under a code block's indent or not: a paste quoted
// in a reply ("> postfix/smtp[1]: connect to x[10.0.0.1]:25: No route to
// host") and then logged or shown in a Compose log keeps its quote marks
// under the header, where the quote of the whole text is not seen. A '>'
// the program printed on only some lines (curl's request lines) is left.
func unquoteLogged(lines []string, first, last int) []string {
	block := dedent(strings.Join(lines[first:last+1], "\n"))
	if !quotedLines(block) {
		return lines
	}
	return append(append(lines[:first:first], strings.Split(unquoteMarkdown(block), "\n")...), lines[last+1:]...)
}

// markedBlock returns the span of lines that marked makes (see
// markedSpan) when it holds at least two marked lines: a log's.
func markedBlock(lines []string, marked func(string) bool) (first, last int, ok bool) {
	first, last, n := markedSpan(lines, marked)
	return first, last, n >= 2
}

// copyMarkPairs are characters a copy adds that no program printed, each
// with what it reads as: zero-width spaces and joiners and the byte-order
// mark (a chat, a file saved by Notepad) as nothing; the no-break and
// other fixed-width spaces a web page, a mail or a chat puts for plain
// ones as spaces.
var copyMarkPairs = []string{
	"\u200b", "", "\u200c", "", "\u200d", "", "\u2060", "", "\ufeff", "",
	"\u00a0", " ", "\u2002", " ", "\u2003", " ", "\u2004", " ", "\u2005", " ", "\u2006", " ", "\u2007", " ",
	"\u2008", " ", "\u2009", " ", "\u200a", " ", "\u202f", " ",
}

var copyMarks = strings.NewReplacer(copyMarkPairs...)

// ansiEnd returns how long the terminal control sequence at the start of
// s (which begins with ESC) is, 0 when none: a CSI sequence, ESC '['
// parameters (digits, ';', ':', '<'…'?'), intermediates and a final byte
// ("\x1b[31m", 256 colours written "\x1b[38:5:196m"); a character-set
// designator (tput sgr0's "\x1b(B"); or an OSC string ending in BEL or
// ST (a window title). Each part is bounded, so text full of unfinished
// sequences is read in one pass.
func ansiEnd(s string) int {
	if len(s) < 3 {
		return 0
	}
	switch s[1] {
	case '[':
		i := 2
		for i < len(s) && i < 2+32 && s[i] >= '0' && s[i] <= '?' {
			i++
		}
		for j := i; i < len(s) && i < j+4 && s[i] >= ' ' && s[i] <= '/'; {
			i++
		}
		if i < len(s) && s[i] >= '@' && s[i] <= '~' {
			return i + 1
		}
	case '(', ')':
		if c := s[2]; c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' {
			return 3
		}
	case ']':
		for i := 2; i < len(s) && i < 2+256; i++ {
			switch {
			case s[i] == '\x07':
				return i + 1
			case s[i] == '\x1b':
				if i+1 < len(s) && s[i+1] == '\\' {
					return i + 2
				}
				return 0
			}
		}
	}
	return 0
}

// stripANSI returns s without the terminal control sequences a log
// captured from a terminal keeps (see ansiEnd); an ESC that starts none
// stays.
func stripANSI(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for {
		i := strings.IndexByte(s, '\x1b')
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		n := ansiEnd(s[i:])
		if n == 0 {
			b.WriteByte('\x1b')
			n = 1
		}
		s = s[i+n:]
	}
}

// plainCopy reads text as it was printed: without what copying it added
// (copyMarks) or the terminal's escape sequences a captured log keeps.
func plainCopy(s string) string {
	if strings.IndexByte(s, '\x1b') >= 0 {
		s = stripANSI(s)
	}
	// One search a mark: a search for one string is fast, ContainsAny's
	// for any of several characters beyond ASCII walks the text rune by
	// rune (12 ms a 1 MB paste).
	for i := 0; i < len(copyMarkPairs); i += 2 {
		if strings.Contains(s, copyMarkPairs[i]) {
			return copyMarks.Replace(s)
		}
	}
	return s
}

// composeColumn is the column Docker Compose writes before each line of a
// container's log: the container's name, blanks padding it to the longest
// name, and a bar ("web-1     | ", "db_1  | ").
var composeColumn = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_\-]{0,63}[ \t]{1,64}\| ?`)

// ansibleStatus is how Ansible's ad-hoc output goes on after its host's
// column, "web01 | UNREACHABLE! => {", "web01 | FAILED | rc=1 >>", and
// Ansible 1's "web01 | FAILED >> {", "web01 | success >>": there the
// column names the host the task failed on (the "| UNREACHABLE!"
// extractor in extract.go reads it).
var ansibleStatus = regexp.MustCompile(`^(?i:UNREACHABLE|FAILED|SUCCESS|CHANGED)(?:!| =>| \|| >>)`)

// uncolumnCompose reads a Docker Compose log, every line that holds
// anything begun with a container's column and every bar at the same
// place (Compose pads the names to one width), as the lines the
// containers printed: the column names the container that logged, never
// the host it dialled. The log may sit inside prose (see markedBlock).
// Names holding a dot are no containers', and Ansible's column names the
// host its task failed on (ansibleStatus); a log with any line lacking
// the column is left as it is.
func uncolumnCompose(s string) string {
	if !strings.Contains(s, "| ") {
		return s
	}
	lines := strings.Split(s, "\n")
	first, last, ok := markedBlock(lines, func(l string) bool {
		return composeColumn.MatchString(l) && !(wrapperStarts(l) && wrapperHeader.MatchString(l))
	})
	if !ok {
		return s
	}
	bar := strings.IndexByte(lines[first], '|')
	for i := first; i <= last; i++ {
		l := lines[i]
		if strings.TrimSpace(l) == "" {
			continue
		}
		loc := composeColumn.FindStringIndex(l)
		if strings.IndexByte(l, '|') != bar || ansibleStatus.MatchString(l[loc[1]:]) {
			return s
		}
	}
	for i := first; i <= last; i++ {
		if loc := composeColumn.FindStringIndex(lines[i]); loc != nil {
			lines[i] = lines[i][loc[1]:]
		}
	}
	return strings.Join(unquoteLogged(lines, first, last), "\n")
}

// dedent reads a paste every line of which is indented by the same blanks
// (a code block in Markdown or on a Q&A site, four spaces; a mail's tab)
// as its lines without them: how far a line is indented beyond the others
// is what tells a stack's frame or a wrapped line from a message.
func dedent(s string) string {
	common, seen := "", false
	for rest := s; len(rest) > 0; {
		l, r, _ := strings.Cut(rest, "\n")
		rest = r
		if strings.TrimSpace(l) == "" {
			continue
		}
		lead := l[:indent(l)]
		switch {
		case !seen:
			common, seen = lead, true
		case !strings.HasPrefix(lead, common):
			n := 0
			for n < len(common) && n < len(lead) && common[n] == lead[n] {
				n++
			}
			common = common[:n]
		}
		if common == "" {
			return s
		}
	}
	if common == "" {
		return s
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimPrefix(l, common)
	}
	return strings.Join(lines, "\n")
}
