package report

import (
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

func TestNetworkRequestGolden(t *testing.T) {
	r := sampleRun(3, false)
	r.Report.Results.TraceTCP = tcpTraceStopping(2)
	got := NetworkRequest(BuildRun(r, fixed))
	golden(t, "network-request.txt", []byte(got))
	for _, want := range []string{"Source:       10.99.1.2 (computer helpdesk-pc, interface eth0)", "Destination:  10.99.3.10 (app.lab.test)",
		"Port:         443", "Protocol:     TCP", "Seen:         2026-11-22 09:00:00 UTC", "run #7", "[port.filtered]", "no answer: traffic stops here"} {
		if !strings.Contains(got, want) {
			t.Errorf("network request lacks %q", want)
		}
	}
}

func TestNetworkRequestRedacted(t *testing.T) {
	o := fixed
	o.Redact = true
	got := NetworkRequest(BuildRun(sampleRun(3, false), o))
	for _, secret := range []string{"10.99.", "app.lab.test", "helpdesk-pc"} {
		if strings.Contains(got, secret) {
			t.Errorf("redacted request contains %q", secret)
		}
	}
}
