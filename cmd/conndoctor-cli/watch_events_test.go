package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/conndoctor/conndoctor/engine/watch"
	"github.com/conndoctor/conndoctor/history"
)

// TestWatchNetworkEvents: a network change during a watch is printed live
// (escaped: an interface name is the system's text), saved with the
// watch, and named in the summary of the failure window it explains.
func TestWatchNetworkEvents(t *testing.T) {
	trigger, ack := make(chan string), make(chan struct{})
	s := &scriptSampler{script: "..xx..", why: "no answer", at: func(n int) {
		switch n {
		case 2:
			trigger <- "link \x1b[2Jwlan0 went down"
			<-ack
		case 4:
			trigger <- "link \x1b[2Jwlan0 came up"
			<-ack
		}
	}}
	fakeWatch(t, s)
	watchNetwork = func(ctx context.Context, report func(watch.Event)) error {
		for {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case d := <-trigger:
				report(watch.Event{Kind: watch.EventNetwork, Detail: d})
				ack <- struct{}{}
			}
		}
	}
	db := filepath.Join(t.TempDir(), "h.db")
	var out, errs bytes.Buffer
	run(context.Background(), []string{"watch", "--every", "1s", "--for", "6s", "--no-diagnose", "--db", db, "10.0.0.5:443"}, nil, &out, &errs)
	text := out.String()
	if strings.Contains(text, "\x1b") {
		t.Errorf("an interface name reached the terminal unescaped:\n%q", text)
	}
	for _, want := range []string{"wlan0 went down\n", "wlan0 came up\n", "in that window hop 2 lost 100% and link", "wlan0 went down at 14:00:02 and link"} {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %q:\n%s", want, text)
		}
	}
	st, err := history.Open(db, history.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	w, err := st.GetWatch(1)
	if err != nil || len(w.Events) != 2 || w.Events[0].Kind != watch.EventNetwork || !strings.HasSuffix(w.Events[1].Detail, "wlan0 came up") {
		t.Fatalf("stored events: %+v %v", w, err)
	}
}

// TestWatchExportRedacted: export --watch --redact writes HTML, PDF and
// JSON with the watch's names and addresses replaced.
func TestWatchExportRedacted(t *testing.T) {
	s := &scriptSampler{script: "..xx..", why: "billing.acme (10.0.0.5) did not answer"}
	fakeWatch(t, s)
	db := filepath.Join(t.TempDir(), "h.db")
	var out, errs bytes.Buffer
	run(context.Background(), []string{"watch", "--every", "1s", "--for", "6s", "--no-diagnose", "--db", db, "billingsrv:443"}, nil, &out, &errs)
	for _, format := range []string{"html", "pdf", "json"} {
		path := filepath.Join(t.TempDir(), "w."+format)
		out.Reset()
		errs.Reset()
		if code := run(context.Background(), []string{"export", "--watch", "--redact", "--db", db, "-o", path, "w1"}, nil, &out, &errs); code != exitHealthy {
			t.Errorf("export %s: exit %d\n%s", format, code, errs.String())
			continue
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		if format == "pdf" {
			text = pdfText(t, path)
		}
		for _, leak := range []string{"billingsrv", "billing.acme", "10.0.0.5", "10.0.0.1"} {
			if strings.Contains(text, leak) {
				t.Errorf("%s: %q survived --redact", format, leak)
			}
		}
		if !strings.Contains(text, "2 of 6 attempts failed") || !strings.Contains(text, "host-1") {
			t.Errorf("%s lacks the summary or the placeholder:\n%.600s", format, text)
		}
	}
}

// pdfText is the text of a PDF file (pdftotext, Debian package poppler-utils).
func pdfText(t *testing.T, path string) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext is not installed")
	}
	out, err := exec.Command("pdftotext", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}
