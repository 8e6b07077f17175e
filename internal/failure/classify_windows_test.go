//go:build windows

package failure

import (
	"net"
	"os"
	"testing"

	"golang.org/x/sys/windows"
)

func TestClassifyWindows(t *testing.T) {
	// What Go's UDP dial returns under Wine 8.
	f := Classify(&net.OpError{Op: "dial", Net: "udp", Err: os.NewSyscallError("wsaioctl", windows.Errno(10045))})
	if f.Kind != NotSupported || f.Code != "WSAEOPNOTSUPP" || f.Op != "wsaioctl" {
		t.Errorf("wsaioctl: %+v", f)
	}
	if f := Classify(windows.WSAECONNREFUSED); f.Kind != Refused {
		t.Errorf("refused: %+v", f)
	}
	if f := Classify(windows.ERROR_NETWORK_UNREACHABLE); f.Kind != NetUnreachable {
		t.Errorf("1231: %+v", f)
	}
}
