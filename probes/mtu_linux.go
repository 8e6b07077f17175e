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
	"golang.org/x/sys/unix"
)

// runMTURound sends don't-fragment echo requests on a raw socket. The
// socket uses IP_PMTUDISC_PROBE: DF set, and the kernel's cached path MTU
// ignored, so each size really crosses the path.
func runMTURound(ctx context.Context, dst net.IP, sizes []int, reps int, wait time.Duration) (map[int]bool, *fragInfo, error) {
	if dst.To4() == nil {
		return runMTURound6(ctx, dst, sizes, reps, wait)
	}
	pc, err := net.ListenPacket("ip4:icmp", "0.0.0.0")
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
	raw.Control(func(fd uintptr) {
		serr = unix.SetsockoptInt(int(fd), unix.IPPROTO_IP, unix.IP_MTU_DISCOVER, unix.IP_PMTUDISC_PROBE)
	})
	if serr != nil {
		return nil, nil, serr
	}
	id := rand.IntN(0xffff)
	for rep := 0; rep < reps; rep++ {
		for i, s := range sizes {
			payload := make([]byte, max(s-28, 8))
			msg := icmp.Message{Type: ipv4.ICMPTypeEcho, Body: &icmp.Echo{ID: id, Seq: i, Data: payload}}
			b, _ := msg.Marshal(nil)
			if _, err := pc.WriteTo(b, &net.IPAddr{IP: dst}); err != nil && !errors.Is(err, syscall.EMSGSIZE) {
				return nil, nil, err
			}
		}
	}
	ok := map[int]bool{}
	var frag *fragInfo
	deadline := time.Now().Add(wait)
	pc.SetReadDeadline(deadline)
	buf := make([]byte, 65536)
	for len(ok) < len(sizes) && ctx.Err() == nil {
		n, from, err := pc.ReadFrom(buf)
		if err != nil {
			break
		}
		m, err := icmp.ParseMessage(1, buf[:n])
		if err != nil {
			continue
		}
		switch body := m.Body.(type) {
		case *icmp.Echo:
			if m.Type == ipv4.ICMPTypeEchoReply && body.ID == id && body.Seq < len(sizes) {
				ok[sizes[body.Seq]] = true
			}
		case *icmp.DstUnreach:
			if m.Code == 4 && quotesEcho(body.Data, dst, id) && n >= 8 {
				frag = &fragInfo{from: from.String(), mtu: int(binary.BigEndian.Uint16(buf[6:8]))}
			}
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
