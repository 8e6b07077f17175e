package engine

import (
	"net"
	"strconv"
)

// preferredAddr picks the address to test from a lookup: the first IPv4
// address, as most programs end up using, else the first address.
func preferredAddr(addrs []string) string {
	for _, a := range addrs {
		if ip := net.ParseIP(a); ip != nil && ip.To4() != nil {
			return a
		}
	}
	return addrs[0]
}

func itoa(n int) string { return strconv.Itoa(n) }

// atoi parses a port number, or returns def.
func atoi(s string, def int) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return def
	}
	return n
}
