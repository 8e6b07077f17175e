package target

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// hostPortAfter is what portFor reads after a host for the port the text
// gives it: "host', 5432", "host port 25", "host:8080" (group 1 the port).
const hostPortAfter = `(?:['"]?\s*,\s*['"]?(?:port['"]?\s*=>\s*['"]?)?| port |:)([0-9]{1,5})\b`

// hostPortAt matches hostPortAfter where a host ends.
var hostPortAt = regexp.MustCompile(`(?i)^` + hostPortAfter)

// hostPortMatches returns what (?i)host followed by hostPortAfter matches
// in text, as FindAllStringSubmatchIndex(text, n) of that expression
// would, without running it over the whole text: in ASCII text an ASCII
// host matches only where the lower-cased text holds the lower-cased host
// (no ASCII letter folds to another ASCII byte but its other case), so
// only there is the rest of the expression tried. Other text, or no host,
// is read by the expression itself.
func hostPortMatches(text, host string, n int) [][]int {
	if host == "" || !isASCII(host) || !isASCII(text) {
		return regexp.MustCompile(`(?i)`+regexp.QuoteMeta(host)+hostPortAfter).FindAllStringSubmatchIndex(text, n)
	}
	low, lowHost := strings.ToLower(text), strings.ToLower(host)
	var ms [][]int
	for from := 0; len(ms) < n; {
		k := strings.Index(low[from:], lowHost)
		if k < 0 {
			break
		}
		p := from + k
		q := p + len(host)
		// hostPortAfter begins with a quote, a comma, a blank or ':'.
		if q == len(text) || strings.IndexByte("'\",: \t\n\f\r", text[q]) < 0 {
			from = p + 1
			continue
		}
		loc := hostPortAt.FindStringSubmatchIndex(text[q:])
		if loc == nil {
			from = p + 1
			continue
		}
		ms = append(ms, []int{p, q + loc[1], q + loc[2], q + loc[3]})
		from = q + loc[1]
	}
	return ms
}

// containsPort reports whether text holds "port" in any case: portWord
// cannot match without it (none of its letters folds to a non-ASCII one).
func containsPort(text string) bool {
	for i := 0; i+4 <= len(text); i++ {
		if text[i]|0x20 == 'p' && text[i+1]|0x20 == 'o' && text[i+2]|0x20 == 'r' && text[i+3]|0x20 == 't' {
			return true
		}
	}
	return false
}

// isASCII reports whether s holds ASCII bytes only.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
