package target

import (
	"net"
	"regexp"
	"strings"
)

// attemptIP finds the addresses a line of attempts names, IPv4 or IPv6
// (each kept only when net.ParseIP reads it).
var attemptIP = regexp.MustCompile(reIP)

// dualStackKind returns the kind the IPv4 attempts of a text state when
// its IPv6 attempts all found no route and an IPv4 one failed otherwise:
// apt's "Could not connect to archive.ubuntu.com:80 (2620:2d:4002:1::103).
// - connect (101: Network is unreachable) … Could not connect to
// archive.ubuntu.com:80 (91.189.91.83), connection timed out". A computer
// with no IPv6 route finds every IPv6 address unreachable whatever the
// server does; that is the usual state of a network, and the IPv4
// attempts say what went wrong. Each attempt runs from an address to the
// next; FailureNone unless the text shows both families this way. ip is
// the first IPv4 address whose attempt failed that way, the address
// dialled that the verdict is about.
func dualStackKind(text string) (f Failure, ip string) {
	if !strings.Contains(text, "nreachable") && !strings.Contains(text, "UNREACH") || strings.Count(text, ":") < 4 {
		return FailureNone, ""
	}
	ms := attemptIP.FindAllStringIndex(text, 64)
	v6, v4, v4IP := FailureNone, FailureNone, ""
	for k, m := range ms {
		a := attemptAddr(text[m[0]:m[1]])
		if a == nil || a.To4() == nil && strings.Count(text[m[0]:m[1]], ":") < 2 {
			continue
		}
		end := len(text)
		if k+1 < len(ms) {
			end = ms[k+1][0] - kindBefore(text[:ms[k+1][0]])
		}
		f := classifyFailure(text[m[0]-kindBefore(text[:m[0]]) : end])
		if f == FailureNone {
			continue
		}
		if a.To4() == nil {
			if f != FailureUnreachable {
				return FailureNone, ""
			}
			v6 = f
		} else if v4 == FailureNone {
			if f == FailureUnreachable {
				return FailureNone, ""
			}
			v4, v4IP = f, a.String()
		}
	}
	if v6 == FailureNone || v4 == FailureNone {
		return FailureNone, ""
	}
	return v4, v4IP
}

// nodeKindBefore is Node's errno before the address it names, "connect
// ENETUNREACH " in "Error: connect ENETUNREACH 2a03:…:443 - Local (:::0)",
// an attempt's kind written ahead of its address.
var nodeKindBefore = regexp.MustCompile(`connect E[A-Z]+ $`)

// kindBefore returns how many bytes at the end of text are the kind of the
// attempt whose address follows (nodeKindBefore): Node's AggregateError
// lists each attempt as "Error: connect ETIMEDOUT 103.252.114.61:443 …,
// Error: connect ENETUNREACH 2a03:…:443 …", so the words before the next
// address are that attempt's, not the one before it.
func kindBefore(text string) int {
	tail := text[max(0, len(text)-24):]
	if loc := nodeKindBefore.FindStringIndex(tail); loc != nil {
		return len(tail) - loc[0]
	}
	return 0
}

// attemptAddr reads an address an attempt names, an IPv6 one with its port
// written after it unbracketed too (Node's "connect ENETUNREACH
// 2a03:2880:f10d:83:face:b00c:0:25de:443": eight colons, the last
// before the port); nil when it is none.
func attemptAddr(w string) net.IP {
	a := net.ParseIP(w)
	if a == nil && strings.Count(w, ":") == 8 {
		a = net.ParseIP(w[:strings.LastIndexByte(w, ':')])
	}
	return a
}
