//go:build !windows

package probes

import "net/netip"

// permissionMayBeRemote says whether a "permission denied" from connect to
// addr, with no ICMP message read for it, may be a router's refusal
// rather than this computer's firewall. Off Windows, the port check reads
// the ICMPv6 message that Linux reports as EACCES when it can (see
// icmp6.go); without it, EPERM and EACCES are taken as the local
// firewall's, as before.
func permissionMayBeRemote(netip.Addr) bool { return false }
