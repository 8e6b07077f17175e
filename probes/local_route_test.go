package probes

import (
	"context"
	"errors"
	"net"
	"os"
	"strings"
	"syscall"
	"testing"

	"github.com/conndoctor/conndoctor/internal/failure"
	"github.com/conndoctor/conndoctor/platform"
)

// routeRows are answers of the OS route lookup and what the local check
// must make of them. Only "network unreachable" (or a route API's "none")
// is a missing route; every other error is a lookup that could not run.
var routeRows = []struct {
	name    string
	err     error
	missing bool
	unknown bool
	status  Status
	summary string
}{
	{"ENETUNREACH", os.NewSyscallError("connect", syscall.ENETUNREACH), true, false, StatusFail, "no route to the target"},
	{"route API none", failure.Failure{Kind: failure.NetUnreachable, Op: "GetBestRoute2", Code: "ERROR_NOT_FOUND", Number: 1168}, true, false, StatusFail, "no route to the target"},
	{"ERROR_NETWORK_UNREACHABLE", failure.Failure{Kind: failure.NetUnreachable, Code: "ERROR_NETWORK_UNREACHABLE", Number: 1231}, true, false, StatusFail, "no route"},
	// Wine 8: Go's UDP socket setup fails in WSAIoctl(SIO_UDP_CONNRESET).
	{"WSAEOPNOTSUPP", &net.OpError{Op: "dial", Net: "udp", Err: failure.Failure{Kind: failure.NotSupported, Op: "wsaioctl", Code: "WSAEOPNOTSUPP", Number: 10045}}, false, true, StatusError, "WSAEOPNOTSUPP 10045) in wsaioctl"},
	{"EHOSTUNREACH", syscall.EHOSTUNREACH, false, true, StatusError, "could not be determined"},
	{"EACCES", syscall.EACCES, false, true, StatusError, "permission denied"},
	{"ENOBUFS", syscall.ENOBUFS, false, true, StatusError, "out of buffers"},
	{"text only", errors.New("network is unreachable"), false, true, StatusError, "network is unreachable"},
	{"cancelled", context.Canceled, false, true, StatusError, "cancelled"},
}

func TestLocalRouteErrors(t *testing.T) {
	lo, err := net.InterfaceByName("lo")
	if err != nil {
		t.Skip("no loopback interface named lo:", err)
	}
	// An interface that is up, not loopback, with the loopback's addresses.
	up := func() ([]net.Interface, error) {
		return []net.Interface{{Index: lo.Index, Name: "eth0", Flags: net.FlagUp | net.FlagRunning, MTU: 1500}}, nil
	}
	gws := func() ([]platform.Gateway, error) { return nil, nil }
	for _, c := range routeRows {
		t.Run(c.name, func(t *testing.T) {
			route := func(context.Context, net.IP, int) (platform.RouteInfo, error) {
				return platform.RouteInfo{API: "UDP connect"}, c.err
			}
			r := ProbeLocal(context.Background(), "10.9.0.5", 443, false, LocalOptions{Interfaces: up, Gateways: gws, Route: route, Neighbor: noNeighbor})
			if r.Route == nil || r.Route.Missing() != c.missing || r.Route.Unknown != c.unknown || r.Route.Found {
				t.Fatalf("route %+v", r.Route)
			}
			if c.status == StatusError && (r.Status != StatusError || !strings.Contains(r.Summary, c.summary)) {
				t.Errorf("status %s %q, want error with %q", r.Status, r.Summary, c.summary)
			}
			if c.missing && !strings.Contains(r.Route.Error, "no route") {
				t.Errorf("error %q", r.Route.Error)
			}
		})
	}
}

func noNeighbor(string) (string, error) { return platform.NeighborUnknown, nil }

// TestLocalRouteAPI checks a route API's answer: the interface it names,
// and on-link when it reports no next hop.
func TestLocalRouteAPI(t *testing.T) {
	ifs := func() ([]net.Interface, error) {
		return []net.Interface{{Name: "Ethernet", Flags: net.FlagUp | net.FlagRunning, MTU: 1500}}, nil
	}
	gws := func() ([]platform.Gateway, error) {
		return []platform.Gateway{{Addr: "10.0.0.1", Iface: "Ethernet"}}, nil
	}
	route := func(_ context.Context, dst net.IP, _ int) (platform.RouteInfo, error) {
		return platform.RouteInfo{Source: net.ParseIP("10.0.0.7"), Iface: "Ethernet", NextHopKnown: true, API: "GetBestRoute2"}, nil
	}
	r := ProbeLocal(context.Background(), "10.0.0.9", 443, false, LocalOptions{Interfaces: ifs, Gateways: gws, Route: route, Neighbor: noNeighbor})
	if !r.Route.Found || r.Route.Iface != "Ethernet" || !r.Route.OnLink || r.Gateway != nil {
		t.Errorf("route %+v gateway %+v", r.Route, r.Gateway)
	}
}
