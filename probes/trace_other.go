//go:build !linux && !windows

package probes

import (
	"context"
	"net"
)

// runTrace is not implemented on this operating system.
func runTrace(ctx context.Context, mode string, dst net.IP, port int, o TraceOptions, col *collector) error {
	return errTraceNotSupported
}
