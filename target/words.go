package target

import (
	"regexp"
	"strings"
)

// containsAny reports whether s holds any of words (callers give both in
// lower case).
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// wordsAlt is a regular expression's alternation of words, each quoted.
func wordsAlt(words []string) string {
	q := make([]string, len(words))
	for i, w := range words {
		q[i] = regexp.QuoteMeta(w)
	}
	return strings.Join(q, "|")
}
