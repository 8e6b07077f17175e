package target

import (
	"net"
	"regexp"
	"strconv"
	"strings"
)

// choose returns the index of the candidate that names the target, by the
// rules in the package doc.
func (s *scan) choose() (int, bool) {
	best := s.pick(false)
	if best >= 0 && webURL(s.cands[best]) && databaseError(s.text) {
		best = s.pick(true)
	}
	if best < 0 || s.placeholder && !s.lines[s.cands[best].line].err && !s.fieldsUnderMask(s.cands[best]) ||
		s.lines[s.cands[best].line].redacted > s.cands[best].strength {
		return 0, false
	}
	if s.connectedAfterFailing(s.cands[best]) || s.cands[best].peer || s.unixDialAfter(s.cands[best]) || s.socketFileFailed(s.cands[best]) {
		return 0, false
	}
	best = s.preferName(best)
	named := best
	best = s.firstFailing(best)
	best = s.settingNamed(best)
	c := &s.cands[best]
	if c.port == 0 {
		c.port, c.portFrom = s.portFor(*c)
	} else if c.portFrom == PortScheme {
		// An explicit port beats a scheme's: a dump naming the same host
		// with its port ("address = x, port = 8443") after the URL.
		if p, ok := s.explicitPort(*c); ok {
			c.port, c.portFrom = p, PortExplicit
		} else if ip := s.plainSocket(*c); ip != "" {
			c.port, c.portFrom, c.addr = 80, PortExplicit, ip
		}
	}
	if c.addr == "" && net.ParseIP(c.host) == nil && !c.dns {
		c.addr = s.addrFor(*c)
		if n := s.cands[named]; c.addr == "" && named != best && !n.dns {
			// The later line that named the target chose it, and
			// what it dialled is said around that line.
			c.addr = n.addr
			if c.addr == "" {
				c.addr = s.addrFor(n)
			}
		}
	}
	return best, true
}

// unixDialAfter reports whether c's line goes on to say that what failed
// was a dial of a Unix socket, Go's "dial unix /path: connect: …": the
// failure names a socket file, no host, and c is the context before it
// (derper's "derp: 192.168.1.1:33204: client … rejected: … Error: dial
// unix /var/run/tailscale/tailscaled.sock: connect: connection refused",
// the client that connected).
func (s *scan) unixDialAfter(c cand) bool {
	end := s.lines[c.line].end
	if c.end >= end {
		return false
	}
	rest := s.text[c.end:end]
	k := strings.Index(rest, "dial unix ")
	return k >= 0 && k+len("dial unix ") < len(rest) && strings.IndexByte("/@", rest[k+len("dial unix ")]) >= 0
}

// socketPath is a Unix domain socket's file as a failure names it:
// "/var/snap/wekan/76/share/mongodb-27019.sock", "unix:///run/docker.sock".
var socketPath = regexp.MustCompile(`(?:^|[\s\[('"=])(?:unix:(?://)?)?/[\w./@-]*\.sock(?:et)?\b`)

// socketFileFailed reports whether c, named on a line that states no
// failure, stands beside failing lines of which the first names a Unix
// socket's file: what failed to connect was the socket, no host
// (Wekan's MongoError "failed to connect to server
// [/var/snap/wekan/76/share/mongodb-27019.sock:27017] on first connect"
// under its settings' "MAIL_URL='smtp://…@mailserver.examples.com:25/'").
//
// A Java trace under that first failing line whose connect is a local
// socket's says the same (scrcpy's server: "[server] ERROR: Connection
// refused" over "java.io.IOException: Connection refused" "at
// android.net.LocalSocketImpl.connectLocal", below the "adb -s
// 10.0.0.83:34568 shell …" that ran it).
func (s *scan) socketFileFailed(c cand) bool {
	if s.lines[c.line].err {
		return false
	}
	sockFile, local := strings.Contains(s.text, ".sock"), localSocketFrame(s.text)
	if !sockFile && !local {
		return false
	}
	for i, ln := range s.lines {
		if line := s.text[ln.start:ln.end]; ln.err || s.lineFailing(line) {
			return i != c.line && (sockFile && socketPath.MatchString(line) || local && s.localSocketBelow(i))
		}
	}
	return false
}

