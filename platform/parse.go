package platform

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"net"
	"sort"
	"strconv"
	"strings"
)

// ParseResolvConf reads resolv.conf text: nameserver and search/domain lines.
func ParseResolvConf(b []byte) ResolvConf {
	var rc ResolvConf
	eachLine(b, func(_ int, f []string) {
		switch {
		case f[0] == "nameserver" && len(f) > 1:
			if ip := net.ParseIP(strings.SplitN(f[1], "%", 2)[0]); ip != nil {
				rc.Servers = append(rc.Servers, f[1])
			}
		case (f[0] == "search" || f[0] == "domain") && len(f) > 1:
			rc.Search = append([]string(nil), f[1:]...)
		}
	})
	return rc
}

// ParseHosts reads a hosts file (Unix or Windows; the format is the same).
func ParseHosts(b []byte) []HostEntry {
	var out []HostEntry
	eachLine(b, func(n int, f []string) {
		ip := net.ParseIP(strings.SplitN(f[0], "%", 2)[0])
		if ip == nil || len(f) < 2 {
			return
		}
		e := HostEntry{Addr: ip.String(), Line: n}
		for _, name := range f[1:] {
			e.Names = append(e.Names, strings.TrimSuffix(strings.ToLower(name), "."))
		}
		out = append(out, e)
	})
	return out
}

// LookupHosts returns the entries of a hosts file that name host.
func LookupHosts(entries []HostEntry, host string) []HostEntry {
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	var out []HostEntry
	for _, e := range entries {
		for _, n := range e.Names {
			if n == host {
				out = append(out, e)
				break
			}
		}
	}
	return out
}

// ParseProcRoute reads Linux /proc/net/route and returns the IPv4 default
// routes (destination 0.0.0.0/0 with the gateway flag), best metric first.
func ParseProcRoute(b []byte) ([]Gateway, error) {
	var out []Gateway
	var bad error
	eachLine(b, func(n int, f []string) {
		if n == 1 || len(f) < 8 || bad != nil {
			return // header
		}
		flags, err1 := strconv.ParseUint(f[3], 16, 32)
		dst, err2 := hexIPv4(f[1])
		gw, err3 := hexIPv4(f[2])
		mask, err4 := hexIPv4(f[7])
		metric, err5 := strconv.Atoi(f[6])
		if err := firstErr(err1, err2, err3, err4, err5); err != nil {
			bad = fmt.Errorf("platform: /proc/net/route line %d: %w", n, err)
			return
		}
		const rtfUp, rtfGateway = 0x1, 0x2
		if flags&rtfUp != 0 && flags&rtfGateway != 0 && dst.IsUnspecified() && mask.IsUnspecified() {
			out = append(out, Gateway{Addr: gw.String(), Iface: f[0], Metric: metric})
		}
	})
	sortGateways(out)
	return out, bad
}

// ParseProcARP reads Linux /proc/net/arp and returns the state of ip.
func ParseProcARP(b []byte, ip string) (state, mac, iface string) {
	state = NeighborUnknown
	eachLine(b, func(n int, f []string) {
		if n == 1 || len(f) < 6 || f[0] != ip {
			return
		}
		flags, _ := strconv.ParseUint(strings.TrimPrefix(f[2], "0x"), 16, 32)
		const atfCom = 0x2
		mac, iface = f[3], f[5]
		if flags&atfCom != 0 && mac != "00:00:00:00:00:00" {
			state = NeighborReachable
		} else {
			state = NeighborIncomplete
		}
	})
	return state, mac, iface
}

// hexIPv4 decodes the little-endian hex address format of /proc/net/route.
func hexIPv4(s string) (net.IP, error) {
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != 4 {
		return nil, fmt.Errorf("bad address %q", s)
	}
	ip := make(net.IP, 4)
	binary.BigEndian.PutUint32(ip, binary.LittleEndian.Uint32(b))
	return ip, nil
}

// eachLine calls fn with the 1-based number and fields of every non-empty,
// non-comment line.
func eachLine(b []byte, fn func(n int, fields []string)) {
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if i := strings.IndexAny(line, "#;"); i >= 0 {
			line = line[:i]
		}
		if f := strings.Fields(line); len(f) > 0 {
			fn(n, f)
		}
	}
}

func firstErr(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

func sortGateways(g []Gateway) {
	sort.SliceStable(g, func(i, j int) bool { return g[i].Metric < g[j].Metric })
}
