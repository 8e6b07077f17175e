package target

import "testing"

// TestGlibcPhrases checks that each of glibc's translated texts reads as
// the kind it translates, inside a program's English message.
func TestGlibcPhrases(t *testing.T) {
	for want, ps := range glibcPhrases {
		for _, p := range ps {
			if got := classifyFailure("java.net.ConnectException: " + p); got != want {
				t.Errorf("%q reads as %q, want %q", p, got, want)
			}
		}
	}
}
