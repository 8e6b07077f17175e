package target

import "strings"

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
