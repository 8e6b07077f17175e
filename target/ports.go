package target

import (
	"net"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/net/publicsuffix"
)

// portFor finds the port for a mention that named only a host, in order: a
// port the text gives for the same host (a URL, host:port, "host port N",
// "('host', N)", a -P flag), the scheme of a URL naming the host, the one
// port number the text mentions ("port 465"), the program's default (mysql
// 3306, ssh 22, git's native protocol 9418, apt 80, SMTP 25), the default of
// a service the text names (postgresql 5432, redis 6379), SIP's 5060 in a
// SIP program's paste (sipPort), else HTTPS.
func (s *scan) portFor(c cand) (int, string) {
	scheme := 0
	for _, o := range s.cands {
		if !strings.EqualFold(o.host, c.host) && (c.addr == "" || o.host != c.addr) || o.port == 0 {
			// (The address dialled for the name, given with its port
			// elsewhere, gives the name's: BusyBox wget's "Connecting
			// to x (10.0.0.5:443)" before "can't connect to remote
			// host (10.0.0.5)".)
			continue
		}
		if o.portFrom == PortExplicit {
			return o.port, PortExplicit
		}
		if scheme == 0 && o.isURL {
			scheme = o.port
		}
	}
	for _, m := range hostPortMatches(s.text, c.host, 8) {
		if kongTry(s.text, m[1]) {
			continue // a DNS record type in Kong's list of what it tried
		}
		if startsDate(s.text, m[3]) {
			continue // a log line's date after the host's line ends
		}
		if m[3]+1 < len(s.text) && s.text[m[3]] == '.' && isDigit(s.text[m[3]+1]) {
			continue // the next address of a list ("forwarders: 9.9.9.9, 149.112.112.112")
		}
		if p, err := strconv.Atoi(s.text[m[2]:m[3]]); err == nil && p > 0 && p < 65536 {
			return p, PortExplicit
		}
		break
	}
	if scheme == 0 && slotHost(c.host) {
		scheme = slotURLPort(s.text, c.host)
	}
	if scheme != 0 {
		return scheme, PortScheme
	}
	var ports []string
	var words [][]int
	if containsPort(s.text) {
		words = portWord.FindAllStringSubmatchIndex(s.text, 8)
	}
	for _, m := range words {
		// curl's "x port 443 via P": the port is x's, not the proxy P's.
		if !dartLocalPort.MatchString(s.text[max(0, m[0]-120):m[0]]) && !strings.HasPrefix(s.text[m[1]:], " via ") {
			ports = append(ports, s.text[m[2]:m[3]])
		}
	}
	if len(ports) > 0 {
		one := true
		for _, p := range ports[1:] {
			one = one && p == ports[0]
		}
		if p, err := strconv.Atoi(ports[0]); one && err == nil && p > 0 && p < 65536 {
			return p, PortExplicit
		}
	}
	if c.defPort != 0 {
		return c.defPort, PortProgram
	}
	if p := s.otherProgramPort(c); p != 0 {
		return p, PortProgram
	}
	if p := s.commandPort(c); p != 0 {
		return p, PortProgram
	}
	if p := s.redirectScheme(c); p != 0 {
		return p, PortScheme
	}
	if (strings.Contains(s.text, "wget") || strings.Contains(s.text, "curl")) && schemelessFetch(s.text, c.host) {
		return 80, PortProgram
	}
	if javaPlainHTTP(s.text) {
		return 80, PortScheme
	}
	if webClients[c.program] {
		// A web client's port is the web's, not that of another
		// program the text names ("Starting osmnames_postgres_1 ...
		// done" before wget failed to resolve its host).
		return DefaultPort, PortAssumed
	}
	if strings.HasPrefix(strings.ToLower(c.host), "whois.") && (strings.Count(c.host, ".") >= 2 || whoisCommand.MatchString(s.text)) {
		// A WHOIS server is named for its protocol (whois.arin.net,
		// whois.ripe.net, whois.verisign-grs.com): with no port, scheme
		// or program's default given, it was asked on WHOIS's port 43
		// (RFC 3912). Other protocol labels (smtp., ftp., mail.) are not
		// read so: their hosts serve several ports.
		return 43, PortProgram
	}
	if ln := s.lines[c.line]; strings.Contains(strings.ToLower(s.text[ln.start:ln.end]), "connect to whois server failed") {
		// The Go whois client's (likexian/whois) dial error, "whois:
		// connect to whois server failed: dial tcp: lookup x: no such
		// host": x is the WHOIS server it dialled, on port 43.
		return 43, PortProgram
	}
	if s.woodpeckerAgentDial(c) {
		return 9000, PortProgram
	}
	if p := sabnzbdNNTPPort(s.text, c.host); p != 0 {
		return p, PortProgram
	}
	low := strings.ToLower(s.text)
	if len(s.raw) > len(s.text) {
		// A syslog header plainLines took off named the program
		// ("raspberrypi snapclient[6380]: Connecting").
		low = strings.ToLower(s.raw)
	}
	for _, sp := range servicePorts {
		if strings.Contains(low, sp.word) {
			return sp.port, PortProgram
		}
	}
	if p := sipPort(low); p != 0 {
		return p, PortProgram
	}
	return DefaultPort, PortAssumed
}

