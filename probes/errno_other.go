//go:build !linux && !windows

package probes

import (
	"errors"
	"syscall"
	"time"
)

// classifyDialErr maps a POSIX error to a port state and its name.
func classifyDialErr(err error, took time.Duration) (PortState, string) {
	var e syscall.Errno
	if !errors.As(err, &e) {
		return PortError, err.Error()
	}
	switch e {
	case syscall.ECONNREFUSED:
		return PortRefused, "ECONNREFUSED"
	case syscall.ETIMEDOUT:
		return PortFiltered, "ETIMEDOUT"
	case syscall.EHOSTUNREACH:
		if took < 2500*time.Millisecond {
			return PortRejected, "EHOSTUNREACH"
		}
		return PortUnreachable, "EHOSTUNREACH"
	case syscall.ENETUNREACH:
		return PortNoRoute, "ENETUNREACH"
	}
	return PortError, e.Error()
}
