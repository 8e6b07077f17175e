//go:build !linux && !windows

package probes

// traceIPv6 says this build traces IPv6 addresses: not yet.
const traceIPv6 = false
