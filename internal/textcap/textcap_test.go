package textcap

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// capCases are the table of TestCap and the seeds of FuzzCap.
var capCases = []struct {
	name string
	in   string
	n    int
	want string // "" means: check the properties only
}{
	{"short", "nginx", 10, "nginx"},
	{"exactly n", "0123456789", 10, "0123456789"},
	{"one over", strings.Repeat("a", 30), 29, "aaaaaaaaaa… (20 bytes more)"},
	{"cut inside é", strings.Repeat("é", 20), 30, "ééééé… (30 bytes more)"},
	{"cut inside emoji", strings.Repeat("😀", 10), 27, "😀😀… (32 bytes more)"},
	{"note does not fit", "abcdef", 4, "abcd"},
	{"note does not fit, multibyte", "ééé", 3, "é"},
	{"invalid UTF-8", strings.Repeat("\xbf", 40), 30, ""},
	{"zero", "abc", 0, ""},
	{"default max", strings.Repeat("x", 9<<20), Max, ""},
}

func TestCap(t *testing.T) {
	for _, c := range capCases {
		got := CapN(c.in, c.n)
		if c.want != "" && got != c.want {
			t.Errorf("%s: CapN(…, %d) = %q, want %q", c.name, c.n, got, c.want)
		}
		checkCap(t, c.in, c.n, got)
	}
	if got := Cap(strings.Repeat("x", 9<<20)); len(got) > Max || !strings.HasSuffix(got, "… (9433112 bytes more)") {
		t.Errorf("9 MiB: %d bytes ending %q", len(got), got[len(got)-30:])
	}
}

// checkCap asserts what every cut must hold.
func checkCap(t *testing.T, in string, n int, got string) {
	t.Helper()
	if len(got) > max(n, 0) {
		t.Fatalf("CapN(%d bytes, %d) kept %d bytes", len(in), n, len(got))
	}
	if len(in) <= n && got != in {
		t.Fatalf("CapN changed a short string %q to %q", in, got)
	}
	if utf8.ValidString(in) && !utf8.ValidString(got) {
		t.Fatalf("CapN(%q, %d) = %q is not valid UTF-8", in, n, got)
	}
	kept := got
	if i := strings.LastIndex(got, "… ("); i >= 0 && len(in) > n {
		kept = got[:i]
	}
	if !strings.HasPrefix(in, kept) {
		t.Fatalf("CapN(%q, %d) = %q does not keep the start", in, n, got)
	}
}

func FuzzCap(f *testing.F) {
	for _, c := range capCases {
		if len(c.in) < 1<<10 {
			f.Add(c.in, c.n)
		}
	}
	f.Fuzz(func(t *testing.T, in string, n int) {
		n = n % 200
		checkCap(t, in, n, CapN(in, n))
		if got := Cap(in); len(got) > Max {
			t.Fatalf("Cap kept %d bytes", len(got))
		}
	})
}

func TestList(t *testing.T) {
	if got := List(nil); got != nil {
		t.Errorf("nil: %v", got)
	}
	few := []string{"a.example", "b.example"}
	if got := List(few); strings.Join(got, ",") != "a.example,b.example" {
		t.Errorf("few: %v", got)
	}
	many := make([]string, 10000)
	for i := range many {
		many[i] = strings.Repeat("n", 100)
	}
	got := List(many)
	total := 0
	for _, s := range got {
		total += len(s)
	}
	if total > Max || got[len(got)-1] != "… (9960 more)" {
		t.Errorf("many: %d items, %d bytes, last %q", len(got), total, got[len(got)-1])
	}
	huge := List([]string{strings.Repeat("h", 1<<20), "b"})
	if len(huge) != 2 || len(huge[0]) > Max || huge[1] != "… (1 more)" {
		t.Errorf("huge first: %d items", len(huge))
	}
}
