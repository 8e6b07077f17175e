package probes

import (
	"net/netip"
	"sync"

	"golang.org/x/sys/windows"
)

// underWine says whether this Windows program runs under Wine: Wine's
// ntdll exports wine_get_version, Windows' does not.
var underWine = sync.OnceValue(func() bool {
	return windows.NewLazySystemDLL("ntdll.dll").NewProc("wine_get_version").Find() == nil
})

// permissionMayBeRemote says whether a "permission denied" from connect to
// addr, with no ICMP message read for it, may be a router's refusal
// rather than this computer's firewall. On Windows, WSAEACCES is the
// Windows Filtering Platform's (this computer's) answer. Under Wine it is
// Linux's EACCES or EPERM passed on: for an IPv6 address, Linux reports a
// router's ICMPv6 "administratively prohibited" as EACCES, and Wine
// offers no TCP_ICMP_ERROR_INFO to tell the two apart.
func permissionMayBeRemote(addr netip.Addr) bool {
	return underWine() && addr.Is6() && !addr.Is4In6()
}
