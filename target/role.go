package target

import "strings"

// Roles of a mention in its sentence: the address a program was trying to
// reach, or the program's own (or its client's) address.
const (
	roleSource  int8 = -1 // "connection from 10.0.0.9:59686", "client: 10.0.0.9", "laddr", "10.0.0.9:5555->…"
	roleNeutral int8 = 0
	roleDest    int8 = 1 // "… to 10.0.0.5:80", "dial tcp …", "Get …", "upstream: …", "-> 10.0.0.5:80"
)

// sourceWords before a mention say it is the side that was not reached: a
// server's client, the local end of a socket.
var sourceWords = []string{"client", "client_addr", "client address", "local", "local address", "localaddr",
	"laddr", "src", "source", "source address", "bind", "bound to", "listen", "listening", "listening on",
	"listening at", "listen on", "referer", "referrer", "remote_addr", "peer address"}

// destWords before a mention say it is the side a program tried to reach.
var destWords = []string{"to", "dial tcp", "dial tcp4", "dial tcp6", "dial udp", "dial", "connect", "connecting",
	"connection to", "get", "post", "put", "patch", "delete", "head", "fetch", "fetching", "upstream", "remote",
	"remote address", "raddr", "target", "destination", "dest", "reach", "reaching", "resolve", "resolving",
	"lookup", "established with", "initiated with", "connection with", "->", "→",
	// urlgrabber's "[Errno 12] Timeout on URL: …" (yum), after the URL
	// it was given: the one that timed out, a redirect's target.
	"timeout on"}

// fromAsSource are words before "from" that make it the other end of an
// incoming connection ("connection from", "Reply from"); after others
// ("returned from", "received disconnect from") "from" names the server.
var fromAsSource = []string{"connection", "connect", "connected", "reply", "request", "requests", "client", "accepted", "incoming",
	"packet", "packets", "traffic", "message", "peer"}

// roleOf returns the role of the mention text[pos:end] on a line starting at
// lineStart, read from the words just before it (and a "->" just after it:
// Go's "local->remote").
func roleOf(text string, lineStart, pos, end int) int8 {
	if strings.HasPrefix(text[end:min(len(text), end+2)], "->") {
		return roleSource
	}
	before := strings.ToLower(text[max(lineStart, pos-40):pos])
	b := strings.TrimRight(before, " \t\"'`([{<=:,*")
	if k := strings.LastIndex(b, "[af_inet"); k >= 0 && strings.HasSuffix(b, "]") && len(b)-k <= 10 {
		// OpenVPN prints an address's family before it: "link remote:
		// [AF_INET]10.0.0.5:1194", "Client connected from
		// [AF_INET6]…".
		b = strings.TrimRight(b[:k], " \t:")
	}
	if strings.HasSuffix(b, "from") && wordEnds(b, len(b)-4) {
		rest := strings.TrimRight(b[:len(b)-4], " \t")
		for _, w := range fromAsSource {
			if strings.HasSuffix(rest, w) && wordEnds(rest, len(rest)-len(w)) {
				return roleSource
			}
		}
		return roleNeutral
	}
	for _, w := range sourceWords {
		if strings.HasSuffix(b, w) && wordEnds(b, len(b)-len(w)) {
			return roleSource
		}
	}
	for _, w := range destWords {
		if strings.HasSuffix(b, w) && (w[0] >= 0x80 || w[0] == '-' || wordEnds(b, len(b)-len(w))) {
			return roleDest
		}
	}
	return roleNeutral
}

// wordEnds reports whether a word starting at i in s has no letter before
// it.
func wordEnds(s string, i int) bool {
	return i <= 0 || !(s[i-1] >= 'a' && s[i-1] <= 'z' || s[i-1] == '_')
}

