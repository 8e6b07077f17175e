package engine

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/conndoctor/conndoctor/probes"
	"github.com/conndoctor/conndoctor/target"
)

// TestRunCancelledMidBody: Ctrl-C while a loopback server trickles its body
// leaves a run marked cancelled, with the TLS/HTTP check "not finished" and
// no verdict (before, it was saved as app.slow).
func TestRunCancelledMidBody(t *testing.T) {
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
	tgt, err := target.Parse(srv.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		for n := range sent {
			if n >= 3 {
				cancel()
				return
			}
		}
	}()
	o := loopbackOptions()
	o.NoTrace, o.NoMTU = true, true
	rep := Run(ctx, tgt, o, nil)
	if !rep.Cancelled || rep.Diagnosis.Verdict.Code != "" {
		t.Errorf("cancelled %v, verdict %q: want a cancelled run without a verdict", rep.Cancelled, rep.Diagnosis.Verdict.Code)
	}
	if a := rep.Results.App; a == nil || a.Status != probes.StatusSkip || a.TimedOut || a.Stalled || a.TooSlow {
		t.Errorf("app check: %+v", a)
	}
}
