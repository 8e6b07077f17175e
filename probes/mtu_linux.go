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
	"golang.org/x/net/ipv4"
	"golang.org/x/net/ipv6"
	"golang.org/x/sys/unix"
)

// mtuIPv6 says this build measures the path MTU of IPv6 addresses.
const mtuIPv6 = true

// mtuFamily is what differs between IPv4 and IPv6 in a round.
type mtuFamily struct {
	network, any string
	// proto is the ICMP protocol number; header the IP and ICMP header bytes.
	proto, header int
	echo, reply   icmp.Type
	// dontFragment makes the socket send every size unfragmented, ignoring
	// the kernel's cached path MTU, so each size really crosses the path.
	dontFragment func(fd int) error
	// tooBig reads "fragmentation needed" (ICMPv4) or "packet too big"
	// (ICMPv6) when it quotes one of our requests to dst; nil otherwise.
	tooBig func(m *icmp.Message, b []byte, from net.Addr, dst net.IP, id int) *fragInfo
}

var (
	mtuV4 = mtuFamily{network: "ip4:icmp", any: "0.0.0.0", proto: 1, header: 28, echo: ipv4.ICMPTypeEcho, reply: ipv4.ICMPTypeEchoReply,
		dontFragment: func(fd int) error {
			return unix.SetsockoptInt(fd, unix.IPPROTO_IP, unix.IP_MTU_DISCOVER, unix.IP_PMTUDISC_PROBE)
		},
		tooBig: func(m *icmp.Message, b []byte, from net.Addr, dst net.IP, id int) *fragInfo {
			if body, ok := m.Body.(*icmp.DstUnreach); ok && m.Code == 4 && quotesEcho(body.Data, dst, id) && len(b) >= 8 {
				return &fragInfo{from: from.String(), mtu: int(binary.BigEndian.Uint16(b[6:8]))}
			}
			return nil
		}}
	mtuV6 = mtuFamily{network: "ip6:ipv6-icmp", any: "::", proto: 58, header: 48, echo: ipv6.ICMPTypeEchoRequest, reply: ipv6.ICMPTypeEchoReply,
		dontFragment: func(fd int) error {
			return errors.Join(unix.SetsockoptInt(fd, unix.IPPROTO_IPV6, unix.IPV6_MTU_DISCOVER, unix.IPV6_PMTUDISC_PROBE),
				unix.SetsockoptInt(fd, unix.IPPROTO_IPV6, unix.IPV6_DONTFRAG, 1))
		},
		tooBig: func(m *icmp.Message, _ []byte, from net.Addr, dst net.IP, id int) *fragInfo {
			if body, ok := m.Body.(*icmp.PacketTooBig); ok && quotesEcho6(body.Data, dst, id) {
				return &fragInfo{from: from.String(), mtu: body.MTU}
			}
			return nil
		}}
)

// runMTURound sends don't-fragment echo requests on a raw socket (root or
// CAP_NET_RAW) and reads the echo replies and the routers' "fragmentation
// needed" (ICMPv4) or "packet too big" (ICMPv6).
func runMTURound(ctx context.Context, dst net.IP, sizes []int, reps int, wait time.Duration) (map[int]bool, *fragInfo, error) {
	fam := mtuV4
	if dst.To4() == nil {
		fam = mtuV6
	}
	pc, err := net.ListenPacket(fam.network, fam.any)
	if err != nil {
		return nil, nil, errors.New("needs administrator rights (root or CAP_NET_RAW)")
	}
	defer pc.Close()
	// The replies to every probe must fit in the receive buffer, or large
	// ones would be dropped here and look like a black hole.
	pc.(*net.IPConn).SetReadBuffer(2 * reps * len(sizes) * maxProbe)
	raw, err := pc.(*net.IPConn).SyscallConn()
	if err != nil {
		return nil, nil, err
	}
	var serr error
	raw.Control(func(fd uintptr) { serr = fam.dontFragment(int(fd)) })
	if serr != nil {
		return nil, nil, serr
	}
	id := rand.IntN(0xffff)
	for rep := 0; rep < reps; rep++ {
		for i, s := range sizes {
			msg := icmp.Message{Type: fam.echo, Body: &icmp.Echo{ID: id, Seq: i, Data: make([]byte, max(s-fam.header, 8))}}
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
		m, err := icmp.ParseMessage(fam.proto, buf[:n])
		if err != nil {
			continue
		}
		if body, isEcho := m.Body.(*icmp.Echo); isEcho {
			if m.Type == fam.reply && body.ID == id && body.Seq < len(sizes) {
				ok[sizes[body.Seq]] = true
			}
		} else if f := fam.tooBig(m, buf[:n], from, dst, id); f != nil {
			frag = f
		}
	}
	return ok, frag, nil
}

// quotesEcho says an ICMP error quotes one of our echo requests to dst.
func quotesEcho(q []byte, dst net.IP, id int) bool {
	_, _, proto, qdst, ok := quotedPorts(q)
	if !ok || proto != 1 || !qdst.Equal(dst) {
		return false
	}
	ihl := int(q[0]&0x0f) * 4
	return len(q) >= ihl+6 && int(binary.BigEndian.Uint16(q[ihl+4:])) == id
}

// quotesEcho6 says an ICMPv6 error quotes one of our echo requests to dst.
func quotesEcho6(q []byte, dst net.IP, id int) bool {
	_, _, proto, qdst, ok := quotedPorts6(q)
	return ok && proto == 58 && qdst.Equal(dst) && len(q) >= 46 && int(binary.BigEndian.Uint16(q[44:])) == id
}
