package target

import (
	"net"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// Fragments shared by the patterns below.
const (
	reHost = `[A-Za-z0-9_](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_])?`
	reIP   = `[0-9]{1,3}(?:\.[0-9]{1,3}){3}|[0-9a-fA-F]*:[0-9a-fA-F:.]*[0-9a-fA-F]`
	// A port ends at a word's end: "build.corp:9f:1c" holds no port 9.
	reHostPort = `\[[0-9a-fA-F:.]+\]:[0-9]+\b|[A-Za-z0-9_](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_])?:[0-9]+\b`
	reURL      = `[a-zA-Z][a-zA-Z0-9+.\-]*://[A-Za-z0-9_\[][^\s"'<>\]\)|` + "`" + `]*`
	reIPv4     = `[0-9]{1,3}(?:\.[0-9]{1,3}){3}`
	reQ        = `['"‘’“”«»` + "`" + `]?` // an optional quote of any kind
)

// Strength of what an extractor found, for choosing between candidates.
const (
	weak       = 1 // "Trying 10.0.0.5…": a step, not the failure
	plain      = 2 // a URL or host:port somewhere in the text, a command line
	structured = 3 // a URL the program was requesting, a dump naming host and port
	phrase     = 4 // a message naming the host it failed to reach or resolve
)

// extractor finds one kind of target mention. Named groups: url, hp
// (host:port), host, port, addr (the IP dialled for host).
type extractor struct {
	needle   string // lower-case text a line must hold for re to be tried
	re       *regexp.Regexp
	strength int
	program  string                // program family the message identifies, if any
	port     int                   // the program's default port when the message names only a host
	dns      bool                  // the message is about resolving the name
	connect  bool                  // the message names the hop it tried to connect to (a proxy, when a URL names another host)
	cmd      bool                  // a command line naming the target
	span     bool                  // the message may wrap onto the next lines
	tall     int                   // how many lines after it the message (with span) or tallNeed may take (2 when 0)
	tallNeed string                // with tall, text those lines must hold for a match to count
	req      bool                  // a URL the program requested with an HTTP method
	need     func(low string) bool // tried instead of needle when set
	looks    bool                  // the host must look like one (see hostLike): the words around say little
	command  bool                  // read only on a line that is a command, with no port option (see commandLike)
	scheme   bool                  // the host is a URL scheme word in a slot only a dialled name fills (see schemeSlots)
	broken   bool                  // the host may be malformed, in a slot only a dialled name fills (see malformedSlots)
	digits   bool                  // the host may be all digits when a URL before it on the line names another (see digitsProxy)
	// keep, when set, says whether a match of this extractor stands, from
	// what the words around it or the rest of the paste say (see keepEx).
	keep func(s *scan, i int, e *extractor, src string, m []int, g map[string]string) bool
}

func ex(needle string, strength int, program string, port int, expr string) extractor {
	return extractor{needle: needle, re: regexp.MustCompile(expr), strength: strength, program: program, port: port}
}

// keepEx gives an extractor a test of its own for each match: one it
// rejects adds no candidate (the test may add another, as borg's does for
// the repository after a pattern). m is the match in src, the line i or
// the lines from it, and g its named groups.
func keepEx(e extractor, keep func(s *scan, i int, e *extractor, src string, m []int, g map[string]string) bool) extractor {
	e.keep = keep
	return e
}

// needEx gives an extractor a test of the lower-cased line that must pass
// before its expression runs (a cheap look for what a match needs).
func needEx(need func(low string) bool, e extractor) extractor {
	e.need = need
	return e
}

// digitsEx lets an extractor's host be all digits beside a URL (see
// digitsProxy).
func digitsEx(e extractor) extractor {
	e.digits = true
	return e
}

// spanEx lets an extractor's match, begun on a line, run onto the two
// lines after it (tallEx gives more): Node's error object and Rust's Url
// dump wrap, and wget's request line has its look-up under it.
func spanEx(e extractor) extractor {
	e.span = true
	return e
}

// tallEx lets a span extractor's message take n lines after its first,
// lines that must hold need: a pretty-printed dump puts each value on a
// line of its own.
func tallEx(n int, need string, e extractor) extractor {
	e.tall, e.tallNeed = n, need
	return e
}

// lookingEx marks an extractor whose host must look like a host name or
// address: a bracketed word before failure words is a host in R's curl
// messages ("[api.example.com] Resolving timed out") but a logger's name in
// others ("[homeassistant.components.mqtt.client] Failed to connect").
func lookingEx(e extractor) extractor {
	e.looks = true
	return e
}

func reqEx(e extractor) extractor {
	e.req = true
	return e
}

func cmdEx(needle, program string, port int, expr string) extractor {
	e := ex(needle, plain, program, port, expr)
	e.cmd = true
	return e
}

// nagiosEx reads the -H host of a monitoring plugin's command line
// (check_snmp_printer, check_http …), its port -p when given right after.
func nagiosEx(plugin string, port int) extractor {
	return cmdEx(plugin, "Nagios plugin", port, `\b`+plugin+`\w*(?:\.\w+)?\s(?:[^\n]*?\s)?-H\s*['"]?(?P<host>`+reHost+`|`+reIP+`)['"]?(?:\s+-p\s*(?P<port>[0-9]{1,5}))?(?:\s|$)`)
}

// structuredCmd raises a command line's mention to a structured one: the
// program talks to no host but the one its command names.
func structuredCmd(e extractor) extractor {
	e.strength = structured
	return e
}

func dnsEx(needle, program string, port int, expr string) extractor {
	e := ex(needle, phrase, program, port, expr)
	e.dns = true
	return e
}

func connEx(needle, program string, port int, expr string) extractor {
	e := ex(needle, phrase, program, port, expr)
	e.connect = true
	return e
}

// browserHeading is the end of a heading of Chrome's error page ("This site
// can’t be reached", "This page isn’t working", "This site can’t provide a
// secure connection"), which a page copied as text glues to the host
// starting the next line ("This site can’t be reachedlocalhost refused to
// connect."): read before the host, it is no part of it.
const browserHeading = `(?:(?:can['’]t be reached|isn['’]t working|a secure connection)\s*)?`

const hostGroup = `(?P<host>` + reHost + `|\[?(?:` + reIP + `)\]?)`

// goLookupEnd ends the name in Go's "lookup x on server", "lookup x: …" or
// a line's last "lookup x": the name in the well-formed slot (extractors)
// and in the malformed one (malformedSlots) alike, any number of spaces
// before "on" (gost prints "lookup x  on 127.0.0.11:53").
const goLookupEnd = `(?: +on |: |:$|$)`

// firefoxTarget is what Firefox's error pages name: a URL (a WebSocket's),
// or a host with the port typed, if any.
const firefoxTarget = `(?:(?P<url>` + reURL + `)|` + hostGroup + `(?::(?P<port>[0-9]{1,5}))?)`

// extractors are tried on every line that holds their needle. Order does not
// decide between them: strength, the failing line and position do (see the
// package doc).
var extractors = append([]extractor{
	// curl, git over HTTPS, libcurl wrappers, ssh.
	digitsEx(keepEx(connEx("connect to", "curl", 0, `(?i)(?:failed to connect to|connect to(?: host)?) `+hostGroup+` port (?P<port>[0-9]+)`), notViaProxy)),
	// curl 8's "Failed to connect to x port 443 via P after 0 ms: …": P
	// is the proxy it connected to, the failing hop; curl prints its name
	// only, not its port, and curl's documented default proxy port is 1080.
	connEx("via ", "curl", 1080, `(?i)failed to connect to (?:`+reHost+`|\[?`+reIP+`\]?) port [0-9]+ via `+hostGroup+` after [0-9]+ ms\b`),
	// curl's verbose "Connected to localhost (127.0.0.1) port 8080 (#1)"
	// names the name it was given for the port, a step, not the failure:
	// the loopback address refused before it ("connect to ::1 port 8080
	// failed: Connection refused") was one of the name's (see
	// preferName).
	ex("connected to ", weak, "curl", 0, `Connected to (?P<host>`+reHost+`) \((?P<addr>`+reIP+`)\) port (?P<port>[0-9]{1,5}) \(#[0-9]+\)`),
	keepEx(connEx("failed connect to", "curl", 0, `(?i)failed connect to (?P<hp>`+reHostPort+`)`), notArduinoConnect),
	// Arduino-ESP32's HTTPClient logs its own connect failing in words
	// like old curl's: "[D][HTTPClient.cpp:1018] connect(): failed
	// connect to x:443".
	connEx("failed connect to", "Arduino", 0, `connect\(\): failed connect to (?P<hp>`+reHostPort+`)`),
	// "… failed to connect to x:80", "cannot connect to x:80", however the
	// program words it.
	// An unbracketed IPv6 address there ("Failed to connect to
	// 2a03:2880:f127:283:face:b00c:0:25de: Network is unreachable") has
	// no port: its first two groups are no host:port (see notIPv6Head).
	// FHEM's DevIo names a websocket device "ws:HOST:PORT" (or "wss:"),
	// no "//": "fhempy_local: Can't connect to ws:127.0.0.1:15733:
	// Connection refused (111)"; the scheme is read off.
	keepEx(connEx("connect to ", "", 0, `(?i)(?:failed|unable|can ?not|can't|could not|couldn't) (?:to )?connect to (?:wss?:)?(?P<hp>`+reHostPort+`)`), notIPv6Head),
	// A Python dict of the peer's host and port in that slot, as Chia's
	// server logs it: "Could not connect to {'host': '127.0.0.1', 'port':
	// 8444}. <class 'ConnectionRefusedError'>…".
	connEx("connect to {", "Python", 0, `(?i)(?:failed|unable|can ?not|can't|could not|couldn't) (?:to )?connect to \{'host': '`+hostGroup+`', 'port': (?P<port>[0-9]{1,5})\}`),
	// Beats (libbeat) name the output they failed to connect to by its
	// client's String, the URL inside a backoff and an output's name:
	// "Failed to connect to backoff(elasticsearch(http://x:9200)): …",
	// "backoff(async(tcp://x:5044))".
	connEx("failed to connect to backoff(", "Go", 0, `Failed to connect to backoff\((?:[a-z]+\()?(?P<url>`+reURL+`)\)`),
	// aiohttp's ClientConnectorError, "Cannot connect to host x:5000
	// ssl:default [Connect call failed ('10.0.0.5', 5000)]": the host it
	// failed to reach, whatever request URL the caller's message prints
	// around it.
	connEx("cannot connect to host", "", 0, `Cannot connect to host (?P<hp>`+reHostPort+`) ssl:`),
	// s3fs-fuse's retry of a failed request, the URL the request went
	// to (the bucket's virtual host, not the url option it logs as
	// "url_to_host(99): url is http://localhost:8080"): "RemakeHandle(1453):
	// Retry request. [type=5][url=http://mybucket.localhost:8080/][path=/]".
	connEx("retry request. [type=", "s3fs", 0, `Retry request\. \[type=[0-9]+\]\[url=(?P<url>`+reURL+`)\]`),
	// ZNC's debug log of a user's network dialling its IRC server, the
	// server's name and port in brackets: "User [user] is connecting to
	// [irc.freenode.net 6667] ..." (then Csocket's "Connect Failed. ERRNO
	// [65]").
	connEx("is connecting to [", "ZNC", 0, `is connecting to \[`+hostGroup+` (?P<port>[0-9]{1,5})\]`),
	connEx(" by ", "ssh", 0, `(?i)connection (?:reset|closed) by `+hostGroup+` port (?P<port>[0-9]+)`),
	// rabbitmqctl's diagnostics (RabbitMQ's Erlang node) name the host
	// whose epmd, the Erlang port mapper, did not answer: "unable to
	// connect to epmd on mooc: timeout (timed out)", later "unable to
	// connect to epmd (port 4369) on mooc: …"; the host is dotless, the
	// words make it the destination.
	connEx("connect to epmd", "RabbitMQ", 4369, `(?i)unable to connect to epmd(?: \(port (?P<port>[0-9]{1,5})\))? on `+hostGroup+`:`),
	// Any "… to host X port N" (ssh's connect message however it is
	// spelt, "Could not connect to host X port N").
	connEx("to host ", "", 0, `(?i)\bto host `+hostGroup+`,? port (?P<port>[0-9]+)`),
	// The same slot holding the poster's redaction ("connect to host
	// <host> port 22", "<hostname>", "***"): a failing line naming no
	// host, so no word of another line is read instead.
	connEx("to host ", "", 0, `(?i)\bto host (?P<host><[\w .\-]{1,40}>|\*{3,}),? port (?P<port>[0-9]+|\*+)`),
	// Terraform's provider registry (see registryFor).
	registryFor,
	// An HTTP error a named host returned, wrapped or not inside
	// Terraform's box ("504 Gateway Timeout returned from\n│ github.com").
	spanEx(connEx("returned from", "", 0, `(?i)\b[45][0-9]{2}\b[^\n]*? returned from[\s│|]+(?:(?P<url>https?://[^\s"'<>]+)|`+hostGroup+`)`)),
	// Cloudflare's error page names the origin that failed: "<title>x.com
	// | 522: Connection timed out</title>".
	connEx(" | 5", "Cloudflare", 0, `(?P<host>`+reHost+`) \| 5[0-9]{2}: `),
	// libcurl refusing a proxy it cannot use names it: "Unsupported proxy
	// '10.0.2.1:3128', libcurl is built without the HTTPS-proxy support."
	// (lib/url.c; git prints it under "unable to access 'URL'", the
	// destination behind the proxy).
	connEx("unsupported proxy", "curl", 0, `Unsupported proxy '(?:[a-zA-Z][a-zA-Z0-9+.\-]*://)?(?:[^@\s'/]*@)?(?P<hp>`+reHostPort+`)/?'`),
	// A look-up that names what it looked up as a name: Zephyr's
	// SimpleLink driver, "<err> wifi_simplelink: Could not resolve name:
	// google.com, retval: -6152".
	dnsEx("resolve name", "", 0, `(?i)could not resolve name:? `+reQ+hostGroup),
	dnsEx("resolve host", "curl", 0, `(?i)could(?: not|n't) resolve (?:the )?(?:host|proxy)\s*:\s*`+reQ+hostGroup),
	// "getaddrinfo(whois.sx): Temporary failure in name resolution".
	resolverCall,
	// Asterisk's chan_sip failing to resolve the host of a SIP Contact
	// header, "Invalid host name in Contact: (can't resolve in DNS) :
	// 'x'", on one line or broken by a poster's copy after "resolve in"
	// (its port, SIP's, see sipPort).
	spanEx(dnsEx("invalid host name in ", "", 0, `Invalid host name in [A-Za-z\-]+: \(can't resolve in\s+DNS\) : '`+hostGroup+`'`)),
	// Rspamd's Redis client (lua_redis.lua) naming the server it failed
	// with by its address and the connection's pointer: "lua_redis.lua:795:
	// cannot upload script to ::1(000000000017DD78): Connection refused"
	// (Redis' 6379; a port given is written after the address).
	connEx("lua_redis.lua:", "Rspamd", 6379, `lua_redis\.lua:[0-9]+: [^\n]*? to (?P<host>`+reIP+`|`+reHost+`)(?::(?P<port>[0-9]{1,5}))?\([0-9A-Fa-f]+\)`),
	// NZBGet's news server connection (nntp), whose message ends in the
	// resolver's errno and its text: "Could not resolve hostname x: ErrNo
	// 0, Success" (NNTP's 119; its TLS port when the log says so).
	dnsEx("resolve hostname", "NZBGet", 119, `Could not resolve hostname `+hostGroup+`: ErrNo -?[0-9]+`),
	keepEx(dnsEx("resolve hostname", "ssh", 22, `(?i)could not resolve hostname `+hostGroup), sshWholeName),
	// The ESP8266 Arduino core's debug log of a look-up,
	// "[hostByName] Host: homecontrol IP: 192.168.178.50", the name and
	// the address it gave (MQTT's port when the sketch's line before says
	// it connects to MQTT: PubSubClient's examples print "Attempting MQTT
	// connection...").
	keepEx(ex("[hostbyname] host: ", weak, "ESP8266", 1883, hostByName), mqttBefore),
	keepEx(ex("[hostbyname] host: ", weak, "ESP8266", 0, hostByName), func(s *scan, i int, e *extractor, src string, m []int, g map[string]string) bool {
		return !mqttBefore(s, i, e, src, m, g)
	}),
	// ntpdate's syslog line for a server name getaddrinfo failed on,
	// "ntpdate[123]: Can't find host x: Name or service not known (-2)"
	// (its stderr says "Error resolving x: …"), the server on NTP's 123.
	// A C++ client's getaddrinfo failure, elnormous/HTTPRequest's
	// "Failed to get address info of x" (a redacted "xxxxx.com" is none).
	dnsEx("address info of ", "", 0, `(?i)failed to get address info of `+hostGroup),
	dnsEx("ntpdate[", "ntpdate", 123, `ntpdate\[[0-9]+\]: [Cc]an't find host `+hostGroup+`: `),
	// HAProxy's health check taking a server out, "Server graphite/
	// 10.0.0.9:80 is DOWN, reason: Layer4 timeout": backend "graphite",
	// server "10.0.0.9:80", named by its address (a server named by a
	// label alone, "Server be/app1 is DOWN", gives no address).
	connEx("server ", "HAProxy", 0, `Server [A-Za-z0-9_.:\-]+/(?P<hp>`+reHostPort+`) is (?:going )?DOWN\b`),
	// nslookup's and dig's (BIND's) server written address#port, when a
	// reply came from another: ";; reply from unexpected source:
	// 192.168.2.43#53, expected 192.168.2.47#53" (then ";; connection
	// timed out; no servers could be reached"): the server it expected.
	// Windows nslookup's "DNS request timed out. / timeout was 2 seconds."
	// over its "Server:" (zh-CN "服务器:") and "Address:" lines: the DNS
	// server it asked did not answer, that address on DNS's port 53; the
	// name looked up is only what was asked.
	tallEx(3, "Address:", spanEx(ex("dns request timed out", phrase, "nslookup", 53, `DNS request timed out\.[ \t]*\r?\n[ \t]*timeout was [0-9]+ seconds?\.[ \t]*\r?\n(?:Server|服务器):[ \t]*\S+[ \t]*\r?\nAddress:[ \t]*(?P<host>`+reIP+`)[ \t]*(?:\r?\n|$)`))),
	connEx("expected ", "nslookup", 0, `reply from unexpected source: (?:`+reIP+`)#[0-9]+, expected (?P<host>`+reIP+`)#(?P<port>[0-9]{1,5})\b`),
	// … and the server it could not reach, in the words dig, host and
	// nslookup share (bin/dig/dighost.c, the result's text after it):
	// ";; communications error to 127.0.0.1#53: connection refused", "…
	// 10.0.0.2#53: timed out"; the name looked up is only what was asked.
	connEx("communications error to ", "", 0, `communications error to (?P<host>`+reIP+`)#(?P<port>[0-9]{1,5})\b`),
	// Kong's balancer naming the upstream its DNS client failed to resolve:
	// "DNS resolution failed: dns server error: 3 name error. Tried:
	// [\"(short)app-api:(na) - cache-miss\",…]" (the list's first entry is
	// the name as configured), "queryDns(): [ringbalancer] querying dns
	// for app_backend failed: dns server error: 3 name error"; a service's
	// port is 80 when none is named (Kong's documented default).
	dnsEx("tried: ", "Kong", 80, `Tried: \[?"?\(short\)`+hostGroup+`:\(na\)`),
	dnsEx("querying dns for", "Kong", 80, `querying dns for `+hostGroup+` failed`),
	// Exim's deferred delivery when its dnslookup router's look-up of the
	// recipient's domain did not finish ("== x@gmail.com R=dnslookup
	// defer (-1): host lookup did not complete", the original address
	// in angle brackets after it when rewritten): the domain after "@",
	// a redacted local part or none, on SMTP's 25.
	dnsEx("r=dnslookup defer", "Exim", 25, `== [^\s@]*@`+hostGroup+` (?:<[^\s>]*> )?R=dnslookup defer \(-?[0-9]+\): host lookup did not complete`),
	// nginx's upstream whose name did not resolve when the configuration
	// was read ("nginx: [emerg] host not found in upstream
	// \"homeassistant\" in /etc/nginx.conf:56"): the quoted name, with its
	// port or on 80, nginx's for a server named without one.
	dnsEx("host not found in upstream", "nginx", 80, `host not found in upstream "`+hostGroup+`(?::(?P<port>[0-9]{1,5}))?"`),
	// apt, wget.
	dnsEx("failure resolving", "apt", 80, `(?i)temporary failure resolving `+reQ+hostGroup),
	// apt's resolver failing otherwise (methods/connect.cc): "Something
	// wicked happened resolving 'x:https' (7 - No address associated
	// with hostname)", the host and its service.
	// The same message in apt's translations (po/*.po), the name after
	// the words in most ("Erreur temporaire de résolution de « x »",
	// "Temporärer Fehlschlag beim Auflösen von »x«", "Временная ошибка
	// при разрешении «x»", "暂时不能解析域名“x”"), before them in a few
	// ("'x' が一時的に解決できません", "Átmeneti hiba „x” feloldása
	// közben"): see aptLocalResolve.
	needEx(aptLocalResolveNeed, dnsEx("", "apt", 80, aptLocalResolve)),
	dnsEx("something wicked happened resolving", "apt", 80, `Something wicked happened resolving '`+hostGroup+`(?::(?P<svc>https?|ftps?))?'`),
	// yum's urlgrabber quoting libcurl's message after its code, "[Errno
	// 14] curl#6 - \"Could not resolve host: x; Unknown error\"" (the text
	// after the semicolon is the system's, in its locale), older libcurl's
	// "curl#6 - \"Couldn't resolve host 'x'\"": a mirror, fetched over
	// HTTP as the repositories' mirrorlist and baseurl URLs give it, so
	// 80 when no URL names the host.
	// PrusaSlicer's upload to a physical printer's host (PrusaLink,
	// OctoPrint, Moonraker: plain HTTP unless its settings give a
	// scheme) quoting libcurl: "Error uploading to print host: Couldn't
	// resolve host name: Could not resolve host: prusa-mk4 [Error 6]".
	dnsEx("error uploading to print host", "PrusaSlicer", 80, `Error uploading to print host: .*?Could not resolve host: `+hostGroup),
	// Vault forwarding a request from a standby to the active node over
	// the cluster port (8201 by default; cluster_addr): "core: error
	// during forwarded RPC request: error=\"rpc error: … dial tcp: lookup
	// vault-2.vault-internal on 172.20.0.10:53: no such host\"".
	dnsEx("error during forwarded rpc request", "Vault", 8201, `error during forwarded RPC request: .*?dial tcp: lookup `+hostGroup+` on `),
	dnsEx("curl#6", "yum", 80, `curl#6 - "(?:Could not resolve host: |Couldn't resolve host ')`+hostGroup+`['";]`),
	dnsEx("resolve host address", "wget", 0, `(?i)unable to resolve host address `+reQ+hostGroup),
	dnsEx("无法解析主机地址", "wget", 0, `无法解析主机地址\s*`+reQ+hostGroup),
	// The same message in wget's other translations, after its name
	// ("wget : " in French): "impossible de résoudre l'adresse de l'hôte
	// « x »", "kann die Host-Adresse »x« nicht auflösen", "impossibile
	// risolvere l'indirizzo dell'host x", "não foi possível resolver
	// endereço de máquina x", "не удаётся разрешить адрес «x»".
	dnsEx("wget", "wget", 0, `wget ?: (?:impossible de résoudre l'adresse de l'hôte |kann die Host-Adresse |impossibile risolvere l'indirizzo dell'host |não foi possível resolver endereço de máquina |не удаётся разрешить адрес )`+reQ+` ?`+hostGroup),
	dnsEx("resolving ", "wget", 0, `(?i)resolving `+hostGroup+`(?: \([^)]*\))?\.\.\. *(?:failed|失败)`),
	dnsEx("正在解析主机", "wget", 0, `正在解析主机 `+hostGroup+`(?: \([^)]*\))?\.\.\. *失败`),
	// pacman's (libalpm's) download that failed, "error: failed retrieving
	// file 'core.db' from mirror.x.org : <libcurl's message>" (pamac's
	// "Failed retrieving file 'x' from localhost:15678 : …"): the mirror
	// after "from", not the file named before it.
	ex("failed retrieving file '", phrase, "", 0, `(?i)failed retrieving file '[^'\n]*' from `+hostGroup+`(?::(?P<port>[0-9]{1,5}))? : `),
	// Unbound's (and libunbound's) log_err_addr, "%s: %s for %s port %d",
	// from outside_network.c's "udp connect failed", "tcp connect" and
	// "connect": "error: udp connect failed: Cannot assign requested
	// address for 2001:500:12::d0d port 53", the address it dialled (as
	// inet_ntop prints it) and the port after "for".
	ex(" port ", phrase, "Unbound", 53, `\b(?:udp connect failed|tcp connect|connect): [^:\n]{3,80} for (?P<host>`+reIP+`) port (?P<port>[0-9]{1,5})\b`),
	// BusyBox's wget (opkg's downloads too) naming the address it dialled
	// (libbb's xconnect, "can't connect to remote host (%s)"): "wget:
	// can't connect to remote host (10.0.0.5): Connection timed out",
	// over HTTP, 80, when no URL names the port; the URL's name, on
	// another line, beats the address dialled for it.
	connEx("wget: can't connect to remote host (", "wget", 80, `wget: can't connect to remote host \((?P<host>`+reIP+`)\)`),
	// wget's "Connecting to x (x)|10.0.0.5|:443... failed", in every
	// language its translations print ("正在连接 x (x)|10.0.0.5|:443...
	// 失败", "Verbindungsaufbau zu x (x)|…|:443 …"): the name, the address
	// between bars and the port are the same in all of them.
	connEx("|:", "wget", 0, hostGroup+`(?: \([^)]*\))?\|(?P<addr>`+reIP+`|::)\|:(?P<port>[0-9]+)`),
	// A name with the address dialled for it in brackets: Postfix's
	// "connect to mx.example.com[192.0.2.5]:25: Connection timed out",
	// "host x[10.0.0.5] said:", old wget's "Connecting to x[10.0.0.5]:80".
	nameBracketIP,
	// Steam's connection log, a name and the address its IPv6 check
	// dialled for it: "IPv6 HTTP connectivity test
	// (ipv6check-http.steamcontent.com / [2a01:bc80:7:100::9b85:f810]:80
	// ([2a01:bc80:7:100::9b85:f810]:80)) - TIMEOUT".
	connEx("connectivity test (", "Steam", 0, `connectivity test \(`+hostGroup+` / \[(?P<addr>`+reIP+`)\]:(?P<port>[0-9]+)`),
	connEx("connecting to", "", 0, `(?i)connecting to (?P<hp>`+reHostPort+`)`),
	// jneilliii's OctoPrint smart-plug plugins (Tasmota, Domoticz) log
	// "Invalid ip or unknown error connecting to 10.0.0.114." when their
	// request to "http://" + the plug's address (a port only if the user
	// typed one with it) failed: plain HTTP, port 80.
	connEx("invalid ip or unknown error connecting to ", "OctoPrint", 80, `(?i)invalid ip or unknown error connecting to `+hostGroup+`(?::(?P<port>[0-9]{1,5}))?\.?(?:\s|$)`),
	// Profanity's XMPP login (libstrophe connecting to the JID's domain,
	// XMPP's client port 5222, RFC 6120): "prof: INF: Connection attempt
	// for zerl@x.com/general failed" after "xmpp: INF: Connection attempt
	// timed out.".
	connEx("connection attempt for ", "XMPP", 5222, `Connection attempt for [^@\s]+@`+hostGroup+`(?:/\S*)? failed`),
	// WeeChat's IRC and Jabber plugins write a server as host/port
	// (irc-server.c, "connecting to server %s/%d%s..."): "irc: connecting
	// to server irc.x.net/6697 (TLS)...", "… x/6667 via socks5 proxy
	// p/1080...".
	connEx("connecting to server ", "WeeChat", 0, `(?i)connecting to server `+hostGroup+`/(?P<port>[0-9]{1,5})\b`),
	// Java, Android, OkHttp, Netty, Kafka, Apache HttpClient.
	connEx("connect to", "Android", 0, `(?i)connect to (?P<host>`+reHost+`)?/(?P<addr>`+reIP+`) ?\(port (?P<port>[0-9]+)\)`),
	connEx("(port ", "", 0, `(?i)connect to `+reQ+hostGroup+reQ+` ?\(port (?P<port>[0-9]+)\)`),
	// http-proxy-middleware's "[HPM] Error occurred while trying to proxy
	// request /api from localhost:8080 to http://localhost:3000
	// (ECONNREFUSED)": the dev server it runs in, then the target it
	// failed to reach; read also as a browser's page translator spaced
	// it ("from localhost: 3000 to http: // localhost: 3002
	// (ECONNREFUSED)") and with the code glued to the URL. An IPv6
	// target is bracketed, its zone too ("to https://[::1]:3000",
	// "http://[fe80::1%eth0]:3000", "%25eth0" as a URL escapes it): the
	// address, its zone dropped.
	connEx("trying to proxy request", "http-proxy-middleware", 0, `Error occurred while trying to proxy request \S+ from \S+(?: [0-9]{1,5})? to (?P<scheme>[a-z]+): ?// ?(?:\[(?P<addr>[0-9a-fA-F]*:[0-9a-fA-F:.]*[0-9a-fA-F])(?:%[0-9A-Za-z_.\-]+)?\]|`+hostGroup+`)(?:: ?(?P<port>[0-9]{1,5}))? ?\(E[A-Z]+\)`),
	// calicoctl node status's BGP peer table: a row whose INFO, BIRD's
	// state and last error, says its socket failed ("| 192.168.63.204 |
	// node-to-node mesh | start | 17:19:38 | Active Socket: Connection
	// refused |", the cell wrapped onto the next row) names a BGP peer,
	// on BGP's port 179 (RFC 4271).
	connEx(" socket: ", "BIRD", 179, `^\| *`+hostGroup+` *\|[^|]*\|[^|]*\|[^|]*\| *[A-Za-z]+ Socket: `),
	// Wazuh's agent (agent-auth, wazuh-agentd) names the manager it
	// enrols with, on the enrollment port, 1515 unless -p gives another,
	// before it says how that failed ("ERROR: SSL error (5). Connection
	// refused by the manager.").
	connEx("requesting a key from server", "Wazuh agent", 1515, `Requesting a key from server: `+hostGroup),
	connEx("creating connection to", "Java RMI", 1099, `(?i)exception creating connection to:? `+hostGroup),
	connEx("tcp connect to", "PowerShell", 0, `(?i)tcp connect to \(`+hostGroup+` : (?P<port>[0-9]+)\)`),
	cmdEx("-computername", "PowerShell", 0, `(?i)-ComputerName `+hostGroup+`.*?-Port (?P<port>[0-9]+)`),
	dnsEx("could not be resolved", ".NET", 0, `(?i)remote name could not be resolved: `+reQ+hostGroup),
	dnsEx("could not find host", "Windows", 0, `(?i)could not find host `+hostGroup),
	pingNotFound,
	dnsEx("could not be found", "browser", 0, `(?i)`+browserHeading+hostGroup+`['’]s server (?:IP address|DNS address) could not be found`),
	connEx("refused to connect", "browser", 0, `(?i)`+browserHeading+hostGroup+` refused to connect`),
	// Edge's wording of the same page: "Unable to access this siteThe
	// connection to localhost was denied." (its heading glued on).
	connEx("the connection to", "browser", 0, `(?i)\b(?:unable to access this site\s*)?the connection to `+hostGroup+` was denied`),
	// The same page in other UI languages, as copied pastes show it: fr
	// "x n'autorise pas la connexion." (after "Ce site est inaccessible",
	// glued to it), zh-CN "x 拒绝了我们的连接请求。", ja "x で接続が拒否されました。",
	// de "x hat die Verbindung abgelehnt.". An address glued to the heading
	// is read from its first digit, any name right after the French
	// heading, glued to it by the copy or not ("Ce site est
	// inaccessiblelocalhost n'autorise pas la connexion.", as English
	// "can’t be reachedlocalhost refused to connect." is read), a name
	// after a space or a quote only when it looks like one ("Le serveur
	// n'autorise pas la connexion", "Mein Chef hat die Verbindung
	// abgelehnt" name none).
	connEx("autorise pas la connexion", "browser", 0, `(?P<host>`+reIPv4+`) n['’]autorise pas la connexion`),
	connEx("autorise pas la connexion", "browser", 0, `est inaccessible ?`+hostGroup+` n['’]autorise pas la connexion`),
	lookingEx(connEx("autorise pas la connexion", "browser", 0, `(?:^|[\s>"'“«])`+hostGroup+` n['’]autorise pas la connexion`)),
	lookingEx(connEx("拒绝了我们的连接请求", "browser", 0, `(?:^|[^A-Za-z0-9_.\-])`+hostGroup+` ?拒绝了我们的连接请求`)),
	lookingEx(connEx("で接続が拒否されました", "browser", 0, `(?:^|[^A-Za-z0-9_.\-])`+hostGroup+` ?で接続が拒否されました`)),
	connEx("hat die verbindung abgelehnt", "browser", 0, `(?P<host>`+reIPv4+`) hat die Verbindung abgelehnt`),
	lookingEx(connEx("hat die verbindung abgelehnt", "browser", 0, `(?:^|[\s>"'„“])`+hostGroup+` hat die Verbindung abgelehnt`)),
	// ru: Chrome's "Сайт x не позволяет установить соединение." (under
	// "Не удается получить доступ к сайту", glued to it when copied), and
	// "x отказано в подключении", as Edge's and WebView2's page is quoted
	// (Tauri's and Electron's windows: "localhost:1420 отказано в
	// подключении"); a name must look like one.
	lookingEx(connEx("не позволяет установить соединение", "browser", 0, `(?:Сайт |^|[\s>"'«])`+hostGroup+` не позволяет установить соединение`)),
	lookingEx(connEx("отказано в подключении", "browser", 0, `(?:^|[\s>"'«])`+hostGroup+`(?::(?P<port>[0-9]{1,5}))? отказано в подключении`)),
	// Chrome's other Russian summaries, as pastes show them: "Превышено
	// время ожидания ответа от сайта x." (ERR_TIMED_OUT,
	// ERR_CONNECTION_TIMED_OUT), "Не удалось найти IP-адрес сервера x."
	// (ERR_NAME_NOT_RESOLVED), "Сайт x не отправил данных."
	// (ERR_EMPTY_RESPONSE).
	lookingEx(connEx("превышено время ожидания ответа от сайта", "browser", 0, `Превышено время ожидания ответа от сайта `+hostGroup)),
	lookingEx(dnsEx("не удалось найти ip-адрес сервера", "browser", 0, `Не удалось найти IP-адрес сервера `+hostGroup)),
	lookingEx(connEx("не отправил данных", "browser", 0, `Сайт `+hostGroup+` не отправил данных`)),
	// net-ping's (and its SNMP sibling's) warning for an answer that came
	// after the request's deadline: "Response with unknown request ID from
	// x. Consider increasing timeouts (21946 ms old?)." names the host.
	connEx("unknown request id from", "Node.js", 0, `Response with unknown request ID from `+hostGroup),
	connEx("took too long to respond", "browser", 0, `(?i)`+browserHeading+hostGroup+` took too long to respond`),
	connEx("unexpectedly closed the connection", "browser", 0, `(?i)`+browserHeading+hostGroup+` unexpectedly closed the connection`),
	connEx("send any data", "browser", 0, `(?i)`+browserHeading+hostGroup+` didn['’]t send any data`),
	// Technitium DNS Server's DnsClient names the server it asked: "DnsClient
	// failed to resolve the request 'x. A IN': request timed out for name
	// server [9.9.9.9]." (or "name servers [a, b]", "[dns.quad9.net
	// (9.9.9.9)]"), the first, on DNS's port 53 unless given; the name it
	// looked up is no target.
	connEx("for name server", "Technitium DNS Server", 53, `request timed out for name servers? \[(?P<host>`+reHost+`|`+reIPv4+`)(?::(?P<port>[0-9]{1,5}))?(?: \((?P<addr>`+reIP+`)\))?[\],]`),
	// Prometheus' snmp_exporter names the agent it polled, on SNMP's port
	// 161 unless given: "error getting target 10.0.0.209: Request timeout
	// (after 3 retries)", "scrape cancelled after 20s (possible timeout)
	// getting target x". The name must look like a host (Kubernetes' "Error
	// getting Target ns/name" is no SNMP agent).
	lookingEx(connEx("error getting target ", "snmp_exporter", 161, `error getting target `+hostGroup+`(?::(?P<port>[0-9]{1,5}))?: `)),
	lookingEx(connEx("(possible timeout) getting target ", "snmp_exporter", 161, `\(possible timeout\) getting target `+hostGroup+`(?::(?P<port>[0-9]{1,5}))?(?:[\s"',]|$)`)),
	// zerotier-cli's "Error connecting to the ZeroTier service: timed out"
	// then "Please check that the service is running and that TCP port
	// 9993 can be contacted via 127.0.0.1.": the service's API it dialled.
	connEx("can be contacted via", "ZeroTier", 0, `TCP port (?P<port>[0-9]{1,5}) can be contacted via `+hostGroup),
	// Chrome's "This site can’t provide a secure connection" page: "x uses
	// an unsupported protocol." (ERR_SSL_VERSION_OR_CIPHER_MISMATCH), "x
	// sent an invalid response." (ERR_SSL_PROTOCOL_ERROR; "This page
	// isn’t working" with ERR_INVALID_RESPONSE), "x didn’t accept your
	// login certificate" (ERR_BAD_SSL_CLIENT_AUTH_CERT). The name must
	// look like a host: a poster's "site sent an invalid response" names
	// none.
	lookingEx(connEx("uses an unsupported protocol", "browser", 0, `(?i)`+browserHeading+hostGroup+` uses an unsupported protocol`)),
	lookingEx(connEx("sent an invalid response", "browser", 0, `(?i)`+browserHeading+hostGroup+` sent an invalid response`)),
	lookingEx(connEx("accept your login certificate", "browser", 0, `(?i)`+browserHeading+hostGroup+` didn['’]t accept your login certificate`)),
	// Firefox's error pages copied as text (netError's netTimeout,
	// connectionFailure, dnsNotFound old and new, netInterrupt), whatever
	// the brand before "can’t" (Firefox, Nightly, Waterfox, LibreWolf, Tor
	// Browser, IceCat): the server at what was typed, a name, host:port or
	// a WebSocket URL.
	connEx("server at", "browser", 0, `(?i)\bthe server at `+firefoxTarget+` is taking too long to respond`),
	connEx("server at", "browser", 0, `(?i)can['’]t establish a connection to the server at `+firefoxTarget),
	dnsEx("server at", "browser", 0, `(?i)(?:\bwe can['’]t connect to|can['’]t find) the server at `+firefoxTarget),
	connEx("the connection to", "browser", 0, `(?i)\bthe connection to `+firefoxTarget+` was interrupted while the page was loading`),
	// Firefox's error page URL, as geckodriver and Selenium report it
	// ("Reached error page: about:neterror?e=netTimeout&u=http%3A//x/&…"):
	// the page's URL, decoded (see firefoxErrorPage).
	keepEx(dnsEx("about:neterror?e=dnsnotfound", "browser", 0, firefoxErrorPage+`dnsNotFound`+firefoxPageURL), decodedPageURL),
	keepEx(connEx("error?e=", "browser", 0, firefoxErrorPage+`(?:connectionFailure|netTimeout|netReset|netInterrupt|nssFailure2|nssBadCert)`+firefoxPageURL), decodedPageURL),
	// Apache Traffic Server's "Unknown Host" page (connect#dns_failed),
	// which a proxy puts in the browser's place: "Unable to locate the
	// server named \"x\" --- the server does not have a DNS entry." (the
	// dashes are its; an API's "Unable to locate the server named 'x'"
	// is no look-up).
	dnsEx("locate the server named", "", 0, `(?i)\bunable to locate the server named "`+hostGroup+`" -+(?:\s|$)`),
	// Firefox's certificate warning ("Warning: Potential Security Risk
	// Ahead"), in English and Russian: "Firefox detected a potential
	// security threat and did not continue to x", "Firefox обнаружил
	// вероятную угрозу безопасности и не стал открывать x".
	ex("did not continue to", phrase, "browser", 443, `(?i)\bdid not continue to `+firefoxTarget),
	ex("не стал открывать", phrase, "browser", 443, `не стал открывать `+firefoxTarget),
	// Chrome's error page suggests a search for what was typed, host:port
	// spelt "host port": "Search Google for localhost 4200".
	lookingEx(ex("search google for", plain, "browser", 0, `(?i)search google for `+hostGroup+` (?P<port>[0-9]{1,5})\b`)),
	// It drops some of the host's words too, "192.168.5.71:8989/sonarr"
	// giving "Search Google for 192 168 8989 sonarr": a number right after
	// words that are all labels of the host the page names (in order) and
	// no label of it is that host's port.
	keepEx(ex("search google for", plain, "browser", 0, `(?i)search google for (?P<words>[A-Za-z0-9\-]+(?: [A-Za-z0-9\-]+){1,8})`), searchedHost),
	dnsEx("could not resolve", "", 0, `(?i)could not resolve ['"‘“]`+hostGroup),
	// Apache HttpClient's "Connect to x:443 [x/10.0.0.5, x/2001:db8:0:0:0:0:0:5]
	// failed": the first address in the list was tried first; a console
	// that wraps at a fixed width pads or breaks the line before "failed".
	spanEx(connEx("connect to", "Java", 0, `Connect to (?P<hp>`+reHostPort+`) \[[^/\]]*/(?P<addr>`+reIP+`)(?:,[^\]]*)?\]\s+failed`)),
	slashIP,
	// Netty's resolver (DnsResolveContext, as Reactor Netty and gRPC Java
	// throw it) words its UnknownHostException "Failed to resolve 'x'
	// [A(1), AAAA(28)] after 4 queries", "… 'x' and search domain query
	// for configured domains failed as well: [d, …]", and, for a search
	// domain's try, "Search domain query failed. Original hostname: 'x'
	// failed to resolve 'x.d'": the quoted name, the original one when
	// both are, was looked up; "Failed" itself is no host.
	dnsEx("unknownhostexception", "Java", 0, `UnknownHostException: (?:Failed to resolve|Search domain query failed\. Original hostname:) '`+hostGroup+`'`),
	dnsEx("unknownhostexception", "Java", 0, `UnknownHostException: `+reQ+`(?:[a-z]+://)?`+hostGroup+reQ+`(?:$|[\s:;,)])`),
	// Java on Windows puts the resolver's text first, in the UI's
	// language, and the name in parentheses after it: "UnknownHostException:
	// No such host is known (x)", "UnknownHostException: 不知道这样的主机。 (x)".
	dnsEx("unknownhostexception", "Java", 0, `UnknownHostException: [^\n()]{1,160}\(`+reQ+hostGroup+reQ+`\)`),
	dnsEx("resolve host", "Android", 0, `(?i)unable to resolve host `+reQ+`(?:[a-z]+://)?`+hostGroup),
	dnsEx("unknown host", "", 0, `(?i)unknown host[: ]+`+reQ+hostGroup),
	dnsEx("cannot resolve", "", 0, `(?i)cannot resolve `+hostGroup+`:`),
	dnsEx("can not resolve", "", 0, `(?i)can not resolve `+hostGroup+`:`),
	// Certbot's ACME client (acme/client.py) naming the server and path it
	// requested when the request failed: "ValueError: Requesting
	// acme-staging-v02.api.letsencrypt.org/directory: Network
	// unreachable", over https.
	connEx("requesting ", "Certbot", 443, `\bRequesting `+hostGroup+`/[^\s:]*: `),
	// "Failed to resolve x: [Errno -2] Name or service not known", Python's
	// socket.gaierror after a dotted name or an address, whatever its
	// top-level domain (ROS's rospy, which writes "Failed to resolved
	// robot.server:" for a name on its private network); a word ("Failed
	// to resolve dependencies: …") is none.
	dnsEx("failed to resolve", "Python", 0, `(?i)\bfailed to resolved? (?P<host>[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+|\[`+reIP+`\]): \[Errno -?[0-9]+\] `),
	// "Host can not be resolved: x" (Java's UnknownHostException as some
	// clients fill it), NoHttp's "Hostname can not be resolved: URL".
	dnsEx(" be resolved: ", "", 0, `(?i)\bhost(?: ?name)? can ?not be resolved: `+reQ+`(?:(?P<url>`+reURL+`)|`+hostGroup+`)`),
	connEx("connection to ", "", 0, `(?i)connection to (?:[a-z]+:(?://)?)?(?P<hp>`+reHostPort+`) (?:refused|timed out|failed|was refused)`),
	// Mumble's client log: "[9:56:12 PM] Connecting to server x." (in
	// French "Connexion au serveur x."), then "Server connection failed:
	// The remote host closed the connection." ("La connexion au serveur a
	// échoué : Délai de connexion dépassé.") on a line below; its
	// server's port is 64738 unless the log names another.
	tallEx(3, "Server connection failed", connEx("connecting to server ", "Mumble", 64738, `\] Connecting to server `+hostGroup+`\.\s*$`)),
	tallEx(3, "La connexion au serveur a échoué", connEx("connexion au serveur ", "Mumble", 64738, `\] Connexion au serveur `+hostGroup+`\.\s*$`)),
	// Python's logs print an IPv6 address and port unbracketed ("Connection
	// to ::1:5672 failed"): the last group is the port.
	connEx("connection to ", "", 0, `(?i)connection to (?P<host>[0-9a-fA-F]*::?[0-9a-fA-F:.]*[0-9a-fA-F]):(?P<port>[0-9]+) (?:refused|timed out|failed|was refused)`),
	// Ansible's inventory name is a label: the ssh message inside it, when
	// there is one, names the address that failed; its verbose lines
	// above name the address it connected to (see ansibleDialled).
	keepEx(ex("unreachable!", structured, "Ansible", 22, `fatal: \[`+hostGroup+`\]: UNREACHABLE!`), ansibleDialled),
	keepEx(ex("unreachable!", structured, "Ansible", 22, `(?m)^`+hostGroup+` \| UNREACHABLE!`), ansibleDialled),
	connEx("connection to ", "", 0, `(?i)connection to `+hostGroup+` (?:timed out|refused)`),
	// urllib3's debug log of a connection it opens, "Starting new HTTPS
	// connection (3): pypi.python.org": the host its next error is about.
	ex("starting new https connection", weak, "Python", 443, `Starting new HTTPS connection \([0-9]+\): `+hostGroup+`[ \t\r]*$`),
	ex("starting new http connection", weak, "Python", 80, `Starting new HTTP connection \([0-9]+\): `+hostGroup+`[ \t\r]*$`),
	// urllib3's ConnectTimeoutError names its connection object: a plain
	// HTTPConnection ("<…urllib3.connection.HTTPConnection object at
	// 0x326da50>, 'Connection to x timed out. (connect timeout=15)'") dials
	// HTTP's port; HTTPSConnection and VerifiedHTTPSConnection, HTTPS's.
	connEx("httpconnection object at", "Python", 80, `\bHTTPConnection object at 0x[0-9a-fA-F]+>, ['"]Connection to `+hostGroup+` timed out`),
	// urllib3 2's NameResolutionError names it too: "<urllib3.connection.
	// HTTPConnection object at 0x2ad7a730a00>: Failed to resolve 'x'
	// ([Errno 11001] getaddrinfo failed)", a name to be dialled on HTTP's
	// port.
	dnsEx("httpconnection object at", "Python", 80, `\bHTTPConnection object at 0x[0-9a-fA-F]+>: Failed to resolve '`+hostGroup+`'`),
	// FFmpeg's tcp protocol (libavformat/tcp.c), "Failed to resolve
	// hostname x: <gai_strerror's text>", as mpv shows it ("[ffmpeg] tcp:
	// …"): the name it looked up, over the URL the player then says it
	// failed to open.
	dnsEx("failed to resolve hostname ", "FFmpeg", 0, `\btcp: Failed to resolve hostname `+hostGroup+`: `),
	// WPScan's check that the site answers, the URL it scans: 2.x's
	// "[!] The WordPress URL supplied 'x' seems to be down.", 3.x's (CMS
	// Scanner's) "Scan Aborted: The url supplied 'x' seems to be down
	// (libcurl's text)"; its banner's "Sponsored by … - https://…" is no
	// target.
	ex("url supplied '", phrase, "WPScan", 0, `(?i)url supplied '(?P<url>`+reURL+`)' seems to be down`),
	// R's download.file and url() with libcurl name the URL a cause is
	// about: "URL 'x': status was 'Couldn't connect to server'", "URL 'x':
	// status was 'Couldn't resolve host name'", "URL 'x': Timeout of 10
	// seconds was reached" (curly quotes in a UTF-8 locale), after the
	// "cannot open URL 'y'" that states none, y redirected to x.
	connEx("url ", "R", 0, `URL ['‘](?P<url>(?:https?|ftps?)://[^\s'’"]+)['’]: (?:status was ['‘]|Timeout of [0-9]+ seconds was reached)`),
	// VS Code's Remote-SSH names the ssh host it connects to, often an
	// alias of ~/.ssh/config, on ssh's port: its dialog's "Could not
	// establish connection to \"x\": The operation timed out." (the reason
	// after it), and its log's step "Setting up SSH remote \"x\"" before
	// "Resolver error: Error: Connecting with SSH timed out".
	connEx("could not establish connection to \"", "VS Code Remote-SSH", 22, `Could not establish connection to "`+hostGroup+`"`),
	ex("setting up ssh remote \"", weak, "VS Code Remote-SSH", 22, `Setting up SSH remote "`+hostGroup+`"`),
	// Apache HttpClient's HttpHostConnectException names the URL of the
	// host it could not connect to, with a port or without one: "Connection
	// to https://s3.amazonaws.com refused" (Gradle's and Maven's innermost
	// cause, the host a download was redirected to), on the scheme's port.
	connEx("connection to ", "Java", 0, `(?i)connection to (?P<url>https?://`+reHost+`)/? (?:refused|timed out)`),
	// JavaMail's (and Angus Mail's) MailConnectException names the host and
	// the port with a comma between: "Couldn't connect to host, port:
	// smtp.gmail.com, 587; timeout -1" (the connection timeout, no
	// failure); the cause under it that names the address it dialled
	// ("failed to connect to x/IP (port 465)") is read first.
	structuredCmd(connEx("couldn't connect to host, port: ", "Java", 0, `Couldn't connect to host, port: `+hostGroup+`, (?P<port>[0-9]{1,5}); timeout -?[0-9]`)),
	// Node.js and npm.
	connEx("econn", "Node.js", 0, `(?:connect|read|write) (?:ETIMEDOUT|ECONNREFUSED|EHOSTUNREACH|ENETUNREACH|ECONNRESET|EADDRNOTAVAIL) (?P<host>\[?[0-9a-fA-F:.]*:[0-9a-fA-F:.]*\]?|`+reHost+`):(?P<port>[0-9]+)`),
	// Node's connect denied by the system (a firewall, a sandbox, a link-local
	// address without its zone): "connect EACCES fe80::1:9092", the address
	// and port it dialled; EACCES is none of the kinds.
	connEx("connect eacces", "Node.js", 0, `connect EACCES (?P<host>\[?[0-9a-fA-F:.]*:[0-9a-fA-F:.]*\]?|`+reHost+`):(?P<port>[0-9]+)`),
	// sudo's "unable to resolve host %s" (its own machine's name, read as
	// the English one is) in its translations (plugins/sudoers/po).
	dnsEx("sudo:", "sudo", 0, `sudo: (?:无法解析主机[：:] ?|無法解析主機[：:] ?|impossible de résoudre l'hôte |impossibile risolvere l'host |impossível resolver o anfitrião |não foi possível resolver máquina |не удаётся определить адрес узла |не вдалося визначити адресу вузла |nie udało się rozwiązać nazwy hosta |nelze přeložit název stroje |kan inte slå upp värddatorn |nu se poate rezolva gazda |no s'ha pogut resoldre l'amfitrió |không thể phân giải địa chỉ của máy |Hostname |ホスト )`+hostGroup+`(?:$|[:\s]| kann nicht aufgelöst werden| の名前解決ができません)`),
	dnsEx("sudo:", "sudo", 0, `sudo: `+hostGroup+` 호스트를 해석할 수 없습니다`),
	// gRPC C-core's (Grpc.Core's) resolver on Windows: "DNS lookup error
	// for '127.0.0.1'. 'Non-Existent Domain'", the quoted name.
	dnsEx("dns lookup error for", "gRPC", 0, `(?i)DNS lookup error for ['"]`+hostGroup+`(?::(?P<port>[0-9]{1,5}))?['"]`),
	// Twisted's DNSLookupError, as Scrapy logs it: "DNS lookup failed: no
	// results for hostname lookup: x." (the name ends the sentence; a
	// punycode name, "xn----7sbb4ac0ad0be6cf.xn--p1ai", is one too).
	dnsEx("no results for hostname lookup", "Twisted", 0, `no results for hostname lookup: `+hostGroup),
	// Its other messages, "Couldn't find the hostname 'x'" and "address
	// 'x' not found: …" (see twistedLookupFailed), on Synapse's
	// federation port when its federation client failed.
	keepEx(dnsEx("dns lookup failed: ", "Twisted", 0, twistedLookupFailed), synapseFederationPort),
	keepEx(dnsEx("dnslookuperror(", "Twisted", 0, twistedLookupFailed), synapseFederationPort),
	// Haskell network's getAddrInfo error (Network/Socket/Info.hs) names
	// the name and service asked for: "getAddrInfo (called with preferred
	// socket type/protocol: AddrInfo {…}, host name: Just "x", service
	// name: Just "3000"): does not exist (Name or service not known)"
	// (Nothing for one not given; the quotes escaped inside a JSON
	// string). The service is the port when it is digits.
	dnsEx("host name: just", "Haskell", 0, `host name: Just \\?"`+hostGroup+`\\?", service name: (?:Just \\?"(?:(?P<port>[0-9]{1,5})\\?"|[^"\\\n]*\\?")|Nothing)\)`),
	// Deno's node compatibility layer (ext:deno_node) sometimes drops the
	// port: "connect ECONNREFUSED 127.0.0.1", a host on no port of its own.
	connEx("econn", "Node.js", 0, `\bconnect (?:ETIMEDOUT|ECONNREFUSED|EHOSTUNREACH|ENETUNREACH|ECONNRESET) (?P<host>`+reIPv4+`|`+reHost+`)(?:[^\w.:\-]|$)`),
	connEx("ehost", "Node.js", 0, `(?:connect|read|write) (?:EHOSTUNREACH|ENETUNREACH|EHOSTDOWN) (?P<host>\[?[0-9a-fA-F:.]*:[0-9a-fA-F:.]*\]?|`+reHost+`):(?P<port>[0-9]+)`),
	connEx("etimedout", "Node.js", 0, `(?:connect|read|write) ETIMEDOUT (?P<host>\[?[0-9a-fA-F:.]*:[0-9a-fA-F:.]*\]?|`+reHost+`):(?P<port>[0-9]+)`),
	// typesense-js (ApiCall) logs each failed try as "Request #N: Request
	// to Node K failed due to \"<error.message>\"": a look-up that failed
	// there is of the node's host, on Typesense's documented port 8108
	// when the message names none.
	dnsEx("request to node", "typesense-js", 8108, `(?i)\bRequest to node \w+ failed due to "[^"\n]*?\bgetaddrinfo (?:ENOTFOUND|EAI_AGAIN|EAI_NODATA|EAI_FAIL|EAI_NONAME) `+hostGroup+`(?::(?P<port>[0-9]+))?"`),
	// Node before 10 (net.js's lookupAndConnect) put the host and port it
	// was asked for after the name dns.lookup failed on: "getaddrinfo
	// ENOTFOUND x x:883", the port x's.
	dnsEx("getaddrinfo", "Node.js", 0, `getaddrinfo (?:ENOTFOUND|EAI_AGAIN|EAI_NODATA|EAI_FAIL|EAI_NONAME) `+hostGroup+` (?:`+reHost+`|`+reIPv4+`):(?P<port>[0-9]{1,5})\b`),
	dnsEx("getaddrinfo", "Node.js", 0, `getaddrinfo (?:ENOTFOUND|EAI_AGAIN|EAI_NODATA|EAI_FAIL|EAI_NONAME) `+hostGroup+`(?::(?P<port>[0-9]+))?`),
	// Node's dns.resolve* calls (c-ares) name the query and the name:
	// "querySrv ETIMEOUT _mongodb._tcp.x" (a DNS SRV name: host x on its
	// service's port, see cutSRV), "queryA ECONNREFUSED x".
	dnsEx("query", "Node.js", 0, `\bquery(?:Srv|A|Aaaa|Any|Caa|Cname|Mx|Naptr|Ns|Ptr|Soa|Txt) E[A-Z]{3,} `+hostGroup),
	// Go's errors marshalled to JSON: {"Op":"dial","Net":"tcp",
	// "Addr":{"IP":"::1","Port":443,"Zone":""}, …}.
	ex(`"ip":"`, structured, "Go", 0, `"IP":"(?P<host>[0-9a-fA-F:.]+)","Port":(?P<port>[0-9]+)`),
	spanEx(ex("address:", structured, "Node.js", 0, `address: '(?P<host>[^']+)',\s*(?:\S+ \S+ \S+!\s+)?port: '?(?P<port>[0-9]+)`)),
	// The same error object as a debugger or a browser's console shows
	// it, the keys sorted, one a line, with double quotes: `address:
	// "x"`, then code, command, errno …, then `port: 587`.
	tallEx(8, "port: ", spanEx(ex("address: ", structured, "Node.js", 0, `address: ["'](?P<host>[^"'\s]+)["'],?[ \t]*\r?\n(?:[ \t]*[a-z]+: (?:"[^"\n]*"|'[^'\n]*'|-?[0-9]+),?[ \t]*\r?\n){0,6}[ \t]*port: ["']?(?P<port>[0-9]{1,5})\b`))),
	// Go, Docker, kubectl, gRPC, envoy.
	connEx("dial", "Go", 0, `dial (?:tcp[46]?:? )?(?:\S*->)?(?P<hp>`+reHostPort+`)`),
	// The same with a space after the address's colon, as a poster's copy
	// (or an issue title) left it: Vault's "Error connecting to statsite!
	// Err: dial tcp 127.0.0.1: 8125: connectex: No connection could be
	// made …"; the port's own colon after it says it is one.
	connEx("dial tcp", "Go", 0, `dial tcp[46]? (?P<host>`+reIP+`|`+reHost+`): (?P<port>[0-9]{1,5}): (?:connect|i/o timeout|read|no route|network)`),
	keepEx(dnsEx("lookup ", "Go", 0, `\blookup `+hostGroup+goLookupEnd), goLookupWording),
	// Go's client words the method with one capital ("Get \"https://x/\":
	// dial tcp …"); "GET https://x/" in capitals is a browser's console's,
	// pnpm's, Ruby's or LWP's, named by none.
	reqEx(ex("://", structured, "Go", 0, `(?:Get|Post|Put|Patch|Delete|Head|Options) "?(?P<url>`+reURL+`)"?`)),
	reqEx(ex("://", structured, "", 0, `(?:GET|POST|PUT|DELETE|HEAD) "?(?P<url>`+reURL+`)"?`)),
	// Go's client failing the URL's TLS handshake ("Get \"https://x/\":
	// net/http: TLS handshake timeout", unquoted before Go 1.14) says the
	// URL's host failed as surely as a message naming the host does.
	reqEx(ex("net/http: tls handshake timeout", phrase, "Go", 0, `(?:Get|Post|Put|Patch|Delete|Head|Options|GET|POST|PUT|DELETE|HEAD) "?(?P<url>`+reURL+`)"?: net/http: TLS handshake timeout`)),
	// Lantern's domain fronting dials a CDN's front domain, the
	// masquerade, for the URL it fronts: "Unable to dial masquerade x:
	// dial tcp [redacted]:443: …" (the address a poster may hide) is the
	// hop that failed, on the port dialled.
	connEx("dial masquerade", "Go", 0, `Unable to dial masquerade `+hostGroup+`: dial tcp[46]? (?:\[[^\]\s]*\]|[0-9a-fA-F:.]+):(?P<port>[0-9]{1,5})\b`),
	connEx("dial target", "envoy", 0, `(?i)dial target host "(?P<hp>`+reHostPort+`)"`),
	// gRPC's address syntax: "ipv4:10.0.0.5:50051", "ipv6:[::1]:50051",
	// "dns:///x:443", "dns:x:443".
	ex("v4:", structured, "gRPC", 0, `\bipv4:(?P<hp>[0-9]{1,3}(?:\.[0-9]{1,3}){3}:[0-9]+)`),
	ex("v6:", structured, "gRPC", 0, `\bipv6:(?P<hp>\[[0-9a-fA-F:.]+\]:[0-9]+)`),
	ex("dns:", structured, "gRPC", 0, `\bdns:(?:///)?(?P<hp>`+reHostPort+`)`),
	connEx("connection to the server", "kubectl", 0, `[Cc]onnection to the server (?P<hp>`+reHostPort+`) was refused`),
	// Python, pip, pymongo, requests, Redis clients.
	needEx(hostKeyed, ex("port", structured, "Python", 0, `(?i)host(?:name)?\s*[=:]\s*[ub]?['"](?P<host>[^'"]*)['"]\s*,\s*port\s*[=:]\s*['"]?(?P<port>[0-9]+)`)),
	// The same pair unquoted (Dart's "Connection timed out, host: x, port:
	// 587").
	needEx(hostKeyed, ex("port", structured, "", 0, `(?i)\bhost\s*[=:]\s*`+hostGroup+`,\s*port\s*[=:]\s*(?P<port>[0-9]+)`)),
	// espota's (Arduino OTA's) options as it logs them with --debug,
	// "Options: {'esp_ip': 'x', 'host_ip': '0.0.0.0', 'esp_port': 8266,
	// 'host_port': 44129, …}": the device, on its OTA port (host_ip and
	// host_port are espota's own listener).
	ex("'esp_ip'", structured, "espota", 0, `'esp_ip': '(?P<host>`+reHost+`|`+reIP+`)',.*?'esp_port': (?P<port>[0-9]{1,5})\b`),
	ex("'host'", structured, "PHP", 0, `'host' => '(?P<host>[^']*)',.*?'port' => '?(?P<port>[0-9]+)`),
	// Haskell's http-client (Stack, http-conduit) shows the connection it
	// failed to open as its HttpException constructor, derived Show: the
	// host quoted, then the port, "FailedConnectionException \"x\" 80" and
	// FailedConnectionException2's with whether TLS and the cause after,
	// "FailedConnectionException2 \"s3.amazonaws.com\" 443 True connect:
	// does not exist (Connection refused)".
	ex("failedconnectionexception", structured, "http-client", 0, `FailedConnectionException2? "(?P<host>`+reHost+`|`+reIP+`)" (?P<port>[0-9]{1,5})\b`),
	// A PHP PDO DSN for MySQL or PostgreSQL ("new \PDO(mysql:host=x;
	// dbname=y;port=3306, …)"), its port= anywhere in it (see pdoDSN).
	keepEx(ex("mysql:", structured, "PHP", 3306, `\bmysql:`+pdoDSN), pdoPort),
	keepEx(ex("pgsql:", structured, "PHP", 5432, `\bpgsql:`+pdoDSN), pdoPort),
	// A sockaddr tuple as Python prints it, ('10.0.0.5', 8080), an IPv6
	// one with its flow info and scope id, ('::1', 8080, 0, 0) (asyncio's
	// and aiohappyeyeballs' "Connect call failed ('::1', 8080, 0, 0)").
	// (Not the address getaddrinfo's result gives, its 5-tuple's last
	// item: see addrInfoResult.)
	// (Its quotes may be escaped, a repr inside a repr: mitmproxy's
	// "ProtocolException('Server connection to (\'x\', 80) failed: …')".)
	keepEx(needEx(quotedThenNumber, ex("', ", plain, "", 0, `[({]\s*\\?['"](?P<host>`+reHost+`|`+reIP+`)\\?['"]\s*,\s*(?P<port>[0-9]+)\s*(?:,\s*[0-9]+\s*,\s*[0-9]+\s*)?[)}]`)),
		func(_ *scan, _ int, _ *extractor, src string, m []int, _ map[string]string) bool {
			return !addrInfoResult(src[:m[0]])
		}),
	// Erlang's call tuple with a host string and a port integer, as a
	// gen_server's "Last message in was {connect,\"localhost\",5555,…}"
	// prints it.
	ex(`",`, plain, "Erlang", 0, `\{[a-z][a-z0-9_]*,\s*"(?P<host>`+reHost+`|`+reIP+`)",\s*(?P<port>[0-9]{1,5})\s*[,}]`),
	// A connect call in code the user pasted with the failure (or a debug
	// log's echo of it), its host and port literal first arguments:
	// MailKit's client.Connect("smtp.x", 587, true), Java's new
	// Socket("x", 9000), .NET's new TcpClient("x", 25), Python's
	// smtplib.SMTP("x", 587), PHP's fsockopen('x', 25, $errno, $errstr,
	// 10) and its x_connect functions, ldap_connect('ldaps://x', 3269) or
	// ftp_connect('x', 2121): the host quoted, alone or in a URL without
	// a port of its own, the port the bare number right after it (so the
	// call's port beats the URL scheme's default, ldaps' 636). An argument
	// after the port, a timeout or a flag, is never the port, and a
	// second argument that is no bare number (connect('x', timeout=5),
	// stream_socket_client("tcp://x:25", $errno, …)) makes no reading
	// here. A failing line's host beats it. A call typed at Python's
	// prompt is replConnect's, which reads whether it failed.
	keepEx(needEx(quotedNumberArg, ex("(", plain, "", 0, `(?:\b|_)(?:[Cc]onnect(?:Async)?|p?fsockopen|Socket|TcpClient|SmtpClient|InetSocketAddress|SMTP(?:_SSL)?|FTP|Telnet|create_connection)\(\s*\(?\s*['"](?:[A-Za-z][A-Za-z0-9+.-]*://)?(?P<host>`+reHost+`|`+reIP+`)/?['"]\s*,\s*(?P<port>[0-9]{1,5})\s*[,)]`)), notPrompt),
	// pysmb's SMBConnection.connect(ip, port = 139, …) on a Python
	// traceback's source line, the frame under it pysmb's own
	// ("conn.connect('10.0.0.5', timeout=60)" then `File
	// "…\smb\SMBConnection.py", line 127, in connect`): its first argument
	// is the server, its second or port= the port, else 139.
	spanEx(ex(".connect(", plain, "pysmb", 139, `\.connect\(\s*['"](?P<host>`+reHost+`|`+reIP+`)['"]\s*(?:,\s*(?:port\s*=\s*)?(?P<port>[0-9]{1,5})\s*[,)])?[^\n]*\n[ \t]*File "[^"\n]*smb[\\/]SMBConnection\.py", line [0-9]+, in connect\b`)),
	replLookup, replConnect,
	// A config or code line naming the host without a port beside it
	// (host: 'smtp.example.com', host='localhost', "host" => "db").
	hostKey,
	// PHP's print_r of an array, its values unquoted: "[host] =>
	// sellingtoolz.com" (a record whose "[reason] => …" says the failure),
	// a dotted name or an address ("[host] => Array" opens a nested one).
	ex("[host] => ", structured, "", 0, `\[host\] => (?P<host>[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+)[ \t\r]*$`),
	// An XML dump's host element with its port element beside it, as
	// WebSSH's engine log names what it dialled:
	// "<hostname>192.168.20.166</hostname>" then "<port>22</port>".
	spanEx(ex("<host", structured, "", 0, `<(?:host|hostname)>(?P<host>`+reHost+`)</(?:host|hostname)>\s*<port>(?P<port>[0-9]{1,5})</port>`)),
	// A log message naming a method then the host it ran against, before
	// the colon that introduces its error, as openHAB's velux binding
	// logs: "io() on 192.168.178.204: raised an error during connection
	// setup: No route to host" (only "() on" right after a method's name;
	// the host must look like one).
	lookingEx(ex("() on ", phrase, "", 0, `[A-Za-z0-9_]\(\) on (?P<host>`+reIP+`|`+reHost+`): `)),
	// openHAB's MAX! binding names the Cube (the MAX! Cube LAN gateway,
	// on its TCP port 62910) its commands go to: "Error sending command
	// … to MAX! Cube at IP: 192.168.178.41".
	ex("max! cube at ip: ", phrase, "openHAB MAX! binding", 62910, `MAX! Cube at IP: (?P<host>`+reIP+`|`+reHost+`)`),
	// SearXNG's engine-error report names the host an engine's request
	// went to as the last item of its Parameters tuple, after the HTTP
	// status and reason ("Parameters: `(None, None, 'search.brave.com')`");
	// its stats page copied as text runs the items together after a tab
	// ("Parameter\tNoneNoneapi.qwant.com").
	ex("parameters: ", structured, "SearXNG", 0, `Parameters: `+"`"+`\((?:None|'[^'\n]*'), (?:None|'[^'\n]*'), '(?P<host>`+reHost+`)'\)`+"`"),
	ex("parameter\tnonenone", structured, "SearXNG", 0, `Parameter\tNoneNone(?P<host>`+reHost+`)[ \t\r]*$`),
	// Erlang and Elixir: {:failed_connect, [{:to_address, {'host', 443}}, …]}.
	connEx("to_address", "Erlang", 0, `to_address,\s*\{\s*['"](?P<host>[^'"]+)['"]\s*,\s*(?P<port>[0-9]+)\s*\}`),
	connEx("redis", "Redis", 0, `(?i)(?:connect to redis at|connecting to redis on|redis connection to) (?P<hp>`+reHostPort+`)`),
	connEx("connecting to", "Python", 0, `(?i)error -?[0-9]+ connecting to (?P<hp>`+reHostPort+`)`),
	// PHP: cURL, Guzzle, PHPMailer, SwiftMailer. "unable to connect to
	// ssl://x:465" is PHP's own stream functions' (stream_socket_client(),
	// fsockopen()), whichever library called them, and other programs'
	// too (adb's, Lettuce's): the markers name the program.
	connEx("unable to connect to", "", 0, `(?i)unable to connect to (?:[a-z]+://)?(?P<hp>`+reHostPort+`)`),
	// Predis names the connection's parameters in brackets after its
	// message, "[tcp://127.0.0.1:6379]"; a machine translation of the
	// text puts a space after each colon, "[tcp: //127.0.0.1: 6379]".
	// The host must look like one: the words around say little.
	lookingEx(ex(": //", structured, "", 0, `\[[A-Za-z][A-Za-z0-9+.\-]*: //(?P<host>`+reHost+`): ?(?P<port>[0-9]{1,5})\]`)),
	connEx("opening to", "PHPMailer", 0, `(?i)opening to (?:[a-z]+://)?(?P<hp>`+reHostPort+`)`),
	connEx("with host", "SwiftMailer", 25, `(?i)with host `+hostGroup),
	// MySQL, PostgreSQL.
	// MariaDB's Connector/C (and mysql2 built on it, since MariaDB 10.x)
	// drops "MySQL": "Can't connect to server on 'x' (115)"; PyMySQL on
	// Python 2 prints the host's repr, "on u'localhost'".
	// HeidiSQL shows the host unquoted: "Can't connect to server on
	// 127.0.0.1 (10061)".
	connEx("server on ", "MySQL", 3306, `(?i)connect to (?:MySQL )?server on (?:u?'(?P<host>[^':\s]+)(?::(?P<port>[0-9]+))?'|(?P<host>`+reIP+`|`+reHost+`) \([0-9]+\))`),
	dnsEx("mysql server host", "MySQL", 3306, `(?i)Unknown MySQL server host '(?P<host>[^':]+)'`),
	connEx("connection to server at", "PostgreSQL", 0, `connection to server at "(?P<host>[^"]+)"(?: \((?P<addr>`+reIP+`)\))?, port (?P<port>[0-9]+) failed`),
	// The hint's second line may carry docker-compose's service prefix
	// ("consensource-rest-api     | \tTCP/IP connections on port 5432?"),
	// and a message logged as a Python repr has its line break and tab
	// written as escapes, once or twice ("… and accepting\n\tTCP/IP
	// connections on port 5432?\n']", "\\n\\t" in a bytes repr of it).
	spanEx(connEx("running on host", "PostgreSQL", 0, `running on host "(?P<host>[^"]+)"(?: \((?P<addr>`+reIP+`)\))? and accepting(?:\s+|[ \t\r]*\n[^\n]{0,100}?\s|(?:\\{1,2}[nt])+)TCP/IP connections on port (?P<port>[0-9]+)`)),
	// The same hint with its lines in reverse order, as a log exported
	// newest first lists them ("…,stdout,\tTCP/IP connections on port
	// 5432?" above "…,stdout,\tIs the server running on host \"x\"
	// (10.0.0.5) and accepting"), each line with the log's prefix.
	spanEx(connEx("tcp/ip connections on port", "PostgreSQL", 0, `TCP/IP connections on port (?P<port>[0-9]{1,5})\?[ \t\r]*\n[^\n]{0,80}?\bIs the server running on host "(?P<host>[^"]+)"(?: \((?P<addr>`+reIP+`)\))? and accepting[ \t\r]*(?:\n|$)`)),
	dnsEx("translate host name", "PostgreSQL", 5432, `could not translate host name "(?P<host>[^"]+)"`),
	// Ruby.
	connEx("tcp connection to", "Ruby", 0, `(?i)failed to open TCP connection to (?P<hp>`+reHostPort+`)`),
	connEx("connect(2)", "Ruby", 0, `connect\(2\) for "(?P<host>[^"]+)" port (?P<port>[0-9]+)`),
	connEx("connect(2)", "Ruby", 0, `connect\(2\) for (?P<hp>`+reHostPort+`)`),
	connEx("redis on", "Ruby", 0, `(?i)error connecting to redis on (?P<hp>`+reHostPort+`)`),
	// Perl: HTTP::Tiny's start_SSL names the host it failed to set up TLS
	// with, then IO::Socket::SSL's error ("SSL connection failed for x:
	// SSL connect attempt failed"; older releases end at the host).
	ex("ssl connection failed for ", phrase, "Perl HTTP::Tiny", 443, `SSL connection failed for `+hostGroup+`(?::|[ \t\r]*$)`),
	// R's curl package puts the host before libcurl's message: "[x]
	// Resolving timed out after 10000 milliseconds".
	lookingEx(dnsEx("] resolving", "R", 0, `(?i)\[`+hostGroup+`\] Resolving timed out`)),
	lookingEx(connEx("] ", "R", 0, `(?i)\[`+hostGroup+`\] (?:Connection timed out|Failed to connect|Connection refused|Operation timed out|Could not connect)`)),
	// A name printed with the address it resolved to ("Checking x
	// (10.0.0.5) ... ERROR", "Connecting to x (10.0.0.5)"): a mention like
	// host:port, chosen when its line failed.
	namedAddr,
	// Rust: reqwest's Url dump, hyper; on one line ({:?}) or pretty-printed
	// ({:#?}: "host: Some(\n Domain(\n \"x\",\n ),\n ),\n port: None,"),
	// each value on its own line with a trailing comma.
	tallEx(12, "host: Some(", spanEx(ex("scheme: \"", structured, "Rust", 0, `scheme: "(?P<scheme>[a-z0-9+.\-]+)",[^}]*?host: Some\(\s*(?:Domain|Ipv4|Ipv6)\(\s*"?(?P<host>[^")\s,]+)"?,?\s*\),?\s*\),\s*port: (?:None|Some\(\s*(?P<port>[0-9]+),?\s*\))`))),
	// Dart.
	// Dart's OS errors end in "errno = 111, address = x, port = 43248":
	// that port is the socket's local end (dart-lang/sdk#12693), so only
	// the host is read there.
	ex("address =", structured, "Dart", 0, `(?P<local>errno = [0-9]+\)?, )?address = (?P<host>`+reHost+`|`+reIP+`), port = (?P<port>[0-9]+)`),
	// Its SocketException for a name that did not resolve, "Failed host
	// lookup: 'x' (OS Error: …, errno = 11001)", names the name in quotes,
	// whatever the words before it ("- x IPv6 lookup failed: …").
	dnsEx("failed host lookup", "Dart", 0, `Failed host lookup: '`+hostGroup+`'`),
	// net-snmp's tools (snmpwalk, snmpget, snmpbulkwalk …) name the agent
	// that never answered over UDP: "Timeout: No Response from 127.0.0.1"
	// (or "… from udp:x:1161."), on SNMP's port 161 unless it names one.
	connEx("no response from", "net-snmp", 161, `(?i)timeout: no response from (?:(?:udp6?|tcp6?):)?(?:(?P<hp>`+reHostPort+`)|`+hostGroup+`)`),
	// The PowerShell SNMPv3 module's cmdlets (Invoke-SNMPv3Get, -Walk,
	// -Set) poll the agent their Target names, on SNMP's port 161 (their
	// Port's default): on the command line ("Invoke-SNMPv3Walk -UserName u
	// -Target x -OID …") or as the Target entry of a hashtable splatted
	// into one within the lines below ("$WalkRequest = @{ … Target =
	// '10.52.42.15' … }" then "Invoke-SNMPv3Walk @WalkRequest").
	cmdEx("invoke-snmpv3", "SNMP", 161, `\bInvoke-SNMPv3(?:Get|Walk|Set)\s(?:[^\n]*\s)?-Target\s+['"]?(?P<host>`+reHost+`|`+reIP+`)['"]?(?:\s|$)`),
	tallEx(14, "Invoke-SNMPv3", cmdEx("target", "SNMP", 161, `\bTarget\s*=\s*['"](?P<host>`+reHost+`|`+reIP+`)['"]\s*(?:[;}]|$)`)),
	// ONC RPC's portmapper (rpcbind, port 111), which rpcinfo and NFS's
	// showmount and mount ask first: "192.168.1.1: RPC: Remote system error
	// - Connection refused." names the host; "clnt_create: RPC: Port mapper
	// failure - Unable to receive: errno 113 (No route to host)" none, so
	// the command line's does ("rpcinfo -p 192.168.1.1", "showmount -e x").
	lookingEx(connEx(": rpc: ", "rpcbind", 111, `(?m)^\s*`+hostGroup+`: RPC: (?:Remote system error|Port mapper failure|Unable to receive|Unable to send|Timed out)`)),
	cmdEx("rpcinfo", "rpcbind", 111, `\brpcinfo\s+(?:-[a-zA-Z]+\s+)*`+hostGroup+`(?:\s|$)`),
	cmdEx("showmount", "rpcbind", 111, `\bshowmount\s+(?:-[a-zA-Z]+\s+)*`+hostGroup+`(?:\s|$)`),
	// A Nagios or Icinga plugin's command line names the host it checks
	// with -H ("/usr/lib64/nagios/plugins/check_snmp_printer -H x --model
	// -t 60", then "CRITICAL - Timeout after 60 seconds"), on the port of
	// the service the plugin checks.
	nagiosEx("check_snmp", 161), nagiosEx("check_http", 80), nagiosEx("check_ssh", 22), nagiosEx("check_smtp", 25),
	nagiosEx("check_ftp", 21), nagiosEx("check_imap", 143), nagiosEx("check_pop", 110), nagiosEx("check_ldap", 389),
	nagiosEx("check_mysql", 3306), nagiosEx("check_pgsql", 5432), nagiosEx("check_ntp", 123),
	nagiosEx("check_ping", 0), nagiosEx("check_icmp", 0), nagiosEx("check_tcp", 0),
	// NRPE's client asks the agent on the checked host, on NRPE's 5666.
	nagiosEx("check_nrpe", 5666),
	// cqlsh's command line, "cqlsh [options] [host [port]]", the
	// Cassandra node it connects to on the native protocol's 9042 (its
	// default) unless a port follows; the host and port end the line
	// (see cqlshProse). An option's value is one word or one quoted
	// argument ("-e 'describe keyspaces'"), never a host.
	keepEx(cmdEx("cqlsh ", "cqlsh", 9042, `(?:^|[\s`+"`"+`$>#])cqlsh(?:[ \t]+(?:(?:-[upkfe]|--(?:execute|username|password|keyspace|file|cqlversion|encoding|connect-timeout|request-timeout|cqlshrc))[ \t]+`+cqlshValue+`|--[a-z][\w-]*=`+cqlshValue+`|--ssl|--debug|--no-color|--color|-C))*[ \t]+(?P<host>`+reHost+`|`+reIP+`)(?:[ \t]+(?P<port>[0-9]{1,5}))?[ \t`+"`"+`'"]*\r?$`), cqlshCommand),
	// telnet, bash, git's native protocol, HAProxy, Kafka.
	cmdEx("telnet ", "telnet", 23, `(?:^|[\s`+"`"+`$>#])telnet (?P<host>`+reHost+`|`+reIP+`)(?: (?P<port>[0-9]+))?`),
	// "connect to address x" is telnet's after its "telnet: " (which names
	// it) and the Nagios plugins' ("… and port 22: No route to host").
	connEx("connect to address", "", 0, `connect to address (?P<host>`+reIP+`)`),
	ex("trying ", weak, "", 0, `(?i)^\W*trying (?P<host>`+reIP+`)(?::(?P<port>[0-9]+))?`),
	connEx("/dev/tcp/", "bash", 0, `/dev/tcp/(?P<host>`+reHost+`|`+reIP+`)/(?P<port>[0-9]+)`),
	// rsync talking to its daemon ("rsync: failed to connect to x:
	// Connection refused"; host::module) uses port 873. Since 3.2.4 the
	// message names the process's role after the program's name, "rsync:
	// [Receiver] failed to connect to x (10.0.0.5): …" ([sender],
	// [generator], [client]…); only the daemon client prints it, as over
	// ssh rsync prints ssh's errors.
	connEx("failed to connect to", "rsync", 873, `rsync: (?:\[[A-Za-z]+\] )?failed to connect to `+hostGroup+`(?::|\s|$|\\n)`),
	// "rsync: getaddrinfo: x 873: Temporary failure in name resolution",
	// and a command line naming the daemon as host::module.
	dnsEx("rsync: getaddrinfo:", "rsync", 873, `rsync: getaddrinfo: `+hostGroup+`(?: (?P<port>[0-9]+))?:`),
	// A "getaddrinfo" with a name, a comma and a port, then the errno and
	// its text ("Failed getaddrinfo mac.local , 58472 : -2 : Name or
	// service not known"), as aria2-driven clients print a lookup that
	// failed.
	dnsEx("getaddrinfo ", "", 0, `getaddrinfo `+hostGroup+` ?, ?(?P<port>[0-9]{1,5}) ?: `),
	cmdEx("::", "rsync", 873, `\brsync\s(?:[^\n]*\s)?(?:[\w.\-]+@)?(?P<host>`+reHost+`)::[\w.\-/]*`),
	// Network UPS Tools names a UPS as ups@host[:port], host being upsd's,
	// on its port 3493: the upsc, upscmd and upsrw command lines ("sudo
	// upsc apc@localhost", then "Error: Connection failure: Connection
	// refused") and upsmon's "Poll UPS [remote@10.0.0.4] failed - Server
	// disconnected".
	cmdEx("ups", "NUT", 3493, `\bups(?:c|cmd|rw)\s(?:[^\n@]*\s)?[A-Za-z0-9_.\-]+@`+hostGroup+`(?::(?P<port>[0-9]{1,5}))?(?:\s|$)`),
	connEx("poll ups [", "NUT", 3493, `Poll UPS \[[A-Za-z0-9_.\-]+@`+hostGroup+`(?::(?P<port>[0-9]{1,5}))?\] failed`),
	// Pi-hole's gravity update names each list's host and the last part
	// of its path ("  [i] Target: raw.githubusercontent.com (hosts)"),
	// then how the download went ("  [✗] Status: Connection Refused",
	// curl's code 000); lists are fetched over HTTPS.
	lookingEx(spanEx(connEx("[i] target: ", "Pi-hole", 443, `\[i\] Target: `+hostGroup+` \([^()\n]*\)[ \t\r]*\n[ \t]*\[✗\] Status: `))),
	connEx("unable to connect to", "git", 9418, `fatal: unable to connect to (?P<host>`+reHost+`):\s*$`),
	// Subversion's ra_svn, the svn:// protocol on port 3690: "svn:
	// E210002: Can't connect to host 'x': Connection refused" (ra_serf,
	// over HTTP, says "Error running context" instead).
	connEx("can't connect to host '", "Subversion", 3690, `svn: (?:E[0-9]+: )?Can't connect to host '`+hostGroup+`'`),
	// Programs whose message names the host alone, on their protocol's
	// port (see servicePorts): Samba's smbclient, "do_connect: Connection
	// to x failed (Error NT_STATUS_IO_TIMEOUT)" (source3/client/client.c);
	// jcifs' "Failed to connect: 0.0.0.0<00>/10.0.0.5", a NetBIOS name
	// (the "0.0.0.0<00>" of a server given by address is none) and the
	// address dialled; open-iscsi's "iscsiadm: cannot make connection to
	// x: No route to host" (x:3260 (113) in iscsid's own log); the Home
	// Assistant MikroTik integration's "Mikrotik x error while connecting:
	// …" (librouteros, RouterOS's API).
	connEx("connection to ", "smbclient", 445, `(?:do_connect: )?Connection to `+hostGroup+` failed \(Error NT_STATUS_`),
	// IBM Db2's communication error, SQL30081N ("… Location where the
	// error was detected: \"10.0.0.5\". Communication function detecting
	// the error: \"connect\". …"), and its SQLCA in db2diag.log ("sqlcode:
	// -30081 … sqlerrmc: 111 * * TCP/IP SOCKETS 10.0.0.5 connect"): the
	// server, on Db2's default 50000.
	connEx("where the error was detected", "Db2", 50000, `(?i)where the error was detected: "`+hostGroup+`"`),
	connEx("sqlerrmc", "Db2", 50000, `(?i)sqlerrmc: [0-9]+\s+[^\s;]+\s+[^\s;]+\s+TCP/IP\s+SOCKETS\s+`+hostGroup+`\s`),
	// IBM MQ's AMQ9202: "Remote host 'x (1414)' not available, retry
	// later." and its explanation "… using TCP/IP to host 'x(1414)' was not
	// successful" (the port in parentheses).
	connEx("remote host '", "IBM MQ", 1414, `(?i)Remote host '`+hostGroup+` ?\((?P<port>[0-9]{1,5})\)' not available`),
	connEx("conversation using tcp/ip to host", "IBM MQ", 1414, `(?i)conversation using TCP/IP to host '`+hostGroup+` ?\((?P<port>[0-9]{1,5})\)'`),
	connEx("failed to connect: ", "jcifs", 445, `Failed to connect: [^\s/<>]*<[0-9A-Fa-f]{2}>/(?P<host>`+reIP+`)`),
	connEx("cannot make connection to", "iscsiadm", 3260, `cannot make connection to `+hostGroup+`(?::(?P<port>[0-9]{1,5}))?(?::| \(|$)`),
	connEx("error while connecting", "MikroTik", 0, `Mikrotik `+hostGroup+` error while connecting`),
	// ESPHome's upload or log command failing to find a device, by mDNS
	// for a .local name: "ERROR Error resolving IP address of x. Is it
	// connected to WiFi?"; its cause "Error resolving address with
	// mDNS: Did not respond" names none. Under its log command's
	// "Starting log output from x using esphome API" the device is
	// reached on the native API's 6053 (see esphomeLogPort).
	keepEx(dnsEx("resolving ip address of", "ESPHome", 0, `Error resolving IP address of `+hostGroup), esphomeLogPort),
	esphomeAPI,
	esphomeAPIName,
	// ejabberd's outgoing server-to-server connection,
	// "Failed to establish outbound s2s connection a -> b: Connection
	// failed: connection refused; bouncing for 8 seconds" (and "…: DNS
	// lookup failed: non-existing domain; …"): the local domain a to the
	// remote domain b, whatever b's form ("system"), on XMPP's
	// server-to-server port 5269 (RFC 6120).
	connEx("outbound s2s connection", "ejabberd", 5269, `Failed to establish outbound s2s connection \S+ -> `+hostGroup+`: `),
	consulMemberlist,
	searxErrorContext,
	// sendmail's deferred delivery as mailq and its maillog show it:
	// errstring()'s "Connection refused by x", "Connection timed out
	// with x", "Connection reset by x", "Host x is down" (x the mail
	// exchanger, "[10.0.0.5]" for an address) after "Deferred: "; SMTP's
	// port 25.
	connEx("deferred: ", "sendmail", 25, `Deferred: (?:Connection refused by|Connection timed out with|Connection reset by|Host) `+hostGroup),
	// An NFS export, host:/path, that mount failed on, on NFS's port 2049
	// (RFC 7530): busybox's "mount: mounting x:/y on /mnt failed:
	// Connection refused", util-linux's "mount.nfs: access denied by
	// server while mounting x:/y" and the command line, "mount -t nfs
	// x:/y /mnt", "mount.nfs4 x:/y /mnt", naming the server for
	// "mount.nfs: Connection timed out". The path is no port. kubelet
	// prints the command's arguments on a line of their own ("Mounting
	// command: mount / Mounting arguments: -t nfs x:/fsx /var/lib/kubelet/…
	// / Output: mount.nfs: Connection timed out").
	connEx("mounting ", "NFS", 2049, `mount: mounting `+hostGroup+`:/\S* on \S+ failed`),
	connEx("while mounting ", "NFS", 2049, `mount(?:\.nfs4?)?: [^\n]*? while mounting `+hostGroup+`:/`),
	cmdEx("mount", "NFS", 2049, `(?:\bmount(?:\.nfs4?|\s+(?:-\S+\s+)*-t\s+nfs4?)|Mounting arguments:(?:\s+-\S+)*?\s+-t\s+nfs4?)\s+(?:-\S+(?:\s+[^-\s/]\S*)?\s+)*`+hostGroup+`:['"]?/`),
	nfsMountUntyped,
	// cloudflared's failed connection to Cloudflare's edge: its log line's
	// ip= field is the edge address it dialled ("ERR Failed to create new
	// quic connection error=\"failed to dial to edge with quic: timeout: no
	// recent network activity\" connIndex=0 event=0 ip=198.41.192.67"), on
	// the edge's port 7844 (QUIC and HTTP/2 alike). A line with no error=
	// ("INF Registered tunnel connection connIndex=0 … ip=x") failed nothing.
	ex("connindex=", phrase, "cloudflared", 7844, `error=(?:"[^"\n]*"|\S+) (?:[^\n]*? )?connIndex=[0-9]+ (?:[^\n]*? )?ip=(?P<host>`+reIP+`)(?:\s|$)`),
	// iptables', ip6tables' and ipset's xtables parser failing to
	// resolve a rule's -s or -d name when the rule is added:
	// "iptables v1.4.4: host/network `x' not found" (iptables 1.8's
	// patched "… not found - skipping rule" too).
	dnsEx("host/network ", "iptables", 0, "host/network [`'‘]"+hostGroup+"['’] not found"),
	// An ACME (RFC 8555) server validating a name for a certificate
	// connects to it on the challenge's port: http-01 fetches over HTTP,
	// port 80 (RFC 8555 8.3), tls-alpn-01 over TLS, 443 (RFC 8737).
	// certbot's "Failed authorization procedure. x (http-01):
	// urn:acme:error:connection :: …", Caddy's and lego's JSON logs'
	// "identifier": "x", "challenge_type": "http-01" (the name being
	// validated, not the ACME server's order URL).
	ex("failed authorization procedure", phrase, "ACME", 80, `(?i)failed authorization procedure\. `+hostGroup+` \(http-01\)`),
	ex("failed authorization procedure", phrase, "ACME", 443, `(?i)failed authorization procedure\. `+hostGroup+` \(tls-alpn-01\)`),
	ex("\"challenge_type\"", phrase, "ACME", 80, `"identifier":\s*"`+hostGroup+`",\s*"challenge_type":\s*"http-01"`),
	ex("\"challenge_type\"", phrase, "ACME", 443, `"identifier":\s*"`+hostGroup+`",\s*"challenge_type":\s*"tls-alpn-01"`),
	// Let's Encrypt's detail for a name its resolvers could not look up
	// while validating it: "DNS problem: NXDOMAIN looking up A for x",
	// "… query timed out looking up CAA for x" (a dns-01 challenge's TXT
	// record, "_acme-challenge.x", is no host to reach).
	dnsEx("dns problem: ", "ACME", 0, `(?i)DNS problem: [^\n]*?looking up (?:A|AAAA|CAA) for `+hostGroup),
	// A share's UNC path given to an SMB client ("smbclient
	// //localhost/TimeMachine -U tm", "mount.cifs //nas/share /mnt"), and
	// mount's failure on one ("mount: mount //nas/share on /mnt failed:
	// Connection refused", busybox's "mount: mounting //nas/share on …").
	cmdEx("//", "smbclient", 445, `\b(?:(?:smbclient|mount\.cifs|mount -t cifs)\s(?:[^\n]*\s)?['"]?|mount: mount(?:ing)? )//(?P<host>`+reHost+`|`+reIP+`)/`),
	// MonetDB's mclient with the host attached to its short option
	// ("mclient -lsql -dvss1 -h192.168.1.234"), on MAPI's port 50000.
	cmdEx("mclient", "MonetDB", 50000, `\bmclient\s(?:[^\n"]*\s)?-h\s*(?P<host>`+reHost+`|`+reIP+`)(?:["'\s]|$)`),
	// BorgBackup's repository on a borg command line, [user@]host:path
	// ("borg list host1:/data/borg::archive", "borg init -e repokey
	// u@x:~/repo", "borg create u@x:repo::{now} /home"), reached over
	// ssh, port 22 (an ssh:// URL gives its port as any URL does); a
	// drive letter, "borg list C:/backups", is a local path, and a
	// pattern, "--exclude 'sh:/home/*/.cache/*'", none (see borgPattern).
	keepEx(cmdEx("borg ", "BorgBackup", 22, `\bborg\s+(?:-[\w\-]+(?:=\S+)?\s+)*(?:init|rcreate|repo-create|create|extract|check|list|rlist|repo-list|info|rinfo|repo-info|prune|mount|delete|rdelete|diff|rename|compact|recreate|export-tar|import-tar|upgrade|break-lock|with-lock|config|key\s+[\w\-]+)\s(?:[^\n]*?\s)?['"]?(?:[\w.\-]+@)?(?P<host>[A-Za-z0-9_][A-Za-z0-9_.\-]*[A-Za-z0-9_]|\[`+reIP+`\]):(?:/[^/]|~|[\w.\-]+::)`), borgRepositoryOnly),
	// Meshtastic's CLI given a node over TCP ("meshtastic --host
	// 192.168.0.71 --info"), on the node's TCP API port 4403
	// (tcp_interface.py's DEFAULT_TCP_PORT) unless host:port gives
	// another; a command line, as taos's below. The node is the one host
	// the CLI talks to, so it beats what the CLI printed ("Primary channel
	// URL: https://meshtastic.org/e/#…", a channel's share link).
	structuredCmd(cmdEx("meshtastic", "Meshtastic", 4403, `(?m)`+promptRe+`(?:[\w.\-]*/)*meshtastic\s(?:[^\n"]*\s)?--host[= ]['"]?(?P<host>`+reHost+`|`+reIPv4+`)(?::(?P<port>[0-9]{1,5}))?['"]?(?:\s|$)`)),
	// TDengine's shell given its server ("taos -h hadoop01", "taos
	// -hhadoop01 -P 6041", "taos --host=x"), on the server's port 6030
	// (serverPort) unless -P or --port gives another; the line is the
	// command, after a shell's prompt or none, not a sentence about it.
	cmdEx("taos", "TDengine", 6030, `(?m)`+promptRe+`(?:[\w.\-]*/)*taos\s(?:[^\n"]*\s)?(?:-h\s*|--host[= ])(?P<host>`+reHost+`|`+reIP+`)(?:\s+(?:-P\s*|--port[= ])(?P<port>[0-9]{1,5}))?(?:["'\s]|$)`),
	// FreeRDP's clients given their server with /v:host[:port]
	// ("xfreerdp /v:rdp.x.org /u:user /f", wlfreerdp, sdl-freerdp, and
	// FreeRDP 3's xfreerdp3), on RDP's port 3389 unless the option gives
	// another; their log's "failed to connect to x" names the same host.
	cmdEx("freerdp", "FreeRDP", 3389, `(?m)`+promptRe+`(?:[\w.\-]*/)*(?:xfreerdp|wlfreerdp|sdl-freerdp)3?\s(?:[^\n]*?\s)?/v:['"]?(?P<host>`+reHost+`|`+reIP+`)(?::(?P<port>[0-9]{1,5}))?['"]?(?:\s|$)`),
	connEx("errno=", "git", 9418, `(?P<host>`+reHost+`)\[[0-9]+: (?P<addr>`+reIP+`)\]: errno=`),
	connEx(" is down", "HAProxy", 0, `Server [^/\s]+/(?P<host>[0-9]{1,3}(?:\.[0-9]{1,3}){3}) is DOWN`),
	// Xray's and V2Ray's outbound that could not connect, its destination
	// as network:host:port: "proxy/freedom: failed to open connection to
	// tcp:self.events.data.microsoft.com:8080 > common/retry: [dial tcp
	// 13.89.178.26:8080: …]".
	connEx("failed to open connection to ", "Xray", 0, `failed to open connection to (?:tcp|udp):(?P<hp>`+reHostPort+`)`),
	// SaltStack's minion on its master's name: "Master hostname: 'salt' not
	// found. Retrying in 30 seconds" (after "DNS lookup of 'salt'
	// failed."), on the master's return port, 4506.
	dnsEx("master hostname: '", "SaltStack", 4506, `Master hostname: '`+hostGroup+`' not found`),
	// IBM B2B Integrator's connection properties of a connect that failed,
	// "ConnectFailedException: Connection Failure for connection
	// properties [RemoteHost:x,RemotePort:80,Localhost:9.113.28.69]" (the
	// local address is the client's).
	connEx("remotehost:", "IBM B2B Integrator", 0, `RemoteHost:(?P<host>`+reHost+`|`+reIP+`),RemotePort:(?P<port>[0-9]{1,5})\b`),
	// proxychains' chain that failed, each hop after "..." and the one it
	// could not reach marked: "[proxychains] Dynamic chain ... 127.0.0.1:9050
	// ... 212.83.150.199:80 <--socket error or timeout!" (the proxy
	// answered, the destination did not); the proxy itself when it is
	// the one marked.
	connEx("<--", "proxychains", 0, `(?P<hp>`+reHostPort+`) +<--(?:socket error or timeout|denied)!`),
	// A certificate check that failed for the host it names: NZBGet's
	// "TLS certificate verification failed for news.usenet.cat: self
	// signed certificate".
	ex("certificate verification failed for ", phrase, "", 0, `(?i)certificate verification failed for (?P<host>`+reHost+`|`+reIP+`)(?::(?P<port>[0-9]{1,5}))?(?:[:,.;]|\s|$)`),
	// strace's line for a connect(2) system call, the address it was
	// given and what it returned: "connect(4, {sa_family=AF_INET,
	// sin_port=htons(9090), sin_addr=inet_addr(\"192.168.178.49\")}, 16) =
	// -1 EHOSTUNREACH (Host is unreachable)"; IPv6's "…,
	// sin6_port=htons(443), sin6_flowinfo=htonl(0), inet_pton(AF_INET6,
	// \"2001:db8::1\", &sin6_addr), …". (An AF_UNIX socket's names a path.)
	connEx("htons(", "strace", 0, `\bconnect\([0-9]+, \{sa_family=AF_INET6?, sin6?_port=htons\((?P<port>[0-9]{1,5})\), (?:sin6_flowinfo=htonl\([0-9]+\), )?(?:s?in_addr=inet_addr\("(?P<host>`+reIP+`)"\)|inet_pton\(AF_INET6, "(?P<host>`+reIP+`)")`),
	// BOINC's event log, "date | project | message", where a project's
	// name is its domain: "14/10/2021 22:16:16 | climateprediction.net |
	// Scheduler request failed: Peer certificate cannot be authenticated
	// with given CA certificates". Only a name that looks like a host.
	lookingEx(ex("| scheduler request failed: ", phrase, "BOINC", 0, `\| (?P<host>`+reHost+`) \| Scheduler request failed: `)),
	// Imperva Incapsula's error page, its first line the site ("x -") and
	// its words what failed between its proxy and the site's server
	// ("The proxy failed to connect to the web server, due to TCP
	// connection timeout"), on the web's 443.
	keepEx(ex("the proxy failed to connect to the web server", phrase, "Incapsula", 0, `The proxy failed to connect to the web server`), incapsulaPage),
	// ESP-IDF's esp-tls on a name it could not resolve, "esp-tls: couldn't
	// get hostname for :x: getaddrinfo() returns 202" (its colon before the
	// name): over TLS, for ESP-IDF's MQTT client (mqtts, 8883) when the
	// paste is its log, else for its HTTP client (https, 443).
	keepEx(dnsEx("couldn't get hostname for", "ESP-IDF", 0, `couldn't get hostname for :?`+hostGroup+`: getaddrinfo\(\) returns`), espTLSScheme),
	// ClamAV's freshclam (before 0.101) on a mirror it could not reach,
	// the address after the name, its cause on the line above:
	// "nonblock_connect: connect timing out (30 secs)" then "Can't connect
	// to port 80 of host db.local.clamav.net (IP: 209.198.147.20)".
	connEx("can't connect to port ", "freshclam", 80, `Can't connect to port (?P<port>[0-9]{1,5}) of host (?P<host>`+reHost+`) \(IP: (?P<addr>`+reIP+`)\)`),
	// SABnzbd's downloader thread that could not connect to its news
	// server, named "N@host": "Failed to initialize 1@newszilla6.xs4all.nl
	// with reason: [Errno 99] Address not available" (NNTP's 119, or
	// NNTPS' 563 when its log says so: see sabnzbdNNTPPort).
	connEx("failed to initialize ", "SABnzbd", 119, `Failed to initialize [0-9]+@(?P<host>`+reHost+`|`+reIP+`) with reason: `),
	// SSHKit (Capistrano's and Kamal's SSH layer) on a command it ran on a
	// server: "Exception while executing on host x: <error>" ("… on host
	// server-123: getaddrinfo: nodename nor servname provided"), "…
	// executing as deploy@x: …", over SSH's 22.
	connEx("exception while executing ", "SSHKit", 22, `Exception while executing (?:on host |as [^@\s]+@)(?P<host>`+reHost+`|`+reIP+`): `),
	// Hobbit's netcat (Debian's nc.traditional) with -v, "name [IP] port
	// (service) : error": "localhost [127.0.0.1] 8554 (?) : Connection
	// refused", "(UNKNOWN) [10.0.0.5] 22 (ssh) : Connection timed out" for
	// an address with no name (the address is then the target).
	connEx(") : ", "netcat", 0, `(?m)^[ \t]*(?:(?P<host>`+reHost+`)|\(UNKNOWN\)) \[(?P<addr>`+reIP+`)\] (?P<port>[0-9]{1,5}) \([^)\n]*\) : `),
	// Command lines naming the target: mysql -h x -P n, psql -h, ssh -p, a
	// client given "host port" (nc 10.0.0.5 443, java -jar x.jar 10.0.3.1 3366).
	hostSpacePort,
	// Network checks the user ran, and their first lines: "ping x",
	// "Test-Connection x", "tracert x", "Pinging x [IP] with 32 bytes",
	// "PING x (IP)", "traceroute to x (IP)".
	netCheck,
	probeHeader,
	pingStats,
	pingStatsAfter,
	cmdEx(" -h", "", 0, `\s-h\s*['"]?(?P<host>`+reHost+`|`+reIP+`)['"]?\s.*?-(?:P|p|-port[= ])\s*['"]?(?P<port>[0-9]+)\b`),
	// … and the upper-case -H of MySQL tools (reverse_sql.py's, binlog2sql's
	// "-H 172.16.1.234 -P 3336") or mongo's and others' --host x --port n, on
	// a line that is a command: a shell's prompt, or a program's name first
	// ("./reverse_sql.py -H x -P n", "mongo --host x --port n"). Only -P
	// or --port give the port then (mysql's -p is the password), and a
	// header (curl's -H 'Host: x') or a URI (ldapsearch's -H ldap://x) is
	// no host word.
	cmdEx("-p", "", 0, `(?m)`+promptRe+`[\w./\\\-]+\s(?:[^\n]*\s)?(?:-H|--host[= ])\s*['"]?(?P<host>`+reHost+`|`+reIP+`)['"]?\s(?:[^\n]*\s)?(?:-P|--port[= ])\s*['"]?(?P<port>[0-9]{1,5})\b`),
	hostOption,
	sqlServerCommand,
	mqttCommand,
	sshCommand,
	remoteCopy,
	// An ssh login's user@host that failed to connect: obd's "[ERROR]
	// OBD-1013: root@x connect failed: time out".
	connEx(" connect failed", "ssh", 22, `[\w.\-]+@`+hostGroup+`:? connect failed`),
	aptConnect,
	hostService,
	fetchCommand,
	ntpCommand,
}, append(schemeSlots, malformedSlots...)...)

// resolverCall is a resolver call named with the name it was given, as
// the whois client prints it: "getaddrinfo(whois.sx): Temporary failure
// in name resolution" (gethostbyname(x), resolve(x) alike); a call in
// code, "getaddrinfo(host, port, …)", names no host.
var resolverCall = extractor{need: hasResolverCall, strength: phrase, dns: true, looks: true,
	re: regexp.MustCompile(`\b(?:getaddrinfo|gethostbyname2?|resolve)\((?P<host>` + reHost + `|` + reIP + `)\): `)}

func hasResolverCall(low string) bool {
	return strings.Contains(low, "getaddrinfo(") || strings.Contains(low, "gethostbyname") || strings.Contains(low, "resolve(")
}

// sshCommand is an ssh command line: "ssh root@localhost -p 2222", "ssh
// -p 2222 -i key user@x"; options taking no argument and those taking
// one are told apart, so "ssh -v x" names x and "ssh -i key x" not key.
var sshCommand = extractor{need: hasSSHCommand, strength: plain, program: "ssh", port: 22, cmd: true,
	re: regexp.MustCompile(`ssh(?:\s+(?:-[1246AaCfGgKkMNnqsTtVvXxYy]+|-p\s*(?P<port>[0-9]{1,5})|-[BbcDEeFIiJLlmOoQRSWw]\s*[^\s@-][^\s@]*))*\s+(?:[\w.\-]+@)?` + hostGroup + `(?:\s+-p\s*(?P<port>[0-9]{1,5}))?(?:\s|$)`)}

// hasSSHCommand reports whether the lower-case line runs ssh: "ssh " near
// its start, a word of its own (after a prompt or a space, not
// "openssh ").
func hasSSHCommand(low string) bool {
	k := strings.Index(low[:min(len(low), 104)], "ssh ")
	return k == 0 || k > 0 && strings.IndexByte(" \t$>#%", low[k-1]) >= 0
}

// pingMarkers are the words of Windows ping's "Ping request could not find
// host x. Please check the name and try again." in Windows' UI languages,
// lower-case, one of which a line must hold for pingNotFound to be tried.
var pingMarkers = []string{"ping 请求找不到主机", "ping-anforderung konnte host", "ping n’a pas pu trouver", "ping n'a pas pu trouver",
	"ping no pudo encontrar el host", "ping não pôde encontrar o host", "не удалось обнаружить узел", "ping 要求ではホスト"}

func hasPingNotFound(low string) bool { return containsAny(low, pingMarkers) }

// pingNotFound is Windows ping's failed look-up in its UI languages
// (English is "could not find host" above): zh-CN "Ping 请求找不到主机
// x。请检查该名称，然后重试。", de "Ping-Anforderung konnte Host "x" nicht
// finden.", fr "La requête Ping n’a pas pu trouver l’hôte x.", es "La
// solicitud de ping no pudo encontrar el host x.", pt "A solicitação de
// ping não pôde encontrar o host x.", ru "При проверке связи не удалось
// обнаружить узел x.", ja "ping 要求ではホスト x が見つかりませんでした。".
var pingNotFound = extractor{need: hasPingNotFound, strength: phrase, program: "Windows", dns: true,
	re: regexp.MustCompile(`(?i)(?:ping 请求找不到主机 ?|ping-anforderung konnte host "|ping n['’]a pas pu trouver l['’]hôte |ping no pudo encontrar el host |ping não pôde encontrar o host |не удалось обнаружить узел |ping 要求ではホスト )` + hostGroup)}

// hasServicePort reports whether the lower-case line may hold a host and a
// port written as a service name ("x:http:").
func hasServicePort(low string) bool {
	return strings.Contains(low, ":http") || strings.Contains(low, ":ftp") || strings.Contains(low, "：http")
}

// servicePort is a port written as its service's name after the host and
// a colon, then a colon ends it (apt's "%s:%s:"): http 80, https 443, ftp
// 21, ftps 990.
const servicePort = `[:：](?P<svc>https?|ftps?)[:：](?:\s|$)`

// aptConnect is apt's "Unable to connect to x:http:" (and "Could not
// connect to x:https:") in English and its po files' translations: pt
// "Incapaz de ligar a" (Launchpad's) and "Não foi possível ligar a",
// pt_BR "Não é possível conectar em", de "Verbindung mit x:http: nicht
// möglich", es "No se pudo conectar a", fr "Impossible de se connecter à",
// it "Impossibile connettersi a", ru "Невозможно соединиться с", pl "Nie
// udało się połączyć z", nl "Kan geen verbinding maken met", cs "Nelze se
// připojit k", sv "Kunde inte ansluta till", uk "Неможливо під'єднатися
// до", zh_CN "不能连接到", zh_TW "無法連線至".
var aptConnect = extractor{need: hasServicePort, strength: phrase, program: "apt", port: 80, connect: true,
	re: regexp.MustCompile(`(?i)(?:unable to connect to|could not connect to|incapaz de ligar a|não foi possível ligar a|não é possível conectar em|verbindung mit|no se pudo conectar a|impossible de se connecter à|impossibile connettersi a|невозможно соединиться с|nie udało się połączyć z|kan geen verbinding maken met|nelze se připojit k|kunde inte ansluta till|неможливо під'єднатися до|不能连接到|無法連線至)\s*` + hostGroup + servicePort)}

// hostService is any other host given a port by its service's name
// ("mirror.example.org:https:"): a host word that looks like one.
var hostService = lookingEx(extractor{need: hasServicePort, strength: plain,
	re: regexp.MustCompile(`(?:^|[\s'"(=@])` + hostGroup + servicePort)})

// needles are the distinct needles of extractors; extractorNeedle[k] is
// the index in needles of extractors[k]'s.
var needles, extractorNeedle = distinctNeedles(extractors)

// needleBigrams are the hashed byte pairs of each needle (see bigramSet).
var needleBigrams = func() [][]uint {
	out := make([][]uint, len(needles))
	for k, n := range needles {
		for i := 1; i < len(n); i++ {
			out[k] = append(out[k], bigram(n[i-1], n[i]))
		}
	}
	return out
}()

func distinctNeedles(es []extractor) ([]string, []int) {
	var list []string
	index := map[string]int{}
	of := make([]int, len(es))
	for k, e := range es {
		i, ok := index[e.needle]
		if !ok {
			i = len(list)
			index[e.needle] = i
			list = append(list, e.needle)
		}
		of[k] = i
	}
	return list, of
}

// hostKey finds a config or code line naming the host without a port beside
// it (host: 'smtp.example.com', host='localhost', "host" => "db", Ruby's
// {:host=>"localhost", :port=>9200}), PHP's
// list of them ('hosts' => ['ldap.corp']), and Laravel's env() default
// ('host' => env('DB_HOST', '127.0.0.1'), 'hosts' => [env('LDAP_HOST',
// '10.10.50.1')]): the default is the value the config holds when the
// variable is not set, the name of the variable no host.
var hostKey = extractor{need: hasHostKey, strength: weak,
	re: regexp.MustCompile(`(?i)(?:^|[\s,{(])(?:['"]|:\b)?host(?:name|s)?['"]?\s*(?:[:=]|=>)\s*\[?\s*` + phpEnv + `['"](?P<host>[^'"\s]+)['"]`)}

// phpEnv is Laravel's env('NAME', default) around a config value, read as
// its default.
const phpEnv = `(?:env\(\s*['"][A-Za-z0-9_]+['"]\s*,\s*)?`

// hasHostKey reports whether "host" is followed by ':', '=' or '=>' and a
// quoted value somewhere on the line.
func hasHostKey(low string) bool {
	for i := strings.Index(low, "host"); i >= 0; {
		j := i + 4
		if strings.HasPrefix(low[j:], "name") {
			j += 4
		}
		if strings.HasPrefix(low[j:], "s'") {
			j++ // PHP's 'hosts' => [ … ]
		}
		for j < len(low) && (low[j] == ' ' || low[j] == '\'' || low[j] == '"' || low[j] == '\t') {
			j++
		}
		if j < len(low) && (low[j] == ':' || low[j] == '=') {
			v := strings.TrimLeft(low[j+1:], " \t>[")
			v = strings.TrimPrefix(v, "env(")
			if v != "" && (v[0] == '\'' || v[0] == '"') {
				return true
			}
		}
		k := strings.Index(low[i+4:], "host")
		if k < 0 {
			return false
		}
		i += 4 + k
	}
	return false
}

// netCheck finds a network check the user ran at a prompt: ping,
// traceroute, nslookup, PowerShell's Test-Connection and Test-NetConnection.
// The prompt may come after a poster's markdown quote, "> root@x:/#
// nslookup y".
var netCheck = extractor{need: hasNetCheck, strength: plain, cmd: true, keep: netCheckCommand,
	re: regexp.MustCompile(`(?im)^\s*(?:>[ \t]+)?(?:PS\b[^>\n]*>\s*|[\w@~:/\\.\-]*[$#>]\s*)?` + runnerRe + `(?:ping6?|tracert|traceroute6?|tracepath|mtr|nslookup|Test-Connection|Test-NetConnection|tnc)(?:\s+-{1,2}\w+(?:[ =][0-9]+)?)*(?:\s+-{1,2}(?:ComputerName|TargetName))?\s+(?P<host>` + reHost + `|` + reIP + `)(?:\s|$)`)}

// consulMemberlist is HashiCorp's memberlist failing to resolve a peer
// the Consul agent was told to join: "agent: (LAN) joining: [x y]" then
// "memberlist: Failed to resolve x: lookup x on 10.0.0.2:53: no such
// host", on Serf LAN's port 8301 (Consul's default); memberlist in
// another program, or a peer no LAN join names, is not read so (see
// lanJoined).
var consulMemberlist = keepEx(dnsEx("memberlist: failed to resolve ", "Consul", 8301, `memberlist: Failed to resolve `+hostGroup+`(?::(?P<port>[0-9]{1,5}))?: `),
	func(s *scan, i int, _ *extractor, _ string, _ []int, g map[string]string) bool {
		return s.lanJoined(s.lines[i].start, g["host"])
	})

// lanJoined reports whether the 4096 bytes above text[end] hold Consul's
// "(LAN) joining: [" line, its last one, naming host in its list ("x" or
// "x:8301").
func (s *scan) lanJoined(end int, host string) bool {
	const join = "(LAN) joining: ["
	at := s.markAbove(join, end, 4096)
	if len(at) == 0 {
		return false
	}
	rest := s.text[at[len(at)-1]+len(join) : end]
	list, _, _ := strings.Cut(rest, "]")
	return slices.ContainsFunc(strings.Fields(list), func(peer string) bool {
		name, _, _ := strings.Cut(peer, ":") // "x:8301", a peer with its port
		return name == host
	})
}

// esphomeAPI is ESPHome's native API client (aioesphomeapi, in ESPHome's
// dashboard and Home Assistant's integration) naming the device it failed
// to reach and the address it has, "Can't connect to ESPHome API for x @
// 10.0.0.5: …" or "… for x (10.0.0.5): Timeout while waiting for API
// response!", on the native API's port 6053. When the message goes on to
// name the address it dialled, "Timeout while connecting to
// ('10.0.0.5', 6053)", that address is the target, unless the log
// resolved the name to it before: "Successfully resolved x @ 10.0.0.5"
// (see esphomeDevice).
var esphomeAPI = keepEx(connEx("connect to esphome api for ", "ESPHome", 6053, `Can't connect to ESPHome API for `+hostGroup+` (?:@ (?P<addr>`+reIP+`)|\((?P<addr>`+reIP+`)\))`),
	func(s *scan, i int, _ *extractor, src string, m []int, g map[string]string) bool {
		return s.esphomeDevice(s.lines[i].start, src[m[1]:], g["host"], g["addr"])
	})

// esphomeAPIName is ESPHome's native API client naming only the address
// it was given, a name or an IP, "Can't connect to ESPHome API for
// esp32emon.local: Error connecting to ('192.168.3.131', 6053): [Errno
// 111] …" (ESPHome's logs command, older aioesphomeapi): that name is the
// target, on the tuple's port (the native API's 6053 when none), and the
// address it dialled for it the Addr.
var esphomeAPIName = connEx("connect to esphome api for ", "ESPHome", 6053, `Can't connect to ESPHome API for `+hostGroup+`: (?:Error connecting to \('(?P<addr>`+reIP+`)', (?P<port>[0-9]{1,5})\))?`)

// esphomeDevice reports whether esphomeAPI's match, for host at addr on
// the line starting at text[start] and followed on it by rest, names the
// device: rest names no address dialled (no "(" or "[" of a tuple or an
// AddrInfo list), or the 4096 bytes above say the name was resolved to
// addr.
func (s *scan) esphomeDevice(start int, rest, host, addr string) bool {
	if !strings.ContainsAny(rest, "([") {
		return true
	}
	const resolved = "Successfully resolved "
	said := host + " @ " + addr
	for _, k := range s.markAbove(resolved, start, 4096) {
		after := s.text[k+len(resolved) : start]
		if strings.HasPrefix(after, said) && (len(after) == len(said) || !isDigit(after[len(said)]) && after[len(said)] != '.') {
			return true
		}
	}
	return false
}

// nfsMountUntyped is mount's command line with a host:/path source and no
// -t, which mount(8) mounts as NFS: "mount -o vers=3,udp x:/y /z" (the
// command Vagrant runs for an NFS synced folder, which may quote the
// path: "mount -o 'vers=3,udp' x:'/y' /z"), read only when
// mount.nfs answers in the lines below it ("mount.nfs: Connection timed
// out"); without that answer the source may be another helper's.
var nfsMountUntyped = func() extractor {
	// The match is on one line: only the answer is looked for below it, so
	// the expression runs once per distinct line, not on ten lines a line.
	return tallEx(10, "mount.nfs", cmdEx("mount", "NFS", 2049, `\bmount[ \t]+(?:-\S+(?:[ \t]+[^-\s/]\S*)?[ \t]+)*`+hostGroup+`:['"]?/`))
}()

// pingOutputWords are the words Windows ping's own lines put where netCheck
// reads the host after "ping": "Ping statistics for x:", "Ping request
// could not find host x.", de "Ping wird ausgeführt für x [IP] mit 32
// Bytes Daten:". Such a line is ping's output, no command; the host comes
// after (read by pingStats and the failure's own extractors).
var pingOutputWords = map[string]bool{"statistics": true, "request": true, "wird": true}

// netCheckCommand keeps netCheck's match unless it is a reverse look-up
// (nslookup of an address: what was looked up, not dialled) or Windows
// ping's own output ("Ping statistics for x:": no command, the host comes
// after).
func netCheckCommand(s *scan, i int, _ *extractor, src string, m []int, g map[string]string) bool {
	if net.ParseIP(g["host"]) != nil && strings.Contains(strings.ToLower(src[m[0]:m[1]]), "nslookup") {
		return false
	}
	if pingOutputWords[strings.ToLower(g["host"])] {
		return false
	}
	if s != nil && i+1 < len(s.lines) && strings.Contains(strings.ToLower(src[m[0]:m[1]]), "ping") {
		// iputils ping's header on the next line, "PING persona.org
		// (63.245.217.134) 56(84) bytes of data.", names the address it
		// pings, under the canonical name of the one given
		// (login.persona.org).
		l := s.lines[i+1]
		if h := pingHeader.FindStringSubmatch(s.text[l.start:l.end]); h != nil {
			g["addr"] = h[1]
		}
	}
	return true
}

// pingHeader is iputils ping's first line, "PING x (IP) 56(84) bytes of
// data."; the submatch is the address.
var pingHeader = regexp.MustCompile(`^PING \S+ \(([0-9]{1,3}(?:\.[0-9]{1,3}){3})\) [0-9]+\([0-9]+\) bytes of data`)

func hasNetCheck(low string) bool {
	low = low[:min(len(low), 100)] // the command starts the line, after a prompt
	for _, w := range []string{"ping", "trace", "mtr ", "nslookup ", "test-connection", "test-netconnection", "tnc "} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// pingStats and pingStatsAfter find the statistics line Windows ping ends
// with, naming the host it pinged, in its UI languages: "Ping statistics
// for x:", de "Ping-Statistik für x:", fr "Statistiques Ping pour x:", es
// "Estadísticas de ping para x:", pt-BR "Estatísticas do Ping para x:", ru
// "Статистика Ping для x:"; the name first in zh-CN "x 的 Ping 统计信息:",
// ja "x の ping 統計:", ko "x에 대한 Ping 통계:". The paste may have lost
// the header ("Pinging x [IP] with 32 bytes of data:") but keeps these.
var (
	pingStats = extractor{need: hasPingStats, strength: weak,
		re: regexp.MustCompile(`(?m)^\s*(?:Ping statistics for|Ping-Statistik für|Statistiques Ping pour|Estadísticas de ping para|Estatísticas do Ping para|Статистика Ping для) (?P<host>` + reHost + `|` + reIP + `)\s*:`)}
	pingStatsAfter = extractor{need: hasPingStats, strength: weak,
		re: regexp.MustCompile(`(?m)^\s*(?P<host>` + reHost + `|` + reIP + `)(?: 的 Ping 统计信息| の ping 統計|에 대한 Ping 통계)\s*[:：]`)}
)

var pingStatsWords = []string{"ping statistics for", "ping-statistik für", "statistiques ping pour", "estadísticas de ping para",
	"estatísticas do ping para", "статистика ping для", "的 ping 统计信息", "の ping 統計", "에 대한 ping 통계"}

func hasPingStats(low string) bool { return containsAny(low, pingStatsWords) }

// probeHeader finds the first line a check prints about its target,
// with the address it resolved.
//
// A monitor's banner reads the same: web-ping's "** web-ping ** Pinging:
// blog.sixeyed.com; method: HEAD; 3000ms intervals" (the program's name
// between asterisks, a colon, a semicolon after the host).
var probeHeader = extractor{need: hasProbeHeader, strength: weak,
	re: regexp.MustCompile(`(?m)^\s*(?:\*\* [\w-]+ \*\* )?(?:Pinging:?|PING|Tracing route to|traceroute to|Destination:) (?P<host>` + reHost + `|` + reIP + `)(?: [\[(](?P<addr>[0-9]{1,3}(?:\.[0-9]{1,3}){3})[\])]|[ \t;]|$)`)}

func hasProbeHeader(low string) bool {
	low = low[:min(len(low), 40)] // the header starts the line
	return strings.Contains(low, "ping") || strings.Contains(low, "tracing route") || strings.Contains(low, "traceroute to") ||
		strings.Contains(low, "destination:")
}

// namedAddr finds a name printed with the IPv4 address it resolved to.
var namedAddr = extractor{need: hasParenDigit, strength: plain,
	re: regexp.MustCompile(`(?:^|[\s'"])(?P<host>[A-Za-z0-9_\-]+\.[A-Za-z0-9_.\-]*[A-Za-z0-9]) \((?P<addr>[0-9]{1,3}(?:\.[0-9]{1,3}){3})\)`), keep: icmpSender}

// icmpSender rejects iputils ping's "From x (IP) icmp_seq=1 Destination
// Port Unreachable": x sent the ICMP error (often a router on the way),
// and is not the host pinged, which the command line or the "PING x
// (IP)" header names.
func icmpSender(_ *scan, _ int, _ *extractor, src string, m []int, _ map[string]string) bool {
	return !strings.HasPrefix(src[m[1]:], " icmp_seq=")
}

func hasParenDigit(low string) bool {
	for i := strings.Index(low, " ("); i >= 0; {
		if i+2 < len(low) && isDigit(low[i+2]) {
			return true
		}
		k := strings.Index(low[i+2:], " (")
		if k < 0 {
			return false
		}
		i += 2 + k
	}
	return false
}

// nameBracketIP finds a name printed with the address dialled for it in
// brackets, and the port after them ("mx.example.com[192.0.2.5]:25").
var nameBracketIP = lookingEx(extractor{need: hasNameBracketIP, strength: structured,
	re: regexp.MustCompile(`(?:^|[\s'"(=<])(?P<host>` + reHost + `)\[(?P<addr>` + reIP + `)\](?::(?P<port>[0-9]+))?`)})

// hasNameBracketIP reports whether a '[' right after a word's last letter
// or digit opens an address ("x[10.", "x[2001:").
func hasNameBracketIP(low string) bool {
	return anyAt(low, '[', func(i int) bool {
		return i > 0 && isHostByte(low[i-1]) && addressStarts(low[i+1:])
	})
}

// anyAt reports whether ok holds at one of the indexes of c in low.
func anyAt(low string, c byte, ok func(i int) bool) bool {
	for i := 0; ; {
		k := strings.IndexByte(low[i:], c)
		if k < 0 {
			return false
		}
		if ok(i + k) {
			return true
		}
		i += k + 1
	}
}

// addressStarts reports whether s starts like an IPv4 address (digits and
// a dot) or an IPv6 one (hex digits and a colon, or a colon).
func addressStarts(s string) bool {
	for i := 0; i < len(s) && i < 5; i++ {
		switch c := s[i]; {
		case c == '.':
			return i > 0 && isDigit(s[0])
		case c == ':':
			return true
		case !isHexByte(c):
			return false
		}
	}
	return false
}

// hostSpacePort finds a command line that ends with "host port" (nc 10.0.0.5
// 443, java -jar agent.jar 10.0.3.1 3366).
var hostSpacePort = extractor{need: endsWithNumber, strength: plain, cmd: true,
	re: regexp.MustCompile(`(?:^|\s)(?P<host>[0-9]{1,3}(?:\.[0-9]{1,3}){3}|[A-Za-z0-9_\-]+\.[A-Za-z0-9_.\-]*[A-Za-z0-9]) (?P<port>[0-9]{1,5})\s*$`)}

// endsWithNumber reports whether the line ends with a number after a word
// holding a dot, as hostSpacePort's host always does ("… 10.0.3.1 3366",
// not "… system error: 61"), a number of up to five digits after a space,
// as its port always is (not "… a.com:1 a.com:2").
func endsWithNumber(low string) bool {
	low = strings.TrimRight(low, " \t\r")
	if low == "" || !isDigit(low[len(low)-1]) {
		return false
	}
	i := strings.LastIndexByte(low, ' ')
	if i <= 0 || len(low)-i-1 > 5 || strings.Trim(low[i+1:], "0123456789") != "" {
		return false
	}
	prev := low[:i]
	return strings.IndexByte(prev[strings.LastIndexAny(prev, " \t")+1:], '.') >= 0
}

// slashIP finds Java's and Kafka's "name/IP:port" and "/IP:port", the
// address IPv6 too, unbracketed and with its zone as Java prints it
// ("localhost/fe80:0:0:0:0:0:0:1%1:50051") or bracketed ("/[::1]:9092"),
// the name too an address written in full when no name was given
// (ZooKeeper's "0:0:0:0:0:0:0:1/0:0:0:0:0:0:0:1:2181": the port the last
// group after the slash's eight). A name a poster masked with a wildcard
// label, OkHttp's "Failed to connect to *.deno.dev/2600:1901:0:6d85:0:0:0:0:443",
// is no name: the address is the host.
var slashIP = extractor{need: hasSlashDigit, strength: structured, keep: notHAProxyServer,
	re: regexp.MustCompile(`(?:^|[\s(\[,'"=])(?:\*\.[A-Za-z0-9.\-]+|(?P<host>` + reHost + `|[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{1,4}){7}))?/(?P<addr>[0-9]{1,3}(?:\.[0-9]{1,3}){3}|\[?[0-9a-fA-F]*:[0-9a-fA-F:]*[0-9a-fA-F](?:%[0-9A-Za-z_.\-]+)?\]?):(?P<port>[0-9]+)`)}

// notHAProxyServer keeps slashIP's match unless it is HAProxy's "Server
// backend/10.0.0.9:80 is DOWN": a backend's name before the slash, no
// name dialled (see extractors).
func notHAProxyServer(_ *scan, _ int, _ *extractor, src string, m []int, _ map[string]string) bool {
	return !strings.HasSuffix(src[:m[0]+1], "Server ") || !strings.HasPrefix(src[m[1]:], " is ")
}

func hasSlashDigit(low string) bool {
	return anyAt(low, '/', func(i int) bool {
		return i+1 < len(low) && (isDigit(low[i+1]) || low[i+1] == '[' || addressStarts(low[i+1:]))
	})
}

// reURLAll finds URLs anywhere (generic candidates; urls reads them with
// urlIndexes, which finds the same without the expression).
var (
	reURLAll = regexp.MustCompile(reURL)
	// reversedPairs find an address printed with the name it was dialled
	// for after it: systemd-timesyncd's "Timed out waiting for reply from
	// 10.0.0.5:123 (2.pool.ntp.org)." (groups: IP, then name).
	reversedPairs = []*regexp.Regexp{
		regexp.MustCompile(`(?:^|[\s'"(=])(` + reIP + `|\[[0-9a-fA-F:.]+\]):[0-9]{1,5} \((` + reHost + `)\)`),
	}
	// namePairs find a name printed with the IP it resolved to: "name (IP)",
	// "name [IP]" (Windows' ping, ssh -v), "name|IP|", "name[0: IP]", "\"name\" (IP)", "name:port:IP",
	// Elasticsearch's "{name}{IP:port}", ClickHouse's "(name:port, IP)",
	// XMRig's "name:port IP connection error",
	// "name/IP:port", Go's "name: dial tcp IP:port", "Resolved name as IP".
	namePairs = []*regexp.Regexp{
		regexp.MustCompile(`(` + reHost + `)"?(?: \(| \[|\||\[[0-9]+: |:[0-9]+:|\}\{)(` + reIP + `)`),
		// Not the end of a masked name ("*.deno.dev/10.0.0.5:443").
		regexp.MustCompile(`(?:^|[^*.\w-])(` + reHost + `)/([0-9]{1,3}(?:\.[0-9]{1,3}){3}):[0-9]`),
		// Java's InetAddress without a port, after a blank and before
		// one: Smack's "'localhost:5222' failed because:
		// localhost/127.0.0.1 exception: java.net.ConnectException".
		regexp.MustCompile(`(?:^|[\s'"(\[])(` + reHost + `)/([0-9]{1,3}(?:\.[0-9]{1,3}){3})(?:[\s,)\]]|$)`),
		// apt's "archive.ubuntu.com:80 (91.189.88.152)".
		regexp.MustCompile(`(` + reHost + `):[0-9]+ \((` + reIP + `)\)`),
		// ClickHouse's NetException: the name and port, then the
		// address dialled, in one pair of parentheses: "Connection
		// refused: (localhost:9000, ::1)".
		regexp.MustCompile(`\((` + reHost + `):[0-9]+, (` + reIP + `)\)`),
		regexp.MustCompile(`(` + reHost + `): dial tcp[46]? ([0-9]{1,3}(?:\.[0-9]{1,3}){3}):[0-9]`),
		// A name, then the address the program connects to for it:
		// SABnzbd's "www.google.nl: Connecting to address 2a00:…::2003",
		// and the address it keeps from an earlier look-up of the name,
		// "news.supernews.com: Re-using address 216.168.4.130".
		regexp.MustCompile(`(` + reHost + `): (?:Connecting to (?:address )?|Re-using address )(` + reIP + `)`),
		// A resolver's answer logged as a step: nodemailer's "Resolved
		// smtp.example.com as 10.0.0.5 [cache miss]", "resolved x to IP".
		regexp.MustCompile(`(?i)\bresolved (?:host(?:name)? )?['"]?(` + reHost + `)['"]? (?:as|to|=>|->) ['"\[]?(` + reIP + `)`),
		// XMRig's pool, then the address it dialled, then the error:
		// "pool.supportxmr.com:3333 192.168.4.1 connection error:".
		regexp.MustCompile(`(` + reHost + `):[0-9]+ (` + reIP + `) (?:connect|connection|read) error`),
		// VS Code Copilot's network diagnostics: "DNS Lookup
		// api.githubcopilot.com: 140.82.112.21" above the fetches.
		regexp.MustCompile(`DNS Lookup (` + reHost + `): (` + reIP + `)`),
	}
	// Laravel's config reads a setting from the environment with a default,
	// 'port' => env('DB_PORT', '3306'): the default is the key's value.
	portWord = regexp.MustCompile(`(?i)\bport['"]?\s*(?:[:=]|=>|\s)\s*` + phpEnv + `['"]?([0-9]{1,5})\b`)
	// requestWords before a URL mean the program was fetching it.
	requestWords = []string{"get", "post", "put", "delete", "head", "patch", "url", "uri", "request", "for", "access",
		"fetch", "download", "connecting", "trying", "error", "failed", "resolving", "server:", "clone", "pull",
		"push", "open", "curl", "wget", "--", "访问", "via", "retrying", "exception", "at:", "to:", "to "}
	// helpWords before a URL mean it is documentation printed with the error.
	helpWords = []string{"see", "refer", "visit", "read", "more info", "details", "documentation", "troubleshoot",
		"report", "help", "wiki", "faq", "look at", "check out", "guide", "go to", "to install", "installing",
		"update your", "for solutions"}
	// A path segment "/guide" or "/docs" (whole, not "/guidelines-api")
	// reads like documentation too.
	helpPaths = []string{"libcurl-errors", "/wiki", "troubleshoot", "/docs", "/doc/", "/help", "/manual", "/guide",
		"/guides", "/documentation",
		"stackoverflow.com", "/issues", "/faq", "codes.html", "bugs.php.net", "/support", "errors.html"}
)

// mqttCommand finds an MQTT client's command line: mosquitto_sub,
// mosquitto_pub and mosquitto_rr (misspelt too, "mosquittio_sub", and in
// Markdown's bold, "**mosquitto_sub -h x**"), and the clients (and images wrapping
// them) whose first argument is the verb: MQTT.js's and HiveMQ's "mqtt sub",
// MQTTX's "mqttx pub", efrecon/mqtt-client's "mqtt-client sub". Each names
// its broker with -h (or --host) and its port with -p (or --port), before
// or after the host, either quoted or not (-h "10.0.0.5"); without -p the
// port is MQTT's 1883. A script named for MQTT does the same, or names
// the broker with -b (--broker): mqtt-data-logger's "python3
// /home/mqtt/mqtt-data-logger.py -b 192.168.1.120 -p 1883 -t /# -s".
var mqttCommand = extractor{need: hasMQTTCommand, strength: plain, program: "MQTT", port: 1883, cmd: true,
	re: regexp.MustCompile(`(?i)(?:^|[\s/$>#"'*])(?:mosquit[a-z]*_(?:sub|pub|rr)|mqttx?\s+(?:sub|pub|conn)|mqtt-client\s+(?:sub|pub)|[\w-]*mqtt[\w-]*\.(?:py|js|sh|rb))\b` +
		`(?:[^\n]*?\s(?:-p|--port)[\s=]*['"]?(?P<port>[0-9]+)\b)?[^\n]*?\s(?:-h|--host|-b|--broker)[\s=]*['"]?(?P<host>` + reHost + `|` + reIP + `)` +
		`(?:['"]?[^\n]*?\s(?:-p|--port)[\s=]*['"]?(?P<port>[0-9]+)\b)?`)}

func hasMQTTCommand(low string) bool {
	return (strings.Contains(low, "mosquit") || strings.Contains(low, "mqtt")) &&
		(strings.Contains(low, " -h") || strings.Contains(low, "--host") || strings.Contains(low, " -b") || strings.Contains(low, "--broker"))
}

// promptAlts is a shell's prompt as pasted before a command: "$ ", "# ",
// "% ", "> ", "user@host:~/dir$ ", "[root@host ~]# ".
const promptAlts = `[$#%>] |[\w.\-]+@[\w.\-]+(?::[^\s$#]*)?[$#%] |\[[\w.\-]+@[\w.\-]+ [^\]\n]*\][$#] `

// promptRe is the start of a command line: blanks, a shell's prompt or
// none, blanks. The command's own expression follows it.
const promptRe = `^\s*(?:` + promptAlts + `)?\s*`

// runnerRe matches the commands a command line may start with that run
// the next word as a command: sudo and doas, time, nohup, exec, nice, and
// the wrappers that send its connections through a proxy (proxychains,
// torsocks, tsocks, torify: "proxychains4 curl ifcfg.me"). What the
// command after them names is what it reached for.
const runnerRe = `(?:(?:sudo|doas|time|nohup|exec|nice|proxychains4?|torsocks|tsocks|torify)\s+)*`

// runnerWords are runnerRe's commands, and the shell's "command", "then"
// and "do", as words.
var runnerWords = map[string]bool{"sudo": true, "doas": true, "time": true, "nohup": true, "exec": true, "nice": true,
	"proxychains": true, "proxychains4": true, "torsocks": true, "tsocks": true, "torify": true, "command": true, "then": true, "do": true}

// shellPrompt is a shell's prompt at the start of a line: "$ ", "# ", "% ",
// "user@host:~/dir$ ", "[root@host ~]# ", "PS C:\dir> ", "C:\dir>".
var shellPrompt = regexp.MustCompile(`^\s*(?:` + promptAlts + `|(?:PS )?[A-Za-z]:\\[^>\n]*> ?)`)

// shellPrompted reports whether the line is a command typed at a shell's
// prompt.
func shellPrompted(line string) bool {
	return shellPrompt.MatchString(line)
}

// registryFor is Terraform's query of a provider registry, naming the
// provider's source address, its first part the registry's host when it
// is a dotted name ("could not query provider\nregistry for
// registry.terraform.io/hashicorp/azurerm: failed to retrieve …"),
// queried over https; Terraform wraps the message across lines. When a
// URL is read, the request Terraform says failed (the registry's API or
// the checksums' release host), that is read instead (see dropRegistry);
// a URL read as none, a documentation link, leaves the registry host.
var registryFor = spanEx(ex("registry", weak, "Terraform", 443, `registry[\s│|]+for[\s│|]+(?P<host>[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?)+)/[\w\-]+/[\w\-]+:`))

// notIPv6Head keeps a host:port match m unless it is the head of an
// unbracketed IPv6 address, its groups running on after it: no port can
// follow such an address, and a colon and a space end it. The port may
// be a group's leading digits too: "2001:1" of "2001:1af8:4020:a007:4::c".
func notIPv6Head(_ *scan, _ int, _ *extractor, src string, m []int, _ map[string]string) bool {
	if len(src) <= m[1] || !isHexDigit(src[m[1]]) && (len(src) < m[1]+2 || src[m[1]] != ':' || !isHexDigit(src[m[1]+1])) {
		return true
	}
	r, e := m[1], m[1]
	for r > 0 && (isHexDigit(src[r-1]) || src[r-1] == ':') {
		r--
	}
	for e < len(src) && (isHexDigit(src[e]) || src[e] == ':') {
		e++
	}
	ip := net.ParseIP(strings.TrimRight(src[r:e], ":"))
	return ip == nil || ip.To4() != nil
}

// notArduinoConnect leaves Arduino's HTTPClient's "connect(): failed
// connect to x:443" to its own extractor.
func notArduinoConnect(_ *scan, _ int, _ *extractor, src string, m []int, _ map[string]string) bool {
	return !strings.HasSuffix(src[:m[0]], "connect(): ")
}

// notViaProxy keeps curl's "Failed to connect to x port 443" unless curl
// goes on to name the proxy it went through, " via P after 0 ms": then x
// is only where the proxy was to take it (see the extractor after it).
func notViaProxy(_ *scan, _ int, _ *extractor, src string, m []int, _ map[string]string) bool {
	return !strings.HasPrefix(src[m[1]:], " via ")
}

// searchedHost keeps Chrome's "Search Google for 192 168 8989 sonarr" when
// the page named a host with no port, 192.168.5.71, whose dot-separated
// labels hold the words before the number in their order and not the
// number: the number is that host's port.
func searchedHost(s *scan, _ int, _ *extractor, _ string, _ []int, g map[string]string) bool {
	words := strings.Fields(g["words"])
	for _, o := range s.cands {
		if o.program != "browser" || o.port != 0 || o.isURL {
			continue
		}
		all := strings.Split(strings.ToLower(o.host), ".")
		labels := all
		k := 0 // how many of the words so far are the host's labels, in order
		for j, w := range words {
			if j > 0 && k == j && len(w) <= 5 && allDigits(w) && !slices.Contains(all, w) {
				g["host"], g["port"] = o.host, w
				return true
			}
			for k == j && len(labels) > 0 {
				l := labels[0]
				labels = labels[1:]
				if strings.EqualFold(w, l) {
					k++
				}
			}
			if k <= j {
				break
			}
		}
	}
	return false
}

// aptLocalBefore and aptLocalAfter are apt's "Temporary failure
// resolving '%s'" in its translations (apt's po files), lower-cased: the
// words before the quoted name in most, the words after it where the name
// comes first (it, ja, ko, tr, vi, hu), from its closing quote as the
// parser reads it (see asciiQuotes). Each says a look-up failed (see
// failureIndex).
var (
	aptLocalBefore = []string{
		"erreur temporaire de résolution de", "temporärer fehlschlag beim auflösen von", "fallo temporal al resolver",
		"fallu temporal al resolver", "s'ha produït un error temporal en resoldre", "dočasné selhání při zjišťování",
		"midlertidig fejl ved omsætning af navnet", "προσωρινή αποτυχία στην εύρεση του", "tilapäinen häiriö selvitettäessä",
		"produciuse un fallo temporal ao buscar", "laikinas sutrikimas ieškant vardo", "midlertidig feil ved oppslag av",
		"tijdelijke fout bij het opzoeken van", "tymczasowy błąd przy tłumaczeniu", "falha temporária a resolver",
		"falha temporária resolvendo", "eșec temporar la rezolvarea", "временная ошибка при разрешении",
		"временен неуспех при намирането на ip адреса на", "dočasné zlyhanie pri preklade", "začasna napaka med razreševanjem",
		"temporärt fel vid uppslagning av", "тимчасова помилка при отриманні ip адреси", "暂时不能解析域名", "暫時無法解析",
	}
	aptLocalAfter = []string{"\" temporaneamente non riuscita", "' が一時的に解決できません", "'의 주소를 알아내는데 임시로 실패했습니다",
		"' çözümlenirken geçici", "\" bị lỗi tạm thời", "\" feloldása közben"}
)

// aptLocalResolve reads the name in apt's translated "Temporary failure
// resolving" (see aptLocalBefore): the words, an opening quote of any
// kind, the name, its closing quote; or the quoted name, then the words
// (which begin with the closing quote). The guillemets of fr and the low
// quotes of de are ASCII quotes by then (see asciiQuotes).
var aptLocalResolve = `(?i)(?:` + wordsAlt(aptLocalBefore) + `) ?['"] ?` + hostGroup + ` ?['"]|['"]` +
	hostGroup + `(?:` + wordsAlt(aptLocalAfter) + `)`

// aptLocalResolveNeed reports whether a lower-cased line holds the words
// of apt's translated "Temporary failure resolving".
func aptLocalResolveNeed(low string) bool {
	return containsAny(low, aptLocalBefore) || containsAny(low, aptLocalAfter)
}

// espTLSScheme gives esp-tls's host the scheme its client speaks: mqtts
// when the paste is ESP-IDF's MQTT client's log ("MQTT_CLIENT: Error
// transport connect", "esp_mqtt…"), https otherwise.
func espTLSScheme(s *scan, _ int, _ *extractor, _ string, _ []int, g map[string]string) bool {
	g["scheme"] = "https"
	if strings.Contains(s.text, "MQTT_CLIENT") || strings.Contains(s.text, "esp_mqtt") || strings.Contains(s.text, "MQTT_EVENT") {
		g["scheme"] = "mqtts"
	}
	return true
}

// incapsulaPage names the site of an Incapsula error page: the line "x -"
// that heads it (whatever prefix a copy gave the line), above its words
// on line i, when the page says it is Incapsula's ("Powered by
// Incapsula") and the name looks like a host.
func incapsulaPage(s *scan, i int, _ *extractor, _ string, _ []int, g map[string]string) bool {
	if !strings.Contains(s.text, "Incapsula") {
		return false
	}
	for j := 0; j < i; j++ {
		line := strings.TrimRight(s.text[s.lines[j].start:s.lines[j].end], " \t\r\u00a0")
		head, ok := strings.CutSuffix(line, "-")
		if !ok {
			continue
		}
		head = strings.TrimRight(head, " \u00a0")
		if len(head) == len(line)-1 {
			continue // "x-": no heading
		}
		host := head
		if k := strings.LastIndexAny(head, " \t>\u00a0"); k >= 0 {
			_, w := utf8.DecodeRuneInString(head[k:])
			host = head[k+w:]
		}
		if hostLike(host) {
			g["host"] = host
			return true
		}
	}
	return false
}

// hostByName is the ESP8266 core's look-up log line, its name and address.
const hostByName = `\[hostByName\] Host: (?P<host>` + reHost + `) IP: (?P<addr>` + reIP + `)`

// mqttBefore reports whether the ESP8266 core's look-up on line i is for
// an MQTT connection, that line or the one before saying one is being made
// ("Attempting MQTT connection...[hostByName] request IP for: x").
func mqttBefore(s *scan, i int, _ *extractor, _ string, _ []int, _ map[string]string) bool {
	from := s.lines[max(0, i-1)].start
	return strings.Contains(s.text[from:s.lines[i].end], "MQTT connection")
}
