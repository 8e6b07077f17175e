package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/conndoctor/conndoctor/history"
	"github.com/conndoctor/conndoctor/report"
)

// exportFlags are the flags of the commands that write reports.
type exportFlags struct {
	format, out, paper string
	redact             bool
	// raw adds each check's raw result to a run PDF (export only).
	raw bool
}

func (e *exportFlags) register(fs *flag.FlagSet, formats string) {
	fs.StringVar(&e.format, "format", "", "report format: "+formats)
	fs.StringVar(&e.out, "o", "", "file to write (- for standard output)")
	fs.StringVar(&e.paper, "paper", "a4", "PDF paper size: a4 or letter")
	fs.BoolVar(&e.redact, "redact", false, "replace host names and addresses with placeholders (for reports sent outside)")
}

// check validates the flags against the allowed formats.
func (e *exportFlags) check(formats []string, errs term) bool {
	e.format = strings.ToLower(e.format)
	if e.format == "" && e.out != "" {
		e.format = strings.TrimPrefix(strings.ToLower(filepath.Ext(e.out)), ".")
	}
	ok := false
	for _, f := range formats {
		ok = ok || e.format == f
	}
	switch {
	case !ok:
		errs.printf("conndoctor-cli: --format must be one of %s\n", strings.Join(formats, ", "))
	case e.out == "":
		errs.println("conndoctor-cli: give the file to write with -o FILE (or -o - for standard output)")
		ok = false
	case e.paper != "a4" && e.paper != "letter":
		errs.println("conndoctor-cli: --paper must be a4 or letter")
		ok = false
	}
	return ok
}

func (e *exportFlags) options() report.Options {
	return report.Options{Redact: e.redact, Paper: e.paper, Raw: e.raw}
}

// writeOut writes through fn to the -o file atomically: to a temporary
// file beside it, renamed into place only when complete.
func writeOut(path string, stdout io.Writer, fn func(io.Writer) error) error {
	if path == "-" {
		return fn(stdout)
	}
	f, err := os.CreateTemp(filepath.Dir(path), ".conndoctor-*")
	if err != nil {
		return fmt.Errorf("cannot write in %s: %w", filepath.Dir(path), err)
	}
	tmp := f.Name()
	defer os.Remove(tmp)
	if err := fn(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

func runExport(args []string, out, errs term) int {
	var db dbFlags
	var ex exportFlags
	var isWatch bool
	pos, code, ok := subFlags("export", args, errs, &db, func(fs *flag.FlagSet) {
		ex.register(fs, "html, pdf or json")
		fs.BoolVar(&ex.raw, "raw", false, "add each check's raw result to a PDF, as an appendix")
		fs.BoolVar(&isWatch, "watch", false, "ID is a watch (w3 in 'history list'): its timeline")
	})
	if !ok {
		return code
	}
	if isWatch {
		return exportWatch(pos, db, ex, out, errs)
	}
	ids, ok := runIDs(pos, 1, errs)
	if !ok || !ex.check([]string{"html", "pdf", "json"}, errs) {
		return exitBadInput
	}
	s, runs, ok := db.loadRuns(ids, errs)
	if !ok {
		return exitProblem
	}
	defer s.Close()
	r := runs[0]
	err := writeOut(ex.out, out.w, func(w io.Writer) error {
		switch ex.format {
		case "json":
			return report.JSON(w, report.RunDocument(r, ex.options()))
		case "pdf":
			return report.PDF(w, report.BuildRun(r, ex.options()), ex.options())
		}
		return report.HTML(w, report.BuildRun(r, ex.options()))
	})
	return finishExport(err, ex.out, out, errs)
}

// compareReport writes a comparison in the format asked.
func compareReport(runs []*history.Run, ex exportFlags, out, errs term) int {
	v := report.BuildCompare(runs[0], runs[1], ex.options())
	err := writeOut(ex.out, out.w, func(w io.Writer) error {
		if ex.format == "pdf" {
			return report.ComparePDF(w, v, ex.options())
		}
		return report.CompareHTML(w, v)
	})
	return finishExport(err, ex.out, out, errs)
}

func finishExport(err error, path string, out, errs term) int {
	if err != nil {
		errs.println("conndoctor-cli: the report was not written:", err)
		return exitProblem
	}
	if path != "-" {
		out.println("Wrote", path)
	}
	return exitHealthy
}
