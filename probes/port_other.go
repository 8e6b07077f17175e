//go:build !linux && !windows

package probes

import "context"

// connectTCP dials with the standard library (port_dial.go).
func connectTCP(ctx context.Context, r *PortResult, ip string, port int) {
	dialTCP(ctx, r, ip, port)
}
