package probes

import (
	"errors"
	"net"
	"testing"

	"github.com/conndoctor/conndoctor/internal/failure"
)

// TestTCPTraceReply: what one TCP attempt with a TTL says about the path.
func TestTCPTraceReply(t *testing.T) {
	dst := net.ParseIP("10.99.3.10")
	unreach := failure.Failure{Kind: failure.HostUnreachable, Code: "WSAEHOSTUNREACH", Number: 10065}
	cases := []struct {
		a     tcpAttempt
		err   error
		ok    bool
		from  string
		final bool
		note  string
	}{
		{tcpAttempt{done: true, err: unreach, icmp: &ICMPReport{From: "10.99.1.1", Type: 11}, hop: true}, nil, true, "10.99.1.1", false, ""},
		{tcpAttempt{done: true, err: unreach, icmp: &ICMPReport{From: "10.99.2.2", Type: 3, Code: 13, Text: "communication administratively prohibited"}}, nil, true, "10.99.2.2", true, "communication administratively prohibited"},
		{tcpAttempt{done: true}, nil, true, "10.99.3.10", true, "port open"},
		{tcpAttempt{done: true, err: failure.Failure{Kind: failure.Refused, Number: 10061}}, nil, true, "10.99.3.10", true, "port closed"},
		{tcpAttempt{}, nil, false, "", false, ""}, // no answer in time
		{tcpAttempt{done: true, err: failure.Failure{Kind: failure.NoBuffers}}, nil, false, "", false, ""},
		{tcpAttempt{}, errors.New("setup"), false, "", false, ""},
	}
	for i, c := range cases {
		r, ok := tcpTraceReply(c.a, c.err, 3, dst)
		if ok != c.ok || ok && (r.from != c.from || r.final != c.final || r.note != c.note || r.ttl != 3) {
			t.Errorf("case %d: %+v %v", i, r, ok)
		}
	}
}

// TestICMPErrorReport: the ICMP message behind a failed attempt (Windows'
// TCP_ICMP_ERROR_INFO), in either family's numbering.
func TestICMPErrorReport(t *testing.T) {
	cases := []struct {
		from      string
		v6        bool
		typ, code int
		hop       bool
		text      string
		hostUnr   bool
		noRoute   bool
	}{
		{"10.99.1.1", false, 11, 0, true, "time exceeded (TTL expired in transit)", false, false},
		{"10.99.2.2", false, 3, 13, false, "communication administratively prohibited", false, false},
		{"10.99.2.2", false, 3, 1, false, "host unreachable", true, false},
		{"10.99.2.2", false, 3, 0, false, "network unreachable", false, true},
		{"2001:db8:99:1::1", true, 3, 0, true, "time exceeded (hop limit exceeded in transit)", false, false},
		{"2001:db8:99:2::2", true, 1, 1, false, "communication administratively prohibited", false, false},
		{"2001:db8:99:2::2", true, 1, 3, false, "address unreachable", true, false},
		{"2001:db8:99:2::2", true, 1, 0, false, "no route to destination", false, true},
		{"2001:db8:99:2::2", true, 2, 0, false, "packet too big", false, false},
	}
	for _, c := range cases {
		rep, hop := icmpErrorReport(net.ParseIP(c.from), c.v6, c.typ, c.code)
		if hop != c.hop || rep.From != c.from || rep.Text != c.text {
			t.Errorf("%s v6=%v %d/%d: %+v hop %v, want %q hop %v", c.from, c.v6, c.typ, c.code, rep, hop, c.text, c.hop)
		}
		if !hop && (rep.HostUnreachable() != c.hostUnr || rep.NoRoute() != c.noRoute) {
			t.Errorf("%s %d/%d: host unreachable %v, no route %v", c.from, c.typ, c.code, rep.HostUnreachable(), rep.NoRoute())
		}
	}
}
