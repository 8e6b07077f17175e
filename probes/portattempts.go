package probes

import (
	"context"
	"fmt"
	"net"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/conndoctor/conndoctor/internal/failure"
)

// DefaultAttempts is how many connection attempts the port check makes,
// attemptSpacing the gap between their starts: several, so one lost
// request is told from a port that never answers, and spaced, so they do
// not all meet the same moment of trouble.
const (
	DefaultAttempts = 10
	attemptSpacing  = 20 * time.Millisecond
)

// BasisSilence: no attempt was answered past its first retransmitted
// request and several round trips of the path, measured by ping.
const BasisSilence PortBasis = "silence"

// silenceRTTs is how many of the path's round trips to wait after every
// attempt's first retransmission before calling the port filtered, and
// minSilence the least such wait.
const (
	silenceRTTs = 4
	minSilence  = 100 * time.Millisecond
)

// PortAttempt is one connection attempt of the port check.
type PortAttempt struct {
	// Start is when the attempt began, counted from the check's start.
	Start Millis `json:"start_ms"`
	// State classifies its outcome.
	State PortState `json:"state"`
	// Connect is the time the handshake (or the refusal) took.
	Connect Millis `json:"connect_ms,omitempty"`
	// SynSent is how many connection requests (SYN) it sent, from
	// TCP_INFO (Linux); 0 when unknown.
	SynSent int `json:"syn_sent,omitempty"`
	// Errno is the OS's error for the attempt, by name.
	Errno string `json:"errno,omitempty"`
}

// Retried says the attempt connected only after its first request was
// lost: counted SYNs where the OS tells (Linux), else a connect time of
// a retransmission's order (the first one goes out after about 1 s).
func (a PortAttempt) Retried() bool {
	if a.State != PortOpen {
		return false
	}
	if a.SynSent > 0 {
		return a.SynSent > 1
	}
	return a.Connect.D() >= 900*time.Millisecond
}

// AtOnce says the attempt connected with its first request.
func (a PortAttempt) AtOnce() bool { return a.State == PortOpen && !a.Retried() }

// rttHint returns the best known round trip to the target (0 when none
// is known yet).
type rttHint func() time.Duration

// attemptPlan is how the port check's attempts are made and when they
// end.
type attemptPlan struct {
	// n attempts, spaced by attemptSpacing.
	n int
	// timeout is the deadline for an answer.
	timeout time.Duration
	// rtt is the path's round trip, when known: silence past every
	// attempt's first retransmission and several round trips ends them.
	rtt rttHint
	// grace is how much longer to listen when, at the deadline, nothing
	// answered and listen says a router on the path may still report
	// (a host that does not answer its router's ARP is reported after
	// about 3 s with Linux's defaults).
	grace  time.Duration
	listen func() bool
}

// attempted is what the attempts came to.
type attempted struct {
	// results of each attempt, in the order started, and when each
	// started.
	results []*PortResult
	starts  []time.Duration
	// silent: stopped on silence before the deadline; listened: how long
	// past the deadline the attempts were kept for a router's answer.
	silent   bool
	listened time.Duration
	// router is a router's ICMP error about TCP to the same address and
	// port heard while listening: it may quote another of this
	// computer's packets (a traceroute probe) when the router's ICMP rate
	// limit spared those and not the attempts.
	router *ICMPReport
}

