// Package engine runs a whole diagnosis: it resolves the target, runs the
// probes concurrently under deadlines, reports progress as each check starts
// and ends, and hands the results to package diagnose.
//
// Both the command-line program and the desktop wizard call Run; neither
// talks to probes directly. Progress arrives through a callback that may be
// called from several goroutines at once.
package engine

import (
	"context"
	"fmt"
	"net"
	"net/url"
	"sync"
	"sync/atomic"
	"time"

	"github.com/conndoctor/conndoctor/diagnose"
	"github.com/conndoctor/conndoctor/probes"
	"github.com/conndoctor/conndoctor/target"
)

// Version is the program version recorded in every report.
var Version = "0.1.0-dev"

// Options tune a run. The zero value is the default diagnosis.
type Options struct {
	// PortTimeout bounds the TCP connection attempt (default 3s).
	PortTimeout time.Duration
	// DNS, Ping, Trace and Local pass settings and OS inputs to the probes.
	DNS   probes.DNSOptions
	Ping  probes.PingOptions
	Trace probes.TraceOptions
	Local probes.LocalOptions
	App   probes.AppOptions
	MTU   probes.MTUOptions
	// Firewall and Proxy pass OS inputs to the host firewall and proxy checks.
	Firewall probes.FirewallOptions
	Proxy    probes.ProxyOptions
	// Order passes the OS inputs of the order programs try a name's
	// addresses in (the policy table, the source address).
	Order probes.OrderOptions
	// NoTrace skips both traceroutes; NoMTU the path MTU check.
	NoTrace, NoMTU bool
}

// Report is the outcome of one run.
type Report struct {
	// Target is what was tested.
	Target target.Target `json:"target"`
	// Addr is the IP address tested ("" when the name did not resolve).
	Addr string `json:"addr,omitempty"`
	// Started is when the run began; Duration how long it took.
	Started  time.Time     `json:"started"`
	Duration time.Duration `json:"duration_ns"`
	// Version is the program version.
	Version string `json:"version"`
	// Results are the probe results.
	Results probes.Set `json:"results"`
	// Diagnosis is the verdict and secondary findings; a cancelled run has
	// none.
	Diagnosis diagnose.Diagnosis `json:"diagnosis"`
	// Cancelled says the caller cancelled the run before every check
	// ended: what the checks saw is incomplete and proves nothing, so such
	// a run is neither diagnosed nor saved.
	Cancelled bool `json:"cancelled,omitempty"`
	// Env is the machine's network settings at run time.
	Env Environment `json:"env"`
}

// Phase says whether an event is a check starting or finishing.
type Phase string

// Event phases.
const (
	Started  Phase = "started"
	Finished Phase = "finished"
	// Running reports a long wait of a running check: Detail says what it
	// waits for ("waiting for the server's answer: 12 s").
	Running Phase = "running"
)

// Event reports progress of one check.
type Event struct {
	// ID and Title name the check.
	ID    string
	Title string
	// Phase is Started or Finished.
	Phase Phase
	// Check is the finished check's header (nil when starting).
	Check *probes.Check
	// Detail is a running check's progress, in words, and Elapsed how long
	// it has waited (Running only).
	Detail  string
	Elapsed time.Duration
}

// Planned is a check the run will do, in display order.
type Planned struct {
	// ID and Title name the check.
	ID, Title string
}

// Plan lists the checks Run will report for t, so a UI can show them all as
// waiting before the first one starts.
func Plan(t target.Target, o Options) []Planned {
	p := []Planned{{"local", "This computer's network"}, {"firewall", "This computer's firewall"}}
	if !t.IsIP() {
		p = append(p, Planned{"dns", "Name lookup (DNS)"})
	}
	p = append(p, Planned{"proxy", "Proxy settings"})
	p = append(p, Planned{"port", "TCP port " + itoa(t.Port)})
	if !t.IsIP() {
		p = append(p, Planned{"addrs", "Every address of the name"})
	}
	p = append(p, Planned{"ping", "Ping"})
	if !o.NoTrace {
		p = append(p, Planned{"trace.icmp", "Traceroute (ICMP)"}, Planned{"trace.tcp", "Traceroute (TCP port " + itoa(t.Port) + ")"})
	}
	if !o.NoMTU {
		p = append(p, Planned{"mtu", "Path MTU"})
	}
	if kind := probes.AppKind(t.Scheme, t.Port); kind != "" {
		p = append(p, Planned{"app", probes.AppTitle(kind)})
	}
	return p
}

