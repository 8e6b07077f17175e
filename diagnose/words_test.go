package diagnose

import (
	"regexp"
	"strings"
	"testing"

	"github.com/conndoctor/conndoctor/probes"
	"github.com/conndoctor/conndoctor/target"
)

// jargon are the technical words an evidence line may use only after a
// plain first sentence.
var jargon = regexp.MustCompile(`\b(SYN|RST|ETIMEDOUT|E[A-Z]{4,}|getsockopt|SO_ERROR|ARP|ICMP|NXDOMAIN|SERVFAIL)\b`)

// firstSentence is the text up to the first ". " (or all of it).
func firstSentence(s string) string {
	if i := strings.Index(s, ". "); i >= 0 {
		return s[:i]
	}
	return s
}

// TestEvidenceLeadsInPlainWords: every evidence line the rules write
// starts with a sentence free of jargon; the technical detail comes after.
func TestEvidenceLeadsInPlainWords(t *testing.T) {
	for _, c := range diagnoseCases {
		tgt, _ := target.Parse("app.example.com:443")
		d := Diagnose(tgt, c.set)
		for _, f := range append([]Finding{d.Verdict}, d.Secondary...) {
			for _, e := range f.Evidence {
				if m := jargon.FindString(firstSentence(e.Text)); m != "" {
					t.Errorf("%s: %s evidence leads with %q: %s", c.name, f.Code, m, e.Text)
				}
			}
		}
	}
}

// TestGatewayFixNamesOnlyTheGateway: the 504 fix names the settings of
// the product that answered, and no other product.
func TestGatewayFixNamesOnlyTheGateway(t *testing.T) {
	products := []string{""}
	for p := range upstreamTimeouts {
		products = append(products, p)
	}
	products = append(products, "Caddy") // recognised by a future version
	for _, product := range products {
		s := with(func(s *probes.Set) {
			s.App = &probes.AppResult{Check: chk("app", probes.StatusFail, "HTTP 504"), HTTP: true, StatusCode: 504, Server: "x",
				Gateway: &probes.Gateway{Product: product, Upstream: true, Reason: "504"}}
		})
		tgt, _ := target.Parse("app.example.com:443")
		d := Diagnose(tgt, s)
		if d.Verdict.Code != CodeGatewayTimeout {
			t.Fatalf("%s: verdict %s", product, d.Verdict.Code)
		}
		var fix []string
		for _, st := range d.Verdict.Fix {
			fix = append(fix, st.Text)
		}
		text := strings.Join(fix, " ")
		if product != "" && !strings.Contains(text, product) && !strings.Contains(text, upstreamTimeouts[product]) {
			t.Errorf("%s: the fix does not name it: %s", product, text)
		}
		for other := range upstreamTimeouts {
			if other != product && strings.Contains(text, other) {
				t.Errorf("%s identified, but the fix names %s: %s", product, other, text)
			}
		}
	}
}
