//go:build linux

package lab

import (
	"bufio"
	"io"
	"net"
	"net/http"
	"time"
)

// Proxy serves an HTTP CONNECT proxy on addr inside role's namespace; its
// connections onward are made from that namespace too, with names looked up
// in zone (as the lab's DNS server would answer).
func (l *Lab) Proxy(s *Servers, role, addr string, zone map[string][]string) error {
	return l.serve(s, role, addr, func(c net.Conn) { l.tunnel(role, c, zone) })
}

// tunnel answers one CONNECT request and copies bytes both ways.
func (l *Lab) tunnel(role string, c net.Conn, zone map[string][]string) {
	defer c.Close()
	c.SetDeadline(time.Now().Add(30 * time.Second))
	br := bufio.NewReader(c)
	req, err := http.ReadRequest(br)
	if err != nil {
		return
	}
	if req.Method != http.MethodConnect {
		io.WriteString(c, "HTTP/1.1 405 Method Not Allowed\r\n\r\n")
		return
	}
	dst := req.Host
	if host, port, err := net.SplitHostPort(req.Host); err == nil && len(zone[host]) > 0 {
		dst = net.JoinHostPort(zone[host][0], port)
	}
	var up net.Conn
	if err := l.Do(role, func() (err error) {
		up, err = net.DialTimeout("tcp", dst, 3*time.Second)
		return err
	}); err != nil {
		io.WriteString(c, "HTTP/1.1 502 Bad Gateway\r\n\r\n")
		return
	}
	defer up.Close()
	io.WriteString(c, "HTTP/1.1 200 Connection established\r\n\r\n")
	done := make(chan struct{}, 2)
	go func() { io.Copy(up, br); done <- struct{}{} }()
	go func() { io.Copy(c, up); done <- struct{}{} }()
	<-done
}