// localSocketFrames are stack frames of a connect to a local (Unix domain)
// socket: Android's LocalSocket, junixsocket's AFUNIXSocket, the JDK's
// UnixDomainSockets.
var localSocketFrames = []string{"LocalSocketImpl.connect", "AFUNIXSocket.connect", "UnixDomainSockets.connect"}

// localSocketFrame reports whether text holds one of localSocketFrames.
func localSocketFrame(text string) bool {
	for _, f := range localSocketFrames {
		if strings.Contains(text, f) {
			return true
		}
	}
	return false
}

// localSocketBelow reports whether the failing line i, with the failing
// lines and the trace's frames that follow it, holds a local socket's
// connect frame.
func (s *scan) localSocketBelow(i int) bool {
	for j := i; j < len(s.lines); j++ {
		line := s.text[s.lines[j].start:s.lines[j].end]
		if j > i && !s.lines[j].err && !s.lineFailing(line) && !strings.HasPrefix(strings.TrimSpace(line), "at ") {
			return false
		}
		if localSocketFrame(line) {
			return true
		}
	}
	return false
}

// fieldsUnderMask reports whether c is the address and port of Node's
// error object printed under its message that the poster masked
// ("Error: connect ETIMEDOUT 118.1xx.xxx.xx:4xx", then "address:
// '118.193.240.37', port: 443" in the object that follows within 8
// lines): the same error's fields, left as the program printed them.
func (s *scan) fieldsUnderMask(c cand) bool {
	if c.program != "Node.js" || c.strength != structured || !strings.HasPrefix(s.text[c.pos:], "address: '") {
		return false
	}
	for j := c.line - 1; j >= 0 && j >= c.line-8; j-- {
		if s.lines[j].redacted > 0 {
			return true
		}
	}
	return false
}

// pick returns the index of the best candidate, -1 when there is none;
// noWeb leaves out web URLs (see databaseError).
func (s *scan) pick(noWeb bool) int {
	best := -1
	for i, c := range s.cands {
		if noWeb && webURL(c) || c.peer {
			continue // (a peer that connected to the program is no target: see markConnectedPeers)
		}
		if best < 0 || s.better(c, s.cands[best]) {
			best = i
		}
	}
	return best
}

// webURL reports whether a mention is a URL of the web (http, https, ws,
// wss).
func webURL(c cand) bool {
	switch c.scheme {
	case "http", "https", "ws", "wss":
		return c.isURL
	}
	return false
}

// databaseErrors are lower-case fragments of the errors database clients
// print when they cannot reach their server: PDO's SQLSTATE with MySQL's
// client errors (2002 can't connect, 2003, 2005 unknown host, 2006 gone)
// or the SQL standard's class 08 (connection exception), MySQL's and
// JDBC's, psql's, Oracle's network errors (ORA-12xxx: TNS), SQL Server's,
// MongoDB's and Redis'. (Not "could not connect to server": libcurl says
// that too.)
var databaseErrors = []string{"sqlstate[hy000] [200", "sqlstate[08", "can't connect to mysql server",
	"can't connect to local mysql server", "unknown mysql server host", "lost connection to mysql server",
	"communications link failure", "is the server running on", "connection to server at",
	"connection to server on socket", "could not translate host name", "ora-12",
	"error occurred while establishing a connection to sql server", "mongonetworkerror",
	"mongoserverselectionerror", "serverselectiontimeouterror", "could not connect to redis"}

// databaseError reports whether the text holds a database client's error
// about reaching its server. Such an error names its server or none: a web
// page's URL printed with it (the page the error appeared on, "on
// http://x") is not the database server, whatever protocol a URL names
// the database in (mysql://, postgres://) still is.
func databaseError(text string) bool {
	return containsAny(strings.ToLower(text), databaseErrors)
}

// explicitPort finds a port a message or dump gives for c's host (a
// phrase or structured mention, not a bare host:port word).
func (s *scan) explicitPort(c cand) (int, bool) {
	for _, o := range s.cands {
		if o.portFrom == PortExplicit && o.strength >= structured && strings.EqualFold(o.host, c.host) {
			return o.port, true
		}
	}
	return 0, false
}

