//go:build windows

package probes

import (
	"errors"
	"time"

	"golang.org/x/sys/windows"
)

// classifyDialErr maps a Winsock error to a port state and its name.
func classifyDialErr(err error, took time.Duration) (PortState, string) {
	var e windows.Errno
	if !errors.As(err, &e) {
		return PortError, err.Error()
	}
	return classifyWinsock(uint32(e), took)
}
