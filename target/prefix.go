package target

import (
	"regexp"
	"regexp/syntax"
	"strings"
)

// maxPrefixes bounds the literal starts kept for one expression: more
// would cost a line more to look for than the expression itself.
const maxPrefixes = 32

// literalStarts returns, lower-cased, strings one of which starts every
// match of re ("get", "post", … for `(?:Get|Post|…) "?(?P<url>…`), or nil
// when re may start with anything (a class, an empty match) or a start
// holds a line break. A line that holds none of them in its lower-case
// form cannot match, so the expression need not be run over it.
func literalStarts(re *regexp.Regexp) []string {
	tree, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return nil
	}
	starts, _ := prefixesOf(tree.Simplify())
	for _, p := range starts {
		if p == "" || strings.Contains(p, "\n") {
			return nil
		}
	}
	return starts
}

// prefixesOf returns the literal strings a match of re starts with, and
// whether they are the whole match (so what follows re extends them).
func prefixesOf(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		return []string{strings.ToLower(string(re.Rune))}, true
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		// Zero-width: the match goes on with what follows.
		return []string{""}, true
	case syntax.OpCapture:
		return prefixesOf(re.Sub[0])
	case syntax.OpAlternate:
		var all []string
		whole := true
		for _, sub := range re.Sub {
			ps, w := prefixesOf(sub)
			if ps == nil {
				return nil, false
			}
			all, whole = append(all, ps...), whole && w
		}
		if len(all) > maxPrefixes {
			return nil, false
		}
		return all, whole
	case syntax.OpConcat:
		cur := []string{""}
		for _, sub := range re.Sub {
			ps, w := prefixesOf(sub)
			if ps == nil || len(cur)*len(ps) > maxPrefixes {
				return cur, false
			}
			next := make([]string, 0, len(cur)*len(ps))
			for _, a := range cur {
				for _, b := range ps {
					next = append(next, a+b)
				}
			}
			cur = next
			if !w {
				return cur, false
			}
		}
		return cur, true
	}
	return nil, false
}

// mayStart reports whether the lower-case line may hold a match of an
// expression whose matches start with one of starts (see literalStarts).
// A line with bytes outside ASCII is always tried: case folding matches
// 'K' (the Kelvin sign) for a k, which the line's lower case keeps.
func mayStart(low string, starts []string) bool {
	if starts == nil {
		return true
	}
	for i := 0; i < len(low); i++ {
		if low[i] >= 0x80 {
			return true
		}
	}
	for _, p := range starts {
		if strings.Contains(low, p) {
			return true
		}
	}
	return false
}

// extractorStarts holds literalStarts of each extractor's expression.
var extractorStarts = func() [][]string {
	out := make([][]string, len(extractors))
	for k, e := range extractors {
		out[k] = literalStarts(e.re)
	}
	return out
}()