// plainSocket returns the address of the socket an https URL's request
// read or wrote on port 80, HTTP's own, on the URL's line: Go's "Post
// \"https://controlplane.tailscale.com/machine/register\": read tcp
// 172.24.222.221:47288->18.156.90.224:80: read: connection reset by peer",
// tailscaled's control protocol, which runs on port 80 whatever the URL
// says. The socket that failed names the port; "" when none does. A
// socket on another port may be a proxy's (Go's net/http names a proxy's
// socket, not the URL's, once the proxy is dialled), so only 80 is read.
func (s *scan) plainSocket(c cand) string {
	if !c.isURL || c.scheme != "https" || !c.req {
		return ""
	}
	for _, o := range s.cands {
		if o.line != c.line || o.pos < c.end || o.port != 80 || net.ParseIP(o.host) == nil {
			continue
		}
		before := s.text[s.lines[o.line].start:o.pos]
		if !strings.HasSuffix(before, "->") {
			continue
		}
		k := strings.LastIndexByte(before, ' ')
		if k >= 4 && (strings.HasSuffix(before[:k], "read tcp") || strings.HasSuffix(before[:k], "write tcp")) {
			return o.host
		}
	}
	return ""
}

// better reports whether a names the target rather than b: a mention on a
// failing line beats one elsewhere, then the stronger kind of mention, then
// the earlier line, then the innermost of requests chained on one line,
// then the earlier mention.
func (s *scan) better(a, b cand) bool {
	ea, eb := s.lines[a.line].err, s.lines[b.line].err
	switch {
	case ea != eb:
		return ea
	case ea && s.stepKindOnly && s.lines[a.line].kindBelow != s.lines[b.line].kindBelow:
		// The one step whose failure a line states beats failing lines
		// that state none (see stepFailedBelow).
		return s.lines[a.line].kindBelow
	case (a.role == roleSource) != (b.role == roleSource):
		// The other end of a connection a server logs ("connection from
		// x", "client: x") or the local end of a socket is not what
		// failed to be reached.
		return b.role == roleSource
	case a.strength != b.strength:
		return a.strength > b.strength
	case a.line != b.line:
		return a.line < b.line
	case a.role != b.role:
		// On one line, a mention the words call the destination ("… to
		// x", "dial x", "upstream: x") beats one they say nothing of.
		return a.role > b.role
	case a.req && b.req && !strings.EqualFold(a.host, b.host):
		// Go wraps a request that failed inside the one that caused it
		// ("Get https://registry/…: Get https://auth/token…: net/http:
		// request canceled"): the innermost, last, request failed.
		return a.pos > b.pos
	}
	return a.pos < b.pos
}

