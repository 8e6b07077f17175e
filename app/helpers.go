package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/conndoctor/conndoctor/probes"
	"github.com/conndoctor/conndoctor/report"
)

// statusMarks are text marks of check outcomes, for accordion titles.
var statusMarks = map[string]string{"pass": "✓", "warn": "!", "fail": "✗", "skip": "–", "error": "?"}

func statusWordOf(s string) string {
	if w := statusWords[probes.Status(s)]; w != "" {
		return w
	}
	return s
}

// figureCells lays figures out as name/value pairs for a form layout.
func figureCells(fs []report.Figure) []fyne.CanvasObject {
	var cells []fyne.CanvasObject
	for _, f := range fs {
		name := widget.NewLabelWithStyle(f.Name, fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
		val := widget.NewLabel(f.Value)
		val.Wrapping = fyne.TextWrapBreak
		val.Selectable = true
		cells = append(cells, name, val)
	}
	return cells
}

// plural picks the singular text for 1, else formats many with n.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return fmt.Sprintf(many, n)
}
