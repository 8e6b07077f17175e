//go:build !linux && !windows

package probes

import (
	"context"
	"net"
	"time"
)

// runMTURound is not implemented on this operating system.
func runMTURound(ctx context.Context, dst net.IP, sizes []int, reps int, wait time.Duration) (map[int]bool, *fragInfo, error) {
	return nil, nil, errTraceNotSupported
}
