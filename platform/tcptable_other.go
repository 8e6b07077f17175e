//go:build !windows

package platform

// TCPTable is Windows' socket table (GetExtendedTcpTable); other systems
// have their own (Linux: /proc/net/tcp).
func TCPTable(v6 bool, max int) ([]byte, error) { return nil, ErrNotSupported }