// Run diagnoses the connection to t. It returns when every check has ended
// or ctx is done; every check is bounded by its own deadline as well. When
// ctx is done before the checks end, the report is marked Cancelled and
// carries no diagnosis.
func Run(ctx context.Context, t target.Target, o Options, progress func(Event)) *Report {
	if progress == nil {
		progress = func(Event) {}
	}
	rep := &Report{Target: t, Started: time.Now(), Version: Version}
	envDone := make(chan struct{})
	go func() {
		defer close(envDone)
		rep.Env = CaptureEnvironment(o)
	}()
	r := &runner{ctx: ctx, o: o, t: t, progress: progress, titles: map[string]string{}}
	for _, p := range Plan(t, o) {
		r.titles[p.ID] = p.Title
	}
	r.proxyDone = make(chan struct{})
	r.start("proxy", func() *probes.Check {
		defer close(r.proxyDone)
		po := o.Proxy
		po.Via = t.Via
		rep.Results.Proxy = probes.ProbeProxy(r.ctx, t.Host, t.Port, t.Scheme, t.URL, po)
		return &rep.Results.Proxy.Check
	})
	addrs := r.resolve(&rep.Results)
	if addrs != nil {
		rep.Addr = addrs.Addrs[0].Addr
	}
	r.probeAddress(&rep.Results, addrs)
	r.wg.Wait()
	<-envDone
	rep.Duration = time.Since(rep.Started)
	if ctx.Err() != nil {
		rep.Cancelled = true
		return rep
	}
	if rep.Results.DNS != nil {
		rep.Results.DNS.NoteDialled(t.Addr)
	}
	rep.Diagnosis = diagnose.Diagnose(t, &rep.Results)
	return rep
}

type runner struct {
	ctx      context.Context
	o        Options
	t        target.Target
	progress func(Event)
	titles   map[string]string
	wg       sync.WaitGroup
	// proxyDone is closed when the proxy check has chosen the proxy the
	// TLS/HTTP check goes through.
	proxyDone chan struct{}
}

// start runs fn in a goroutine with started/finished events around it.
func (r *runner) start(id string, fn func() *probes.Check) {
	r.progress(Event{ID: id, Title: r.titles[id], Phase: Started})
	r.wg.Add(1)
	go func() {
		defer r.wg.Done()
		c := fn()
		r.progress(Event{ID: id, Title: c.Title, Phase: Finished, Check: c})
	}()
}

// resolve starts the DNS check (for names) and returns the name's
// addresses, in the order programs try them, as soon as the system
// resolver answers; the direct queries to each DNS server go on in the
// background. It returns nil when the name did not resolve.
func (r *runner) resolve(s *probes.Set) *probes.AddrsResult {
	if r.t.IsIP() {
		return &probes.AddrsResult{Addrs: []probes.AddrResult{{Addr: r.t.Host, Family: probes.FamilyOf(r.t.Host)}}}
	}
	system := sync.OnceValue(func() probes.Lookup { return probes.SystemLookup(r.ctx, r.t.Host, r.o.DNS) })
	r.start("dns", func() *probes.Check {
		s.DNS = probes.ProbeDNS(r.ctx, r.t.Host, system, r.o.DNS)
		return &s.DNS.Check
	})
	l := system()
	ordered, order := r.o.Order.Order(l.Addrs)
	if l.Kind != probes.AnswerOK || len(ordered) == 0 {
		return nil
	}
	return probes.NewAddrs(r.t.Host, r.t.Port, ordered, order)
}

