package target

import (
	"net"
	"regexp"
	"strings"
)

// malformedName says why a name of valid labels otherwise is no valid DNS
// name, "" when it is one or is broken in some other way: an empty label
// between two dots ("sqs..amazonaws.com", from a configuration whose
// region was empty). A name starting or ending with dots is not read so
// (text cut before it: "<redacted>.cloud.x.com"); only a program's name
// slot says more (see slotMalformed).
func malformedName(h string) string {
	if !strings.Contains(h, "..") || strings.HasPrefix(h, ".") || strings.HasSuffix(h, ".") {
		return ""
	}
	return "an empty label between two dots"
}

// slotMalformed is malformedName for a name read in a slot where a program
// names exactly what it dialled (see malformedSlots): an empty label
// before the first dot too (".s3.us-east-1.amazonaws.com", an empty
// bucket name), or parentheses around it ("(db)", a placeholder's
// brackets kept in a setting). A name ending in a dot is a valid one.
func slotMalformed(h string) string {
	switch {
	case len(h) > 2 && h[0] == '(' && h[len(h)-1] == ')':
		return "parentheses around it, which no host name holds"
	case strings.HasSuffix(h, "."):
		return ""
	case strings.HasPrefix(h, ".") && strings.Trim(h, ".") != "":
		return "an empty label before its first dot"
	case numericLast(h):
		return numericTLD
	case colonName(h):
		return colonsInName
	}
	return malformedName(h)
}

// numericTLD is why a dotted name whose last label is all digits and
// which is no IP address names no host: a top-level label is never all
// digits (RFC 3696 section 2), so a resolver cannot find it; Go says
// "invalid domain name". Two addresses run together
// ("172.19.0.4172.18.0.4", traefik's backend built from two networks'
// addresses) read so.
const numericTLD = "a last label of digits only, which no top-level domain is"

// colonsInName is why a name with colons in it that is no IPv6 address
// (see colonName) names no host: a host name holds no colon, and the
// name is no address either; something was pasted after the host (ssh's
// "Could not resolve hostname x:4a:3f:…", a key fingerprint).
const colonsInName = "colons in a host name: it is no IPv6 address"

// colonName reports whether h has a colon in it and is neither an IP
// address nor a host and a port ("x:22", which ssh also looks up as one
// name, read as host and port).
func colonName(h string) bool {
	i := strings.IndexByte(h, ':')
	if i < 0 || net.ParseIP(h) != nil {
		return false
	}
	return strings.IndexByte(h[i+1:], ':') >= 0 || !allDigits(h[i+1:])
}

// colonNameOnly keeps a slot's match only when its host is a colon name
// (see colonName); other names there are read by other extractors.
func colonNameOnly(_ *scan, _ int, _ *extractor, _ string, _ []int, g map[string]string) bool {
	return colonName(g["host"])
}

// digitsOnly is why a name of digits alone, which curl was given for a
// proxy and dialled (see digitsProxy), names no host the program meant:
// a port or a number where a host belongs, which a resolver may read as
// an IPv4 address.
const digitsOnly = "digits only, a port or a number where a host belongs"

// numericLast reports whether h is a dotted name of non-empty labels whose
// last label is all digits and which is no IP address.
func numericLast(h string) bool {
	i := strings.LastIndexByte(h, '.')
	if i <= 0 || i == len(h)-1 || strings.Contains(h, "..") || strings.HasPrefix(h, ".") || net.ParseIP(h) != nil {
		return false
	}
	return strings.Trim(h[i+1:], "0123456789") == ""
}

// bareName returns a malformed name (see malformedName) without what
// breaks it: parentheses gone, dots running together or leading made none
// or one.
func bareName(h string) string {
	if colonName(h) {
		h = strings.ReplaceAll(h, ":", ".")
	}
	return collapseDots(strings.TrimLeft(strings.TrimSuffix(strings.TrimPrefix(h, "("), ")"), "."))
}

// collapseDots returns h with each run of dots made one.
func collapseDots(h string) string {
	for strings.Contains(h, "..") {
		h = strings.ReplaceAll(h, "..", ".")
	}
	return h
}

// malformedWord matches a name a program dialled as it was given, broken:
// with an empty label (a leading dot or two dots together) or in
// parentheses (see malformedName).
const malformedWord = `(?P<host>[A-Za-z0-9_\-]+(?:\.[A-Za-z0-9_\-]+)*\.[0-9]+|\.[A-Za-z0-9_\-][A-Za-z0-9_.\-]*[A-Za-z0-9_\-]|[A-Za-z0-9_\-]+(?:\.[A-Za-z0-9_\-]+)*\.\.[A-Za-z0-9_.\-]*[A-Za-z0-9_\-]|\([A-Za-z0-9_\-][A-Za-z0-9_.\-]*\))`

