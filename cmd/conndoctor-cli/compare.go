package main

import (
	"flag"
	"fmt"
	"strings"

	"github.com/conndoctor/conndoctor/history"
)

func runCompare(args []string, out, errs term) int {
	var db dbFlags
	var asJSON bool
	var ex exportFlags
	pos, code, ok := subFlags("compare", args, errs, &db, func(fs *flag.FlagSet) {
		fs.BoolVar(&asJSON, "json", false, "print JSON")
		ex.register(fs, "html or pdf (with -o FILE)")
	})
	if !ok {
		return code
	}
	ids, ok := runIDs(pos, 2, errs)
	if !ok {
		return exitBadInput
	}
	asReport := ex.format != "" || ex.out != ""
	if asReport && !ex.check([]string{"html", "pdf"}, errs) {
		return exitBadInput
	}
	s, runs, ok := db.loadRuns(ids, errs)
	if !ok {
		return exitProblem
	}
	defer s.Close()
	if asReport {
		return compareReport(runs, ex, out, errs)
	}
	c := history.Compare(runs[0], runs[1])
	if asJSON {
		writeJSON(out.w, c)
		return exitHealthy
	}
	printComparison(out, c)
	return exitHealthy
}

// changeMarks are the symbols of the comparison table.
var changeMarks = map[history.Change]layout{
	history.Fixed: "fixed    ", history.Broken: "BROKEN   ", history.Changed: "changed  ",
	history.Unchanged: "same     ", history.Added: "new      ", history.Removed: "gone     ",
	history.NotCompared: "         ",
}

// printComparison prints a comparison as history judged it: the outcome
// first, then the checks (those that moved first), then the machine.
func printComparison(t term, c history.Comparison) {
	side := func(s history.Side) string {
		l := fmt.Sprintf("run %d (%s", s.ID, s.Started.Local().Format("2006-01-02 15:04"))
		if s.Label != "" {
			l += ", " + s.Label
		}
		return l + ")"
	}
	t.printf("%s\n", strings.ToUpper(c.Outcome.Title()))
	t.wrap("", "", c.Headline, 78)
	t.printf("\nBefore: %s  %s\nAfter:  %s  %s\n\n", side(c.Before), c.Before.Target, side(c.After), c.After.Target)
	t.printf("Verdict: %s → %s\n", c.Before.VerdictCode, c.After.VerdictCode)
	t.printf("  before: %s\n  after:  %s\n\n", c.Before.VerdictSummary, c.After.VerdictSummary)
	if !c.SameTarget {
		t.println("Checks (each run on its own target; not compared):")
	} else {
		t.println("Checks (what moved first):")
	}
	for _, d := range c.Checks {
		t.printf("  %s %-11s %s → %s\n", changeMarks[d.Change], d.ID, orDash(string(d.Before)), orDash(string(d.After)))
		for _, m := range d.Metrics {
			if m.Before == m.After {
				continue
			}
			line := fmt.Sprintf("%s: %s → %s", m.Name, orDash(m.Before), orDash(m.After))
			if m.Delta != "" {
				line += " (" + m.Delta + ")"
			}
			t.printf("              %s\n", line)
		}
	}
	t.printf("\nOn this machine:\n")
	if len(c.Env) == 0 {
		t.println("  no network setting changed")
	}
	for _, e := range c.Env {
		t.printf("  %s: %s → %s\n", e.Field, orDash(e.Before), orDash(e.After))
	}
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return s
}
