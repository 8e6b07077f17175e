package probes

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"time"
)

// Trace modes.
const (
	TraceICMP = "icmp" // ICMP echo requests, like Windows tracert and mtr
	TraceTCP  = "tcp"  // TCP SYNs to the target port: what the failing program sends
)

// Hop is one TTL of a traceroute.
type Hop struct {
	// TTL is the hop number.
	TTL int `json:"ttl"`
	// Addr is the address that answered, "" when none did.
	Addr string `json:"addr,omitempty"`
	// Sent and Recv count probes and answers at this TTL.
	Sent int `json:"sent"`
	Recv int `json:"recv"`
	// Loss is the percentage of unanswered probes.
	Loss float64 `json:"loss_pct"`
	// RTTs are the answers' round-trip times.
	RTTs []Millis `json:"rtts_ms,omitempty"`
	// Avg is their mean.
	Avg Millis `json:"avg_ms,omitempty"`
	// Note says what answered when it was not "time exceeded": "destination",
	// "port open", "port closed", or an ICMP unreachable's name.
	Note string `json:"note,omitempty"`
}

// TraceResult is a traceroute to the target.
type TraceResult struct {
	Check
	// Mode is TraceICMP or TraceTCP.
	Mode string `json:"mode"`
	// Addr and Port are the destination (Port only in TCP mode).
	Addr string `json:"addr"`
	Port int    `json:"port,omitempty"`
	// Reached says the destination itself answered.
	Reached bool `json:"reached"`
	// LastTTL is the last hop that answered (0: none did); LastAddr its address.
	LastTTL  int    `json:"last_ttl"`
	LastAddr string `json:"last_addr,omitempty"`
	// Unreach is the ICMP unreachable that ended the trace, if one did.
	Unreach *ICMPReport `json:"unreach,omitempty"`
	// Hops are hops 1..LastTTL (plus one silent hop after it, if any).
	Hops []Hop `json:"hops"`
	// MaxTTL is the highest TTL probed.
	MaxTTL int `json:"max_ttl"`
}

// TraceOptions tune the traceroute.
type TraceOptions struct {
	// MaxTTL is the highest hop probed (default 30).
	MaxTTL int
	// Probes per hop (default 3 for ICMP, 2 for TCP).
	Probes int
	// Timeout bounds the whole trace after sending (default 1.2s).
	Timeout time.Duration
	// Grace is how long to wait for missing lower hops once the destination
	// answered (default 250ms).
	Grace time.Duration
}

func (o TraceOptions) withDefaults(mode string) TraceOptions {
	if o.MaxTTL <= 0 || o.MaxTTL > 64 {
		o.MaxTTL = 30
	}
	if o.Probes <= 0 {
		o.Probes = 3
		if mode == TraceTCP {
			o.Probes = 2
		}
	}
	o.Probes = min(o.Probes, 7)
	if o.Timeout <= 0 {
		o.Timeout = 1200 * time.Millisecond
	}
	if o.Grace <= 0 {
		o.Grace = 250 * time.Millisecond
	}
	return o
}

// errTraceNotSupported marks a mode this OS build cannot run.
var errTraceNotSupported = errors.New("not supported on this operating system")

// Trace runs a traceroute in the given mode. Every TTL is probed at once, so
// the trace takes about one round trip plus the wait for silent hops, not a
// timeout per hop.
func Trace(ctx context.Context, mode, addr string, port int, o TraceOptions) *TraceResult {
	title := "Traceroute (ICMP)"
	if mode == TraceTCP {
		title = fmt.Sprintf("Traceroute (TCP port %d)", port)
	}
	r := &TraceResult{Check: newCheck("trace."+mode, title), Mode: mode, Addr: addr}
	if mode == TraceTCP {
		r.Port = port
	}
	o = o.withDefaults(mode)
	r.MaxTTL = o.MaxTTL
	dst := net.ParseIP(addr)
	switch {
	case dst == nil:
		r.finish(StatusError, "traceroute could not run: "+addr+" is not an IP address")
		return r
	case dst.To4() == nil && !traceIPv6:
		r.finish(StatusSkip, "traceroute of IPv6 addresses is not supported on this operating system yet")
		return r
	case dst.To4() != nil:
		dst = dst.To4()
	}
	ctx, cancel := context.WithTimeout(ctx, o.Timeout)
	defer cancel()
	col := newCollector(o)
	if err := runTrace(ctx, mode, dst, port, o, col); err != nil {
		st := StatusError // it failed here: says nothing about the path
		if errors.Is(err, errTraceNotSupported) {
			st = StatusSkip
		}
		r.finish(st, "traceroute could not run: "+err.Error())
		return r
	}
	col.fill(r)
	r.finish(r.verdict())
	return r
}

