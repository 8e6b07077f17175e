package probes

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// These tests talk only to servers on 127.0.0.1. Each hostile server would
// go on for minutes; the check ending at all, with what it saw, is the
// proof of its bounds.

// trickle answers with headers at once, then one body byte every tick for
// up to max bytes, reporting each byte sent on sent and the client going
// away on gone.
func trickle(tick time.Duration, max int, sent chan<- int, gone chan<- struct{}) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		defer close(gone)
		w.WriteHeader(http.StatusOK)
		w.(http.Flusher).Flush()
		for i := 1; i <= max; i++ {
			select {
			case <-r.Context().Done():
				return
			case <-time.After(tick):
			}
			if _, err := w.Write([]byte("x")); err != nil {
				return
			}
			w.(http.Flusher).Flush()
			select {
			case sent <- i:
			default:
			}
		}
	}
}

func TestAppBodyTrickleIsBounded(t *testing.T) {
	const max = 10000 // 200 s of body at this pace
	gone := make(chan struct{})
	srv := httptest.NewServer(trickle(20*time.Millisecond, max, make(chan int, 1), gone))
	defer srv.Close()
	ip, port := hostPort(t, srv.URL)
	// A byte every 20 ms never leaves a 2 s silence, even when a loaded
	// machine pauses the server for a moment: too slow, never stalled.
	o := AppOptions{Timeout: 2 * time.Second, StallAfter: 2 * time.Second, MaxTime: 3 * time.Second, Proxy: direct}
	r := ProbeApp(context.Background(), "http", ip, ip, port, srv.URL, o)
	<-gone // the server saw the check hang up
	if !r.TooSlow || r.Stalled || !r.TimedOut || r.FailedAt != FailBody || r.Status != StatusFail {
		t.Errorf("trickle: too slow %v stalled %v timed out %v failed at %q status %s", r.TooSlow, r.Stalled, r.TimedOut, r.FailedAt, r.Status)
	}
	if r.BodyBytes == 0 || r.BodyBytes >= max || r.BodyRate <= 0 {
		t.Errorf("trickle: %d bytes at %v bytes/s, want some of %d", r.BodyBytes, r.BodyRate, max)
	}
	if r.Phases.Body.D() < o.MaxTime {
		t.Errorf("stopped after %s, before the %s bound", r.Phases.Body.D(), o.MaxTime)
	}
	if !strings.Contains(r.Summary, "bytes/s; stopped after") || r.MaxTime != Millis(o.MaxTime) {
		t.Errorf("summary: %s", r.Summary)
	}
}

// rawServer accepts connections and hands each to serve.
func rawServer(t *testing.T, serve func(net.Conn)) int {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				serve(c)
			}()
		}
	}()
	return ln.Addr().(*net.TCPAddr).Port
}

func TestAppHeaderTrickleIsBounded(t *testing.T) {
	port := rawServer(t, func(c net.Conn) {
		// Read the request first: an answer sent before it is written is
		// "unsolicited" to net/http, whatever its speed.
		c.SetReadDeadline(time.Now().Add(time.Second))
		c.Read(make([]byte, 4096))
		io.WriteString(c, "HTTP/1.1 200 OK\r\nX-Slow: ")
		for range 10000 {
			time.Sleep(20 * time.Millisecond)
			if _, err := io.WriteString(c, "x"); err != nil {
				return
			}
		}
	})
	r := ProbeApp(context.Background(), "http", "127.0.0.1", "127.0.0.1", port, "", AppOptions{Timeout: 300 * time.Millisecond, Proxy: direct})
	if r.FailedAt != FailHeaders || !r.TimedOut || r.BadResponse || !strings.Contains(r.Summary, "headers did not end within 300 ms") {
		t.Errorf("header trickle: failed at %q timed out %v: %s", r.FailedAt, r.TimedOut, r.Summary)
	}
}

func TestAppMalformedAnswer(t *testing.T) {
	cases := []struct{ name, answer string }{
		{"another protocol", "SSH-2.0-OpenSSH_9.6\r\n"},
		{"bad status code", "HTTP/1.1 2x0 OK\r\n\r\n"},
		{"bad header line", "HTTP/1.1 200 OK\r\nno colon here\r\n\r\n"},
	}
	for _, c := range cases {
		port := rawServer(t, func(conn net.Conn) {
			conn.SetReadDeadline(time.Now().Add(time.Second))
			conn.Read(make([]byte, 4096))
			io.WriteString(conn, c.answer)
		})
		r := ProbeApp(context.Background(), "http", "127.0.0.1", "127.0.0.1", port, "", AppOptions{Proxy: direct})
		if !r.BadResponse || r.TimedOut || r.Status != StatusFail || !strings.Contains(r.Summary, "not valid HTTP") {
			t.Errorf("%s: bad response %v timed out %v %s: %s", c.name, r.BadResponse, r.TimedOut, r.Status, r.Summary)
		}
	}
}

// TestAppCancelledIsNoEvidence: a check its caller cancels mid-body is
// "could not run", with no time-out, stall or trickle to build a verdict on.
func TestAppCancelledIsNoEvidence(t *testing.T) {
	sent, gone := make(chan int, 1), make(chan struct{})
	srv := httptest.NewServer(trickle(20*time.Millisecond, 10000, sent, gone))
	defer srv.Close()
	ip, port := hostPort(t, srv.URL)
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		for n := range sent {
			if n >= 3 {
				cancel()
				return
			}
		}
	}()
	r := ProbeApp(ctx, "http", ip, ip, port, srv.URL, AppOptions{Proxy: direct})
	<-gone
	if r.Status != StatusSkip || r.TimedOut || r.Stalled || r.TooSlow || r.FailedAt != "" || r.BodyBytes != 0 || !strings.Contains(r.Summary, "cancelled") {
		t.Errorf("cancelled: %s %q timed out %v stalled %v too slow %v at %q", r.Status, r.Summary, r.TimedOut, r.Stalled, r.TooSlow, r.FailedAt)
	}
}
