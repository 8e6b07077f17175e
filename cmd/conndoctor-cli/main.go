// Command conndoctor-cli diagnoses why a connection times out, from a
// terminal or a script. It runs the same engine as the desktop program.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
)

// Exit codes.
const (
	exitHealthy  = 0 // the connection works
	exitProblem  = 1 // a problem was found
	exitBadInput = 2 // the command line or the target could not be read
)

const usage = `conndoctor-cli — find out why a connection times out

Usage:
  conndoctor-cli check [flags] TARGET    diagnose the connection to TARGET
  conndoctor-cli help                    show this help

TARGET is a host, host:port, URL, or an error message pasted from a log.
Use - to read it from standard input.

Examples:
  conndoctor-cli check app.example.com:443
  conndoctor-cli check https://git.example.com/org/repo.git
  conndoctor-cli check 'dial tcp 10.0.0.5:443: connect: connection timed out'
  kubectl get pods 2>&1 | conndoctor-cli check --json -

Exit status: 0 the connection works, 1 a problem was found, 2 bad input.
Run 'conndoctor-cli check --help' for the check flags.
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is main without the process: it takes the arguments and streams and
// returns the exit code, so tests can call it.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitBadInput
	}
	switch args[0] {
	case "check":
		return runCheck(ctx, args[1:], stdin, stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return exitHealthy
	}
	fmt.Fprintf(stderr, "conndoctor-cli: unknown command %q\n\n%s", args[0], usage)
	return exitBadInput
}
