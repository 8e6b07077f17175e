//go:build linux

package platform

import (
	"fmt"
	"net/netip"
)

// Paths of the files read on Linux; variables so tests can swap them.
var (
	// HostsPath is the hosts file consulted before DNS.
	HostsPath = "/etc/hosts"
	// ResolvConfPath is the resolver configuration.
	ResolvConfPath = "/etc/resolv.conf"
	procRoutePath  = "/proc/net/route"
	procARPPath    = "/proc/net/arp"
)

// DNSConfig returns the configured DNS servers and search list.
func DNSConfig() (ResolvConf, error) {
	b, err := readFile(ResolvConfPath)
	if err != nil {
		return ResolvConf{}, fmt.Errorf("platform: read %s: %w", ResolvConfPath, err)
	}
	return ParseResolvConf(b), nil
}

// DefaultGateways returns the default routes' gateways, best first: the
// IPv4 ones (/proc/net/route), then the IPv6 ones (rtnetlink; a link-local
// one with its interface, "fe80::1%eth0"). An IPv6 table that cannot be
// read leaves its gateways out.
func DefaultGateways() ([]Gateway, error) {
	b, err := readFile(procRoutePath)
	if err != nil {
		return nil, fmt.Errorf("platform: read %s: %w", procRoutePath, err)
	}
	gws, err := ParseProcRoute(b)
	v6, _ := defaultRoutes6()
	return append(gws, v6...), err
}

// NeighborState returns the neighbour-table state of an address: for IPv4
// from the ARP table (NeighborReachable, NeighborIncomplete: asked, never
// answered), for IPv6 from neighbour discovery's table (rtnetlink), in the
// kernel's words (reachable, stale, delay, probe, incomplete, failed...);
// NeighborUnknown when there is no entry.
func NeighborState(ip string) (string, error) {
	if a, err := netip.ParseAddr(ip); err == nil && a.Is6() && !a.Is4In6() {
		return neighbor6(a)
	}
	b, err := readFile(procARPPath)
	if err != nil {
		return NeighborUnknown, fmt.Errorf("platform: read %s: %w", procARPPath, err)
	}
	state, _, _ := ParseProcARP(b, ip)
	return state, nil
}
