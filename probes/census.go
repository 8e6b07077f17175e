package probes

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"net"
	"sort"
	"strconv"
	"strings"
)

// PortNoLocalPort: this computer has no local port (or buffer) left for
// the connection (EADDRNOTAVAIL, WSAEADDRNOTAVAIL, WSAENOBUFS): every port
// of its ephemeral range is in use towards that address and port.
const PortNoLocalPort PortState = "no_local_port"

// PortCensus is this computer's TCP sockets as they bear on a connection:
// those to the target by state, and the local ports in use against the
// ephemeral range new connections take theirs from.
type PortCensus struct {
	// To is the address and port counted.
	To string `json:"to"`
	// ByState counts the sockets to To by TCP state ("ESTABLISHED",
	// "TIME_WAIT"...).
	ByState map[string]int `json:"by_state,omitempty"`
	// RangeLow and RangeHigh are the ephemeral port range, 0 when it could
	// not be read (RangeError says why); InRange counts the distinct local
	// ports of TCP sockets inside it (every port when it is unknown),
	// ToInRange those of sockets to To (a port can be reused towards other
	// destinations).
	RangeLow   int    `json:"range_low"`
	RangeHigh  int    `json:"range_high"`
	RangeError string `json:"range_error,omitempty"`
	InRange    int    `json:"in_range"`
	ToInRange  int    `json:"to_in_range"`
	// Sockets is how many TCP sockets the table holds in all.
	Sockets int `json:"sockets"`
	// FileLimit is this program's open-file limit (each socket is a
	// file), 0 when unknown.
	FileLimit uint64 `json:"file_limit,omitempty"`
	// Source says where the figures were read.
	Source string `json:"source"`
	// Truncated says the socket table was larger than could be read in
	// its bound: the counts are lower bounds.
	Truncated bool `json:"truncated,omitempty"`
}

// Size is how many ports the ephemeral range holds, 0 when it is unknown.
func (c *PortCensus) Size() int {
	if c.RangeLow <= 0 || c.RangeHigh < c.RangeLow {
		return 0
	}
	return c.RangeHigh - c.RangeLow + 1
}

// Full says the ports to the target fill the range (or nearly: 90%).
func (c *PortCensus) Full() bool {
	return c.Size() > 0 && c.ToInRange*10 >= c.Size()*9
}

// Text says it for people: "28,230 of 28,232 local ports in use to
// 10.0.0.5:443 (27,901 TIME_WAIT, 329 ESTABLISHED); range 32768–60999".
func (c *PortCensus) Text() string {
	states := make([]string, 0, len(c.ByState))
	for st := range c.ByState {
		states = append(states, st)
	}
	sort.Slice(states, func(i, j int) bool {
		if c.ByState[states[i]] != c.ByState[states[j]] {
			return c.ByState[states[i]] > c.ByState[states[j]]
		}
		return states[i] < states[j]
	})
	parts := make([]string, len(states))
	for i, st := range states {
		parts[i] = fmt.Sprintf("%d %s", c.ByState[st], st)
	}
	s := fmt.Sprintf("%d of %d local ports in use to %s", c.ToInRange, c.Size(), c.To)
	if c.Size() == 0 {
		s = fmt.Sprintf("%s in use to %s", plural(c.ToInRange, "1 local port", "%d local ports"), c.To)
	}
	if len(parts) > 0 {
		s += " (" + strings.Join(parts, ", ") + ")"
	}
	if c.Size() == 0 {
		return s + "; the range of local ports is unknown (" + c.RangeError + ")"
	}
	return s + fmt.Sprintf("; range %d–%d", c.RangeLow, c.RangeHigh)
}

// Holds says how many of its local ports this computer holds towards the
// target, for people: "This computer holds 2 of the 2 local ports it may
// use towards 10.0.0.5:443".
func (c *PortCensus) Holds() string {
	if c.Size() == 0 {
		return fmt.Sprintf("This computer holds %s towards %s (how many it may use could not be read)", plural(c.ToInRange, "1 local port", "%d local ports"), c.To)
	}
	return fmt.Sprintf("This computer holds %d of the %d local ports it may use towards %s", c.ToInRange, c.Size(), c.To)
}

