package target

import "testing"

// TestStripANSI checks the terminal sequences a captured log keeps, and
// text that only looks like one.
func TestStripANSI(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"\x1b[31mERROR\x1b[0m x", "ERROR x"},
		{"dial tcp \x1b[38:5:196mdb.corp.test:5432\x1b[0m: refused", "dial tcp db.corp.test:5432: refused"},
		{"connect to \x1b[1mdb.corp.test\x1b(B\x1b[m:5432", "connect to db.corp.test:5432"},
		{"\x1b]0;title\x07ssh: connect to host x", "ssh: connect to host x"},
		{"\x1b]0;title\x1b\\done", "done"},
		{"\x1b[>4;2mx", "x"},
		// Not sequences: kept as they are.
		{"\x1b[1", "\x1b[1"},
		{"\x1b", "\x1b"},
		{"a\x1bb", "a\x1bb"},
		{"[31m no escape", "[31m no escape"},
	} {
		if got := stripANSI(c.in); got != c.want {
			t.Errorf("stripANSI(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func FuzzStripANSI(f *testing.F) {
	f.Add("\x1b[38:5:196mdb\x1b(B\x1b[m")
	f.Add("\x1b]0;t\x07x")
	f.Fuzz(func(t *testing.T, s string) {
		if got := stripANSI(s); len(got) > len(s) {
			t.Fatalf("stripANSI(%q) grew to %q", s, got)
		}
	})
}
