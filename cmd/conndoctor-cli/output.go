package main

import (
	"fmt"
	"io"
	"reflect"
	"strings"
	"unicode/utf8"

	"github.com/conndoctor/conndoctor/engine"
	"github.com/conndoctor/conndoctor/internal/termsafe"
	"github.com/conndoctor/conndoctor/report"
)

// Every line the CLI prints for people goes through a term: this file is the
// one place that writes to stdout and stderr (a test checks that no other
// file calls fmt.Fprint*), and a term escapes every string it is given with
// termsafe.String, so text from the network, the history database or the
// user cannot move the cursor, retitle the window, clear the screen or turn
// text around (U+202E). --json output is written as JSON, which escapes
// control characters itself.

// layout is text the CLI itself wrote for the terminal — colour codes and
// fixed help texts — printed as it is. No data may be converted to it.
type layout string

// term prints for people on w.
type term struct{ w io.Writer }

// printf formats like fmt.Fprintf. The format is the CLI's own layout; every
// argument that is a string (of any string type), a []string, an error or a
// fmt.Stringer is escaped first, unless it is a layout.
func (t term) printf(format string, args ...any) {
	fmt.Fprintf(t.w, format, safeArgs(args)...)
}

// println prints the arguments like fmt.Fprintln, escaped as printf does.
func (t term) println(args ...any) {
	fmt.Fprintln(t.w, safeArgs(args)...)
}

func safeArgs(args []any) []any {
	out := make([]any, len(args))
	for i, a := range args {
		out[i] = safe(a)
	}
	return out
}

// safe escapes one argument for the terminal.
func safe(a any) any {
	switch v := a.(type) {
	case layout:
		return string(v)
	case error:
		return termsafe.String(v.Error())
	case fmt.Stringer:
		return termsafe.String(v.String())
	case []string:
		out := make([]string, len(v))
		for i, x := range v {
			out[i] = termsafe.String(x)
		}
		return out
	}
	if v := reflect.ValueOf(a); v.Kind() == reflect.String {
		return termsafe.String(v.String())
	}
	return a
}

// wrap prints label and text word-wrapped at width: the first line starts
// with indent+label, the following ones line up under the text. The text's
// own line breaks and tabs become spaces; everything else is escaped.
func (t term) wrap(indent, label, text string, width int) {
	label, text = termsafe.String(label), termsafe.String(strings.ReplaceAll(text, "\n", " "))
	hang := indent + strings.Repeat(" ", utf8.RuneCountInString(label))
	line, n := indent+label, utf8.RuneCountInString(indent+label)
	fresh := true
	for _, word := range strings.Fields(text) {
		wl := utf8.RuneCountInString(word)
		if !fresh && n+1+wl > width {
			fmt.Fprintln(t.w, line)
			line, n, fresh = hang, utf8.RuneCountInString(hang), true
		}
		if !fresh {
			line, n = line+" ", n+1
		}
		line, n, fresh = line+word, n+wl, false
	}
	fmt.Fprintln(t.w, line)
}

// flagOutput is where a flag set writes its errors and help: they quote
// what was typed, so they are escaped too (line breaks kept).
func flagOutput(stderr io.Writer) io.Writer { return termsafe.Writer(stderr) }

// jsonReport is the --json document of a run (see report.Document).
func jsonReport(r *engine.Report) report.Document { return report.NewDocument(r, 0, "") }

// writeJSON writes v indented.
func writeJSON(w io.Writer, v any) error { return report.JSON(w, v) }