// attemptAll makes the plan's connection attempts, spaced, and returns
// them in the order started with each one's full result. When every
// attempt is still unanswered after its first retransmitted request and
// several round trips of the path, the rest is silence: the attempts are
// stopped. Without a known round trip they wait for the deadline: a slow
// path is never taken for a filtered one. At the deadline, with nothing
// answered, they may be kept a grace period longer for an ICMP error from
// a router (ctx must allow timeout + grace).
func attemptAll(ctx context.Context, ip string, port int, p attemptPlan) attempted {
	begin := time.Now()
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	res := attempted{results: make([]*PortResult, p.n), starts: make([]time.Duration, p.n)}
	var watch *icmpWatch
	if dst := net.ParseIP(ip); dst != nil && p.listen != nil {
		watch = watchICMP(ctx, dst, port)
	}
	retransmitted := make([]atomic.Int64, p.n) // when a second SYN was first seen (UnixNano), 0 before, -1 answered
	var pending, answered atomic.Int32
	pending.Store(int32(p.n))
	var wg sync.WaitGroup
	for i := range p.n {
		wg.Go(func() {
			defer pending.Add(-1)
			select {
			case <-time.After(time.Duration(i) * attemptSpacing):
			case <-ctx.Done():
			}
			a := &PortResult{Addr: net.JoinHostPort(ip, strconv.Itoa(port))}
			a.onSYN = func(sent int) {
				if sent > 1 {
					retransmitted[i].CompareAndSwap(0, time.Now().UnixNano())
				}
			}
			res.starts[i] = time.Since(begin)
			connectTCP(ctx, a, ip, port)
			res.results[i] = a
			if a.State != PortFiltered {
				retransmitted[i].Store(-1) // answered: not silence
				answered.Add(1)
			}
		})
	}
	var silence, extended atomic.Bool
	watchDone := make(chan struct{})
	go func() {
		defer close(watchDone)
		tick := time.NewTicker(25 * time.Millisecond)
		defer tick.Stop()
		for pending.Load() > 0 {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
			elapsed := time.Since(begin)
			switch {
			case quietSince(retransmitted, p.rtt):
				silence.Store(true)
			case extended.Load() && watch.first() != nil:
				res.router = watch.first()
			case extended.Load() && (answered.Load() > 0 || elapsed >= p.timeout+p.grace):
				// A router answered for one attempt (the others hear the
				// same), or the grace is over.
			case elapsed < p.timeout:
				continue
			case !extended.Load() && answered.Load() == 0 && p.grace > 0 && p.listen != nil && p.listen():
				extended.Store(true)
				continue
			case extended.Load():
				continue
			}
			stop()
			return
		}
	}()
	wg.Wait()
	stop()
	<-watchDone
	res.silent = silence.Load()
	if res.router == nil && extended.Load() {
		res.router = watch.first()
	}
	if extended.Load() {
		res.listened = max(time.Since(begin)-p.timeout, 0)
	}
	return res
}

// quietSince says every attempt has retransmitted its request and stayed
// unanswered for several round trips since the last of them did.
func quietSince(retransmitted []atomic.Int64, rtt rttHint) bool {
	if rtt == nil {
		return false
	}
	r := rtt()
	if r <= 0 {
		return false
	}
	var last int64
	for i := range retransmitted {
		t := retransmitted[i].Load()
		if t <= 0 {
			return false
		}
		last = max(last, t)
	}
	return time.Since(time.Unix(0, last)) >= max(silenceRTTs*r, minSilence)
}

// merge fills the check's result from its attempts: open when any
// attempt connected, else the first answer any attempt got (a router's
// ICMP error may come for some attempts only: routers limit their rate),
// before an attempt the check itself could not read (PortError), else
// silence; the figures of that attempt stand for the check, so
// readers of one attempt see what they saw before.
func (r *PortResult) merge(res attempted) {
	atts, starts, silent := res.results, res.starts, res.silent
	rep := atts[0]
	for _, want := range []func(*PortResult) bool{
		func(a *PortResult) bool { return a.State == PortOpen },
		func(a *PortResult) bool { return a.State != PortFiltered && a.State != PortError },
		func(a *PortResult) bool { return a.State != PortFiltered },
	} {
		if i := slices.IndexFunc(atts, want); i >= 0 {
			rep = atts[i]
			break
		}
	}
	r.State, r.Basis, r.Errno, r.Failure, r.Connect, r.SynSent, r.ICMP, r.why =
		rep.State, rep.Basis, rep.Errno, rep.Failure, rep.Connect, rep.SynSent, rep.ICMP, rep.why
	if r.State == PortFiltered && res.router != nil {
		// No attempt heard it, but a router reported the address.
		f := failure.Failure{Kind: icmpFailure(res.router), Op: "connect"}
		r.State, r.Basis = portState(f, res.router, 0)
		r.Failure, r.ICMP = f.Kind, res.router
	}
	for i, a := range atts {
		r.Attempts = append(r.Attempts, PortAttempt{Start: Millis(starts[i]), State: a.State, Connect: a.Connect, SynSent: a.SynSent, Errno: a.Errno})
	}
	if silent && r.State == PortFiltered {
		r.Basis = BasisSilence
		r.Decided = Millis(time.Since(r.Started))
	}
	r.Listened = Millis(res.listened)
	r.Intermittent = r.State == PortOpen && (r.FailedAttempts() > 0 || r.RetriedAttempts() > 0)
}