// commandPort is the program's port of a client's command line that names
// c's host with no port, when c's own words name no program: FreeRDP's
// "xfreerdp /v:x /u:user" (RDP's 3389) above its log's "failed to connect
// to x". 0 when no such command names the host.
func (s *scan) commandPort(c cand) int {
	if c.cmd || c.program != "" {
		return 0
	}
	for _, o := range s.cands {
		if o.cmd && o.defPort != 0 && o.port == 0 && strings.EqualFold(o.host, c.host) {
			return o.defPort
		}
	}
	return 0
}

// whoisCommand is a command line running the whois client ("whois
// registry.sx", "$ whois -h whois.x y"): a server "whois.<tld>" it failed
// on is a WHOIS server, on port 43, though it has only two labels.
var whoisCommand = regexp.MustCompile(`(?m)^\s*(?:[$#%>] |[\w.\-]+@[\w.\-]+(?::[^\s$#]*)?[$#%] )?\s*whois\s+\S`)

// redirectScheme returns the port of the URL a program announced it was
// downloading before it failed on c, a host of the URL's registered
// domain: Vagrant's "Downloading: http://files.vagrantup.com/x.box" then
// curl's "Couldn't resolve host 'hashicorp-files.vagrantup.com'", the host
// the download was redirected to, within one site and its scheme. 0 when
// no such URL is announced, or its host is of another domain.
func (s *scan) redirectScheme(c cand) int {
	for _, o := range s.cands {
		if !o.isURL || o.port == 0 || o.line >= c.line || strings.EqualFold(o.host, c.host) ||
			!sameSite(o.host, c.host) {
			continue
		}
		before := strings.ToLower(s.text[s.lines[o.line].start:o.pos])
		if step, _ := stepBefore(strings.TrimRight(before, " \t:")); step {
			return o.port
		}
	}
	return 0
}

// sameSite reports whether names a and b are of one registered domain,
// as the Public Suffix List draws it (publicsuffix.EffectiveTLDPlusOne:
// "x.co.uk", "x.com.au", "x.github.io"; a name under a suffix the list
// does not know, "x.corp", its last two labels). Addresses are of none.
func sameSite(a, b string) bool {
	if net.ParseIP(a) != nil || net.ParseIP(b) != nil {
		return false
	}
	ra, rb := registered(strings.ToLower(a)), registered(strings.ToLower(b))
	return ra != "" && ra == rb
}

// registered returns the registered domain of the lower-case name h, ""
// when h is a public suffix itself or no name.
func registered(h string) string {
	d, err := publicsuffix.EffectiveTLDPlusOne(strings.TrimSuffix(h, "."))
	if err != nil {
		return ""
	}
	return d
}

