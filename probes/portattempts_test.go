package probes

import (
	"context"
	"net"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// TestPortAttemptsOnLoopback: every attempt is made and recorded; an open
// port connects every time at once.
func TestPortAttemptsOnLoopback(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	r := ProbePort(context.Background(), "127.0.0.1", ln.Addr().(*net.TCPAddr).Port, PortOptions{Timeout: time.Second})
	if len(r.Attempts) != DefaultAttempts || r.Intermittent || r.Status != StatusPass {
		t.Fatalf("%d attempts, intermittent %v, %s: %s", len(r.Attempts), r.Intermittent, r.Status, r.Summary)
	}
	// Spaced: started over a span, not all at once (a loaded machine may
	// start two neighbours out of order, so only the span is asserted).
	first, last := r.Attempts[0].Start, r.Attempts[0].Start
	for i, a := range r.Attempts {
		if !a.AtOnce() {
			t.Errorf("attempt %d: %+v", i, a)
		}
		first, last = min(first, a.Start), max(last, a.Start)
	}
	if span := last.D() - first.D(); span < time.Duration(DefaultAttempts-1)*attemptSpacing/2 {
		t.Errorf("attempts started within %s: not spaced", span)
	}
	if !strings.Contains(r.Summary, "(10 attempts, all at once)") {
		t.Errorf("summary %q", r.Summary)
	}
}

// attempt builds one attempt's result.
func attempt(st PortState, connect time.Duration, syn int) *PortResult {
	return &PortResult{State: st, Connect: Millis(connect), SynSent: syn}
}

func TestMergeAttempts(t *testing.T) {
	starts := make([]time.Duration, 4)
	for _, c := range []struct {
		name         string
		atts         []*PortResult
		silent       bool
		state        PortState
		basis        PortBasis
		intermittent bool
		spread       string
	}{
		{"all at once", []*PortResult{attempt(PortOpen, time.Millisecond, 1), attempt(PortOpen, 2*time.Millisecond, 1)}, false, PortOpen, "", false, "2 connected at once (1.00 ms–2.00 ms)"},
		{"one resent", []*PortResult{attempt(PortOpen, time.Millisecond, 1), attempt(PortOpen, 1003*time.Millisecond, 2)}, false, PortOpen, "", true, "1 connected at once (1.00 ms), 1 connected after 1 resent request (1003 ms)"},
		{"one lost, first open later", []*PortResult{attempt(PortFiltered, 0, 3), attempt(PortOpen, time.Millisecond, 1)}, false, PortOpen, "", true, "1 connected at once (1.00 ms), 1 no answer"},
		{"resent, SYNs unknown (Windows)", []*PortResult{attempt(PortOpen, 5*time.Millisecond, 0), attempt(PortOpen, 3010*time.Millisecond, 0)}, false, PortOpen, "", true, "1 connected at once (5.00 ms), 1 connected after a resent request (3010 ms)"},
		{"silence", []*PortResult{attempt(PortFiltered, 0, 2), attempt(PortFiltered, 0, 2)}, true, PortFiltered, BasisSilence, false, "2 no answer"},
		{"a router answered for one attempt only", []*PortResult{attempt(PortFiltered, 0, 3), attempt(PortUnreachable, 3050*time.Millisecond, 3)}, false, PortUnreachable, "", false, "1 no answer, 1 host unreachable"},
		{"refused is not intermittent", []*PortResult{attempt(PortRefused, time.Millisecond, 1), attempt(PortRefused, time.Millisecond, 1)}, false, PortRefused, "", false, "2 refused"},
		{"an attempt the check could not read yields to a refusal", []*PortResult{attempt(PortError, 0, 1), attempt(PortRefused, time.Millisecond, 1)}, false, PortRefused, "", false, "1 refused, 1 error"},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, a := range c.atts {
				if a.State == PortFiltered {
					a.Basis = BasisDeadline
				}
			}
			r := &PortResult{Check: newCheck("port", "TCP port 443"), Addr: "10.0.0.5:443", Timeout: Millis(3 * time.Second)}
			r.merge(attempted{results: c.atts, starts: starts[:len(c.atts)], silent: c.silent})
			if r.State != c.state || r.Intermittent != c.intermittent || (c.basis != "" && r.Basis != c.basis) {
				t.Errorf("state %s basis %s intermittent %v", r.State, r.Basis, r.Intermittent)
			}
			if got := r.Spread(); got != c.spread {
				t.Errorf("spread %q, want %q", got, c.spread)
			}
		})
	}
}

func TestQuietSince(t *testing.T) {
	long := time.Now().Add(-time.Second).UnixNano()
	just := time.Now().UnixNano()
	set := func(vals ...int64) []atomic.Int64 {
		out := make([]atomic.Int64, len(vals))
		for i, v := range vals {
			out[i].Store(v)
		}
		return out
	}
	rtt := func(d time.Duration) rttHint { return func() time.Duration { return d } }
	for _, c := range []struct {
		name string
		ts   []atomic.Int64
		rtt  rttHint
		want bool
	}{
		{"all retransmitted long ago", set(long, long), rtt(time.Millisecond), true},
		{"one just retransmitted", set(long, just), rtt(time.Millisecond), false},
		{"one not yet retransmitted", set(long, 0), rtt(time.Millisecond), false},
		{"one answered", set(long, -1), rtt(time.Millisecond), false},
		{"round trip unknown: wait for the deadline", set(long, long), rtt(0), false},
		{"no round trip source", set(long, long), nil, false},
		{"a slow path is given time", set(long, long), rtt(400 * time.Millisecond), false},
	} {
		if got := quietSince(c.ts, c.rtt); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}

func TestRTTSeenKeepsTheSmallest(t *testing.T) {
	var r RTTSeen
	if r.Get() != 0 {
		t.Fatal("a new RTTSeen knows a round trip")
	}
	for _, d := range []time.Duration{5 * time.Millisecond, 0, 2 * time.Millisecond, 9 * time.Millisecond} {
		r.Observe(d)
	}
	if r.Get() != 2*time.Millisecond {
		t.Errorf("got %v", r.Get())
	}
}

// TestMergeRouterReport: no attempt heard an answer, but while listening
// a router reported the address unreachable (quoting another probe of
// this computer): the port is unreachable, on the ICMP's word.
func TestMergeRouterReport(t *testing.T) {
	for _, c := range []struct {
		code  int
		state PortState
	}{{1, PortUnreachable}, {13, PortRejected}, {0, PortUnreachable}} {
		r := &PortResult{Check: newCheck("port", "TCP port 443"), Addr: "10.0.0.5:443"}
		rep := &ICMPReport{From: "10.0.0.1", Type: 3, Code: c.code, Text: icmpText(3, c.code)}
		r.merge(attempted{results: []*PortResult{attempt(PortFiltered, 0, 4), attempt(PortFiltered, 0, 4)}, starts: make([]time.Duration, 2),
			listened: 100 * time.Millisecond, router: rep})
		if r.State != c.state || r.Basis != BasisICMP || r.ICMP != rep {
			t.Errorf("code %d: %s on %s, want %s on icmp", c.code, r.State, r.Basis, c.state)
		}
	}
}
