//go:build windows

package platform

import (
	"context"
	"net"
	"strconv"
)

// RouteTo asks Windows which source address it would use for dst.
func RouteTo(ctx context.Context, dst net.IP, port int) (RouteInfo, error) {
	var d net.Dialer
	c, err := d.DialContext(ctx, "udp", net.JoinHostPort(dst.String(), strconv.Itoa(port)))
	if err != nil {
		return RouteInfo{API: "UDP connect"}, err
	}
	defer c.Close()
	return RouteInfo{Source: c.LocalAddr().(*net.UDPAddr).IP, API: "UDP connect"}, nil
}
