package probes

import (
	"context"
	"fmt"
	"math/bits"
	"net"
	"net/netip"
	"sort"
	"time"

	"github.com/conndoctor/conndoctor/platform"
)

// SourceFunc returns the address (with its subnet's prefix length) this
// computer would send from to reach dst; ok is false when it has no route
// to dst or no address of dst's family.
type SourceFunc func(dst netip.Addr) (src netip.Prefix, ok bool)

// AddrOrder says in which order programs on this computer try a name's
// addresses, and why the first one comes first.
type AddrOrder struct {
	// Policy names the table the order comes from ("/etc/gai.conf",
	// "glibc's built-in table (RFC 3484)", "Windows prefix policy"...).
	Policy string `json:"policy"`
	// Changed lists the configuration lines that replaced built-in values.
	Changed []string `json:"changed,omitempty"`
	// Rule is the number of the address-selection rule (RFC 6724 §6) that
	// put the first family before the other; 0 when the name has one
	// family.
	Rule int `json:"rule,omitempty"`
	// Why says it in words, as a clause that follows "X comes first: ".
	Why string `json:"why"`
}

// OrderAddrs sorts a name's addresses as the system's resolver does before
// programs try them (RFC 6724 destination address selection, with the
// system's policy table) and says why the first comes first. Addresses that
// do not parse are left out.
func OrderAddrs(addrs []string, p platform.AddrPolicy, src SourceFunc) ([]string, AddrOrder) {
	type dest struct {
		addr netip.Addr
		src  netip.Prefix
		ok   bool
		idx  int
	}
	var ds []dest
	for i, a := range addrs {
		ip, err := netip.ParseAddr(a)
		if err != nil {
			continue
		}
		d := dest{addr: ip.Unmap(), idx: i}
		d.src, d.ok = src(d.addr)
		ds = append(ds, d)
	}
	cmp := func(a, b dest) (int, int) {
		return compareDest(p, a.addr, b.addr, a.src, b.src, a.ok, b.ok, a.idx, b.idx)
	}
	sort.SliceStable(ds, func(i, j int) bool { c, _ := cmp(ds[i], ds[j]); return c < 0 })
	out := make([]string, len(ds))
	for i, d := range ds {
		out[i] = d.addr.String()
	}
	o := AddrOrder{Policy: p.Source, Changed: p.Changed}
	if len(ds) == 0 {
		return out, o
	}
	first := ds[0]
	for _, d := range ds[1:] {
		if d.addr.Is4() != first.addr.Is4() {
			_, o.Rule = cmp(first, d)
			o.Why = whyFirst(p, first.addr, d.addr, first.src, o.Rule)
			return out, o
		}
	}
	o.Why = fmt.Sprintf("all addresses are %s: programs take them in the order the DNS answer gives (a round-robin name changes it from one lookup to the next)", family(first.addr))
	return out, o
}

// compareDest orders two destinations by RFC 6724 §6 rules 1, 2, 5, 6, 8, 9
// and 10 (3, 4 and 7 need kernel address flags no program sees); it
// returns <0 when a comes first and the rule that decided.
func compareDest(p platform.AddrPolicy, a, b netip.Addr, sa, sb netip.Prefix, oka, okb bool, ia, ib int) (int, int) {
	switch {
	case oka && !okb:
		return -1, 1
	case !oka && okb:
		return 1, 1
	}
	sda, sdb := p.ScopeOf(a), p.ScopeOf(b)
	if oka {
		ma, mb := sda == p.ScopeOf(sa.Addr()), sdb == p.ScopeOf(sb.Addr())
		if ma != mb {
			return pick(ma), 2
		}
		la, lb := p.LabelOf(a) == p.LabelOf(sa.Addr()), p.LabelOf(b) == p.LabelOf(sb.Addr())
		if la != lb {
			return pick(la), 5
		}
	}
	pa, _ := p.PrecedenceOf(a)
	pb, _ := p.PrecedenceOf(b)
	if pa != pb {
		return pick(pa > pb), 6
	}
	if sda != sdb {
		return pick(sda < sdb), 8
	}
	if oka && a.Is4() == b.Is4() && (a.Is6() || p.IPv4Prefix) {
		ca, cb := commonBits(a, sa, a.Is4()), commonBits(b, sb, b.Is4())
		if ca != cb {
			return pick(ca > cb), 9
		}
	}
	return pick(ia < ib), 10
}

