package target

import (
	"net"
	"regexp"
	"strconv"
	"strings"
)

// A program that says it goes through a proxy connects only to the proxy:
// when it then reports that a connection timed out, was refused or found
// no route, and no message names the hop it connected to, the hop that
// failed is the proxy. These are the ways programs announce one.
var (
	// proxyAnnounced finds a proxy a program says it uses, with its port:
	// Maven's "[DEBUG] Using Proxy: proxy:3128", curl's "* Uses proxy env
	// variable https_proxy == 'http://10.0.0.8:3128'", pip's and curl's
	// "--proxy=10.0.0.8:3128", npm's config lines ("proxy =
	// \"http://10.0.0.8:3128/\"", "npm config set https-proxy …"), an
	// environment or config setting ("https_proxy=http://…:3128", a line
	// starting "proxy: …", or after CJK punctuation: "我在mac电脑上运行的，
	// proxy：127.9.0.1:7890", its full-width colon read as ':'), and "…
	// via proxy 10.0.0.8:3128" or "through proxy …", FreeRDP's "[INFO]
	// [com.freerdp.core.proxy] - Parsed proxy configuration:
	// http://10.0.0.8:3128". A Go module proxy
	// ("Using go proxy: …") serves modules over HTTP and is no such hop.
	proxyAnnounced = regexp.MustCompile(`(?im)(?:\busing proxy:?|\bparsed proxy configuration:|\buses proxy env variable \w+ ==|(?:^|\s)--proxy[= ]|` +
		`(?:^|[\s;'"])(?:export\s+)?(?:(?:https?|all)[-_])?proxy['"]?\s*=|^\s*['"]?(?:(?:https?|all)[-_])?proxy['"]?\s*:|(?:，|、)proxy\s*:|` +
		`\bnpm config set (?:https-)?proxy|` +
		`\b(?:via|through) (?:the |an? )?(?:http |https |socks5? )?proxy:?)\s*['"]?` +
		`(?:[a-z][a-z0-9+.\-]*://)?(?:[^@\s'"/]*@)?(?P<hp>` + reHostPort + `)(?:[/'"\s]|$)`)
	// javaProxyHost and javaProxyPort are the JVM's proxy settings
	// (-Dhttps.proxyHost=x -Dhttps.proxyPort=3128, Gradle's
	// systemProp.http.proxyHost=x).
	javaProxyHost = regexp.MustCompile(`(?i)\bproxyhost\s*[=:]\s*['"]?(` + reHost + `)`)
	javaProxyPort = regexp.MustCompile(`(?i)\bproxyport\s*[=:]\s*['"]?([0-9]{1,5})\b`)
	// cabalProxy is cabal-install's debug line for the proxy it took
	// from http_proxy (HttpUtils): "proxy uri host: 10.0.0.8, port:
	// :3128", the URI's port with its colon.
	cabalProxy = regexp.MustCompile(`\bproxy uri host: (` + reHost + `), port: :?([0-9]{1,5})\b`)
	// curlAboutProxy is old curl's (before 7.39) verbose "* About to
	// connect() to proxy localhost port 3128 (#0)", which Vagrant's box
	// downloads print.
	curlAboutProxy = regexp.MustCompile(`About to connect\(\) to proxy (` + reHost + `|` + reIP + `) port ([0-9]{1,5})\b`)
	// httpStatusWords show that a server answered with an HTTP status: a
	// proxy that says "504 Gateway Timeout" worked; what it could not
	// reach is behind it.
	httpStatusWords = []string{"http/1.", "http/2", "status code", "status: 5", "status: 4", "bad gateway",
		"gateway timeout", "gateway time-out", "service unavailable", "received status"}
)

// hostPortProxies are the announcements that give a proxy's host and port
// as two submatches, each with a lower-case needle the text must hold.
var hostPortProxies = []struct {
	needle string
	re     *regexp.Regexp
}{{"about to connect() to proxy ", curlAboutProxy}, {"proxy uri host: ", cabalProxy}}

// announcedProxy returns the proxy the text says the program uses, as
// host and port, and the byte offset where it is first named; "" when the
// text names none or two different ones.
func announcedProxy(text, low string) (string, int, int) {
	host, port, at := "", 0, -1
	one := func(h string, p, pos int) bool {
		if host != "" && (h != host || p != port) {
			return false
		}
		if host == "" {
			at = pos
		}
		host, port = h, p
		return true
	}
	if strings.Contains(low, "proxy") {
		for _, m := range proxyAnnouncedAll(text, 8) {
			h, p, err := net.SplitHostPort(text[m[2]:m[3]])
			c := cand{}
			if err != nil || !c.setHost(strings.Trim(h, "[]"), p) {
				continue
			}
			if !one(c.host, c.port, m[2]) {
				return "", 0, -1
			}
		}
	}
	if strings.Contains(low, "proxyhost") && strings.Contains(low, "proxyport") {
		h, p := javaProxyHost.FindStringSubmatchIndex(text), javaProxyPort.FindStringSubmatch(text)
		c := cand{}
		if h != nil && p != nil && c.setHost(text[h[2]:h[3]], p[1]) && !one(c.host, c.port, h[2]) {
			return "", 0, -1
		}
	}
	for _, f := range hostPortProxies {
		if !strings.Contains(low, f.needle) {
			continue
		}
		m := f.re.FindStringSubmatchIndex(text)
		c := cand{}
		if m != nil && c.setHost(text[m[2]:m[3]], text[m[4]:m[5]]) && !one(c.host, c.port, m[2]) {
			return "", 0, -1
		}
	}
	return host, port, at
}

