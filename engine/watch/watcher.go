package watch

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/conndoctor/conndoctor/target"
)

// Clock is the watch's time: the real one, or a scripted one in tests.
type Clock interface {
	// Now is the current time.
	Now() time.Time
	// After delivers the time once d has passed.
	After(d time.Duration) <-chan time.Time
}

type realClock struct{}

func (realClock) Now() time.Time                         { return time.Now() }
func (realClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

// Sampler takes one sample of a target; trace says a traceroute is due
// with it, and a sampler also traces the path of a sample that failed. It
// returns within its own deadlines.
type Sampler interface {
	Sample(ctx context.Context, t target.Target, trace bool) Sample
}

// Options tune a watch. The zero value samples every 5 s until cancelled.
type Options struct {
	// Every is the pace (default 5 s, at least 1 s).
	Every time.Duration
	// For is how long to watch (0: until the context is done).
	For time.Duration
	// TraceEvery is how often a traceroute goes with a sample (default
	// 1 min); the sampler also traces every failed sample.
	TraceEvery time.Duration
	// Sampler takes the samples (default: the real probes, Prober).
	Sampler Sampler
	// Clock is the time (default: the real clock).
	Clock Clock
	// Network, if set, follows this computer's network changes (links,
	// addresses, default routes, DNS servers, sleep) while the watch runs
	// and reports each as it happens; OSNetwork is the real one.
	Network func(ctx context.Context, report func(Event)) error
	// Diagnose, if set, runs a full diagnosis when a failure window opens
	// and returns the saved run's ID. One runs at a time; a window that
	// opens while one runs gets its diagnosis when it ends.
	Diagnose func(ctx context.Context) (int64, error)
	// OnSample is called with every sample, in order, from the watch's
	// goroutine; OnEvent with every event; OnLinked when a diagnosis
	// started by sample seq was saved as run runID (from another
	// goroutine); OnError when Diagnose failed.
	OnSample func(Sample)
	OnEvent  func(Event)
	OnLinked func(seq int, runID int64)
	OnError  func(error)
}

// Result is what a watch saw.
type Result struct {
	// Started and Ended bound the watch.
	Started, Ended time.Time
	// Samples are every sample, in order; Events the events.
	Samples []Sample
	Events  []Event
}

// Watch is one watch of a target.
type Watch struct {
	t target.Target
	o Options

	mu       sync.Mutex
	res      Result
	diagBusy bool
	pending  []int // first samples of windows waiting for a diagnosis
	diagWG   sync.WaitGroup
}

// New prepares a watch of t.
func New(t target.Target, o Options) *Watch {
	if o.Every <= 0 {
		o.Every = 5 * time.Second
	}
	o.Every = max(o.Every, time.Second)
	if o.TraceEvery <= 0 {
		o.TraceEvery = time.Minute
	}
	if o.Clock == nil {
		o.Clock = realClock{}
	}
	if o.Sampler == nil {
		o.Sampler = &Prober{Every: o.Every}
	}
	if o.OnEvent == nil {
		o.OnEvent = func(Event) {}
	}
	if o.OnSample == nil {
		o.OnSample = func(Sample) {}
	}
	if o.OnLinked == nil {
		o.OnLinked = func(int, int64) {}
	}
	if o.OnError == nil {
		o.OnError = func(error) {}
	}
	return &Watch{t: t, o: o}
}

// gapFactor: a wait that overran the pace by this many intervals (and at
// least gapMin) is a gap: the computer slept or the program was stopped.
const (
	gapFactor = 3
	gapMin    = 10 * time.Second
)

// Run samples until o.For has passed or ctx is done, then waits for a
// diagnosis still running (bounded by ctx) and returns what was sampled.
// Cancelling ctx ends the watch cleanly: the samples so far are kept.
func (w *Watch) Run(ctx context.Context) Result {
	c := w.o.Clock
	// The schedule is on the wall clock: a suspend stops the monotonic
	// clock Go's timers and time comparisons use, and a watch "for an
	// hour" means until the clock on the wall says so.
	w.res.Started = c.Now().Round(0)
	end := time.Time{}
	if w.o.For > 0 {
		end = w.res.Started.Add(w.o.For)
	}
	next := w.res.Started
	lastTrace := time.Time{}
	var prevAt time.Time
	prevOK := true // a failure at the start opens a window too
	stopNet := w.followNetwork(ctx)
	for seq := 0; ctx.Err() == nil; seq++ {
		now := c.Now().Round(0)
		if !prevAt.IsZero() {
			w.noteGap(prevAt, now) // also when the watch ended meanwhile
		}
		if !end.IsZero() && !now.Before(end) {
			break
		}
		prevAt = now
		// A trace a minute, and with the sample after a failed one: where
		// the path stands when it works again (failed samples trace
		// themselves).
		traceDue := lastTrace.IsZero() || now.Sub(lastTrace) >= w.o.TraceEvery || !prevOK
		s := w.o.Sampler.Sample(ctx, w.t, traceDue)
		if ctx.Err() != nil {
			break // cut short: what it saw proves nothing
		}
		s.Seq, s.At = seq, now
		if s.Trace != nil {
			lastTrace = now
		}
		w.record(ctx, s, prevOK)
		prevOK = s.OK
		if !w.wait(ctx, &next, end) {
			break
		}
	}
	stopNet()
	w.diagWG.Wait()
	w.mu.Lock()
	defer w.mu.Unlock()
	w.res.Ended = c.Now().Round(0)
	return w.snapshot()
}

// wait sleeps until the next tick, skipping ticks already missed; false
// when the watch is over.
func (w *Watch) wait(ctx context.Context, next *time.Time, end time.Time) bool {
	c := w.o.Clock
	now := c.Now().Round(0)
	*next = next.Add(w.o.Every)
	if missed := now.Sub(*next); missed > 0 {
		*next = next.Add((missed/w.o.Every + 1) * w.o.Every)
	}
	if !end.IsZero() && !next.Before(end) {
		*next = end
	}
	// Never longer than a pace: a wall clock set back does not stall it.
	d := max(min(next.Sub(now), w.o.Every), 0)
	select {
	case <-ctx.Done():
		return false
	case <-c.After(d):
	}
	return true
}

// noteGap records a gap when the wall clock between two samples overran
// the pace: the computer slept (the monotonic clock Go's timers use does
// not count a suspend, so wall times are compared: TestWatchGapUsesWallClock)
// or the program was stopped.
func (w *Watch) noteGap(prev, now time.Time) {
	between := now.Round(0).Sub(prev.Round(0))
	if between-w.o.Every > max(gapMin, gapFactor*w.o.Every) {
		w.event(Event{At: now, Kind: EventGap,
			Detail: fmt.Sprintf("no samples for %s (the computer slept or the program was paused)", between.Round(time.Second))})
	}
}

// Event records an event from outside the watch (network changes).
func (w *Watch) Event(e Event) { w.event(e) }

func (w *Watch) event(e Event) {
	w.mu.Lock()
	w.res.Events = append(w.res.Events, e)
	w.mu.Unlock()
	w.o.OnEvent(e)
}

// record keeps a sample, reports it, and starts a diagnosis when it opens
// a failure window.
func (w *Watch) record(ctx context.Context, s Sample, prevOK bool) {
	w.mu.Lock()
	w.res.Samples = append(w.res.Samples, s)
	w.mu.Unlock()
	w.o.OnSample(s)
	if s.OK || !prevOK || w.o.Diagnose == nil {
		return
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.diagBusy {
		w.pending = append(w.pending, s.Seq)
		return
	}
	w.diagBusy = true
	w.diagWG.Add(1)
	go w.diagnose(ctx, s.Seq)
}

// diagnose runs diagnoses one after another, for seq and then for the
// windows that opened meanwhile.
func (w *Watch) diagnose(ctx context.Context, seq int) {
	defer w.diagWG.Done()
	for {
		if ctx.Err() == nil {
			id, err := w.o.Diagnose(ctx)
			switch {
			case err != nil:
				w.o.OnError(fmt.Errorf("watch: diagnosis after sample %d: %w", seq, err))
			case id != 0:
				w.mu.Lock()
				w.res.Samples[seq].RunID = id
				w.mu.Unlock()
				w.o.OnLinked(seq, id)
			}
		}
		w.mu.Lock()
		if len(w.pending) == 0 || ctx.Err() != nil {
			w.diagBusy = false
			w.pending = nil
			w.mu.Unlock()
			return
		}
		seq, w.pending = w.pending[0], w.pending[1:]
		w.mu.Unlock()
	}
}

// Snapshot is a copy of what the watch has seen so far (for a live view).
func (w *Watch) Snapshot() Result {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.snapshot()
}

func (w *Watch) snapshot() Result {
	r := w.res
	r.Samples = append([]Sample(nil), w.res.Samples...)
	r.Events = append([]Event(nil), w.res.Events...)
	return r
}
