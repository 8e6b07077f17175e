//go:build windows

package probes

import (
	"context"
	"errors"
	"net"

	"github.com/conndoctor/conndoctor/internal/failure"
)

// connectTCP connects with TCP_FAIL_CONNECT_ON_ICMP_ERROR so that an ICMP
// error ends the attempt at once and is read back (the sender, type and
// code behind a rejection). Where the option is refused (Wine 8) it dials
// plainly and the state rests on the error code and its timing.
func connectTCP(ctx context.Context, r *PortResult, ip string, port int) {
	dst := net.ParseIP(ip)
	if dst != nil {
		a, err := connectICMP(ctx, dst, port, 0)
		if !errors.As(err, new(errICMPSetup)) {
			r.Connect = Millis(a.took)
			if !a.done {
				r.Connect = 0
				r.setOutcome(failure.Failure{Kind: failure.TimedOut, Op: "connect", Err: ctx.Err()}, nil)
				return
			}
			r.setOutcome(failure.Classify(a.err), a.icmp)
			return
		}
	}
	dialTCP(ctx, r, ip, port)
}
