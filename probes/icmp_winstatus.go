package probes

import (
	"github.com/conndoctor/conndoctor/internal/failure"
)

// IP_STATUS codes of Windows' ICMP API (ipexport.h): the Status of a reply,
// or the last error when IcmpSendEcho2 / Icmp6SendEcho2 return no reply.
// IPv6 reuses the IPv4 numbers under its own names where they differ.
const (
	ipSuccess           = 0
	ipDestNetUnreach    = 11002 // IP_DEST_NO_ROUTE for IPv6
	ipDestHostUnreach   = 11003 // IP_DEST_ADDR_UNREACHABLE for IPv6
	ipDestProtUnreach   = 11004 // IP_DEST_PROHIBITED for IPv6
	ipDestPortUnreach   = 11005
	ipPacketTooBig      = 11009
	ipReqTimedOut       = 11010
	ipTTLExpiredTransit = 11013 // IP_HOP_LIMIT_EXCEEDED for IPv6
	ipTimeExceeded      = 11041 // IPv6 only
	ipGeneralFailure    = 11050
)

// ipStatus is what one IP_STATUS code means.
type ipStatus struct {
	// name4 and name6 are the SDK's names (name6 "" when the same).
	name4, name6 string
	// kind is the status in the portable failure vocabulary.
	kind failure.Kind
	// answered says the request went out and the network answered, with
	// an ICMP message or with silence until the time-out. Otherwise the
	// request failed on this computer: it says nothing about the path.
	answered bool
	// t4, c4 and t6, c6 are the ICMPv4 and ICMPv6 type and code the status
	// stands for (type -1: none; code -1: the status does not say).
	t4, c4, t6, c6 int
}

// ipStatuses maps the IP_STATUS codes. Windows gives ICMPv4 "protocol
// unreachable" and "communication administratively prohibited" (RFC 1812)
// one status, 11004; an echo request never meets the first (every host
// speaks ICMP), so to an echo it means the second. Wine 8 reports
// "administratively prohibited" as host unreachable (11003).
var ipStatuses = map[uint32]ipStatus{
	ipSuccess:           {"IP_SUCCESS", "", failure.None, true, -1, 0, -1, 0},
	11001:               {"IP_BUF_TOO_SMALL", "", failure.Unknown, false, -1, 0, -1, 0},
	ipDestNetUnreach:    {"IP_DEST_NET_UNREACHABLE", "IP_DEST_NO_ROUTE", failure.NetUnreachable, true, 3, 0, icmp6DstUnreach, 0},
	ipDestHostUnreach:   {"IP_DEST_HOST_UNREACHABLE", "IP_DEST_ADDR_UNREACHABLE", failure.HostUnreachable, true, 3, 1, icmp6DstUnreach, 3},
	ipDestProtUnreach:   {"IP_DEST_PROT_UNREACHABLE", "IP_DEST_PROHIBITED", failure.HostUnreachable, true, 3, 13, icmp6DstUnreach, 1},
	ipDestPortUnreach:   {"IP_DEST_PORT_UNREACHABLE", "", failure.Refused, true, 3, 3, icmp6DstUnreach, 4},
	11006:               {"IP_NO_RESOURCES", "", failure.NoBuffers, false, -1, 0, -1, 0},
	11007:               {"IP_BAD_OPTION", "", failure.Unknown, false, -1, 0, -1, 0},
	11008:               {"IP_HW_ERROR", "", failure.NetworkDown, false, -1, 0, -1, 0},
	ipPacketTooBig:      {"IP_PACKET_TOO_BIG", "", failure.Unknown, true, 3, 4, 2, 0},
	ipReqTimedOut:       {"IP_REQ_TIMED_OUT", "", failure.TimedOut, true, -1, 0, -1, 0},
	11011:               {"IP_BAD_REQ", "", failure.Unknown, false, -1, 0, -1, 0},
	11012:               {"IP_BAD_ROUTE", "", failure.NetUnreachable, true, 3, 5, -1, 0},
	ipTTLExpiredTransit: {"IP_TTL_EXPIRED_TRANSIT", "IP_HOP_LIMIT_EXCEEDED", failure.HostUnreachable, true, 11, 0, 3, 0},
	11014:               {"IP_TTL_EXPIRED_REASSEM", "IP_REASSEMBLY_TIME_EXCEEDED", failure.TimedOut, true, 11, 1, 3, 1},
	11015:               {"IP_PARAM_PROBLEM", "IP_PARAMETER_PROBLEM", failure.Unknown, true, 12, 0, 4, 0},
	11016:               {"IP_SOURCE_QUENCH", "", failure.NoBuffers, true, 4, 0, -1, 0},
	11017:               {"IP_OPTION_TOO_BIG", "", failure.Unknown, false, -1, 0, -1, 0},
	11018:               {"IP_BAD_DESTINATION", "", failure.Unknown, false, -1, 0, -1, 0},
	11040:               {"IP_DEST_UNREACHABLE", "", failure.HostUnreachable, true, -1, 0, icmp6DstUnreach, -1},
	ipTimeExceeded:      {"IP_TIME_EXCEEDED", "", failure.HostUnreachable, true, -1, 0, 3, -1},
	11042:               {"IP_BAD_HEADER", "", failure.Unknown, true, -1, 0, 4, 0},
	11043:               {"IP_UNRECOGNIZED_NEXT_HEADER", "", failure.Unknown, true, -1, 0, 4, 1},
	11044:               {"IP_ICMP_ERROR", "", failure.Unknown, true, -1, 0, -1, 0},
	11045:               {"IP_DEST_SCOPE_MISMATCH", "", failure.NetUnreachable, true, -1, 0, icmp6DstUnreach, 2},
	ipGeneralFailure:    {"IP_GENERAL_FAILURE", "", failure.Unknown, false, -1, 0, -1, 0},
	11255:               {"IP_PENDING", "", failure.Unknown, false, -1, 0, -1, 0},
}

