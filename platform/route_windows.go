//go:build windows

package platform

import (
	"context"
	"net"
	"os"
	"unsafe"

	"golang.org/x/sys/windows"

	"github.com/conndoctor/conndoctor/internal/failure"
)

var (
	iphlpapi          = windows.NewLazySystemDLL("iphlpapi.dll")
	procGetBestRoute2 = iphlpapi.NewProc("GetBestRoute2")
)

// RouteTo asks Windows for the route to dst with GetBestRoute2: the
// interface, the next hop and the source address it would use. Nothing is
// sent. "No route" is ERROR_NOT_FOUND or ERROR_NETWORK_UNREACHABLE, which
// come back as a network-unreachable failure.
func RouteTo(ctx context.Context, dst net.IP, port int) (RouteInfo, error) {
	ri := RouteInfo{API: "GetBestRoute2"}
	if err := ctx.Err(); err != nil {
		return ri, err
	}
	if err := procGetBestRoute2.Find(); err != nil {
		return ri, failure.Failure{Kind: failure.NotSupported, Op: "GetBestRoute2", Err: err}
	}
	var to, src windows.RawSockaddrInet
	if !putSockaddrInet(&to, dst) {
		return ri, failure.Failure{Kind: failure.Unknown, Op: "GetBestRoute2", Err: os.ErrInvalid}
	}
	var row windows.MibIpForwardRow2
	r, _, _ := procGetBestRoute2.Call(0, 0, 0, uintptr(unsafe.Pointer(&to)), 0,
		uintptr(unsafe.Pointer(&row)), uintptr(unsafe.Pointer(&src)))
	if r != 0 {
		return ri, routeErr(uint32(r))
	}
	ri.Source, ri.IfIndex, ri.NextHopKnown = sockaddrInetIP(&src), int(row.InterfaceIndex), true
	if hop := sockaddrInetIP(&row.NextHop); hop != nil && !hop.IsUnspecified() {
		ri.NextHop = hop.String()
	}
	if ifc, err := net.InterfaceByIndex(ri.IfIndex); err == nil {
		ri.Iface = ifc.Name
	}
	return ri, nil
}

// routeErr classifies GetBestRoute2's answer: "not found" is the definite
// "no route".
func routeErr(code uint32) error {
	f := failure.Wrap("GetBestRoute2", os.NewSyscallError("GetBestRoute2", windows.Errno(code)))
	if code == uint32(windows.ERROR_NOT_FOUND) {
		f.Kind = failure.NetUnreachable
	}
	return f
}

// LinkMTU returns the name and IP MTU of the interface a route leaves by,
// from GetIpInterfaceEntry (the network layer's MTU, NlMtu).
func LinkMTU(ri RouteInfo) (string, int, error) {
	if ri.IfIndex == 0 {
		return linkBySource(ri.Source)
	}
	row := windows.MibIpInterfaceRow{Family: windows.AF_INET, InterfaceIndex: uint32(ri.IfIndex)}
	if ri.Source.To4() == nil {
		row.Family = windows.AF_INET6
	}
	if err := windows.GetIpInterfaceEntry(&row); err != nil {
		return ri.Iface, 0, failure.Wrap("GetIpInterfaceEntry", os.NewSyscallError("GetIpInterfaceEntry", err))
	}
	return ri.Iface, int(row.NlMtu), nil
}

// putSockaddrInet fills a SOCKADDR_INET with ip.
func putSockaddrInet(sa *windows.RawSockaddrInet, ip net.IP) bool {
	if v4 := ip.To4(); v4 != nil {
		p := (*windows.RawSockaddrInet4)(unsafe.Pointer(sa))
		p.Family = windows.AF_INET
		copy(p.Addr[:], v4)
		return true
	}
	if v6 := ip.To16(); v6 != nil {
		p := (*windows.RawSockaddrInet6)(unsafe.Pointer(sa))
		p.Family = windows.AF_INET6
		copy(p.Addr[:], v6)
		return true
	}
	return false
}

// sockaddrInetIP reads the address out of a SOCKADDR_INET.
func sockaddrInetIP(sa *windows.RawSockaddrInet) net.IP {
	switch sa.Family {
	case windows.AF_INET:
		p := (*windows.RawSockaddrInet4)(unsafe.Pointer(sa))
		return net.IPv4(p.Addr[0], p.Addr[1], p.Addr[2], p.Addr[3])
	case windows.AF_INET6:
		p := (*windows.RawSockaddrInet6)(unsafe.Pointer(sa))
		return append(net.IP(nil), p.Addr[:]...)
	}
	return nil
}
