package target

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/conndoctor/conndoctor/internal/textcap"
)

// TestHugeInputIsKeptCapped: a 1 MiB paste is read to find the target, but
// the target keeps at most textcap.Max bytes of it in each field.
func TestHugeInputIsKeptCapped(t *testing.T) {
	noise := strings.Repeat("at com.example.Foo.bar(Foo.java:42) ünïcödé\n", 1<<20/46)
	longLine := "dial tcp 10.0.0.5:443: connect: connection timed out " + strings.Repeat("é", 50000)
	cases := []struct {
		name, in   string
		host       string
		port       int
		wantURL    string
		wantErr    bool
		evidenceOK bool
	}{
		{"1 MiB paste, target first", "curl: (28) Failed to connect to app.corp.internal port 443 after 3001 ms: Connection timed out\n" + noise, "app.corp.internal", 443, "", false, true},
		{"one very long line", longLine, "10.0.0.5", 443, "", false, true},
		{"very long URL", "https://app.corp.internal:8443/" + strings.Repeat("p", 1<<20), "app.corp.internal", 8443, "https://app.corp.internal:8443/", false, false},
		{"very long word", strings.Repeat("x", 1<<20) + ":1", "", 0, "", true, false},
		// A scheme thousands of bytes long is none: the fuzzer found the
		// URL kept of it (scheme://host:port/) longer than the cap.
		{"very long scheme", "upstream request failed: Get " + strings.Repeat("I", 5000) + "tp://shop.corp.internal:8080/x: 504 Gateway Time-out", "shop.corp.internal", 8080, "", false, true},
		{"1 MiB naming no host", "Connection timed out\n" + noise, "", 0, "", true, false},
	}
	for _, c := range cases {
		got, err := Parse(c.in)
		if c.wantErr {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Errorf("%s: error %v", c.name, err)
				continue
			}
			if len(pe.Input) > textcap.Max || len(pe.Reason) > textcap.Max || !utf8.ValidString(pe.Input) || !utf8.ValidString(pe.Reason) {
				t.Errorf("%s: the error keeps %d and %d bytes", c.name, len(pe.Input), len(pe.Reason))
			}
			continue
		}
		if err != nil || got.Host != c.host || got.Port != c.port {
			t.Errorf("%s: %+v %v", c.name, got.HostPort(), err)
			continue
		}
		if len(got.Input) > textcap.Max || !strings.HasSuffix(got.Input, " bytes more)") || !utf8.ValidString(got.Input) {
			t.Errorf("%s: Input keeps %d bytes (%q…)", c.name, len(got.Input), got.Input[len(got.Input)-20:])
		}
		if len(got.Evidence) > textcap.Max || !utf8.ValidString(got.Evidence) || c.evidenceOK && got.Evidence == "" {
			t.Errorf("%s: Evidence keeps %d bytes", c.name, len(got.Evidence))
		}
		if got.URL != c.wantURL {
			t.Errorf("%s: URL %q, want %q", c.name, got.URL, c.wantURL)
		}
	}
}

func TestShortInputIsKeptWhole(t *testing.T) {
	in := "dial tcp 10.0.0.5:443: connect: connection timed out"
	if got, err := Parse(in); err != nil || got.Input != in || got.Evidence != in {
		t.Errorf("%+v %v", got, err)
	}
}
