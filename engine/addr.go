package engine

import (
	"strconv"
	"sync"
	"time"

	"github.com/conndoctor/conndoctor/probes"
)

// startAddrs runs the port check on every address of the name but the
// first (the port check proper tests that one), at once and at most
// probes.MaxPerFamily per family; an address that fails gets a ping and
// traceroutes of its own, so the diagnosis can say where its path breaks.
// The check ends once the first address's port check has ended too
// (portDone), so it can compare them.
func (r *runner) startAddrs(s *probes.Set, a *probes.AddrsResult, portDone <-chan struct{}) {
	r.start("addrs", func() *probes.Check {
		var wg sync.WaitGroup
		for _, i := range a.ToTest() {
			if i == 0 {
				continue
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				r.probeOther(&a.Addrs[i])
			}()
		}
		wg.Wait()
		<-portDone
		a.Addrs[0].Port = s.Port
		a.Finish()
		s.Addrs = a
		return &a.Check
	})
}

// probeOther tests one address that is not the first, with a short ping
// beside it (its round trip lets the port check end on silence); when the
// address fails, the ping is kept and the traceroutes follow.
func (r *runner) probeOther(ar *probes.AddrResult) {
	rtt := &probes.RTTSeen{}
	var ping *probes.PingResult
	pinged := make(chan struct{})
	go func() {
		defer close(pinged)
		ping = probes.Ping(r.ctx, ar.Addr, probes.PingOptions{Count: 5, Interval: 50 * time.Millisecond, Timeout: time.Second, OnReply: rtt.Observe})
	}()
	ar.Port = probes.ProbePort(r.ctx, ar.Addr, r.t.Port, probes.PortOptions{Timeout: r.o.PortTimeout, RTT: rtt.Get})
	if !ar.Failed() {
		<-pinged
		return
	}
	var wg sync.WaitGroup
	wg.Go(func() {
		<-pinged
		ar.Ping = ping
	})
	if !r.o.NoTrace {
		wg.Go(func() { ar.TraceICMP = probes.Trace(r.ctx, probes.TraceICMP, ar.Addr, r.t.Port, r.o.Trace) })
		wg.Go(func() { ar.TraceTCP = probes.Trace(r.ctx, probes.TraceTCP, ar.Addr, r.t.Port, r.o.Trace) })
	}
	wg.Wait()
}

func itoa(n int) string { return strconv.Itoa(n) }

// atoi parses a port number, or returns def.
func atoi(s string, def int) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return def
	}
	return n
}