// dropClients drops the candidates from n on that HAProxy's access log
// names as the client: its log formats begin "%ci:%cp [%tr]", the client's
// address and port, then the date it accepted the connection
// ("172.17.10.1:51523 [14/Sep/2019:13:58:16.024] fe be/<NOSRV> …"). That
// address is never what failed to be reached.
func (s *scan) dropClients(n int) {
	kept := s.cands[:n]
	for _, c := range s.cands[n:] {
		if !acceptDate(s.text[c.end:min(len(s.text), c.end+15)]) {
			kept = append(kept, c)
		}
	}
	s.cands = kept
}

// acceptDate reports whether s starts with HAProxy's accept date,
// " [14/Sep/2019:13:58:16.024]".
func acceptDate(s string) bool {
	if len(s) < 14 || s[0] != ' ' || s[1] != '[' || s[4] != '/' || s[8] != '/' || s[13] != ':' {
		return false
	}
	for _, i := range []int{2, 3, 9, 10, 11, 12} {
		if !isDigit(s[i]) {
			return false
		}
	}
	return isLetter(s[5]) && isLetter(s[6]) && isLetter(s[7])
}

// markConnectedPeers marks every mention of an address and port the text
// says has connected to the program as a peer, never a target (Velocity's
// "StealWonders (/127.0.0.1:6779) has connected", then "StealWonders
// (/127.0.0.1:6779): unable to connect to server lobby", the latter
// alone too (see playerAddress); Go's net/http
// server's "http: TLS handshake error from 127.0.0.1:53412: remote
// error: tls: unknown certificate", a client whose handshake failed): a
// client that reached it, named again beside the failure, is not what
// failed to be reached. Only a peer the words call so counts: an address
// a server says it listens on is one a client may still fail to reach.
func (s *scan) markConnectedPeers() {
	var peers []cand
	for _, c := range s.cands {
		if c.port != 0 && !c.isURL && (connectedAfter(s.text[c.end:min(len(s.text), c.end+20)]) ||
			strings.HasSuffix(strings.ToLower(s.text[max(0, c.pos-25):c.pos]), "tls handshake error from ") || s.playerAddress(c) ||
			peerField(s.text[max(0, c.pos-16):c.pos])) {
			peers = append(peers, c)
		}
	}
	for _, p := range peers {
		for i := range s.cands {
			if c := &s.cands[i]; c.port == p.port && !c.isURL && strings.EqualFold(c.host, p.host) {
				c.role, c.peer = roleSource, true
			}
		}
	}
}

// peerKeys are the keys of a log record's field naming the peer that
// connected to the program: Linkerd's "inbound:accept{peer.addr=11.0.0.4:40106
// target.addr=11.0.0.18:16687}", the client beside the target it proxied to.
var peerKeys = []string{"peer.addr=", "peer_addr=", "client.addr=", "client_addr=", "client.address=", "client_address="}

// peerField reports whether the text before a mention ends with one of
// peerKeys.
func peerField(before string) bool {
	for _, k := range peerKeys {
		if strings.HasSuffix(before, k) {
			return true
		}
	}
	return false
}

// connectedAfter reports whether the text after a mention says it has
// connected, " has connected" or ") has connected" ("x connected" may
// be the program's own connect to x, and is not read).
func connectedAfter(after string) bool {
	if strings.HasPrefix(after, ": clientconnect") {
		return true // mitmproxy's "192.168.27.109:53953: clientconnect", the client it proxies for
	}
	a := strings.TrimLeft(after, ")]'\"")
	return len(a) >= 14 && strings.EqualFold(a[:14], " has connected")
}

// playerAddress reports whether c is the address Velocity names a player
// by before the backend server it could not reach: "[connected player] x
// (/127.0.0.1:51603): unable to connect to server modded" (the server is
// named only by its name in the proxy's config).
func (s *scan) playerAddress(c cand) bool {
	at := c.pos
	for at < c.end && (s.text[at] == '(' || s.text[at] == '/') {
		at++
	}
	return at >= 2 && s.text[at-2:at] == "(/" && strings.HasPrefix(s.text[c.end:], "): unable to connect to server ")
}
