//go:build !linux && !windows

package platform

// HostsPath is the hosts file consulted before DNS.
var HostsPath = "/etc/hosts"

// ResolvConfPath is the resolver configuration.
var ResolvConfPath = "/etc/resolv.conf"

// DNSConfig returns the configured DNS servers and search list.
func DNSConfig() (ResolvConf, error) {
	b, err := readFile(ResolvConfPath)
	if err != nil {
		return ResolvConf{}, err
	}
	return ParseResolvConf(b), nil
}

// DefaultGateways is not implemented on this operating system.
func DefaultGateways() ([]Gateway, error) { return nil, ErrNotSupported }

// NeighborState is not implemented on this operating system.
func NeighborState(ip string) (string, error) { return NeighborUnknown, ErrNotSupported }
