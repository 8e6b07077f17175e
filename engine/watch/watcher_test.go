package watch

import (
	"context"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/conndoctor/conndoctor/target"
)

// scriptClock is a scripted clock: After moves time on at once.
type scriptClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *scriptClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *scriptClock) After(d time.Duration) <-chan time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
	ch := make(chan time.Time, 1)
	ch <- c.now
	return ch
}

func (c *scriptClock) advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

var t0 = time.Date(2025, 3, 4, 14, 0, 0, 0, time.UTC)

// scriptSampler answers from a script of outcomes ('.' ok, 'x' failed),
// spends took of the clock on each sample, and records which samples were
// asked for a traceroute.
type scriptSampler struct {
	clock  *scriptClock
	script string
	took   time.Duration
	sleep  map[int]time.Duration // extra time before sample n (a sleep)
	n      int
	traced []int
}

func (s *scriptSampler) Sample(ctx context.Context, t target.Target, trace bool) Sample {
	i := s.n
	s.n++
	s.clock.advance(s.took + s.sleep[i])
	x := Sample{OK: true}
	if i < len(s.script) && s.script[i] == 'x' {
		x = Sample{Why: "filtered", Trace: []Hop{{TTL: 1, Addr: "10.0.0.1", Sent: 2, Recv: 2}, {TTL: 2, Sent: 2}}}
	}
	if trace {
		s.traced = append(s.traced, i)
		if x.Trace == nil {
			x.Trace = []Hop{{TTL: 1, Addr: "10.0.0.1", Sent: 2, Recv: 2}, {TTL: 2, Addr: "10.0.0.9", Sent: 2, Recv: 2}}
		}
	}
	return x
}

var host = target.Target{Host: "app.example", Port: 443}

func TestWatchPaceAndEnd(t *testing.T) {
	c := &scriptClock{now: t0}
	ss := &scriptSampler{clock: c, took: 300 * time.Millisecond}
	w := New(host, Options{Every: 5 * time.Second, For: time.Minute + 5*time.Second, Clock: c, Sampler: ss})
	res := w.Run(context.Background())
	if len(res.Samples) != 13 {
		t.Fatalf("%d samples in 65 s at 5 s, want 13", len(res.Samples))
	}
	for i, s := range res.Samples {
		if want := t0.Add(time.Duration(i) * 5 * time.Second); !s.At.Equal(want) || s.Seq != i {
			t.Errorf("sample %d: seq %d at %v, want %v", i, s.Seq, s.At, want)
		}
	}
	if !slices.Equal(ss.traced, []int{0, 12}) {
		t.Errorf("traced samples %v, want [0 12] (one a minute)", ss.traced)
	}
	if !res.Ended.Equal(t0.Add(65 * time.Second)) {
		t.Errorf("ended %v", res.Ended)
	}
}

// A slow sample skips the ticks it overran instead of bunching samples.
func TestWatchSkipsMissedTicks(t *testing.T) {
	c := &scriptClock{now: t0}
	ss := &scriptSampler{clock: c, sleep: map[int]time.Duration{1: 7 * time.Second}}
	res := New(host, Options{Every: 5 * time.Second, For: 25 * time.Second, Clock: c, Sampler: ss}).Run(context.Background())
	var at []time.Duration
	for _, s := range res.Samples {
		at = append(at, s.At.Sub(t0))
	}
	want := []time.Duration{0, 5 * time.Second, 15 * time.Second, 20 * time.Second}
	if !slices.Equal(at, want) {
		t.Errorf("samples at %v, want %v", at, want)
	}
	if len(res.Events) != 0 {
		t.Errorf("a 7 s overrun is no gap: %v", res.Events)
	}
}

func TestWatchMarksSleepGap(t *testing.T) {
	c := &scriptClock{now: t0}
	ss := &scriptSampler{clock: c, sleep: map[int]time.Duration{2: 10 * time.Minute}}
	var events []Event
	res := New(host, Options{Every: 5 * time.Second, For: 15 * time.Minute, Clock: c, Sampler: ss,
		OnEvent: func(e Event) { events = append(events, e) }}).Run(context.Background())
	if len(res.Events) != 1 || res.Events[0].Kind != EventGap || len(events) != 1 {
		t.Fatalf("events %v", res.Events)
	}
	if got := res.Events[0].Detail; got != "no samples for 10m5s (the computer slept or the program was paused)" {
		t.Errorf("gap detail %q", got)
	}
}

func TestWatchDiagnosesEachWindow(t *testing.T) {
	for _, tc := range []struct {
		name, script string
		block        int // the first diagnosis waits until this sample (-1: never waits)
		want         []int
	}{
		{"one window", "..xxx..", -1, []int{2}},
		{"fails at once", "xx..", -1, []int{0}},
		{"two windows", ".xx.x..", -1, []int{1, 4}},
		{"window while diagnosing", ".x.x.x....", 8, []int{1, 3, 5}},
		{"no failure", ".....", -1, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &scriptClock{now: t0}
			ss := &scriptSampler{clock: c, script: tc.script}
			release := make(chan struct{})
			var mu sync.Mutex
			var linked []int
			var calls int
			o := Options{Every: time.Second, For: time.Duration(len(tc.script)) * time.Second, Clock: c, Sampler: ss,
				Diagnose: func(ctx context.Context) (int64, error) {
					mu.Lock()
					calls++
					n := calls
					mu.Unlock()
					if n == 1 && tc.block >= 0 {
						<-release
					}
					return int64(100 + n), nil
				},
				OnLinked: func(seq int, id int64) { mu.Lock(); linked = append(linked, seq); mu.Unlock() },
			}
			o.OnSample = func(s Sample) {
				if s.Seq == tc.block {
					close(release)
				}
			}
			res := New(host, o).Run(context.Background())
			if !slices.Equal(linked, tc.want) {
				t.Errorf("diagnosed samples %v, want %v", linked, tc.want)
			}
			for i, seq := range tc.want {
				if got := res.Samples[seq].RunID; got != int64(101+i) {
					t.Errorf("sample %d linked to run %d, want %d", seq, got, 101+i)
				}
			}
		})
	}
}

// Ctrl-C ends the watch cleanly: what was sampled is kept.
func TestWatchCancelKeepsSamples(t *testing.T) {
	c := &scriptClock{now: t0}
	ss := &scriptSampler{clock: c}
	ctx, cancel := context.WithCancel(context.Background())
	o := Options{Every: time.Second, Clock: c, Sampler: ss, OnSample: func(s Sample) {
		if s.Seq == 3 {
			cancel()
		}
	}}
	res := New(host, o).Run(ctx)
	if len(res.Samples) != 4 {
		t.Fatalf("%d samples kept, want 4", len(res.Samples))
	}
}

// The sample after a failed one is traced with it (a failed sample traces
// itself): the hop strip learns where the path stands once it works again.
func TestWatchTracesRecovery(t *testing.T) {
	c := &scriptClock{now: t0}
	ss := &scriptSampler{clock: c, script: "..xx...."}
	New(host, Options{Every: 5 * time.Second, For: 40 * time.Second, Clock: c, Sampler: ss}).Run(context.Background())
	if !slices.Equal(ss.traced, []int{0, 3, 4}) {
		t.Errorf("traced samples %v, want [0 3 4]: the first, and each after a failure", ss.traced)
	}
}
