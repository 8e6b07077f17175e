package app

import (
	"sync"

	"fyne.io/fyne/v2"
)

// bridge is the one place where work done on other goroutines (engine
// progress, database results, rendered reports) reaches widgets. apply runs
// f on the Fyne thread with fyne.Do. Updates are serialised: Fyne's test
// driver runs fyne.Do on the caller's goroutine, and two probes may finish
// at the same instant.
type bridge struct {
	mu sync.Mutex
	// applied, when set, is called after each update (a test seam that
	// gives tests a happens-before edge with the widgets).
	applied func()
	// pending counts background work not yet applied (tests wait for it).
	pending sync.WaitGroup
}

// apply runs f on the Fyne thread.
func (b *bridge) apply(f func()) {
	fyne.Do(func() {
		b.mu.Lock()
		defer b.mu.Unlock()
		f()
		if b.applied != nil {
			b.applied()
		}
	})
}

// locked runs f while no update is being applied: tests use it to read or
// tap widgets while a run goes on.
func (b *bridge) locked(f func()) {
	b.mu.Lock()
	defer b.mu.Unlock()
	f()
}

// background runs work off the Fyne thread — database reads and writes,
// report rendering — then done with its result on the Fyne thread,
// through b. Widgets are touched only in done.
func background[T any](b *bridge, work func() T, done func(T)) {
	b.pending.Add(1)
	go func() {
		defer b.pending.Done()
		v := work()
		b.apply(func() { done(v) })
	}()
}
