// Package termsafetest holds hostile strings and an assertion for tests
// that check text is escaped before it reaches a terminal.
package termsafetest

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// Hostile is a table of strings that must not reach a terminal as they are,
// with what termsafe.String makes of them. The rows are the seeds of
// termsafe's FuzzString; tests of programs that print text plant them in
// every field they print.
var Hostile = []struct{ Name, In, Want string }{
	{"plain", "nginx/1.25", "nginx/1.25"},
	{"window title (OSC)", "a\x1b]0;owned\x07b", `a\x1b]0;owned\x07b`},
	{"clear screen (CSI)", "\x1b[2J\x1b[H", `\x1b[2J\x1b[H`},
	{"reset terminal (RIS)", "\x1bc", `\x1bc`},
	{"C1 CSI as a character", "x\u009b31mred", "x<U+009B>31mred"},
	{"C1 CSI as a raw byte", "x\x9b31mred", `x\x9b31mred`},
	{"NUL and BEL", "a\x00b\x07", `a\x00b\x07`},
	{"backspace over text", "secret\x08\x08\x08\x08\x08\x08public", `secret\x08\x08\x08\x08\x08\x08public`},
	{"carriage return overwrite", "ok\rFAIL", `ok\rFAIL`},
	{"DEL", "a\x7fb", `a\x7fb`},
	{"line break", "one\ntwo", `one\ntwo`},
	{"tab", "a\tb", "a b"},
	{"right-to-left override", "invoice\u202Efdp.exe", "invoice<U+202E>fdp.exe"},
	{"isolates", "\u2066a\u2067b\u2068c\u2069", "<U+2066>a<U+2067>b<U+2068>c<U+2069>"},
	{"embeddings and marks", "\u202A\u202B\u202C\u202D\u200E\u200F\u061C", "<U+202A><U+202B><U+202C><U+202D><U+200E><U+200F><U+061C>"},
	{"line and paragraph separators", "a\u2028b\u2029c", "a<U+2028>b<U+2029>c"},
	{"right-to-left text stays", "שלום مرحبا", "שלום مرحبا"},
	{"emoji and accents stay", "café 😀", "café 😀"},
	{"backslash stays", `C:\Users\x`, `C:\Users\x`},
	{"truncated UTF-8", "ab\xe2\x80", `ab\xe2\x80`},
	{"already escaped", `a\x1b[2J<U+202E>`, `a\x1b[2J<U+202E>`},
}

// AssertSafe fails t when s holds anything a terminal would act on: a byte
// below 0x20 other than a line break (allowed when lines is true), DEL, a
// C1 control, a bidirectional control, a line separator, or invalid UTF-8.
func AssertSafe(t testing.TB, s string, lines bool) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Fatalf("not valid UTF-8: %q", s)
	}
	for _, r := range s {
		switch {
		case r == '\n' && lines:
		case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f, r == '\u2028', r == '\u2029', unicode.Is(unicode.Bidi_Control, r):
			t.Fatalf("%U survived in %q", r, s)
		}
	}
}
