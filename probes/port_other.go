//go:build !linux

package probes

import (
	"context"
	"errors"
	"net"
	"strconv"
	"time"
)

// connectTCP dials with the standard library and classifies the error by
// the OS error number (see errno_*.go).
func connectTCP(ctx context.Context, r *PortResult, ip string, port int) {
	var d net.Dialer
	start := time.Now()
	c, err := d.DialContext(ctx, "tcp", net.JoinHostPort(ip, strconv.Itoa(port)))
	r.Connect = Millis(time.Since(start))
	if err == nil {
		c.Close()
		r.State = PortOpen
		return
	}
	var ne net.Error
	if errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout()) {
		r.State, r.Connect = PortFiltered, 0
		return
	}
	r.State, r.Errno = classifyDialErr(err, r.Connect.D())
}
