package platform

import (
	"net"
	"strconv"
	"strings"
)

// match is the outcome of testing one rule field: it matches, it does not,
// or it uses a keyword whose meaning depends on configuration not read here.
type match int

const (
	noMatch match = iota
	matches
	mayMatch
)

// winAddrKeywords are the keywords Windows accepts in RemoteAddresses
// besides LocalSubnet, which is evaluated; their addresses come from the
// interfaces' configuration (DNS, DHCP, WINS servers, the default gateway)
// or from network classification (Intranet, Internet, PlayTo renderers).
var winAddrKeywords = map[string]bool{
	"dns": true, "dhcp": true, "wins": true, "defaultgateway": true, "internet": true, "intranet": true,
	"intranetremoteaccess": true, "remotecorpnetwork": true, "ply2renders": true, "captiveportal": true,
	"localsubnet4": true, "localsubnet6": true,
}

// winAddrMatch tests RemoteAddresses: "*", addresses, "a.b.c.d/255.255.0.0"
// or "/16" subnets, "a-b" ranges, and keywords. LocalSubnet matches the
// on-link subnets in local; other keywords make the answer mayMatch, with
// the keyword.
func winAddrMatch(spec string, ip net.IP, local []*net.IPNet) (match, string) {
	if spec == "" || spec == "*" {
		return matches, ""
	}
	result, keyword := noMatch, ""
	for _, part := range strings.Split(spec, ",") {
		part = strings.TrimSpace(part)
		lower := strings.ToLower(part)
		switch {
		case lower == "localsubnet":
			for _, n := range local {
				if n.Contains(ip) {
					return matches, ""
				}
			}
		case winAddrKeywords[lower]:
			result, keyword = mayMatch, part
		case strings.Contains(part, "/"):
			addr, mask, _ := strings.Cut(part, "/")
			if strings.Contains(mask, ".") {
				if m := net.ParseIP(mask).To4(); m != nil {
					ones, _ := net.IPv4Mask(m[0], m[1], m[2], m[3]).Size()
					mask = strconv.Itoa(ones)
				}
			}
			if _, n, err := net.ParseCIDR(addr + "/" + mask); err == nil && n.Contains(ip) {
				return matches, ""
			}
		case strings.Contains(part, "-"):
			lo, hi, _ := strings.Cut(part, "-")
			if a, b := net.ParseIP(lo), net.ParseIP(hi); a != nil && b != nil && ipBetween(ip, a, b) {
				return matches, ""
			}
		default:
			if a := net.ParseIP(part); a != nil && a.Equal(ip) {
				return matches, ""
			} else if a == nil {
				result, keyword = mayMatch, part // a keyword this program does not know
			}
		}
	}
	return result, keyword
}

// winPortMatch tests RemotePorts: "*", "443", "80,443", "8000-8100", and
// keywords (RPC, RPC-EPMap, IPHTTPSOut, IPTLSOut, Teredo, Ply2Disc...),
// which stand for ports a service picks: they make the answer mayMatch.
func winPortMatch(spec string, port int) (match, string) {
	if spec == "" || spec == "*" {
		return matches, ""
	}
	result, keyword := noMatch, ""
	for _, part := range strings.Split(spec, ",") {
		part = strings.TrimSpace(part)
		lo, hi, isRange := strings.Cut(part, "-")
		a, err1 := strconv.Atoi(lo)
		b, err2 := a, error(nil)
		if isRange {
			b, err2 = strconv.Atoi(hi)
		}
		switch {
		case err1 == nil && err2 == nil:
			if port >= a && port <= b {
				return matches, ""
			}
		case part != "":
			result, keyword = mayMatch, part
		}
	}
	return result, keyword
}
