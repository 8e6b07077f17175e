//go:build windows

package platform

import (
	"context"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"time"
	"unsafe"

	"golang.org/x/sys/windows"

	"github.com/conndoctor/conndoctor/internal/failure"
)

// HostsPath is the hosts file consulted before DNS.
var HostsPath = filepath.Join(systemRoot(), `System32\drivers\etc\hosts`)

// ResolvConfPath is unused on Windows: resolvers come from the adapters.
var ResolvConfPath = ""

func systemRoot() string {
	if r := os.Getenv("SystemRoot"); r != "" {
		return r
	}
	return `C:\Windows`
}

// DNSConfig returns the DNS servers of the adapters that are up.
func DNSConfig() (ResolvConf, error) {
	ads, err := adapters()
	if err != nil {
		return ResolvConf{}, err
	}
	return dnsFromAdapters(ads), nil
}

// DefaultGateways returns the gateways of the adapters that are up.
func DefaultGateways() ([]Gateway, error) {
	ads, err := adapters()
	if err != nil {
		return nil, err
	}
	return gatewaysFromAdapters(ads), nil
}

// NeighborState returns the neighbour (ARP/NDP) state of ip: Windows is
// asked to resolve it with ResolveIpNetEntry2, which sends a request when it
// has no entry; where that call is missing (Wine 8), the neighbour table is
// read with GetIpNetTable2. The OS bounds the resolution (about 3 s); this
// waits at most neighborWait.
func NeighborState(ip string) (string, error) {
	dst := net.ParseIP(ip)
	if dst == nil {
		return NeighborUnknown, fmt.Errorf("platform: neighbour state: %q is not an IP address", ip)
	}
	type answer struct {
		state string
		err   error
	}
	done := make(chan answer, 1)
	go func() {
		st, err := resolveNeighbor(dst)
		done <- answer{st, err}
	}()
	select {
	case a := <-done:
		return a.state, a.err
	case <-time.After(neighborWait):
		return NeighborUnknown, failure.Failure{Kind: failure.TimedOut, Op: "ResolveIpNetEntry2", Err: os.ErrDeadlineExceeded}
	}
}

// neighborWait bounds a neighbour resolution.
const neighborWait = 5 * time.Second

func resolveNeighbor(dst net.IP) (string, error) {
	var row mibIPNetRow2
	putSockaddrInet((*windows.RawSockaddrInet)(unsafe.Pointer(&row.Address)), dst)
	if ri, err := RouteTo(context.Background(), dst, 0); err == nil {
		row.InterfaceIndex = uint32(ri.IfIndex)
	}
	err := callIPHelper(procResolveIpNetEntry2, uintptr(unsafe.Pointer(&row)), 0)
	switch f := failure.Classify(err); {
	case err == nil:
		return winNeighborState(row.State, row.PhysicalAddress[:min(row.PhysicalAddressLength, 32)]), nil
	case f.Number == uint32(windows.ERROR_BAD_NET_NAME):
		return NeighborIncomplete, nil // asked, no answer
	case f.Kind != failure.NotSupported:
		return NeighborUnknown, err
	}
	return neighborFromTable(dst)
}

// neighborFromTable reads dst's entry from GetIpNetTable2.
func neighborFromTable(dst net.IP) (string, error) {
	var t *mibIPNetTable2Head
	if err := callIPHelper(procGetIpNetTable2, uintptr(familyOf(dst)), uintptr(unsafe.Pointer(&t))); err != nil {
		return NeighborUnknown, err
	}
	defer freeMib(unsafe.Pointer(t))
	rows := unsafe.Slice((*mibIPNetRow2)(unsafe.Add(unsafe.Pointer(t), unsafe.Sizeof(*t))), t.NumEntries)
	for i := range rows {
		ip := sockaddrInetIP((*windows.RawSockaddrInet)(unsafe.Pointer(&rows[i].Address)))
		if ip.Equal(dst) {
			return winNeighborState(rows[i].State, rows[i].PhysicalAddress[:min(rows[i].PhysicalAddressLength, 32)]), nil
		}
	}
	return NeighborUnknown, nil
}

// adapters calls GetAdaptersAddresses with gateways included.
func adapters() ([]adapter, error) {
	const flags = windows.GAA_FLAG_INCLUDE_GATEWAYS | windows.GAA_FLAG_SKIP_ANYCAST | windows.GAA_FLAG_SKIP_MULTICAST
	size := uint32(15 << 10)
	for i := 0; i < 3; i++ {
		buf := make([]byte, size)
		first := (*windows.IpAdapterAddresses)(unsafe.Pointer(&buf[0]))
		err := windows.GetAdaptersAddresses(windows.AF_UNSPEC, flags, 0, first, &size)
		if err == windows.ERROR_BUFFER_OVERFLOW {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("platform: GetAdaptersAddresses: %w", err)
		}
		var out []adapter
		for a := first; a != nil; a = a.Next {
			ad := adapter{name: windows.UTF16PtrToString(a.FriendlyName), up: a.OperStatus == windows.IfOperStatusUp, metric: int(a.Ipv4Metric)}
			for d := a.FirstDnsServerAddress; d != nil; d = d.Next {
				ad.dns = append(ad.dns, d.Address.IP().String())
			}
			for g := a.FirstGatewayAddress; g != nil; g = g.Next {
				ad.gateways = append(ad.gateways, g.Address.IP().String())
			}
			out = append(out, ad)
		}
		return out, nil
	}
	return nil, fmt.Errorf("platform: GetAdaptersAddresses: buffer kept growing")
}
