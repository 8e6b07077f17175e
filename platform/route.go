package platform

import "net"

// RouteInfo is how this computer would send traffic to one address, as the
// OS's routing answers it.
type RouteInfo struct {
	// Source is the local address the traffic would leave from.
	Source net.IP
	// Iface is the interface's name, when the OS names it ("" otherwise:
	// the caller finds it by Source).
	Iface string
	// NextHop is the gateway; NextHopKnown says the OS reported it, so that
	// an empty NextHop means the address is on-link.
	NextHop      string
	NextHopKnown bool
	// API names the call that answered ("UDP connect", "GetBestRoute2").
	API string
}
