package target

import (
	"slices"
	"strings"
)

// markAbove returns where, in the span of at most window bytes ending at
// end, the text holds word, in order: the places are found once a
// paste (see scan.marks), so a rule reading the lines above each of a
// paste's many matches for a rare word costs a search, not a read of
// those lines each time.
func (s *scan) markAbove(word string, end, window int) []int {
	at, ok := s.marks[word]
	if !ok {
		for from := 0; ; {
			k := strings.Index(s.text[from:], word)
			if k < 0 {
				break
			}
			at = append(at, from+k)
			from += k + len(word)
		}
		if s.marks == nil {
			s.marks = map[string][]int{}
		}
		s.marks[word] = at
	}
	hi, _ := slices.BinarySearch(at, end)
	lo, _ := slices.BinarySearch(at, end-window)
	return at[lo:hi]
}
