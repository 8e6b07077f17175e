package engine

import (
	"net"
	"os"
	"runtime"

	"github.com/conndoctor/conndoctor/platform"
	"github.com/conndoctor/conndoctor/probes"
	"github.com/conndoctor/conndoctor/target"
)

// Environment is a snapshot of this machine's network settings at run time,
// kept with every run so a comparison can say what changed on the machine.
type Environment struct {
	// OS and Arch are the operating system and CPU architecture.
	OS   string `json:"os"`
	Arch string `json:"arch"`
	// Hostname is the computer's name.
	Hostname string `json:"hostname"`
	// Interfaces are the network interfaces that are up, loopback excluded.
	Interfaces []probes.Interface `json:"interfaces"`
	// Gateways are the default gateways, best first.
	Gateways []platform.Gateway `json:"gateways"`
	// DNSServers are the configured resolvers.
	DNSServers []string `json:"dns_servers"`
	// Proxy holds the proxy environment variables, credentials redacted.
	Proxy map[string]string `json:"proxy,omitempty"`
}

// proxyVars are the environment variables programs read for proxies.
var proxyVars = []string{"HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "all_proxy", "no_proxy"}

// CaptureEnvironment reads the snapshot, using the OS inputs in o where set.
func CaptureEnvironment(o Options) Environment {
	e := Environment{OS: runtime.GOOS, Arch: runtime.GOARCH}
	e.Hostname, _ = os.Hostname()
	list := o.Local.Interfaces
	if list == nil {
		list = net.Interfaces
	}
	if ifs, err := list(); err == nil {
		for _, i := range probes.DescribeInterfaces(ifs) {
			if i.Up && !i.Loopback {
				e.Interfaces = append(e.Interfaces, i)
			}
		}
	}
	gws := o.Local.Gateways
	if gws == nil {
		gws = platform.DefaultGateways
	}
	e.Gateways, _ = gws()
	e.DNSServers = o.DNS.Servers()
	for _, v := range proxyVars {
		if val, ok := os.LookupEnv(v); ok {
			if e.Proxy == nil {
				e.Proxy = map[string]string{}
			}
			e.Proxy[v] = target.RedactURL(val)
		}
	}
	return e
}
