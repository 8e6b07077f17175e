package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/conndoctor/conndoctor/engine"
	"github.com/conndoctor/conndoctor/history"
	"github.com/conndoctor/conndoctor/target"
)

// checkFlags are the flags of "check".
type checkFlags struct {
	json    bool
	timeout time.Duration
	noTrace bool
	noColor bool
	noSave  bool
	label   string
	after   int64
	db      dbFlags
}

func runCheck(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var f checkFlags
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.BoolVar(&f.json, "json", false, "print one JSON object instead of the checklist")
	fs.DurationVar(&f.timeout, "timeout", 3*time.Second, "how long to wait for the TCP connection (e.g. 5s)")
	fs.BoolVar(&f.noTrace, "no-trace", false, "skip the traceroutes")
	fs.BoolVar(&f.noColor, "no-color", false, "no colours, even on a terminal")
	fs.BoolVar(&f.noSave, "no-save", false, "do not save the run in the history")
	fs.StringVar(&f.label, "label", "", `label the saved run, e.g. "before fix"`)
	fs.Int64Var(&f.after, "after", 0, "ID of the run this one repeats (for before/after comparison)")
	f.db.register(fs)
	fs.Usage = func() {
		fmt.Fprint(stderr, "Usage: conndoctor-cli check [flags] TARGET\n\nTARGET is a host, host:port, URL or pasted error text; - reads standard input.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	pos, err := parseInterspersed(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return exitHealthy
	}
	if err != nil {
		return exitBadInput
	}
	if f.timeout <= 0 || f.timeout > 5*time.Minute {
		fmt.Fprintln(stderr, "conndoctor-cli: --timeout must be between 1ms and 5m")
		return exitBadInput
	}
	input, err := targetText(pos, stdin)
	if err != nil {
		fmt.Fprintln(stderr, "conndoctor-cli:", err)
		return exitBadInput
	}
	t, err := target.Parse(input)
	if err != nil {
		return badTarget(stderr, err)
	}
	o := engine.Options{PortTimeout: f.timeout, NoTrace: f.noTrace}
	var progress func(engine.Event)
	if !f.json && isTerminal(stderr) {
		progress = liveProgress(stderr)
	}
	var store *history.Store
	if !f.noSave {
		// Open before the run: a database problem is reported before the
		// user waits for a diagnosis.
		if store, err = f.db.open(stderr); err != nil {
			return exitProblem
		}
		defer store.Close()
	}
	rep := engine.Run(ctx, t, o, progress)
	var runID int64
	if store != nil {
		if runID, err = store.Save(rep, history.SaveOptions{Label: f.label, Repeats: f.after}); err != nil {
			fmt.Fprintln(stderr, "conndoctor-cli: the run was not saved:", err)
		}
	}
	if f.json {
		out := jsonReport(rep)
		if runID != 0 {
			out.RunID, out.Label = &runID, f.label
		}
		if err := writeJSON(stdout, out); err != nil {
			fmt.Fprintln(stderr, "conndoctor-cli: write output:", err)
			return exitProblem
		}
	} else {
		printReport(stdout, rep, colours(stdout, f.noColor))
		if runID != 0 {
			fmt.Fprintf(stdout, "Saved as run %d. After a fix: conndoctor-cli check --after %d %s\n", runID, runID, shellQuote(t.Input))
		}
	}
	if rep.Diagnosis.Healthy() {
		return exitHealthy
	}
	return exitProblem
}

// parseInterspersed lets flags come before or after the target.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// targetText joins the positional arguments, or reads stdin for "-".
func targetText(pos []string, stdin io.Reader) (string, error) {
	switch {
	case len(pos) == 0:
		return "", errors.New("no target given: try 'conndoctor-cli check example.com:443', or - to read an error message from standard input")
	case len(pos) == 1 && pos[0] == "-":
		b, err := io.ReadAll(io.LimitReader(stdin, 1<<20))
		if err != nil {
			return "", fmt.Errorf("read standard input: %w", err)
		}
		return string(b), nil
	}
	return strings.Join(pos, " "), nil
}

// badTarget prints a parse error as one sentence and the next step.
func badTarget(stderr io.Writer, err error) int {
	var pe *target.ParseError
	if errors.As(err, &pe) {
		fmt.Fprintln(stderr, "conndoctor-cli:", pe.Problem())
		if pe.Hint != "" {
			fmt.Fprintf(stderr, "Next: %s.\n", pe.Hint)
		}
		return exitBadInput
	}
	fmt.Fprintln(stderr, "conndoctor-cli:", err)
	return exitBadInput
}

// shellQuote quotes s for a POSIX shell when it needs it.
func shellQuote(s string) string {
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_:/[]@") == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
