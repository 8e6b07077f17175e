package main

import (
	"context"
	"errors"
	"flag"
	"io"
	"strconv"
	"sync"
	"time"

	"github.com/conndoctor/conndoctor/engine"
	"github.com/conndoctor/conndoctor/engine/watch"
	"github.com/conndoctor/conndoctor/history"
	"github.com/conndoctor/conndoctor/target"
)

// Test seams: the watch's sampler and clock (nil: the real ones) and what
// follows the computer's network changes (nil: nothing).
var (
	watchSampler watch.Sampler
	watchClock   watch.Clock
	watchNetwork = watch.OSNetwork
)

type watchFlags struct {
	every, dur time.Duration
	json       bool
	noDiagnose bool
	db         dbFlags
}

// watchDoc is the --json output of a watch.
type watchDoc struct {
	WatchID int64          `json:"watch_id"`
	Target  target.Target  `json:"target"`
	Every   time.Duration  `json:"every_ns"`
	Started time.Time      `json:"started"`
	Ended   time.Time      `json:"ended"`
	Summary string         `json:"summary"`
	Failed  int            `json:"failed"`
	Windows []watch.Window `json:"windows,omitempty"`
	Runs    []int64        `json:"runs,omitempty"`
	Samples []watch.Sample `json:"samples"`
	Events  []watch.Event  `json:"events,omitempty"`
}

func runWatch(ctx context.Context, args []string, stdin io.Reader, out, errs term) int {
	if len(args) > 0 && args[0] == "compare" {
		return runWatchCompare(args[1:], out, errs)
	}
	var f watchFlags
	fs := flag.NewFlagSet("watch", flag.ContinueOnError)
	fs.SetOutput(flagOutput(errs.w))
	fs.DurationVar(&f.every, "every", 5*time.Second, "the pace of the samples (at least 1s)")
	fs.DurationVar(&f.dur, "for", 0, "how long to watch, e.g. 1h (default: until Ctrl-C)")
	fs.BoolVar(&f.json, "json", false, "print one JSON object at the end instead of live lines")
	fs.BoolVar(&f.noDiagnose, "no-diagnose", false, "do not run a full diagnosis when a failure starts")
	f.db.register(fs)
	fs.Usage = func() {
		errs.printf("Usage: conndoctor-cli watch [--every 5s] [--for 1h] [--json] TARGET\n       conndoctor-cli watch compare [--json] A B\n\nSamples TARGET at a steady pace and saves the timeline in the history;\neach failure starts a full diagnosis, saved as a run linked to the watch.\nCtrl-C ends the watch and keeps what was sampled. 'watch compare' shows\ntwo saved watches side by side (a target named \"compare\": watch -- compare).\n\nFlags:\n")
		fs.PrintDefaults()
	}
	pos, err := parseInterspersed(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return exitHealthy
	}
	if err != nil {
		return exitBadInput
	}
	if f.every < time.Second || f.dur < 0 {
		errs.println("conndoctor-cli: --every must be at least 1s and --for positive")
		return exitBadInput
	}
	input, err := targetText(pos, stdin)
	if err != nil {
		errs.println("conndoctor-cli:", err)
		return exitBadInput
	}
	t, err := target.Parse(input)
	if err != nil {
		return badTarget(errs, err)
	}
	store, err := f.db.open(errs)
	if err != nil {
		return exitProblem
	}
	defer store.Close()
	return watchTarget(ctx, t, f, store, out, errs)
}

// watchTarget runs the watch, saving as it goes, and prints its end.
func watchTarget(ctx context.Context, t target.Target, f watchFlags, store *history.Store, out, errs term) int {
	var mu sync.Mutex // lines come from the watch and from diagnoses
	out, errs = term{&lockedWriter{w: out.w, mu: &mu}}, term{&lockedWriter{w: errs.w, mu: &mu}}
	now := time.Now
	if watchClock != nil {
		now = watchClock.Now
	}
	id, err := store.CreateWatch(t, f.every, now())
	if err != nil {
		errs.println("conndoctor-cli:", err)
		return exitProblem
	}
	if !f.json {
		span := "until Ctrl-C"
		if f.dur > 0 {
			span = "for " + f.dur.String()
		}
		out.printf("Watching %s every %s %s: %s. Ctrl-C ends the watch and keeps what was sampled.\n",
			t.HostPort(), f.every, span, watch.EstimateCost(t, f.every, 1).Text())
	}
	saveErr := func(err error) {
		if err != nil {
			errs.println("conndoctor-cli:", err)
		}
	}
	o := watch.Options{Every: f.every, For: f.dur, Sampler: watchSampler, Clock: watchClock, Network: watchNetwork,
		OnSample: func(s watch.Sample) {
			saveErr(store.AddSample(id, s))
			if !f.json {
				out.println(s.String())
			}
		},
		OnEvent: func(e watch.Event) {
			saveErr(store.AddEvent(id, e))
			if !f.json {
				out.printf("%s  %s\n", e.At.Local().Format("15:04:05"), e.Detail)
			}
		},
		OnLinked: func(seq int, run int64) {
			saveErr(store.LinkRun(id, seq, run))
		},
		OnError: saveErr,
	}
	if !f.noDiagnose {
		o.Diagnose = func(ctx context.Context) (int64, error) {
			rep := runEngine(ctx, t, engine.Options{}, nil)
			if rep.Cancelled {
				return 0, nil
			}
			run, err := store.Save(rep, history.SaveOptions{Label: "watch " + strconv.FormatInt(id, 10)})
			if err == nil && !f.json {
				out.printf("  diagnosis saved as run %d: %s\n", run, rep.Diagnosis.Verdict.Summary)
			}
			return run, err
		}
	}
	res := watch.New(t, o).Run(ctx)
	// Ctrl-C ends the watch, not its record.
	saveErr(store.EndWatch(id, now()))
	sum := watch.Summarize(res.Samples, res.Events, time.Time{}, time.Time{})
	if f.json {
		doc := watchDoc{WatchID: id, Target: t, Every: f.every, Started: res.Started, Ended: res.Ended,
			Summary: sum.Text(time.Local), Failed: sum.Failed, Windows: sum.Windows, Samples: res.Samples, Events: res.Events}
		for _, w := range sum.Windows {
			doc.Runs = append(doc.Runs, w.RunIDs...)
		}
		if doc.Samples == nil {
			doc.Samples = []watch.Sample{}
		}
		if err := writeJSON(out.w, doc); err != nil {
			errs.println("conndoctor-cli: write output:", err)
			return exitProblem
		}
	} else {
		out.println(sum.Text(time.Local))
		out.printf("Saved as watch %d: conndoctor-cli export --watch --format html -o watch.html %d\n", id, id)
	}
	if sum.Failed > 0 {
		return exitProblem
	}
	return exitHealthy
}

// lockedWriter serialises writes from several goroutines.
type lockedWriter struct {
	mu *sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
