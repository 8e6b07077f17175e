package probes

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// TestAppHTTPAnswers: HTTP answers that refuse or fail are failures of the
// check, with what the server said of retrying and this computer's source
// address; an ordinary 404 is an answer.
func TestAppHTTPAnswers(t *testing.T) {
	cases := []struct {
		code       int
		retryAfter string
		status     Status
		summary    string
	}{
		{503, "120", StatusFail, "HTTP 503 Service Unavailable, retry after 120"},
		{429, "30", StatusFail, "HTTP 429 Too Many Requests, retry after 30"},
		{403, "", StatusFail, "HTTP 403 Forbidden"},
		{500, "", StatusFail, "HTTP 500 Internal Server Error"},
		{404, "", StatusPass, "HTTP 404"},
		{200, "", StatusPass, "HTTP 200"},
	}
	for _, c := range cases {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if c.retryAfter != "" {
				w.Header().Set("Retry-After", c.retryAfter)
			}
			w.WriteHeader(c.code)
		}))
		ip, port := hostPort(t, srv.URL)
		r := ProbeApp(context.Background(), "http", ip, ip, port, srv.URL+"/busy", AppOptions{Proxy: direct})
		srv.Close()
		if r.Status != c.status || !strings.Contains(r.Summary, c.summary) || r.StatusCode != c.code || r.RetryAfter != c.retryAfter {
			t.Errorf("HTTP %d: %s %q retry %q, want %s with %q", c.code, r.Status, r.Summary, r.RetryAfter, c.status, c.summary)
		}
		if strings.Contains(r.Summary, "TLS") {
			t.Errorf("HTTP %d: a plain-HTTP summary names a TLS phase: %q", c.code, r.Summary)
		}
		if !strings.HasPrefix(r.Source, "127.0.0.1:") {
			t.Errorf("HTTP %d: source address %q", c.code, r.Source)
		}
	}
}

// TestAppAcceptsThenCloses: a server that accepts and closes (or resets)
// before answering is told apart from one that does not answer in time.
func TestAppAcceptsThenCloses(t *testing.T) {
	for _, reset := range []bool{false, true} {
		port := rawServer(t, func(c net.Conn) {
			if reset {
				c.(*net.TCPConn).SetLinger(0)
			}
			c.Close()
		})
		r := ProbeApp(context.Background(), "http", "127.0.0.1", "127.0.0.1", port, "", AppOptions{Proxy: direct})
		if !r.Reset || r.TimedOut || r.Status != StatusFail || !strings.Contains(r.Summary, "closed it without answering") {
			t.Errorf("reset=%v: reset %v timed out %v %s: %s", reset, r.Reset, r.TimedOut, r.Status, r.Summary)
		}
	}
}

// TestAppWaitsForTheAnswer: the wait for the first byte has its own bound
// (AnswerWait), longer than the connect bound, with progress while it
// lasts; an answer after the connect bound but within the wait arrives.
func TestAppWaitsForTheAnswer(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(1500 * time.Millisecond)
		w.Write([]byte("late but fine"))
	}))
	defer srv.Close()
	ip, port := hostPort(t, srv.URL)
	var ticks atomic.Int32
	o := AppOptions{Timeout: 500 * time.Millisecond, AnswerWait: 5 * time.Second, Proxy: direct,
		Waiting: func(d time.Duration) { ticks.Add(1) }}
	r := ProbeApp(context.Background(), "http", ip, ip, port, srv.URL, o)
	if r.Status != StatusPass || r.StatusCode != 200 || r.TimedOut || r.SlowAnswer {
		t.Errorf("an answer within the wait: %s %q", r.Status, r.Summary)
	}
	// The same answer is slow for a program that gives up after 1 s.
	o.SlowAfter = time.Second
	r = ProbeApp(context.Background(), "http", ip, ip, port, srv.URL, o)
	if r.Status != StatusWarn || !r.SlowAnswer || !strings.Contains(r.Summary, "the answer began only after 1.5 s") {
		t.Errorf("a slow answer: %s %q", r.Status, r.Summary)
	}
	if ticks.Load() == 0 {
		t.Error("no progress while waiting for the answer")
	}
}

// TestAppPhaseOnlyWhenReached: a phase that failed is not counted as
// reached — plain HTTP on an HTTPS port fails the TLS handshake, a refused
// port fails the connect.
func TestAppPhaseOnlyWhenReached(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	defer srv.Close()
	ip, port := hostPort(t, srv.URL)
	r := ProbeApp(context.Background(), "https", "app.example.com", ip, port, "", AppOptions{Proxy: direct})
	if r.FailedAt != FailTLS || r.Phases.TLS != 0 {
		t.Errorf("plain HTTP on an HTTPS port: failed at %q, TLS phase %s: %s", r.FailedAt, r.Phases.TLS.Text(), r.Summary)
	}
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	closed := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	r = ProbeApp(context.Background(), "https", "app.example.com", "127.0.0.1", closed, "", AppOptions{Proxy: direct})
	if r.FailedAt != FailConnect || r.Phases.Connect != 0 || !strings.Contains(r.Summary, "could not connect") {
		t.Errorf("refused port: failed at %q, connect phase %s: %s", r.FailedAt, r.Phases.Connect.Text(), r.Summary)
	}
}
