//go:build !windows

package probes

import (
	"errors"
	"net"
	"os"
	"syscall"
	"testing"
)

// TestSocketDenied: only a refused ICMP socket sends the ping on to the
// other kind of socket and blames missing rights; a send that fails (no
// route, a firewall's EPERM) is the answer itself. It used to say
// "needs ping_group_range…" for "network is unreachable".
func TestSocketDenied(t *testing.T) {
	op := func(name string, errno syscall.Errno) error {
		return &net.OpError{Op: name, Net: "ip4:icmp", Err: os.NewSyscallError(name, errno)}
	}
	for _, c := range []struct {
		err  error
		want bool
	}{
		{op("listen", syscall.EPERM), true},
		{op("listen", syscall.EACCES), true},
		{op("listen", syscall.EPROTONOSUPPORT), true},
		{op("socket", syscall.EAFNOSUPPORT), true},
		{os.NewSyscallError("socket", syscall.EACCES), true}, // ping sockets off (ping_group_range)
		{op("write", syscall.EPERM), false},
		{&net.OpError{Op: "write", Err: os.NewSyscallError("sendto", syscall.EPERM)}, false},
		{op("write", syscall.ENETUNREACH), false},
		{op("listen", syscall.EADDRINUSE), false},
		{errors.New("operation not permitted"), false},
	} {
		if got := socketDenied(c.err); got != c.want {
			t.Errorf("socketDenied(%v) = %v, want %v", c.err, got, c.want)
		}
	}
}
