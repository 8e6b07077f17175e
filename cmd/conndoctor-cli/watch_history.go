package main

import (
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/conndoctor/conndoctor/history"
)

// printWatches lists the newest watches under the runs, each with the runs
// it started.
func printWatches(s *history.Store, out, errs term, limit int) {
	ws, err := s.ListWatches(limit)
	if err != nil {
		errs.println("conndoctor-cli:", err)
		return
	}
	if len(ws) == 0 {
		return
	}
	out.println()
	tw := tabwriter.NewWriter(out.w, 0, 0, 2, ' ', 0)
	t := term{tw}
	t.printf("WATCH\tWHEN\tTARGET\tSAMPLES\tFAILED\tRUNS\n")
	for _, w := range ws {
		runs := make([]string, len(w.Runs))
		for i, r := range w.Runs {
			runs[i] = strconv.FormatInt(r, 10)
		}
		t.printf("w%d\t%s\t%s\t%d\t%d\t%s\n", w.ID, w.Started.Local().Format("2006-01-02 15:04"), w.Target, w.Samples, w.Failed, strings.Join(runs, " "))
	}
	tw.Flush()
}
