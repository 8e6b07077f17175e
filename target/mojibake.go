package target

import (
	"strings"
	"unicode/utf8"
)

// cp1252Bytes maps the characters Windows-1252 puts at 0x80–0x9F back to
// those bytes: UTF-8 text decoded as Windows-1252 shows its continuation
// bytes so ("â€™" is ’, E2 80 99).
var cp1252Bytes = map[rune]byte{'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87,
	'ˆ': 0x88, '‰': 0x89, 'Š': 0x8A, '‹': 0x8B, 'Œ': 0x8C, 'Ž': 0x8E, '‘': 0x91, '’': 0x92, '“': 0x93,
	'”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9A, '›': 0x9B, 'œ': 0x9C,
	'ž': 0x9E, 'Ÿ': 0x9F}

// latin1Byte returns the byte a character stood for when UTF-8 text was
// decoded as Latin-1 or Windows-1252, if it stood for a continuation byte
// (0x80–0xBF). A space after "Ã" was a no-break space (0xA0) a paste
// turned into a space: "Ã " is à.
func latin1Byte(r rune, afterC3 bool) (byte, bool) {
	switch {
	case r >= 0x80 && r <= 0xBF:
		return byte(r), true
	case r == ' ' && afterC3:
		return 0xA0, true
	}
	b, ok := cp1252Bytes[r]
	return b, ok
}

// repairMojibake re-decodes the runs of text that are UTF-8 read as
// Latin-1 or Windows-1252 ("Connexion refusÃ©" is "Connexion refusée",
// "Verbindungsaufbau abgelehntÃ¤", "â€™"): a character that was a UTF-8
// lead byte (Â to ô) and the characters after it that were its
// continuation bytes, when together they are one valid UTF-8 character.
// Other text is kept as it is. It reads the text once.
func repairMojibake(text string) string {
	if strings.IndexByte(text, 0xC3) < 0 {
		return text // every lead byte, read as Latin-1, is encoded C3 xx
	}
	var b strings.Builder
	var seq [4]byte
	b.Grow(len(text))
	for i := 0; i < len(text); {
		if text[i] != 0xC3 && text[i] != 0xC2 {
			// Only Â to ÿ (C2 xx, C3 xx) can start a run: copy up to
			// the next.
			k := i + 1
			for k < len(text) && text[k] != 0xC3 && text[k] != 0xC2 {
				k++
			}
			b.WriteString(text[i:k])
			i = k
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		n := 0
		switch {
		case r >= 0xC2 && r <= 0xDF:
			n = 1
		case r >= 0xE0 && r <= 0xEF:
			n = 2
		case r >= 0xF0 && r <= 0xF4:
			n = 3
		}
		if n == 0 {
			b.WriteString(text[i : i+size])
			i += size
			continue
		}
		seq[0] = byte(r)
		j, k := i+size, 1
		for ; k <= n && j < len(text); k++ {
			c, sz := utf8.DecodeRuneInString(text[j:])
			cb, ok := latin1Byte(c, r == 0xC3 && n == 1)
			if !ok {
				break
			}
			seq[k] = cb
			j += sz
		}
		if k == n+1 {
			if fixed, fs := utf8.DecodeRune(seq[:n+1]); fixed != utf8.RuneError && fs == n+1 {
				b.WriteRune(fixed)
				i = j
				continue
			}
		}
		b.WriteString(text[i : i+size])
		i += size
	}
	return b.String()
}
