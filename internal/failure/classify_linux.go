//go:build linux

package failure

import (
	"errors"

	"golang.org/x/sys/unix"
)

// linuxKinds maps the errno values network calls return.
var linuxKinds = map[unix.Errno]Kind{
	unix.ECONNREFUSED:    Refused,
	unix.ETIMEDOUT:       TimedOut,
	unix.EHOSTUNREACH:    HostUnreachable,
	unix.EHOSTDOWN:       HostUnreachable,
	unix.ENETUNREACH:     NetUnreachable,
	unix.ENETDOWN:        NetworkDown,
	unix.EPERM:           Permission, // a netfilter rule on this computer
	unix.EACCES:          Permission,
	unix.EADDRINUSE:      AddrInUse,
	unix.EADDRNOTAVAIL:   AddrNotAvailable,
	unix.ENOBUFS:         NoBuffers,
	unix.ENOMEM:          NoBuffers,
	unix.EMFILE:          NoBuffers,
	unix.ENFILE:          NoBuffers,
	unix.ECONNRESET:      Reset,
	unix.ENETRESET:       Reset,
	unix.ECONNABORTED:    Aborted,
	unix.EOPNOTSUPP:      NotSupported,
	unix.EPROTONOSUPPORT: NotSupported,
	unix.ESOCKTNOSUPPORT: NotSupported,
	unix.EAFNOSUPPORT:    NotSupported,
	unix.ENOPROTOOPT:     NotSupported,
	unix.ENOSYS:          NotSupported,
	unix.EINTR:           Canceled,
	unix.ECANCELED:       Canceled,
}

// fromOS reads an errno out of err.
func fromOS(err error) (osError, bool) {
	var e unix.Errno
	if !errors.As(err, &e) || e == 0 {
		return osError{}, false
	}
	k, ok := linuxKinds[e]
	if !ok {
		k = Unknown
	}
	return osError{uint32(e), unix.ErrnoName(e), k}, true
}
