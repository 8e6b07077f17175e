package main

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/conndoctor/conndoctor/engine"
	"github.com/conndoctor/conndoctor/history"
	"github.com/conndoctor/conndoctor/platform"
	"github.com/conndoctor/conndoctor/probes"
	"github.com/conndoctor/conndoctor/target"
)

// TestCancelledCheckSavesNothing: Ctrl-C while a loopback server trickles
// its body. The real engine runs (with every OS input kept on loopback);
// the check prints no verdict, exits 1 and saves nothing (before, the run
// was saved as app.slow).
func TestCancelledCheckSavesNothing(t *testing.T) {
	sent := make(chan int, 1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusOK)
		w.(http.Flusher).Flush()
		for i := 1; i <= 10000; i++ {
			select {
			case <-r.Context().Done():
				return
			case <-time.After(20 * time.Millisecond):
			}
			w.Write([]byte("x"))
			w.(http.Flusher).Flush()
			select {
			case sent <- i:
			default:
			}
		}
	}))
	defer srv.Close()
	old := runEngine
	t.Cleanup(func() { runEngine = old })
	runEngine = func(ctx context.Context, tg target.Target, o engine.Options, progress func(engine.Event)) *engine.Report {
		o.NoTrace, o.NoMTU = true, true
		o.Local.Gateways = func() ([]platform.Gateway, error) { return nil, nil }
		o.Proxy.Settings = func(context.Context) []platform.ProxyConfig { return nil }
		o.Ping = probes.PingOptions{Count: 2, Interval: 10 * time.Millisecond}
		return engine.Run(ctx, tg, o, progress)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		for n := range sent {
			if n >= 3 {
				cancel() // what SIGINT does to the CLI's context
				return
			}
		}
	}()
	db := filepath.Join(t.TempDir(), "h.db")
	var out, errOut bytes.Buffer
	code := run(ctx, []string{"check", "--db", db, srv.URL + "/"}, strings.NewReader(""), &out, &errOut)
	if code != exitProblem || !strings.Contains(errOut.String(), "cancelled; nothing was saved") {
		t.Errorf("exit %d, stderr %q", code, errOut.String())
	}
	if strings.Contains(out.String()+errOut.String(), "app.slow") || strings.Contains(out.String(), "Saved as run") {
		t.Errorf("a cancelled run was reported or saved:\n%s%s", out.String(), errOut.String())
	}
	s, err := history.Open(db, history.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if n, err := s.Count(); n != 0 || err != nil {
		t.Errorf("%d runs saved (%v), want none", n, err)
	}
}
