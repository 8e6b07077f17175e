//go:build !linux && !windows

package platform

import (
	"context"
	"os"
)

// ProxySettings lists the proxy environment variables; desktop settings
// are not read on this system.
func ProxySettings(ctx context.Context) []ProxyConfig {
	if c := EnvProxy(os.Getenv); !c.Empty() {
		return []ProxyConfig{c}
	}
	return nil
}
