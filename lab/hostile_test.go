//go:build linux

package lab

import (
	"context"
	"fmt"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// hostile is a web server that attacks the terminal and the program's
// bounds: escape sequences and bidi overrides in a 502 body, its Server
// header and its reason phrase, a 9 MB header, a body sent one byte a
// second.
func hostile() http.Handler {
	evil := "\x1b]0;owned\x07\x1b[2J\x1bc\u202egnp.exe\x00"
	mux := http.NewServeMux()
	mux.HandleFunc("/evil", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Server", "nginx")
		w.WriteHeader(http.StatusBadGateway)
		fmt.Fprintf(w, "<html><title>502 Bad Gateway %s</title><body>upstream timed out %s</body></html>", evil, evil)
	})
	mux.HandleFunc("/evilheader", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Server", "nginx "+evil)
		w.Header().Set("Via", "1.1 "+evil)
		w.WriteHeader(http.StatusBadGateway)
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Server", strings.Repeat("A", 9<<20))
		w.WriteHeader(http.StatusBadGateway)
	})
	mux.HandleFunc("/trickle", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "100000")
		for i := 0; i < 100000; i++ {
			if _, err := w.Write([]byte("x")); err != nil {
				return
			}
			w.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
				return
			case <-time.After(time.Second):
			}
		}
	})
	return mux
}

// TestHostileServers runs the real CLI, as a person would in a terminal,
// against hostile answers: nothing that could drive the terminal reaches
// it, output and history stay small, and a body that trickles one byte a
// second ends the check within its bound.
func TestHostileServers(t *testing.T) {
	l := newLab(t, "")
	var srv Servers
	t.Cleanup(func() { srv.Close() })
	if err := l.Web(&srv, Server, ServerAddr+":8086", nil, hostile()); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "history.db")
	for _, path := range []string{"/evil", "/evilheader", "/huge", "/trickle"} {
		ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
		start := time.Now()
		cmd := l.CommandContext(ctx, Client, cli, "check", "--no-trace", "--db", db, "http://app.lab.test:8086"+path)
		out, _ := cmd.CombinedOutput()
		took := time.Since(start)
		ended := ctx.Err() == nil
		cancel()
		if !ended {
			t.Fatalf("%s: the check did not end (%s)", path, took)
		}
		for _, bad := range []string{"\x1b", "\x07", "\u202e", "\x00"} {
			if strings.Contains(string(out), bad) {
				t.Errorf("%s: %q reached the terminal:\n%q", path, bad, out)
			}
		}
		if len(out) > 64<<10 {
			t.Errorf("%s: %d bytes of output", path, len(out))
		}
		t.Logf("%s: %d bytes of output in %s", path, len(out), took.Round(time.Millisecond))
		if testing.Verbose() {
			t.Logf("%s", out)
		}
	}
	show := l.Command(Client, cli, "history", "show", "--db", db, "1")
	out, err := show.CombinedOutput()
	if err != nil || strings.ContainsAny(string(out), "\x1b\x07\u202e") {
		t.Errorf("history show: %v\n%q", err, out)
	}
}
