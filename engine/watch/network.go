package watch

import (
	"context"
	"errors"
	"fmt"

	"github.com/conndoctor/conndoctor/platform"
)

// OSNetwork follows this computer's network changes through the operating
// system (platform.WatchNetwork: links up and down, addresses and default
// routes added and removed, DNS servers changed, resumes from sleep) and
// reports each as an Event of kind EventNetwork, or EventResume for a
// resume, stamped by the watch when it arrives.
func OSNetwork(ctx context.Context, report func(Event)) error {
	return platform.WatchNetwork(ctx, func(c platform.NetChange) {
		kind := EventNetwork
		if c.Kind == platform.NetResume {
			kind = EventResume
		}
		report(Event{Kind: kind, Detail: c.Detail})
	})
}

// EventResume is the computer waking from sleep, as the operating system
// tells it (a gap says the same from the samples' times).
const EventResume = "resume"

// followNetwork starts o.Network, if set, and returns what stops it and
// waits for it, so no event arrives after the watch ended. An event comes
// stamped with the watch's clock when it has no time of its own.
func (w *Watch) followNetwork(ctx context.Context) (stop func()) {
	if w.o.Network == nil {
		return func() {}
	}
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		err := w.o.Network(ctx, func(e Event) {
			if ctx.Err() != nil {
				return
			}
			if e.At.IsZero() {
				e.At = w.o.Clock.Now()
			}
			w.event(e)
		})
		if err != nil && !errors.Is(err, context.Canceled) {
			w.o.OnError(fmt.Errorf("watch: network changes are not followed: %w", err))
		}
	}()
	return func() { cancel(); <-done }
}
