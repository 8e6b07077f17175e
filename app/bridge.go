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
	pending pendingWork
}

// pendingWork counts background work not yet applied, and lets a test wait
// until none is. Unlike a sync.WaitGroup, work may be added while a wait
// is under way with nothing pending: an update being applied starts more
// (a finished run reloads the recent targets) while a test waits for the
// work it started, and a WaitGroup's Add from zero must happen before its
// Wait, which nothing orders here (the race detector reported it).
type pendingWork struct {
	mu   sync.Mutex
	n    int
	none *sync.Cond // signalled when n drops to 0
}

// Add counts one more piece of work.
func (p *pendingWork) Add() {
	p.mu.Lock()
	p.n++
	p.mu.Unlock()
}

// Done counts one piece of work applied.
func (p *pendingWork) Done() {
	p.mu.Lock()
	p.n--
	if p.n == 0 && p.none != nil {
		p.none.Broadcast()
	}
	p.mu.Unlock()
}

// Wait returns once no work is pending.
func (p *pendingWork) Wait() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.none == nil {
		p.none = sync.NewCond(&p.mu)
	}
	for p.n > 0 {
		p.none.Wait()
	}
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
	b.pending.Add()
	go func() {
		defer b.pending.Done()
		v := work()
		b.apply(func() { done(v) })
	}()
}
