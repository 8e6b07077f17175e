package target

import (
	"strings"
	"testing"
)

// TestGoResolverSlot: the server after Go's "lookup NAME on" is no
// candidate, whatever NAME; "lookup" after a word of a sentence, or an
// address not ended by a colon, is no such slot.
func TestGoResolverSlot(t *testing.T) {
	for _, c := range []struct {
		line, hp string
		want     bool
	}{
		{"dial tcp: lookup db.<corp> on 127.0.0.53:53: no such host", "127.0.0.53:53", true},
		{"lookup *** on 10.0.0.2:53: no such host", "10.0.0.2:53", true},
		{"12:00:00 lookup {x}  on [fd00::1]:5353", "[fd00::1]:5353", true},
		{`level=error err="lookup <h> on 10.9.8.7:53: server misbehaving"`, "10.9.8.7:53", true},
		{"cache lookup <key> on 10.0.0.9:6379: connection refused", "10.0.0.9:6379", false},
		{"nslookup <key> on 10.0.0.9:53: timed out", "10.0.0.9:53", false},
		{"backup <db> on 10.0.0.9:5432: connection refused", "10.0.0.9:5432", false},
		{"dial tcp: lookup <x> on 10.0.0.2:53/udp failed", "10.0.0.2:53", false},
		{"lookup on 10.0.0.2:53: no such host", "10.0.0.2:53", false},
		{"read udp 10.0.0.5:41234->10.0.0.2:53: i/o timeout", "10.0.0.2:53", false},
	} {
		start := strings.LastIndex(c.line, c.hp)
		if got := goResolverSlot(c.line, start, start+len(c.hp)); got != c.want {
			t.Errorf("goResolverSlot(%q, %q) = %v, want %v", c.line, c.hp, got, c.want)
		}
	}
}
