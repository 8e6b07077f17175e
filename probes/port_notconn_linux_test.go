//go:build linux

package probes

import (
	"net"
	"testing"

	"golang.org/x/sys/unix"
)

// TestNotConnected checks that an attempt whose socket has no peer is never
// read as connected, and that a connected socket is, on loopback.
func TestNotConnected(t *testing.T) {
	fd, err := unix.Socket(unix.AF_INET, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer unix.Close(fd)
	if got := notConnected(fd, 0); got != unix.ENOTCONN {
		t.Errorf("unconnected socket, no error: %v, want ENOTCONN", got)
	}
	if got := notConnected(fd, unix.ECONNREFUSED); got != unix.ECONNREFUSED {
		t.Errorf("a refusal: %v, want ECONNREFUSED", got)
	}
	ln, err := net.Listen("tcp4", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	port := ln.Addr().(*net.TCPAddr).Port
	if err := unix.Connect(fd, &unix.SockaddrInet4{Port: port, Addr: [4]byte{127, 0, 0, 1}}); err != nil {
		t.Fatal(err)
	}
	if got := notConnected(fd, 0); got != 0 {
		t.Errorf("connected socket: %v, want none", got)
	}
}
