//go:build linux

package failure

import (
	"net"
	"os"
	"testing"

	"golang.org/x/sys/unix"
)

func TestClassifyLinux(t *testing.T) {
	cases := []struct {
		err  error
		kind Kind
		code string
		op   string
	}{
		{&net.OpError{Op: "dial", Err: os.NewSyscallError("connect", unix.ECONNREFUSED)}, Refused, "ECONNREFUSED", "connect"},
		{unix.ENETUNREACH, NetUnreachable, "ENETUNREACH", ""},
		{unix.EHOSTUNREACH, HostUnreachable, "EHOSTUNREACH", ""},
		{unix.ETIMEDOUT, TimedOut, "ETIMEDOUT", ""},
		{unix.EPERM, Permission, "EPERM", ""},
		{os.NewSyscallError("socket", unix.EAFNOSUPPORT), NotSupported, "EAFNOSUPPORT", "socket"},
		{unix.EADDRNOTAVAIL, AddrNotAvailable, "EADDRNOTAVAIL", ""},
		{unix.ENOBUFS, NoBuffers, "ENOBUFS", ""},
		{unix.EIO, Unknown, "EIO", ""},
	}
	for _, c := range cases {
		f := Classify(c.err)
		if f.Kind != c.kind || f.Code != c.code || f.Op != c.op {
			t.Errorf("Classify(%v) = %+v, want %s %s in %q", c.err, f, c.kind, c.code, c.op)
		}
	}
}