// probeAddress runs the checks that need an address, all at once, on the
// address programs try first, and the port check on every other address;
// without an address they are recorded as skipped and only the local check
// runs.
func (r *runner) probeAddress(s *probes.Set, addrs *probes.AddrsResult) {
	addr := ""
	if addrs != nil {
		addr = addrs.Addrs[0].Addr
	}
	routeTo, port, forDNS := addr, r.t.Port, false
	if addr == "" {
		// The name did not resolve: is there a way to the DNS server?
		if servers := r.o.DNS.Servers(); len(servers) > 0 {
			routeTo, port, forDNS = servers[0], 53, true
			if h, p, err := net.SplitHostPort(servers[0]); err == nil {
				routeTo, port = h, atoi(p, 53)
			}
		}
	}
	r.start("local", func() *probes.Check {
		s.Local = probes.ProbeLocal(r.ctx, routeTo, port, forDNS, r.o.Local)
		if addr != "" {
			r.startFirewall(s, addr)
		}
		return &s.Local.Check
	})
	if addr == "" {
		const why = "skipped: the name did not resolve, so there is no address to test"
		s.Firewall = &probes.FirewallResult{Check: r.skip("firewall", why)}
		s.Port = &probes.PortResult{Check: r.skip("port", why)}
		if r.titles["addrs"] != "" {
			s.Addrs = &probes.AddrsResult{Check: r.skip("addrs", why), Name: r.t.Host, Port: r.t.Port}
		}
		s.Ping = &probes.PingResult{Check: r.skip("ping", why)}
		if !r.o.NoTrace {
			s.TraceICMP = &probes.TraceResult{Check: r.skip("trace.icmp", why), Mode: probes.TraceICMP}
			s.TraceTCP = &probes.TraceResult{Check: r.skip("trace.tcp", why), Mode: probes.TraceTCP}
		}
		if !r.o.NoMTU {
			s.MTU = &probes.MTUResult{Check: r.skip("mtu", why)}
		}
		if r.titles["app"] != "" {
			s.App = &probes.AppResult{Check: r.skip("app", why)}
		}
		return
	}
	// Ping's replies tell the port check the path's round trip, so it can
	// call silence silence before its deadline; a traceroute that meets
	// routers but not the host tells it, at the deadline, to listen a
	// little longer for a router's "host unreachable".
	rtt := &probes.RTTSeen{}
	var routersAnswer atomic.Bool
	listen := func() bool { return routersAnswer.Load() && rtt.Get() == 0 }
	portDone := make(chan struct{})
	r.start("port", func() *probes.Check {
		s.Port = probes.ProbePort(r.ctx, addr, r.t.Port, probes.PortOptions{Timeout: r.o.PortTimeout, RTT: rtt.Get, Listen: listen})
		close(portDone)
		r.startApp(s, addr)
		return &s.Port.Check
	})
	if r.titles["addrs"] != "" {
		r.startAddrs(s, addrs, portDone)
	}
	if !r.o.NoMTU {
		mo := r.o.MTU
		if kind := probes.AppKind(r.t.Scheme, r.t.Port); kind != "" && kind != probes.KindBanner && mo.Fallback == nil {
			mo.Fallback = &probes.MTUFallback{Host: r.t.Host, Port: r.t.Port, TLS: kind != "http", Path: urlPath(r.t.URL)}
		}
		r.start("mtu", func() *probes.Check {
			s.MTU = probes.ProbeMTU(r.ctx, addr, mo)
			return &s.MTU.Check
		})
	}
	r.start("ping", func() *probes.Check {
		po := r.o.Ping
		po.OnReply = rtt.Observe
		s.Ping = probes.Ping(r.ctx, addr, po)
		return &s.Ping.Check
	})
	if r.o.NoTrace {
		return
	}
	r.start("trace.icmp", func() *probes.Check {
		s.TraceICMP = probes.Trace(r.ctx, probes.TraceICMP, addr, r.t.Port, r.o.Trace)
		routersAnswer.CompareAndSwap(false, s.TraceICMP.LastTTL > 0 && !s.TraceICMP.Reached)
		return &s.TraceICMP.Check
	})
	r.start("trace.tcp", func() *probes.Check {
		s.TraceTCP = probes.Trace(r.ctx, probes.TraceTCP, addr, r.t.Port, r.o.Trace)
		routersAnswer.CompareAndSwap(false, s.TraceTCP.LastTTL > 0 && !s.TraceTCP.Reached)
		return &s.TraceTCP.Check
	})
}

// startFirewall evaluates the host firewall for the target once the local
// check knows the interface the traffic leaves by (called from the local
// check's goroutine, which wg still counts).
func (r *runner) startFirewall(s *probes.Set, addr string) {
	iface := ""
	if l := s.Local; l != nil && l.Route != nil && l.Route.Found {
		iface = l.Route.Iface
	}
	r.start("firewall", func() *probes.Check {
		s.Firewall = probes.ProbeFirewall(r.ctx, addr, r.t.Port, iface, r.o.Firewall)
		return &s.Firewall.Check
	})
}

// startApp runs the TLS/HTTP check once the port is known to be open
// (called from the port check's goroutine, which wg still counts).
func (r *runner) startApp(s *probes.Set, addr string) {
	kind := probes.AppKind(r.t.Scheme, r.t.Port)
	if kind == "" {
		return
	}
	if s.Port.State != probes.PortOpen {
		s.App = &probes.AppResult{Check: r.skip("app", "skipped: the port did not accept the connection")}
		return
	}
	ao := r.o.App
	ao.Waiting = func(d time.Duration) {
		r.progress(Event{ID: "app", Title: r.titles["app"], Phase: Running, Elapsed: d,
			Detail: fmt.Sprintf("waiting for the server's answer: %d s", int(d.Round(time.Second)/time.Second))})
	}
	r.start("app", func() *probes.Check {
		if ao.Proxy == nil && r.proxyDone != nil {
			// Through the proxy the system would use for this URL.
			select {
			case <-r.proxyDone:
				ao.Proxy = s.Proxy.ProxyFunc()
			case <-r.ctx.Done():
			}
		}
		s.App = probes.ProbeApp(r.ctx, kind, r.t.Host, addr, r.t.Port, r.t.URL, ao)
		return &s.App.Check
	})
}

// skip records a check that cannot run and reports it.
func (r *runner) skip(id, why string) probes.Check {
	c := probes.Skipped(id, r.titles[id], why)
	r.progress(Event{ID: id, Title: c.Title, Phase: Finished, Check: &c})
	return c
}

// urlPath is the path and query of a URL ("/" when there is none).
func urlPath(raw string) string {
	if u, err := url.Parse(raw); err == nil && u.RequestURI() != "" {
		return u.RequestURI()
	}
	return "/"
}
