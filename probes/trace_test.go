package probes

import (
	"encoding/binary"
	"net"
	"testing"
	"time"
)

func ms(n int) time.Duration { return time.Duration(n) * time.Millisecond }

func TestCollector(t *testing.T) {
	o := TraceOptions{MaxTTL: 5, Probes: 2, Grace: ms(100)}.withDefaults(TraceICMP)
	cases := []struct {
		name     string
		replies  []traceReply
		reached  bool
		lastTTL  int
		lastAddr string
		hops     int
		complete bool
		unreach  bool
	}{
		{name: "reached, all answered", complete: true, reached: true, lastTTL: 3, lastAddr: "10.0.0.9", hops: 3,
			replies: []traceReply{
				{ttl: 1, from: "10.0.0.1", rtt: ms(1)}, {ttl: 1, from: "10.0.0.1", rtt: ms(1)},
				{ttl: 2, from: "10.0.1.1", rtt: ms(2)}, {ttl: 2, from: "10.0.1.1", rtt: ms(2)},
				{ttl: 3, from: "10.0.0.9", rtt: ms(3), final: true}, {ttl: 3, from: "10.0.0.9", rtt: ms(3), final: true},
			}},
		{name: "destination's second reply still due: wait", complete: false, reached: true, lastTTL: 3, lastAddr: "10.0.0.9", hops: 3,
			replies: []traceReply{
				{ttl: 1, from: "10.0.0.1"}, {ttl: 1, from: "10.0.0.1"}, {ttl: 2, from: "10.0.1.1"}, {ttl: 2, from: "10.0.1.1"},
				{ttl: 3, from: "10.0.0.9", final: true},
			}},
		{name: "reached, hop 2 silent: wait for grace", complete: false, reached: true, lastTTL: 3, lastAddr: "10.0.0.9", hops: 3,
			replies: []traceReply{
				{ttl: 1, from: "10.0.0.1"}, {ttl: 1, from: "10.0.0.1"},
				{ttl: 3, from: "10.0.0.9", final: true},
			}},
		{name: "dies after hop 1", complete: false, reached: false, lastTTL: 1, lastAddr: "10.0.0.1", hops: 2,
			replies: []traceReply{{ttl: 1, from: "10.0.0.1"}, {ttl: 1, from: "10.0.0.1"}}},
		{name: "nothing answers", lastTTL: 0, hops: 1},
		{name: "router says unreachable", complete: false, unreach: true, lastTTL: 2, lastAddr: "10.0.1.1", hops: 2,
			replies: []traceReply{
				{ttl: 1, from: "10.0.0.1"}, {ttl: 1, from: "10.0.0.1"},
				{ttl: 2, from: "10.0.1.1", final: true, icmp: &ICMPReport{Type: 3, Code: 1}},
			}},
		{name: "duplicates ignored", complete: true, reached: true, lastTTL: 1, lastAddr: "10.0.0.9", hops: 1,
			replies: []traceReply{{ttl: 1, from: "10.0.0.9", final: true}, {ttl: 1, from: "10.0.0.9", final: true}, {ttl: 1, from: "10.0.0.9", final: true}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			col := newCollector(o)
			for p := 0; p < o.Probes; p++ {
				for ttl := 1; ttl <= o.MaxTTL; ttl++ {
					col.noteSent(ttl)
				}
			}
			for _, r := range c.replies {
				col.add(r)
			}
			if got := col.complete(time.Now()); got != c.complete {
				t.Errorf("complete = %v, want %v", got, c.complete)
			}
			if (c.reached || c.unreach) && !col.complete(time.Now().Add(o.Grace)) {
				t.Error("not complete after the grace period")
			}
			var r TraceResult
			col.fill(&r)
			if r.Reached != c.reached || r.LastTTL != c.lastTTL || r.LastAddr != c.lastAddr || len(r.Hops) != c.hops {
				t.Errorf("got reached %v last %d %q hops %d; want %v %d %q %d", r.Reached, r.LastTTL, r.LastAddr, len(r.Hops), c.reached, c.lastTTL, c.lastAddr, c.hops)
			}
			if (r.Unreach != nil) != c.unreach {
				t.Errorf("unreach = %v", r.Unreach)
			}
			for _, h := range r.Hops {
				if h.Recv > h.Sent || h.Loss < 0 || h.Loss > 100 {
					t.Errorf("hop %+v has impossible counts", h)
				}
			}
		})
	}
}

// quote builds the IPv4 header + 8 bytes an ICMP error quotes.
func quote(proto byte, dst net.IP, sport, dport int) []byte {
	q := make([]byte, 28)
	q[0] = 0x45
	q[9] = proto
	copy(q[16:20], dst.To4())
	binary.BigEndian.PutUint16(q[20:], uint16(sport))
	binary.BigEndian.PutUint16(q[22:], uint16(dport))
	return q
}

func TestQuotedPorts(t *testing.T) {
	dst := net.ParseIP("10.9.0.5")
	sp, dp, proto, qd, ok := quotedPorts(quote(6, dst, 40000, 443))
	if !ok || sp != 40000 || dp != 443 || proto != 6 || !qd.Equal(dst) {
		t.Errorf("got %d %d %d %v %v", sp, dp, proto, qd, ok)
	}
	for _, bad := range [][]byte{nil, make([]byte, 10), append([]byte{0x65}, make([]byte, 27)...), append([]byte{0x4f}, make([]byte, 27)...)} {
		if _, _, _, _, ok := quotedPorts(bad); ok {
			t.Errorf("quotedPorts(% x) accepted", bad)
		}
	}
}

func TestParseTCPUnreach(t *testing.T) {
	dst := net.ParseIP("10.9.0.5").To4()
	msg := func(typ, code byte, q []byte) []byte {
		return append([]byte{typ, code, 0, 0, 0, 0, 0, 0}, q...)
	}
	sport, rep, ok := parseTCPUnreach(msg(3, 13, quote(6, dst, 40000, 443)), dst, 443)
	if !ok || sport != 40000 || rep.Code != 13 || rep.Text != "communication administratively prohibited" {
		t.Errorf("admin prohibited: %d %+v %v", sport, rep, ok)
	}
	for name, b := range map[string][]byte{
		"other port":    msg(3, 13, quote(6, dst, 40000, 80)),
		"other address": msg(3, 13, quote(6, net.ParseIP("10.9.0.6"), 40000, 443)),
		"udp":           msg(3, 3, quote(17, dst, 40000, 443)),
		"time exceeded": msg(11, 0, quote(6, dst, 40000, 443)),
		"garbage":       {1, 2, 3},
	} {
		if _, _, ok := parseTCPUnreach(b, dst, 443); ok {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestIcmpText(t *testing.T) {
	cases := map[[2]int]string{
		{3, 1}: "host unreachable", {3, 3}: "port unreachable", {3, 13}: "communication administratively prohibited",
		{3, 99}: "destination unreachable (code 99)", {11, 0}: "time exceeded (TTL expired in transit)", {5, 0}: "ICMP type 5 code 0",
	}
	for k, want := range cases {
		if got := icmpText(k[0], k[1]); got != want {
			t.Errorf("icmpText(%v) = %q, want %q", k, got, want)
		}
	}
}
