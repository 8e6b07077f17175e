package app

import (
	"context"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	ttwidget "github.com/dweymouth/fyne-tooltip/widget"

	"github.com/conndoctor/conndoctor/diagnose"
	"github.com/conndoctor/conndoctor/engine"
	"github.com/conndoctor/conndoctor/history"
	"github.com/conndoctor/conndoctor/probes"
	"github.com/conndoctor/conndoctor/target"
)

// harness is a wizard on Fyne's test driver with a history database in a
// temporary folder and saved files going to another.
type harness struct {
	t     testing.TB
	u     *UI
	db    string
	saved string
	// opened lists the folders "Open folder" asked the file manager for.
	opened []string
}

func newHarness(t testing.TB, run RunFunc) *harness {
	t.Helper()
	h := &harness{t: t, db: filepath.Join(t.TempDir(), "history.db"), saved: t.TempDir()}
	a := test.NewTempApp(t)
	h.u = New(a, Deps{
		Run: run,
		OpenStore: func(string, history.OpenOptions) (*history.Store, error) {
			return history.Open(h.db, history.OpenOptions{})
		},
		Documents:  func() string { return h.saved },
		OpenFolder: func(dir string) error { h.opened = append(h.opened, dir); return nil },
		Now:        func() time.Time { return time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC) },
	})
	h.u.win.Resize(fyne.NewSize(1000, 740))
	h.locked(h.u.Load)
	t.Cleanup(func() {
		h.settle()
		if h.u.store != nil {
			h.u.store.Close()
		}
	})
	return h
}

// settle waits for the history reads and writes started so far to reach
// the widgets (see background).
func (h *harness) settle() { h.u.bridge.pending.Wait() }

// locked runs f while no background update is applied, then waits for
// the history work f started to reach the widgets: a test's action is
// done when what it asked of the database is shown.
func (h *harness) locked(f func()) {
	h.u.bridge.locked(f)
	h.settle()
}

// waitFor waits until cond holds (read under the bridge lock).
func (h *harness) waitFor(what string, cond func() bool) {
	h.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		ok := false
		h.locked(func() { ok = cond() })
		if ok {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	h.t.Fatalf("timed out waiting for %s", what)
}

// start types input in the address field and presses Enter.
func (h *harness) start(input string) {
	h.locked(func() {
		h.u.target.field.SetText("")
		test.Type(h.u.target.field, input)
		h.u.target.field.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	})
}

// tapButton taps the first button labelled text inside o.
func (h *harness) tapButton(o fyne.CanvasObject, text string) {
	h.t.Helper()
	var b *widget.Button
	h.locked(func() {
		if b = findButton(o, text); b != nil {
			test.Tap(b)
		}
	})
	if b == nil {
		h.t.Fatalf("no button %q", text)
	}
}

// findButton finds a button by its label in a widget tree.
func findButton(o fyne.CanvasObject, text string) *widget.Button {
	var found *widget.Button
	walk(o, func(o fyne.CanvasObject) {
		if b := asButton(o); b != nil && b.Text == text && found == nil {
			found = b
		}
	})
	return found
}

// asButton returns the button in o, plain or with a tooltip.
func asButton(o fyne.CanvasObject) *widget.Button {
	switch b := o.(type) {
	case *widget.Button:
		return b
	case *ttwidget.Button:
		return &b.Button
	}
	return nil
}

// texts returns every label's text in a widget tree.
func texts(o fyne.CanvasObject) []string {
	var out []string
	walk(o, func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Label:
			out = append(out, w.Text)
		case *widget.RichText:
			out = append(out, w.String())
		case *widget.Button:
			out = append(out, w.Text)
		case *ttwidget.Button:
			out = append(out, w.Text)
		}
	})
	return out
}

// walk visits o and everything rendered under it.
func walk(o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	if o == nil {
		return
	}
	visit(o)
	switch c := o.(type) {
	case *fyne.Container:
		for _, child := range c.Objects {
			walk(child, visit)
		}
	case fyne.Widget:
		for _, child := range test.WidgetRenderer(c).Objects() {
			walk(child, visit)
		}
	}
}

// find looks a button up while no update is applied.
func (h *harness) find(o fyne.CanvasObject, text string) (b *widget.Button) {
	h.locked(func() { b = findButton(o, text) })
	return b
}

// texts reads every label under o while no update is applied.
func (h *harness) texts(o fyne.CanvasObject) (out []string) {
	h.locked(func() { out = texts(o) })
	return out
}

// overlay is the top dialog or pop-up of the window.
func (h *harness) overlay() fyne.CanvasObject { return h.u.win.Canvas().Overlays().Top() }

