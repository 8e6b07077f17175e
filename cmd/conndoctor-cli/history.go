package main

import (
	"errors"
	"flag"
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/conndoctor/conndoctor/history"
)

const historyUsage layout = `Usage:
  conndoctor-cli history list [--target T] [--verdict CODE] [--since 24h|2026-11-01] [--limit N] [--json]
  conndoctor-cli history show [--json] ID
  conndoctor-cli history delete ID
  conndoctor-cli history retention [--keep N] [--days N]
Every subcommand takes --db PATH.
`

func runHistory(args []string, out, errs term) int {
	if len(args) == 0 {
		errs.printf("%s", historyUsage)
		return exitBadInput
	}
	cmds := map[string]func([]string, term, term) int{
		"list": historyList, "show": historyShow, "delete": historyDelete, "retention": historyRetention,
	}
	cmd, ok := cmds[args[0]]
	if !ok {
		errs.printf("conndoctor-cli: unknown history command \"%s\"\n%s", args[0], historyUsage)
		return exitBadInput
	}
	return cmd(args[1:], out, errs)
}

// subFlags makes a flag set with the --db flags and parses args, returning
// the positional arguments; ok is false when the caller should exit with
// code.
func subFlags(name string, args []string, errs term, db *dbFlags, def func(*flag.FlagSet)) (pos []string, code int, ok bool) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(flagOutput(errs.w))
	db.register(fs)
	if def != nil {
		def(fs)
	}
	pos, err := parseInterspersed(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return nil, exitHealthy, false
	}
	if err != nil {
		return nil, exitBadInput, false
	}
	return pos, 0, true
}

// runID reads one run ID argument.
func runIDs(pos []string, n int, errs term) ([]int64, bool) {
	if len(pos) != n {
		errs.printf("conndoctor-cli: give %s; 'conndoctor-cli history list' shows them\n", plural(n, "1 run ID", "%d run IDs"))
		return nil, false
	}
	ids := make([]int64, n)
	for i, p := range pos {
		id, err := strconv.ParseInt(p, 10, 64)
		if err != nil || id <= 0 {
			errs.printf("conndoctor-cli: \"%s\" is not a run ID (a positive number from 'conndoctor-cli history list')\n", p)
			return nil, false
		}
		ids[i] = id
	}
	return ids, true
}

func historyList(args []string, out, errs term) int {
	var db dbFlags
	var f history.Filter
	var since string
	var asJSON bool
	_, code, ok := subFlags("history list", args, errs, &db, func(fs *flag.FlagSet) {
		fs.StringVar(&f.Target, "target", "", "only runs whose target contains this text")
		fs.StringVar(&f.Verdict, "verdict", "", `only this verdict code, or a family ending in "." ("dns.")`)
		fs.StringVar(&since, "since", "", "only runs since a duration ago (24h) or a date (2026-11-01)")
		fs.IntVar(&f.Limit, "limit", 20, "at most this many runs")
		fs.BoolVar(&asJSON, "json", false, "print JSON")
	})
	if !ok {
		return code
	}
	if since != "" {
		t, err := parseSince(since, time.Now())
		if err != nil {
			errs.println("conndoctor-cli:", err)
			return exitBadInput
		}
		f.Since = t
	}
	if f.Limit <= 0 || f.Limit > 100000 {
		errs.println("conndoctor-cli: --limit must be between 1 and 100000")
		return exitBadInput
	}
	s, err := db.open(errs)
	if err != nil {
		return exitProblem
	}
	defer s.Close()
	runs, err := s.List(f)
	if err != nil {
		errs.println("conndoctor-cli:", err)
		return exitProblem
	}
	if asJSON {
		if runs == nil {
			runs = []history.Summary{}
		}
		writeJSON(out.w, runs)
		return exitHealthy
	}
	if len(runs) == 0 {
		out.println("No saved runs match.")
		printWatches(s, out, errs, f.Limit)
		return exitHealthy
	}
	tw := tabwriter.NewWriter(out.w, 0, 0, 2, ' ', 0)
	t := term{tw}
	t.printf("ID\tWHEN\tTARGET\tVERDICT\tLABEL\n")
	for _, r := range runs {
		t.printf("%d\t%s\t%s\t%s\t%s\n", r.ID, r.Started.Local().Format("2006-01-02 15:04"), r.Target, r.VerdictCode, r.Label)
	}
	tw.Flush()
	printWatches(s, out, errs, f.Limit)
	return exitHealthy
}

