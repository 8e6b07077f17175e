package target

import (
	"encoding/json"
	"net/netip"
	"os"
	"strings"
	"testing"
)

// TestHeldOut scores the parser on a set of pastes kept out of the corpus,
// named by CONNDOCTOR_PASTES (a file in testdata/pastes.json's format): the
// way a blind batch collected by someone who never ran the parser is
// measured before any of its shapes become rules. Labels are compared as a
// person means them: host names in any case, addresses in any spelling.
// It reports the score and every miss; it fails only on an unreadable file.
func TestHeldOut(t *testing.T) {
	file := os.Getenv("CONNDOCTOR_PASTES")
	if file == "" {
		t.Skip("CONNDOCTOR_PASTES names no held-out set (a JSON file of pastes)")
	}
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var ps []paste
	if err := json.Unmarshal(b, &ps); err != nil {
		t.Fatal(err)
	}
	right := 0
	for _, p := range ps {
		p.Host, p.Addr, p.Via = canonicalLabel(p.Host), canonicalLabel(p.Addr), canonicalLabel(p.Via)
		if msg := checkPaste(p); msg != "" {
			t.Logf("MISS %s (%s, %s): %s", p.ID, p.Family, p.Source, msg)
			continue
		}
		right++
	}
	t.Logf("held out: %d of %d pastes read right", right, len(ps))
}

// canonicalLabel writes a label's host the way Parse does: lower-case, an
// address in its canonical form.
func canonicalLabel(h string) string {
	h = strings.ToLower(strings.Trim(h, "[]"))
	if a, err := netip.ParseAddr(h); err == nil {
		return a.Unmap().String()
	}
	return h
}
