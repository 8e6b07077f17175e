//go:build linux

package platform

import (
	"encoding/binary"
	"fmt"
	"net"
	"net/netip"
	"strconv"
	"syscall"

	"golang.org/x/sys/unix"
)

// nudWords names the kernel's neighbour states (NUD_*, one bit each).
var nudWords = []struct {
	bit  uint16
	word string
}{
	{unix.NUD_REACHABLE, NeighborReachable},
	{unix.NUD_STALE, NeighborStale},
	{unix.NUD_DELAY, NeighborDelay},
	{unix.NUD_PROBE, NeighborProbe},
	{unix.NUD_FAILED, NeighborFailed},
	{unix.NUD_INCOMPLETE, NeighborIncomplete},
	{unix.NUD_PERMANENT, NeighborPermanent},
	{unix.NUD_NOARP, NeighborNoARP},
}

// nudWord is the word for a neighbour state, NeighborUnknown for none.
func nudWord(state uint16) string {
	for _, w := range nudWords {
		if state&w.bit != 0 {
			return w.word
		}
	}
	return NeighborUnknown
}

// ParseNeighbors reads a dump of the kernel's neighbour table (RTM_NEWNEIGH
// messages, as RTM_GETNEIGH returns them) and returns the state of dst:
// on interface ifindex, or on any interface when ifindex is 0. found is
// false when the table has no entry for it.
func ParseNeighbors(b []byte, dst netip.Addr, ifindex int) (state string, found bool, err error) {
	msgs, err := syscall.ParseNetlinkMessage(b)
	if err != nil {
		return NeighborUnknown, false, fmt.Errorf("platform: netlink neighbours: %w", err)
	}
	for _, m := range msgs {
		if m.Header.Type != unix.RTM_NEWNEIGH || len(m.Data) < unix.SizeofNdMsg {
			continue
		}
		idx := int(int32(binary.NativeEndian.Uint32(m.Data[4:8])))
		nud := binary.NativeEndian.Uint16(m.Data[8:10])
		if ifindex != 0 && idx != ifindex {
			continue
		}
		for _, a := range rtAttrs(m.Data[unix.SizeofNdMsg:]) {
			if a.typ != unix.NDA_DST {
				continue
			}
			if ip, ok := netip.AddrFromSlice(a.val); ok && ip.Unmap() == dst.Unmap() {
				return nudWord(nud), true, nil
			}
		}
	}
	return NeighborUnknown, false, nil
}

// rtAttr is one netlink route attribute.
type rtAttr struct {
	typ uint16
	val []byte
}

// rtAttrs splits a run of netlink route attributes (struct rtattr, each
// padded to 4 bytes); a truncated one ends the run.
func rtAttrs(b []byte) []rtAttr {
	var out []rtAttr
	for len(b) >= unix.SizeofRtAttr {
		l := int(binary.NativeEndian.Uint16(b[0:2]))
		if l < unix.SizeofRtAttr || l > len(b) {
			break
		}
		out = append(out, rtAttr{typ: binary.NativeEndian.Uint16(b[2:4]) &^ unix.NLA_F_NESTED, val: b[unix.SizeofRtAttr:l]})
		l = (l + unix.RTA_ALIGNTO - 1) &^ (unix.RTA_ALIGNTO - 1)
		if l > len(b) {
			break
		}
		b = b[l:]
	}
	return out
}

