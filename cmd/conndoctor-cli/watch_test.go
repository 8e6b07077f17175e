package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/conndoctor/conndoctor/diagnose"
	"github.com/conndoctor/conndoctor/engine"
	"github.com/conndoctor/conndoctor/engine/watch"
	"github.com/conndoctor/conndoctor/history"
	"github.com/conndoctor/conndoctor/target"
)

// scriptClock moves time on at once when waited on.
type scriptClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *scriptClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.now }
func (c *scriptClock) After(d time.Duration) <-chan time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
	ch := make(chan time.Time, 1)
	ch <- c.now
	return ch
}

// scriptSampler answers '.' ok, 'x' failed (with why), and calls at(n)
// before sample n.
type scriptSampler struct {
	script, why string
	n           int
	at          func(int)
}

func (s *scriptSampler) Sample(ctx context.Context, t target.Target, trace bool) watch.Sample {
	i := s.n
	s.n++
	if s.at != nil {
		s.at(i)
	}
	if i < len(s.script) && s.script[i] == 'x' {
		return watch.Sample{Why: s.why, Connects: []watch.Connect{{Addr: "10.0.0.5", State: "filtered"}},
			Trace: []watch.Hop{{TTL: 1, Addr: "10.0.0.1", Sent: 2, Recv: 2}, {TTL: 2, Sent: 2}}}
	}
	return watch.Sample{OK: true, Connects: []watch.Connect{{Addr: "10.0.0.5", Ms: 1.5, State: "open"}}}
}

// fakeWatch installs a scripted sampler, clock and diagnosis.
func fakeWatch(t *testing.T, s *scriptSampler) {
	t.Helper()
	oldS, oldC, oldE, oldN := watchSampler, watchClock, runEngine, watchNetwork
	t.Cleanup(func() { watchSampler, watchClock, runEngine, watchNetwork = oldS, oldC, oldE, oldN })
	watchSampler, watchNetwork = s, nil
	watchClock = &scriptClock{now: time.Date(2025, 3, 4, 14, 0, 0, 0, time.UTC)}
	runEngine = func(ctx context.Context, tg target.Target, o engine.Options, progress func(engine.Event)) *engine.Report {
		return &engine.Report{Target: tg, Started: time.Now(), Version: "test",
			Diagnosis: diagnose.Diagnosis{Verdict: diagnose.Finding{Code: "port.filtered", Summary: "port 443 \x1b[2J is filtered"}}}
	}
}

func TestWatchCommand(t *testing.T) {
	s := &scriptSampler{script: "..xx..", why: "10.0.0.5:443 did not answer \x1b]0;owned\x07"}
	fakeWatch(t, s)
	db := filepath.Join(t.TempDir(), "h.db")
	var out, errs bytes.Buffer
	code := run(context.Background(), []string{"watch", "--every", "1s", "--for", "6s", "--db", db, "10.0.0.5:443"}, nil, &out, &errs)
	if code != exitProblem {
		t.Errorf("exit %d, want %d (failures seen)\n%s%s", code, exitProblem, out.String(), errs.String())
	}
	text := out.String()
	if strings.ContainsAny(text, "\x1b\x07") {
		t.Errorf("network text reached the terminal unescaped:\n%q", text)
	}
	for _, want := range []string{"Watching 10.0.0.5:443 every 1s for 6s: at most", "FAIL", "did not answer",
		"diagnosis saved as run 1:", "2 of 6 attempts failed (33.3%), all between", "in that window hop 2 lost 100%", "Saved as watch 1"} {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %q:\n%s", want, text)
		}
	}
	if n := strings.Count(text, "\n14:00:0"); n != 6 {
		t.Errorf("%d sample lines, want 6:\n%s", n, text)
	}
	st, err := history.Open(db, history.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	w, err := st.GetWatch(1)
	if err != nil || len(w.Samples) != 6 || w.Failed != 2 || len(w.Runs) != 1 || w.Samples[2].RunID != w.Runs[0] || w.Ended.IsZero() {
		t.Fatalf("stored watch: %+v %v", w, err)
	}
	out.Reset()
	if code := run(context.Background(), []string{"history", "list", "--db", db}, nil, &out, &errs); code != exitHealthy ||
		!strings.Contains(out.String(), "w1") || !strings.Contains(out.String(), "10.0.0.5:443  6        2       1") {
		t.Errorf("history list (exit %d):\n%s", code, out.String())
	}
	for _, format := range []string{"html", "json"} {
		path := filepath.Join(t.TempDir(), "w."+format)
		out.Reset()
		if code := run(context.Background(), []string{"export", "--watch", "--db", db, "-o", path, "w1"}, nil, &out, &errs); code != exitHealthy {
			t.Errorf("export %s: exit %d\n%s", format, code, errs.String())
			continue
		}
		b, _ := os.ReadFile(path)
		if !strings.Contains(string(b), "2 of 6 attempts failed") {
			t.Errorf("export %s lacks the summary:\n%.400s", format, b)
		}
	}
}

// Ctrl-C ends the watch cleanly and keeps what was sampled.
func TestWatchCtrlC(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s := &scriptSampler{at: func(n int) {
		if n == 3 {
			cancel() // what SIGINT does to the CLI's context
		}
	}}
	fakeWatch(t, s)
	db := filepath.Join(t.TempDir(), "h.db")
	var out, errs bytes.Buffer
	code := run(ctx, []string{"watch", "--json", "--db", db, "10.0.0.5:443"}, nil, &out, &errs)
	var doc struct {
		WatchID int64  `json:"watch_id"`
		Summary string `json:"summary"`
		Samples []struct{ OK bool }
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if code != exitHealthy || len(doc.Samples) != 3 || !strings.HasPrefix(doc.Summary, "All 3 attempts succeeded") {
		t.Errorf("exit %d, doc %+v\n%s", code, doc, errs.String())
	}
	st, _ := history.Open(db, history.OpenOptions{})
	defer st.Close()
	if w, err := st.GetWatch(doc.WatchID); err != nil || len(w.Samples) != 3 || w.Ended.IsZero() {
		t.Errorf("stored after Ctrl-C: %+v %v", w, err)
	}
}

func TestWatchBadFlags(t *testing.T) {
	for _, args := range [][]string{{"watch", "--every", "100ms", "x:1"}, {"watch", "--for", "-1s", "x:1"}, {"watch"}} {
		var out, errs bytes.Buffer
		if code := run(context.Background(), args, strings.NewReader(""), &out, &errs); code != exitBadInput {
			t.Errorf("%v: exit %d\n%s", args, code, errs.String())
		}
	}
}
