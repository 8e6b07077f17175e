package target

import (
	"net"
	"regexp"
	"strconv"
	"strings"
)

// via returns the final destination when the target is a proxy that failed:
// a URL on the failing line names another host than the hop the message
// says it connected to (git's "unable to access 'https://github.com/…':
// Failed to connect to proxy port 3128") or than the hop the line calls a
// proxy (Python's "HTTPConnectionPool(host='10.0.0.8', port=80): Max retries
// exceeded with url: http://x/… (Caused by ProxyError(…))"), or the target is
// named as a proxy and the paste requests a URL from another host.
func (s *scan) via(c cand) string {
	if m := curlVia.FindStringSubmatch(s.text[c.pos:c.end]); m != nil {
		return strings.Trim(m[1], "[]") // curl's "Failed to connect to x port 443 via P after 0 ms"
	}
	for _, o := range s.cands {
		// The same host on another port is another hop (a proxy on
		// localhost:8081 in front of a server on localhost:1235).
		if !o.isURL || strings.EqualFold(o.host, c.host) && (o.port == c.port || !s.proxyLine(c.line)) {
			continue
		}
		if (c.connect || s.proxyLine(c.line)) && o.line == c.line || strings.Contains(c.host, "proxy") || s.goProxyConnect(o, c) {
			return o.host
		}
	}
	if d := s.relayDest(c); d != "" {
		return d
	}
	if d := s.relayedDest(c); d != "" {
		return d
	}
	if d := s.clashDest(c); d != "" {
		return d
	}
	if d := s.balancedDest(c); d != "" {
		return d
	}
	if c.connect {
		return s.requestedElsewhere(c)
	}
	return ""
}

// curlVia is the start of curl 8's "Failed to connect to x port 443 via P
// after 0 ms: …", P the proxy that failed and x the destination.
var curlVia = regexp.MustCompile(`(?i)^failed to connect to (\S+) port [0-9]+ via `)

// goProxyAfterURL is what Go's net/http puts between the URL it requested
// and the proxy it failed to reach: "Post \"https://x/…\": proxyconnect
// tcp: dial tcp: lookup P: …" (or "dial tcp 10.0.0.8:3128: …"), the
// blanks line breaks too when a program wraps the error to its terminal
// (snap's "error: cannot install \"x\": Post\n       \"https://…\":
// proxyconnect tcp: dial tcp:\n       lookup https: …").
var goProxyAfterURL = regexp.MustCompile(`^"?:?\s+proxyconnect tcp:\s+dial tcp[46]?:?\s+(?:lookup\s+)?\[?$`)

// goProxyConnect reports whether c is the proxy Go's net/http failed to
// reach for URL mention o, whose message may wrap over the two lines
// before c's.
func (s *scan) goProxyConnect(o, c cand) bool {
	return o.line <= c.line && o.line >= c.line-2 && o.end <= c.pos && c.pos-o.end < 120 &&
		goProxyAfterURL.MatchString(s.text[o.end:c.pos])
}

// relayLine is a relay's log line naming the destination it was asked for,
// then the connect to its next hop that failed (shadowsocks-heroku's
// "remote github.com:443 error: Error: connect ECONNREFUSED
// 23.23.117.76:8080").
var relayLine = regexp.MustCompile(`(?i)\bremote (?P<dest>` + reHostPort + `) error: (?:Error: )?connect E[A-Z]+ (?P<hop>` + reHostPort + `)`)

// relayDest returns the destination a relay's log line names before the
// failing connect to hop c, on another host and port: the hop is the
// target and the destination its Via.
func (s *scan) relayDest(c cand) string {
	line := s.text[s.lines[c.line].start:s.lines[c.line].end]
	if !strings.Contains(line, "remote ") {
		return ""
	}
	m := relayLine.FindStringSubmatch(line)
	if m == nil {
		return ""
	}
	dh, dp, err1 := net.SplitHostPort(m[1])
	hh, hp, err2 := net.SplitHostPort(m[2])
	if err1 != nil || err2 != nil || !strings.EqualFold(normHost(hh), c.host) || hp != strconv.Itoa(c.port) ||
		strings.EqualFold(dh, hh) || dp == hp || !usableHost(dh) {
		return ""
	}
	return normHost(dh)
}

// relayTimeout is Shadowsocks for Windows' log line for a server that did
// not answer, "[2019-02-26 18:10:23] 97.64.110.247:443 timed out";
// relayConnect its line naming a destination it relays to, "connect to
// clients1.google.com:443".
var (
	relayTimeout = regexp.MustCompile(`^(?:\[[^\]\n]*\] )?(?P<hp>` + reHostPort + `) timed out\s*$`)
	relayConnect = regexp.MustCompile(`^(?:\[[^\]\n]*\] )?connect to (?P<hp>` + reHostPort + `)\s*$`)
)

// relayedDest returns the destination of the first of the twenty lines
// above c's that name one, when c's line is a relay's server timing out
// (see relayTimeout): the server is the target and the destination its
// Via. Another host only; none when no such line is above.
func (s *scan) relayedDest(c cand) string {
	line := s.text[s.lines[c.line].start:s.lines[c.line].end]
	if !strings.HasSuffix(strings.TrimRight(line, " \t\r"), " timed out") {
		return ""
	}
	m := relayTimeout.FindStringSubmatch(line)
	if m == nil {
		return ""
	}
	if h, p, err := net.SplitHostPort(m[1]); err != nil || !strings.EqualFold(normHost(h), c.host) || p != strconv.Itoa(c.port) {
		return ""
	}
	for i := max(0, c.line-20); i < c.line; i++ {
		l := s.text[s.lines[i].start:s.lines[i].end]
		if !strings.Contains(l, "connect to ") {
			continue
		}
		if d := relayConnect.FindStringSubmatch(l); d != nil {
			if h, _, err := net.SplitHostPort(d[1]); err == nil && !strings.EqualFold(normHost(h), c.host) && usableHost(h) {
				return normHost(h)
			}
		}
	}
	return ""
}

