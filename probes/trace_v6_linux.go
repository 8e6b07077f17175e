//go:build linux

package probes

// traceIPv6 says this build traces IPv6 addresses (ICMPv6 echo with hop
// limits, TCP with IPV6_UNICAST_HOPS).
const traceIPv6 = true
