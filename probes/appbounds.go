package probes

import (
	"errors"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/conndoctor/conndoctor/internal/failure"
)

// bounds are the application check's deadlines, one after the other:
// Timeout for connecting, the handshake and sending the request, then
// AnswerWait for the answer's first byte, Timeout again for its headers,
// then MaxTime for the body. Each
// ends the exchange through cancel with its own cause. The transport calls
// wrote and answered from its own goroutines.
type bounds struct {
	mu      sync.Mutex
	cancel  func(error)
	o       AppOptions
	timer   *time.Timer
	waiting *time.Ticker
	done    chan struct{}
	stopped bool
	// gotAnswer is set once the first byte came: a server may answer
	// before the transport reports the request written.
	gotAnswer bool
}

func newBounds(cancel func(error), o AppOptions) *bounds {
	return &bounds{cancel: cancel, o: o, done: make(chan struct{})}
}

// start arms the first bound.
func (b *bounds) start() { b.next(b.o.Timeout, errNoAnswer) }

// wrote moves from sending to waiting for the answer, with live progress.
func (b *bounds) wrote() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.stopped || b.gotAnswer {
		return
	}
	b.arm(b.o.AnswerWait, errNoAnswer)
	if b.o.Waiting == nil || b.waiting != nil {
		return
	}
	since := time.Now()
	b.waiting = time.NewTicker(time.Second)
	go func(t *time.Ticker) {
		for {
			select {
			case <-b.done:
				return
			case <-t.C:
				b.o.Waiting(time.Since(since))
			}
		}
	}(b.waiting)
}

// answered moves to the bound of the answer's headers (Timeout again);
// the caller moves to MaxTime for the body once they are in.
func (b *bounds) answered() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.stopped || b.gotAnswer {
		return
	}
	b.gotAnswer = true
	b.arm(b.o.Timeout, errNoAnswer)
	if b.waiting != nil {
		b.waiting.Stop()
	}
}

// next replaces the running bound by one of d with cause c.
func (b *bounds) next(d time.Duration, c error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.stopped {
		b.arm(d, c)
	}
}

// arm replaces the running bound; b.mu is held.
func (b *bounds) arm(d time.Duration, c error) {
	if b.timer != nil {
		b.timer.Stop()
	}
	b.timer = time.AfterFunc(d, func() { b.cancel(c) })
}

// stop disarms every bound and ends the progress reports.
func (b *bounds) stop() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.stopped {
		return
	}
	b.stopped = true
	if b.timer != nil {
		b.timer.Stop()
	}
	if b.waiting != nil {
		b.waiting.Stop()
	}
	close(b.done)
}

// closedEarly says err is the server resetting or closing the connection
// before its answer was complete: from typed errors, a reset (in the
// portable failure vocabulary) or an end of stream; and, as a labelled last
// resort, net/http's "server closed idle connection", which has no exported
// error value (it is what a close before the first answer byte gives).
func closedEarly(err error) bool {
	return failure.Classify(err).Kind == failure.Reset ||
		errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		strings.Contains(err.Error(), "server closed idle connection")
}
