package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/conndoctor/conndoctor/diagnose"
	"github.com/conndoctor/conndoctor/probes"
)

// refusedRun is the sample run with its port refused: the verdict's steps
// give a Linux server's command and a Windows server's PowerShell one.
func refusedRun() *RunView {
	r := sampleRun(3, false)
	p := r.Report.Results.Port
	p.State, p.Status, p.Summary = probes.PortRefused, probes.StatusFail, "10.99.3.10:443 refused the connection"
	r.Report.Diagnosis = diagnose.Diagnose(r.Report.Target, &r.Report.Results)
	return BuildRun(r, fixed)
}

// TestCommandPrompts: each format shows a command at its own shell's
// prompt ("$ " for a Linux server's ss, "PS> " for a Windows server's
// cmdlet), and the HTML prompt is a span of its own that copying leaves
// out.
func TestCommandPrompts(t *testing.T) {
	v := refusedRun()
	if v.Verdict.Code != diagnose.CodePortRefused {
		t.Fatalf("verdict %s", v.Verdict.Code)
	}
	var h bytes.Buffer
	if err := HTML(&h, v); err != nil {
		t.Fatal(err)
	}
	var p bytes.Buffer
	if err := PDF(&p, v, fixed); err != nil {
		t.Fatal(err)
	}
	pdf := pdfToText(t, p.Bytes())
	for _, c := range []struct{ format, text, want string }{
		{"html", h.String(), `<code><span class="prompt">$ </span>ss -ltnp &#39;sport = :443&#39;</code>`},
		{"html", h.String(), `<code><span class="prompt">PS&gt; </span>Get-NetTCPConnection -State Listen -LocalPort 443</code>`},
		{"ticket", TicketText(v), "   $ ss -ltnp 'sport = :443'\n"},
		{"ticket", TicketText(v), "   PS> Get-NetTCPConnection -State Listen -LocalPort 443\n"},
		{"pdf", pdf, "$ ss -ltnp 'sport = :443'"},
		{"pdf", pdf, "PS> Get-NetTCPConnection -State Listen -LocalPort 443"},
	} {
		if !strings.Contains(c.text, c.want) {
			t.Errorf("%s lacks %q", c.format, c.want)
		}
	}
	if strings.Contains(pdf, "$ Get-Net") || strings.Contains(TicketText(v), "$ Get-Net") {
		t.Error("a PowerShell cmdlet is shown at a POSIX prompt")
	}
}
