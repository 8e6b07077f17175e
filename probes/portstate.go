package probes

import (
	"time"

	"github.com/conndoctor/conndoctor/internal/failure"
)

// PortBasis says what a port state rests on.
type PortBasis string

// What a port state can rest on.
const (
	BasisHandshake PortBasis = "handshake"  // the TCP handshake completed
	BasisICMP      PortBasis = "icmp"       // an ICMP message about the attempt was read
	BasisErrorCode PortBasis = "error_code" // the OS's error code for the attempt
	BasisTiming    PortBasis = "timing"     // how long the OS took to give up
	BasisDeadline  PortBasis = "deadline"   // our own deadline passed with no outcome
)

// fastUnreachable is the time under which an "unreachable" error is an ICMP
// answer rather than a failed neighbour (ARP) lookup, which takes about 3 s.
const fastUnreachable = 2500 * time.Millisecond

// portState turns the outcome of a connection attempt — its classified
// failure, the ICMP message seen for it (nil when none was or could be
// read) and how long it took — into a state, and says on what the state
// rests. It is the one place where error codes become port states, on
// every OS.
func portState(f failure.Failure, icmp *ICMPReport, took time.Duration) (PortState, PortBasis) {
	byCode := BasisErrorCode
	if f.Number == 0 {
		byCode = BasisDeadline
	}
	switch f.Kind {
	case failure.None:
		return PortOpen, BasisHandshake
	case failure.Refused:
		if icmp != nil {
			return PortRejected, BasisICMP // a reject rule answering "port unreachable"
		}
		return PortRefused, BasisErrorCode
	case failure.HostUnreachable:
		switch {
		case icmp != nil && icmp.HostUnreachable():
			return PortUnreachable, BasisICMP
		case icmp != nil:
			return PortRejected, BasisICMP
		case took < fastUnreachable:
			return PortRejected, BasisTiming
		}
		return PortUnreachable, BasisTiming
	case failure.NetUnreachable:
		if icmp != nil {
			return PortUnreachable, BasisICMP
		}
		return PortNoRoute, BasisErrorCode
	case failure.TimedOut:
		return PortFiltered, byCode
	case failure.AddrNotAvailable, failure.NoBuffers:
		return PortNoLocalPort, BasisErrorCode
	case failure.AddrInUse:
		// The port check binds only to port 0 (any free port): "in use"
		// there means no local port is free — what Windows answers when its
		// dynamic port range is exhausted.
		if f.Op == "bind" {
			return PortNoLocalPort, BasisErrorCode
		}
	case failure.Permission:
		if icmp != nil {
			return PortRejected, BasisICMP // ICMPv6 "administratively prohibited" reads as EACCES
		}
		return PortBlocked, BasisErrorCode
	}
	return PortError, BasisErrorCode
}