// schemelessFetch reports whether the text holds a command line of wget,
// wget2 or curl given host without a scheme ("wget2 -O out mymissing.com",
// "curl example.com/x"): these clients then use http:// (wget2's
// wget_iri_parse adds "http://", curl guesses HTTP for a host that does not
// start with "ftp." and the like), so the port is 80. Names are matched
// whatever their case: curl read the method in "curl GET http://x/" as a
// host too, and its "Could not resolve host: GET" is that name's.
func schemelessFetch(text, host string) bool {
	text, host = strings.ToLower(text), strings.ToLower(host)
	for i := 0; i < len(text); {
		k := strings.Index(text[i:], host)
		if k < 0 {
			return false
		}
		k += i
		i = k + len(host)
		if i < len(text) && text[i] != ' ' && text[i] != '/' && text[i] != '\n' && text[i] != '\r' && text[i] != '\t' ||
			k > 0 && text[k-1] != ' ' && text[k-1] != '\t' {
			continue // part of a longer word, or after a scheme ("https://x")
		}
		start := strings.LastIndexByte(text[:k], '\n') + 1
		if cmdLine.MatchString(text[start:k]) {
			return true
		}
	}
	return false
}

// cmdLine is the start of a wget, wget2 or curl command line up to an
// argument: a prompt or nothing, the program, options.
var cmdLine = regexp.MustCompile(`^\s*(?:[$#>%]\s*|\S*[$#>]\s+)?` + runnerRe + `(?:wget2?|curl)(?:\s+-\S+(?:\s+[^-\s]\S*)?)*\s+$`)

// dartLocalPort matches the text before the port of Dart's OS errors
// ("errno = 111, address = x, "): that port is the socket's local end.
var dartLocalPort = regexp.MustCompile(`errno = [0-9]+\)?, address = \S+, $`)

// webClients are the programs whose mention names a web host: a service
// named elsewhere in the text gives it no port.
var webClients = map[string]bool{"wget": true, "browser": true, "Cloudflare": true}

