//go:build linux

package probes

import (
	"context"
	"encoding/binary"
	"errors"
	"math/rand/v2"
	"net"
	"os"
	"time"

	"golang.org/x/net/icmp"
	"golang.org/x/net/ipv4"
	"golang.org/x/net/ipv6"
	"golang.org/x/sys/unix"
)

// runTrace sends every probe at once and collects answers on a raw ICMP
// socket (root or CAP_NET_RAW) until the collector is complete or ctx ends.
func runTrace(ctx context.Context, mode string, dst net.IP, port int, o TraceOptions, col *collector) error {
	v6 := dst.To4() == nil
	network, any := "ip4:icmp", "0.0.0.0"
	if v6 {
		network, any = "ip6:ipv6-icmp", "::"
	} else {
		dst = dst.To4()
	}
	conn, err := icmp.ListenPacket(network, any)
	if err != nil {
		return errors.New("needs administrator rights (root or CAP_NET_RAW) to read ICMP replies")
	}
	defer conn.Close()
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	// Readers start once every probe is sent, so the probe tables are only
	// read concurrently; answers that come early wait in the socket buffer.
	t := &linuxTrace{dst: dst, v6: v6, port: port, o: o, col: col, conn: conn,
		replies: make(chan traceReply, o.Probes*o.MaxTTL+8),
		id:      rand.IntN(0xffff), sentAt: map[int]time.Time{}, tcp: map[int]tcpProbe{}}
	switch mode {
	case TraceTCP:
		defer t.closeTCP()
		if err := t.sendTCP(); err != nil {
			return err
		}
		go t.pollTCP(ctx)
	default:
		if err := t.sendEcho(); err != nil {
			return err
		}
	}
	go t.readICMP(ctx)
	return t.collect(ctx)
}

type tcpProbe struct {
	fd  int
	ttl int
	at  time.Time
	// done is set when connect answered at once (refused on loopback).
	done bool
}

type linuxTrace struct {
	dst     net.IP
	v6      bool // IPv6: ICMPv6, hop limits, IPv6 quotes
	port    int
	o       TraceOptions
	col     *collector
	conn    *icmp.PacketConn
	replies chan traceReply
	id      int
	sentAt  map[int]time.Time // ICMP: by sequence number
	tcp     map[int]tcpProbe  // TCP: by local port
}

// seq packs TTL and probe index into an echo sequence number.
func seq(ttl, i int) int { return ttl<<3 | i }

func (t *linuxTrace) sendEcho() error {
	var echo icmp.Type
	var setTTL func(int) error
	if t.v6 {
		echo, setTTL = ipv6.ICMPTypeEchoRequest, t.conn.IPv6PacketConn().SetHopLimit
	} else {
		echo, setTTL = ipv4.ICMPTypeEcho, t.conn.IPv4PacketConn().SetTTL
	}
	for i := 0; i < t.o.Probes; i++ {
		for ttl := 1; ttl <= t.o.MaxTTL; ttl++ {
			// The kernel fills in the ICMPv6 checksum.
			msg := icmp.Message{Type: echo, Body: &icmp.Echo{ID: t.id, Seq: seq(ttl, i), Data: []byte("conndoctor-trace")}}
			b, err := msg.Marshal(nil)
			if err != nil {
				return err
			}
			if err := setTTL(ttl); err != nil {
				return err
			}
			t.sentAt[seq(ttl, i)] = time.Now()
			if _, err := t.conn.WriteTo(b, &net.IPAddr{IP: t.dst}); err != nil {
				return err
			}
			t.col.noteSent(ttl)
		}
	}
	return nil
}

// sendTCP opens one non-blocking socket per probe with its TTL set, and
// starts a connect (a SYN) on each.
func (t *linuxTrace) sendTCP() error {
	sa, family := sockaddr(t.dst, t.port)
	level, opt, any := unix.IPPROTO_IP, unix.IP_TTL, unix.Sockaddr(&unix.SockaddrInet4{})
	if t.v6 {
		level, opt, any = unix.IPPROTO_IPV6, unix.IPV6_UNICAST_HOPS, &unix.SockaddrInet6{}
	}
	for i := 0; i < t.o.Probes; i++ {
		for ttl := 1; ttl <= t.o.MaxTTL; ttl++ {
			fd, err := unix.Socket(family, unix.SOCK_STREAM|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, 0)
			if err != nil {
				return err
			}
			if err := unix.SetsockoptInt(fd, level, opt, ttl); err != nil {
				unix.Close(fd)
				return err
			}
			// Bind first, so the source port is known before the SYN leaves
			// and an early ICMP answer can be matched.
			if err := unix.Bind(fd, any); err != nil {
				unix.Close(fd)
				return err
			}
			lport := localPort(fd)
			t.tcp[lport] = tcpProbe{fd: fd, ttl: ttl, at: time.Now()}
			t.col.noteSent(ttl)
			if err := unix.Connect(fd, sa); err != nil && !errors.Is(err, unix.EINPROGRESS) {
				e := errnoOf(err)
				if e != unix.ECONNREFUSED {
					// Refused by this computer before anything was sent (no
					// route, a local firewall): the trace cannot run, and a
					// socket that never connected must not be polled (its
					// SO_ERROR reads 0, which looked like "port open").
					return os.NewSyscallError("connect", err)
				}
				p := t.tcp[lport]
				p.done = true
				t.tcp[lport] = p
				t.replies <- t.tcpOutcome(lport, e)
			}
		}
	}
	return nil
}