// requestedElsewhere returns the host of the URL the program said it was
// requesting on one of the three lines before a connect failure, when the
// failure names another hop on another port: a client fetching a URL
// connects to its host on its port or to a proxy, so the hop is a proxy
// and the URL's host the final destination (npm's "http request GET
// http://registry.npmjs.org/x" then "connect ECONNREFUSED 10.0.0.8:3128";
// "curl -I https://x" then "Failed to connect to 127.0.0.1 port 17890").
// A request is a URL after an HTTP method or on a curl or wget command line.
func (s *scan) requestedElsewhere(c cand) string {
	via := ""
	for _, o := range s.cands {
		if !o.isURL || o.line >= c.line || o.line < c.line-3 || o.port == 0 || o.port == c.port ||
			strings.EqualFold(o.host, c.host) {
			continue
		}
		start := s.lines[o.line].start
		if !o.req && !cmdLine.MatchString(s.text[start:o.pos]) {
			continue
		}
		if via != "" && !strings.EqualFold(via, o.host) {
			return ""
		}
		via = o.host
	}
	return via
}

// balancerLine is k3s's (and RKE2's) agent starting its local load
// balancer: its name, the address it listens on, the servers behind it and,
// in later versions, the default one ("Running load balancer
// k3s-agent-load-balancer 127.0.0.1:6444 -> [pi.local:6443] [default:
// pi.local:6443]").
var balancerLine = regexp.MustCompile(`Running load balancer \S+ (?P<local>` + reHostPort + `) -> \[(?P<servers>[^\]\n]*)\](?: \[default: (?P<def>` + reHostPort + `)\])?`)

// balancedDest returns the server behind the local load balancer that
// c is, started on a line above c's: the one host its servers are on, or
// else its default server's host. A client of the balancer dials only the
// balancer, which relays to the servers, so they are the destination.
func (s *scan) balancedDest(c cand) string {
	end := s.lines[c.line].start
	if !strings.Contains(s.text[:end], "Running load balancer ") {
		return ""
	}
	dest := ""
	for _, m := range balancerLine.FindAllStringSubmatch(s.text[:end], -1) {
		h, p, err := net.SplitHostPort(m[1])
		if err != nil || !strings.EqualFold(normHost(h), c.host) || p != strconv.Itoa(c.port) {
			continue
		}
		dest = ""
		for _, srv := range strings.Fields(m[2]) {
			sh, _, err := net.SplitHostPort(srv)
			if err != nil || !usableHost(sh) || dest != "" && !strings.EqualFold(dest, normHost(sh)) {
				dest = ""
				break
			}
			dest = normHost(sh)
		}
		if dest == "" && m[3] != "" {
			if dh, _, err := net.SplitHostPort(m[3]); err == nil && usableHost(dh) {
				dest = normHost(dh)
			}
		}
		if strings.EqualFold(dest, c.host) {
			dest = ""
		}
	}
	return dest
}

// clashLines are Clash's (and mihomo's) log lines for a connection it
// relayed through an upstream proxy that failed: the destination, then
// the proxy's address and "connect error" ("[TCP] dial lanternhttp (match
// Match/) to 13.107.4.52:80 error: 127.0.0.1:50873 connect error: dial
// tcp4 127.0.0.1:50873: connectex: …"), or the proxy's address first and
// the destination as rAddr ("[TCP] dial failed error=192.168.31.31:50345
// connect error: dial tcp4 192.168.31.31:50345: i/o timeout proxy=默认
// lAddr=198.18.0.1:2020 rAddr=oth.eve.mdt.qq.com:8081 rule=Match").
var clashLines = []*regexp.Regexp{
	regexp.MustCompile(`\[TCP\] dial \S.*?(?: to | --> )(?P<dest>` + reHostPort + `) error: (?P<hop>` + reHostPort + `) connect error`),
	regexp.MustCompile(`\[TCP\] dial failed error=(?P<hop>` + reHostPort + `) connect error: .*?\brAddr=(?P<dest>` + reHostPort + `)`),
}

// clashDest returns the destination Clash relayed to through the proxy c
// that failed, on c's line (see clashLines): another host only.
func (s *scan) clashDest(c cand) string {
	line := s.text[s.lines[c.line].start:s.lines[c.line].end]
	if !strings.Contains(line, "[TCP] dial ") || !strings.Contains(line, " connect error") {
		return ""
	}
	for _, re := range clashLines {
		m := re.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		dest, hop := m[re.SubexpIndex("dest")], m[re.SubexpIndex("hop")]
		hh, hp, err1 := net.SplitHostPort(hop)
		dh, _, err2 := net.SplitHostPort(dest)
		if err1 != nil || err2 != nil || !strings.EqualFold(normHost(hh), c.host) || hp != strconv.Itoa(c.port) ||
			strings.EqualFold(normHost(dh), c.host) || !usableHost(dh) {
			return ""
		}
		return normHost(dh)
	}
	return ""
}
