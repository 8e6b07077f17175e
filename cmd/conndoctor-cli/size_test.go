package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/conndoctor/conndoctor/diagnose"
	"github.com/conndoctor/conndoctor/engine"
	"github.com/conndoctor/conndoctor/probes"
	"github.com/conndoctor/conndoctor/target"
)

// TestHugeServerHeaderStaysSmall replays the 9 MB Server header on a 502
// (on loopback): the real HTTP probe, the real diagnosis, the real save
// and the real printing. What is stored and printed stays small.
func TestHugeServerHeaderStaysSmall(t *testing.T) {
	big := strings.Repeat("nginx-", 9<<20/6)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Server", big)
		w.WriteHeader(http.StatusBadGateway)
		fmt.Fprint(w, "<h1>502 Bad Gateway</h1> upstream "+strings.Repeat("\x1b[2J ", 1<<20))
	}))
	defer srv.Close()
	u, _ := url.Parse(srv.URL)
	port, _ := strconv.Atoi(u.Port())
	fakeEngine(t, func(tg target.Target) *engine.Report {
		r := sampleReport(t)
		// The check's own deadlines (5 s for the headers) are for networks;
		// here 9 MB of header cross loopback from a race-built server on a
		// loaded machine, which once took longer than 5 s (a cold CI run:
		// "its headers did not end within 5000 ms"). This test is about
		// sizes, so its deadlines are a minute.
		r.Results.App = probes.ProbeApp(context.Background(), "http", "app.example.com", "127.0.0.1", port, "",
			probes.AppOptions{Proxy: func(*http.Request) (*url.URL, error) { return nil, nil },
				Timeout: time.Minute, AnswerWait: time.Minute, MaxTime: time.Minute})
		r.Diagnosis = diagnose.Diagnose(r.Target, &r.Results)
		return r
	})
	db := filepath.Join(t.TempDir(), "h.db")
	code, out, errOut := cliRun("check", "--db", db, "app.example.com:80")
	if !strings.Contains(out, "Saved as run 1") || !strings.Contains(out, "bytes more)") {
		t.Fatalf("check: exit %d\n%.2000s\n%s", code, out, errOut)
	}
	if len(out) > 32<<10 {
		t.Errorf("check printed %d bytes", len(out))
	}
	for _, args := range [][]string{{"history", "show", "--db", db, "1"}, {"history", "show", "--json", "--db", db, "1"}} {
		_, out, _ := cliRun(args...)
		t.Logf("%v: %d bytes", args[:3], len(out))
		if len(out) > 64<<10 {
			t.Errorf("%v: %d bytes", args, len(out))
		}
	}
	size := int64(0)
	for _, suffix := range []string{"", "-wal", "-shm"} {
		if st, err := os.Stat(db + suffix); err == nil {
			size += st.Size()
		}
	}
	t.Logf("check printed %d bytes; the database holds %d bytes", len(out), size)
	if size > 1<<20 {
		t.Errorf("the database takes %d bytes for one run", size)
	}
}
