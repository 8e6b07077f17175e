// Package termsafe makes text from the network or the user safe to print on
// a terminal: escape sequences (ESC ]0;title BEL, ESC [2J, ESC c), other C0
// and C1 controls, DEL, bytes that are not UTF-8, and the bidirectional
// overrides and isolates that make text read differently from what it is
// (U+202E) are written as visible escapes instead of reaching the terminal.
//
//	termsafe.String("evil\x1b]0;owned\a") // `evil\x1b]0;owned\x07`
//	termsafe.String("txt.\u202eexe")      // `txt.<U+202E>exe`
//
// Tabs become spaces. Everything else, right-to-left text included, is kept.
// The escapes are printable ASCII, so escaping twice changes nothing.
package termsafe

import (
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// String escapes s for one line of a terminal: line breaks are escaped too.
func String(s string) string { return escape(s, false) }

// Lines escapes s like String but keeps line breaks ("\n"), for text whose
// lines are laid out by the program itself.
func Lines(s string) string { return escape(s, true) }

// unsafe reports whether r must not reach a terminal as is.
func unsafe(r rune) bool {
	return r < 0x20 || r >= 0x7f && r <= 0x9f || r == '\u2028' || r == '\u2029' || unicode.Is(unicode.Bidi_Control, r)
}

func escape(s string, keepNewline bool) string {
	if clean(s, keepNewline) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\t':
			b.WriteByte(' ')
		case r == '\n' && keepNewline:
			b.WriteByte('\n')
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case unsafe(r):
			fmt.Fprintf(&b, "<U+%04X>", r)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// clean reports whether s needs no escaping (the common case, without
// allocating).
func clean(s string, keepNewline bool) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 || c == 0x7f) && !(c == '\n' && keepNewline) {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || unsafe(r) {
			return false
		}
		i += n
	}
	return true
}

// Writer returns a writer that escapes everything written to w as Lines
// does, for output the program does not format itself (the flag package's
// messages, which quote what was typed). Each Write is escaped on its own.
func Writer(w io.Writer) io.Writer { return writer{w} }

type writer struct{ w io.Writer }

func (e writer) Write(p []byte) (int, error) {
	if _, err := io.WriteString(e.w, Lines(string(p))); err != nil {
		return 0, err
	}
	return len(p), nil
}
