//go:build !windows

package platform

import "context"

// TCPDynamicPortRange is Windows' dynamic port range (MSFT_NetTCPSetting);
// Linux has ip_local_port_range instead.
func TCPDynamicPortRange(ctx context.Context) (lo, hi int, err error) { return 0, 0, ErrNotSupported }
