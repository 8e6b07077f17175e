//go:build !windows

package probes

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"syscall"

	probing "github.com/prometheus-community/pro-bing"
)

// errPingSocket means no ICMP socket could be opened at all.
var errPingSocket = errors.New("no ICMP socket could be opened (needs ping_group_range, administrator rights or CAP_NET_RAW)")

// runPing runs pro-bing: unprivileged ping sockets first, then raw
// sockets.
func runPing(ctx context.Context, addr string, o PingOptions) (pingRun, error) {
	var lastErr error
	for _, priv := range []bool{false, true} {
		p, err := probing.NewPinger(addr)
		if err != nil {
			return pingRun{privileged: priv}, err
		}
		p.SetPrivileged(priv)
		p.Count, p.Interval, p.Timeout = o.Count, o.Interval, o.Timeout
		p.RecordRtts = true
		if o.OnReply != nil {
			p.OnRecv = func(pkt *probing.Packet) { o.OnReply(pkt.Rtt) }
		}
		cctx, cancel := context.WithTimeout(ctx, o.Timeout)
		err = p.RunWithContext(cctx)
		cancel()
		if err == nil || errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
			st := p.Statistics()
			return pingRun{sent: st.PacketsSent, rtts: st.Rtts, privileged: priv}, nil
		}
		if !socketDenied(err) {
			// The socket opened; sending failed (no route, a local
			// firewall): that is the answer, not a missing right.
			return pingRun{privileged: priv}, err
		}
		lastErr = err
	}
	return pingRun{privileged: true}, fmt.Errorf("%w: %v", errPingSocket, lastErr)
}

// socketDenied says whether err is the system refusing an ICMP socket
// (unprivileged ping sockets off, no raw-socket right), the one error that
// trying the other kind of socket can help with.
// A send refused with EPERM (a local firewall dropping ICMP) is no such
// error: only opening ("listen" in pro-bing) counts.
func socketDenied(err error) bool {
	var op *net.OpError
	var sc *os.SyscallError
	opening := (errors.As(err, &op) && (op.Op == "listen" || op.Op == "socket")) ||
		(errors.As(err, &sc) && sc.Syscall == "socket")
	if !opening {
		return false
	}
	return errors.Is(err, syscall.EPERM) || errors.Is(err, syscall.EACCES) ||
		errors.Is(err, syscall.EPROTONOSUPPORT) || errors.Is(err, syscall.EAFNOSUPPORT)
}
