package probes

import (
	"strconv"
	"time"
)

// Winsock error numbers (WSAE*), kept here so the mapping is tested on
// every OS.
const (
	wsaeConnRefused = 10061
	wsaeTimedOut    = 10060
	wsaeHostUnreach = 10065
	wsaeNetUnreach  = 10051
)

// classifyWinsock maps a Winsock error number to a port state and its name.
func classifyWinsock(code uint32, took time.Duration) (PortState, string) {
	switch code {
	case wsaeConnRefused:
		return PortRefused, "WSAECONNREFUSED"
	case wsaeTimedOut:
		return PortFiltered, "WSAETIMEDOUT"
	case wsaeHostUnreach:
		if took < 2500*time.Millisecond {
			return PortRejected, "WSAEHOSTUNREACH"
		}
		return PortUnreachable, "WSAEHOSTUNREACH"
	case wsaeNetUnreach:
		return PortNoRoute, "WSAENETUNREACH"
	}
	return PortError, "WSA error " + strconv.FormatUint(uint64(code), 10)
}
