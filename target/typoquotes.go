package target

import "strings"

// typoQuoteMarks are the typographic quotes a forum, a chat, a word
// processor or a locale puts where a program printed ASCII ones: ‘x’ and
// the low ‚x‘ for 'x', “x”, the low „x“ and the guillemets «x» for "x".
// Python's "Connect call failed (‘192.168.1.147’, 7000)" pasted through
// a forum is its "('192.168.1.147', 7000)".
var typoQuoteMarks = []string{"\u2018", "\u2019", "\u201a", "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb"}

// asciiQuotes returns text with its typographic quotes read as the ASCII
// ones they stand for (see typoQuoteMarks), so every reading of a quoted
// host reads them. A ’ between two letters is an apostrophe, no quote,
// and stays: "it’s" in a URL's path is no end of it, "n’autorise" keeps
// its word. It runs on the text newScan reads, after repairMojibake
// (whose "â€™" is a ’, and whose ‘ may stand for a continuation byte) and
// before its lines are split, so every offset and line number is one
// into the text it returns.
func asciiQuotes(text string) string {
	// One search a quote, as in plainCopy: faster than a walk rune by
	// rune when none is there, the usual case.
	found := false
	for _, q := range typoQuoteMarks {
		if strings.Contains(text, q) {
			found = true
			break
		}
	}
	if !found {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	from := 0 // text[from:i] is still to be copied
	for i := 0; i+1 < len(text); i++ {
		q, n := typoQuoteAt(text, i)
		if n == 0 {
			continue
		}
		b.WriteString(text[from:i])
		b.WriteByte(q)
		from = i + n
		i += n - 1
	}
	b.WriteString(text[from:])
	return b.String()
}

// typoQuoteAt returns the ASCII quote the typographic one starting at
// text[i] stands for and its length in bytes, 0 when none starts there or
// it is an apostrophe between letters (see asciiQuotes).
func typoQuoteAt(text string, i int) (byte, int) {
	switch {
	case text[i] == 0xC2 && (text[i+1] == 0xAB || text[i+1] == 0xBB): // « »
		return '"', 2
	case text[i] != 0xE2 || i+2 >= len(text) || text[i+1] != 0x80:
		return 0, 0
	}
	switch text[i+2] {
	case 0x98, 0x9A: // ‘ ‚
		return '\'', 3
	case 0x99: // ’
		if i > 0 && i+3 < len(text) && wordByte(text[i-1]) && wordByte(text[i+3]) {
			return 0, 0
		}
		return '\'', 3
	case 0x9C, 0x9D, 0x9E: // “ ” „
		return '"', 3
	}
	return 0, 0
}

// wordByte reports whether b is an ASCII letter or a byte of a multi-byte
// rune (é in "l’hôte"), what stands either side of an apostrophe.
func wordByte(b byte) bool {
	return isLetter(b) || b >= 0x80
}
