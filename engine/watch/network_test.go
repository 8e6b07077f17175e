package watch

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/conndoctor/conndoctor/target"
)

// netSampler is a scriptSampler that makes the network change during the
// samples listed in at: it hands the change to the fake network source
// and waits until the watch has it, so the test needs no timing.
type netSampler struct {
	*scriptSampler
	at      map[int]string // sample → what changes
	trigger chan string
	ack     chan struct{}
}

func (s *netSampler) Sample(ctx context.Context, t target.Target, trace bool) Sample {
	if d, ok := s.at[s.n]; ok {
		s.trigger <- d
		<-s.ack
	}
	return s.scriptSampler.Sample(ctx, t, trace)
}

// TestWatchNetworkEvents: network changes reported while the watch runs
// are on its timeline, stamped by its clock, passed to OnEvent, and named
// in the summary of the failure window they fall in ("link eth0 went down
// at 14:00:10"); the source is stopped when the watch ends.
func TestWatchNetworkEvents(t *testing.T) {
	c := &scriptClock{now: t0}
	ns := &netSampler{scriptSampler: &scriptSampler{clock: c, script: "..xxx.....", took: 100 * time.Millisecond},
		at: map[int]string{2: "link eth0 went down", 5: "link eth0 came up"}, trigger: make(chan string), ack: make(chan struct{})}
	stopped := make(chan struct{})
	network := func(ctx context.Context, report func(Event)) error {
		defer close(stopped)
		for {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case d := <-ns.trigger:
				report(Event{Kind: EventNetwork, Detail: d})
				ns.ack <- struct{}{}
			}
		}
	}
	var seen []string
	w := New(host, Options{Every: 5 * time.Second, For: 50 * time.Second, Clock: c, Sampler: ns, Network: network,
		OnEvent: func(e Event) { seen = append(seen, e.Detail) }})
	res := w.Run(context.Background())
	select {
	case <-stopped:
	default:
		t.Error("the network source still runs after the watch ended")
	}
	if len(res.Events) != 2 || len(seen) != 2 {
		t.Fatalf("events %+v, OnEvent %q", res.Events, seen)
	}
	if !res.Events[0].At.Equal(t0.Add(10*time.Second)) || res.Events[0].Kind != EventNetwork {
		t.Errorf("first event %+v, want at 14:00:10", res.Events[0])
	}
	got := Summarize(res.Samples, res.Events, time.Time{}, time.Time{}).Text(time.UTC)
	want := "3 of 10 attempts failed (30.0%), all between 14:00:10 and 14:00:20; in that window hop 2 (10.0.0.9) lost 100% and link eth0 went down at 14:00:10 and link eth0 came up at 14:00:25."
	if got != want {
		t.Errorf("summary\n got %q\nwant %q", got, want)
	}
	if !strings.Contains(got, "link eth0 went down at 14:00:10") {
		t.Error("the summary does not say when the link went down")
	}
}

// TestWatchNetworkUnavailable: a source that cannot follow the changes
// says so once through OnError, and the watch goes on.
func TestWatchNetworkUnavailable(t *testing.T) {
	c := &scriptClock{now: t0}
	var errs []error
	w := New(host, Options{Every: 5 * time.Second, For: 20 * time.Second, Clock: c,
		Sampler: &scriptSampler{clock: c, took: time.Millisecond},
		Network: func(context.Context, func(Event)) error { return errors.New("netlink: permission denied") },
		OnError: func(err error) { errs = append(errs, err) }})
	res := w.Run(context.Background())
	if len(res.Samples) != 4 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "network changes are not followed") {
		t.Errorf("%d samples, errors %v", len(res.Samples), errs)
	}
}

// TestSummaryEventsPerWindow: an event is told with the window it falls in
// (up to the sample that ended it), not again with the next window.
func TestSummaryEventsPerWindow(t *testing.T) {
	var samples []Sample
	for i, c := range ".xx..x.." {
		samples = append(samples, Sample{Seq: i, At: t0.Add(time.Duration(i) * 5 * time.Second), OK: c == '.'})
	}
	events := []Event{{At: t0.Add(5 * time.Second), Kind: EventNetwork, Detail: "link eth0 went down"},
		{At: t0.Add(15 * time.Second), Kind: EventNetwork, Detail: "link eth0 came up"},
		{At: t0.Add(24 * time.Second), Kind: EventNetwork, Detail: "default route via 10.0.0.1 on eth0 removed"}}
	s := Summarize(samples, events, time.Time{}, time.Time{})
	if len(s.Windows) != 2 || len(s.Windows[0].Events) != 2 || len(s.Windows[1].Events) != 1 || s.Windows[1].Events[0] != events[2] {
		t.Fatalf("windows %+v", s.Windows)
	}
	want := "3 of 8 attempts failed (37.5%), in 2 windows: between 14:00:05 and 14:00:10 (link eth0 went down at 14:00:05 and link eth0 came up at 14:00:15); " +
		"at 14:00:25 (default route via 10.0.0.1 on eth0 removed at 14:00:24)."
	if got := s.Text(time.UTC); got != want {
		t.Errorf("\n got %q\nwant %q", got, want)
	}
}
