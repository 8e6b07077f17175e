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
		{tcpAttempt{done: true, err: unreach, icmp: &ICMPReport{From: "10.99.1.1", Type: 11}}, nil, true, "10.99.1.1", false, ""},
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
