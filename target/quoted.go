package target

import "strings"

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
// blanks begins, after at most three spaces, with '>', and at least one
// does.
func quotedLines(s string) bool {
	seen := false
	for len(s) > 0 {
		l, rest, _ := strings.Cut(s, "\n")
		s = rest
		t := strings.TrimRight(l, " \t\r")
		if t == "" {
			continue
		}
		u := strings.TrimLeft(t, " ")
		if len(t)-len(u) > 3 || !strings.HasPrefix(u, ">") {
			return false
		}
		seen = true
	}
	return seen
}