// ParseRoutes6 reads a dump of the kernel's IPv6 routes (RTM_NEWROUTE
// messages) and returns the default routes' gateways in the main table,
// best metric first, each nexthop of a multipath route on its own. A
// link-local gateway carries its interface as the zone ("fe80::1%eth0"):
// without it the address names no one. name turns an interface index into
// its name.
func ParseRoutes6(b []byte, name func(int) string) ([]Gateway, error) {
	msgs, err := syscall.ParseNetlinkMessage(b)
	if err != nil {
		return nil, fmt.Errorf("platform: netlink routes: %w", err)
	}
	var out []Gateway
	for _, m := range msgs {
		if m.Header.Type != unix.RTM_NEWROUTE || len(m.Data) < unix.SizeofRtMsg {
			continue
		}
		family, dstLen, table, typ := m.Data[0], m.Data[1], uint32(m.Data[4]), m.Data[7]
		if family != unix.AF_INET6 || dstLen != 0 || typ != unix.RTN_UNICAST {
			continue
		}
		var hops []Gateway
		var gw netip.Addr
		oif, metric := 0, 0
		for _, a := range rtAttrs(m.Data[unix.SizeofRtMsg:]) {
			switch a.typ {
			case unix.RTA_TABLE:
				if len(a.val) >= 4 {
					table = binary.NativeEndian.Uint32(a.val)
				}
			case unix.RTA_GATEWAY:
				gw, _ = netip.AddrFromSlice(a.val)
			case unix.RTA_OIF:
				if len(a.val) >= 4 {
					oif = int(int32(binary.NativeEndian.Uint32(a.val)))
				}
			case unix.RTA_PRIORITY:
				if len(a.val) >= 4 {
					metric = int(binary.NativeEndian.Uint32(a.val))
				}
			case unix.RTA_MULTIPATH:
				hops = append(hops, nexthops(a.val, name)...)
			}
		}
		if table != unix.RT_TABLE_MAIN {
			continue
		}
		if gw.IsValid() {
			hops = append(hops, gateway6(gw, oif, name))
		}
		for _, h := range hops {
			h.Metric = metric
			out = append(out, h)
		}
	}
	sortGateways(out)
	return out, nil
}

// nexthops reads RTA_MULTIPATH: struct rtnexthop (length, flags, hops,
// interface index), each followed by its own attributes.
func nexthops(b []byte, name func(int) string) []Gateway {
	var out []Gateway
	for len(b) >= unix.SizeofRtNexthop {
		l := int(binary.NativeEndian.Uint16(b[0:2]))
		if l < unix.SizeofRtNexthop || l > len(b) {
			break
		}
		oif := int(int32(binary.NativeEndian.Uint32(b[4:8])))
		for _, a := range rtAttrs(b[unix.SizeofRtNexthop:l]) {
			if gw, ok := netip.AddrFromSlice(a.val); a.typ == unix.RTA_GATEWAY && ok {
				out = append(out, gateway6(gw, oif, name))
			}
		}
		l = (l + unix.RTA_ALIGNTO - 1) &^ (unix.RTA_ALIGNTO - 1)
		if l > len(b) {
			break
		}
		b = b[l:]
	}
	return out
}

// gateway6 is an IPv6 next hop out of interface oif.
func gateway6(gw netip.Addr, oif int, name func(int) string) Gateway {
	ifname := ""
	if oif > 0 {
		ifname = name(oif)
	}
	if gw.Is6() && gw.IsLinkLocalUnicast() && ifname != "" {
		gw = gw.WithZone(ifname)
	}
	return Gateway{Addr: gw.String(), Iface: ifname}
}

// ifName is an interface's name by index, its number when it has none.
func ifName(idx int) string {
	if ifc, err := net.InterfaceByIndex(idx); err == nil {
		return ifc.Name
	}
	return strconv.Itoa(idx)
}

// ifIndex is the index of the interface a zone names ("eth0" or "2"), 0
// when it names none.
func ifIndex(zone string) int {
	if zone == "" {
		return 0
	}
	if n, err := strconv.Atoi(zone); err == nil {
		return n
	}
	if ifc, err := net.InterfaceByName(zone); err == nil {
		return ifc.Index
	}
	return 0
}

// defaultRoutes6 asks the kernel for its IPv6 routes (RTM_GETROUTE).
func defaultRoutes6() ([]Gateway, error) {
	b, err := syscall.NetlinkRIB(unix.RTM_GETROUTE, unix.AF_INET6)
	if err != nil {
		return nil, fmt.Errorf("platform: netlink RTM_GETROUTE: %w", err)
	}
	return ParseRoutes6(b, ifName)
}

// neighbor6 reads an IPv6 address's entry in the kernel's neighbour
// discovery table (RTM_GETNEIGH); a zone ("fe80::1%eth0") limits it to
// that interface.
func neighbor6(a netip.Addr) (string, error) {
	idx := ifIndex(a.Zone())
	if a.Zone() != "" && idx == 0 {
		return NeighborUnknown, fmt.Errorf("platform: neighbour state of %s: no interface %q", a, a.Zone())
	}
	b, err := syscall.NetlinkRIB(unix.RTM_GETNEIGH, unix.AF_INET6)
	if err != nil {
		return NeighborUnknown, fmt.Errorf("platform: netlink RTM_GETNEIGH: %w", err)
	}
	st, _, err := ParseNeighbors(b, a.WithZone(""), idx)
	return st, err
}