// requestLine is an HTTP request as a client's debug output dumps it,
// "GET http://x/… HTTP/1.1": its version is no status the server
// returned.
var requestLine = regexp.MustCompile(`(?m)^[ \t]*(?:` + methodAlt(false) + `|connect) \S+ http/1\.[01][ \t\r]*$`)

// throughProxy applies "a program that says it uses a proxy connects only
// to the proxy" to t, read from the text's candidate c: when t's failure
// is one of connecting (timed out, refused, unreachable), c is no message
// naming the hop it connected to ("Failed to connect to x port 443",
// "connect ETIMEDOUT 10.0.0.5:443"), no HTTP status was returned, and the
// text announces a proxy other than t's host, the proxy is the target and
// t's host its final destination. A failed look-up is one too when t's
// host is an IP address, which needs none: the name that did not resolve
// is the proxy's (FreeRDP's "Parsed proxy configuration:
// http://proxy.corp.test:3128" then "ERRCONNECT_DNS_NAME_NOT_FOUND" and
// "getaddrinfo: Name or service not known" for "/v:10.0.0.5:3389").
func (s *scan) throughProxy(t *Target, c cand) {
	switch t.Failure {
	case FailureTimeout, FailureRefused, FailureUnreachable:
	case FailureNoSuchHost:
		if net.ParseIP(t.Host) == nil {
			return
		}
	default:
		return
	}
	// A connect the line says was a proxy's (Python's ProxyError('Cannot
	// connect to proxy.', …) under the pool of the host requested) names
	// the destination, not the hop: the announced proxy is the hop.
	if c.connect && !s.proxyLine(c.line) || t.Via != "" {
		return
	}
	low := strings.ToLower(s.text)
	if !strings.Contains(low, "proxy") {
		return
	}
	w := strings.ToLower(s.window(c.line, 3))
	if strings.Contains(w, "http/1.") {
		w = requestLine.ReplaceAllString(w, "")
	}
	for _, sw := range httpStatusWords {
		if strings.Contains(w, sw) {
			return
		}
	}
	host, port, at := announcedProxy(s.text, low)
	if host == "" || strings.EqualFold(host, t.Host) {
		return
	}
	t.Via = t.Host
	t.Host, t.Port, t.PortFrom = host, port, PortExplicit
	t.Addr, _ = curlTriedFailed(s.text[at:])
	t.Scheme, t.URL = "", ""
	// The evidence is where the program named its proxy.
	i := s.lineAt(at)
	t.Evidence, t.Line = lineAround(s.text, at, at), s.lines[i].num
}

// curlTrying is curl's verbose "*   Trying ::1..." (":443..." since 7.70):
// the address it dials next, and its port.
var curlTrying = regexp.MustCompile(`\*\s+Trying (` + reIP + `|\[[0-9a-fA-F:.]+\])(?::([0-9]{1,5}))?\.\.\.`)

// curlFellBack reports whether a line of curl's verbose output is one
// address's failed connect that curl got past: "* connect to 104.20.23.46
// port 443 failed: Connection refused" (or "* Immediate connect fail
// for …"), with "* Connected to " in the 2 KB of output after it. curl
// tried the host's next address and connected; what failed after that
// (a reset handshake) is the failure, on the address it connected to.
func curlFellBack(line, after string) bool {
	l := strings.TrimLeft(line, " \t")
	if !strings.HasPrefix(l, "* ") || !(strings.HasPrefix(l[2:], "connect to ") && strings.Contains(l, " failed") || strings.HasPrefix(l[2:], "Immediate connect fail")) {
		return false
	}
	return strings.Contains(after[:min(len(after), 2<<10)], "\n* Connected to ")
}

// curlTriedFailed returns the first address curl's verbose output tried
// and failed on ("*   Trying ::1...", "* Connection refused"; after its
// proxy's announcement, "* About to connect() to proxy localhost port
// 3128", the address dialled for the proxy), and the port the line gives
// (0 before curl 7.70). "" when none failed.
func curlTriedFailed(text string) (string, int) {
	if !strings.Contains(text, "Trying ") {
		return "", 0
	}
	ms := curlTrying.FindAllStringSubmatchIndex(text, 8)
	for k, m := range ms {
		end := len(text)
		if k+1 < len(ms) {
			end = ms[k+1][0]
		}
		ip := strings.Trim(text[m[2]:m[3]], "[]")
		if net.ParseIP(ip) != nil && classifyFailure(text[m[1]:end]) != FailureNone {
			port := 0
			if m[4] >= 0 {
				port, _ = strconv.Atoi(text[m[4]:m[5]])
			}
			return ip, port
		}
	}
	return "", 0
}