// ipStatusOf looks a code up; an unknown code is a local failure of
// unknown kind.
func ipStatusOf(code uint32) ipStatus {
	if s, ok := ipStatuses[code]; ok {
		return s
	}
	return ipStatus{kind: failure.Unknown, t4: -1, t6: -1}
}

// isIPStatus says a number is in the IP_STATUS range rather than a Win32
// error (the last error of IcmpSendEcho2 can be either).
func isIPStatus(code uint32) bool { return code > 11000 && code <= 11255 }

// name is the SDK's name of the status in the family's terms.
func (s ipStatus) name(v6 bool) string {
	if v6 && s.name6 != "" {
		return s.name6
	}
	return s.name4
}

// failure is the status as a classified failure of op.
func (s ipStatus) failure(code uint32, v6 bool, op string) failure.Failure {
	return failure.Failure{Kind: s.kind, Op: op, Code: s.name(v6), Number: code}
}

// report is the ICMP message the status stands for, sent by from; nil when
// the status is no ICMP message. Its code is -1 when the status does not
// say it (so that no code's meaning is read into it).
func (s ipStatus) report(v6 bool, from string) *ICMPReport {
	typ, code := s.t4, s.c4
	if v6 {
		typ, code = s.t6, s.c6
	}
	if typ < 0 {
		return nil
	}
	return &ICMPReport{From: from, Type: typ, Code: code, Text: icmpStatusText(v6, typ, code)}
}

// unreachable says the status is a "destination unreachable": the end of
// a path.
func (s ipStatus) unreachable(v6 bool) bool {
	if v6 {
		return s.t6 == icmp6DstUnreach
	}
	return s.t4 == 3 && s.c4 != 4 // "fragmentation needed" does not end a path
}

// timeExceeded says a router on the way answered "time exceeded": a hop.
func (s ipStatus) timeExceeded(v6 bool) bool {
	if v6 {
		return s.t6 == 3 && s.c6 <= 0
	}
	return s.t4 == 11 && s.c4 == 0
}

// icmpStatusText names an ICMP message of either family; code -1 is "the
// status does not say".
func icmpStatusText(v6 bool, typ, code int) string {
	if !v6 {
		return icmpText(typ, code)
	}
	switch {
	case typ == icmp6DstUnreach && code >= 0:
		return icmp6Text(code)
	case typ == icmp6DstUnreach:
		return "destination unreachable"
	case typ == 2:
		return "packet too big"
	case typ == 3:
		return "time exceeded (hop limit exceeded in transit)"
	case typ == 4:
		return "parameter problem"
	}
	return "ICMPv6 error"
}
