//go:build windows

package failure

import (
	"errors"

	"golang.org/x/sys/windows"
)

// fromOS reads a Windows error number (Winsock or Win32) out of err.
func fromOS(err error) (osError, bool) {
	var e windows.Errno
	if !errors.As(err, &e) {
		return osError{}, false
	}
	return windowsCode(uint32(e)), true
}
