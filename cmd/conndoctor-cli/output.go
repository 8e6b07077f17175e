package main

import (
	"io"

	"github.com/conndoctor/conndoctor/engine"
	"github.com/conndoctor/conndoctor/report"
)

// jsonReport is the --json document of a run (see report.Document).
func jsonReport(r *engine.Report) report.Document { return report.NewDocument(r, 0, "") }

// writeJSON writes v indented.
func writeJSON(w io.Writer, v any) error { return report.JSON(w, v) }
