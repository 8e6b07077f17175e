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
	"github.com/conndoctor/conndoctor/probes"
	"github.com/conndoctor/conndoctor/target"
)

// checkFlags are the flags of "check".
type checkFlags struct {
	json    bool
	timeout time.Duration
	wait    time.Duration
	noTrace bool
	noColor bool
	noSave  bool
	label   string
	after   int64
	db      dbFlags
}

// runEngine runs the diagnosis (engine.Run; tests pass fakes, so the CLI's
// own paths run without touching any network).
var runEngine = engine.Run

func runCheck(ctx context.Context, args []string, stdin io.Reader, out, errs term) int {
	var f checkFlags
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(flagOutput(errs.w))
	fs.BoolVar(&f.json, "json", false, "print one JSON object instead of the checklist")
	fs.DurationVar(&f.timeout, "timeout", 3*time.Second, "how long to wait for the TCP connection (e.g. 5s)")
	fs.DurationVar(&f.wait, "wait", probes.DefaultAnswerWait, "how long to wait for the server's answer once connected (e.g. 60s)")
	fs.BoolVar(&f.noTrace, "no-trace", false, "skip the traceroutes")
	fs.BoolVar(&f.noColor, "no-color", false, "no colours, even on a terminal")
	fs.BoolVar(&f.noSave, "no-save", false, "do not save the run in the history")
	fs.StringVar(&f.label, "label", "", `label the saved run, e.g. "before fix"`)
	fs.Int64Var(&f.after, "after", 0, "ID of the run this one repeats (for before/after comparison)")
	f.db.register(fs)
	fs.Usage = func() {
		errs.printf("Usage: conndoctor-cli check [flags] TARGET\n\nTARGET is a host, host:port, URL or pasted error text; - reads standard input.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	pos, err := parseInterspersed(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return exitHealthy
	}
	if err != nil {
		return exitBadInput
	}
	if msg := f.problem(); msg != "" {
		errs.println("conndoctor-cli:", msg)
		return exitBadInput
	}
	input, err := targetText(pos, stdin)
	if err != nil {
		errs.println("conndoctor-cli:", err)
		return exitBadInput
	}
	t, err := target.Parse(input)
	if err != nil {
		return badTarget(errs, err)
	}
	o := engine.Options{PortTimeout: f.timeout, NoTrace: f.noTrace, App: probes.AppOptions{AnswerWait: f.wait}}
	var progress func(engine.Event)
	if !f.json && isTerminal(errs.w) {
		progress = liveProgress(errs)
	}
	var store *history.Store
	if !f.noSave {
		// Open before the run: a database problem, or an --after run that
		// does not exist, is reported before the user waits for a diagnosis.
		if store, err = f.db.open(errs); err != nil {
			return exitProblem
		}
		defer store.Close()
		if f.after != 0 {
			if code, ok := checkAfter(store, f.after, errs); !ok {
				return code
			}
		}
	}
	rep := runEngine(ctx, t, o, progress)
	if rep.Cancelled {
		// Ctrl-C: the checks were cut short, so what they saw proves
		// nothing; no report, no saved run.
		errs.println("conndoctor-cli: the checks were cancelled; nothing was saved.")
		return exitProblem
	}
	var runID int64
	var saveErr error
	if store != nil {
		runID, saveErr = store.Save(rep, history.SaveOptions{Label: f.label, Repeats: f.after})
	}
	if f.json {
		doc := jsonReport(rep)
		if saveErr == nil && runID != 0 {
			doc.RunID, doc.Label = &runID, f.label
		}
		if err := writeJSON(out.w, doc); err != nil {
			errs.println("conndoctor-cli: write output:", err)
			return exitProblem
		}
	} else {
		printReport(out, rep, colours(out.w, f.noColor))
		if saveErr == nil && runID != 0 {
			out.printf("Saved as run %d. After a fix: conndoctor-cli check --after %d %s\n", runID, runID, shellQuote(repeatArg(t)))
		}
	}
	if saveErr != nil {
		// Last, so it is not lost above the report; and not 0, so a script
		// that keeps a history notices the missing run.
		errs.println("conndoctor-cli: the diagnosis above was not saved in the history:", saveErr)
		return exitProblem
	}
	if rep.Diagnosis.Healthy() {
		return exitHealthy
	}
	return exitProblem
}

// problem checks the flags that need no target or database, so a mistake
// is reported before the run rather than after it; "" when all is well.
func (f *checkFlags) problem() string {
	switch {
	case f.timeout <= 0 || f.timeout > 5*time.Minute:
		return "--timeout must be between 1ms and 5m"
	case f.wait < time.Second || f.wait > 10*time.Minute:
		return "--wait must be between 1s and 10m (how long a program would wait for the server's answer)"
	case len(f.label) > history.MaxLabel:
		return fmt.Sprintf("--label is %d bytes long; a label can have at most %d bytes", len(f.label), history.MaxLabel)
	case f.after < 0:
		return "--after takes a run ID (a positive number from 'conndoctor-cli history list')"
	}
	return ""
}

// checkAfter makes sure the run named by --after exists.
func checkAfter(s *history.Store, id int64, errs term) (int, bool) {
	_, err := s.Get(id)
	switch {
	case errors.Is(err, history.ErrNotFound):
		errs.printf("conndoctor-cli: --after %d: there is no run %d; 'conndoctor-cli history list' shows the saved runs\n", id, id)
		return exitBadInput, false
	case err != nil:
		errs.println("conndoctor-cli:", err)
		return exitProblem, false
	}
	return 0, true
}

// repeatArg is the TARGET to give to check to test the same again: what
// was typed for a host, host:port or URL, and for pasted error text the URL
// or host:port read from it (the text itself can be long and span lines).
func repeatArg(t target.Target) string {
	switch {
	case t.Kind == target.KindURL && t.URL != "":
		return t.URL
	case t.Kind != target.KindError:
		return strings.TrimSpace(t.Input)
	case t.URL != "":
		return t.URL
	}
	return t.HostPort()
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
func badTarget(errs term, err error) int {
	var pe *target.ParseError
	if errors.As(err, &pe) {
		errs.println("conndoctor-cli:", pe.Problem())
		if pe.Hint != "" {
			errs.printf("Next: %s.\n", pe.Hint)
		}
		return exitBadInput
	}
	errs.println("conndoctor-cli:", err)
	return exitBadInput
}

// shellQuote quotes s for a POSIX shell when it needs it.
func shellQuote(s string) string {
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_:/[]@") == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
