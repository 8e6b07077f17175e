//go:build !linux

package probes

import "errors"

// takeCensus is not available on this operating system yet (Windows:
// GetExtendedTcpTable and the dynamic port range would give it).
func takeCensus(to string) (*PortCensus, error) {
	return nil, errors.New("the socket census is not taken on this operating system yet")
}