// tcpOutcome turns a finished connect into a reply: a completed handshake or
// a reset means the destination itself answered.
func (t *linuxTrace) tcpOutcome(lport int, e unix.Errno) traceReply {
	p := t.tcp[lport]
	r := traceReply{ttl: p.ttl, rtt: time.Since(p.at), from: t.dst.String(), final: true}
	switch e {
	case 0:
		r.note = "port open"
	case unix.ECONNREFUSED:
		r.note = "port closed"
	default:
		return traceReply{ttl: -1} // ICMP errors are read from the raw socket
	}
	return r
}

// pollTCP reports sockets whose connect finished.
func (t *linuxTrace) pollTCP(ctx context.Context) {
	pending := map[int]bool{}
	for lp, p := range t.tcp {
		if !p.done {
			pending[lp] = true
		}
	}
	for ctx.Err() == nil && len(pending) > 0 {
		var fds []unix.PollFd
		var ports []int
		for lp := range pending {
			fds = append(fds, unix.PollFd{Fd: int32(t.tcp[lp].fd), Events: unix.POLLOUT})
			ports = append(ports, lp)
		}
		n, err := unix.Poll(fds, 20)
		if err != nil && !errors.Is(err, unix.EINTR) {
			return
		}
		for i := 0; n > 0 && i < len(fds); i++ {
			if fds[i].Revents == 0 {
				continue
			}
			delete(pending, ports[i])
			v, _ := unix.GetsockoptInt(int(fds[i].Fd), unix.SOL_SOCKET, unix.SO_ERROR)
			if r := t.tcpOutcome(ports[i], unix.Errno(v)); r.ttl > 0 {
				select {
				case t.replies <- r:
				case <-ctx.Done():
					return
				}
			}
		}
	}
}

func (t *linuxTrace) closeTCP() {
	for _, p := range t.tcp {
		unix.Close(p.fd)
	}
}

// readICMP parses every ICMP message and forwards those that answer one of
// this trace's probes.
func (t *linuxTrace) readICMP(ctx context.Context) {
	go func() {
		<-ctx.Done()
		t.conn.SetReadDeadline(time.Now())
	}()
	buf := make([]byte, 1500)
	for {
		n, from, err := t.conn.ReadFrom(buf)
		if err != nil {
			return
		}
		now := time.Now()
		if r, ok := t.match(buf[:n], now); ok {
			r.from = from.(*net.IPAddr).IP.String()
			select {
			case t.replies <- r:
			case <-ctx.Done():
				return
			}
		}
	}
}

// match maps an ICMP message to the probe it answers.
func (t *linuxTrace) match(b []byte, now time.Time) (traceReply, bool) {
	proto, reply := 1, icmp.Type(ipv4.ICMPTypeEchoReply)
	if t.v6 {
		proto, reply = 58, ipv6.ICMPTypeEchoReply
	}
	m, err := icmp.ParseMessage(proto, b)
	if err != nil {
		return traceReply{}, false
	}
	switch body := m.Body.(type) {
	case *icmp.Echo:
		if m.Type != reply || body.ID != t.id {
			return traceReply{}, false
		}
		at, ok := t.sentAt[body.Seq]
		return traceReply{ttl: body.Seq >> 3, rtt: now.Sub(at), final: true, note: "destination"}, ok
	case *icmp.TimeExceeded:
		return t.quoted(body.Data, now, false, 0)
	case *icmp.DstUnreach:
		return t.quoted(body.Data, now, true, m.Code)
	}
	return traceReply{}, false
}

// quoted matches the packet an ICMP error quotes to the probe that sent it.
func (t *linuxTrace) quoted(q []byte, now time.Time, unreach bool, code int) (traceReply, bool) {
	quotes, echoProto := quotedPorts, 1
	if t.v6 {
		quotes, echoProto = quotedPorts6, 58
	}
	sport, _, proto, qdst, ok := quotes(q)
	if !ok || !qdst.Equal(t.dst) {
		return traceReply{}, false
	}
	var r traceReply
	switch proto {
	case echoProto: // our echo: ID and sequence follow type, code and checksum
		ihl := 40
		if !t.v6 {
			ihl = int(q[0]&0x0f) * 4
		}
		if len(q) < ihl+8 || int(binary.BigEndian.Uint16(q[ihl+4:])) != t.id {
			return traceReply{}, false
		}
		sq := int(binary.BigEndian.Uint16(q[ihl+6:]))
		at, ok := t.sentAt[sq]
		if !ok {
			return traceReply{}, false
		}
		r = traceReply{ttl: sq >> 3, rtt: now.Sub(at)}
	case 6:
		p, ok := t.tcp[sport]
		if !ok {
			return traceReply{}, false
		}
		r = traceReply{ttl: p.ttl, rtt: now.Sub(p.at)}
	default:
		return traceReply{}, false
	}
	if unreach {
		r.final, r.icmp = true, &ICMPReport{Type: 3, Code: code, Text: icmpText(3, code)}
		if t.v6 {
			r.icmp = &ICMPReport{Type: icmp6DstUnreach, Code: code, Text: icmp6Text(code)}
		}
		r.note = r.icmp.Text
	}
	return r, true
}

// collect feeds replies to the collector until it is complete or ctx ends.
func (t *linuxTrace) collect(ctx context.Context) error {
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case r := <-t.replies:
			t.col.add(r)
			if t.col.complete(time.Now()) {
				return nil
			}
		case now := <-tick.C:
			if t.col.complete(now) {
				return nil
			}
		case <-ctx.Done():
			return nil
		}
	}
}
