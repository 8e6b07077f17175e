package target

import (
	"strings"
	"testing"
)

// wrapCases are texts a console wrapped and what joinWrapped makes of
// them; the fuzz corpus gets them too.
var wrapCases = []struct{ in, want string }{
	{strings.Repeat("x", 61) + "(host='a.company.or\ng', port=443): refused", strings.Repeat("x", 61) + "(host='a.company.org', port=443): refused\n"},
	// Two wraps in a row; the moved line breaks end the joined line.
	{strings.Repeat("x", 66) + " q='abcdefghij\n" + strings.Repeat("y", 75) + "'z \"k\nl\" tail\nnext", strings.Repeat("x", 66) + " q='abcdefghij" + strings.Repeat("y", 75) + "'z \"kl\" tail\n\n\nnext"},
	// Not a wrap: a short line, an apostrophe, a quote closed, a space
	// before the quote closes, a CRLF line.
	{"host='a.company.or\ng', port=443", "host='a.company.or\ng', port=443"},
	{strings.Repeat("x", 74) + " can't\ngo", strings.Repeat("x", 74) + " can't\ngo"},
	{strings.Repeat("x", 70) + " 'abcdefg'\nhi'", strings.Repeat("x", 70) + " 'abcdefg'\nhi'"},
	{strings.Repeat("x", 73) + " 'abcde\nf g'", strings.Repeat("x", 73) + " 'abcde\nf g'"},
	{strings.Repeat("x", 73) + " 'abcde\r\nf'", strings.Repeat("x", 73) + " 'abcde\r\nf'"},
}

func TestJoinWrapped(t *testing.T) {
	for _, c := range wrapCases {
		got := joinWrapped(c.in)
		if got != c.want {
			t.Errorf("joinWrapped(%q) = %q, want %q", c.in, got, c.want)
		}
		if len(got) != len(c.in) || strings.Count(got, "\n") != strings.Count(c.in, "\n") {
			t.Errorf("joinWrapped(%q) changed the length or the line count", c.in)
		}
	}
}
