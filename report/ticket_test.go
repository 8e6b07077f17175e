package report

import (
	"bytes"
	"image/png"
	"strings"
	"testing"
)

func TestTicketTextGolden(t *testing.T) {
	got := TicketText(BuildRun(sampleRun(3, false), fixed))
	golden(t, "ticket.txt", []byte(got))
	for _, want := range []string{"[port.filtered]", "run #7", "Evidence:", "Fix:\n1. "} {
		if !strings.Contains(got, want) {
			t.Errorf("ticket text lacks %q", want)
		}
	}
}

func TestTicketTextRedacted(t *testing.T) {
	o := fixed
	o.Redact = true
	got := TicketText(BuildRun(sampleRun(3, false), o))
	for _, secret := range []string{"10.99.", "app.lab.test", "helpdesk-pc"} {
		if strings.Contains(got, secret) {
			t.Errorf("redacted ticket text contains %q", secret)
		}
	}
}

func TestChartsArePNG(t *testing.T) {
	cs := Charts(BuildRun(sampleRun(5, false), fixed))
	if len(cs) != 4 {
		t.Fatalf("want 4 charts (latency, loss, ping, phases), got %d", len(cs))
	}
	for _, c := range cs {
		img, err := png.Decode(bytes.NewReader(c.PNG))
		if err != nil || c.Title == "" {
			t.Fatalf("chart %q: %v", c.Title, err)
		}
		if b := img.Bounds(); b.Dx() < 200 || b.Dy() < 100 {
			t.Errorf("chart %q is only %v", c.Title, b)
		}
	}
}
