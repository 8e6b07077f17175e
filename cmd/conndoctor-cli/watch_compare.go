package main

import (
	"flag"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/conndoctor/conndoctor/engine/watch"
)

// compareZone is where the comparison's times are shown (tests pin it).
var compareZone = time.Local

// runWatchCompare is `watch compare A B`: two saved watches side by side
// and what B's figures say against A's.
func runWatchCompare(args []string, out, errs term) int {
	var db dbFlags
	var asJSON bool
	pos, code, ok := subFlags("watch compare", args, errs, &db, func(fs *flag.FlagSet) {
		fs.BoolVar(&asJSON, "json", false, "print JSON")
		fs.Usage = func() {
			errs.printf("Usage: conndoctor-cli watch compare [--json] [--db PATH] A B\n\nShows two saved watches side by side (A before, B after) and says whether\nB is better, worse or the same. 'conndoctor-cli history list' shows the\nwatches (w3 or 3).\n\nFlags:\n")
			fs.PrintDefaults()
		}
	})
	if !ok {
		return code
	}
	if len(pos) != 2 {
		errs.println("conndoctor-cli: give 2 watch IDs; 'conndoctor-cli history list' shows them (w3)")
		return exitBadInput
	}
	var ids [2]int64
	for i, p := range pos {
		if ids[i], ok = watchID(p, errs); !ok {
			return exitBadInput
		}
	}
	s, err := db.open(errs)
	if err != nil {
		return exitProblem
	}
	defer s.Close()
	c, err := s.CompareWatches(ids[0], ids[1])
	if err != nil {
		errs.println("conndoctor-cli:", err)
		return exitProblem
	}
	if asJSON {
		if err := writeJSON(out.w, c); err != nil {
			errs.println("conndoctor-cli: write output:", err)
			return exitProblem
		}
		return exitHealthy
	}
	printWatchComparison(out, c, compareZone)
	return exitHealthy
}

// watchID reads a watch ID: "w3" or "3".
func watchID(s string, errs term) (int64, bool) {
	id, err := strconv.ParseInt(strings.TrimPrefix(s, "w"), 10, 64)
	if err != nil || id <= 0 {
		errs.printf("conndoctor-cli: \"%s\" is not a watch ID (w3 or 3, from 'conndoctor-cli history list')\n", s)
		return 0, false
	}
	return id, true
}

// printWatchComparison prints the verdict first, then the two watches'
// figures in two columns (A as given first, B second), then the loss per hop: paired by hop for one
// target, each watch's own list for two.
func printWatchComparison(t term, c watch.Comparison, loc *time.Location) {
	t.printf("%s\n", strings.ToUpper(c.Title))
	t.wrap("", "", c.Why, 78)
	if !c.SameTarget {
		t.println()
		t.wrap("", "", "Warning: these watches are of different targets. Their figures are shown side by side, but they say nothing about each other, and their hops are not compared.", 78)
	}
	t.println()
	tw := tabwriter.NewWriter(t.w, 0, 0, 2, ' ', 0)
	tt := term{tw}
	a, b := c.A, c.B
	row := func(label, va, vb string) { tt.printf("%s\t%s\t%s\n", label, va, vb) }
	row("", "A: "+a.Name("A"), "B: "+b.Name("B"))
	row("Target", a.Target, b.Target)
	when := func(f watch.Figures) string { return f.Started.In(loc).Format("2006-01-02 15:04:05") }
	row("Started", when(a), when(b))
	row("Duration", watch.DurationText(a.Duration()), watch.DurationText(b.Duration()))
	row("Pace", a.Every.String(), b.Every.String())
	row("Availability", a.AvailabilityText(), b.AvailabilityText())
	row("Failure windows", a.WindowsText(), b.WindowsText())
	row("Connect p50/p90/p99", a.Connect.Text(), b.Connect.Text())
	row("First byte p50/p90/p99", a.FirstByte.Text(), b.FirstByte.Text())
	row("DNS p50/p90/p99", a.DNS.Text(), b.DNS.Text())
	row("Diagnoses", a.CodesText(), b.CodesText())
	tw.Flush()
	t.println()
	if c.SameTarget {
		if len(c.Hops) == 0 {
			t.println("Loss per hop: no traceroutes in either watch.")
			return
		}
		t.println("Loss per hop (every traceroute of each watch):")
		tw = tabwriter.NewWriter(t.w, 0, 0, 2, ' ', 0)
		tt = term{tw}
		tt.printf("  HOP\tA: %s\t\tB: %s\n", a.Name("A"), b.Name("B"))
		for _, h := range c.Hops {
			addrA, lossA := watch.HopTexts(h.AddrA, h.LossA)
			addrB, lossB := watch.HopTexts(h.AddrB, h.LossB)
			tt.printf("  %d\t%s\t%s\t%s\t%s\n", h.TTL, addrA, lossA, addrB, lossB)
		}
		tw.Flush()
		return
	}
	for i, f := range []watch.Figures{a, b} {
		name := f.Name([]string{"A", "B"}[i])
		if len(f.Hops) == 0 {
			t.printf("Loss per hop to %s (%s): no traceroutes.\n", f.Target, name)
			continue
		}
		t.printf("Loss per hop to %s (%s):\n", f.Target, name)
		tw = tabwriter.NewWriter(t.w, 0, 0, 2, ' ', 0)
		tt = term{tw}
		for _, h := range f.Hops {
			addr, loss := watch.HopTexts(h.Addr, &h.Loss)
			tt.printf("  %d\t%s\t%s\n", h.TTL, addr, loss)
		}
		tw.Flush()
	}
}
