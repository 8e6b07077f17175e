package probes

import (
	"encoding/binary"
	"errors"
	"fmt"
	"net"
	"time"
)

// The reply buffers of Windows' ICMP API (IcmpSendEcho2, Icmp6SendEcho2),
// read from bytes so that the layout is tested on every OS.
//
// ICMP_ECHO_REPLY (ipexport.h), with p the size of a pointer (8 on 64-bit
// Windows, 4 on 32-bit):
//
//	0  Address  IPAddr (the address bytes in network order)
//	4  Status   IP_STATUS
//	8  RoundTripTime (ms)
//	12 DataSize USHORT, 14 Reserved USHORT (Wine keeps its reply count there)
//	16 Data     pointer into the same buffer
//	16+p        IP_OPTION_INFORMATION: Ttl, Tos, Flags, OptionsSize, then a pointer
//
// ICMPV6_ECHO_REPLY (ICMPV6_ECHO_REPLY_LH) starts with IPV6_ADDRESS_EX, which
// the SDK declares with 1-byte packing (26 bytes):
//
//	0  sin6_port, 2 sin6_flowinfo, 6 sin6_addr (16 bytes), 22 sin6_scope_id
//	28 Status   IP_STATUS (aligned to 4)
//	32 RoundTripTime (ms)
//	36 the echoed data
const (
	echoReply6Size  = 36
	echoReply6Addr  = 6
	echoReply6State = 28
)

// echoReply is one reply read from a Windows ICMP reply buffer.
type echoReply struct {
	// from is the address that answered: the target, or the router whose
	// ICMP error the status stands for.
	from net.IP
	// status is the IP_STATUS code (0: the target answered the echo).
	status uint32
	// rtt is the system's round-trip time, whole milliseconds.
	rtt time.Duration
	// ttl is the TTL of the reply (IPv4 only; 0 when not reported).
	ttl int
	// data is the echoed payload, when the buffer holds it (IPv4 only).
	data []byte
}

// errShortReply means a reply buffer is smaller than its structure.
var errShortReply = errors.New("reply buffer shorter than its structure")

// echoReplySize is the size of ICMP_ECHO_REPLY for a pointer size: 40
// bytes on 64-bit Windows, 28 on 32-bit.
func echoReplySize(ptr int) int {
	if ptr == 8 {
		return 40
	}
	return 28
}

// parseEchoReply4 reads an ICMP_ECHO_REPLY. base is the buffer's address
// in memory (the Data field points into the buffer), ptr the pointer size.
func parseEchoReply4(b []byte, base uint64, ptr int) (echoReply, error) {
	if (ptr != 4 && ptr != 8) || len(b) < echoReplySize(ptr) {
		return echoReply{}, errShortReply
	}
	r := echoReply{
		from:   answerer(net.IPv4(b[0], b[1], b[2], b[3]).To4()),
		status: binary.LittleEndian.Uint32(b[4:]),
		rtt:    time.Duration(binary.LittleEndian.Uint32(b[8:])) * time.Millisecond,
		ttl:    int(b[16+ptr]),
	}
	size := int(binary.LittleEndian.Uint16(b[12:]))
	data := readPtr(b[16:], ptr)
	if size > 0 && data >= base && data-base <= uint64(len(b)) && int(data-base)+size <= len(b) {
		off := int(data - base)
		r.data = b[off : off+size]
	}
	return r, nil
}

// parseEchoReply6 reads an ICMPV6_ECHO_REPLY.
func parseEchoReply6(b []byte) (echoReply, error) {
	if len(b) < echoReply6Size {
		return echoReply{}, errShortReply
	}
	return echoReply{
		from:   answerer(net.IP(append([]byte(nil), b[echoReply6Addr:echoReply6Addr+16]...))),
		status: binary.LittleEndian.Uint32(b[echoReply6State:]),
		rtt:    time.Duration(binary.LittleEndian.Uint32(b[echoReply6State+4:])) * time.Millisecond,
	}, nil
}

// answerer is nil for the unspecified address: a status the system set
// without an answer (a time-out) carries no address.
func answerer(ip net.IP) net.IP {
	if ip.IsUnspecified() {
		return nil
	}
	return ip
}

func readPtr(b []byte, ptr int) uint64 {
	if ptr == 4 {
		return uint64(binary.LittleEndian.Uint32(b))
	}
	return binary.LittleEndian.Uint64(b)
}

// echoReplyBufSize is a reply buffer that holds one reply to a payload
// of n bytes: the structure, the echoed data, 8 bytes for an ICMP error
// (what the API asks for) and room for IP options.
func echoReplyBufSize(n int, v6 bool) int {
	if v6 {
		return echoReply6Size + n + 8 + 64
	}
	return echoReplySize(8) + n + 8 + 64
}

// String shows a reply for test failures.
func (r echoReply) String() string {
	return fmt.Sprintf("%s status %d rtt %s ttl %d data %d bytes", r.from, r.status, r.rtt, r.ttl, len(r.data))
}
