//go:build !linux && !windows

package platform

import "context"

// ReadFirewall is not supported here: it returns ErrNotSupported.
func ReadFirewall(ctx context.Context) (*Firewall, error) { return nil, ErrNotSupported }
