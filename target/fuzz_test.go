package target

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/conndoctor/conndoctor/internal/textcap"
)

// FuzzParse checks that Parse never panics, and that whatever it accepts is a
// usable target: a host that validates (or four numbers that are no IPv4
// address, which the program said it could not resolve as a name) and a
// port in range.
func FuzzParse(f *testing.F) {
	for _, c := range parseCases {
		f.Add(c.in)
	}
	for _, c := range proxyCases {
		f.Add(c.in)
	}
	for _, c := range wrapCases {
		f.Add(c.in)
	}
	for _, c := range schemeCutCases {
		f.Add(c.in)
	}
	for _, c := range emphasisLineCases {
		f.Add(c.in)
	}
	for _, p := range loadPastes(f) {
		f.Add(p.Text)
	}
	f.Fuzz(func(t *testing.T, in string) {
		got, err := Parse(in)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("Parse(%q) returned %T, want *ParseError", in, err)
			}
			if len(pe.Input) > textcap.Max || len(pe.Reason) > textcap.Max {
				t.Fatalf("Parse(%d bytes) error keeps %d+%d bytes", len(in), len(pe.Input), len(pe.Reason))
			}
			return
		}
		if len(got.Input) > textcap.Max || len(got.Evidence) > textcap.Max || len(got.URL) > textcap.Max {
			t.Fatalf("Parse(%d bytes) keeps %d+%d+%d bytes", len(in), len(got.Input), len(got.Evidence), len(got.URL))
		}
		if got.Port < 1 || got.Port > 65535 {
			t.Fatalf("Parse(%q) port %d out of range", in, got.Port)
		}
		// A host is a valid name, or one said to be malformed whose labels
		// are valid once its empty ones, parentheses and colons go (a name
		// with colons is read only so flagged, never plain), or the lone
		// dot wget looked up, said to be the DNS root, or digits and dots
		// that are no address, said to end in a label of digits, or
		// digits alone, said to be so.
		malformedOK := got.Malformed != "" && checkHost(got.Host, bareName(got.Host)) == nil || got.Host == "." && got.Malformed == rootName ||
			got.Malformed == numericTLD && validLabels(got.Host) || got.Malformed == digitsOnly && allDigits(got.Host)
		if checkHost(got.Host, got.Host) != nil && !malformedOK && !(got.Failure == FailureNoSuchHost && octetOver255(got.Host)) {
			t.Fatalf("Parse(%q) host %q does not validate", in, got.Host)
		}
		if strings.ContainsAny(got.Host, " \t\n/") {
			t.Fatalf("Parse(%q) host %q holds spaces or slashes", in, got.Host)
		}
		if utf8.ValidString(in) && !utf8.ValidString(got.Evidence) {
			t.Fatalf("Parse(%q) evidence is not valid UTF-8", in)
		}
	})
}

// validLabels reports whether every dot-separated label of h is a valid
// host name label.
func validLabels(h string) bool {
	for _, l := range strings.Split(h, ".") {
		if !validLabel(l) {
			return false
		}
	}
	return true
}
