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

// Windows does not end a TCP connection attempt on an ICMP error: it
// retransmits the SYN until its own time-out. With
// TCP_FAIL_CONNECT_ON_ICMP_ERROR (Windows 10 1703 and later) the attempt
// fails at once, and TCP_ICMP_ERROR_INFO says which ICMP message ended it
// and who sent it — what a raw ICMP socket tells on Linux, with no
// administrator rights. Trippy traces TCP on Windows this way.

var (
	ws2           = windows.NewLazySystemDLL("ws2_32.dll")
	procWSAPoll   = ws2.NewProc("WSAPoll")
	procIoctlsock = ws2.NewProc("ioctlsocket")
)

const (
	soError    = 0x1007 // SO_ERROR
	fionbio    = 0x8004667e
	pollWrNorm = 0x0010
	pollErr    = 0x0001
	pollHup    = 0x0002
)

// icmpErrorInfo is ICMP_ERROR_INFO.
type icmpErrorInfo struct {
	srcAddress windows.RawSockaddrInet
	protocol   int32
	typ, code  uint8
	_          [2]byte
}

// wsaPollFD is WSAPOLLFD.
type wsaPollFD struct {
	fd      windows.Handle
	events  int16
	revents int16
	_       [4]byte
}

// errICMPSetup wraps a failure to prepare the socket: the caller falls back
// to a plain connect.
type errICMPSetup struct{ error }

// connectICMP makes one TCP connection attempt to dst:port with the given
// TTL or IPv6 hop limit (0: the system's), failing at once on an ICMP
// error and reading it back. It returns an errICMPSetup when the socket
// cannot be prepared (Wine 8 refuses TCP_FAIL_CONNECT_ON_ICMP_ERROR with
// WSAENOPROTOOPT).
func connectICMP(ctx context.Context, dst net.IP, port, ttl int) (tcpAttempt, error) {
	family, level, opt, sa := windows.AF_INET6, windows.IPPROTO_IPV6, windows.IPV6_UNICAST_HOPS, windows.Sockaddr(nil)
	if v4 := dst.To4(); v4 != nil {
		a := &windows.SockaddrInet4{Port: port}
		copy(a.Addr[:], v4)
		family, level, opt, sa = windows.AF_INET, windows.IPPROTO_IP, windows.IP_TTL, a
	} else {
		a := &windows.SockaddrInet6{Port: port}
		copy(a.Addr[:], dst.To16())
		sa = a
	}
	s, err := windows.Socket(family, windows.SOCK_STREAM, windows.IPPROTO_TCP)
	if err != nil {
		return tcpAttempt{}, errICMPSetup{failure.Wrap("socket", os.NewSyscallError("socket", err))}
	}
	defer windows.Closesocket(s)
	if ttl > 0 {
		if err := windows.SetsockoptInt(s, level, opt, ttl); err != nil {
			return tcpAttempt{}, errICMPSetup{failure.Wrap("setsockopt "+hopOption(family), os.NewSyscallError("setsockopt", err))}
		}
	}
	if err := windows.SetsockoptInt(s, windows.IPPROTO_TCP, windows.TCP_FAIL_CONNECT_ON_ICMP_ERROR, 1); err != nil {
		return tcpAttempt{}, errICMPSetup{failure.Wrap("setsockopt TCP_FAIL_CONNECT_ON_ICMP_ERROR", os.NewSyscallError("setsockopt", err))}
	}
	if err := procWSAPoll.Find(); err != nil {
		return tcpAttempt{}, errICMPSetup{err}
	}
	if f, ok := nonBlocking(s); !ok {
		return tcpAttempt{}, errICMPSetup{f}
	}
	start := time.Now()
	if err := windows.Connect(s, sa); err != nil && !errors.Is(err, windows.WSAEWOULDBLOCK) {
		return tcpAttempt{err: failure.Wrap("connect", os.NewSyscallError("connect", err)), took: time.Since(start), done: true}, nil
	}
	code, done := waitConnectWin(ctx, s, func() {})
	a := tcpAttempt{took: time.Since(start), done: done}
	switch {
	case !done:
	case code < 0:
		a.err = failure.Wrap("getsockopt SO_ERROR", os.NewSyscallError("getsockopt", windows.Errno(-code)))
	case code > 0:
		a.err = failure.Wrap("connect", os.NewSyscallError("connect", windows.Errno(code)))
		a.icmp, a.hop = readICMPErrorInfo(s)
	}
	return a, nil
}

// hopOption names the socket option that limits a probe's hops.
func hopOption(family int) string {
	if family == windows.AF_INET6 {
		return "IPV6_UNICAST_HOPS"
	}
	return "IP_TTL"
}

// readICMPErrorInfo reads TCP_ICMP_ERROR_INFO: the report (nil when there
// is none) and whether it was a router's "time exceeded".
func readICMPErrorInfo(s windows.Handle) (*ICMPReport, bool) {
	var info icmpErrorInfo
	l := int32(unsafe.Sizeof(info))
	if err := windows.Getsockopt(s, windows.IPPROTO_TCP, windows.TCP_ICMP_ERROR_INFO, (*byte)(unsafe.Pointer(&info)), &l); err != nil {
		return nil, false
	}
	switch info.srcAddress.Family {
	case windows.AF_INET:
		p := (*windows.RawSockaddrInet4)(unsafe.Pointer(&info.srcAddress))
		return icmpErrorReport(net.IP(p.Addr[:]), false, int(info.typ), int(info.code))
	case windows.AF_INET6:
		p := (*windows.RawSockaddrInet6)(unsafe.Pointer(&info.srcAddress))
		return icmpErrorReport(net.IP(p.Addr[:]), true, int(info.typ), int(info.code))
	}
	return nil, false
}
