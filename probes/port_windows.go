//go:build windows

package probes

import (
	"context"
	"errors"
	"net"
	"os"
	"time"
	"unsafe"

	"golang.org/x/sys/windows"

	"github.com/conndoctor/conndoctor/internal/failure"
)

// connectTCP makes one connection attempt on a socket of its own, so the
// socket can be read while the attempt goes on and after it: SO_ERROR for
// the outcome, SIO_TCP_INFO (TCP_INFO_v0.SynRetrans, Windows 10 1703 and
// later) for how many SYNs went out, and, with
// TCP_FAIL_CONNECT_ON_ICMP_ERROR set, TCP_ICMP_ERROR_INFO for the ICMP or ICMPv6
// message that ended it (the sender, type and code behind a rejection).
// Where the ICMP option is refused (Wine 8) the attempt goes on without it
// and the state rests on the error code and its timing; where SIO_TCP_INFO
// fails (Wine 8) the SYN count stays unknown (0), never a guess.
func connectTCP(ctx context.Context, r *PortResult, ip string, port int) {
	dst := net.ParseIP(ip)
	if dst == nil {
		r.setOutcome(failure.Failure{Kind: failure.Unknown, Op: "parse address", Err: errors.New("bad address " + ip)}, nil)
		return
	}
	family, sa, any := windows.AF_INET6, windows.Sockaddr(nil), windows.Sockaddr(&windows.SockaddrInet6{})
	if v4 := dst.To4(); v4 != nil {
		a := &windows.SockaddrInet4{Port: port}
		copy(a.Addr[:], v4)
		family, sa, any = windows.AF_INET, a, &windows.SockaddrInet4{}
	} else {
		a := &windows.SockaddrInet6{Port: port}
		copy(a.Addr[:], dst.To16())
		sa = a
	}
	s, err := windows.Socket(family, windows.SOCK_STREAM, windows.IPPROTO_TCP)
	if err != nil {
		r.setOutcome(failure.Wrap("socket", os.NewSyscallError("socket", err)), nil)
		return
	}
	defer windows.Closesocket(s)
	// Port 0, as Go's dialer binds before ConnectEx: "address in use" here
	// means no local port is free (portState).
	if err := windows.Bind(s, any); err != nil {
		r.setOutcome(failure.Wrap("bind", os.NewSyscallError("bind", err)), nil)
		return
	}
	icmpInfo := windows.SetsockoptInt(s, windows.IPPROTO_TCP, windows.TCP_FAIL_CONNECT_ON_ICMP_ERROR, 1) == nil
	if f, ok := nonBlocking(s); !ok {
		r.setOutcome(f, nil)
		return
	}
	start := time.Now()
	if err := windows.Connect(s, sa); err != nil && !errors.Is(err, windows.WSAEWOULDBLOCK) {
		r.Connect = Millis(time.Since(start))
		r.setOutcome(failure.Wrap("connect", os.NewSyscallError("connect", err)), nil)
		return
	}
	code, done := waitConnectWin(ctx, s, func() {
		if n, ok := winSynSent(s); ok && r.onSYN != nil {
			r.onSYN(n)
		}
	})
	r.Connect = Millis(time.Since(start))
	r.SynSent, _ = winSynSent(s)
	if !done {
		r.Connect = 0
		r.setOutcome(failure.Failure{Kind: failure.TimedOut, Op: "connect", Err: ctx.Err()}, nil)
		return
	}
	var f failure.Failure
	var icmp *ICMPReport
	switch {
	case code < 0:
		f = failure.Wrap("getsockopt SO_ERROR", os.NewSyscallError("getsockopt", windows.Errno(-code)))
	case code > 0:
		f = failure.Wrap("connect", os.NewSyscallError("connect", windows.Errno(code)))
		if icmpInfo {
			icmp, _ = readICMPErrorInfo(s)
		}
	default:
		f = failure.Classify(nil)
	}
	r.setOutcome(f, icmp)
}

// nonBlocking puts a socket in non-blocking mode (FIONBIO); ok is false,
// with the failure, when it cannot.
func nonBlocking(s windows.Handle) (f failure.Failure, ok bool) {
	if err := procIoctlsock.Find(); err != nil {
		return failure.Failure{Kind: failure.NotSupported, Op: "ioctlsocket", Err: err}, false
	}
	on := uint32(1)
	if r, _, e := procIoctlsock.Call(uintptr(s), fionbio, uintptr(unsafe.Pointer(&on))); r != 0 {
		return failure.Wrap("ioctlsocket", os.NewSyscallError("ioctlsocket", e)), false
	}
	return failure.Failure{}, true
}

// waitConnectWin waits until the connecting socket is writable (the
// attempt ended) or the context ends; it returns SO_ERROR (its negation
// when SO_ERROR itself could not be read) and whether it ended. SO_ERROR
// is also read at every tick: WSAPoll does not report a failed connection
// on Windows 10 before version 2004. tick runs at every poll.
func waitConnectWin(ctx context.Context, s windows.Handle, tick func()) (int, bool) {
	for ctx.Err() == nil {
		tick()
		fds := []wsaPollFD{{fd: s, events: pollWrNorm}}
		n, _, _ := procWSAPoll.Call(uintptr(unsafe.Pointer(&fds[0])), 1, 20)
		code, err := windows.GetsockoptInt(s, windows.SOL_SOCKET, soError)
		switch {
		case err != nil:
			var errno windows.Errno
			if !errors.As(err, &errno) {
				errno = windows.WSAEINVAL
			}
			return -int(errno), true
		case code != 0:
			return code, true
		case int32(n) > 0 && fds[0].revents != 0:
			return 0, true
		}
	}
	return 0, false
}

// winSynSent is how many SYNs the socket has sent, from SIO_TCP_INFO;
// ok is false where Windows (or Wine) does not tell.
func winSynSent(s windows.Handle) (int, bool) {
	version := uint32(0)
	var info tcpInfoV0
	var returned uint32
	err := windows.WSAIoctl(s, sioTCPInfo, (*byte)(unsafe.Pointer(&version)), uint32(unsafe.Sizeof(version)),
		(*byte)(unsafe.Pointer(&info)), uint32(unsafe.Sizeof(info)), &returned, nil, 0)
	if err != nil {
		return 0, false
	}
	return synsFromTCPInfo(&info, returned)
}