// preferName applies "a name beats the IP dialled for it": when the chosen
// mention is an IP, a name given with the same port (best on the same line,
// then on a failing line), or paired with the IP ("name/IP", "name (IP)",
// "name|IP|", "name[0: IP]"), becomes the target and the IP its Addr. An IP that came without a port yields to a name and port the
// text gives elsewhere (telnet's "connect to address IP" after "telnet
// name 23").
func (s *scan) preferName(best int) int {
	c := s.cands[best]
	if net.ParseIP(c.host) == nil {
		return best
	}
	pick := -1
	proxy := s.proxyLine(c.line)
	ownURL := s.ipURLLine(c)
	var names portNames
	for i, o := range s.cands {
		// A command line the user ran before the failure, naming host
		// and port (ssh, telnet, nc, mysql -h, psql -h, redis-cli -h),
		// names the IP the failing message then gives on that port
		// ("ssh root@localhost -p 2222" then "Connection reset by
		// 127.0.0.1 port 2222"), when no other name is given that port.
		ran := o.cmd && o.line < c.line && c.line-o.line <= 10 && c.port != 0 &&
			(o.port == c.port || o.port == 0 && o.defPort == c.port) && net.ParseIP(o.host) == nil && names.only(s, o.host, c.port)
		// A config or code naming the host under a host key with the
		// port under a port key on a line just below (mineflayer's
		// createBot({ host: 'windsmp.net', port: 25565, … }) under
		// "connect ETIMEDOUT 57.128.211.116:25565") names the IP
		// dialled on that port, when no other name is given it.
		configured := o.port == 0 && c.port != 0 && net.ParseIP(o.host) == nil && s.portKeyedBelow(o) == c.port &&
			names.only(s, o.host, c.port)
		ran = ran || configured
		if net.ParseIP(o.host) != nil || o.port == 0 && c.port != 0 && !ran {
			continue
		}
		if o.isURL && proxy {
			continue // the URL is the destination behind the proxy that failed
		}
		if dnsQuestion(s.text[o.end:]) {
			continue // the name a DNS server was asked about, not the server's
		}
		// A name elsewhere counts when its line reports a failure too: with
		// the port given, or as the URL requested on the line just before
		// the one that dialled the IP ("fetch failed https://x/…" then
		// "connect ETIMEDOUT IP:443"); or, anywhere, as the URL an error
		// object gives as the request's ("url: 'http://x/…'", axios's
		// "_currentUrl: '…'" before its "cause: Error: connect
		// ECONNREFUSED IP:80").
		elsewhere := o.portFrom == PortExplicit && (s.lines[o.line].err || loopbackName(o.host, c.host)) ||
			s.lines[o.line].err && o.isURL && o.strength >= structured && o.line == c.line-1 ||
			o.isURL && o.line < c.line && c.line-o.line <= 2 && s.announced(o) ||
			o.isURL && o.keyed ||
			o.isURL && o.portFrom == PortExplicit && (o.line == c.line+1 || o.line == c.line-1) ||
			o.isURL && o.line < c.line && s.registryFlag(o) && names.only(s, o.host, c.port) ||
			o.line == c.line-1 && s.directConnect(o) ||
			o.line < c.line && c.line-o.line <= 3 && s.peerKeyed(o) ||
			o.line < c.line && c.line-o.line <= 3 && s.brokerConnected(o, c)
		samePort := o.port == c.port && (o.line == c.line || elsewhere && !ownURL) || ran ||
			// An IP whose message gives no port, only its program's
			// default, was dialled for the name a failing or announced
			// line gives with its port ("Downloading http://x/…" then
			// "wget: can't connect to remote host (IP)").
			c.connect && c.port == 0 && c.defPort != 0 && o.isURL && o.port != 0 && elsewhere && !ownURL
		// The URL of a curl or wget command line names the IP its error
		// then gives without a port ("curl -OL http://x/…" then "curl: (7)
		// Failed to connect to 2001:db8::c: Network is unreachable"),
		// unless the text pairs the IP with a name of its own (a
		// redirect's "Connecting to y (IP:443)").
		fetched := c.port == 0 && o.isURL && o.port != 0 && o.line < c.line && c.line-o.line <= 10 &&
			cmdLine.MatchString(s.text[s.lines[o.line].start:o.pos]) && !s.ipPaired(c.host)
		// (A Nagios plugin's -H names its host alone, and the plugin
		// dials its own port: "check_nrpe -H centos12" then "Could not
		// connect to 10.25.13.30: Connection reset by peer".)
		noPort := c.port == 0 && o.cmd && (o.port != 0 || o.defPort != 0 && o.program == "Nagios plugin") || fetched
		if (samePort || noPort) && (pick < 0 || s.closer(o, s.cands[pick], c)) {
			pick = i
		}
	}
	if pick < 0 {
		// A name the program said it was looking up just before it
		// dialled the IP (plink's "Looking up host \"x\"" then
		// "Connecting to 10.0.0.5 port 22"), or a name without a port a
		// failing line named as the destination right before the error
		// that gives the IP ("Error on connectMx for: { exchange: 'x' }"
		// then "connect ETIMEDOUT 10.0.0.5:25"), or a name a step line
		// said it was connecting to or requesting just before
		// (Minecraft Console Client's "Performing request to
		// authserver.mojang.com" then a SocketException at
		// "13.32.241.68:443").
		// A name the text pairs the IP with beats them: the name the
		// program says it connected to ("Looking up irc.freenode.net",
		// then HexChat's "Connecting to chat.freenode.net
		// (204.225.96.251:6697)"), which the first look-up's answer named.
		paired := s.pairedName(c.host, usableHost)
		for i, o := range s.cands {
			if paired != "" && !strings.EqualFold(paired, o.host) {
				continue
			}
			before := o.line < c.line && c.line-o.line <= 2 && o.strength == weak && o.port == 0 && !o.cmd &&
				o.role != roleSource && (s.lines[o.line].err || o.steps) && c.port != 0 && !proxy
			if (o.resolves && o.line < c.line && c.line-o.line <= 5 || before) && net.ParseIP(o.host) == nil {
				pick = i
			}
		}
		if pick >= 0 {
			if p, from := s.portFor(c); from == PortExplicit && s.cands[pick].port == 0 {
				s.cands[pick].port, s.cands[pick].portFrom = p, from
			}
			s.cands[pick].addr = c.host
			return pick
		}
		if paired == "" {
			paired = s.sshSessionName(c)
		}
		if paired != "" {
			s.cands[best].addr, s.cands[best].host = c.host, normHost(paired)
		}
		return best
	}
	if s.cands[pick].port == 0 {
		s.cands[pick].port, s.cands[pick].portFrom = c.port, c.portFrom
	}
	s.cands[pick].addr = c.host
	return pick
}

