package platform

import (
	"net"
	"strings"
)

// adapter is what DNSConfig and DefaultGateways need of one network adapter
// on Windows; converting the OS structure into it is kept apart so the logic
// is tested on every OS.
type adapter struct {
	name     string
	up       bool
	dns      []string
	gateways []string
	metric   int
}

// dnsFromAdapters lists the DNS servers of adapters that are up, once each,
// skipping the site-local IPv6 placeholders Windows reports (fec0:0:0:ffff::).
func dnsFromAdapters(ads []adapter) ResolvConf {
	var rc ResolvConf
	seen := map[string]bool{}
	for _, a := range ads {
		if !a.up {
			continue
		}
		for _, d := range a.dns {
			if seen[d] || strings.HasPrefix(d, "fec0:0:0:ffff::") {
				continue
			}
			seen[d] = true
			rc.Servers = append(rc.Servers, d)
		}
	}
	return rc
}

// gatewaysFromAdapters lists the IPv4 gateways of adapters that are up.
func gatewaysFromAdapters(ads []adapter) []Gateway {
	var out []Gateway
	for _, a := range ads {
		if !a.up {
			continue
		}
		for _, g := range a.gateways {
			if ip := net.ParseIP(g); ip != nil && ip.To4() != nil && !ip.IsUnspecified() {
				out = append(out, Gateway{Addr: g, Iface: a.name, Metric: a.metric})
			}
		}
	}
	sortGateways(out)
	return out
}
