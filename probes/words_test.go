package probes

import (
	"regexp"
	"strings"
	"testing"
)

// TestPortExplainLeadsInPlainWords: the port check's explanation, shown
// as evidence, starts with a sentence free of jargon, then gives the
// technical detail.
func TestPortExplainLeadsInPlainWords(t *testing.T) {
	jargon := regexp.MustCompile(`\b(SYN|RST|E[A-Z]{4,}|getsockopt|SO_ERROR|ARP|ICMP|TCP)\b`)
	for _, st := range []PortState{PortOpen, PortRefused, PortFiltered, PortRejected, PortUnreachable, PortNoRoute} {
		text := explainPort(&PortResult{State: st})
		first, rest, _ := strings.Cut(text, ". ")
		if m := jargon.FindString(first); m != "" {
			t.Errorf("%s: leads with %q: %s", st, m, text)
		}
		if !strings.HasPrefix(rest, "Technically: ") {
			t.Errorf("%s: the technical detail should follow the plain sentence: %s", st, text)
		}
	}
}

func TestPlural(t *testing.T) {
	for n, want := range map[int]string{0: "0 hops", 1: "1 hop", 2: "2 hops"} {
		if got := plural(n, "1 hop", "%d hops"); got != want {
			t.Errorf("plural(%d) = %q", n, got)
		}
	}
}
