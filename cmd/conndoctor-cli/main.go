// Command conndoctor-cli diagnoses why a connection times out, from a
// terminal or a script. It runs the same engine as the desktop program.
package main

import (
	"context"
	"io"
	"os"
	"os/signal"

	"github.com/conndoctor/conndoctor/platform"
)

// Exit codes.
const (
	exitHealthy  = 0 // the connection works
	exitProblem  = 1 // a problem was found
	exitBadInput = 2 // the command line or the target could not be read
)

const usage layout = `conndoctor-cli — find out why a connection times out

Usage:
  conndoctor-cli check [flags] TARGET    diagnose the connection to TARGET (saved in the history)
  conndoctor-cli watch [--every 5s] [--for 1h] [--json] TARGET
                                         sample TARGET at a steady pace, diagnose each
                                         failure, summarise when and where it failed
  conndoctor-cli watch compare A B       two saved watches side by side: better, worse or same
  conndoctor-cli history list|show|delete|retention
                                         browse and manage saved runs
  conndoctor-cli compare A B             compare two saved runs, check by check
  conndoctor-cli export --format html|pdf|json [--raw] -o FILE ID
                                         write a report of a saved run (--raw: add
                                         each check's raw result to a PDF)
  conndoctor-cli flush-dns               empty this computer's DNS cache (may need admin rights)
  conndoctor-cli help                    show this help

TARGET is a host, host:port, URL, or an error message pasted from a log.
Use - to read it from standard input.

Examples:
  conndoctor-cli check app.example.com:443
  conndoctor-cli check https://git.example.com/org/repo.git
  conndoctor-cli check 'dial tcp 10.0.0.5:443: connect: connection timed out'
  kubectl get pods 2>&1 | conndoctor-cli check --json -
  conndoctor-cli check --label "before fix" app.example.com:443
  conndoctor-cli check --label "after fix" --after 12 app.example.com:443
  conndoctor-cli compare 12 13
  conndoctor-cli compare --format pdf -o ticket-4711.pdf 12 13
  conndoctor-cli export --format html --redact -o run12.html 12

Every command takes --db PATH (default: history.db in the user's config folder).
Exit status: 0 the connection works (or the command succeeded), 1 a problem
was found (or the command failed), 2 bad input.
Run 'conndoctor-cli check --help' for the check flags.
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	exitHook(code)
	os.Exit(code)
}

// exitHook runs just before the process exits (a lab build says so on
// standard error: see stalldump.go).
var exitHook = func(int) {}

// run is main without the process: it takes the arguments and streams and
// returns the exit code, so tests can call it.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	out, errs := term{stdout}, term{stderr}
	if len(args) == 0 {
		errs.printf("%s", usage)
		return exitBadInput
	}
	switch args[0] {
	case "check":
		return runCheck(ctx, args[1:], stdin, out, errs)
	case "watch":
		return runWatch(ctx, args[1:], stdin, out, errs)
	case "history":
		return runHistory(args[1:], out, errs)
	case "compare":
		return runCompare(args[1:], out, errs)
	case "export":
		return runExport(args[1:], out, errs)
	case "flush-dns":
		return runFlushDNS(ctx, args[1:], out, errs, platform.FlushDNS)
	case "help", "-h", "-help", "--help":
		out.printf("%s", usage)
		return exitHealthy
	}
	errs.printf("conndoctor-cli: unknown command \"%s\"\n\n%s", args[0], usage)
	return exitBadInput
}
