package report

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/conndoctor/conndoctor/engine/watch"
	"github.com/conndoctor/conndoctor/history"
	"github.com/conndoctor/conndoctor/target"
)

// Every name and address leakyWatch holds somewhere.
var (
	watchNames = []string{"billingsrv", "billing.acme", "gw7.acme", "bob", "s3cret"}
	watchAddrs = []string{"10.66.3.10", "2001:db8:66::10", "10.66.1.1", "10.66.2.1", "10.66.0.53", "10.66.0.54",
		"fe80::66", "10.66.1.7"}
)

// leakyWatch is a watch with names and addresses in every field a watch
// stores: the target as typed and parsed, answers, connections, pings,
// hops, failure reasons and events.
func leakyWatch(t *testing.T) *history.SavedWatch {
	tg, err := target.Parse("http://bob:s3cret@billingsrv:8443/pay")
	if err != nil {
		t.Fatal(err)
	}
	start := time.Date(2025, 3, 4, 14, 0, 0, 0, time.UTC)
	w := &history.SavedWatch{WatchRow: history.WatchRow{ID: 9, Started: start, Ended: start.Add(time.Minute),
		Input: tg.Input, Target: tg.HostPort(), Every: 5 * time.Second, Samples: 12, Failed: 3}, TargetParsed: tg, Version: "test"}
	for i := range 12 {
		s := watch.Sample{Seq: i, At: start.Add(time.Duration(i) * 5 * time.Second), OK: i < 4 || i > 6,
			DNS:      &watch.Lookup{Ms: 1, Answer: []string{"10.66.3.10", "2001:db8:66::10"}},
			Connects: []watch.Connect{{Addr: "10.66.3.10", Ms: 2, State: "open"}, {Addr: "2001:db8:66::10", Ms: 3, State: "open"}},
			App:      "HTTP 200 from billingsrv", FirstByteMs: 9,
			Gateway: &watch.Ping{Addr: "10.66.1.1", Sent: 2, Recv: 2, AvgMs: 1}, Target: &watch.Ping{Addr: "10.66.3.10", Sent: 2, Recv: 2}}
		if !s.OK {
			s.Connects[0].State, s.Connects[1].State, s.FirstByteMs = "filtered", "filtered", 0
			s.Why = "dial tcp 10.66.3.10:8443: i/o timeout; billingsrv (billing.acme, via gw7.acme) did not answer \x1b[2J"
			s.Trace = []watch.Hop{{TTL: 1, Addr: "10.66.1.1", Sent: 2, Recv: 2}, {TTL: 2, Addr: "10.66.2.1", Sent: 2}}
		}
		w.Samples = append(w.Samples, s)
	}
	w.Events = []watch.Event{
		{At: start.Add(19 * time.Second), Kind: watch.EventNetwork, Detail: "link eth0 went down"},
		{At: start.Add(21 * time.Second), Kind: watch.EventNetwork, Detail: "DNS servers changed from 10.66.0.53 to 10.66.0.54, 2001:db8:66::10"},
		{At: start.Add(22 * time.Second), Kind: watch.EventNetwork, Detail: "default route via 10.66.1.1 on eth0 replaced by one via fe80::66 on eth0"},
		{At: start.Add(23 * time.Second), Kind: watch.EventNetwork, Detail: "address 10.66.1.7/24 added on eth0"},
	}
	return w
}

// TestWatchRedacted: with --redact no name or address of the watch
// survives in the HTML, the JSON or the PDF's text, while the summary still
// names the hop and the events (by placeholder); without it, names stay
// and only control characters and passwords go.
func TestWatchRedacted(t *testing.T) {
	o := Options{Redact: true, Location: time.UTC, Now: func() time.Time { return time.Date(2025, 3, 5, 9, 0, 0, 0, time.UTC) }}
	orig := leakyWatch(t)
	w := ScrubWatch(o, orig)
	if orig.Samples[5].Why == w.Samples[5].Why || orig.Input == w.Input {
		t.Fatal("ScrubWatch changed nothing, or changed the original")
	}
	var html, js, pdf bytes.Buffer
	if err := WatchHTML(&html, w); err != nil {
		t.Fatal(err)
	}
	if err := JSON(&js, NewWatchDoc(w, time.UTC)); err != nil {
		t.Fatal(err)
	}
	if err := WatchPDF(&pdf, w, o); err != nil {
		t.Fatal(err)
	}
	text := pdfToText(t, pdf.Bytes())
	for format, out := range map[string]string{"HTML": html.String(), "JSON": js.String(), "PDF": text} {
		low := strings.ToLower(out)
		for _, leak := range append(watchNames, watchAddrs...) {
			if strings.Contains(low, strings.ToLower(leak)) {
				t.Errorf("%s: %q survived redaction", format, leak)
			}
		}
		for _, want := range []string{"3 of 12 attempts failed", "hop 2 (ip-", "link eth0 went down", "host-1"} {
			if !strings.Contains(out, want) {
				t.Errorf("%s lacks %q", format, want)
			}
		}
	}
	if !strings.Contains(html.String(), "event on this computer") {
		t.Error("the HTML chart does not mark the events")
	}
	if !strings.Contains(html.String(), hopTitle) || !strings.Contains(html.String(), ">1 ip-") {
		t.Error("the HTML's hop strip is missing, or its rows are not named by placeholder")
	}
	for _, want := range []string{"Watch of", "Failure windows", "On this computer", "Failed samples", "DNS servers changed from ip-"} {
		if !strings.Contains(text, want) {
			t.Errorf("PDF text lacks %q:\n%s", want, text)
		}
	}

	plain := ScrubWatch(Options{}, orig)
	if !strings.Contains(plain.Samples[5].Why, "billingsrv (billing.acme") || strings.Contains(plain.Samples[5].Why, "\x1b") ||
		strings.Contains(plain.Input, "s3cret") {
		t.Errorf("unredacted: %q, input %q", plain.Samples[5].Why, plain.Input)
	}
}
