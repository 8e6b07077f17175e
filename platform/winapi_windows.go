//go:build windows

package platform

import (
	"net"
	"os"
	"unsafe"

	"golang.org/x/sys/windows"

	"github.com/conndoctor/conndoctor/internal/failure"
)

// The IP Helper calls are looked up by name and checked before use: Wine
// lacks some of them (GetIpInterfaceEntry, ResolveIpNetEntry2), and the
// helpers in golang.org/x/sys/windows panic on a missing procedure.
var (
	iphlpapi                   = windows.NewLazySystemDLL("iphlpapi.dll")
	procGetBestRoute2          = iphlpapi.NewProc("GetBestRoute2")
	procGetIpForwardTable2     = iphlpapi.NewProc("GetIpForwardTable2")
	procGetUnicastIpAddressTbl = iphlpapi.NewProc("GetUnicastIpAddressTable")
	procGetIpInterfaceEntry    = iphlpapi.NewProc("GetIpInterfaceEntry")
	procGetIpInterfaceTable    = iphlpapi.NewProc("GetIpInterfaceTable")
	procGetIpNetTable2         = iphlpapi.NewProc("GetIpNetTable2")
	procResolveIpNetEntry2     = iphlpapi.NewProc("ResolveIpNetEntry2")
	procFreeMibTable           = iphlpapi.NewProc("FreeMibTable")
	procGetExtendedTcpTable    = iphlpapi.NewProc("GetExtendedTcpTable")
)

// callIPHelper calls an IP Helper function that returns a Win32 error code.
// A missing function, or one that answers ERROR_NOT_SUPPORTED or
// ERROR_CALL_NOT_IMPLEMENTED, is a not-supported failure naming it.
func callIPHelper(p *windows.LazyProc, args ...uintptr) error {
	if err := p.Find(); err != nil {
		return failure.Failure{Kind: failure.NotSupported, Op: p.Name, Err: err}
	}
	r, _, _ := p.Call(args...)
	if r != 0 {
		return failure.Wrap(p.Name, os.NewSyscallError(p.Name, windows.Errno(r)))
	}
	return nil
}

// notSupported says the call is missing or declines to work here.
func notSupported(err error) bool {
	return failure.Classify(err).Kind == failure.NotSupported
}

func freeMib(p unsafe.Pointer) {
	if procFreeMibTable.Find() == nil {
		procFreeMibTable.Call(uintptr(p))
	}
}

// readRoutes reads the routing table of one address family.
func readRoutes(family uint16) ([]winRouteRow, error) {
	var t *windows.MibIpForwardTable2
	if err := callIPHelper(procGetIpForwardTable2, uintptr(family), uintptr(unsafe.Pointer(&t))); err != nil {
		return nil, err
	}
	defer freeMib(unsafe.Pointer(t))
	var out []winRouteRow
	for _, r := range t.Rows() {
		ip := sockaddrInetIP(&r.DestinationPrefix.Prefix)
		if ip == nil {
			continue
		}
		bits := 128
		if ip.To4() != nil {
			bits = 32
		}
		mask := net.CIDRMask(int(r.DestinationPrefix.PrefixLength), bits)
		out = append(out, winRouteRow{prefix: &net.IPNet{IP: ip.Mask(mask), Mask: mask},
			nextHop: sockaddrInetIP(&r.NextHop), ifIndex: int(r.InterfaceIndex), metric: int(r.Metric)})
	}
	return out, nil
}

// readAddrs reads the unicast addresses of one address family.
func readAddrs(family uint16) ([]winAddrRow, error) {
	var t *windows.MibUnicastIpAddressTable
	if err := callIPHelper(procGetUnicastIpAddressTbl, uintptr(family), uintptr(unsafe.Pointer(&t))); err != nil {
		return nil, err
	}
	defer freeMib(unsafe.Pointer(t))
	var out []winAddrRow
	for _, r := range unsafe.Slice(&t.Table[0], t.NumEntries) {
		ip := sockaddrInetIP((*windows.RawSockaddrInet)(unsafe.Pointer(&r.Address)))
		if ip != nil {
			out = append(out, winAddrRow{ip: ip, prefix: int(r.OnLinkPrefixLength), ifIndex: int(r.InterfaceIndex), noSrc: r.SkipAsSource != 0})
		}
	}
	return out, nil
}

// readIPInterfaces reads the IP interfaces (metric, MTU) of one family.
func readIPInterfaces(family uint16) (map[int]winIfRow, error) {
	var t *windows.MibIpInterfaceTable
	if err := callIPHelper(procGetIpInterfaceTable, uintptr(family), uintptr(unsafe.Pointer(&t))); err != nil {
		return nil, err
	}
	defer freeMib(unsafe.Pointer(t))
	out := map[int]winIfRow{}
	for _, r := range unsafe.Slice(&t.Table[0], t.NumEntries) {
		out[int(r.InterfaceIndex)] = winIfRow{metric: int(r.Metric), mtu: int(r.NlMtu)}
	}
	return out, nil
}

func familyOf(ip net.IP) uint16 {
	if ip.To4() != nil {
		return windows.AF_INET
	}
	return windows.AF_INET6
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
