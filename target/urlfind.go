package target

import "strings"

// urlIndexes returns where reURLAll matches in line, as
// reURLAll.FindAllStringIndex(line, n) would, without trying the
// expression at every byte: a match holds "://", its scheme is the run of
// scheme bytes right before it from its first letter on, and its rest the
// longest run of bytes that may follow (see reURL).
func urlIndexes(line string, n int) [][]int {
	var ms [][]int
	from, at := 0, 0 // where the next match may start; where to look for "://"
	for len(ms) < n {
		k := strings.Index(line[at:], "://")
		if k < 0 {
			break
		}
		r := at + k
		at = r + 1
		// The scheme starts at the first letter of the run of scheme
		// bytes before "://" (no earlier than from).
		b := r
		for b > from && isSchemeByte(line[b-1]) {
			b--
		}
		for b < r && !isLetter(line[b]) {
			b++
		}
		if b == r || r+3 >= len(line) || !urlFirstByte(line[r+3]) {
			continue
		}
		e := r + 4
		for e < len(line) && !urlStop(line[e]) {
			e++
		}
		ms = append(ms, []int{b, e})
		from, at = e, e
	}
	return ms
}

// urlFirstByte reports whether b may begin what follows a URL's "://".
func urlFirstByte(b byte) bool {
	return isLetter(b) || isDigit(b) || b == '_' || b == '['
}

// urlStop reports whether b ends a URL: a blank, a quote, an angle
// bracket, ']', ')', '|' or '`'. Bytes of multi-byte runes never do.
func urlStop(b byte) bool {
	return strings.IndexByte(" \t\n\f\r\"'<>])|`", b) >= 0
}
