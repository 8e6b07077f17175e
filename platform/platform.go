// Package platform reads the operating system's network configuration:
// resolvers, the hosts file, default gateways and neighbour (ARP) state.
//
// OS code sits in files named *_linux.go, *_windows.go and *_other.go with
// identical signatures. The text formats are parsed by pure functions in this
// file's siblings (ParseResolvConf, ParseHosts, ParseProcRoute, ParseProcARP),
// table-tested on captured files, and the paths they read are variables so
// tests can point them elsewhere.
package platform

import "errors"

// ErrNotSupported is returned where this operating system offers no way to
// read the information.
var ErrNotSupported = errors.New("platform: not supported on this operating system")

// Gateway is a default route's next hop.
type Gateway struct {
	// Addr is the gateway's IP address.
	Addr string `json:"addr"`
	// Iface is the interface the route leaves by.
	Iface string `json:"iface"`
	// Metric orders gateways; lower is preferred.
	Metric int `json:"metric"`
}

// HostEntry is one address line of a hosts file.
type HostEntry struct {
	// Addr is the address the names map to.
	Addr string `json:"addr"`
	// Names are the host names on the line, lower-cased.
	Names []string `json:"names"`
	// Line is the 1-based line number in the file.
	Line int `json:"line"`
}

// ResolvConf is what matters of /etc/resolv.conf.
type ResolvConf struct {
	// Servers are the nameserver addresses in order.
	Servers []string `json:"servers"`
	// Search is the search domain list.
	Search []string `json:"search,omitempty"`
}

// Neighbor states, from the OS neighbour (ARP/NDP) table.
const (
	NeighborUnknown    = "unknown"    // no entry
	NeighborReachable  = "reachable"  // the link-layer address is known
	NeighborIncomplete = "incomplete" // asked, no answer yet or ever
)