// portKey is a port under its key in a config or code ("port: 25565",
// "'port' => 3306", "port=5432").
var portKey = regexp.MustCompile(`(?i)(?:^|[\s,{(])['"]?port['"]?\s*(?:[:=]|=>)\s*['"]?([0-9]{1,5})\b`)

// portKeyedBelow returns the port a port key gives on one of the three
// lines below a mention under a host key ("host: 'x'", see hostKey), 0
// when none does or the mention's own line names a port.
func (s *scan) portKeyedBelow(o cand) int {
	if !strings.HasPrefix(strings.TrimLeft(strings.ToLower(s.text[o.pos:o.end]), ` \t,{(:'"`), "host") {
		return 0
	}
	if o.line+1 >= len(s.lines) || strings.Contains(strings.ToLower(s.text[o.end:s.lines[o.line].end]), "port") {
		return 0 // a port on its own line is read with it (see hostThenPort)
	}
	end := s.lines[min(o.line+3, len(s.lines)-1)].end
	m := portKey.FindStringSubmatch(s.text[s.lines[o.line+1].start:end])
	if m == nil {
		return 0
	}
	p, _ := strconv.Atoi(m[1])
	return p
}

// ipPaired reports whether the text pairs ip with a name ("name (ip)",
// "name/ip").
func (s *scan) ipPaired(ip string) bool {
	return s.pairedName(ip, func(string) bool { return true }) != ""
}

// pairedName returns the first name the text pairs with ip ("name (ip)",
// "name/ip") that keep accepts, "" when there is none.
func (s *scan) pairedName(ip string, keep func(string) bool) string {
	for _, m := range s.pairsNear(ip) {
		if p := net.ParseIP(m[2]); p != nil && p.String() == ip && net.ParseIP(m[1]) == nil && keep(m[1]) {
			return m[1]
		}
	}
	return ""
}

// peerKeyed reports whether mention o, a host:port, is the value of an
// error object's key naming the peer, "broker" or "host": KafkaJS's
// "{ broker: 'kafka-1:9094', message: 'Connection error: connect
// ECONNREFUSED 10.0.0.5:9094', …" names the broker the address dialled on
// that port is for.
func (s *scan) peerKeyed(o cand) bool {
	if o.isURL || o.portFrom != PortExplicit {
		return false
	}
	b := strings.TrimRight(s.text[s.lines[o.line].start:o.pos], "'\"` ")
	if b == "" || b[len(b)-1] != ':' && b[len(b)-1] != '=' {
		return false
	}
	b = strings.TrimRight(b[:len(b)-1], "'\"` ")
	k := len(b)
	for k > 0 && (isLetter(b[k-1]) || b[k-1] == '_') {
		k--
	}
	key := strings.ToLower(b[k:])
	return key == "broker" || key == "host"
}

// brokerConnectedAt is what Sarama's broker.go logs before the broker's
// host:port once its TCP connect worked.
const brokerConnectedAt = "Connected to broker at "

// brokerConnected reports whether mention o, a host:port, is the broker of
// Sarama's "Connected to broker at x:9092 (unregistered)", the latest such
// line above failing line c: its "read tcp 10.0.0.1:60375->10.0.0.5:9092:
// i/o timeout" then names the address it read from on that port.
func (s *scan) brokerConnected(o, c cand) bool {
	if o.isURL || o.portFrom != PortExplicit || !strings.HasSuffix(s.text[s.lines[o.line].start:o.pos], brokerConnectedAt) {
		return false
	}
	for l := o.line + 1; l < c.line; l++ {
		if strings.Contains(s.text[s.lines[l].start:s.lines[l].end], brokerConnectedAt) {
			return false
		}
	}
	return true
}