// tcpStates names the states of /proc/net/tcp's "st" column.
var tcpStates = map[string]string{
	"01": "ESTABLISHED", "02": "SYN_SENT", "03": "SYN_RECV", "04": "FIN_WAIT1", "05": "FIN_WAIT2", "06": "TIME_WAIT",
	"07": "CLOSE", "08": "CLOSE_WAIT", "09": "LAST_ACK", "0A": "LISTEN", "0B": "CLOSING", "0C": "NEW_SYN_RECV",
}

// CountProcNetTCP adds the sockets of a /proc/net/tcp or /proc/net/tcp6
// table to the census; lines that do not parse are skipped.
func CountProcNetTCP(c *PortCensus, table string, inRange, toInRange map[int]bool) {
	to, port := c.target()
	sc := bufio.NewScanner(strings.NewReader(table))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 4 || f[0] == "sl" {
			continue
		}
		_, lport, ok1 := procAddr(f[1])
		rip, rport, ok2 := procAddr(f[2])
		if !ok1 || !ok2 {
			continue
		}
		st := tcpStates[strings.ToUpper(f[3])]
		if st == "" {
			st = "state " + f[3]
		}
		c.add(tcpSocket{lport: lport, rip: rip, rport: rport, state: st}, to, port, inRange, toInRange)
	}
}

// tcpSocket is one row of a socket table: its local port, its peer and
// its state in Linux's words ("ESTABLISHED", "TIME_WAIT"...).
type tcpSocket struct {
	lport, rport int
	rip          net.IP
	state        string
}

// add counts one socket of a table; to and port are the target's.
func (c *PortCensus) add(s tcpSocket, to net.IP, port int, inRange, toInRange map[int]bool) {
	c.Sockets++
	if s.state == "LISTEN" {
		return
	}
	local := c.Size() == 0 || (s.lport >= c.RangeLow && s.lport <= c.RangeHigh)
	if local {
		inRange[s.lport] = true
	}
	if to != nil && s.rip.Equal(to) && s.rport == port {
		if c.ByState == nil {
			c.ByState = map[string]int{}
		}
		c.ByState[s.state]++
		if local {
			toInRange[s.lport] = true
		}
	}
	c.InRange, c.ToInRange = len(inRange), len(toInRange)
}

// target is the census's address and port.
func (c *PortCensus) target() (net.IP, int) {
	host, portText, err := net.SplitHostPort(c.To)
	if err != nil {
		return nil, 0
	}
	port, _ := strconv.Atoi(portText)
	return net.ParseIP(host), port
}

// procAddr reads "0A63030A:01BB" (IPv4) or a 32-digit IPv6 address: the
// kernel writes each 32-bit word in host (little-endian) order.
func procAddr(s string) (net.IP, int, bool) {
	a, p, ok := strings.Cut(s, ":")
	if !ok || (len(a) != 8 && len(a) != 32) {
		return nil, 0, false
	}
	b, err := hex.DecodeString(a)
	if err != nil {
		return nil, 0, false
	}
	port, err := strconv.ParseUint(p, 16, 16)
	if err != nil {
		return nil, 0, false
	}
	ip := make(net.IP, len(b))
	for w := 0; w < len(b); w += 4 {
		ip[w], ip[w+1], ip[w+2], ip[w+3] = b[w+3], b[w+2], b[w+1], b[w]
	}
	return ip, int(port), true
}

// ParsePortRange reads /proc/sys/net/ipv4/ip_local_port_range ("32768
// 60999").
func ParsePortRange(s string) (lo, hi int, err error) {
	f := strings.Fields(s)
	if len(f) != 2 {
		return 0, 0, fmt.Errorf("probes: a port range is two numbers, not %q", s)
	}
	if lo, err = strconv.Atoi(f[0]); err == nil {
		hi, err = strconv.Atoi(f[1])
	}
	if err != nil || lo < 1 || hi > 65535 || lo > hi {
		return 0, 0, fmt.Errorf("probes: bad port range %q", s)
	}
	return lo, hi, nil
}
