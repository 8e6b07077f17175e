//go:build linux

package probes

import (
	"context"
	"encoding/binary"
	"errors"
	"math/rand/v2"
	"net"
	"syscall"
	"time"

	"golang.org/x/net/icmp"
	"golang.org/x/net/ipv6"
	"golang.org/x/sys/unix"
)

// mtuIPv6 says this build measures the path MTU of IPv6 addresses.
const mtuIPv6 = true

// runMTURound6 is runMTURound for IPv6: ICMPv6 echo requests that must
// not be fragmented (IPV6_DONTFRAG, with IPV6_PMTUDISC_PROBE so the
// kernel's cached path MTU is ignored), and ICMPv6 "packet too big" in
// place of ICMPv4's "fragmentation needed".
func runMTURound6(ctx context.Context, dst net.IP, sizes []int, reps int, wait time.Duration) (map[int]bool, *fragInfo, error) {
	pc, err := net.ListenPacket("ip6:ipv6-icmp", "::")
	if err != nil {
		return nil, nil, errors.New("needs administrator rights (root or CAP_NET_RAW)")
	}
	defer pc.Close()
	pc.(*net.IPConn).SetReadBuffer(2 * reps * len(sizes) * maxProbe)
	raw, err := pc.(*net.IPConn).SyscallConn()
	if err != nil {
		return nil, nil, err
	}
	var serr error
	raw.Control(func(fd uintptr) {
		serr = errors.Join(unix.SetsockoptInt(int(fd), unix.IPPROTO_IPV6, unix.IPV6_MTU_DISCOVER, unix.IPV6_PMTUDISC_PROBE),
			unix.SetsockoptInt(int(fd), unix.IPPROTO_IPV6, unix.IPV6_DONTFRAG, 1))
	})
	if serr != nil {
		return nil, nil, serr
	}
	id := rand.IntN(0xffff)
	for rep := 0; rep < reps; rep++ {
		for i, s := range sizes {
			payload := make([]byte, max(s-48, 8)) // 40 bytes of IPv6, 8 of ICMPv6
			msg := icmp.Message{Type: ipv6.ICMPTypeEchoRequest, Body: &icmp.Echo{ID: id, Seq: i, Data: payload}}
			b, _ := msg.Marshal(nil)
			if _, err := pc.WriteTo(b, &net.IPAddr{IP: dst}); err != nil && !errors.Is(err, syscall.EMSGSIZE) {
				return nil, nil, err
			}
		}
	}
	ok := map[int]bool{}
	var frag *fragInfo
	pc.SetReadDeadline(time.Now().Add(wait))
	buf := make([]byte, 65536)
	for len(ok) < len(sizes) && ctx.Err() == nil {
		n, from, err := pc.ReadFrom(buf)
		if err != nil {
			break
		}
		m, err := icmp.ParseMessage(58, buf[:n])
		if err != nil {
			continue
		}
		switch body := m.Body.(type) {
		case *icmp.Echo:
			if m.Type == ipv6.ICMPTypeEchoReply && body.ID == id && body.Seq < len(sizes) {
				ok[sizes[body.Seq]] = true
			}
		case *icmp.PacketTooBig:
			if quotesEcho6(body.Data, dst, id) {
				frag = &fragInfo{from: from.String(), mtu: body.MTU}
			}
		}
	}
	return ok, frag, nil
}

// quotesEcho6 says an ICMPv6 error quotes one of our echo requests to dst.
func quotesEcho6(q []byte, dst net.IP, id int) bool {
	_, _, proto, qdst, ok := quotedPorts6(q)
	return ok && proto == 58 && qdst.Equal(dst) && len(q) >= 46 && int(binary.BigEndian.Uint16(q[44:])) == id
}
