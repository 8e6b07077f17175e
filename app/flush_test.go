package app

import (
	"context"
	"errors"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/conndoctor/conndoctor/platform"
	"github.com/conndoctor/conndoctor/probes"
	"github.com/conndoctor/conndoctor/report"
)

func TestOffersFlush(t *testing.T) {
	v := &report.RunView{Verdict: report.FindingView{Fix: []report.StepView{{Text: "Ask the server owner."}}}}
	if offersFlush(v) {
		t.Error("flush offered without a flush step")
	}
	v.Secondary = []report.FindingView{{Fix: []report.StepView{{Text: "Flush the DNS cache of this computer."}}}}
	if !offersFlush(v) {
		t.Error("flush not offered for a flush step")
	}
}

func TestFlushOutcomes(t *testing.T) {
	cases := []struct {
		name string
		res  platform.FlushResult
		err  error
		want string
	}{
		{"flushed", platform.FlushResult{Caches: []string{"systemd-resolved"}}, nil, "DNS cache flushed (systemd-resolved)"},
		{"none", platform.FlushResult{}, platform.ErrNoDNSCache, "This computer runs no DNS cache"},
		{"admin", platform.FlushResult{}, &platform.FlushError{Cache: "nscd", NeedsAdmin: true, Detail: "Only root"}, "sudo conndoctor-cli flush-dns"},
		{"broken", platform.FlushResult{}, errors.New("resolvectl crashed"), "crashed"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h := newHarness(t, (&script{}).run)
			h.u.deps.FlushDNS = func(context.Context) (platform.FlushResult, error) { return c.res, c.err }
			// Through the button and its confirmation, as a user would.
			b := h.u.flushButton()
			h.locked(func() { test.Tap(&b.Button) })
			h.tapButton(h.overlay(), "Yes")
			h.waitFor("the outcome", func() bool {
				all := h.u.lastToast
				if o := h.overlay(); o != nil {
					all += strings.Join(texts(o), " ")
				}
				return strings.Contains(all, c.want)
			})
		})
	}
}

func TestProxyVerdictOffersSettings(t *testing.T) {
	h := newHarness(t, (&script{port: probes.PortFiltered, proxyOK: true}).run)
	h.start("app.example.com:443")
	h.waitFor("the diagnosis", func() bool { return h.u.diag != nil })
	if code := h.u.diag.view.Verdict.Code; code != "proxy.required" {
		t.Fatalf("verdict %q", code)
	}
	if h.find(h.u.diag.content, "Open proxy settings") == nil {
		t.Error("no Open proxy settings button for a proxy verdict")
	}
	if h.find(h.u.diag.content, "Flush DNS cache") != nil {
		t.Error("Flush DNS cache offered for a proxy verdict")
	}
}
