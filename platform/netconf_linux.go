//go:build linux

package platform

import "fmt"

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

// DefaultGateways returns the IPv4 default routes' gateways, best first.
func DefaultGateways() ([]Gateway, error) {
	b, err := readFile(procRoutePath)
	if err != nil {
		return nil, fmt.Errorf("platform: read %s: %w", procRoutePath, err)
	}
	return ParseProcRoute(b)
}

// NeighborState returns the neighbour-table state of an IPv4 address:
// NeighborReachable, NeighborIncomplete (asked, never answered) or
// NeighborUnknown.
func NeighborState(ip string) (string, error) {
	b, err := readFile(procARPPath)
	if err != nil {
		return NeighborUnknown, fmt.Errorf("platform: read %s: %w", procARPPath, err)
	}
	state, _, _ := ParseProcARP(b, ip)
	return state, nil
}
