package probes

import (
	"context"
	"errors"
	"fmt"
	"math"
	"runtime"
	"time"

	probing "github.com/prometheus-community/pro-bing"
)

// PingOptions tune the ping probe.
type PingOptions struct {
	// Count is how many echo requests to send (default 20: enough samples
	// to tell 20% loss from chance).
	Count int
	// Interval is the gap between requests (default 50ms).
	Interval time.Duration
	// Timeout bounds the whole probe (default Count*Interval + 1s).
	Timeout time.Duration
	// OnReply, when set, hears each reply's round trip as it arrives.
	OnReply func(time.Duration)
}

func (o PingOptions) withDefaults() PingOptions {
	if o.Count <= 0 {
		o.Count = 20
	}
	if o.Interval <= 0 {
		o.Interval = 50 * time.Millisecond
	}
	if o.Timeout <= 0 {
		o.Timeout = time.Duration(o.Count)*o.Interval + time.Second
	}
	return o
}

// PingResult is the outcome of pinging the target.
type PingResult struct {
	Check
	// Addr is the address pinged.
	Addr string `json:"addr"`
	// Sent and Recv count echo requests and replies.
	Sent int `json:"sent"`
	Recv int `json:"recv"`
	// Loss is the percentage of requests without a reply.
	Loss float64 `json:"loss_pct"`
	// Min, Avg, Max are round-trip times; Jitter is their standard deviation.
	Min    Millis `json:"min_ms"`
	Avg    Millis `json:"avg_ms"`
	Max    Millis `json:"max_ms"`
	Jitter Millis `json:"jitter_ms"`
	// RTTs are the individual round-trip times in the order received.
	RTTs []Millis `json:"rtts_ms,omitempty"`
	// Privileged says a raw ICMP socket was used (unprivileged ping sockets
	// are tried first).
	Privileged bool `json:"privileged"`
}

// Ping sends echo requests to addr and reports loss and round-trip times.
func Ping(ctx context.Context, addr string, o PingOptions) *PingResult {
	r := &PingResult{Check: newCheck("ping", "Ping"), Addr: addr}
	st, priv, err := pingStats(ctx, addr, o.withDefaults())
	r.Privileged = priv
	if err != nil {
		r.finish(StatusError, "ping could not run: "+err.Error())
		return r
	}
	r.Sent, r.Recv, r.Loss = st.PacketsSent, st.PacketsRecv, st.PacketLoss
	r.Min, r.Avg, r.Max, r.Jitter = Millis(st.MinRtt), Millis(st.AvgRtt), Millis(st.MaxRtt), Millis(st.StdDevRtt)
	for _, d := range st.Rtts {
		r.RTTs = append(r.RTTs, Millis(d))
	}
	switch {
	case r.Recv == 0:
		// A warning, not a failure: many hosts and firewalls drop ping while
		// the service works; the diagnosis weighs it against the port.
		r.finish(StatusWarn, "no reply to "+plural(r.Sent, "the ping", "%d pings")+" (the host, or a firewall on the way, may drop ping)")
	case r.Loss >= LossyPercent:
		r.finish(StatusWarn, fmt.Sprintf("%.0f%% of %s lost, average %s", r.Loss, plural(r.Sent, "1 ping", "%d pings"), fmtDur(r.Avg.D())))
	default:
		r.finish(StatusPass, fmt.Sprintf("%d/%d replies, average %s, jitter %s", r.Recv, r.Sent, fmtDur(r.Avg.D()), fmtDur(r.Jitter.D())))
	}
	return r
}

// LossyPercent is the ping loss from which a path counts as lossy.
const LossyPercent = 20

// errPingSocket means no ICMP socket could be opened at all.
var errPingSocket = errors.New("no ICMP socket could be opened (needs ping_group_range, administrator rights or CAP_NET_RAW)")

// pingStats runs pro-bing: unprivileged first where the OS has ping sockets,
// then raw sockets. Windows always uses the "privileged" mode, which there
// needs no rights.
func pingStats(ctx context.Context, addr string, o PingOptions) (*probing.Statistics, bool, error) {
	modes := []bool{false, true}
	if runtime.GOOS == "windows" {
		modes = []bool{true}
	}
	var lastErr error
	for _, priv := range modes {
		p, err := probing.NewPinger(addr)
		if err != nil {
			return nil, priv, err
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
			return p.Statistics(), priv, nil
		}
		lastErr = err
	}
	return nil, true, fmt.Errorf("%w: %v", errPingSocket, lastErr)
}

// fmtDur prints a duration the way people read network timings.
func fmtDur(d time.Duration) string {
	switch {
	case d <= 0:
		return "0 ms"
	case d < 10*time.Millisecond:
		return fmt.Sprintf("%.2f ms", float64(d.Microseconds())/1000)
	case d < 10*time.Second:
		return fmt.Sprintf("%.0f ms", math.Round(float64(d.Microseconds())/1000))
	}
	return fmt.Sprintf("%.1f s", d.Seconds())
}
