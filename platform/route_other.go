//go:build !windows

package platform

import (
	"context"
	"net"
	"strconv"
)

// RouteTo asks the kernel which source address it would use for dst, by
// "connecting" a UDP socket: this consults the routing table and sends
// nothing. A missing route is the error ENETUNREACH.
func RouteTo(ctx context.Context, dst net.IP, port int) (RouteInfo, error) {
	var d net.Dialer
	c, err := d.DialContext(ctx, "udp", net.JoinHostPort(dst.String(), strconv.Itoa(port)))
	if err != nil {
		return RouteInfo{API: "UDP connect"}, err
	}
	defer c.Close()
	return RouteInfo{Source: c.LocalAddr().(*net.UDPAddr).IP, API: "UDP connect"}, nil
}

// LinkMTU returns the name and MTU of the interface a route leaves by.
func LinkMTU(ri RouteInfo) (string, int, error) { return linkBySource(ri.Source) }