// servicePorts give the port of a host the text names without one when the
// text says what service it is (terraform's postgresql provider failing to
// resolve a database host).
var servicePorts = []struct {
	word string
	port int
}{
	{"could not translate host name", 5432}, // libpq's resolver failure
	// JMX's RMIConnector failing its JNDI look-up at the RMI registry
	// ("Failed to retrieve RMIServer stub: … Connection refused to host:
	// x"): the registry's port, 1099 (java.rmi.registry.Registry.
	// REGISTRY_PORT), when the service URL's is not shown.
	{"failed to retrieve rmiserver stub", 1099},
	// telnet's own errors ("telnet: Unable to connect to remote host:
	// Connection refused", "telnet: connect to address x: …"): given no
	// port, telnet dials its service's, 23 (telnet(1)), whatever service
	// the text names.
	{"telnet: ", 23},
	// An MQTT client's own failure, its broker named alone: Zigbee2MQTT's
	// "MQTT error: getaddrinfo EAI_AGAIN core-mosquitto" then "MQTT
	// failed to connect, exiting...", on MQTT's 1883 (as mqttCommand).
	{"mqtt error: ", 1883}, {"mqtt failed to connect", 1883},
	// ZNC's own log of its IRC traffic ("(user/net) ZNC -> IRC [PING
	// :ZNC]"): the server it then resolves and dials is IRC's, 6667.
	{"znc -> irc [", 6667},
	// Firebird's isc_network_error (335544721), as Jaybird and isql print
	// it: "Unable to complete network request to host \"x\"": its
	// server's port, 3050.
	{"unable to complete network request to host", 3050},
	// NZBGet's certificate check of a news server, "TLS certificate
	// verification failed for x: … For more info visit
	// http://nzbget.net/Certificate_verification": NNTP over TLS, 563.
	{"nzbget.net/certificate_verification", 563},
	// Snapcast's client, its server named alone ("snapclient[6380]:
	// Failed to connect to host '192.168.29.197', error: Network is
	// unreachable"): the server's stream port, 1704.
	{"snapclient", 1704},
	{"postgres", 5432}, {"psql", 5432}, {"psycopg", 5432}, {"mysql", 3306}, {"mariadb", 3306}, {"mongodb", 27017}, {"mongo", 27017},
	{"redis", 6379}, {"rabbitmq", 5672}, {"amqp", 5672}, {"pika", 5672}, {"kafka", 9092}, {"smtp", 25}, {"ssh", 22},
	{"sqlstate[hy000] [200", 3306},                             // PHP PDO's MySQL client errors (2002 connect, 2005 unknown host)
	{"winscp", 22}, {"putty", 22}, {"plink", 22}, {"sftp", 22}, // SSH clients
	{"======cmd======", 22}, // drone-ssh (appleboy/ssh-action) prints the script it runs over SSH between these
	// SMB clients and Samba's NTSTATUS names: smbclient, mount.cifs,
	// jcifs, smbj, "do_connect: … (Error NT_STATUS_IO_TIMEOUT)".
	{"smbclient", 445}, {"mount.cifs", 445}, {"mount -t cifs", 445}, {"jcifs", 445}, {"smbj", 445}, {"nt_status_", 445},
	{"iscsiadm", 3260}, {"iscsid", 3260}, // open-iscsi's initiator (iSCSI, RFC 7143)
	// MikroTik RouterOS's API (librouteros, the Home Assistant
	// integrations): 8728, its TLS service api-ssl 8729.
	{"api-ssl", 8729}, {"api_ssl", 8729}, {"librouteros", 8728}, {"mikrotik", 8728},
	{"mclient", 50000}, {"monetdb", 50000}, // MonetDB's MAPI port
	{"mount.nfs", 2049}, {"mount -t nfs", 2049}, // NFS's mount (RFC 7530's port)
	// NTP's clients and daemons (RFC 5905's port): ntpdate, the sntp
	// command, ntpd's and chronyd's syslog lines (Android's SntpClient
	// class is no command).
	{"ntpdate", 123}, {"sntp ", 123}, {"sntp[", 123}, {"chronyd[", 123}, {"ntpd[", 123},
	// LocalSend's HTTP API (its protocol's default, 53317), named by
	// the app's own Dart frames ("package:localsend_app/…").
	{"package:localsend_app/", 53317},
}

// startsDate reports whether the number ending at text[end] is the year of
// a date, "-MM-DD" following it: a Docker log's lines begin "2023-04-11
// 21:40:50", so Node's error object "hostname: 'x'," ends its line right
// before a year that is no port.
func startsDate(text string, end int) bool {
	rest := text[end:]
	if len(rest) < 4 || rest[0] != '-' || !isDigit(rest[1]) {
		return false
	}
	k := 2
	if isDigit(rest[k]) {
		k++
	}
	return k+1 < len(rest) && rest[k] == '-' && isDigit(rest[k+1])
}

// slotURLPort returns the port of the scheme of a URL in text whose host is
// the slot word w, a scheme word a program dialled (see schemeSlots):
// Grafana's `Post "http://http/192.168.1.133:8086/api/v2/query": dial tcp:
// lookup http on 192.168.1.1:53: no such host`, a URL whose host is the
// word http, dialled on http's port 80. 0 when no URL names w as its host
// ("http://http.example/" names another).
func slotURLPort(text, w string) int {
	low, w := strings.ToLower(text), strings.ToLower(w)
	for i := strings.Index(low, "://"+w); i >= 0; {
		end := i + 3 + len(w)
		if end == len(low) || strings.IndexByte(":/?#\"' \t\r\n", low[end]) >= 0 {
			start := i
			for start > 0 && (isLetter(low[start-1]) || isDigit(low[start-1]) || strings.IndexByte("+.-", low[start-1]) >= 0) {
				start--
			}
			if p, ok := SchemePort(low[start:i]); ok {
				return p
			}
		}
		j := strings.Index(low[end:], "://"+w)
		if j < 0 {
			break
		}
		i = end + j
	}
	return 0
}

