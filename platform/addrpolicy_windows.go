//go:build windows

package platform

import (
	"context"
	"os/exec"
	"time"
)

// ReadAddrPolicy returns Windows' prefix policy table, read from `netsh
// interface ipv6 show prefixpolicies` (only its rows of numbers are read);
// when netsh cannot be run or shows no rows, RFC 6724's default table,
// which is Windows' own default.
func ReadAddrPolicy() AddrPolicy {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, "netsh", "interface", "ipv6", "show", "prefixpolicies").Output()
	if err != nil {
		return RFC6724Policy()
	}
	p, err := ParsePrefixPolicies(string(out))
	if err != nil {
		return RFC6724Policy()
	}
	return p
}
