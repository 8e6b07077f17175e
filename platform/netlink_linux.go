//go:build linux

package platform

import (
	"encoding/binary"
	"fmt"
	"net/netip"
	"strings"
	"syscall"

	"golang.org/x/sys/unix"
)

// nlState decodes rtnetlink messages (RTM_NEWLINK, RTM_NEWADDR,
// RTM_NEWROUTE and their DEL twins) into NetChanges through a netState.
type nlState struct{ *netState }

func newNLState() *nlState { return &nlState{newNetState()} }

// decode reads one buffer of netlink messages (what one read returns) and
// returns the changes they make; with seed set it only learns the state.
func (s *nlState) decode(b []byte, seed bool) ([]NetChange, error) {
	msgs, err := syscall.ParseNetlinkMessage(b)
	if err != nil {
		return nil, fmt.Errorf("platform: netlink: %w", err)
	}
	var out []NetChange
	for _, m := range msgs {
		var c *NetChange
		switch m.Header.Type {
		case unix.RTM_NEWLINK, unix.RTM_DELLINK:
			c = s.linkMsg(m)
		case unix.RTM_NEWADDR, unix.RTM_DELADDR:
			c = s.addrMsg(m)
		case unix.RTM_NEWROUTE, unix.RTM_DELROUTE:
			c = s.routeMsg(m)
		}
		if c != nil && !seed {
			out = append(out, *c)
		}
	}
	return out, nil
}

// linkMsg decodes a link message (struct ifinfomsg, then IFLA_IFNAME):
// up is IFF_UP and IFF_RUNNING, administratively up with a carrier.
func (s *nlState) linkMsg(m syscall.NetlinkMessage) *NetChange {
	if len(m.Data) < unix.SizeofIfInfomsg {
		return nil
	}
	idx := int32(binary.NativeEndian.Uint32(m.Data[4:8]))
	flags := binary.NativeEndian.Uint32(m.Data[8:12])
	if flags&unix.IFF_LOOPBACK != 0 {
		return nil
	}
	name := ""
	if attrs, err := syscall.ParseNetlinkRouteAttr(&m); err == nil {
		for _, a := range attrs {
			if a.Attr.Type == unix.IFLA_IFNAME {
				name = cString(a.Value)
			}
		}
	}
	up := flags&unix.IFF_UP != 0 && flags&unix.IFF_RUNNING != 0
	return s.link(idx, name, up, m.Header.Type == unix.RTM_DELLINK)
}

// addrMsg decodes an address message (struct ifaddrmsg, then IFA_LOCAL or
// IFA_ADDRESS).
func (s *nlState) addrMsg(m syscall.NetlinkMessage) *NetChange {
	if len(m.Data) < unix.SizeofIfAddrmsg {
		return nil
	}
	plen := int(m.Data[1])
	idx := int32(binary.NativeEndian.Uint32(m.Data[4:8]))
	attrs, err := syscall.ParseNetlinkRouteAttr(&m)
	if err != nil {
		return nil
	}
	var ip netip.Addr
	for _, a := range attrs {
		switch a.Attr.Type {
		case unix.IFA_LOCAL: // the local end of a point-to-point link: this computer's
			ip, _ = netip.AddrFromSlice(a.Value)
		case unix.IFA_ADDRESS:
			if !ip.IsValid() {
				ip, _ = netip.AddrFromSlice(a.Value)
			}
		case unix.IFA_LABEL:
			if s.names[idx] == "" {
				s.names[idx] = cString(a.Value)
			}
		}
	}
	return s.addr(idx, netip.PrefixFrom(ip, plen), m.Header.Type == unix.RTM_DELADDR)
}

// routeMsg decodes a route message (struct rtmsg, then RTA_TABLE,
// RTA_GATEWAY, RTA_OIF): only a default route (no destination, main table,
// unicast) is a change worth telling.
func (s *nlState) routeMsg(m syscall.NetlinkMessage) *NetChange {
	if len(m.Data) < unix.SizeofRtMsg {
		return nil
	}
	family, dstLen := m.Data[0], m.Data[1]
	table, typ := uint32(m.Data[4]), m.Data[7]
	if dstLen != 0 || typ != unix.RTN_UNICAST {
		return nil
	}
	attrs, err := syscall.ParseNetlinkRouteAttr(&m)
	if err != nil {
		return nil
	}
	var gw netip.Addr
	oif := int32(0)
	for _, a := range attrs {
		switch a.Attr.Type {
		case unix.RTA_TABLE:
			if len(a.Value) >= 4 {
				table = binary.NativeEndian.Uint32(a.Value)
			}
		case unix.RTA_GATEWAY:
			gw, _ = netip.AddrFromSlice(a.Value)
		case unix.RTA_OIF:
			if len(a.Value) >= 4 {
				oif = int32(binary.NativeEndian.Uint32(a.Value))
			}
		}
	}
	if table != unix.RT_TABLE_MAIN {
		return nil
	}
	return s.defaultRoute(family == unix.AF_INET6, gw, oif, m.Header.Type == unix.RTM_DELROUTE,
		m.Header.Flags&unix.NLM_F_REPLACE != 0)
}

// cString is a NUL-terminated attribute value as a string.
func cString(b []byte) string {
	s, _, _ := strings.Cut(string(b), "\x00")
	return s
}
