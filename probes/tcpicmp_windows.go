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
// TTL (0: the system's), failing at once on an ICMP error and reading it
// back. It returns an errICMPSetup when the socket cannot be prepared
// (Wine 8 refuses TCP_FAIL_CONNECT_ON_ICMP_ERROR with WSAENOPROTOOPT).
func connectICMP(ctx context.Context, dst net.IP, port, ttl int) (tcpAttempt, error) {
	v4 := dst.To4()
	if v4 == nil {
		return tcpAttempt{}, errICMPSetup{errors.New("IPv4 only")}
	}
	s, err := windows.Socket(windows.AF_INET, windows.SOCK_STREAM, windows.IPPROTO_TCP)
	if err != nil {
		return tcpAttempt{}, errICMPSetup{failure.Wrap("socket", os.NewSyscallError("socket", err))}
	}
	defer windows.Closesocket(s)
	if ttl > 0 {
		if err := windows.SetsockoptInt(s, windows.IPPROTO_IP, windows.IP_TTL, ttl); err != nil {
			return tcpAttempt{}, errICMPSetup{failure.Wrap("setsockopt IP_TTL", os.NewSyscallError("setsockopt", err))}
		}
	}
	if err := windows.SetsockoptInt(s, windows.IPPROTO_TCP, windows.TCP_FAIL_CONNECT_ON_ICMP_ERROR, 1); err != nil {
		return tcpAttempt{}, errICMPSetup{failure.Wrap("setsockopt TCP_FAIL_CONNECT_ON_ICMP_ERROR", os.NewSyscallError("setsockopt", err))}
	}
	if err := procIoctlsock.Find(); err != nil {
		return tcpAttempt{}, errICMPSetup{err}
	}
	if err := procWSAPoll.Find(); err != nil {
		return tcpAttempt{}, errICMPSetup{err}
	}
	on := uint32(1)
	if r, _, e := procIoctlsock.Call(uintptr(s), fionbio, uintptr(unsafe.Pointer(&on))); r != 0 {
		return tcpAttempt{}, errICMPSetup{failure.Wrap("ioctlsocket", os.NewSyscallError("ioctlsocket", e))}
	}
	sa := &windows.SockaddrInet4{Port: port}
	copy(sa.Addr[:], v4)
	start := time.Now()
	if err := windows.Connect(s, sa); err != nil && !errors.Is(err, windows.WSAEWOULDBLOCK) {
		return tcpAttempt{err: failure.Wrap("connect", os.NewSyscallError("connect", err)), took: time.Since(start), done: true}, nil
	}
	for ctx.Err() == nil {
		fds := []wsaPollFD{{fd: s, events: pollWrNorm}}
		n, _, _ := procWSAPoll.Call(uintptr(unsafe.Pointer(&fds[0])), 1, 20)
		if int32(n) <= 0 || fds[0].revents == 0 {
			continue
		}
		a := tcpAttempt{took: time.Since(start), done: true}
		code, err := windows.GetsockoptInt(s, windows.SOL_SOCKET, soError)
		switch {
		case err != nil:
			a.err = failure.Wrap("getsockopt SO_ERROR", os.NewSyscallError("getsockopt", err))
		case code != 0:
			a.err = failure.Wrap("connect", os.NewSyscallError("connect", windows.Errno(code)))
			a.icmp = readICMPErrorInfo(s)
		}
		return a, nil
	}
	return tcpAttempt{took: time.Since(start)}, nil
}

// readICMPErrorInfo reads TCP_ICMP_ERROR_INFO, or nil when there is none.
func readICMPErrorInfo(s windows.Handle) *ICMPReport {
	var info icmpErrorInfo
	l := int32(unsafe.Sizeof(info))
	if err := windows.Getsockopt(s, windows.IPPROTO_TCP, windows.TCP_ICMP_ERROR_INFO, (*byte)(unsafe.Pointer(&info)), &l); err != nil {
		return nil
	}
	if info.srcAddress.Family != windows.AF_INET {
		return nil
	}
	p := (*windows.RawSockaddrInet4)(unsafe.Pointer(&info.srcAddress))
	typ, code := int(info.typ), int(info.code)
	return &ICMPReport{From: net.IP(p.Addr[:]).String(), Type: typ, Code: code, Text: icmpText(typ, code)}
}
