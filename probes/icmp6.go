package probes

import (
	"encoding/binary"
	"fmt"
	"net"

	"golang.org/x/net/icmp"
	"golang.org/x/net/ipv6"
)

// ICMPv6 "destination unreachable" is type 1 (ICMPv4's is 3); its codes
// differ from ICMPv4's.
const icmp6DstUnreach = 1

// icmp6Text names ICMPv6 destination-unreachable codes (RFC 4443).
func icmp6Text(code int) string {
	names := map[int]string{
		0: "no route to destination", 1: "communication administratively prohibited", 2: "beyond scope of source address",
		3: "address unreachable", 4: "port unreachable", 5: "source address failed ingress/egress policy", 6: "reject route to destination",
	}
	if n, ok := names[code]; ok {
		return n
	}
	return fmt.Sprintf("destination unreachable (ICMPv6 code %d)", code)
}

// IPv6 says the report is an ICMPv6 message (its type 1 is "destination
// unreachable"; ICMPv4 has no type 1).
func (r *ICMPReport) IPv6() bool { return r.Type == icmp6DstUnreach }

// HostUnreachable says the router found no host at the address on its
// network (ICMPv4 host unreachable or unknown, ICMPv6 address
// unreachable): no answer to its ARP or neighbour discovery.
func (r *ICMPReport) HostUnreachable() bool {
	if r.IPv6() {
		return r.Code == 3
	}
	return r.Type == 3 && (r.Code == 1 || r.Code == 7)
}

// NoRoute says a router has no route onward (ICMPv4 network unreachable
// or unknown, ICMPv6 no route).
func (r *ICMPReport) NoRoute() bool {
	if r.IPv6() {
		return r.Code == 0
	}
	return r.Type == 3 && (r.Code == 0 || r.Code == 6 || r.Code == 11)
}

// quotedPorts6 reads the IPv6 header and first transport bytes an ICMPv6
// error quotes: source and destination port, next header, destination.
// Extension headers are not followed (a probe has none).
func quotedPorts6(q []byte) (sport, dport, proto int, dst net.IP, ok bool) {
	if len(q) < 44 || q[0]>>4 != 6 {
		return 0, 0, 0, nil, false
	}
	sport = int(binary.BigEndian.Uint16(q[40:]))
	dport = int(binary.BigEndian.Uint16(q[42:]))
	return sport, dport, int(q[6]), net.IP(q[24:40]), true
}

// parseTCPUnreach6 reads an ICMPv6 message and, when it is a "destination
// unreachable" quoting a TCP packet to dst:port, returns the quoted source
// port and the report.
func parseTCPUnreach6(b []byte, dst net.IP, port int) (int, *ICMPReport, bool) {
	m, err := icmp.ParseMessage(58, b)
	if err != nil || m.Type != ipv6.ICMPTypeDestinationUnreachable {
		return 0, nil, false
	}
	body, ok := m.Body.(*icmp.DstUnreach)
	if !ok {
		return 0, nil, false
	}
	sport, dport, proto, qdst, ok := quotedPorts6(body.Data)
	if !ok || proto != 6 || dport != port || !qdst.Equal(dst) {
		return 0, nil, false
	}
	return sport, &ICMPReport{Type: icmp6DstUnreach, Code: m.Code, Text: icmp6Text(m.Code)}, true
}

// parseAddrUnreach reads an ICMPv4 or ICMPv6 "destination unreachable"
// that quotes any packet to dst and says the address itself cannot be
// reached (host or address unreachable, no route); nil otherwise.
func parseAddrUnreach(b []byte, dst net.IP) *ICMPReport {
	v6 := dst.To4() == nil
	proto, quotes := 1, quotedPorts
	if v6 {
		proto, quotes = 58, quotedPorts6
	}
	m, err := icmp.ParseMessage(proto, b)
	if err != nil {
		return nil
	}
	body, ok := m.Body.(*icmp.DstUnreach)
	if !ok {
		return nil
	}
	rep := &ICMPReport{Type: 3, Code: m.Code, Text: icmpText(3, m.Code)}
	if v6 {
		rep = &ICMPReport{Type: icmp6DstUnreach, Code: m.Code, Text: icmp6Text(m.Code)}
	}
	if _, _, _, qdst, ok := quotes(body.Data); !ok || !qdst.Equal(dst) || !(rep.HostUnreachable() || rep.NoRoute()) {
		return nil
	}
	return rep
}
