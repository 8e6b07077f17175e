//go:build windows

package probes

import (
	"context"
	"net"
	"os"
	"sync"
	"time"

	"golang.org/x/sys/windows"

	"github.com/conndoctor/conndoctor/internal/failure"
)

// traceIPv6 says this build traces IPv6 addresses: ICMPv6 echo requests
// with hop limits (Icmp6SendEcho2), and TCP connection attempts with a hop
// limit (IPV6_UNICAST_HOPS) as for IPv4.
const traceIPv6 = true

// tracePayload is what every ICMP traceroute probe carries.
var tracePayload = []byte("conndoctor-trace")

// runTrace probes every TTL at once with IcmpSendEcho2 or Icmp6SendEcho2,
// which need no administrator rights; TCP mode uses connection attempts
// with a TTL (see runTCPTrace). A probe that fails on this computer makes
// the whole trace fail: its silence would pass for a silent hop.
func runTrace(ctx context.Context, mode string, dst net.IP, port int, o TraceOptions, col *collector) error {
	if mode == TraceTCP {
		return runTCPTrace(ctx, dst, port, o, col)
	}
	ic, err := openICMP(dst)
	if err != nil {
		return err
	}
	defer ic.Close()
	timeout := o.Timeout
	if dl, ok := ctx.Deadline(); ok {
		timeout = time.Until(dl)
	}
	var local firstErr
	fanOut(o, col, func(ttl int) (traceReply, bool) {
		start := time.Now()
		rep, err := ic.echo(dst, echoOpts{payload: tracePayload, ttl: ttl, timeout: timeout})
		if st := ipStatusOf(rep.status); err == nil && !st.answered {
			err = st.failure(rep.status, ic.v6, ic.send.Name)
		}
		if err != nil {
			local.set(err)
			return traceReply{}, false
		}
		r := traceReply{ttl: ttl, rtt: min(time.Since(start), rep.rtt+time.Millisecond)} // as the ping times it
		if rep.from != nil {
			r.from = rep.from.String()
		}
		return windowsReply(r, rep.status, ic.v6)
	})
	return local.get()
}

// fanOut sends every probe (o.Probes per TTL up to o.MaxTTL) at once, each
// in its own goroutine, and adds the answers to col when all are done.
func fanOut(o TraceOptions, col *collector, probe func(ttl int) (traceReply, bool)) {
	var mu sync.Mutex
	var wg sync.WaitGroup
	// Every probe is counted before any answer is added: add reads the
	// counts (a count written beside a running add crashed the program:
	// "concurrent map read and map write").
	for ttl := 1; ttl <= o.MaxTTL; ttl++ {
		for i := 0; i < o.Probes; i++ {
			col.noteSent(ttl)
		}
	}
	for ttl := 1; ttl <= o.MaxTTL; ttl++ {
		for i := 0; i < o.Probes; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if r, ok := probe(ttl); ok {
					mu.Lock()
					col.add(r)
					mu.Unlock()
				}
			}()
		}
	}
	wg.Wait()
}

// firstErr keeps the first error that goroutines report.
type firstErr struct {
	mu  sync.Mutex
	err error
}

func (f *firstErr) set(err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err == nil {
		f.err = err
	}
}

func (f *firstErr) get() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.err
}

// runTCPTrace traces with TCP connection attempts to the service port, one
// per TTL and probe, all at once, without a capture driver: with
// TCP_FAIL_CONNECT_ON_ICMP_ERROR a router's "time exceeded" ends an attempt
// and TCP_ICMP_ERROR_INFO names the router (connectICMP). The destination
// answers with a handshake or a reset.
func runTCPTrace(ctx context.Context, dst net.IP, port int, o TraceOptions, col *collector) error {
	if err := icmpOptionWorks(dst); err != nil {
		return err
	}
	fanOut(o, col, func(ttl int) (traceReply, bool) {
		a, err := connectICMP(ctx, dst, port, ttl)
		return tcpTraceReply(a, err, ttl, dst)
	})
	return nil
}

// icmpOptionWorks checks once per trace that a stream socket takes
// TCP_FAIL_CONNECT_ON_ICMP_ERROR; without it the trace cannot run.
func icmpOptionWorks(dst net.IP) error {
	family := windows.AF_INET6
	if dst.To4() != nil {
		family = windows.AF_INET
	}
	s, err := windows.Socket(family, windows.SOCK_STREAM, windows.IPPROTO_TCP)
	if err != nil {
		return failure.Wrap("socket", os.NewSyscallError("socket", err))
	}
	defer windows.Closesocket(s)
	if err := windows.SetsockoptInt(s, windows.IPPROTO_TCP, windows.TCP_FAIL_CONNECT_ON_ICMP_ERROR, 1); err != nil {
		return failure.Wrap("setsockopt TCP_FAIL_CONNECT_ON_ICMP_ERROR", os.NewSyscallError("setsockopt", err))
	}
	return nil
}