// FailedAttempts counts the attempts that did not connect; RetriedAttempts
// those that connected only after a retransmitted request.
func (r *PortResult) FailedAttempts() int {
	n := 0
	for _, a := range r.Attempts {
		if a.State != PortOpen {
			n++
		}
	}
	return n
}

// RetriedAttempts counts the attempts that connected only after their
// first request was lost.
func (r *PortResult) RetriedAttempts() int {
	n := 0
	for _, a := range r.Attempts {
		if a.Retried() {
			n++
		}
	}
	return n
}

// Spread says how the attempts went, for people: "3 connected at once
// (0.08 ms–0.12 ms), 1 connected after 1 resent request (1003 ms), 1 no
// answer".
func (r *PortResult) Spread() string {
	var once []time.Duration
	retried := map[int][]time.Duration{} // by SYNs sent (0: unknown)
	failed := map[PortState]int{}
	for _, a := range r.Attempts {
		switch {
		case a.AtOnce():
			once = append(once, a.Connect.D())
		case a.Retried():
			retried[a.SynSent] = append(retried[a.SynSent], a.Connect.D())
		default:
			failed[a.State]++
		}
	}
	var parts []string
	if len(once) > 0 {
		parts = append(parts, fmt.Sprintf("%d connected at once (%s)", len(once), durRange(once)))
	}
	keys := make([]int, 0, len(retried))
	for k := range retried {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		what := "connected after a resent request"
		if k > 1 {
			what = "connected after " + plural(k-1, "1 resent request", "%d resent requests")
		}
		parts = append(parts, fmt.Sprintf("%d %s (%s)", len(retried[k]), what, durRange(retried[k])))
	}
	for _, st := range []PortState{PortFiltered, PortRefused, PortRejected, PortUnreachable, PortNoRoute, PortBlocked, PortError} {
		if n := failed[st]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, portWords(st)))
		}
	}
	return strings.Join(parts, ", ")
}

// durRange prints the smallest and largest of some durations.
func durRange(ds []time.Duration) string {
	lo, hi := slices.Min(ds), slices.Max(ds)
	if fmtDur(lo) == fmtDur(hi) {
		return fmtDur(lo)
	}
	return fmtDur(lo) + "–" + fmtDur(hi)
}

// RTTSeen keeps the smallest round trip seen to an address (ping feeds
// it with Observe, the port check reads it with Get). Safe for concurrent
// use; the zero value knows no round trip.
type RTTSeen struct{ ns atomic.Int64 }

// Observe records one round trip.
func (r *RTTSeen) Observe(d time.Duration) {
	for {
		old := r.ns.Load()
		if d <= 0 || (old != 0 && old <= int64(d)) || r.ns.CompareAndSwap(old, int64(d)) {
			return
		}
	}
}

// Get returns the smallest round trip seen, 0 when none was.
func (r *RTTSeen) Get() time.Duration { return time.Duration(r.ns.Load()) }

// first returns the first ICMP error heard for the address and port, from
// any of this computer's TCP packets, else the first that says the
// address itself is unreachable (quoting any packet to it); nil for no
// watch or none heard.
func (w *icmpWatch) first() *ICMPReport {
	if w == nil {
		return nil
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.any != nil {
		return w.any
	}
	return w.host
}

// icmpFailure is the failure an ICMP "destination unreachable" means for
// a connection (what the kernel would have reported).
func icmpFailure(rep *ICMPReport) failure.Kind {
	switch {
	case rep.NoRoute():
		return failure.NetUnreachable
	case rep.IPv6() && rep.Code == 4, !rep.IPv6() && rep.Code == 3:
		return failure.Refused
	}
	return failure.HostUnreachable
}
