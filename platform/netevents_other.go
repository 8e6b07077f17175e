//go:build !linux && !windows

package platform

import (
	"context"
	"time"
)

// WatchNetwork reports DNS server changes (resolv.conf, compared every
// 2 s) to fn until ctx is done; links, addresses, routes and sleep are not
// followed on this operating system. It returns ctx's error.
func WatchNetwork(ctx context.Context, fn func(NetChange)) error {
	pollChanges(ctx, func() ([]string, error) {
		rc, err := DNSConfig()
		return rc.Servers, err
	}, asleep, fn)
	return context.Cause(ctx)
}

// asleep is not known on this operating system.
func asleep() (time.Duration, bool) { return 0, false }
