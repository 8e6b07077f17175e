package main

import (
	"bytes"
	"context"
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
