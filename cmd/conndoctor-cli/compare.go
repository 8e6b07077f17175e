package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/conndoctor/conndoctor/history"
)

func runCompare(args []string, stdout, stderr io.Writer) int {
	var db dbFlags
	var asJSON bool
	var ex exportFlags
	pos, code, ok := subFlags("compare", args, stderr, &db, func(fs *flag.FlagSet) {
		fs.BoolVar(&asJSON, "json", false, "print JSON")
		ex.register(fs, "html or pdf (with -o FILE)")
	})
	if !ok {
		return code
	}
	ids, ok := runIDs(pos, 2, stderr)
	if !ok {
		return exitBadInput
	}
	asReport := ex.format != "" || ex.out != ""
	if asReport && !ex.check([]string{"html", "pdf"}, stderr) {
		return exitBadInput
	}
	s, runs, ok := db.loadRuns(ids, stderr)
	if !ok {
		return exitProblem
	}
	defer s.Close()
	if asReport {
		return compareReport(runs, ex, stdout, stderr)
	}
	c := history.Compare(runs[0], runs[1])
	if asJSON {
		writeJSON(stdout, c)
		return exitHealthy
	}
	printComparison(stdout, c)
	return exitHealthy
}

// changeMarks are the symbols of the comparison table.
var changeMarks = map[history.Change]string{
	history.Fixed: "fixed    ", history.Broken: "BROKEN   ", history.Changed: "changed  ",
	history.Unchanged: "same     ", history.Added: "new      ", history.Removed: "gone     ",
}

func printComparison(w io.Writer, c history.Comparison) {
	side := func(s history.Side) string {
		l := fmt.Sprintf("run %d (%s", s.ID, s.Started.Local().Format("2006-01-02 15:04"))
		if s.Label != "" {
			l += ", " + s.Label
		}
		return l + ")"
	}
	fmt.Fprintf(w, "Before: %s  %s\nAfter:  %s  %s\n\n", side(c.Before), c.Before.Target, side(c.After), c.After.Target)
	if c.Note != "" {
		wrap(w, "", "Note: ", c.Note, 78)
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "Verdict %s: %s → %s\n", c.Verdict, c.Before.VerdictCode, c.After.VerdictCode)
	fmt.Fprintf(w, "  before: %s\n  after:  %s\n\nChecks:\n", c.Before.VerdictSummary, c.After.VerdictSummary)
	for _, d := range c.Checks {
		fmt.Fprintf(w, "  %s %-11s %s → %s\n", changeMarks[d.Change], d.ID, orDash(string(d.Before)), orDash(string(d.After)))
		for _, m := range d.Metrics {
			if m.Before == m.After {
				continue
			}
			line := fmt.Sprintf("%s: %s → %s", m.Name, orDash(m.Before), orDash(m.After))
			if m.Delta != "" {
				line += " (" + m.Delta + ")"
			}
			fmt.Fprintf(w, "              %s\n", line)
		}
	}
	fmt.Fprintln(w, "\nOn this machine:")
	if len(c.Env) == 0 {
		fmt.Fprintln(w, "  no network setting changed")
	}
	for _, e := range c.Env {
		fmt.Fprintf(w, "  %s: %s → %s\n", e.Field, orDash(e.Before), orDash(e.After))
	}
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return s
}
