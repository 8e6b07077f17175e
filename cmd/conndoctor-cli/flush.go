package main

import (
	"context"
	"errors"
	"runtime"
	"strings"

	"github.com/conndoctor/conndoctor/platform"
)

// flushFunc flushes the DNS cache (platform.FlushDNS; tests pass fakes).
type flushFunc func(context.Context) (platform.FlushResult, error)

// runFlushDNS empties the DNS cache and says what happened.
func runFlushDNS(ctx context.Context, args []string, out, errs term, flush flushFunc) int {
	if len(args) > 0 {
		errs.println("conndoctor-cli: flush-dns takes no arguments")
		return exitBadInput
	}
	res, err := flush(ctx)
	if len(res.Caches) > 0 {
		out.printf("Flushed the DNS cache: %s.\n", strings.Join(res.Caches, ", "))
	}
	if err == nil {
		return exitHealthy
	}
	if errors.Is(err, platform.ErrNoDNSCache) {
		out.println("Nothing to flush: " + platform.ErrNoDNSCache.Error() + ". Programs that cache names themselves (browsers, Java) must be restarted instead.")
		return exitHealthy
	}
	errs.println("conndoctor-cli:", err)
	var fe *platform.FlushError
	if errors.As(err, &fe) && fe.NeedsAdmin {
		next := "run it again with sudo: sudo conndoctor-cli flush-dns"
		if runtime.GOOS == "windows" {
			next = "run it again from a terminal opened with \"Run as administrator\""
		}
		errs.println("Next: " + next + ".")
	}
	return exitProblem
}
