//go:build windows

package platform

import (
	"fmt"
	"os"
	"path/filepath"
	"unsafe"

	"golang.org/x/sys/windows"
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

// NeighborState is not read on Windows yet.
func NeighborState(ip string) (string, error) { return NeighborUnknown, ErrNotSupported }

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
