//go:build linux

package probes

import (
	"context"
	"errors"
	"net"
	"os"
	"time"

	"golang.org/x/sys/unix"

	"github.com/conndoctor/conndoctor/internal/failure"
)

// connectTCP makes the connection with raw system calls so the socket can be
// read after the attempt: SO_ERROR for the outcome and TCP_INFO for how many
// SYNs went out. A raw ICMP listener (when the process may open one) catches
// the ICMP error that explains a rejection.
func connectTCP(ctx context.Context, r *PortResult, ip string, port int) {
	dst := net.ParseIP(ip)
	if dst == nil {
		r.setOutcome(failure.Failure{Kind: failure.Unknown, Op: "parse address", Err: errors.New("bad address " + ip)}, nil)
		return
	}
	sa, family := sockaddr(dst, port)
	fd, err := unix.Socket(family, unix.SOCK_STREAM|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		r.setOutcome(failure.Wrap("socket", os.NewSyscallError("socket", err)), nil)
		return
	}
	defer unix.Close(fd)
	watch := watchICMP(ctx, dst, port)
	start := time.Now()
	err = unix.Connect(fd, sa)
	if err != nil && !errors.Is(err, unix.EINPROGRESS) {
		r.Connect = Millis(time.Since(start))
		r.setOutcome(failure.Classify(os.NewSyscallError("connect", err)), watch.result(0, 0))
		return
	}
	lport := localPort(fd)
	soErr, done := waitConnect(ctx, fd, func() {
		if r.onSYN != nil {
			r.onSYN(synSent(fd))
		}
	})
	r.Connect = Millis(time.Since(start))
	r.SynSent = synSent(fd)
	if !done {
		r.Connect = 0
		r.setOutcome(failure.Failure{Kind: failure.TimedOut, Op: "connect", Err: ctx.Err()}, nil)
		return
	}
	r.setOutcome(failure.Classify(errOf(notConnected(fd, soErr), "connect")), watch.result(lport, 50*time.Millisecond))
}

// notConnected returns soErr, or ENOTCONN when the attempt ended with no
// error on the socket yet the socket has no peer: an attempt is called
// open only when its socket is connected. Once in a CI run, one of ten
// attempts to a closed port (the nine others refused within 0.13 ms) was
// read as open in 0.096 ms, less than the path's round trip: its SO_ERROR
// came back empty. Such an attempt is an error of the check (PortError),
// which says nothing about the network, not a connection.
func notConnected(fd int, soErr unix.Errno) unix.Errno {
	if soErr != 0 {
		return soErr
	}
	if _, err := unix.Getpeername(fd); errors.Is(err, unix.ENOTCONN) {
		return unix.ENOTCONN
	}
	return 0
}

// synSent is how many SYNs the kernel has sent on the socket (from
// TCP_INFO), 0 when it cannot tell.
func synSent(fd int) int {
	info, err := unix.GetsockoptTCPInfo(fd, unix.IPPROTO_TCP, unix.TCP_INFO)
	if err != nil {
		return 0
	}
	return 1 + int(max(uint32(info.Retransmits), info.Total_retrans))
}

// waitConnect polls the connecting socket until it is writable (the attempt
// ended) or the context ends; it returns SO_ERROR and whether it ended.
// tick runs at every poll while the attempt goes on.
func waitConnect(ctx context.Context, fd int, tick func()) (unix.Errno, bool) {
	for ctx.Err() == nil {
		tick()
		wait := 25 * time.Millisecond
		if dl, ok := ctx.Deadline(); ok && time.Until(dl) < wait {
			wait = max(time.Until(dl), time.Millisecond)
		}
		fds := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLOUT}}
		n, err := unix.Poll(fds, int(wait.Milliseconds()))
		if err != nil && !errors.Is(err, unix.EINTR) {
			return errnoOf(err), true
		}
		if n > 0 {
			v, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_ERROR)
			if err != nil {
				return errnoOf(err), true
			}
			return unix.Errno(v), true
		}
	}
	return 0, false
}

// errOf is the socket error as an error: nil for success.
func errOf(e unix.Errno, op string) error {
	if e == 0 {
		return nil
	}
	return os.NewSyscallError(op, e)
}

func errnoOf(err error) unix.Errno {
	var e unix.Errno
	if errors.As(err, &e) {
		return e
	}
	return unix.EIO
}

func sockaddr(ip net.IP, port int) (unix.Sockaddr, int) {
	if v4 := ip.To4(); v4 != nil {
		sa := &unix.SockaddrInet4{Port: port}
		copy(sa.Addr[:], v4)
		return sa, unix.AF_INET
	}
	sa := &unix.SockaddrInet6{Port: port}
	copy(sa.Addr[:], ip.To16())
	return sa, unix.AF_INET6
}

func localPort(fd int) int {
	sa, err := unix.Getsockname(fd)
	if err != nil {
		return 0
	}
	switch a := sa.(type) {
	case *unix.SockaddrInet4:
		return a.Port
	case *unix.SockaddrInet6:
		return a.Port
	}
	return 0
}
