package target

import (
	"iter"
	"regexp"
	"strings"
)

// linesHolding yields, in order, each line of text that holds lit. An
// expression that cannot match a line break (no \s, no negated class, no
// ^ or $ outside (?m)) matches the whole text where it matches one of its
// lines, so it need be run only on the lines that hold a literal every
// match contains.
func linesHolding(text, lit string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for i := 0; i < len(text); {
			j := strings.Index(text[i:], lit)
			if j < 0 {
				return
			}
			j += i
			start := strings.LastIndexByte(text[:j], '\n') + 1
			end := strings.IndexByte(text[j:], '\n')
			if end < 0 {
				end = len(text)
			} else {
				end += j
			}
			if !yield(text[start:end]) {
				return
			}
			i = end + 1
		}
	}
}

// findAllByLine is re.FindAllStringSubmatch(text, n) for an expression that
// matches neither a line break nor empty text, run once per distinct line:
// a line a pasted log repeats gives the same matches each time. A line for
// which may (when not nil) says no match can start is not searched.
func findAllByLine(re *regexp.Regexp, text string, n int, may func(line string) bool) [][]string {
	var out [][]string
	memo := map[string][][]string{}
	for start := 0; start <= len(text) && len(out) < n; {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		line := text[start:end]
		ms, ok := memo[line]
		if !ok {
			if may == nil || may(line) {
				ms = re.FindAllStringSubmatch(line, n)
			}
			memo[line] = ms
		}
		out = append(out, ms[:min(len(ms), n-len(out))]...)
		start = end + 1
	}
	return out
}
