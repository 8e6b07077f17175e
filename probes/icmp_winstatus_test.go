package probes

import (
	"testing"

	"github.com/conndoctor/conndoctor/internal/failure"
)

// ipStatusCases are IP_STATUS codes and what they must mean, in each
// family; they seed FuzzIPStatus.
var ipStatusCases = []struct {
	status   uint32
	v6       bool
	name     string
	kind     failure.Kind
	answered bool
	// icmp is the ICMP type and code reported ({-1, 0}: none).
	icmp [2]int
	// trace: "hop", "end" (the path ends) or "" (no answer for a trace).
	trace string
}{
	{ipSuccess, false, "IP_SUCCESS", failure.None, true, [2]int{-1, 0}, "end"},
	{ipSuccess, true, "IP_SUCCESS", failure.None, true, [2]int{-1, 0}, "end"},
	{ipTTLExpiredTransit, false, "IP_TTL_EXPIRED_TRANSIT", failure.HostUnreachable, true, [2]int{11, 0}, "hop"},
	{ipTTLExpiredTransit, true, "IP_HOP_LIMIT_EXCEEDED", failure.HostUnreachable, true, [2]int{3, 0}, "hop"},
	{ipTimeExceeded, true, "IP_TIME_EXCEEDED", failure.HostUnreachable, true, [2]int{3, -1}, "hop"},
	{ipDestNetUnreach, false, "IP_DEST_NET_UNREACHABLE", failure.NetUnreachable, true, [2]int{3, 0}, "end"},
	{ipDestNetUnreach, true, "IP_DEST_NO_ROUTE", failure.NetUnreachable, true, [2]int{1, 0}, "end"},
	{ipDestHostUnreach, false, "IP_DEST_HOST_UNREACHABLE", failure.HostUnreachable, true, [2]int{3, 1}, "end"},
	{ipDestHostUnreach, true, "IP_DEST_ADDR_UNREACHABLE", failure.HostUnreachable, true, [2]int{1, 3}, "end"},
	{ipDestProtUnreach, false, "IP_DEST_PROT_UNREACHABLE", failure.HostUnreachable, true, [2]int{3, 13}, "end"},
	{ipDestProtUnreach, true, "IP_DEST_PROHIBITED", failure.HostUnreachable, true, [2]int{1, 1}, "end"},
	{ipDestPortUnreach, false, "IP_DEST_PORT_UNREACHABLE", failure.Refused, true, [2]int{3, 3}, "end"},
	{ipDestPortUnreach, true, "IP_DEST_PORT_UNREACHABLE", failure.Refused, true, [2]int{1, 4}, "end"},
	{11045, true, "IP_DEST_SCOPE_MISMATCH", failure.NetUnreachable, true, [2]int{1, 2}, "end"},
	{11040, true, "IP_DEST_UNREACHABLE", failure.HostUnreachable, true, [2]int{1, -1}, "end"},
	{ipPacketTooBig, false, "IP_PACKET_TOO_BIG", failure.Unknown, true, [2]int{3, 4}, ""},
	{ipPacketTooBig, true, "IP_PACKET_TOO_BIG", failure.Unknown, true, [2]int{2, 0}, ""},
	{ipReqTimedOut, false, "IP_REQ_TIMED_OUT", failure.TimedOut, true, [2]int{-1, 0}, ""},
	{ipReqTimedOut, true, "IP_REQ_TIMED_OUT", failure.TimedOut, true, [2]int{-1, 0}, ""},
	{ipGeneralFailure, false, "IP_GENERAL_FAILURE", failure.Unknown, false, [2]int{-1, 0}, ""},
	{11001, false, "IP_BUF_TOO_SMALL", failure.Unknown, false, [2]int{-1, 0}, ""},
	{11006, true, "IP_NO_RESOURCES", failure.NoBuffers, false, [2]int{-1, 0}, ""},
	{11018, false, "IP_BAD_DESTINATION", failure.Unknown, false, [2]int{-1, 0}, ""},
	{11099, false, "", failure.Unknown, false, [2]int{-1, 0}, ""},
}

func TestIPStatus(t *testing.T) {
	for _, c := range ipStatusCases {
		st := ipStatusOf(c.status)
		f := st.failure(c.status, c.v6, "IcmpSendEcho2")
		if st.name(c.v6) != c.name || st.kind != c.kind || st.answered != c.answered || f.Kind != c.kind || f.Code != c.name || f.Number != c.status {
			t.Errorf("%d (v6 %v): %+v, failure %+v", c.status, c.v6, st, f)
		}
		rep := st.report(c.v6, "192.0.2.1")
		switch {
		case c.icmp[0] < 0 && rep != nil:
			t.Errorf("%d (v6 %v): ICMP report %+v, want none", c.status, c.v6, rep)
		case c.icmp[0] >= 0 && (rep == nil || rep.Type != c.icmp[0] || rep.Code != c.icmp[1] || rep.From != "192.0.2.1" || rep.Text == ""):
			t.Errorf("%d (v6 %v): ICMP report %+v, want %v", c.status, c.v6, rep, c.icmp)
		}
		r, ok := windowsReply(traceReply{ttl: 3, from: "192.0.2.1"}, c.status, c.v6)
		trace := ""
		switch {
		case ok && r.final:
			trace = "end"
		case ok:
			trace = "hop"
		}
		if trace != c.trace {
			t.Errorf("%d (v6 %v): traceroute reads %q, want %q", c.status, c.v6, trace, c.trace)
		}
		if trace == "end" && c.status != ipSuccess && (r.icmp == nil || r.note != r.icmp.Text || r.icmp.From != "192.0.2.1") {
			t.Errorf("%d (v6 %v): the end of the path is not named: %+v", c.status, c.v6, r)
		}
	}
}

// Windows' statuses name ICMPv6 messages in ICMPv6's words.
func TestICMPStatusText(t *testing.T) {
	cases := []struct {
		status uint32
		v6     bool
		want   string
	}{
		{ipDestProtUnreach, true, "communication administratively prohibited"},
		{ipDestProtUnreach, false, "communication administratively prohibited"},
		{ipDestHostUnreach, true, "address unreachable"},
		{ipDestNetUnreach, true, "no route to destination"},
		{ipPacketTooBig, true, "packet too big"},
		{ipPacketTooBig, false, "fragmentation needed"},
		{ipTTLExpiredTransit, true, "time exceeded (hop limit exceeded in transit)"},
		{11040, true, "destination unreachable"},
	}
	for _, c := range cases {
		if got := ipStatusOf(c.status).report(c.v6, "").Text; got != c.want {
			t.Errorf("%d (v6 %v): %q, want %q", c.status, c.v6, got, c.want)
		}
	}
}

func FuzzIPStatus(f *testing.F) {
	for _, c := range ipStatusCases {
		f.Add(c.status, c.v6)
	}
	f.Fuzz(func(t *testing.T, status uint32, v6 bool) {
		st := ipStatusOf(status)
		r, ok := windowsReply(traceReply{ttl: 1}, status, v6)
		if ok && r.final && status != ipSuccess && r.icmp == nil {
			t.Fatalf("%d ends a path without an ICMP message", status)
		}
		if !st.answered && ok {
			t.Fatalf("%d failed here but counts as an answer", status)
		}
	})
}
