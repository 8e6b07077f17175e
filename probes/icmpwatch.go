package probes

import (
	"context"
	"encoding/binary"
	"net"
	"sync"
	"time"

	"golang.org/x/net/icmp"
	"golang.org/x/net/ipv4"
)

// icmpWatch listens on a raw ICMP socket for "destination unreachable"
// messages about TCP packets to one address and port. Opening the socket
// needs administrator rights (CAP_NET_RAW on Linux); without them the watch
// is inert and results fall back to the socket error alone.
type icmpWatch struct {
	mu   sync.Mutex
	seen map[int]*ICMPReport // by local (source) port of the quoted packet
	any  *ICMPReport         // the first report, when the local port is unknown
	// host is the first "host (address) unreachable" or "no route" about
	// any packet of this computer to the address, whatever its protocol:
	// such a message speaks of the address, not of the port.
	host *ICMPReport
	got  chan struct{}
	conn *icmp.PacketConn
}

// watchICMP starts a watch that ends with ctx: ICMPv4 for an IPv4
// address, ICMPv6 for an IPv6 one.
func watchICMP(ctx context.Context, dst net.IP, port int) *icmpWatch {
	w := &icmpWatch{seen: map[int]*ICMPReport{}, got: make(chan struct{}, 1)}
	network, any, parse := "ip4:icmp", "0.0.0.0", parseTCPUnreach
	if dst.To4() == nil {
		network, any, parse = "ip6:ipv6-icmp", "::", parseTCPUnreach6
	} else {
		dst = dst.To4()
	}
	c, err := icmp.ListenPacket(network, any)
	if err != nil {
		return w
	}
	w.conn = c
	go func() {
		<-ctx.Done()
		c.Close()
	}()
	go w.read(dst, port, parse)
	return w
}

func (w *icmpWatch) read(dst net.IP, port int, parse func([]byte, net.IP, int) (int, *ICMPReport, bool)) {
	buf := make([]byte, 1500)
	for {
		n, from, err := w.conn.ReadFrom(buf)
		if err != nil {
			return
		}
		sport, rep, ok := parse(buf[:n], dst, port)
		if !ok {
			if rep := parseAddrUnreach(buf[:n], dst); rep != nil {
				rep.From = from.String()
				w.mu.Lock()
				if w.host == nil {
					w.host = rep
				}
				w.mu.Unlock()
			}
			continue
		}
		rep.From = from.String()
		w.mu.Lock()
		w.seen[sport] = rep
		if w.any == nil {
			w.any = rep
		}
		w.mu.Unlock()
		select {
		case w.got <- struct{}{}:
		default:
		}
	}
}

// result returns the report for the attempt from local port lport (0: any),
// waiting up to grace for one to arrive.
func (w *icmpWatch) result(lport int, grace time.Duration) *ICMPReport {
	if w.conn == nil {
		return nil
	}
	deadline := time.Now().Add(grace)
	for {
		w.mu.Lock()
		rep := w.seen[lport]
		if lport == 0 {
			rep = w.any
		}
		w.mu.Unlock()
		if rep != nil || time.Now().After(deadline) {
			return rep
		}
		select {
		case <-w.got:
		case <-time.After(time.Until(deadline)):
		}
	}
}

// parseTCPUnreach reads an ICMPv4 message and, when it is a "destination
// unreachable" quoting a TCP packet to dst:port, returns the quoted source
// port and the report.
func parseTCPUnreach(b []byte, dst net.IP, port int) (int, *ICMPReport, bool) {
	m, err := icmp.ParseMessage(1, b)
	if err != nil || m.Type != ipv4.ICMPTypeDestinationUnreachable {
		return 0, nil, false
	}
	body, ok := m.Body.(*icmp.DstUnreach)
	if !ok {
		return 0, nil, false
	}
	sport, dport, proto, qdst, ok := quotedPorts(body.Data)
	if !ok || proto != 6 || dport != port || !qdst.Equal(dst) {
		return 0, nil, false
	}
	return sport, &ICMPReport{Type: 3, Code: m.Code, Text: icmpText(3, m.Code)}, true
}

// quotedPorts reads the IPv4 header and first transport bytes that an ICMP
// error quotes: source and destination port, protocol, destination address.
func quotedPorts(q []byte) (sport, dport, proto int, dst net.IP, ok bool) {
	if len(q) < 20 || q[0]>>4 != 4 {
		return 0, 0, 0, nil, false
	}
	ihl := int(q[0]&0x0f) * 4
	if ihl < 20 || len(q) < ihl+4 {
		return 0, 0, 0, nil, false
	}
	sport = int(binary.BigEndian.Uint16(q[ihl:]))
	dport = int(binary.BigEndian.Uint16(q[ihl+2:]))
	return sport, dport, int(q[9]), net.IP(q[16:20]), true
}
