//go:build windows

package platform

import (
	"fmt"
	"os"
	"unsafe"

	"golang.org/x/sys/windows"

	"github.com/conndoctor/conndoctor/internal/failure"
)

// tcpTableOwnerPIDAll is TCP_TABLE_OWNER_PID_ALL: every TCP socket, with
// the process that owns it.
const tcpTableOwnerPIDAll = 5

// TCPTable returns this computer's TCP sockets of one address family
// (IPv6 with v6) as GetExtendedTcpTable writes them with
// TCP_TABLE_OWNER_PID_ALL: MIB_TCPTABLE_OWNER_PID or
// MIB_TCP6TABLE_OWNER_PID, as bytes (probes.CountTCPTable reads them). A
// table larger than max bytes is an error: the call cannot return part of
// one.
func TCPTable(v6 bool, max int) ([]byte, error) {
	const api = "GetExtendedTcpTable"
	if err := procGetExtendedTcpTable.Find(); err != nil {
		return nil, failure.Failure{Kind: failure.NotSupported, Op: api, Err: err}
	}
	family := uintptr(windows.AF_INET)
	if v6 {
		family = windows.AF_INET6
	}
	size := uint32(0)
	var buf []byte
	for range 4 { // the table may grow between the calls
		var p unsafe.Pointer
		if len(buf) > 0 {
			p = unsafe.Pointer(&buf[0])
		}
		r, _, _ := procGetExtendedTcpTable.Call(uintptr(p), uintptr(unsafe.Pointer(&size)), 0, family, tcpTableOwnerPIDAll, 0)
		switch windows.Errno(r) {
		case 0:
			if len(buf) == 0 {
				return nil, failure.Failure{Kind: failure.Unknown, Op: api, Err: errEmptyTCPTable}
			}
			return buf[:min(int(size), len(buf))], nil
		case windows.ERROR_INSUFFICIENT_BUFFER:
			if int(size) > max {
				return nil, fmt.Errorf("platform: %s: the table has %d bytes, more than the %d read", api, size, max)
			}
			size += size / 8 // room for sockets opened meanwhile
			buf = make([]byte, size)
		default:
			return nil, failure.Wrap(api, os.NewSyscallError(api, windows.Errno(r)))
		}
	}
	return nil, fmt.Errorf("platform: %s: the table kept growing", api)
}

var errEmptyTCPTable = routeError("no table was returned")