func pick(first bool) int {
	if first {
		return -1
	}
	return 1
}

// commonBits is the length of the prefix dst shares with its source
// address; for IPv4 only within the source's subnet (glibc), else 0.
func commonBits(dst netip.Addr, src netip.Prefix, v4 bool) int {
	if v4 && !src.Masked().Contains(dst) {
		return 0
	}
	x, y := dst.As16(), src.Addr().As16()
	n := 0
	for i := range x {
		d := x[i] ^ y[i]
		n += bits.LeadingZeros8(d)
		if d != 0 {
			break
		}
	}
	return n
}

func family(a netip.Addr) string {
	if a.Is4() {
		return "IPv4"
	}
	return "IPv6"
}

// whyFirst says why first's family comes before other's, by the rule
// that decided, as a clause that follows "X comes first: ".
func whyFirst(p platform.AddrPolicy, first, other netip.Addr, sf netip.Prefix, rule int) string {
	ff, of := family(first), family(other)
	switch rule {
	case 1:
		return fmt.Sprintf("this computer has no %s route or address to send from, so %s is unusable (RFC 6724 rule 1)", of, other)
	case 2:
		return fmt.Sprintf("the %s address has the same scope as this computer's source address %s, the %s one does not (RFC 6724 rule 2)", ff, sf.Addr(), of)
	case 5:
		return fmt.Sprintf("the %s address and this computer's source address %s carry the same label in %s, the %s ones do not (RFC 6724 rule 5)", ff, sf.Addr(), p.Source, of)
	case 6:
		pf, ef := p.PrecedenceOf(first)
		po, eo := p.PrecedenceOf(other)
		return fmt.Sprintf("%s's precedence %d (%s) beats %s's %d (%s) in %s (RFC 6724 rule 6)", ff, pf, ef.Prefix, of, po, eo.Prefix, p.Source)
	case 8:
		return fmt.Sprintf("the %s address has the smaller scope (RFC 6724 rule 8)", ff)
	}
	return fmt.Sprintf("the DNS answer lists %s first and no rule prefers %s", ff, of)
}

// SystemSource asks the kernel which address it would send from to dst
// (a UDP "connect", which sends nothing) and finds that address's subnet
// among the interfaces' addresses.
func SystemSource(dst netip.Addr) (netip.Prefix, bool) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	ri, err := platform.RouteTo(ctx, net.IP(dst.AsSlice()), 9)
	if err != nil || ri.Source == nil {
		return netip.Prefix{}, false
	}
	src, ok := netip.AddrFromSlice(ri.Source)
	if !ok {
		return netip.Prefix{}, false
	}
	src = src.Unmap()
	if addrs, err := net.InterfaceAddrs(); err == nil {
		for _, a := range addrs {
			if n, ok := a.(*net.IPNet); ok {
				if ip, ok := netip.AddrFromSlice(n.IP); ok && ip.Unmap() == src {
					ones, _ := n.Mask.Size()
					return netip.PrefixFrom(src, ones), true
				}
			}
		}
	}
	return netip.PrefixFrom(src, src.BitLen()), true
}

// OrderOptions are the OS inputs of the address order; nil fields read
// the system's own.
type OrderOptions struct {
	// Policy returns the policy table (default platform.ReadAddrPolicy).
	Policy func() platform.AddrPolicy
	// Source returns the source address for a destination (default
	// SystemSource).
	Source SourceFunc
}

// Order sorts addrs as programs on this computer try them (OrderAddrs
// with the system's table and routes).
func (o OrderOptions) Order(addrs []string) ([]string, AddrOrder) {
	if o.Policy == nil {
		o.Policy = platform.ReadAddrPolicy
	}
	if o.Source == nil {
		o.Source = SystemSource
	}
	return OrderAddrs(addrs, o.Policy(), o.Source)
}