// script is a scripted engine: it plays the plan's checks with the given
// statuses and builds a report that package diagnose judges for real.
type script struct {
	mu sync.Mutex
	// port is the port state of the next run.
	port probes.PortState
	// all, when set, gives every check this status.
	all probes.Status
	// gate, when set, is waited on after the first check finishes.
	gate chan struct{}
	// runs counts runs.
	runs int
	// proxyOK adds a proxy check whose tunnel works.
	proxyOK bool
	// waiting reports, while gated, that the app check waits for an answer.
	waiting bool
}

func (s *script) run(ctx context.Context, t target.Target, o engine.Options, progress func(engine.Event)) *engine.Report {
	s.mu.Lock()
	s.runs++
	port, all, gate, proxyOK := s.port, s.all, s.gate, s.proxyOK
	s.mu.Unlock()
	if progress == nil {
		progress = func(engine.Event) {}
	}
	rep := &engine.Report{Target: t, Addr: t.Host, Started: time.Now(), Version: "test"}
	set := scriptedSet(t, port, all)
	if proxyOK {
		set.Proxy = &probes.ProxyResult{Check: probes.Check{ID: "proxy", Title: "Proxy settings", Status: probes.StatusPass, Summary: "the proxy reaches it"},
			Proxy: "http://proxy.example:3128", From: "environment", Reachable: true, TunnelOK: true, Tunnel: "200 Connection established"}
	}
	for i, e := range set.Entries() {
		progress(engine.Event{ID: e.ID, Title: e.Title, Phase: engine.Started})
		if ctx.Err() != nil {
			break
		}
		progress(engine.Event{ID: e.ID, Title: e.Title, Phase: engine.Finished, Check: e.Check})
		if i == 0 && gate != nil {
			if s.waiting {
				progress(engine.Event{ID: "app", Title: "HTTPS request", Phase: engine.Started})
				progress(engine.Event{ID: "app", Title: "HTTPS request", Phase: engine.Running, Elapsed: 12 * time.Second, Detail: "waiting for the server's answer: 12 s"})
			}
			select {
			case <-gate:
			case <-ctx.Done():
			}
		}
	}
	rep.Results = set
	rep.Diagnosis = diagnose.Diagnose(t, &rep.Results)
	rep.Duration = time.Since(rep.Started)
	rep.Env = engine.Environment{OS: "linux", Arch: "amd64", Hostname: "test-pc", DNSServers: []string{"127.0.0.53"}}
	return rep
}

// scriptedSet is a plausible result set for a port state.
func scriptedSet(t target.Target, port probes.PortState, all probes.Status) probes.Set {
	c := func(id, title string, s probes.Status, sum string) probes.Check {
		if all != "" {
			s = all
		}
		return probes.Check{ID: id, Title: title, Status: s, Summary: sum, Started: time.Now(), Duration: 12 * time.Millisecond}
	}
	addr := t.HostPort()
	p := &probes.PortResult{Check: c("port", "TCP port", probes.StatusPass, addr+" is open"), Addr: addr, State: port}
	switch port {
	case probes.PortFiltered:
		p.Check = c("port", "TCP port", probes.StatusFail, "no answer from "+addr+" within 3000 ms (3 SYNs sent)")
		p.SynSent = 3
	case probes.PortRefused:
		p.Check = c("port", "TCP port", probes.StatusFail, addr+" refused the connection")
	}
	ping := &probes.PingResult{Check: c("ping", "Ping", probes.StatusPass, "20/20 replies"), Addr: t.Host, Sent: 20, Recv: 20,
		Avg: probes.Millis(300 * time.Microsecond)}
	for i := 0; i < 20; i++ {
		ping.RTTs = append(ping.RTTs, probes.Millis(time.Duration(200+i*10)*time.Microsecond))
	}
	tr := &probes.TraceResult{Check: c("trace.icmp", "Traceroute (ICMP)", probes.StatusPass, "reached in 2 hops"), Mode: probes.TraceICMP,
		Hops: []probes.Hop{{TTL: 1, Addr: "10.0.0.1", Sent: 3, Recv: 3, Avg: probes.Millis(time.Millisecond)},
			{TTL: 2, Addr: t.Host, Sent: 3, Recv: 3, Avg: probes.Millis(2 * time.Millisecond)}},
		Reached: true, LastTTL: 2, LastAddr: t.Host}
	return probes.Set{
		Local: &probes.LocalResult{Check: c("local", "This computer's network", probes.StatusPass, "route via 10.0.0.1")},
		Port:  p, Ping: ping, TraceICMP: tr,
	}
}

func (s *script) set(f func(*script)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	f(s)
}
