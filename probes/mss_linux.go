package probes

import (
	"syscall"

	"golang.org/x/sys/unix"
)

// clampMSS sets TCP_MAXSEG before connect, so the MSS this side announces
// (and the segments the server sends) are at most mss.
func clampMSS(mss int) func(network, address string, c syscall.RawConn) error {
	return func(_, _ string, c syscall.RawConn) error {
		var serr error
		err := c.Control(func(fd uintptr) { serr = unix.SetsockoptInt(int(fd), unix.IPPROTO_TCP, unix.TCP_MAXSEG, mss) })
		if err != nil {
			return err
		}
		return serr
	}
}
