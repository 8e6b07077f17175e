package target

import (
	"math/rand/v2"
	"regexp"
	"testing"
)

// unwrapRE is what unwrapped does, as the expression it replaced.
var unwrapRE = regexp.MustCompile(`([a-z])(?:[ \t]*\n[ \t]*|[ \t]{10,})([a-z])`)

// TestUnwrapped: unwrapped joins exactly what the expression joins, on
// the wrapped words of the failure tests and on random text made of the
// bytes that matter.
func TestUnwrapped(t *testing.T) {
	ins := []string{"Connec\ntion refused", "timed o  \n  ut.", "temporarily un          available",
		"a\nb\nc", "a\n\nb", "a \t\n\t b", "a         b", "A\nb", "a\r\nb", "é\nb", "ab\ncd\nef", ""}
	r := rand.New(rand.NewPCG(1, 2))
	const bytes = "ab Z\n\t\t   .é"
	for range 20000 {
		b := make([]byte, r.IntN(40))
		for i := range b {
			b[i] = bytes[r.IntN(len(bytes))]
		}
		ins = append(ins, string(b))
	}
	for _, in := range ins {
		if got, want := unwrapped(in), unwrapRE.ReplaceAllString(in, "$1$2"); got != want {
			t.Fatalf("unwrapped(%q) = %q, want %q", in, got, want)
		}
	}
}
