package probes

import (
	"encoding/binary"
	"net"
	"testing"

	"golang.org/x/net/icmp"
	"golang.org/x/net/ipv6"

	"github.com/conndoctor/conndoctor/internal/failure"
)

// unreach6 builds an ICMPv6 "destination unreachable" quoting a TCP SYN
// from sport to dst:dport.
func unreach6(t *testing.T, code int, dst net.IP, sport, dport int) []byte {
	t.Helper()
	q := make([]byte, 40+20)
	q[0] = 6 << 4
	q[6] = 6 // next header: TCP
	q[7] = 64
	copy(q[8:24], net.ParseIP("2001:db8:99:1::2"))
	copy(q[24:40], dst.To16())
	binary.BigEndian.PutUint16(q[40:], uint16(sport))
	binary.BigEndian.PutUint16(q[42:], uint16(dport))
	b, err := (&icmp.Message{Type: ipv6.ICMPTypeDestinationUnreachable, Code: code, Body: &icmp.DstUnreach{Data: q}}).Marshal(nil)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestParseTCPUnreach6(t *testing.T) {
	dst := net.ParseIP("2001:db8:99:3::10")
	sport, rep, ok := parseTCPUnreach6(unreach6(t, 1, dst, 40000, 443), dst, 443)
	if !ok || sport != 40000 || !rep.IPv6() || rep.Text != "communication administratively prohibited" {
		t.Fatalf("%d %+v %v", sport, rep, ok)
	}
	if _, _, ok := parseTCPUnreach6(unreach6(t, 1, dst, 40000, 80), dst, 443); ok {
		t.Error("a message about another port matched")
	}
	if _, _, ok := parseTCPUnreach6(unreach6(t, 1, net.ParseIP("2001:db8::1"), 40000, 443), dst, 443); ok {
		t.Error("a message about another address matched")
	}
}

// TestPortStateFromICMPv6: ICMPv6 codes mean what they say, whatever
// errno the kernel made of them.
func TestPortStateFromICMPv6(t *testing.T) {
	for _, c := range []struct {
		kind  failure.Kind
		code  int
		state PortState
	}{
		{failure.HostUnreachable, 3, PortUnreachable}, // address unreachable: neighbour discovery failed
		{failure.Permission, 1, PortRejected},         // administratively prohibited reads as EACCES
		{failure.Refused, 4, PortRejected},            // port unreachable from a reject rule
		{failure.NetUnreachable, 0, PortUnreachable},  // a router has no route
		{failure.Permission, -1, PortBlocked},         // EACCES with no ICMP: this computer
	} {
		var rep *ICMPReport
		if c.code >= 0 {
			rep = &ICMPReport{Type: icmp6DstUnreach, Code: c.code, Text: icmp6Text(c.code)}
		}
		if st, _ := portState(failure.Failure{Kind: c.kind}, rep, 0); st != c.state {
			t.Errorf("%s with ICMPv6 code %d: %s, want %s", c.kind, c.code, st, c.state)
		}
	}
	v4 := &ICMPReport{Type: 3, Code: 1}
	if !v4.HostUnreachable() || v4.IPv6() || (&ICMPReport{Type: 1, Code: 1}).HostUnreachable() {
		t.Error("ICMPv4 and ICMPv6 codes mixed up")
	}
}

// TestParseAddrUnreach: "address unreachable" quoting any packet (here an
// echo request) speaks of the address; "administratively prohibited" for
// another protocol says nothing about TCP.
func TestParseAddrUnreach(t *testing.T) {
	dst := net.ParseIP("2001:db8:99:3::99")
	b := unreach6(t, 3, dst, 0, 0)
	b[8+6] = 58 // the quoted packet is ICMPv6, not TCP
	if rep := parseAddrUnreach(b, dst); rep == nil || !rep.HostUnreachable() {
		t.Errorf("address unreachable not read: %+v", rep)
	}
	b = unreach6(t, 1, dst, 0, 0)
	b[8+6] = 58
	if rep := parseAddrUnreach(b, dst); rep != nil {
		t.Errorf("a refusal of another protocol read as the address's: %+v", rep)
	}
	if rep := parseAddrUnreach(unreach6(t, 3, net.ParseIP("2001:db8::1"), 0, 0), dst); rep != nil {
		t.Error("a message about another address matched")
	}
}
