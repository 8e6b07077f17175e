package probes

import (
	"net/netip"
	"strconv"
	"strings"
)

// InvalidName says why name cannot be a DNS name, "" when it can be one, as
// what the name has ("an empty label between two dots"; "no label at all"
// for "" and the root's lone dot, which names no host):
// an empty label ("sqs..amazonaws.com", ".harvestapp.com"), a label over 63
// bytes, a name over 253, or a character no host name holds ("(db)", a
// space, a slash). Such a name is looked up nowhere: resolvers reject it
// before asking any server, so "it does not exist" would be untrue and the
// setting it came from is what needs fixing. One trailing dot (a fully
// qualified name) is valid; letters beyond ASCII are left to the resolver
// (an internationalised name is sent in its ASCII form). A dotted name of
// digits only that is no IPv4 address ("10.0.0.256", two addresses run
// together as "172.19.0.4172.18.0.4") is none either: its last label is
// all digits, which no top-level domain is (RFC 1123 section 2.1, RFC 3696
// section 2), and Go's resolver rejects it unasked. So is a name of digits
// alone with no dot ("8123", a proxy set to a bare port, which curl
// dialled as a name): Go's resolver asks for no name without a letter,
// and its "no such host" for it would read as NXDOMAIN, an answer no
// server gave.
func InvalidName(name string) string {
	n := strings.TrimSuffix(name, ".")
	switch {
	case n == "":
		return "no label at all"
	case len(n) > 253:
		return "a length of " + strconv.Itoa(len(n)) + " bytes; DNS names end at 253"
	}
	for i, l := range strings.Split(n, ".") {
		switch {
		case l == "" && i == 0:
			return "an empty label before its first dot"
		case l == "":
			return "an empty label between two dots"
		case len(l) > 63:
			return "a label of " + strconv.Itoa(len(l)) + " bytes; DNS labels end at 63"
		}
		for _, r := range l {
			if r < 0x80 && !nameByte(byte(r)) {
				return "the character " + strconv.QuoteRune(r) + ", which no host name holds"
			}
		}
	}
	if strings.Trim(n, "0123456789.") == "" {
		if !strings.Contains(n, ".") {
			return "digits only, which no host name is"
		}
		if _, err := netip.ParseAddr(n); err != nil {
			return "a last label of digits only, which no top-level domain is"
		}
	}
	return ""
}

// nameByte reports whether c may stand in a host name's label: letters,
// digits, the hyphen, and the underscore (service names such as
// "_sip._tcp", which resolvers accept).
func nameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
}
