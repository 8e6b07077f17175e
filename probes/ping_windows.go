//go:build windows

package probes

import (
	"context"
	"net"
	"time"
)

// runPing sends o.Count echo requests o.Interval apart with Windows'
// ICMP API, each waiting until the probe's deadline, and collects the
// answers as they come. The round trip is timed around the call, at
// microsecond resolution, within the system's whole-millisecond figure
// (pingRun.add).
func runPing(ctx context.Context, addr string, o PingOptions) (pingRun, error) {
	ctx, cancel := context.WithTimeout(ctx, o.Timeout)
	defer cancel()
	dst, err := pingTarget(ctx, addr)
	if err != nil {
		return pingRun{}, err
	}
	ic, err := openICMP(dst)
	if err != nil {
		return pingRun{}, err
	}
	deadline, _ := ctx.Deadline()
	answers := make(chan pingAnswer, o.Count)
	inflight := 0
	defer func() {
		// A call cannot be cancelled; each ends by its own time-out, at the
		// deadline. The handle is closed after the last.
		go func(n int) {
			for ; n > 0; n-- {
				<-answers
			}
			ic.Close()
		}(inflight)
	}()
	send := func(seq int) {
		inflight++
		payload := pingPayload(seq)
		go func() {
			start := time.Now()
			rep, err := ic.echo(dst, echoOpts{payload: payload, timeout: time.Until(deadline)})
			answers <- pingAnswer{rep: rep, err: err, took: time.Since(start), payload: payload}
		}()
	}
	run := pingRun{}
	var local error
	tick := time.NewTicker(o.Interval)
	defer tick.Stop()
	send(0)
	for next := 1; inflight > 0 || next < o.Count; {
		select {
		case a := <-answers:
			inflight--
			if e := run.add(a, dst.To4() == nil, ic.send.Name, o.OnReply); e != nil {
				local = e
			}
		case <-tick.C:
			if next < o.Count {
				send(next)
				next++
			}
		case <-ctx.Done():
			run.sent += inflight // sent, and unanswered by the deadline
			return run.orLocal(local)
		}
	}
	return run.orLocal(local)
}

// pingTarget is addr as an IP address, resolved within ctx if it is a name.
func pingTarget(ctx context.Context, addr string) (net.IP, error) {
	if ip := net.ParseIP(addr); ip != nil {
		return ip, nil
	}
	ips, err := net.DefaultResolver.LookupIP(ctx, "ip", addr)
	if err != nil {
		return nil, err
	}
	return ips[0], nil
}
