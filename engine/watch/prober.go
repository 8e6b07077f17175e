package watch

import (
	"context"
	"fmt"
	"net"
	"sync"
	"time"

	"github.com/conndoctor/conndoctor/platform"
	"github.com/conndoctor/conndoctor/probes"
	"github.com/conndoctor/conndoctor/target"
)

// Prober is the real Sampler: it runs light versions of the diagnosis's
// probes, all under deadlines shorter than the pace.
type Prober struct {
	// Every is the watch's pace; every step of a sample is bounded by it.
	Every time.Duration
	// DNS, App and Order pass settings and OS inputs to the probes.
	DNS   probes.DNSOptions
	App   probes.AppOptions
	Order probes.OrderOptions
	// Gateways returns the default gateways (default
	// platform.DefaultGateways).
	Gateways func() ([]platform.Gateway, error)
}

// Light sampling's bounds.
const (
	// MaxAddrs is how many of a name's addresses each sample connects to.
	MaxAddrs = 4
	// PingCount is the echo requests sent to the gateway and to the target.
	PingCount = 3
	// appMaxBody is how much of an HTTP answer's body a sample reads.
	appMaxBody = 4 << 10
	// traceMaxTTL is the deepest hop a sample's traceroute probes.
	traceMaxTTL = 24
)

// budget is how long one step of a sample may take: 80% of the pace,
// between 0.5 s and 3 s.
func (p *Prober) budget() time.Duration {
	return min(max(p.Every*8/10, 500*time.Millisecond), 3*time.Second)
}

// Sample takes one sample of t.
func (p *Prober) Sample(ctx context.Context, t target.Target, trace bool) Sample {
	var s Sample
	b := p.budget()
	addrs := []string{t.Host}
	if !t.IsIP() {
		dnsO := p.DNS
		dnsO.Timeout = b / 2 // SystemLookup allows twice this
		l := probes.SystemLookup(ctx, t.Host, dnsO)
		s.DNS = &Lookup{Ms: ms(l.RTT.D()), Answer: l.Addrs, Error: l.Error}
		if l.Kind != probes.AnswerOK || len(l.Addrs) == 0 {
			s.Why = "the name did not resolve (" + l.Kind + ")"
			return s
		}
		addrs, _ = p.Order.Order(l.Addrs)
	}
	addrs = addrs[:min(len(addrs), MaxAddrs)]
	var wg sync.WaitGroup
	wg.Go(func() { p.connectAll(ctx, t, addrs, &s) })
	wg.Go(func() { s.Target = ping(ctx, addrs[0]) })
	if gw := p.gateway(addrs[0]); gw != "" {
		wg.Go(func() { s.Gateway = ping(ctx, gw) })
	}
	if trace {
		wg.Go(func() { s.Trace = traceHops(ctx, addrs[0], t.Port) })
	}
	wg.Wait()
	s.OK = s.Why == ""
	if !s.OK && s.Trace == nil && ctx.Err() == nil {
		s.Trace = traceHops(ctx, addrs[0], t.Port) // where does it stop now?
	}
	return s
}

// connectAll connects to every address at once, then asks the first one
// for the application's first byte; it sets s.Why on the first failure.
func (p *Prober) connectAll(ctx context.Context, t target.Target, addrs []string, s *Sample) {
	b := p.budget()
	s.Connects = make([]Connect, len(addrs))
	why := make([]string, len(addrs))
	var wg sync.WaitGroup
	for i, a := range addrs {
		wg.Go(func() {
			r := probes.ProbePort(ctx, a, t.Port, probes.PortOptions{Timeout: b})
			s.Connects[i] = Connect{Addr: a, Ms: ms(r.Connect.D()), State: string(r.State)}
			if r.State != probes.PortOpen {
				why[i] = r.Summary
			}
		})
	}
	wg.Wait()
	for _, w := range why {
		if w != "" {
			s.Why = w
			return
		}
	}
	kind := probes.AppKind(t.Scheme, t.Port)
	if kind == "" {
		return
	}
	ao := p.App
	ao.Timeout, ao.AnswerWait, ao.SlowAfter = b, b, b
	ao.MaxTime, ao.StallAfter, ao.MaxBody = b, b, appMaxBody
	r := probes.ProbeApp(ctx, kind, t.Host, addrs[0], t.Port, t.URL, ao)
	s.App = string(r.Status)
	s.FirstByteMs = ms(r.Phases.FirstByte.D())
	if kind == "tls" {
		s.FirstByteMs = ms(r.Phases.TLS.D())
	}
	if r.Status == probes.StatusFail {
		s.Why = r.Summary
	}
}

// gateway is the default gateway of addr's family, "" when there is none
// or addr is on this computer.
func (p *Prober) gateway(addr string) string {
	ip := net.ParseIP(addr)
	if ip == nil || ip.IsLoopback() {
		return ""
	}
	list := p.Gateways
	if list == nil {
		list = platform.DefaultGateways
	}
	gws, err := list()
	if err != nil {
		return ""
	}
	v4 := ip.To4() != nil
	for _, g := range gws {
		if gip := net.ParseIP(g.Addr); gip != nil && (gip.To4() != nil) == v4 {
			return g.Addr
		}
	}
	return ""
}

// ping sends PingCount echo requests to addr, 100 ms apart, within 1 s.
func ping(ctx context.Context, addr string) *Ping {
	r := probes.Ping(ctx, addr, probes.PingOptions{Count: PingCount, Interval: 100 * time.Millisecond, Timeout: time.Second})
	if r.Status == probes.StatusError || r.Status == probes.StatusSkip {
		return nil // could not run: says nothing about the network
	}
	return &Ping{Addr: addr, Sent: r.Sent, Recv: r.Recv, AvgMs: ms(r.Avg.D())}
}

// traceHops traces the path to addr: TCP to the port (the path the program
// takes), ICMP where TCP tracing cannot run; nil when neither can.
func traceHops(ctx context.Context, addr string, port int) []Hop {
	o := probes.TraceOptions{MaxTTL: traceMaxTTL, Probes: 2}
	r := probes.Trace(ctx, probes.TraceTCP, addr, port, o)
	if r.Status == probes.StatusError || r.Status == probes.StatusSkip {
		r = probes.Trace(ctx, probes.TraceICMP, addr, port, o)
	}
	if r.Status == probes.StatusError || r.Status == probes.StatusSkip {
		return nil
	}
	hops := make([]Hop, 0, len(r.Hops))
	for _, h := range r.Hops {
		hops = append(hops, Hop{TTL: h.TTL, Addr: h.Addr, Sent: h.Sent, Recv: h.Recv, AvgMs: ms(h.Avg.D())})
	}
	return hops
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// String is a sample in one line, for a live log.
func (s Sample) String() string {
	line := s.At.Format("15:04:05") + " "
	if s.OK {
		line += "ok  "
	} else {
		line += "FAIL"
	}
	if s.DNS != nil {
		line += fmt.Sprintf("  dns %.0f ms", s.DNS.Ms)
	}
	if c := s.ConnectMs(); c > 0 {
		line += fmt.Sprintf("  connect %.1f ms", c)
	}
	if s.FirstByteMs > 0 {
		line += fmt.Sprintf("  first byte %.1f ms", s.FirstByteMs)
	}
	for _, p := range []*Ping{s.Gateway, s.Target} {
		if p != nil && p.Sent > 0 {
			line += fmt.Sprintf("  ping %s %d/%d", p.Addr, p.Recv, p.Sent)
		}
	}
	if s.Why != "" {
		line += "  — " + s.Why
	}
	return line
}