// malformedSlots read a malformed name only in the slots where a program
// names exactly what it dialled or looked up: Go's "lookup x", Ruby's
// "Failed to open TCP connection to x:443", Dart's "Failed host lookup:
// 'x'", SwiftNIO's NIOConnectionError(host: "x", port: 443, …) (any name
// there: its other mentions are of the same name). The name is kept as
// dialled, never repaired, and flagged (Target.Malformed).
var malformedSlots = []extractor{
	brokenEx(dnsEx("lookup ", "Go", 0, `\blookup `+malformedWord+goLookupEnd)),
	brokenEx(connEx("tcp connection to", "Ruby", 0, `(?i)failed to open TCP connection to `+malformedWord+`:(?P<port>[0-9]+)`)),
	brokenEx(dnsEx("failed host lookup", "Dart", 0, `Failed host lookup: '`+malformedWord+`'`)),
	// Go's dial of digits and dots that are no IPv4 address, as a
	// program's log shows it (restic's "dial tcp 92.268.100:8000:
	// connect: connection refused"); an address there is read elsewhere.
	brokenEx(keepEx(needEx(hasBrokenDial, connEx("dial tcp", "Go", 0, `\bdial tcp[46]? `+malformedWord+`:(?P<port>[0-9]{1,5})\b`)), notAddress)),
	brokenEx(connEx("nioconnectionerror", "Swift", 0, `NIOConnectionError\(host: "(?P<host>[^"\s]+)", port: (?P<port>[0-9]+)`)),
	// wget given "." for its URL ("wget ."): it asks for "http://./" and
	// looks up the lone dot, "Resolving . (.)... failed: Name or service
	// not known." (see rootName), on the scheme's port when the request's
	// line, "--2022-11-09 10:36:46--  http://./", is just above.
	// ssh given a name with colons in it that is neither an IPv6 address
	// nor host:port, "ssh: Could not resolve hostname
	// testserver.a7:4a:3f:…:24: hostname nor servname provided, or not
	// known" (a host name with a key fingerprint's hex pairs pasted after
	// it): ssh looked the whole name up, on its port 22 (see colonName).
	brokenEx(keepEx(dnsEx("resolve hostname", "ssh", 22, `(?i)could not resolve hostname (?P<host>[A-Za-z0-9_.\-]+(?::+[A-Za-z0-9_.\-]+)+): `), colonNameOnly)),
	brokenEx(keepEx(dnsEx("resolving . (.)", "wget", 0, `Resolving (?P<host>\.) \(\.\)\.\.\. *failed`), rootRequest)),
}

// hasBrokenDial reports whether a lower-case line has Go's "dial tcp x:"
// with x a name malformedWord may match and no IP address: most dials
// name an address or a valid name, and the expression need not run.
func hasBrokenDial(low string) bool {
	for i := 0; ; {
		k := strings.Index(low[i:], "dial tcp")
		if k < 0 {
			return false
		}
		i += k + len("dial tcp")
		w := strings.TrimLeft(low[i:], "46")
		if !strings.HasPrefix(w, " ") {
			continue
		}
		w = w[1:]
		if end := strings.IndexAny(w, ": \t"); end >= 0 {
			w = w[:end]
		}
		if strings.HasPrefix(w, ".") || strings.HasPrefix(w, "(") || strings.Contains(w, "..") || numericLast(w) {
			return true
		}
	}
}

// notAddress keeps a malformed slot's match unless its host is an IP
// address, which other extractors read.
func notAddress(_ *scan, _ int, _ *extractor, _ string, _ []int, g map[string]string) bool {
	return net.ParseIP(g["host"]) == nil
}

// wgetRootURL is wget's request line for the lone dot, "--2022-11-09
// 10:36:46--  http://./".
var wgetRootURL = regexp.MustCompile(`--[ \t]+(https?)://\./?[ \t\r]*$`)

// rootRequest gives wget's failed look-up of the lone dot the scheme of
// its request line when that line is just above, so the port is the
// scheme's while the candidate, and so the evidence, stays on the line
// that says the look-up failed.
func rootRequest(s *scan, i int, _ *extractor, _ string, _ []int, g map[string]string) bool {
	if i > 0 {
		if m := wgetRootURL.FindStringSubmatch(s.text[s.lines[i-1].start:s.lines[i-1].end]); m != nil {
			g["scheme"] = m[1]
		}
	}
	return true
}

// rootName is why a lone dot a program looked up names no host: it is the
// DNS root, what a URL with no host name left ("http://./").
const rootName = "a lone dot, the root of DNS, which names no host"

func brokenEx(e extractor) extractor {
	e.broken = true
	return e
}

// sshWholeName keeps ssh's "Could not resolve hostname x:" only when x is
// the whole name ssh shows, or x:port: never the first part of a colon
// name ("testserver.a7" out of "testserver.a7:4a:3f:…:24"), a name ssh
// did not look up (malformedSlots read the whole one).
func sshWholeName(_ *scan, _ int, _ *extractor, src string, m []int, _ map[string]string) bool {
	tail := src[m[1]:]
	if strings.HasPrefix(tail, ": ErrNo ") {
		return false // NZBGet's message, not ssh's (see its extractor)
	}
	if k := strings.IndexAny(tail, " \t\r"); k >= 0 {
		tail = tail[:k]
	}
	tail = strings.TrimRight(tail, ":")
	if !strings.HasPrefix(tail, ":") {
		return true
	}
	return allDigits(tail[1:])
}