// sabnzbdNNTPPort is the port of a news server SABnzbd's log names with
// no port: its downloader threads are named "N@host" ("[downloader:474]
// 5@news.supernews.com: Initiating connection") and dial NNTP, 119, or
// NNTPS, 563, when its newswrapper says the thread's connection uses TLS
// ("[newswrapper:139] 5@news.supernews.com: Connected using TLSv1.2
// (…)"). 0 when no line of SABnzbd's downloader or newswrapper names a
// thread of host.
func sabnzbdNNTPPort(text, host string) int {
	tls := false
	found := false
	for _, mod := range []string{"::[downloader:", "::[newswrapper:"} {
		for from := 0; from < len(text); {
			k := strings.Index(text[from:], mod)
			if k < 0 {
				break
			}
			k += from + len(mod)
			from = k
			e := strings.IndexByte(text[k:], '\n')
			if e < 0 {
				e = len(text) - k
			}
			line := text[k : k+e]
			at := strings.Index(line, "@"+host+": ")
			if at < 1 || !isDigit(line[at-1]) || at > 48 {
				continue
			}
			found = true
			rest := line[at+len(host)+3:]
			if strings.HasPrefix(rest, "Connected using TLS") || strings.HasPrefix(rest, "Connected using SSL") {
				tls = true
			}
		}
	}
	switch {
	case tls:
		return 563
	case found:
		return 119
	}
	return 0
}

// woodpeckerRPC is the Woodpecker agent's own log of a failed call to its
// server (agent/rpc's client: "grpc error: done(): code: Unavailable",
// "grpc error: next(): code: …").
var woodpeckerRPC = regexp.MustCompile(`grpc error: [a-z]+\(\): code: `)

// woodpeckerAgentDial reports whether c is the server the Woodpecker agent
// failed to dial: c's line is grpc-go's "transport: Error while dialing"
// and the paste holds the agent's own "grpc error: done(): code:
// Unavailable". The agent dials only its server, over gRPC, whose address
// (WOODPECKER_SERVER) it documents as "localhost:9000" and its compose
// file as "woodpecker-server:9000": with no port given, 9000.
func (s *scan) woodpeckerAgentDial(c cand) bool {
	ln := s.lines[c.line]
	line := s.text[ln.start:ln.end]
	if !strings.Contains(line, "Error while dialing") || !strings.Contains(s.text, "grpc error: ") {
		return false
	}
	return woodpeckerRPC.MatchString(s.text) // the line is in the text
}

// otherProgramPort returns the port another program's message naming the
// same host gives it by its program's default, 0 when none does: mpv's
// "[ffmpeg] tcp: Failed to resolve hostname x: …" names no port, its
// ytdl hook's "<urllib3.connection.HTTPConnection object at 0x…>: Failed
// to resolve 'x'" one of plain HTTP's, 80.
func (s *scan) otherProgramPort(c cand) int {
	for _, o := range s.cands {
		if o.defPort != 0 && o.port == 0 && o.strength >= phrase && o.program != "" && o.program != c.program && strings.EqualFold(o.host, c.host) {
			return o.defPort
		}
	}
	return 0
}

// javaPlainHTTP reports whether a Java stack trace shows the JDK's HTTP
// protocol handler and not its HTTPS one: "at
// sun.net.www.protocol.http.HttpURLConnection.plainConnect0" under
// "java.net.UnknownHostException: x" is a plain http:// request, on 80.
// An https:// one runs through sun.net.www.protocol.https's classes
// (HttpsURLConnectionImpl, AbstractDelegateHttpsURLConnection) as well.
func javaPlainHTTP(text string) bool {
	return strings.Contains(text, "sun.net.www.protocol.http.HttpURLConnection") &&
		!strings.Contains(text, "sun.net.www.protocol.https.") && !strings.Contains(text, "https://")
}
