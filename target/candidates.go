package target

import (
	"net"
	"net/netip"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// add makes a candidate from one extractor match on line i.
func (s *scan) add(i int, e *extractor, src string, m []int) {
	g := map[string]string{}
	for k, name := range e.re.SubexpNames() {
		if name != "" && m[2*k] >= 0 {
			g[name] = src[m[2*k]:m[2*k+1]]
		}
	}
	base := s.lines[i].start
	c := cand{strength: e.strength, line: i, pos: base + m[0], end: base + min(m[1], s.lines[i].end-base),
		program: e.program, dns: e.dns, connect: e.connect, defPort: e.port, cmd: e.cmd, req: e.req, broken: e.broken, services: s.services}
	if e.scheme {
		c.malformed = schemeHost(g["host"])
	}
	if k := portGroup(e.re); k > 0 && m[2*k+1] >= 0 && m[2*k+1] < len(src) && maskedAfter(src[m[2*k+1]]) {
		delete(g, "port") // "port 3xx", "port 22**": the port was masked
	}
	if g["local"] != "" {
		delete(g, "port") // the local end's port (Dart's "errno = 111, address = x, port = 43248")
	}
	if e.keep != nil && !e.keep(s, i, e, src, m, g) {
		return
	}
	if a := g["addr"]; a != "" && dialledAddr(a) == "" {
		// No address: Java's "x/2a04:4e42:12:0:0:0:0:215" read as
		// address and port leaves seven groups, which an IPv6 address
		// written in full never has; its last group is no port.
		return
	}
	ok := false
	switch {
	case g["url"] != "":
		if strings.Index(g["url"], "://") > maxScheme {
			return // no scheme, so no URL: nothing redacted either
		}
		ok = !truncatedURL(g["url"], src[m[1]:]) && c.setURL(g["url"])
	case g["hp"] != "":
		host, port, err := net.SplitHostPort(g["hp"])
		ok = err == nil && c.setHost(host, port)
	default:
		if g["host"] == "" && g["addr"] != "" || g["host"] != "" && dialledAddr(g["addr"]) != "" && addrStandIn(strings.Trim(g["host"], "[]")) {
			// (A stand-in name beside the address dialled for it,
			// postfix's "connect to domain.com[192.168.0.1]:25": the
			// address is the target; see addrStandIn.)
			g["host"], _, _ = strings.Cut(g["addr"], "%") // an IPv6 address's zone is no part of the host
		}
		if e.looks && !hostLike(strings.Trim(g["host"], "[]")) {
			return // a word that does not look like a host, not a redacted one
		}
		if e.cmd && e.program == "ssh" && !hostLike(strings.Trim(g["host"], "[]")) && !strings.Contains(src[m[0]:m[1]], "@") &&
			(inProse(src[:m[0]]) || sshProseWord(g["host"], src[m[1]-1:])) {
			return // obd's "Open ssh connection x", "ssh child died, shutting down": a word of a sentence, no command's host
		}
		if k := e.re.SubexpIndex("host"); k > 0 && m[2*k] >= 0 && cutFromWord(src, m[2*k], m[2*k+1]) {
			return // "h1" out of "h1>server": no host at all, not a redacted one
		}
		if k := e.re.SubexpIndex("host"); k > 0 && m[2*k] >= 0 && strings.TrimRight(src[m[2*k+1]:], "\r") == "" {
			if joined, end := s.wrappedName(i, g["host"]); joined != "" {
				g["host"], c.end = joined, end
			}
		}
		if p, known := SchemePort(g["svc"]); known && g["port"] == "" {
			g["port"] = strconv.Itoa(p) // apt's "x:http:": the service's port, as explicit as a number
		}
		c.digits = e.digits && digitsProxy(g["host"], src[:m[0]])
		ok = c.setHost(strings.Trim(g["host"], "[]"), g["port"])
		if ok && g["scheme"] != "" && g["port"] == "" {
			if p, known := SchemePort(g["scheme"]); known {
				c.port, c.portFrom, c.scheme = p, PortScheme, g["scheme"]
			}
		}
	}
	c.registry = e.re == registryFor.re
	if ok && e.command {
		line := s.text[s.lines[i].start:s.lines[i].end]
		if strings.Contains(line, "--port") || strings.Contains(line, " -P") || !commandLike(line) {
			return // read with its port (see the -H/-P command line), or a sentence
		}
	}
	if !ok {
		if e.strength >= structured && s.lineFailsAt(i) && !poolCause(src, m[0]) && !goRequestDial(src[:m[0]]) {
			s.placeholder = true
			s.lines[i].redacted = max(s.lines[i].redacted, e.strength)
		}
		return
	}
	if a := dialledAddr(g["addr"]); a != "" && a != c.host {
		c.addr = a
	}
	if e.program == "browser" && c.port == 0 && (net.ParseIP(c.host) != nil || c.host == "localhost") {
		// A browser's error page names the host of the address typed in
		// its bar; typed as an IP address or localhost it is reached over
		// HTTP (browsers upgrade public names, not these, to HTTPS).
		c.defPort = 80
	}
	// The role is read around the host the match names, not the message
	// around it; a message saying it connected to the host names the
	// destination.
	c.role = roleDest
	if !e.connect {
		c.role = roleNeutral
		for _, name := range []string{"url", "hp", "host", "addr"} {
			if k := e.re.SubexpIndex(name); k > 0 && m[2*k] >= 0 {
				c.role = roleOf(s.text, s.lines[i].start, base+m[2*k], base+m[2*k+1])
				break
			}
		}
	}
	s.cands = append(s.cands, c)
}

// cutFromWord reports whether the host at src[start:end] is only the head
// of a word that holds characters no host name has: a name a pattern cut
// short before a '>' (an HTML page fed to wget: "“h1>server”"), a
// percent-escape ("h1%3Eserver"; after an IPv6 address '%' starts its
// zone), or, in quotes, before '<', '(', '{', '=', '&' or '!'. Such a
// word is no host, and no part of it is one.
func cutFromWord(src string, start, end int) bool {
	if end >= len(src) {
		return false
	}
	switch src[end] {
	case '>':
		return start == 0 || src[start-1] != '<'
	case '%':
		return !strings.Contains(src[start:end], ":")
	case '<', '(', '{', '=', '&', '!':
		return start > 0 && quotedBefore(src[:start])
	}
	return false
}

// quotedBefore reports whether text ends in an opening quote of any kind.
func quotedBefore(text string) bool {
	for _, q := range []string{"'", "\"", "`", "‘", "“", "«", "’", "”"} {
		if strings.HasSuffix(text, q) {
			return true
		}
	}
	return false
}

// dialledAddr returns an address as a program printed it (bracketed, with
// an IPv6 zone: Java's "fe80:0:0:0:0:0:0:1%1") in canonical form, zone kept;
// "" when it is none.
func dialledAddr(s string) string {
	s = strings.Trim(s, "[]")
	if ip := net.ParseIP(s); ip != nil {
		return ip.String()
	}
	if a, err := netip.ParseAddr(s); err == nil && a.Zone() != "" {
		return a.String()
	}
	return ""
}

// push adds a candidate, with its role read from the words around it.
func (s *scan) push(c cand) {
	c.role = roleOf(s.text, s.lines[c.line].start, c.pos, c.end)
	s.cands = append(s.cands, c)
}

// portGroup returns the index of re's port group, 0 when it has none.
func portGroup(re *regexp.Regexp) int {
	return max(re.SubexpIndex("port"), 0)
}

// maskedAfter reports whether b, right after a port number, shows that the
// number was cut by a mask ("3xx", "22**").
func maskedAfter(b byte) bool {
	return b == 'x' || b == 'X' || b == '*' || b == '#'
}

// malformedName is slotMalformed for a mention in a program's name slot,
// malformedName otherwise.
func (c *cand) malformedName(h string) string {
	if c.broken {
		return slotMalformed(h)
	}
	return malformedName(h)
}

// digitsProxy reports whether h, in curl's "Failed to connect to h port
// N" after before on its line, is a name of digits alone that curl was
// given for a proxy: git's "unable to access
// 'https://github.com/billw2/rpi-clone.git/': Failed to connect to 8123
// port 1080: Connection timed out", http.proxy set to a bare port, which
// curl reads as a host named 8123 on its default proxy port, 1080. The
// URL before it names the host behind the proxy (see via); with no URL
// there, digits name no host.
func digitsProxy(h, before string) bool {
	return len(h) <= 10 && allDigits(h) && strings.Contains(before, "://")
}

// setHost fills host and port, reporting whether they make a usable target.
func (c *cand) setHost(host, port string) bool {
	if host == "." && c.broken {
		// wget's "Resolving . (.)... failed" (see malformedSlots): the
		// name as looked up, said to be none.
		c.host, c.malformed = host, rootName
		return port == ""
	}
	host = unglued(host)
	// A message saying it connected to or resolved a name means a host,
	// even one that looks like a file name ("hex.pm"); so does a URL
	// ("https://transfer.sh/x").
	check, numeric := host, false
	scheme := c.malformed != "" && (schemePorts[strings.ToLower(host)] != 0 || slotWords[strings.ToLower(host)])
	if scheme {
		// A scheme word a program dialled (see schemeSlots): read as
		// shown, a valid DNS label though no host.
		check = strings.ToLower(host)
	} else if why := c.malformedName(host); why == numericTLD {
		// Two addresses run together ("172.19.0.4172.18.0.4"): each
		// label valid, the name none; read as shown, and said so. A
		// label longer than DNS allows makes it no name at all.
		if len(host) > 253 || slices.ContainsFunc(strings.Split(host, "."), func(l string) bool { return !validLabel(l) }) {
			return false
		}
		if maskedOctets(strings.Split(strings.ToLower(host), ".")) {
			return false // an address with octets masked in capitals ("XX.XXX.XXX.53"), a redaction
		}
		numeric, c.malformed = true, why
	} else if why == colonsInName {
		// ssh given a host name with text after it ("x.a7:4a:3f:…"): read
		// as shown, and said so, when its parts are labels and its first
		// names something (not digits alone).
		first, _, _ := strings.Cut(host, ":")
		if checkHost(host, bareName(host)) != nil || !strings.ContainsFunc(first, unicode.IsLetter) {
			return false
		}
		numeric, c.malformed = true, why
	} else if why != "" {
		// A name a configuration built broken ("sqs..amazonaws.com", an
		// empty region; "(db)") is what the program dialled: read, and
		// said so.
		// A name whose domain label was cut out ("smtp..de") is a
		// poster's redaction (see cutBeforeTLD), no name dialled.
		check = bareName(host)
		if !hostLike(check) && !strings.HasPrefix(host, "(") || cutBeforeTLD(strings.Split(strings.ToLower(host), ".")) {
			return false
		}
		c.malformed = why
	}
	if c.digits {
		c.malformed = digitsOnly
	}
	if !scheme && !numeric && !c.digits && !hostOK(check) && !(c.connect && dialledHostOK(check)) && !c.serviceName(check) || scheme && checkHost(check, check) != nil || c.strength < phrase && !c.isURL && !c.hostKey && isSourceFile(check) {
		return false
	}
	if rest, p, ok := cutSRV(host); ok {
		// A DNS SRV name ("_mongodb._tcp.x") names host x and its
		// service's port; x must be a host itself ("_mongodb._tcp.0.0"
		// names none).
		if c.malformed == "" && checkHost(rest, rest) != nil {
			return false
		}
		host = rest
		if p != 0 {
			c.defPort = p
		}
	}
	c.host = normHost(host)
	if port == "" {
		return true
	}
	p, err := strconv.Atoi(port)
	if err != nil || p < 1 || p > 65535 {
		return false
	}
	c.port, c.portFrom = p, PortExplicit
	return true
}

// setURL fills the candidate from a URL.
// urlTrail are the characters a URL in text is never read to end in:
// the sentence's punctuation and the closing quote around it, typographic
// ones too (R's "cannot open URL ‘https://x/a’" in a UTF-8 locale, “x”,
// «x»).
const urlTrail = ".,;:'\"`…’”»›"

func (c *cand) setURL(raw string) bool {
	raw = strings.TrimRight(raw, urlTrail)
	u, err := url.Parse(raw)
	c.isURL = true
	if err != nil || u.Host == "" || len(u.Scheme) > maxScheme || !c.setHost(u.Hostname(), urlPort(u)) {
		c.isURL = false
		return false
	}
	c.url, c.scheme = raw, strings.ToLower(u.Scheme)
	if _, known := schemePorts[c.scheme]; !known {
		// "httos://x/", a poster's slip for https: read, and requested,
		// as the scheme meant (the evidence keeps what was written).
		if w := webTypo(c.scheme); w != c.scheme {
			c.url, c.scheme = w+raw[len(u.Scheme):], w
		}
	}
	if c.port == 0 {
		p, ok := SchemePort(c.scheme)
		if !ok {
			return false
		}
		c.port, c.portFrom = p, PortScheme
	}
	return true
}

// urlPort is the port a URL gives: port 0 is none, the scheme's default
// (the ClickHouse Java client's "ClickHouseNode [uri=http://localhost:0/default]"
// for a node configured with no port).
func urlPort(u *url.URL) string {
	if p := u.Port(); strings.Trim(p, "0") != "" {
		return p
	}
	return ""
}

// goRequestTail is the end of Go's HTTP client's error just before its
// dial: `Post "https://x/": ` (unquoted before Go 1.14).
var goRequestTail = regexp.MustCompile(`(?:` + methodAlt(true) + `) "?[A-Za-z][A-Za-z0-9+.\-]*://[^\s"]+"?: $`)

// goRequestDial reports whether a mention after before is the dial of Go's
// HTTP client's request, `Post "https://x:8443/login": dial tcp
// x.x.x.x:8443: connect: …`: the request names the host the address was
// dialled for, so a poster's redaction of the address hides no host (a
// name beats the address dialled for it). A proxy's dial
// ("proxyconnect tcp: dial tcp …") is not the request's.
func goRequestDial(before string) bool {
	return strings.HasSuffix(before, ": ") && goRequestTail.MatchString(before)
}

// poolCause reports whether a mention at is in the "(Caused by …)" of
// urllib3's "HTTPConnectionPool(host='x', port=n): Max retries exceeded
// …": the pool names the host the cause is about, so a poster's
// redaction there ("Connection to x.x.x.x timed out") hides no host.
func poolCause(src string, at int) bool {
	i := strings.Index(src[:at], "ConnectionPool(host=")
	return i >= 0 && causeAt(src[i:at]) >= 0
}

// dropRegistry drops Terraform's registry host (see registryFor) when a
// URL was read: the request Terraform says failed is what the URL names.
// A URL in the text that was read as none (a documentation link on a line
// that fails nothing) leaves the registry host.
func (s *scan) dropRegistry() {
	if !slices.ContainsFunc(s.cands, func(c cand) bool { return c.registry }) ||
		!slices.ContainsFunc(s.cands, func(c cand) bool { return c.isURL }) {
		return
	}
	s.cands = slices.DeleteFunc(s.cands, func(c cand) bool { return c.registry })
}

// macAddress is a MAC address written with colons or hyphens.
var macAddress = regexp.MustCompile(`^[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}$`)

// insideMAC reports whether src[from:to] lies within a MAC address
// ("04:a3:16:45:b0:90"), read whole from the hex digits and separators
// around it: a network card's address, never a host and port.
func insideMAC(src string, from, to int) bool {
	if to-from > 17 || from > 0 && src[from-1] != ':' && src[from-1] != '-' && to < len(src) && src[to] != ':' && src[to] != '-' {
		return false
	}
	macByte := func(c byte) bool { return isHexDigit(c) || c == ':' || c == '-' }
	a, b := from, to
	for a > 0 && macByte(src[a-1]) {
		a--
	}
	for b < len(src) && macByte(src[b]) {
		b++
	}
	return macAddress.MatchString(src[a:b])
}
