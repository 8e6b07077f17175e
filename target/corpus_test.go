package target

import (
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
)

// paste is one real error paste from a public issue thread, with what a
// careful person reads in it. testdata/pastes.json holds them; the same table
// drives TestPastes and seeds FuzzParse.
type paste struct {
	ID      string  `json:"id"`
	Family  string  `json:"family"`
	Source  string  `json:"source"`
	Host    string  `json:"host"` // "" when the paste names no host
	Port    int     `json:"port"`
	Failure Failure `json:"failure"`
	Addr    string  `json:"addr"` // the IP dialled for Host, when the paste shows one
	Via     string  `json:"via"`  // the final destination when Host is a failing proxy
	Text    string  `json:"text"`
}

func loadPastes(tb testing.TB) []paste {
	tb.Helper()
	b, err := os.ReadFile("testdata/pastes.json")
	if err != nil {
		tb.Fatal(err)
	}
	var ps []paste
	if err := json.Unmarshal(b, &ps); err != nil {
		tb.Fatal(err)
	}
	return ps
}

// checkPaste returns what Parse got wrong about p, "" when nothing.
func checkPaste(p paste) string {
	got, err := Parse(p.Text)
	if p.Host == "" {
		var pe *ParseError
		switch {
		case !errors.Is(err, ErrNoTarget) || !errors.As(err, &pe):
			return "want no target, got " + got.HostPort() + " (" + errString(err) + ")"
		case pe.Failure != p.Failure:
			return "failure " + string(pe.Failure) + ", want " + string(p.Failure)
		}
		return ""
	}
	switch {
	case err != nil:
		return "error: " + err.Error()
	case got.Host != p.Host || got.Port != p.Port:
		return "got " + got.HostPort() + ", want " + (Target{Host: p.Host, Port: p.Port}).HostPort()
	case got.Failure != p.Failure:
		return "failure " + string(got.Failure) + ", want " + string(p.Failure)
	case p.Addr != "" && got.Addr != p.Addr:
		return "addr " + got.Addr + ", want " + p.Addr
	case p.Via != "" && got.Via != p.Via:
		return "via " + got.Via + ", want " + p.Via
	case got.Kind == KindError && (got.Evidence == "" || got.Line < 1):
		return "no evidence or line"
	}
	return ""
}

func errString(err error) string {
	if err == nil {
		return "no error"
	}
	return err.Error()
}

// TestPastes checks the parser against every real paste in the corpus.
func TestPastes(t *testing.T) {
	ps := loadPastes(t)
	if len(ps) < 300 {
		t.Errorf("corpus has %d pastes, want at least 300", len(ps))
	}
	seen := map[string]bool{}
	failed := 0
	for _, p := range ps {
		if seen[p.ID] {
			t.Errorf("duplicate id %s", p.ID)
		}
		seen[p.ID] = true
		if msg := checkPaste(p); msg != "" {
			failed++
			t.Errorf("%s (%s, %s): %s", p.ID, p.Family, p.Source, msg)
		}
	}
	t.Logf("%d of %d pastes read right", len(ps)-failed, len(ps))
}

// TestPastesAsCopied checks that every paste reads the same as it often
// reaches a helpdesk: copied on Windows (lines ended CR LF) and quoted in
// a Markdown reply or an e-mail ("> " before each line) between a
// person's sentences; logged to journald (its header before each line)
// under a sentence and given by a web page or a chat (no-break spaces for
// spaces); indented as a code block (four spaces) in a Docker Compose log
// (a container's column before each line).
func TestPastesAsCopied(t *testing.T) {
	if testing.Short() {
		t.Skip("the whole corpus three times over")
	}
	each := func(s, prefix string) string { return prefix + strings.ReplaceAll(s, "\n", "\n"+prefix) }
	for _, p := range loadPastes(t) {
		for _, q := range []struct {
			how  string
			text string
		}{
			{"with CR LF line ends, quoted in a reply", strings.ReplaceAll("Since this morning I get:\n\n"+each(p.Text, "> ")+"\n\nAny idea?", "\n", "\r\n")},
			{"logged to journald, with no-break spaces", strings.ReplaceAll("The service log says:\n"+each(p.Text, "Nov 24 05:38:28 web01 app[311]: ")+"\nThanks, Anna", " ", "\u00a0")},
			{"indented in a Compose log", each(each(p.Text, "    "), "web-1  | ")},
		} {
			c := p
			c.Text = q.text
			if msg := checkPaste(c); msg != "" {
				t.Errorf("%s %s: %s", p.ID, q.how, msg)
			}
		}
	}
}

// BenchmarkParse1MBCorpus parses 1 MB of distinct real lines: the corpus's
// pastes one after another, each shape met once or a few times, unlike the
// repeated shapes of BenchmarkParse1MBShapes (issue #16's goal is 50 ms a MB).
func BenchmarkParse1MBCorpus(b *testing.B) {
	var sb strings.Builder
	for _, p := range loadPastes(b) {
		if sb.Len()+len(p.Text)+1 > 1<<20 {
			break
		}
		sb.WriteString(p.Text)
		sb.WriteByte('\n')
	}
	in := sb.String()
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		Parse(in)
	}
}