func (r *TraceResult) verdict() (Status, string) {
	path := r.pathText()
	switch {
	case r.Reached:
		return StatusPass, fmt.Sprintf("reached %s in %s: %s", r.Addr, plural(r.LastTTL, "1 hop", "%d hops"), path)
	case r.Unreach != nil:
		return StatusFail, fmt.Sprintf("hop %d (%s) answered %q: %s", r.LastTTL, r.LastAddr, r.Unreach.Text, path)
	}
	// An ICMP trace that goes silent is a warning: routers and hosts often
	// do not answer ICMP while TCP passes. A TCP trace to the service port
	// that goes silent means the connection's own packets die there.
	st := StatusFail
	if r.Mode == TraceICMP {
		st = StatusWarn
	}
	if r.LastTTL == 0 {
		return st, "no hop answered, not even the first router"
	}
	return st, fmt.Sprintf("traffic stops after hop %d (%s): %s", r.LastTTL, r.LastAddr, path)
}

// pathText lists the hops' addresses, "*" for silent ones.
func (r *TraceResult) pathText() string {
	parts := make([]string, 0, len(r.Hops))
	for _, h := range r.Hops {
		if h.Addr == "" {
			parts = append(parts, "*")
		} else {
			parts = append(parts, h.Addr)
		}
	}
	return strings.Join(parts, " → ")
}

// traceReply is one answer to one probe.
type traceReply struct {
	ttl   int
	from  string
	rtt   time.Duration
	final bool   // the destination answered, or an unreachable ended the path
	note  string // see Hop.Note
	icmp  *ICMPReport
}

// collector gathers replies and decides when the trace is complete.
type collector struct {
	o        TraceOptions
	sent     map[int]int
	hops     map[int]*Hop
	destTTL  int // lowest TTL with a final answer, 0 until one arrives
	unreach  *ICMPReport
	finalAt  time.Time
	finalGot bool
}

func newCollector(o TraceOptions) *collector {
	return &collector{o: o, sent: map[int]int{}, hops: map[int]*Hop{}}
}

func (c *collector) noteSent(ttl int) { c.sent[ttl]++ }

func (c *collector) add(r traceReply) {
	h := c.hops[r.ttl]
	if h == nil {
		h = &Hop{TTL: r.ttl}
		c.hops[r.ttl] = h
	}
	if h.Recv >= c.sent[r.ttl] && c.sent[r.ttl] > 0 {
		return // duplicate
	}
	h.Recv++
	h.RTTs = append(h.RTTs, Millis(r.rtt))
	if h.Addr == "" {
		h.Addr = r.from
	}
	if r.note != "" {
		h.Note = r.note
	}
	if r.final && (c.destTTL == 0 || r.ttl < c.destTTL) {
		c.destTTL, c.unreach = r.ttl, r.icmp
		if !c.finalGot {
			c.finalGot, c.finalAt = true, time.Now()
		}
	}
}

// complete reports whether waiting longer can add nothing: the destination
// answered and every hop up to and including it answered every probe, or
// the grace period after the destination's first answer is over.
func (c *collector) complete(now time.Time) bool {
	if !c.finalGot {
		return false
	}
	if now.Sub(c.finalAt) >= c.o.Grace {
		return true
	}
	for ttl := 1; ttl <= c.destTTL; ttl++ {
		if h := c.hops[ttl]; h == nil || h.Recv < c.sent[ttl] {
			return false
		}
	}
	return true
}

// fill writes the collected hops into the result.
func (c *collector) fill(r *TraceResult) {
	last := 0
	for ttl := range c.hops {
		if c.destTTL == 0 || ttl <= c.destTTL {
			last = max(last, ttl)
		}
	}
	upto := last
	if c.destTTL == 0 && last < c.o.MaxTTL {
		upto = last + 1 // show the first silent hop
	}
	for ttl := 1; ttl <= upto; ttl++ {
		h := Hop{TTL: ttl, Sent: c.sent[ttl]}
		if got := c.hops[ttl]; got != nil {
			h = *got
			h.Sent = c.sent[ttl]
		}
		h.Recv = min(h.Recv, h.Sent)
		if h.Sent > 0 {
			h.Loss = 100 * float64(h.Sent-h.Recv) / float64(h.Sent)
		}
		var sum time.Duration
		for _, d := range h.RTTs {
			sum += d.D()
		}
		if len(h.RTTs) > 0 {
			h.Avg = Millis(sum / time.Duration(len(h.RTTs)))
		}
		r.Hops = append(r.Hops, h)
	}
	r.LastTTL = last
	if h := c.hops[last]; h != nil {
		r.LastAddr = h.Addr
	}
	r.Reached = c.destTTL > 0 && c.unreach == nil
	r.Unreach = c.unreach
}
