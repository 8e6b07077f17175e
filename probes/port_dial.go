//go:build !linux

package probes

import (
	"context"
	"net"
	"strconv"
	"time"

	"github.com/conndoctor/conndoctor/internal/failure"
)

// dialTCP dials with the standard library and classifies the error by
// the OS error number (internal/failure) and the time it took (portState).
func dialTCP(ctx context.Context, r *PortResult, ip string, port int) {
	var d net.Dialer
	start := time.Now()
	c, err := d.DialContext(ctx, "tcp", net.JoinHostPort(ip, strconv.Itoa(port)))
	r.Connect = Millis(time.Since(start))
	if err == nil {
		c.Close()
	}
	f := failure.Classify(err)
	if f.Kind == failure.TimedOut && f.Number == 0 {
		r.Connect = 0 // our deadline, not the OS's answer
	}
	r.setOutcome(f, nil)
}
