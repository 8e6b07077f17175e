package termsafe

import (
	"bytes"
	"strings"
	"testing"

	"github.com/conndoctor/conndoctor/internal/termsafe/termsafetest"
)

func TestString(t *testing.T) {
	for _, c := range termsafetest.Hostile {
		if got := String(c.In); got != c.Want {
			t.Errorf("%s: String(%q) = %q, want %q", c.Name, c.In, got, c.Want)
		}
	}
}

func TestLinesKeepsLineBreaks(t *testing.T) {
	if got := Lines("one\ntwo\x1b[2J\n"); got != "one\ntwo\\x1b[2J\n" {
		t.Errorf("Lines: %q", got)
	}
}

func TestWriter(t *testing.T) {
	var b bytes.Buffer
	n, err := Writer(&b).Write([]byte("flag provided but not defined: -\x1b]0;x\x07\n"))
	if err != nil || n != len("flag provided but not defined: -\x1b]0;x\x07\n") || b.String() != "flag provided but not defined: -\\x1b]0;x\\x07\n" {
		t.Errorf("Writer: %d %v %q", n, err, b.String())
	}
}

func FuzzString(f *testing.F) {
	for _, c := range termsafetest.Hostile {
		f.Add(c.In)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := String(in)
		termsafetest.AssertSafe(t, out, false)
		termsafetest.AssertSafe(t, Lines(in), true)
		if String(out) != out {
			t.Fatalf("escaping twice changed %q to %q", out, String(out))
		}
		if clean(in, false) && out != in {
			t.Fatalf("clean text %q changed to %q", in, out)
		}
		if strings.Count(Lines(in), "\n") != strings.Count(in, "\n") {
			t.Fatalf("Lines changed the line count of %q", in)
		}
	})
}
