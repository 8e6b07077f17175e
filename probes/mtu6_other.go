//go:build !linux && !windows

package probes

// mtuIPv6 says this build measures the path MTU of IPv6 addresses: not
// yet.
const mtuIPv6 = false
