package main

import (
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/conndoctor/conndoctor/report"
)

// exportWatch writes a watch's timeline as HTML or JSON.
func exportWatch(pos []string, db dbFlags, ex exportFlags, out, errs term) int {
	if len(pos) != 1 {
		errs.println("conndoctor-cli: give 1 watch ID; 'conndoctor-cli history list' shows them (w3)")
		return exitBadInput
	}
	id, err := strconv.ParseInt(strings.TrimPrefix(pos[0], "w"), 10, 64)
	if err != nil || id <= 0 {
		errs.printf("conndoctor-cli: \"%s\" is not a watch ID (w3 or 3, from 'conndoctor-cli history list')\n", pos[0])
		return exitBadInput
	}
	if ex.redact {
		errs.println("conndoctor-cli: --redact is not supported for watches yet")
		return exitBadInput
	}
	if !ex.check([]string{"html", "json"}, errs) {
		return exitBadInput
	}
	s, err := db.open(errs)
	if err != nil {
		return exitProblem
	}
	defer s.Close()
	w, err := s.GetWatch(id)
	if err != nil {
		errs.println("conndoctor-cli:", err)
		return exitProblem
	}
	err = writeOut(ex.out, out.w, func(o io.Writer) error {
		if ex.format == "json" {
			return report.JSON(o, report.NewWatchDoc(w, time.Local))
		}
		return report.WatchHTML(o, w)
	})
	return finishExport(err, ex.out, out, errs)
}
