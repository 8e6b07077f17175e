//go:build !windows

package probes

import (
	"context"
	"time"

	"github.com/miekg/dns"
)

// exchange sends one query to one server over UDP (TCP when truncated).
func exchange(ctx context.Context, c *dns.Client, m *dns.Msg, addr string) (*dns.Msg, time.Duration, error) {
	return c.ExchangeContext(ctx, m, addr)
}
