//go:build linux

package lab

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"time"
)

// Answers is a web application that answers with refusals: "/busy" 503
// with Retry-After 120, "/limited" 429 with Retry-After 30, "/forbidden"
// 403, "/broken" 500.
func Answers() http.Handler {
	mux := http.NewServeMux()
	answer := func(code int, retry string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			if retry != "" {
				w.Header().Set("Retry-After", retry)
			}
			w.WriteHeader(code)
			fmt.Fprintln(w, http.StatusText(code))
		}
	}
	mux.Handle("/busy", answer(http.StatusServiceUnavailable, "120"))
	mux.Handle("/limited", answer(http.StatusTooManyRequests, "30"))
	mux.Handle("/forbidden", answer(http.StatusForbidden, ""))
	mux.Handle("/broken", answer(http.StatusInternalServerError, ""))
	return mux
}

// Closing accepts connections on addr inside role's namespace and closes
// each at once, before any answer: a service at its connection limit, or a
// load balancer with no healthy backend.
func (l *Lab) Closing(s *Servers, role, addr string) error {
	return l.serve(s, role, addr, func(c net.Conn) { c.Close() })
}

// Silent accepts connections on addr inside role's namespace and never
// answers, reading until the peer gives up (at most a minute).
func (l *Lab) Silent(s *Servers, role, addr string) error {
	return l.serve(s, role, addr, func(c net.Conn) {
		defer c.Close()
		c.SetDeadline(time.Now().Add(time.Minute))
		io.Copy(io.Discard, c)
	})
}

// ProxyAnswering serves a proxy on addr inside role's namespace that
// answers every CONNECT with answer (a status line and headers, without the
// final blank line), e.g. a 407 asking for NTLM.
func (l *Lab) ProxyAnswering(s *Servers, role, addr, answer string) error {
	return l.serve(s, role, addr, func(c net.Conn) {
		defer c.Close()
		c.SetDeadline(time.Now().Add(30 * time.Second))
		buf := make([]byte, 4096)
		c.Read(buf)
		io.WriteString(c, "HTTP/1.1 "+answer+"\r\nContent-Length: 0\r\n\r\n")
	})
}

// Greeting serves a service that speaks first on addr inside role's
// namespace: it sends greeting to every connection, then waits for the peer
// to close (at most 10 s).
func (l *Lab) Greeting(s *Servers, role, addr, greeting string) error {
	return l.serve(s, role, addr, func(c net.Conn) {
		defer c.Close()
		c.SetDeadline(time.Now().Add(10 * time.Second))
		io.WriteString(c, greeting)
		io.Copy(io.Discard, c)
	})
}
