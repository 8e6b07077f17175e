package main

import (
	"io"
	"time"

	"github.com/conndoctor/conndoctor/report"
)

// exportWatch writes a watch's timeline as HTML, PDF or JSON, from one copy
// scrubbed (and with --redact, redacted) before any format sees it.
func exportWatch(pos []string, db dbFlags, ex exportFlags, out, errs term) int {
	if len(pos) != 1 {
		errs.println("conndoctor-cli: give 1 watch ID; 'conndoctor-cli history list' shows them (w3)")
		return exitBadInput
	}
	id, ok := watchID(pos[0], errs)
	if !ok {
		return exitBadInput
	}
	if !ex.check([]string{"html", "pdf", "json"}, errs) {
		return exitBadInput
	}
	s, err := db.open(errs)
	if err != nil {
		return exitProblem
	}
	defer s.Close()
	stored, err := s.GetWatch(id)
	if err != nil {
		errs.println("conndoctor-cli:", err)
		return exitProblem
	}
	w := report.ScrubWatch(ex.options(), stored)
	err = writeOut(ex.out, out.w, func(o io.Writer) error {
		switch ex.format {
		case "json":
			return report.JSON(o, report.NewWatchDoc(w, time.Local))
		case "pdf":
			return report.WatchPDF(o, w, ex.options())
		}
		return report.WatchHTML(o, w)
	})
	return finishExport(err, ex.out, out, errs)
}
