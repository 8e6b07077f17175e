package platform

import (
	"fmt"
	"net/netip"
	"strings"
)

// netState turns what an operating system announces about its links,
// addresses and default routes (rtnetlink messages on Linux, IP Helper
// notifications on Windows) into NetChanges, worded in one place. It
// remembers what it has seen, so an announcement that only restates it (a
// statistics update, an address lifetime refreshed, a router advertisement
// renewing its route) is no change. Seed it with the current state first.
type netState struct {
	names  map[int32]string // interface index → name
	up     map[int32]bool   // interface index → operationally up
	addrs  map[string]bool  // "index addr/len"
	routes map[string]route // "family gateway index" → the default route
}

// route is a default route the state knows.
type route struct {
	v6   bool
	gw   netip.Addr
	oif  int32
	what string // "default route via 10.0.0.1 on eth0"
}

func newNetState() *netState {
	return &netState{names: map[int32]string{}, up: map[int32]bool{}, addrs: map[string]bool{}, routes: map[string]route{}}
}

// name is interface idx's name, or "interface 7" when unknown.
func (s *netState) name(idx int32) string {
	if n := s.names[idx]; n != "" {
		return n
	}
	return fmt.Sprintf("interface %d", idx)
}

// link notes link idx's state (up: it can carry traffic, administratively
// up with a carrier); gone says it was removed.
func (s *netState) link(idx int32, name string, up, gone bool) *NetChange {
	if name == "" {
		name = s.name(idx)
	}
	if gone {
		_, known := s.up[idx]
		delete(s.up, idx)
		delete(s.names, idx)
		for k, r := range s.routes { // gone with the link, announced or not
			if r.oif == idx {
				delete(s.routes, k)
			}
		}
		if !known {
			return nil
		}
		return &NetChange{Kind: NetLink, Iface: name, Detail: "link " + name + " was removed"}
	}
	s.names[idx] = name
	was, known := s.up[idx]
	s.up[idx] = up
	switch {
	case !known:
		state := "down"
		if up {
			state = "up"
		}
		return &NetChange{Kind: NetLink, Iface: name, Detail: "link " + name + " appeared (" + state + ")"}
	case was == up:
		return nil
	case up:
		return &NetChange{Kind: NetLink, Iface: name, Detail: "link " + name + " came up"}
	}
	return &NetChange{Kind: NetLink, Iface: name, Detail: "link " + name + " went down"}
}

// addr notes address p on interface idx, added or (gone) removed.
// Loopback addresses are left out.
func (s *netState) addr(idx int32, p netip.Prefix, gone bool) *NetChange {
	if !p.IsValid() || p.Addr().IsLoopback() {
		return nil
	}
	name := s.name(idx)
	key := fmt.Sprintf("%d %s", idx, p)
	if gone {
		if !s.addrs[key] {
			return nil
		}
		delete(s.addrs, key)
		detail := "address " + p.String() + " removed from " + name
		// The kernel drops the IPv4 routes through a gateway in the removed
		// subnet without a word (no RTM_DELROUTE): say so here.
		for k, r := range s.routes {
			if !r.v6 && r.oif == idx && p.Addr().Is4() && r.gw.IsValid() && p.Masked().Contains(r.gw) {
				delete(s.routes, k)
				detail += ", and with it the " + r.what
			}
		}
		return &NetChange{Kind: NetAddr, Iface: name, Detail: detail}
	}
	if s.addrs[key] {
		return nil
	}
	s.addrs[key] = true
	return &NetChange{Kind: NetAddr, Iface: name, Detail: "address " + p.String() + " added on " + name}
}

// defaultRoute notes a default route through gw (invalid: on-link) out of
// interface oif (0: unknown), added or (gone) removed; replace says it
// replaced the family's default route.
func (s *netState) defaultRoute(v6 bool, gw netip.Addr, oif int32, gone, replace bool) *NetChange {
	what := "default route"
	if v6 {
		what = "IPv6 default route"
	}
	var via []string
	if gw.IsValid() && !gw.IsUnspecified() {
		via = append(via, "via "+gw.String())
	}
	name := ""
	if oif != 0 {
		name = s.name(oif)
		via = append(via, "on "+name)
	}
	what += " " + strings.Join(via, " ")
	key := fmt.Sprintf("%v %s %d", v6, gw, oif)
	if gone {
		if _, ok := s.routes[key]; !ok {
			return nil
		}
		delete(s.routes, key)
		return &NetChange{Kind: NetRoute, Iface: name, Detail: what + " removed"}
	}
	if _, ok := s.routes[key]; ok {
		return nil
	}
	detail := what + " added"
	if replace {
		for k, r := range s.routes {
			if r.v6 == v6 {
				delete(s.routes, k)
				detail = r.what + " replaced by one " + strings.Join(via, " ")
			}
		}
	}
	s.routes[key] = route{v6: v6, gw: gw, oif: oif, what: what}
	return &NetChange{Kind: NetRoute, Iface: name, Detail: detail}
}
