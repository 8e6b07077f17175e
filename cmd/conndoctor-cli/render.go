package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/conndoctor/conndoctor/diagnose"
	"github.com/conndoctor/conndoctor/engine"
	"github.com/conndoctor/conndoctor/probes"
)

// palette holds the escape codes in use; all empty when colour is off.
type palette struct{ red, green, yellow, dim, bold, reset string }

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
var marks = map[probes.Status]string{
	probes.StatusPass: "✓", probes.StatusWarn: "!", probes.StatusFail: "✗",
	probes.StatusSkip: "-", probes.StatusError: "?",
}

func (p palette) status(s probes.Status) string {
	c := map[probes.Status]string{probes.StatusPass: p.green, probes.StatusWarn: p.yellow,
		probes.StatusFail: p.red, probes.StatusError: p.red, probes.StatusSkip: p.dim}[s]
	return c + marks[s] + p.reset
}

// printReport writes the verdict first, then the fix, then the checklist.
func printReport(w io.Writer, r *engine.Report, p palette) {
	v := r.Diagnosis.Verdict
	fmt.Fprintf(w, "%sConnection Doctor%s — %s\n\n", p.bold, p.reset, r.Target.Describe())
	head := p.red + "✗"
	if r.Diagnosis.Healthy() {
		head = p.green + "✓"
	} else if v.Severity == diagnose.SeverityWarning {
		head = p.yellow + "!"
	}
	fmt.Fprintf(w, "%s %s%s%s  %s[%s]%s\n", head, p.bold, v.Summary, p.reset, p.dim, v.Code, p.reset)
	wrap(w, "  ", "", v.Explanation, 78)
	if len(v.Evidence) > 0 {
		fmt.Fprintf(w, "\n  Evidence:\n")
		for _, e := range v.Evidence {
			wrap(w, "    ", fmt.Sprintf("%-11s", e.Check), e.Text, 78)
		}
	}
	if len(v.Fix) > 0 {
		fmt.Fprintf(w, "\n  What to do (%s):\n", joinActors(v.Who))
		for i, s := range v.Fix {
			line := fmt.Sprintf("%s [%s", s.Text, s.Who)
			if s.Admin {
				line += ", needs admin rights"
			}
			wrap(w, "    ", fmt.Sprintf("%d. ", i+1), line+"]", 78)
			if s.Command != "" {
				fmt.Fprintf(w, "       $ %s\n", s.Command)
			}
		}
	}
	fmt.Fprintf(w, "\nChecks:\n")
	for _, e := range r.Results.Entries() {
		fmt.Fprintf(w, "  %s %-11s %s %s(%s)%s\n", p.status(e.Status), e.ID, e.Summary, p.dim, fmtDuration(e.Duration), p.reset)
	}
	if len(r.Diagnosis.Secondary) > 0 {
		fmt.Fprintf(w, "\nAlso found:\n")
		for _, f := range r.Diagnosis.Secondary {
			fmt.Fprintf(w, "  ! %s  %s[%s]%s\n", f.Summary, p.dim, f.Code, p.reset)
		}
	}
	fmt.Fprintf(w, "\n%sTested %s in %s.%s\n", p.dim, r.Addr, fmtDuration(r.Duration), p.reset)
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

// wrap writes label and text word-wrapped at width: the first line starts
// with indent+label, the following ones line up under the text.
func wrap(w io.Writer, indent, label, text string, width int) {
	hang := indent + strings.Repeat(" ", utf8.RuneCountInString(label))
	line, n := indent+label, utf8.RuneCountInString(indent+label)
	fresh := true
	for _, word := range strings.Fields(text) {
		wl := utf8.RuneCountInString(word)
		if !fresh && n+1+wl > width {
			fmt.Fprintln(w, line)
			line, n, fresh = hang, utf8.RuneCountInString(hang), true
		}
		if !fresh {
			line, n = line+" ", n+1
		}
		line, n, fresh = line+word, n+wl, false
	}
	fmt.Fprintln(w, line)
}

// liveProgress prints one line per finished check to a terminal while the
// run goes on.
func liveProgress(w io.Writer) func(engine.Event) {
	var mu sync.Mutex
	return func(e engine.Event) {
		if e.Phase != engine.Finished || e.Check == nil {
			return
		}
		mu.Lock()
		defer mu.Unlock()
		fmt.Fprintf(w, "  … %-11s %s %s\n", e.ID, marks[e.Check.Status], e.Check.Summary)
	}
}
