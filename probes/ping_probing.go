//go:build !windows

package probes

import (
	"context"
	"errors"
	"fmt"

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
		lastErr = err
	}
	return pingRun{privileged: true}, fmt.Errorf("%w: %v", errPingSocket, lastErr)
}
