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

// RouteTo asks Windows for the route to dst: GetBestRoute2 gives the
// interface, next hop and source address it would use, sending nothing.
// Where GetBestRoute2 is missing or declines (Wine 8 answers
// ERROR_NOT_SUPPORTED), the same choice is made from the routing and
// address tables (GetIpForwardTable2, GetUnicastIpAddressTable). "No
// route" — ERROR_NOT_FOUND, or no row covering dst — is a
// network-unreachable failure; any other error is not.
func RouteTo(ctx context.Context, dst net.IP, port int) (RouteInfo, error) {
	if err := ctx.Err(); err != nil {
		return RouteInfo{API: "GetBestRoute2"}, err
	}
	ri, err := bestRoute2(dst)
	if notSupported(err) {
		ri, err = routeFromTables(dst)
	}
	if err == nil {
		if ifc, ierr := net.InterfaceByIndex(ri.IfIndex); ierr == nil {
			ri.Iface = ifc.Name
		}
	}
	return ri, err
}

// bestRoute2 calls GetBestRoute2.
func bestRoute2(dst net.IP) (RouteInfo, error) {
	ri := RouteInfo{API: "GetBestRoute2"}
	var to, src windows.RawSockaddrInet
	if !putSockaddrInet(&to, dst) {
		return ri, failure.Failure{Kind: failure.Unknown, Op: ri.API, Err: os.ErrInvalid}
	}
	var row windows.MibIpForwardRow2
	err := callIPHelper(procGetBestRoute2, 0, 0, 0, uintptr(unsafe.Pointer(&to)), 0,
		uintptr(unsafe.Pointer(&row)), uintptr(unsafe.Pointer(&src)))
	if err != nil {
		if f := failure.Classify(err); f.Number == uint32(windows.ERROR_NOT_FOUND) {
			f.Kind = failure.NetUnreachable // no route covers dst
			return ri, f
		}
		return ri, err
	}
	ri.Source, ri.IfIndex, ri.NextHopKnown = sockaddrInetIP(&src), int(row.InterfaceIndex), true
	if hop := sockaddrInetIP(&row.NextHop); hop != nil && !hop.IsUnspecified() {
		ri.NextHop = hop.String()
	}
	return ri, nil
}

// routeFromTables picks the route from the routing and address tables.
func routeFromTables(dst net.IP) (RouteInfo, error) {
	const api = "GetIpForwardTable2"
	fam := familyOf(dst)
	routes, err := readRoutes(fam)
	if err != nil {
		return RouteInfo{API: api}, err
	}
	addrs, err := readAddrs(fam)
	if err != nil {
		return RouteInfo{API: api}, err
	}
	ifs, _ := readIPInterfaces(fam) // metrics only refine the choice
	return pickWinRoute(routes, addrs, ifs, dst, api)
}

// LinkMTU returns the name and IP MTU (NlMtu) of the interface a route
// leaves by: GetIpInterfaceEntry, or the row of GetIpInterfaceTable where
// the former is missing, or the adapter's MTU from GetAdaptersAddresses
// where both are (Wine 8).
func LinkMTU(ri RouteInfo) (string, int, error) {
	if ri.IfIndex == 0 {
		return linkBySource(ri.Source)
	}
	fam := familyOf(ri.Source)
	row := windows.MibIpInterfaceRow{Family: fam, InterfaceIndex: uint32(ri.IfIndex)}
	err := callIPHelper(procGetIpInterfaceEntry, uintptr(unsafe.Pointer(&row)))
	if err == nil {
		return ri.Iface, int(row.NlMtu), nil
	}
	if !notSupported(err) {
		return ri.Iface, 0, err
	}
	ifs, terr := readIPInterfaces(fam)
	if notSupported(terr) {
		// Wine 8 has neither: the adapter list's MTU (GetAdaptersAddresses).
		return linkBySource(ri.Source)
	}
	if terr != nil {
		return ri.Iface, 0, terr
	}
	r, ok := ifs[ri.IfIndex]
	if !ok {
		return ri.Iface, 0, failure.Failure{Kind: failure.Unknown, Op: "GetIpInterfaceTable", Err: errNoWinInterface}
	}
	return ri.Iface, r.mtu, nil
}

var errNoWinInterface = routeError("the route's interface is not in the interface table")
