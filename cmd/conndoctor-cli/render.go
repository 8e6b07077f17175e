package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/conndoctor/conndoctor/diagnose"
	"github.com/conndoctor/conndoctor/engine"
	"github.com/conndoctor/conndoctor/probes"
)

// palette holds the escape codes in use; all empty when colour is off.
type palette struct{ red, green, yellow, dim, bold, reset layout }

func colours(w io.Writer, off bool) palette {
	if off || os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb" || !isTerminal(w) {
		return palette{}
	}
	return palette{red: "\x1b[31m", green: "\x1b[32m", yellow: "\x1b[33m", dim: "\x1b[2m", bold: "\x1b[1m", reset: "\x1b[0m"}
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// marks are the status symbols of the checklist.
var marks = map[probes.Status]layout{
	probes.StatusPass: "✓", probes.StatusWarn: "!", probes.StatusFail: "✗",
	probes.StatusSkip: "-", probes.StatusError: "?",
}

func (p palette) status(s probes.Status) layout {
	c := map[probes.Status]layout{probes.StatusPass: p.green, probes.StatusWarn: p.yellow,
		probes.StatusFail: p.red, probes.StatusError: p.red, probes.StatusSkip: p.dim}[s]
	return c + marks[s] + p.reset
}

// printReport writes the verdict first, then the fix, then the checklist.
func printReport(t term, r *engine.Report, p palette) {
	v := r.Diagnosis.Verdict
	t.printf("%sConnection Doctor%s — %s\n", p.bold, p.reset, r.Target.Describe())
	if n := r.Target.Notice(); n != "" {
		// A broken name the program dialled: said before the verdict,
		// which may be about the network this computer is on.
		t.printf("%s", p.yellow)
		t.wrap("", "! ", n, 78)
		t.printf("%s", p.reset)
	}
	t.printf("\n")
	head := p.red + "✗"
	if r.Diagnosis.Healthy() {
		head = p.green + "✓"
	} else if v.Severity == diagnose.SeverityWarning {
		head = p.yellow + "!"
	}
	t.printf("%s %s%s%s  %s[%s]%s\n", head, p.bold, v.Summary, p.reset, p.dim, v.Code, p.reset)
	t.wrap("  ", "", v.Explanation, 78)
	if len(v.Evidence) > 0 {
		t.printf("\n  Evidence:\n")
		for _, e := range v.Evidence {
			t.wrap("    ", fmt.Sprintf("%-11s", e.Check), e.Text, 78)
		}
	}
	if len(v.Fix) > 0 {
		t.printf("\n  What to do (%s):\n", joinActors(v.Who))
		for i, s := range v.Fix {
			line := fmt.Sprintf("%s [%s", s.Text, s.Who)
			if s.Admin {
				line += ", needs admin rights"
			}
			t.wrap("    ", fmt.Sprintf("%d. ", i+1), line+"]", 78)
			if s.Command != "" {
				t.printf("       %s%s\n", s.Shell.Prompt(), s.Command)
			}
		}
	}
	t.printf("\nChecks:\n")
	for _, e := range r.Results.Entries() {
		t.printf("  %s %-11s %s %s(%s)%s\n", p.status(e.Status), e.ID, e.Summary, p.dim, fmtDuration(e.Duration), p.reset)
	}
	if len(r.Diagnosis.Secondary) > 0 {
		t.printf("\nAlso found:\n")
		for _, f := range r.Diagnosis.Secondary {
			t.printf("  ! %s  %s[%s]%s\n", f.Summary, p.dim, f.Code, p.reset)
		}
	}
	tested := r.Addr
	if tested == "" {
		tested = r.Target.HostPort() + " (the name did not resolve)"
	}
	t.printf("\n%sTested %s in %s.%s\n", p.dim, tested, fmtDuration(r.Duration), p.reset)
}

// fmtDuration prints a duration as milliseconds.
func fmtDuration(d time.Duration) string { return probes.Millis(d).Text() }

func joinActors(a []diagnose.Actor) string {
	s := make([]string, len(a))
	for i, x := range a {
		s[i] = string(x)
	}
	return strings.Join(s, ", ")
}

// waitReport says whether a long wait is reported at this point: every
// five seconds, so a terminal gets a line now and then, not a flood.
func waitReport(d time.Duration) bool {
	s := int(d.Round(time.Second) / time.Second)
	return s > 0 && s%5 == 0
}

// liveProgress prints one line per finished check, and a line every five
// seconds while a check waits long for an answer, to a terminal while the
// run goes on.
func liveProgress(t term) func(engine.Event) {
	var mu sync.Mutex
	return func(e engine.Event) {
		mu.Lock()
		defer mu.Unlock()
		switch {
		case e.Phase == engine.Running && waitReport(e.Elapsed):
			t.printf("  … %-11s %s\n", e.ID, e.Detail)
		case e.Phase == engine.Finished && e.Check != nil:
			t.printf("  … %-11s %s %s\n", e.ID, marks[e.Check.Status], e.Check.Summary)
		}
	}
}
