//go:build !linux && !windows

package platform

import "context"

// FlushDNS is not supported here: it returns ErrNotSupported.
func FlushDNS(ctx context.Context) (FlushResult, error) { return FlushResult{}, ErrNotSupported }
