package target

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lowerAligned returns s lower-cased byte for byte: a rune whose lower
// case is encoded in another number of bytes ('İ', the Kelvin sign) and
// bytes that are not UTF-8 are kept as they are, so an offset into the
// result is the same offset into s (strings.ToLower writes an invalid
// byte as three).
func lowerAligned(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); r != utf8.RuneError && l != r && utf8.RuneLen(l) == size {
			b = utf8.AppendRune(b, l)
		} else {
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return string(b)
}

// hasNeedle reports whether the lower-case line holds needles[k],
// remembering the answer for the line in s.needles (0 unknown, 1 yes, -1
// no).
func (s *scan) hasNeedle(low string, k int) bool {
	if s.needles[k] == 0 {
		s.needles[k] = -1
		if s.pairs.holdAll(needleBigrams[k]) && strings.Contains(low, needles[k]) {
			s.needles[k] = 1
		}
	}
	return s.needles[k] > 0
}

// bigramSet is a 4096-bit set of hashed byte pairs: a line can hold a
// needle only if it holds every pair of adjacent bytes of the needle, which
// rules most needles out without searching the line for them.
type bigramSet [64]uint64

func bigram(a, b byte) uint { return (uint(a)*31 + uint(b)) & 4095 }

// lineBigrams returns the set of byte pairs in s.
func lineBigrams(s string) bigramSet {
	var set bigramSet
	for i := 1; i < len(s); i++ {
		h := bigram(s[i-1], s[i])
		set[h>>6] |= 1 << (h & 63)
	}
	return set
}

// holdAll reports whether every pair in hs is in the set.
func (set *bigramSet) holdAll(hs []uint) bool {
	for _, h := range hs {
		if set[h>>6]&(1<<(h&63)) == 0 {
			return false
		}
	}
	return true
}
