package probes

import (
	"bufio"
	"encoding/binary"
	"encoding/hex"
	"net"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

// capture is one reply buffer captured under Wine (testdata/icmp).
type capture struct {
	name      string
	n         int
	lastError uint32
	base      uint64
	buf       []byte
}

func readCaptures(t testing.TB) map[string]capture {
	t.Helper()
	f, err := os.Open("testdata/icmp/wine8-icmpsendecho2.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	caps := map[string]capture{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var c capture
		fs := strings.Fields(line)
		if len(fs) != 5 {
			t.Fatalf("bad line %q", line)
		}
		c.name = fs[0]
		c.n, _ = strconv.Atoi(fs[1])
		le, _ := strconv.ParseUint(fs[2], 10, 32)
		c.lastError = uint32(le)
		c.base, _ = strconv.ParseUint(fs[3], 0, 64)
		if c.buf, err = hex.DecodeString(fs[4]); err != nil {
			t.Fatal(err)
		}
		caps[c.name] = c
	}
	return caps
}

// TestParseEchoReplyWine reads reply buffers of IcmpSendEcho2 captured
// under Wine 8 in the lab.
func TestParseEchoReplyWine(t *testing.T) {
	caps := readCaptures(t)
	cases := []struct {
		name   string
		from   string
		status uint32
		rtt    time.Duration
		ttl    int
		data   string // the echoed data's start; "" for none
	}{
		{"echo-reply", "10.99.3.10", ipSuccess, 4 * time.Millisecond, 62, "conndoctor-capture-0123456789abc"},
		{"ttl-expired-r1", "10.99.1.1", ipTTLExpiredTransit, 4 * time.Millisecond, 64, ""},
		{"ttl-expired-r2", "10.99.2.2", ipTTLExpiredTransit, 2 * time.Millisecond, 63, ""},
		{"timed-out", "<nil>", ipReqTimedOut, 0, 0, ""},
		{"frag-needed", "10.99.1.1", ipPacketTooBig, 4 * time.Millisecond, 64, ""},
		// The buffer was cut after 56 of the 1472 echoed bytes: the data
		// pointer then points past it and no data is read.
		{"frag-needed-again", "10.99.3.10", ipSuccess, 2 * time.Millisecond, 62, ""},
		{"host-unreachable", "10.99.2.2", ipDestHostUnreach, time.Millisecond, 63, ""},
		{"prohibited", "10.99.2.2", ipDestHostUnreach, time.Millisecond, 63, ""},
	}
	for _, c := range cases {
		cp, ok := caps[c.name]
		if !ok {
			t.Fatalf("no capture %s", c.name)
		}
		r, err := parseEchoReply4(cp.buf, cp.base, 8)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if r.from.String() != c.from || r.status != c.status || r.rtt != c.rtt || r.ttl != c.ttl || !strings.HasPrefix(string(r.data), c.data) || (c.data == "") != (r.data == nil) {
			t.Errorf("%s: %s, want from %s status %d rtt %s ttl %d data %q", c.name, r, c.from, c.status, c.rtt, c.ttl, c.data)
		}
		if cp.n == 0 && cp.lastError != r.status {
			t.Errorf("%s: no reply with last error %d, but the buffer says %d", c.name, cp.lastError, r.status)
		}
	}
}

// reply4 builds an ICMP_ECHO_REPLY for a pointer size, the data after it.
func reply4(ptr int, base uint64, from string, status uint32, rtt uint32, ttl byte, data []byte) []byte {
	size := echoReplySize(ptr)
	b := make([]byte, size+len(data))
	copy(b, net.ParseIP(from).To4())
	binary.LittleEndian.PutUint32(b[4:], status)
	binary.LittleEndian.PutUint32(b[8:], rtt)
	binary.LittleEndian.PutUint16(b[12:], uint16(len(data)))
	if ptr == 8 {
		binary.LittleEndian.PutUint64(b[16:], base+uint64(size))
	} else {
		binary.LittleEndian.PutUint32(b[16:], uint32(base)+uint32(size))
	}
	b[16+ptr] = ttl
	copy(b[size:], data)
	return b
}

// TestParseEchoReply32 reads the 32-bit layout (28 bytes, 4-byte Data
// pointer), which no capture has.
func TestParseEchoReply32(t *testing.T) {
	b := reply4(4, 0x10000, "192.0.2.7", ipSuccess, 9, 55, []byte("abcd"))
	r, err := parseEchoReply4(b, 0x10000, 4)
	if err != nil || r.from.String() != "192.0.2.7" || r.rtt != 9*time.Millisecond || r.ttl != 55 || string(r.data) != "abcd" {
		t.Errorf("got %s, %v", r, err)
	}
	if _, err := parseEchoReply4(b[:27], 0x10000, 4); err == nil {
		t.Error("a 27-byte buffer was read")
	}
	// A Data pointer outside the buffer is not followed.
	binary.LittleEndian.PutUint32(b[16:], 0x20000)
	if r, _ := parseEchoReply4(b, 0x10000, 4); r.data != nil {
		t.Errorf("data read from outside the buffer: %q", r.data)
	}
}

// reply6 builds an ICMPV6_ECHO_REPLY: IPV6_ADDRESS_EX packed to 26 bytes
// (port, flow info, address at 6, scope id at 22), Status at 28 and
// RoundTripTime at 32, as the SDK and the Windows metadata declare it.
// Wine 8 does not implement Icmp6SendEcho2, so no capture exists.
func reply6(from string, status, rtt uint32, data []byte) []byte {
	b := make([]byte, echoReply6Size+len(data))
	binary.BigEndian.PutUint16(b[0:], 0)
	binary.LittleEndian.PutUint32(b[2:], 0)
	if from != "" {
		copy(b[6:22], net.ParseIP(from).To16())
	}
	binary.LittleEndian.PutUint32(b[22:], 0)
	binary.LittleEndian.PutUint32(b[28:], status)
	binary.LittleEndian.PutUint32(b[32:], rtt)
	copy(b[echoReply6Size:], data)
	return b
}

func TestParseEchoReply6(t *testing.T) {
	cases := []struct {
		name   string
		buf    []byte
		from   string
		status uint32
		rtt    time.Duration
	}{
		{"echo reply", reply6("2001:db8:99:3::10", ipSuccess, 3, []byte("conndoctor")), "2001:db8:99:3::10", ipSuccess, 3 * time.Millisecond},
		{"hop limit exceeded", reply6("2001:db8:99:1::1", ipTTLExpiredTransit, 1, nil), "2001:db8:99:1::1", ipTTLExpiredTransit, time.Millisecond},
		{"address unreachable", reply6("2001:db8:99:2::2", ipDestHostUnreach, 2980, nil), "2001:db8:99:2::2", ipDestHostUnreach, 2980 * time.Millisecond},
		{"timed out", reply6("", ipReqTimedOut, 0, nil), "<nil>", ipReqTimedOut, 0},
	}
	for _, c := range cases {
		r, err := parseEchoReply6(c.buf)
		if err != nil || r.from.String() != c.from || r.status != c.status || r.rtt != c.rtt {
			t.Errorf("%s: %s, %v", c.name, r, err)
		}
	}
	if _, err := parseEchoReply6(make([]byte, 35)); err == nil {
		t.Error("a 35-byte buffer was read")
	}
}

// FuzzParseEchoReply: the captures and built replies are the seeds; any
// bytes must parse or fail without reading outside the buffer.
func FuzzParseEchoReply(f *testing.F) {
	for _, c := range readCaptures(f) {
		f.Add(c.buf, c.base, false)
	}
	f.Add(reply4(4, 0x10000, "192.0.2.7", ipSuccess, 9, 55, []byte("abcd")), uint64(0x10000), false)
	f.Add(reply6("2001:db8::1", ipSuccess, 1, []byte("x")), uint64(0), true)
	f.Fuzz(func(t *testing.T, b []byte, base uint64, v6 bool) {
		if v6 {
			parseEchoReply6(b)
			return
		}
		for _, ptr := range []int{4, 8} {
			if r, err := parseEchoReply4(b, base, ptr); err == nil && len(r.data) > len(b) {
				t.Fatalf("data longer than the buffer")
			}
		}
	})
}