// parseSince reads "24h", "7d" or a date.
func parseSince(s string, now time.Time) (time.Time, error) {
	if strings.HasSuffix(s, "d") {
		if n, err := strconv.Atoi(strings.TrimSuffix(s, "d")); err == nil && n >= 0 {
			return now.AddDate(0, 0, -n), nil
		}
	}
	if d, err := time.ParseDuration(s); err == nil && d >= 0 {
		return now.Add(-d), nil
	}
	for _, layout := range []string{"2006-01-02", time.RFC3339} {
		if t, err := time.ParseInLocation(layout, s, time.Local); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("--since %q: give a duration (24h, 7d) or a date (2026-11-01)", s)
}

func historyShow(args []string, out, errs term) int {
	var db dbFlags
	var asJSON bool
	pos, code, ok := subFlags("history show", args, errs, &db, func(fs *flag.FlagSet) {
		fs.BoolVar(&asJSON, "json", false, "print JSON")
	})
	if !ok {
		return code
	}
	ids, ok := runIDs(pos, 1, errs)
	if !ok {
		return exitBadInput
	}
	s, runs, ok := db.loadRuns(ids, errs)
	if !ok {
		return exitProblem
	}
	defer s.Close()
	r := runs[0]
	if asJSON {
		doc := jsonReport(&r.Report)
		doc.RunID, doc.Label = &r.ID, r.Label
		writeJSON(out.w, doc)
		return exitHealthy
	}
	out.printf("Run %d, %s", r.ID, r.Report.Started.Local().Format("2006-01-02 15:04:05"))
	if r.Label != "" {
		out.printf(", \"%s\"", r.Label)
	}
	if r.Repeats != 0 {
		out.printf(", repeats run %d", r.Repeats)
	}
	out.printf("\n\n")
	printReport(out, &r.Report, palette{})
	return exitHealthy
}

func historyDelete(args []string, out, errs term) int {
	var db dbFlags
	pos, code, ok := subFlags("history delete", args, errs, &db, nil)
	if !ok {
		return code
	}
	ids, ok := runIDs(pos, 1, errs)
	if !ok {
		return exitBadInput
	}
	s, err := db.open(errs)
	if err != nil {
		return exitProblem
	}
	defer s.Close()
	if err := s.Delete(ids[0]); err != nil {
		errs.println("conndoctor-cli:", err)
		return exitProblem
	}
	out.printf("Deleted run %d.\n", ids[0])
	return exitHealthy
}

func historyRetention(args []string, out, errs term) int {
	var db dbFlags
	keep, days := -1, -1
	_, code, ok := subFlags("history retention", args, errs, &db, func(fs *flag.FlagSet) {
		fs.IntVar(&keep, "keep", -1, "keep only the newest N runs (0: no limit)")
		fs.IntVar(&days, "days", -1, "keep only runs of the last N days (0: no limit)")
	})
	if !ok {
		return code
	}
	s, err := db.open(errs)
	if err != nil {
		return exitProblem
	}
	defer s.Close()
	r, err := s.Retention()
	if err != nil {
		errs.println("conndoctor-cli:", err)
		return exitProblem
	}
	if keep >= 0 || days >= 0 {
		if keep >= 0 {
			r.KeepLast = keep
		}
		if days >= 0 {
			r.KeepDays = days
		}
		n, err := s.SetRetention(r)
		if err != nil {
			errs.println("conndoctor-cli:", err)
			return exitProblem
		}
		out.printf("Retention saved; %s deleted.\n", plural(int(n), "1 old run", "%d old runs"))
	}
	out.printf("Keeping: %s.\n", retentionText(r))
	return exitHealthy
}

func retentionText(r history.Retention) string {
	var parts []string
	if r.KeepLast > 0 {
		parts = append(parts, plural(r.KeepLast, "the newest run", "the newest %d runs"))
	}
	if r.KeepDays > 0 {
		parts = append(parts, plural(r.KeepDays, "runs of the last day", "runs of the last %d days"))
	}
	if len(parts) == 0 {
		return "every run"
	}
	return strings.Join(parts, " and ")
}
