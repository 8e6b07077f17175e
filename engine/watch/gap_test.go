package watch

import (
	"context"
	"sync"
	"testing"
	"time"
	"unsafe"

	"github.com/conndoctor/conndoctor/target"
)

// withMono is t (which must carry a monotonic clock reading, as
// time.Now's results do) with its monotonic reading set to mono's: the
// pair a suspend produces, where the wall clock jumped and the monotonic
// clock Go's timers use did not (Linux's CLOCK_MONOTONIC and Windows'
// unbiased interrupt time stop while the computer sleeps). No public API
// builds such a time, so this writes the reading (time.Time's second
// word); the test checks the result behaves as one before relying on it.
func withMono(t, mono time.Time) time.Time {
	type layout struct {
		wall uint64
		ext  int64
		loc  *time.Location
	}
	(*layout)(unsafe.Pointer(&t)).ext = (*layout)(unsafe.Pointer(&mono)).ext
	return t
}

// monoClock is a scripted clock whose times carry monotonic readings, as
// the real clock's do; sleep moves only the wall clock.
type monoClock struct {
	mu        sync.Mutex
	wall, mon time.Time
}

func (c *monoClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return withMono(c.wall, c.mon)
}

func (c *monoClock) After(d time.Duration) <-chan time.Time {
	c.mu.Lock()
	c.wall, c.mon = c.wall.Add(d), c.mon.Add(d)
	c.mu.Unlock()
	ch := make(chan time.Time, 1)
	ch <- c.Now()
	return ch
}

// sleep is a suspend: the wall clock moves on, the monotonic one does not.
func (c *monoClock) sleep(d time.Duration) {
	c.mu.Lock()
	c.wall = c.wall.Add(d)
	c.mu.Unlock()
}

// pause is the program stopped (SIGSTOP, a debugger): both clocks move on.
func (c *monoClock) pause(d time.Duration) {
	c.mu.Lock()
	c.wall, c.mon = c.wall.Add(d), c.mon.Add(d)
	c.mu.Unlock()
}

// The seam for sleep: a suspend moves the wall clock but not the
// monotonic one, so a watch that compared times with Go's default (the
// monotonic readings) would see no gap at all. The watch compares wall
// times: a suspend and a pause both leave a gap, and a sample that merely
// overran its pace does not.
func TestWatchGapUsesWallClock(t *testing.T) {
	now := time.Now()
	if now.Round(0) == now {
		t.Fatal("time.Now carries no monotonic reading: the premise of this test is gone")
	}
	slept := withMono(now.Add(10*time.Minute), now.Add(5*time.Second))
	if slept.Sub(now) != 5*time.Second || slept.Round(0).Sub(now.Round(0)) != 10*time.Minute {
		t.Fatalf("a built suspend does not behave as one (monotonic %v, wall %v): time.Time's layout changed",
			slept.Sub(now), slept.Round(0).Sub(now.Round(0)))
	}
	for _, tc := range []struct {
		name  string
		apply func(c *monoClock)
		gap   bool
	}{
		{"suspend", func(c *monoClock) { c.sleep(10 * time.Minute) }, true},
		{"paused", func(c *monoClock) { c.pause(10 * time.Minute) }, true},
		{"a slow sample", func(c *monoClock) { c.pause(7 * time.Second) }, false},
		{"a short suspend", func(c *monoClock) { c.sleep(9 * time.Second) }, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &monoClock{wall: now, mon: now}
			ss := &hookSampler{at: map[int]func(){2: func() { tc.apply(c) }}}
			res := New(host, Options{Every: 5 * time.Second, For: 11 * time.Minute, Clock: c, Sampler: ss}).Run(context.Background())
			gaps := 0
			for _, e := range res.Events {
				if e.Kind == EventGap {
					gaps++
				}
			}
			if want := map[bool]int{true: 1, false: 0}[tc.gap]; gaps != want {
				t.Errorf("%d gaps, want %d: %+v", gaps, want, res.Events)
			}
		})
	}
}

// A watch "for 5 minutes" ends on the wall clock: a computer put to sleep
// for 10 minutes two samples in ends the watch when it wakes, with the gap
// marked, instead of sampling for 5 more minutes of monotonic time.
func TestWatchForEndsOnWallClockAfterSuspend(t *testing.T) {
	now := time.Now()
	c := &monoClock{wall: now, mon: now}
	ss := &hookSampler{at: map[int]func(){2: func() { c.sleep(10 * time.Minute) }}}
	res := New(host, Options{Every: 5 * time.Second, For: 5 * time.Minute, Clock: c, Sampler: ss}).Run(context.Background())
	if len(res.Samples) != 3 {
		t.Errorf("%d samples, want 3 (none after the wall-clock end)", len(res.Samples))
	}
	if len(res.Events) != 1 || res.Events[0].Kind != EventGap {
		t.Errorf("events %+v, want the sleep's gap", res.Events)
	}
	if got := res.Ended.Round(0).Sub(now.Round(0)); got < 10*time.Minute {
		t.Errorf("ended %v after the start, want after the sleep", got)
	}
}

// hookSampler takes working samples and runs at[n] during sample n.
type hookSampler struct {
	n  int
	at map[int]func()
}

func (s *hookSampler) Sample(context.Context, target.Target, bool) Sample {
	if f := s.at[s.n]; f != nil {
		f()
	}
	s.n++
	return Sample{OK: true}
}
