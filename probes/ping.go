package probes

import (
	"context"
	"fmt"
	"math"
	"strings"
	"time"
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
// Linux uses pro-bing (ping sockets, then raw sockets); Windows its ICMP
// API (IcmpSendEcho2, Icmp6SendEcho2), which needs no administrator rights.
func Ping(ctx context.Context, addr string, o PingOptions) *PingResult {
	r := &PingResult{Check: newCheck("ping", "Ping"), Addr: addr}
	run, err := runPing(ctx, addr, o.withDefaults())
	r.Privileged = run.privileged
	if err != nil {
		r.finish(StatusError, "ping could not run: "+err.Error())
		return r
	}
	r.fill(run)
	switch {
	case r.Recv == 0:
		// A warning, not a failure: many hosts and firewalls drop ping while
		// the service works; the diagnosis weighs it against the port.
		r.finish(StatusWarn, "no reply to "+plural(r.Sent, "the ping", "%d pings")+" (the host, or a firewall on the way, may drop ping)"+run.notesText())
	case r.Loss >= LossyPercent:
		r.finish(StatusWarn, fmt.Sprintf("%.0f%% of %s lost, average %s", r.Loss, plural(r.Sent, "1 ping", "%d pings"), fmtDur(r.Avg.D()))+run.notesText())
	default:
		r.finish(StatusPass, fmt.Sprintf("%d/%d replies, average %s, jitter %s", r.Recv, r.Sent, fmtDur(r.Avg.D()), fmtDur(r.Jitter.D()))+run.notesText())
	}
	return r
}

// LossyPercent is the ping loss from which a path counts as lossy.
const LossyPercent = 20

// pingFigures are the figures the gateway check reads from a run, named as
// pro-bing names them.
type pingFigures struct {
	PacketsSent, PacketsRecv int
	AvgRtt                   time.Duration
}

// pingStats runs the OS's ping and returns its figures and whether a raw
// socket was used.
func pingStats(ctx context.Context, addr string, o PingOptions) (*pingFigures, bool, error) {
	run, err := runPing(ctx, addr, o)
	if err != nil {
		return nil, run.privileged, err
	}
	var r PingResult
	r.fill(run)
	return &pingFigures{PacketsSent: r.Sent, PacketsRecv: r.Recv, AvgRtt: r.Avg.D()}, run.privileged, nil
}

// pingRun is what one run of echo requests measured, on any OS.
type pingRun struct {
	// sent counts the requests that went out; rtts are the replies'
	// round-trip times in the order received.
	sent int
	rtts []time.Duration
	// privileged says a raw socket was used.
	privileged bool
	// notes are what came back instead of replies (a router's "host
	// unreachable"...) and requests that failed on this computer, each
	// with its count, in the order first seen.
	notes []pingNote
}

// pingNote is one kind of answer other than a reply, and how many came.
type pingNote struct {
	text string
	n    int
}

// note counts one answer other than a reply.
func (p *pingRun) note(text string) {
	for i := range p.notes {
		if p.notes[i].text == text {
			p.notes[i].n++
			return
		}
	}
	p.notes = append(p.notes, pingNote{text, 1})
}

// notesText says the notes after a summary ("" when none).
func (p pingRun) notesText() string {
	var b strings.Builder
	for i, n := range p.notes {
		sep := "; "
		if i == 0 {
			sep = "; instead: "
		}
		fmt.Fprintf(&b, "%s%s (%s)", sep, n.text, plural(n.n, "once", "%d times"))
	}
	return b.String()
}

// fill computes the result's figures from a run: loss, the round trips'
// minimum, mean, maximum and standard deviation (the population's, as
// pro-bing computes it).
func (r *PingResult) fill(run pingRun) {
	r.Sent, r.Recv = run.sent, len(run.rtts)
	if r.Sent > 0 {
		r.Loss = float64(r.Sent-r.Recv) / float64(r.Sent) * 100
	}
	if r.Recv == 0 {
		return
	}
	minR, maxR, sum := run.rtts[0], run.rtts[0], time.Duration(0)
	for _, d := range run.rtts {
		minR, maxR, sum = min(minR, d), max(maxR, d), sum+d
		r.RTTs = append(r.RTTs, Millis(d))
	}
	avg := float64(sum) / float64(r.Recv)
	var sq float64
	for _, d := range run.rtts {
		sq += (float64(d) - avg) * (float64(d) - avg)
	}
	r.Min, r.Max, r.Avg = Millis(minR), Millis(maxR), Millis(time.Duration(avg))
	r.Jitter = Millis(time.Duration(math.Sqrt(sq / float64(r.Recv))))
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