// directConnect reports whether mention o is the host:port of
// ShadowsocksR's "[Info] Direct connect www.google.com:443", the
// destination it dials itself: the address the next line's error gives on
// that port ("… 127.0.0.1:443") is the one it dialled for the name.
func (s *scan) directConnect(o cand) bool {
	return !o.isURL && o.portFrom == PortExplicit && strings.HasSuffix(s.text[s.lines[o.line].start:o.pos], "Direct connect ")
}

// ipURLLine reports whether the IP mention c's line requests a URL whose
// host is that IP (plexapi's "ERROR[plexapi]:http://192.168.0.100:32400:
// HTTPConnectionPool(host='192.168.0.100', port=32400): … [WinError
// 10061]"): the program was given the address itself, and a name another
// failing line gives the same port (its next try, "https://192-168-0-100.
// ….plex.direct:32400: …") is another request, not the name the address
// was dialled for.
func (s *scan) ipURLLine(c cand) bool {
	for _, o := range s.cands {
		if o.line == c.line && o.isURL && o.host == c.host && o.port == c.port {
			return true
		}
	}
	return false
}

// registryFlag reports whether URL mention o is the registry a package
// manager's command line, or npm's dump of its arguments, gives: "npm
// install -g cnpm --registry=https://x", npm's "argv … \"--registry=https://x\"";
// the IP npm dials on the URL's port is the registry's.
func (s *scan) registryFlag(o cand) bool {
	before := s.text[s.lines[o.line].start:o.pos]
	b := strings.TrimRight(before, "'\"")
	if !strings.HasSuffix(b, "--registry=") && !strings.HasSuffix(b, "--registry ") {
		return false
	}
	return packageManager.MatchString(before)
}

// packageManager finds npm's, yarn's, pnpm's or cnpm's name on a command
// line or in npm's own log prefix ("npm ERR! argv …").
var packageManager = regexp.MustCompile(`(?:^|[\s/\\"'>$])(?:npm|npx|yarn|pnpm|cnpm)(?:\.cmd|\.exe)?\b`)

// portNames is the names the text gives one port, read once: the first
// two different ones are enough to tell whether a name is the only one.
type portNames struct {
	read  bool
	names []string
}

// only reports whether no other name than host is given port p in the
// text.
func (n *portNames) only(s *scan, host string, p int) bool {
	if !n.read {
		n.read = true
		for _, x := range s.cands {
			if x.port != p || net.ParseIP(x.host) != nil || len(n.names) == 1 && strings.EqualFold(x.host, n.names[0]) {
				continue
			}
			if n.names = append(n.names, x.host); len(n.names) == 2 {
				break
			}
		}
	}
	for _, h := range n.names {
		if !strings.EqualFold(h, host) {
			return false
		}
	}
	return true
}

// announced reports whether mention o is a step the program announced
// ("Downloading 'https://x/…'", "Fetching https://x/…", or after a clause
// and a comma, Steam's "Connectivity test: Starting test, fetching
// 'http://x/204'"): the IP it dials next, with the URL's port, is the
// URL's host's (uclient-fetch's "Connecting to 10.0.0.5:443", Steam's
// "Connectivity test (10.0.0.5:80 (10.0.0.5:80)): HTTP fetch failed").
func (s *scan) announced(o cand) bool {
	before := strings.ToLower(s.text[s.lines[o.line].start:o.pos])
	step, _ := stepBefore(before)
	if k := strings.LastIndex(before, ", "); !step && k >= 0 {
		step, _ = stepBefore(before[k+2:])
	}
	return step
}

// proxyLine reports whether line i says the hop that failed is a proxy
// (Python's ProxyError('Cannot connect to proxy.', …), "proxy connect
// failed"): an IP on it is the proxy's, not the requested name's.
func (s *scan) proxyLine(i int) bool {
	line := s.text[s.lines[i].start:s.lines[i].end]
	return containsAny(strings.ToLower(line), proxyWords) || curlProxyOption.MatchString(line)
}

// curlProxyOption finds a curl command line that names its proxy ("curl -x
// localhost:8080 https://x/", "--proxy http://10.0.0.8:3128"); curl's -X,
// upper case, is the request method.
var curlProxyOption = regexp.MustCompile(`\bcurl(?:\.exe)?\s(?:.*\s)?(?:-x|--proxy)[\s=]`)

