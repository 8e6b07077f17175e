package platform

import (
	"fmt"
	"net"
)

// RouteInfo is how this computer would send traffic to one address, as the
// OS's routing answers it.
type RouteInfo struct {
	// Source is the local address the traffic would leave from.
	Source net.IP
	// Iface is the interface's name, when the OS names it ("" otherwise:
	// the caller finds it by Source); IfIndex its index (0: unknown).
	Iface   string
	IfIndex int
	// NextHop is the gateway; NextHopKnown says the OS reported it, so that
	// an empty NextHop means the address is on-link.
	NextHop      string
	NextHopKnown bool
	// API names the call that answered ("UDP connect", "GetBestRoute2").
	API string
}

// linkBySource finds the interface holding src and its MTU.
func linkBySource(src net.IP) (string, int, error) {
	ifs, err := net.Interfaces()
	if err != nil {
		return "", 0, fmt.Errorf("list interfaces: %w", err)
	}
	for _, i := range ifs {
		addrs, _ := i.Addrs()
		for _, a := range addrs {
			if ip, _, err := net.ParseCIDR(a.String()); err == nil && ip.Equal(src) {
				return i.Name, i.MTU, nil
			}
		}
	}
	return "", 0, fmt.Errorf("no interface holds the source address %s", src)
}
