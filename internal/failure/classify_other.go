//go:build !linux && !windows

package failure

import (
	"errors"
	"syscall"
)

// otherKinds maps the POSIX errno values every Unix names alike.
var otherKinds = map[syscall.Errno]Kind{
	syscall.ECONNREFUSED:  Refused,
	syscall.ETIMEDOUT:     TimedOut,
	syscall.EHOSTUNREACH:  HostUnreachable,
	syscall.ENETUNREACH:   NetUnreachable,
	syscall.ENETDOWN:      NetworkDown,
	syscall.EPERM:         Permission,
	syscall.EACCES:        Permission,
	syscall.EADDRINUSE:    AddrInUse,
	syscall.EADDRNOTAVAIL: AddrNotAvailable,
	syscall.ENOBUFS:       NoBuffers,
	syscall.ECONNRESET:    Reset,
	syscall.ECONNABORTED:  Aborted,
	syscall.EAFNOSUPPORT:  NotSupported,
	syscall.EINTR:         Canceled,
}

// fromOS reads an errno out of err.
func fromOS(err error) (osError, bool) {
	var e syscall.Errno
	if !errors.As(err, &e) || e == 0 {
		return osError{}, false
	}
	k, ok := otherKinds[e]
	if !ok {
		k = Unknown
	}
	return osError{number: uint32(e), kind: k}, true
}