// loopbackName reports whether name is localhost and ip a loopback address:
// the pair every program makes of them.
func loopbackName(name, ip string) bool {
	a := net.ParseIP(ip)
	return strings.EqualFold(name, "localhost") && a != nil && a.IsLoopback()
}

// proxyWords say that the hop that failed is a proxy.
var proxyWords = []string{"proxyerror", "proxy error", "to proxy", "proxy connect", "proxy refused", "proxy server",
	"the proxy", "via proxy", "through proxy"}

// closer reports whether name mention a is a better name for the IP
// mention c than b: on c's line, then on a failing line, then by better.
func (s *scan) closer(a, b, c cand) bool {
	if (a.line == c.line) != (b.line == c.line) {
		return a.line == c.line
	}
	return s.better(a, b)
}

// dnsQuestionAfter is what follows the name of a DNS question written as
// its record is (Technitium's "'example.org. A IN'"): the root's dot, the
// type and the class.
var dnsQuestionAfter = regexp.MustCompile(`^\.? (?:A|AAAA|CNAME|MX|NS|PTR|SOA|SRV|TXT|CAA|HTTPS|SVCB|ANY) IN\b`)

// dnsQuestion reports whether rest, the text after a name, makes the name
// that of a DNS question: a name looked up, not a server dialled.
func dnsQuestion(rest string) bool {
	return len(rest) > 4 && (rest[0] == ' ' || rest[0] == '.') && dnsQuestionAfter.MatchString(rest[:min(len(rest), 12)])
}

// firstFailing returns the best mention of the chosen target on the
// earliest failing line that names it, host and port both: a log that
// fails on the same target twice says first what went wrong. An earlier
// line counts only when it states a kind of its own, so the evidence and
// the kind come from one line: a "401 Unauthorized" or a certificate's
// complaint above "connection refused" says the server answered then.
func (s *scan) firstFailing(best int) int {
	c := s.cands[best]
	if c.port == 0 {
		return best
	}
	pick := best
	for i, o := range s.cands {
		if o.line >= s.cands[pick].line && i != pick || o.line >= c.line || !s.lines[o.line].err || o.port != c.port || o.role == roleSource || !strings.EqualFold(o.host, c.host) {
			continue
		}
		if (o.line < s.cands[pick].line || s.better(o, s.cands[pick])) && (o.line == c.line || s.statesKind(o.line)) {
			pick = i
		}
	}
	return pick
}

// statesKind reports whether line i states a kind of failure of its own.
func (s *scan) statesKind(i int) bool {
	line := s.window(i, 1)
	return s.classifyLine(line) != FailureNone || strings.Contains(line, "          ") && classifyWrapped(line) != FailureNone
}

// sshConnecting is OpenSSH's verbose step before each address it tries,
// "debug1: Connecting to homelab [fe80::c4ee:72ff:fe22:f525%veth35cc29a]
// port 22.", and sshAddressFailed its failure of one, "debug1: connect to
// address fe80::dc00:98ff:fe9e:5d01%vethc2cc33b port 22: Connection
// refused".
var (
	sshConnecting    = regexp.MustCompile(`debug1: Connecting to (` + reHost + `) \[[^\]\s]+\] port ([0-9]{1,5})\.`)
	sshAddressFailed = regexp.MustCompile(`debug1: connect to address \S+ port ([0-9]{1,5}): `)
)

// sshSessionName returns the name an ssh -v session was connecting to when
// c is its "connect to address IP port N: …" and every "Connecting to name
// [addr] port N." step of the paste names that one host on that port: the
// addresses it tries are all that name's, the first one's step line
// perhaps cut off by the excerpt. "" otherwise.
func (s *scan) sshSessionName(c cand) string {
	line := s.text[s.lines[c.line].start:s.lines[c.line].end]
	f := sshAddressFailed.FindStringSubmatch(line)
	if f == nil || !strings.Contains(s.text, "debug1: Connecting to ") {
		return ""
	}
	name := ""
	for _, m := range sshConnecting.FindAllStringSubmatch(s.text, 64) {
		if m[2] != f[1] || name != "" && !strings.EqualFold(m[1], name) || net.ParseIP(m[1]) != nil {
			return ""
		}
		name = m[1]
	}
	return name
}
