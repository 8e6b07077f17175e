//go:build !linux

package probes

import "syscall"

// clampMSS is not available here: Windows and others do not let a program
// set the MSS it announces.
func clampMSS(int) func(network, address string, c syscall.RawConn) error {
	return func(string, string, syscall.RawConn) error { return errMSSUnsupported }
}
