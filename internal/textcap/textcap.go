// Package textcap bounds how much of a piece of text from the network or
// the user is kept. A 9 MB Server header or a 1 MiB paste is cut where it
// is recorded, so history rows, reports and terminal lines stay small:
//
//	s := textcap.Cap(resp.Header.Get("Server"))
//	// at most textcap.Max bytes, ending "… (9437184 bytes more)" when cut
//
// Cuts fall on a UTF-8 character boundary, so valid text stays valid.
package textcap

import (
	"strconv"
	"unicode/utf8"
)

// Max is the most bytes Cap keeps of one field, the note included.
const Max = 4096

// Cap returns s when it is at most Max bytes, and otherwise its start with
// "… (N bytes more)" appended, Max bytes at most in all.
func Cap(s string) string { return CapN(s, Max) }

// CapN is Cap with a limit of n bytes. A limit too small to hold the note
// cuts s without one.
func CapN(s string, n int) string {
	if len(s) <= n {
		return s
	}
	note := "… (" + strconv.Itoa(len(s)) + " bytes more)"
	if len(note) > n {
		return s[:runeStart(s, max(n, 0))]
	}
	// The number of bytes left out is at most len(s), so the note written
	// below is no longer than the one measured above.
	cut := runeStart(s, n-len(note))
	return s[:cut] + "… (" + strconv.Itoa(len(s)-cut) + " bytes more)"
}

// runeStart moves i back to the start of the character it falls in (at
// most utf8.UTFMax-1 bytes, so invalid text is still cut near i).
func runeStart(s string, i int) int {
	for k := 0; k < utf8.UTFMax-1 && i > 0 && i < len(s) && !utf8.RuneStart(s[i]); k++ {
		i--
	}
	return i
}

// List caps each item and keeps items while their total stays within Max
// bytes (the first item is always kept); when some are left out, a last
// item says how many ("… (12 more)").
func List(items []string) []string {
	if len(items) == 0 {
		return items
	}
	out := make([]string, 0, len(items))
	total := 0
	for i, it := range items {
		it = Cap(it)
		if total+len(it) > Max-32 && i > 0 {
			return append(out, "… ("+strconv.Itoa(len(items)-i)+" more)")
		}
		out = append(out, it)
		total += len(it)
	}
	return out
}
