package probes

import (
	"encoding/binary"
	"net"
	"strconv"
)

// Windows' socket tables, as GetExtendedTcpTable fills them with
// TCP_TABLE_OWNER_PID_ALL (iphlpapi.h, tcpmib.h): a row count (DWORD),
// then the rows, each DWORD-aligned.
const (
	// MIB_TCPROW_OWNER_PID: state, local address, local port, remote
	// address, remote port, owning process.
	tcpRowOwnerPID = 24
	// MIB_TCP6ROW_OWNER_PID: local address[16], scope, port, remote
	// address[16], scope, port, state, owning process.
	tcp6RowOwnerPID = 56
)

// winTCPStates names MIB_TCP_STATE values in Linux's words, so that the
// census reads the same on both systems.
var winTCPStates = map[uint32]string{
	1: "CLOSE", 2: "LISTEN", 3: "SYN_SENT", 4: "SYN_RECV", 5: "ESTABLISHED", 6: "FIN_WAIT1", 7: "FIN_WAIT2",
	8: "CLOSE_WAIT", 9: "CLOSING", 10: "LAST_ACK", 11: "TIME_WAIT", 12: "DELETE_TCB",
}

// CountTCPTable adds the sockets of a table GetExtendedTcpTable returned
// (MIB_TCPTABLE_OWNER_PID, or MIB_TCP6TABLE_OWNER_PID with v6) to the
// census. A row count the bytes do not hold is read as far as they go,
// and the census marked truncated. Ports are stored in network byte order
// in the low 16 bits of their DWORD (the upper bits are undefined).
func CountTCPTable(c *PortCensus, b []byte, v6 bool, inRange, toInRange map[int]bool) {
	if len(b) < 4 {
		c.Truncated = true
		return
	}
	n := int(binary.LittleEndian.Uint32(b))
	size := tcpRowOwnerPID
	if v6 {
		size = tcp6RowOwnerPID
	}
	rows := b[4:]
	if n > len(rows)/size {
		n, c.Truncated = len(rows)/size, true
	}
	to, port := c.target()
	for i := range n {
		r := rows[i*size : (i+1)*size]
		var s tcpSocket
		var state uint32
		if v6 {
			s.lport, s.rport = winPort(r[20:]), winPort(r[44:])
			s.rip = net.IP(append([]byte(nil), r[24:40]...))
			state = binary.LittleEndian.Uint32(r[48:])
		} else {
			state = binary.LittleEndian.Uint32(r[0:])
			s.lport, s.rport = winPort(r[8:]), winPort(r[16:])
			s.rip = net.IPv4(r[12], r[13], r[14], r[15])
		}
		s.state = winTCPStates[state]
		if s.state == "" {
			s.state = "state " + strconv.FormatUint(uint64(state), 10)
		}
		c.add(s, to, port, inRange, toInRange)
	}
}

// winPort reads a port from the first two bytes of its DWORD.
func winPort(b []byte) int { return int(b[0])<<8 | int(b[1]) }
