package target

import (
	"errors"
	"strings"
	"testing"
)

// parseCases is the one table behind TestParse and the fuzz seeds.
var parseCases = []struct {
	name    string
	in      string
	host    string
	port    int
	from    string
	kind    string
	program string
	failure Failure
	addr    string
	via     string // the final destination behind a failing proxy, when set
	err     error  // sentinel expected with errors.Is; nil means success unless bad is set
	bad     bool   // a *ParseError without a sentinel
	line    int    // the line of the evidence, checked when set
}{
	// Plain targets.
	{name: "name", in: "app.corp.internal", host: "app.corp.internal", port: 443, from: PortAssumed, kind: KindHost},
	{name: "name trailing dot upper", in: "App.Corp.Internal.", host: "app.corp.internal", port: 443, from: PortAssumed, kind: KindHost},
	{name: "ipv4", in: "10.0.0.5", host: "10.0.0.5", port: 443, from: PortAssumed, kind: KindHost},
	{name: "ipv6 bare", in: "2001:db8::1", host: "2001:db8::1", port: 443, from: PortAssumed, kind: KindHost},
	{name: "host:port", in: "db.internal:5432", host: "db.internal", port: 5432, from: PortExplicit, kind: KindHostPort},
	{name: "ipv6 bracket port", in: "[::1]:443", host: "::1", port: 443, from: PortExplicit, kind: KindHostPort},
	{name: "url https", in: "https://app.corp.internal/login?x=1", host: "app.corp.internal", port: 443, from: PortScheme, kind: KindURL},
	{name: "url explicit port", in: "http://10.0.0.5:8080/", host: "10.0.0.5", port: 8080, from: PortExplicit, kind: KindURL},
	{name: "url ssh", in: "ssh://git@git.corp.internal/org/repo.git", host: "git.corp.internal", port: 22, from: PortScheme, kind: KindURL},
	{name: "url postgres", in: "postgres://user:secret@db.corp.internal/app", host: "db.corp.internal", port: 5432, from: PortScheme, kind: KindURL},
	{name: "url mysql", in: "mysql://db:3307/x", host: "db", port: 3307, from: PortExplicit, kind: KindURL},
	{name: "url redis", in: "redis://cache.corp.internal", host: "cache.corp.internal", port: 6379, from: PortScheme, kind: KindURL},
	{name: "url mongodb", in: "mongodb://mongo.corp.internal", host: "mongo.corp.internal", port: 27017, from: PortScheme, kind: KindURL},
	{name: "url amqp", in: "amqp://mq.corp.internal", host: "mq.corp.internal", port: 5672, from: PortScheme, kind: KindURL},
	{name: "url ldaps", in: "ldaps://dc1.corp.corp.internal", host: "dc1.corp.corp.internal", port: 636, from: PortScheme, kind: KindURL},
	{name: "url smtps", in: "smtps://mail.corp.internal", host: "mail.corp.internal", port: 465, from: PortScheme, kind: KindURL},
	{name: "url ftp", in: "ftp://files.corp.internal/pub", host: "files.corp.internal", port: 21, from: PortScheme, kind: KindURL},
	{name: "url ipv6", in: "https://[2001:db8::5]:8443/", host: "2001:db8::5", port: 8443, from: PortExplicit, kind: KindURL},
	{name: "quoted", in: `"app.corp.internal:8443"`, host: "app.corp.internal", port: 8443, from: PortExplicit, kind: KindHostPort},

	// Go.
	{name: "go dial timeout", in: "dial tcp 10.0.0.5:443: connect: connection timed out", host: "10.0.0.5", port: 443, kind: KindError, program: "Go", failure: FailureTimeout},
	{name: "go getsockopt", in: "dial tcp 10.0.0.5:443: getsockopt: connection timed out", host: "10.0.0.5", port: 443, kind: KindError, program: "Go", failure: FailureTimeout},
	{name: "go io timeout", in: "dial tcp 192.0.2.7:5432: i/o timeout", host: "192.0.2.7", port: 5432, kind: KindError, program: "Go", failure: FailureTimeout},
	{name: "go http get", in: `Get "https://api.corp.internal/v1/items": dial tcp 10.1.2.3:443: i/o timeout`, host: "api.corp.internal", port: 443, kind: KindError, program: "Go", failure: FailureTimeout, addr: "10.1.2.3"},
	{name: "go http client timeout", in: `Post "https://hooks.corp.internal/x": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`, host: "hooks.corp.internal", port: 443, kind: KindError, program: "Go", failure: FailureTimeout},
	{name: "go proxyconnect lookup of a scheme word wrapped by snap", in: "sudo snap install acrordrdc\n\nError : \nerror: cannot install \"acrordrdc\": Post\n       \"https://api.snapcraft.io/v2/snaps/refresh\": proxyconnect tcp: dial tcp:\n       lookup https: Temporary failure in name resolution", host: "https", port: 443, from: PortAssumed, kind: KindError, program: "Go", failure: FailureNoSuchHost, via: "api.snapcraft.io"},
	{name: "go proxyconnect lookup on one line", in: `error: cannot install "x": Post "https://api.snapcraft.io/v2/snaps/refresh": proxyconnect tcp: dial tcp: lookup proxy.corp.test on 127.0.0.53:53: no such host`, host: "proxy.corp.test", port: 443, kind: KindError, program: "Go", failure: FailureNoSuchHost, via: "api.snapcraft.io"},
	{name: "go wrapped lookup without a proxy has no via", in: "error: cannot install \"x\": Post\n       \"https://api.snapcraft.io/v2/snaps/refresh\": dial tcp:\n       lookup api.snapcraft.io: Temporary failure in name resolution", host: "api.snapcraft.io", port: 443, from: PortScheme, kind: KindError, program: "Go", failure: FailureNoSuchHost},
	{name: "go lookup", in: "dial tcp: lookup nowhere.corp.test on 127.0.0.53:53: no such host", host: "nowhere.corp.test", port: 443, kind: KindError, program: "Go", failure: FailureNoSuchHost},
	{name: "go ipv6", in: "dial tcp [2001:db8::1]:443: connect: network is unreachable", host: "2001:db8::1", port: 443, kind: KindError, program: "Go", failure: FailureUnreachable},
	{name: "go refused", in: "dial tcp 127.0.0.1:8080: connect: connection refused", host: "127.0.0.1", port: 8080, kind: KindError, program: "Go", failure: FailureRefused},

	// curl and git.
	{name: "curl 28", in: "curl: (28) Failed to connect to corp.internal port 443 after 130000 ms: Connection timed out", host: "corp.internal", port: 443, kind: KindError, program: "curl", failure: FailureTimeout},
	{name: "curl 7", in: "curl: (7) Failed to connect to 10.0.0.5 port 80 after 3 ms: Couldn't connect to server", host: "10.0.0.5", port: 80, kind: KindError, program: "curl"},
	{name: "curl 6", in: "curl: (6) Could not resolve host: foo.invalid", host: "foo.invalid", port: 443, kind: KindError, program: "curl", failure: FailureNoSuchHost},
	{name: "curl no host", in: "curl: (28) Connection timed out after 10001 milliseconds", kind: KindError, err: ErrNoTarget},
	{name: "git https", in: "fatal: unable to access 'https://github.com/org/repo.git/': Failed to connect to github.com port 443 after 21046 ms: Timed out", host: "github.com", port: 443, kind: KindError, program: "git", failure: FailureTimeout},
	{name: "git ssh", in: "ssh: connect to host github.com port 22: Connection timed out\nfatal: Could not read from remote repository.", host: "github.com", port: 22, kind: KindError, program: "ssh", failure: FailureTimeout},

	// ssh.
	{name: "ssh timeout", in: "ssh: connect to host 10.0.0.5 port 22: Connection timed out", host: "10.0.0.5", port: 22, kind: KindError, program: "ssh", failure: FailureTimeout},
	{name: "ssh resolve", in: "ssh: Could not resolve hostname bastion.corp: Name or service not known", host: "bastion.corp", port: 22, kind: KindError, program: "ssh", failure: FailureNoSuchHost},

	// kubectl and docker.
	{name: "kubectl io timeout", in: "Unable to connect to the server: dial tcp 10.0.0.1:6443: i/o timeout", host: "10.0.0.1", port: 6443, kind: KindError, program: "kubectl", failure: FailureTimeout},
	{name: "kubectl refused", in: "The connection to the server 10.96.0.1:6443 was refused - did you specify the right host or port?", host: "10.96.0.1", port: 6443, kind: KindError, program: "kubectl", failure: FailureRefused},
	{name: "traceback source line", in: "  File \"/usr/lib/python3.13/http/client.py\", line 1003, in connect\n    self.sock = self._create_connection(\n        (self.host,self.port), self.timeout, self.source_address)\n  File \"/usr/lib/python3.13/socket.py\", line 849, in create_connection\n    sock.connect(sa)\nTimeoutError: timed out", kind: KindError, err: ErrNoTarget},
	{name: "code attribute beside host", in: "    conn = connect(config.host, 5432)\npsycopg2.OperationalError: could not connect to server: Connection refused\n\tIs the server running on host \"db.corp.internal\" (10.0.0.5) and accepting\n\tTCP/IP connections on port 5432?", host: "db.corp.internal", port: 5432, kind: KindError, program: "PostgreSQL", failure: FailureRefused, addr: "10.0.0.5"},
	{name: "redis name not an ip", in: "Could not connect to Redis at 10.16.23.277:6379: Name or service not known", host: "10.16.23.277", port: 6379, from: PortExplicit, kind: KindError, program: "redis-cli", failure: FailureNoSuchHost},
	{name: "bad quad without resolve failure", in: "Could not connect to Redis at 10.16.23.277:6379: Connection refused", kind: KindError, err: ErrNoTarget},
	{name: "version is no name", in: "Build 10.0.300.1 ready\nssh: Could not resolve hostname: Name or service not known", kind: KindError, err: ErrNoTarget},
	{name: "user typed bad quad", in: "10.16.23.277", bad: true},
	// kubectl's words put a colon after "server"; Zabbix's proxy names the
	// server in brackets and is no kubectl.
	{name: "zabbix proxy not kubectl", in: "zabbix-proxy-mysql_1 | 194:20210315:145723.890 Unable to connect to the server [zabbix-server]:10051 [cannot resolve [zabbix-server]]. Will retry every 1 second(s)", host: "zabbix-server", port: 10051, kind: KindError, failure: FailureNoSuchHost},
	{name: "kubectl no host", in: "Unable to connect to the server: net/http: TLS handshake timeout", kind: KindError, err: ErrNoTarget},
	{name: "docker pull", in: `Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)`, host: "registry-1.docker.io", port: 443, kind: KindError, program: "Docker", failure: FailureTimeout},

	// Node.js.
	{name: "dotnet remote name ru", in: "System.Net.WebException: Невозможно разрешить удаленное имя: 'cdn.corp.internal'\n   в System.Net.HttpWebRequest.EndGetResponse(IAsyncResult asyncResult)", host: "cdn.corp.internal", port: 443, kind: KindError, program: ".NET", failure: FailureNoSuchHost},
	{name: "node etimedout", in: "Error: connect ETIMEDOUT 10.0.0.5:443\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)", host: "10.0.0.5", port: 443, kind: KindError, program: "Node.js", failure: FailureTimeout},
	{name: "node refused", in: "Error: connect ECONNREFUSED 127.0.0.1:5432", host: "127.0.0.1", port: 5432, kind: KindError, program: "Node.js", failure: FailureRefused},
	// DNS SRV names: the host after the service's labels, on its port;
	// Node's query errors are failed look-ups whatever their code.
	{name: "node querysrv mongodb", in: "Error: querySrv ETIMEOUT _mongodb._tcp.cluster0.abcde.mongodb.net\n    at QueryReqWrap.onresolve [as oncomplete] (dns.js:203:19) {\n  errno: undefined,\n  code: 'ETIMEOUT',\n  syscall: 'querySrv',\n  hostname: '_mongodb._tcp.cluster0.abcde.mongodb.net'\n}", host: "cluster0.abcde.mongodb.net", port: 27017, from: PortProgram, kind: KindError, program: "Node.js", failure: FailureNoSuchHost},
	{name: "kafkajs eacces ipv6 for broker", in: `{"level":"ERROR","logger":"kafkajs","message":"[Connection] Connection error: connect EACCES fe80::b03d:38e1:27b3:9e22:9092","broker":"W10-lTkFoL0JX1t.radisys.com:9092","clientId":"ScannerService","stack":"Error: connect EACCES fe80::b03d:38e1:27b3:9e22:9092\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1187:16)"}`, host: "w10-ltkfol0jx1t.radisys.com", port: 9092, kind: KindError, addr: "fe80::b03d:38e1:27b3:9e22"},
	{name: "node eacces ipv6", in: "Error: connect EACCES fe80::b03d:38e1:27b3:9e22:9092\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1187:16)", host: "fe80::b03d:38e1:27b3:9e22", port: 9092, kind: KindError, program: "Node.js"},
	{name: "node eacces unix socket", in: "Error: connect EACCES /var/run/docker.sock\n    at PipeConnectWrap.afterConnect [as oncomplete] (net.js:1141:16)", kind: KindError, err: ErrNoTarget},
	{name: "node eacces file", in: "Error: EACCES: permission denied, open '/root/.npm/_cacache/tmp/1a2b'", err: ErrNoTarget},
	{name: "node querysrv refused", in: "Error: querySrv ECONNREFUSED _mongodb._tcp.cluster0.abcde.mongodb.net", host: "cluster0.abcde.mongodb.net", port: 27017, from: PortProgram, kind: KindError, program: "Node.js", failure: FailureNoSuchHost},
	{name: "node querysrv ldap", in: "Error: querySrv ENOTFOUND _ldap._tcp.dc.corp.internal", host: "dc.corp.internal", port: 389, from: PortProgram, kind: KindError, program: "Node.js", failure: FailureNoSuchHost},
	{name: "node querya", in: "Error: queryA ETIMEOUT xmpp.corp.internal", host: "xmpp.corp.internal", port: 443, kind: KindError, program: "Node.js", failure: FailureNoSuchHost},
	{name: "srv xmpp client", in: "Failed to resolve SRV record _xmpp-client._tcp.chat.corp.internal: Name or service not known", host: "chat.corp.internal", port: 5222, from: PortProgram, kind: KindError, failure: FailureNoSuchHost},
	{name: "srv minecraft", in: "Could not resolve _minecraft._tcp.mc.corp.internal: no such host", host: "mc.corp.internal", port: 25565, from: PortProgram, kind: KindError, failure: FailureNoSuchHost},
	{name: "srv sip explicit port", in: "Failed to connect to _sip._udp.voip.corp.internal port 5070: Connection refused", host: "voip.corp.internal", port: 5070, kind: KindError, program: "curl", failure: FailureRefused},
	{name: "srv unknown service", in: "Failed to resolve _foo._tcp.svc.corp.internal: no such host", host: "svc.corp.internal", port: 443, kind: KindError, failure: FailureNoSuchHost},
	{name: "underscore label no proto", in: "Failed to resolve _ldap.corp.internal: no such host", host: "_ldap.corp.internal", port: 443, kind: KindError, failure: FailureNoSuchHost},
	{name: "srv labels not leading", in: "dial tcp: lookup x_ldap._tcp.corp.internal: no such host", host: "x_ldap._tcp.corp.internal", port: 443, kind: KindError, program: "Go", failure: FailureNoSuchHost},
	{name: "query word no dns", in: "Error: query ETIMEDOUT db.corp.internal:5432", host: "db.corp.internal", port: 5432, kind: KindError, program: "Node.js", failure: FailureTimeout},
	// curl 8 names the proxy it failed to reach after "via", not its port.
	{name: "curl via proxy", in: "warning: error: unable to download 'https://cache.nixos.org/sbv4n2c7f2rsmg8frg4jnaszzldl6db9.narinfo': Could not connect to server (7) Failed to connect to cache.nixos.org port 443 via localhost after 0 ms: Could not connect to server; retrying in 277 ms", host: "localhost", port: 1080, from: PortProgram, kind: KindError, program: "curl", via: "cache.nixos.org"},
	{name: "curl via proxy, no URL", in: "curl: (7) Failed to connect to github.com port 443 via proxy.corp.lan after 3 ms: Couldn't connect to server", host: "proxy.corp.lan", port: 1080, from: PortProgram, kind: KindError, program: "curl", via: "github.com"},
	{name: "curl via in prose is no proxy", in: "curl: (7) Failed to connect to github.com port 443 after 3 ms: Couldn't connect to server (via the VPN)", host: "github.com", port: 443, from: PortExplicit, kind: KindError, program: "curl"},
	{name: "node enotfound", in: "Error: getaddrinfo ENOTFOUND api.corp.internal", host: "api.corp.internal", port: 443, kind: KindError, program: "Node.js", failure: FailureNoSuchHost},
	// typesense-js's retry log: the node's host on Typesense's port 8108.
	{name: "typesense-js node lookup", in: "Request #1702018343205: Request to node 0 failed due to \"EAI_AGAIN getaddrinfo EAI_AGAIN typesense\"\nRequest #1702018343205: sleep for 4 seconds and then repeat the request...", host: "typesense", port: 8108, from: PortProgram, kind: KindError, program: "Node.js", failure: FailureNoSuchHost},
	{name: "old node enotfound name then host and port", in: "events.js:141\n      throw er; // Unhandled 'error' event\n      ^\n\nError: getaddrinfo ENOTFOUND a2paxuwr910.iot.us-west-2.amazonaws.com a2paxuwr910oz.iot.us-west-2.amazonaws.com:883\n    at errnoException (dns.js:26:10)\n    at GetAddrInfoReqWrap.onlookup [as oncomplete] (dns.js:77:26)", host: "a2paxuwr910.iot.us-west-2.amazonaws.com", port: 883, from: PortExplicit, kind: KindError, program: "Node.js", failure: FailureNoSuchHost},
	{name: "old node enotfound same name", in: "Error: getaddrinfo ENOTFOUND db.corp.internal db.corp.internal:5432", host: "db.corp.internal", port: 5432, from: PortExplicit, kind: KindError, program: "Node.js", failure: FailureNoSuchHost},
	{name: "node enotfound then a stack frame", in: "Error: getaddrinfo ENOTFOUND api.corp.internal at GetAddrInfoReqWrap.onlookup (dns.js:77:26)", host: "api.corp.internal", port: 443, kind: KindError, program: "Node.js", failure: FailureNoSuchHost},
	{name: "typesense-js node lookup with port", in: "Request #17: Request to Node 1 failed due to \"getaddrinfo ENOTFOUND search.internal:9108\"", host: "search.internal", port: 9108, from: PortExplicit, kind: KindError, program: "Node.js", failure: FailureNoSuchHost},
	{name: "a lookup outside typesense-js's quote", in: "Request to node 0 failed due to \"timeout\"\nError: getaddrinfo ENOTFOUND api.corp.internal", host: "api.corp.internal", port: 443, kind: KindError, program: "Node.js", failure: FailureNoSuchHost},

	// Python.
	// urllib3's plain HTTPConnection object dials HTTP's port; its
	// HTTPSConnection, HTTPS's; a pool's port is still the port.
	// urllib3's "Starting new HTTPS connection (n): x" names the host an
	// error that names none (an unnamed proxy refused) is about; HTTP's
	// on 80.
	{name: "urllib3 starting new https connection", in: "  Retrying (Retry(total=3, connect=None, read=None, redirect=None)) after connection broken by 'ProxyError('Cannot connect to proxy.', NewConnectionError('<pip._vendor.requests.packages.urllib3.connection.VerifiedHTTPSConnection object at 0x03A4CAF0>: Failed to establish a new connection: [Errno 10061] No connection could be made because the target machine actively refused it',))': /simple/numpy/\n  Starting new HTTPS connection (3): pypi.corp.test\n  Incremented Retry for (url='/simple/numpy/'): Retry(total=2, connect=None, read=None, redirect=None)", host: "pypi.corp.test", port: 443, kind: KindError, program: "pip", failure: FailureRefused},
	{name: "urllib3 starting new http connection", in: "Starting new HTTP connection (1): mirror.corp.test\nNewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f>: Failed to establish a new connection: [Errno 111] Connection refused')", host: "mirror.corp.test", port: 80, kind: KindError, program: "Python", failure: FailureRefused},
	{name: "urllib3 starting new connection cut", in: "Starting new HTTPS connection (1): \nNewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f>: Failed to establish a new connection: [Errno 111] Connection refused')", kind: KindError, err: ErrNoTarget},
	{name: "urllib3 http connection timeout", in: "  Retrying (Retry(total=4, connect=None, read=None, redirect=None)) after connection broken by 'ConnectTimeoutError(<pip._vendor.requests.packages.urllib3.connection.HTTPConnection object at 0x326da50>, 'Connection to download.corp.test timed out. (connect timeout=15)')': /pychart/PyChart-1.39.tar.gz", host: "download.corp.test", port: 80, kind: KindError, program: "pip", failure: FailureTimeout},
	{name: "urllib3 https connection timeout", in: "  Retrying (Retry(total=4, connect=None, read=None, redirect=None)) after connection broken by 'ConnectTimeoutError(<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f2a>, 'Connection to download.corp.test timed out. (connect timeout=15)')': /simple/x/", host: "download.corp.test", port: 443, kind: KindError, program: "pip", failure: FailureTimeout},
	{name: "urllib3 http connection pool port", in: "HTTPConnectionPool(host='api.corp.test', port=3001): Max retries exceeded with url: / (Caused by ConnectTimeoutError(<urllib3.connection.HTTPConnection object at 0x7f61ab83e3d0>, 'Connection to api.corp.test timed out. (connect timeout=5)'))", host: "api.corp.test", port: 3001, kind: KindError, program: "Python", failure: FailureTimeout},
	{name: "python requests", in: "requests.exceptions.ConnectTimeout: HTTPSConnectionPool(host='api.corp.internal', port=443): Max retries exceeded with url: /v1 (Caused by ConnectTimeoutError(<urllib3.connection.HTTPSConnection object at 0x7f>, 'Connection to api.corp.internal timed out. (connect timeout=10)'))", host: "api.corp.internal", port: 443, kind: KindError, program: "Python", failure: FailureTimeout},
	{name: "python http", in: "HTTPConnectionPool(host='10.0.0.9', port=8080): Read timed out. (read timeout=5)", host: "10.0.0.9", port: 8080, kind: KindError, program: "Python", failure: FailureTimeout},

	// Java.
	{name: "java no host", in: "java.net.ConnectException: Connection timed out: connect", kind: KindError, err: ErrNoTarget},
	{name: "java socket timeout no host", in: "java.net.SocketTimeoutException: connect timed out\n\tat java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:546)", kind: KindError, err: ErrNoTarget},
	{name: "java netty", in: "io.netty.channel.ConnectTimeoutException: connection timed out: api.corp.internal/10.0.0.5:443", host: "api.corp.internal", port: 443, kind: KindError, program: "Netty", failure: FailureTimeout, addr: "10.0.0.5"},
	{name: "java apache", in: "org.apache.http.conn.HttpHostConnectException: Connect to api.corp.internal:443 [api.corp.internal/10.0.0.5] failed: Connection timed out (Connection timed out)", host: "api.corp.internal", port: 443, kind: KindError, program: "Java", failure: FailureTimeout, addr: "10.0.0.5"},
	{name: "java unknown host", in: "java.net.UnknownHostException: db.internal.corp.test: Name or service not known", host: "db.internal.corp.test", port: 443, kind: KindError, program: "Java", failure: FailureNoSuchHost},

	// .NET / Windows.
	{name: "dotnet 10060", in: "System.Net.Sockets.SocketException (10060): A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond. 10.0.0.5:443", host: "10.0.0.5", port: 443, kind: KindError, program: ".NET", failure: FailureTimeout},
	{name: "dotnet httprequest", in: "System.Net.Http.HttpRequestException: A connection attempt failed because the connected party did not properly respond after a period of time (api.corp.internal:443)", host: "api.corp.internal", port: 443, kind: KindError, program: ".NET", failure: FailureTimeout},
	{name: "dotnet refused", in: "No connection could be made because the target machine actively refused it. (SocketException 10061) [::1]:5001", host: "::1", port: 5001, kind: KindError, program: ".NET", failure: FailureRefused},

	// psql and mysql.
	// libpq's words are every libpq client's (psycopg2, Ruby pg, pgAdmin):
	// PostgreSQL, and psql only when the paste shows psql itself.
	{name: "libpq in psycopg2", in: "sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at \"localhost\" (127.0.0.1), port 5432 failed: Connection refused\n        Is the server running on that host and accepting TCP/IP connections?", host: "localhost", port: 5432, kind: KindError, program: "PostgreSQL", failure: FailureRefused, addr: "127.0.0.1"},
	{name: "libpq in ruby pg", in: "PG::ConnectionBad: could not translate host name \"db.corp.test\" to address: Name or service not known", host: "db.corp.test", port: 5432, kind: KindError, program: "PostgreSQL", failure: FailureNoSuchHost},
	{name: "libpq after a psql command", in: "$ psql -h db.corp.test -U app\ncould not connect to server: Connection refused\n\tIs the server running on host \"db.corp.test\" (10.0.0.5) and accepting\n\tTCP/IP connections on port 5432?", host: "db.corp.test", port: 5432, kind: KindError, program: "psql", failure: FailureRefused, addr: "10.0.0.5"},
	{name: "psql new", in: "psql: error: connection to server at \"db.corp.internal\" (10.0.0.5), port 5432 failed: Connection timed out\n\tIs the server running on that host and accepting TCP/IP connections?", host: "db.corp.internal", port: 5432, kind: KindError, program: "psql", failure: FailureTimeout, addr: "10.0.0.5"},
	// The hint's lines in reverse order, a log exported newest first; a
	// port line with no host line under it names no host.
	{name: "libpq hint lines reversed", in: "2021-12-12 16:34:00,stdout,\tTCP/IP connections on port 5432?\n2021-12-12 16:34:00,stdout,\tIs the server running on host \"Tandoor_DB\" (172.18.0.4) and accepting\n2021-12-12 16:34:00,stdout,django.db.utils.OperationalError: could not connect to server: Host is unreachable", host: "tandoor_db", port: 5432, kind: KindError, program: "PostgreSQL", failure: FailureUnreachable, addr: "172.18.0.4"},
	{name: "libpq port line alone", in: "2021-12-12 16:34:00,stdout,\tTCP/IP connections on port 5432?\n2021-12-12 16:34:00,stdout,django.db.utils.OperationalError: could not connect to server: Host is unreachable", kind: KindError, err: ErrNoTarget},
	{name: "psql old", in: "psql: could not connect to server: Connection timed out\n\tIs the server running on host \"db.corp.internal\" (10.0.0.5) and accepting\n\tTCP/IP connections on port 5432?", host: "db.corp.internal", port: 5432, kind: KindError, program: "psql", failure: FailureTimeout, addr: "10.0.0.5"},
	{name: "mysql 2003 port", in: "ERROR 2003 (HY000): Can't connect to MySQL server on 'db.corp.internal:3306' (110)", host: "db.corp.internal", port: 3306, kind: KindError, program: "MySQL", failure: FailureTimeout},
	{name: "mariadb client no mysql word", in: "app db-migrate Can't connect to server on 'librarysearch-db-primary' (115)\napp db-migrate Mysql2::Error::ConnectionError: Can't connect to server on 'librarysearch-db-primary' (115) (Mysql2::Error::ConnectionError)", host: "librarysearch-db-primary", port: 3306, kind: KindError, program: "MySQL"},
	{name: "mariadb client refused", in: "ERROR 2002 (HY000): Can't connect to server on 'db.corp.internal' (111)", host: "db.corp.internal", port: 3306, kind: KindError, program: "MySQL", failure: FailureRefused},
	{name: "mariadb client timed out", in: "ERROR 2002 (HY000): Can't connect to server on '10.0.0.7' (110)", host: "10.0.0.7", port: 3306, kind: KindError, program: "MySQL", failure: FailureTimeout},
	{name: "another server on is no mysql", in: "Can't connect to the server on 'db.corp.internal' (115)", err: ErrNoTarget},
	{name: "mysql 2003 no port", in: "ERROR 2003 (HY000): Can't connect to MySQL server on '10.0.0.7' (10060)", host: "10.0.0.7", port: 3306, kind: KindError, program: "MySQL", failure: FailureTimeout},

	{name: "gateway page", in: `upstream request failed: Get "http://shop.corp.internal:8080/api": 504 Gateway Time-out`, host: "shop.corp.internal", port: 8080, kind: KindError, program: "Go", failure: FailureTimeout},

	// General rules found by reading fresh real pastes (issue 16).
	{name: "masked ip and port", in: "ssh: connect to host 52.x.x.x port 3xx: Connection timed out", err: ErrNoTarget},
	{name: "masked labels of a name", in: "ssh: connect to host ec2-xxx-xxx-xxx-xxx.compute-1.amazonaws.com port 22: Connection timed out", err: ErrNoTarget},
	{name: "svnkit masked labels before the tld", in: "ERROR c.c.d.c.DefaultSubversionClient - Subversion repo: http://xx.xx.xx.com/svn/testing/\norg.tmatesoft.svn.core.SVNException: svn: E175002: connection refused by the server\nsvn: E175002: OPTIONS request failed on '/svn/testing'", err: ErrNoTarget},
	{name: "asterisks before the tld", in: "curl: (7) Failed to connect to **.**.com port 443: Connection refused", err: ErrNoTarget},
	{name: "one masked label before the tld is a name", in: "ERROR c.c.d.c.DefaultSubversionClient - Subversion repo: http://x.com/svn/testing/\norg.tmatesoft.svn.core.SVNException: svn: E175002: connection refused by the server", host: "x.com", port: 80, kind: KindError, failure: FailureRefused},
	{name: "a kept label beside a masked one is a name", in: "ERROR c.c.d.c.DefaultSubversionClient - Subversion repo: http://xx.corp.com/svn/testing/\norg.tmatesoft.svn.core.SVNException: svn: E175002: connection refused by the server", host: "xx.corp.com", port: 80, kind: KindError, failure: FailureRefused},
	{name: "masked run in a label", in: "ssh: connect to host ecxxxxxxx.eu-north-1.compute.amazonaws.com port 22: Connection timed out", err: ErrNoTarget},
	{name: "masked port only", in: "ssh: connect to host app.corp.internal port 2xxx: Connection timed out", host: "app.corp.internal", port: 22, from: PortProgram, kind: KindError, program: "ssh", failure: FailureTimeout},
	{name: "to host port however spelt", in: "ssh:coonect to host 10.0.0.7 port 2222: Connection timed out", host: "10.0.0.7", port: 2222, kind: KindError, failure: FailureTimeout},
	{name: "name on a log line that did not fail", in: "[Error] System.Net.Sockets.SocketException (0x80004005): connection timed out 10.0.0.5:443\n[Info] Disconnect other.corp.internal:443", host: "10.0.0.5", port: 443, kind: KindError, program: ".NET", failure: FailureTimeout},
	{name: "request on the line before the dial", in: "npm ERR! fetch failed https://registry.corp.internal/pkg/-/pkg-1.0.0.tgz\nnpm WARN retry will retry, error on last attempt: Error: connect ETIMEDOUT 10.0.0.5:443", host: "registry.corp.internal", port: 443, kind: KindError, program: "npm", failure: FailureTimeout, addr: "10.0.0.5"},
	{name: "python proxy hop", in: "HTTPConnectionPool(host='10.0.0.8', port=3128): Max retries exceeded with url: http://api.corp.internal/v1 (Caused by ProxyError('Cannot connect to proxy.', NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f>: Failed to establish a new connection: [Errno 110] Connection timed out')))", host: "10.0.0.8", port: 3128, kind: KindError, program: "Python", failure: FailureTimeout, via: "api.corp.internal"},
	{name: "url cut after the host", in: "[curl] 28: Operation timed out after 30750 milliseconds with 0 out of -1 bytes received [url] http://ww....", err: ErrNoTarget},
	{name: "powershell url cut", in: "Invoke-WebRequest : Unable to connect to the remote server\nAt line:1 char:85\n+ ... Invoke-WebRequest -UseBasicParsing 'https://raw.githubuse ...", err: ErrNoTarget},
	{name: "url host like a file name", in: "invoke-webrequest -method put -infile ./hello.txt https://transfer.sh/hello.txt\ninvoke-webrequest : Unable to connect to the remote server", host: "transfer.sh", port: 443, kind: KindError},
	{name: "markdown autolink", in: "irm : Unable to connect to the remote server\nAt line:1 char:1\n+ irm [corp.internal/win](http://corp.internal/win) | iex", host: "corp.internal", port: 80, kind: KindError},
	{name: "innermost go request", in: "Get https://registry.corp.internal/v2/: Get https://auth.corp.internal/token?scope=pull: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)", host: "auth.corp.internal", port: 443, kind: KindError, program: "Go", failure: FailureTimeout},
	{name: "status returned from wrapped host", in: "│ failed to retrieve cryptographic signature for provider: the request failed\n│ after 2 attempts, please try again later: 504 Gateway Timeout returned from\n│ releases.corp.internal\n╵", host: "releases.corp.internal", port: 443, kind: KindError, failure: FailureTimeout},
	{name: "cloudflare error page", in: "openai.error.APIError: HTTP code 522 from API (<!DOCTYPE html>\n<head>\n<title>api.corp.internal | 522: Connection timed out</title>", host: "api.corp.internal", port: 443, kind: KindError, program: "Cloudflare", failure: FailureTimeout},
	{name: "rsync daemon", in: "rsync: failed to connect to backup.corp.internal: Connection refused (111)\nrsync error: error in socket IO (code 10) at clientserver.c(127) [Receiver=3.1.3]", host: "backup.corp.internal", port: 873, from: PortProgram, kind: KindError, program: "rsync", failure: FailureRefused},
	{name: "libpq closed unexpectedly under a syslog prefix", in: "Mar 05 13:23:19 fastpath detector[14668]:     rw_conn.poll()\nMar 05 13:23:19 fastpath detector[14668]: psycopg2.OperationalError: server closed the connection unexpectedly\nMar 05 13:23:19 fastpath detector[14668]:         This probably means the server terminated abnormally", err: ErrNoTarget},
	{name: "rubygems url fetched after the failure", in: "ERROR: Could not find a valid gem 'bundler' (>= 0), here is why:\n          Unable to download data from https://gems.corp.test/ - timed out(https://api.gems.corp.test/specs.4.8.gz)", host: "api.gems.corp.test", port: 443, kind: KindError, failure: FailureTimeout},
	{name: "rubygems ssl url fetched", in: "Unable to download data from https://gems.corp.test/ - SSL_connect returned=1 errno=0 state=error: certificate verify failed (https://index.gems.corp.test/specs.4.8.gz)", host: "index.gems.corp.test", port: 443, kind: KindError, failure: FailureTLS},
	{name: "rubygems refused url fetched", in: "Unable to download data from http://gems.corp.test/ - Errno::ECONNREFUSED: Failed to open TCP connection to gems.corp.test:80 (Connection refused - connect(2) for \"gems.corp.test\" port 80) (http://gems.corp.test/specs.4.8.gz)", host: "gems.corp.test", port: 80, kind: KindError, program: "Ruby", failure: FailureRefused},
	{name: "bracketed url after no failure words", in: "Downloading from https://gems.corp.test/ - mirror (https://mirror.corp.test/x.gz)\nError: timed out", host: "gems.corp.test", port: 443, kind: KindError, failure: FailureTimeout},
	{name: "obd ssh login connect failed", in: "Load cluster param plugin ok\nOpen ssh connection x\n[ERROR] OBD-1013: root@10.0.0.3 connect failed: time out", host: "10.0.0.3", port: 22, kind: KindError, program: "ssh", failure: FailureTimeout},
	{name: "ssh as a word of a sentence names no host", in: "Open ssh connection x\nerror: timed out", err: ErrNoTarget},
	{name: "vagrant retries end timed out", in: "    default: SSH address: 127.0.0.1:2222\n    default: SSH username: vagrant\n    default: SSH auth method: private key\n    default: Warning: Connection refused. Retrying...\n    default: Warning: Connection timeout. Retrying...\n    default: Warning: Connection timeout. Retrying...", host: "127.0.0.1", port: 2222, kind: KindError, failure: FailureTimeout},
	{name: "vagrant retries then a disconnect keep their kind", in: "    default: SSH address: 127.0.0.1:2222\n    default: SSH username: vagrant\n    default: SSH auth method: private key\n    default: Warning: Connection timeout. Retrying...\n    default: Warning: Remote connection disconnect. Retrying...", host: "127.0.0.1", port: 2222, kind: KindError, failure: FailureTimeout},
	{name: "retries of one kind, then another line's", in: "    default: SSH address: 127.0.0.1:2222\n    default: SSH username: vagrant\n    default: SSH auth method: private key\n    default: Warning: Connection refused. Retrying...\n    default: Warning: Connection refused. Retrying...\nTimed out while waiting for the machine to boot.", host: "127.0.0.1", port: 2222, kind: KindError, failure: FailureRefused},
	{name: "ntpdate command then no server suitable", in: "# ntpdate time.nist.gov\n29 Mar 22:22:28 ntpdate[22256]: no server suitable for synchronization found\n# ntpdate pool.ntp.org\n29 Mar 22:27:26 ntpdate[22312]: adjust time server 85.199.214.101 offset -0.001401 sec", host: "time.nist.gov", port: 123, kind: KindError, program: "ntpdate"},
	{name: "ntpdate command with options, name server cannot be used", in: "$ sudo ntpdate -u ntp.corp.test\n 5 Apr 10:00:00 ntpdate[123]: name server cannot be used: Temporary failure in name resolution (-3)", host: "ntp.corp.test", port: 123, kind: KindError, program: "ntpdate", failure: FailureNoSuchHost},
	{name: "ntpdate can't find host, a dotless name", in: " 5 Apr 10:00:00 ntpdate[123]: Can't find host ntp1: Name or service not known (-2)\n 5 Apr 10:00:00 ntpdate[123]: no servers can be used, exiting", host: "ntp1", port: 123, kind: KindError, program: "ntpdate", failure: FailureNoSuchHost},
	{name: "can't find host of another program is no ntpdate's", in: "Error int main Can't find host ntp1: lookup failed", err: ErrNoTarget},
	{name: "ntpdate in a sentence names no host", in: "# ntpdate is deprecated, use chronyd\nerror: Connection timed out", err: ErrNoTarget},
	{name: "ssh child died is prose, the redacted slot names no host", in: "[12:24:20.735] stderr> ssh: connect to host <host> port 22: Operation timed out\n[12:24:20.738] > local-server-3> ssh child died, shutting down\n[12:24:20.746] Local server exit: 0", err: ErrNoTarget},
	{name: "ssh slot redacted as <hostname>, no fallback to the command's host", in: "ssh: connect to host <hostname> port 22: Operation timed out\nRunning ssh connection command: ssh -v -T -D 63102 -o ConnectTimeout=15 devbox", err: ErrNoTarget},
	{name: "ssh slot redacted as ***, no fallback", in: "ssh: connect to host *** port 22: Connection refused\n$ ssh -o ConnectTimeout=15 devbox", err: ErrNoTarget},
	{name: "ssh slot named, the command's option states no failure", in: "ssh: connect to host 10.1.2.3 port 22: Operation timed out\nRunning ssh connection command: ssh -v -T -D 63102 -o ConnectTimeout=15 devbox", host: "10.1.2.3", port: 22, kind: KindError, program: "ssh", failure: FailureTimeout},
	{name: "ssh word then a verb ending a clause is prose", in: "> ssh worker exited, retrying\nerror: Connection timed out", err: ErrNoTarget},
	{name: "ssh command line with a host alias after a prompt", in: "local-server-3> ssh devbox\nssh: connect to host devbox port 22: Operation timed out", host: "devbox", port: 22, kind: KindError, program: "ssh", failure: FailureTimeout},
	{name: "ssh command line with a remote command", in: "$ ssh devbox uptime\nssh: connect to host devbox port 22: Connection refused", host: "devbox", port: 22, kind: KindError, program: "ssh", failure: FailureRefused},
	{name: "ssh after sudo names an alias", in: "$ sudo ssh buildbox\nssh: connect to host buildbox port 22: Connection refused", host: "buildbox", port: 22, kind: KindError, program: "ssh", failure: FailureRefused},
	{name: "ssh in a sentence with a real host", in: "Opening ssh db.corp.test\nerror: timed out", host: "db.corp.test", port: 22, kind: KindError, program: "ssh", failure: FailureTimeout},
	{name: "whois client getaddrinfo", in: "whois registry.sx\ngetaddrinfo(whois.sx): Temporary failure in name resolution", host: "whois.sx", port: 43, from: PortProgram, kind: KindError, failure: FailureNoSuchHost},
	{name: "gethostbyname named", in: "gethostbyname(mirror.corp.test): Unknown host", host: "mirror.corp.test", port: 443, kind: KindError, failure: FailureNoSuchHost},
	{name: "whois. host with no whois command", in: "getaddrinfo(whois.sx): Temporary failure in name resolution", host: "whois.sx", port: 443, kind: KindError, failure: FailureNoSuchHost},
	{name: "getaddrinfo in code names no host", in: "    for res in socket.getaddrinfo(host, port, family, socket.SOCK_STREAM):\nsocket.gaierror: [Errno -2] Name or service not known", err: ErrNoTarget},
	{name: "grpc handshaker shutdown under a code comment", in: "  File \"/srv/app/client.py\", line 60, in check\n    result = stub.GetModelStatus(request, 25)  # 5 secs timeout\n  File \"/usr/lib/python3/grpc/_channel.py\", line 849, in _end_unary_response_blocking\n    raise _InactiveRpcError(state)\ngrpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.UNAVAILABLE\n\tdetails = \"failed to connect to all addresses; last error: UNKNOWN: ipv4:10.0.0.57:8500: tcp handshaker shutdown\"", host: "10.0.0.57", port: 8500, kind: KindError, program: "gRPC"},
	{name: "grpc connect timed out under a code comment", in: "  File \"/srv/app/client.py\", line 60, in check\n    result = stub.GetModelStatus(request, 25)  # 5 secs timeout\n  File \"/usr/lib/python3/grpc/_channel.py\", line 849, in _end_unary_response_blocking\n    raise _InactiveRpcError(state)\ngrpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.UNAVAILABLE\n\tdetails = \"failed to connect to all addresses; last error: UNKNOWN: ipv4:10.0.0.57:8500: Failed to connect to remote host: Connection timed out\"", host: "10.0.0.57", port: 8500, kind: KindError, program: "gRPC", failure: FailureTimeout},
	{name: "grpc deadline exceeded", in: "grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.DEADLINE_EXCEEDED\n\tdetails = \"failed to connect to all addresses; last error: UNKNOWN: ipv4:10.0.0.57:8500: Deadline Exceeded\"", host: "10.0.0.57", port: 8500, kind: KindError, program: "gRPC", failure: FailureTimeout},
	{name: "zookeeper ipv6 in full as name and address", in: "java.net.ConnectException: Connection refused: no further information\n\tat sun.nio.ch.SocketChannelImpl.checkConnect(Native Method) ~[na:1.8.0_45]\n2017-03-01 22:12:04.378  INFO 8872 --- [0:0:0:0:1:2181)] org.apache.zookeeper.ClientCnxn          : Opening socket connection to server 0:0:0:0:0:0:0:1/0:0:0:0:0:0:0:1:2181. Will not attempt to authenticate using SASL (unknown error)", host: "::1", port: 2181, kind: KindError, program: "Java", failure: FailureRefused},
	{name: "zookeeper localhost with ipv6 in full", in: "Opening socket connection to server localhost/0:0:0:0:0:0:0:1:2181. Will not attempt to authenticate using SASL (unknown error)\njava.net.ConnectException: Connection refused", host: "localhost", port: 2181, kind: KindError, program: "Java", failure: FailureRefused, addr: "::1"},
	{name: "zookeeper name with ipv4", in: "Opening socket connection to server zk1.corp.test/10.0.0.5:2181. Will not attempt to authenticate using SASL (unknown error)\njava.net.ConnectException: Connection refused", host: "zk1.corp.test", port: 2181, kind: KindError, program: "Java", failure: FailureRefused, addr: "10.0.0.5"},
	{name: "logback's cut thread name is no host", in: "2017-03-01 22:12:08.909  WARN 8872 --- [0:0:0:0:1:2181)] org.apache.zookeeper.ClientCnxn          : Session 0x0 for server null, unexpected error, closing socket connection and attempting reconnect\njava.net.ConnectException: Connection refused", err: ErrNoTarget},
	{name: "squid error page english", in: "The following error was encountered while trying to retrieve the URL: http://www.corp.test/\n\n    Connection to 10.0.0.114 failed.\n\nThe system returned: (111) Connection refused", host: "www.corp.test", port: 80, kind: KindError, failure: FailureRefused, addr: "10.0.0.114"},
	{name: "squid error page german", in: "Der folgende Fehler wurde beim Versuch die URL http://www.corp.test/ zu\nholen festgestellt:\n\n    Verbindung zu 10.0.0.114 Fehlgeschlagen.\n\nDas System antwortete: (111) Connection refused", host: "www.corp.test", port: 80, kind: KindError, failure: FailureRefused, addr: "10.0.0.114"},
	{name: "squid error page french", in: "L'erreur suivante s'est produite en essayant d'accéder à l'URL : http://www.corp.test/\n\n    La connexion 10.0.0.114 a échouée.\n\nLe système a retourné : (110) Connection timed out", host: "www.corp.test", port: 80, kind: KindError, failure: FailureTimeout, addr: "10.0.0.114"},
	{name: "squid error page japanese", in: "URL http://www.corp.test/ を取得しようとしている際に、次のエラーが発生しました:\n\n    10.0.0.114 に接続できませんでした。\n\nシステムの応答: (111) Connection refused", host: "www.corp.test", port: 80, kind: KindError, failure: FailureRefused, addr: "10.0.0.114"},
	{name: "connection to an address that worked is no squid address", in: "The following error was encountered while trying to retrieve the URL: http://www.corp.test/\n\n    Connection to 10.0.0.114 established.\n\nThe system returned: (111) Connection refused", host: "www.corp.test", port: 80, kind: KindError, failure: FailureRefused},
	{name: "windows ping zh-CN statistics", in: "来自 10.0.4.1 的回复: 字节=32 时间=1ms TTL=255\n请求超时。\n来自 10.0.4.1 的回复: 字节=32 时间=2ms TTL=255\n\n10.0.4.1 的 Ping 统计信息:\n    数据包: 已发送 = 12732，已接收 = 12460，丢失 = 272 (2% 丢失)，", host: "10.0.4.1", port: 443, kind: KindError, failure: FailureTimeout},
	{name: "windows ping de statistics", in: "Zeitüberschreitung der Anforderung.\nZeitüberschreitung der Anforderung.\n\nPing-Statistik für 10.0.4.1:\n    Pakete: Gesendet = 2, Empfangen = 0, Verloren = 2\n    (100% Verlust),", host: "10.0.4.1", port: 443, kind: KindError, failure: FailureTimeout},
	{name: "windows ping ru statistics", in: "Превышен интервал ожидания для запроса.\n\nСтатистика Ping для 10.0.4.1:\n    Пакетов: отправлено = 1, получено = 0, потеряно = 1\n    (100% потерь)", host: "10.0.4.1", port: 443, kind: KindError, failure: FailureTimeout},
	{name: "windows ping ko statistics", in: "요청 시간이 만료되었습니다.\n\n10.0.4.1에 대한 Ping 통계:\n    패킷: 보냄 = 1, 받음 = 0, 손실 = 1 (100% 손실),", host: "10.0.4.1", port: 443, kind: KindError, failure: FailureTimeout},
	{name: "windows ping ja statistics", in: "要求がタイムアウトしました。\n\nrouter.corp.test の ping 統計:\n    パケット数: 送信 = 1、受信 = 0、損失 = 1 (100% の損失)、", host: "router.corp.test", port: 443, kind: KindError, failure: FailureTimeout},
	{name: "windows ping statistics all replied", in: "Respuesta desde 10.0.4.1: bytes=32 tiempo=1ms TTL=255\n\nEstadísticas de ping para 10.0.4.1:\n    Paquetes: enviados = 1, recibidos = 1, perdidos = 0", host: "10.0.4.1", port: 443, kind: KindError},
	{name: "statistics of no host", in: "Statistiques Ping pour la semaine :\nDélai d'attente de la demande dépassé.", err: ErrNoTarget},
	{name: "java getLocalHost is this computer's own name", in: "java.net.UnknownHostException: buildhost.corp.test: buildhost.corp.test: Name or service not known\n\tat java.net.InetAddress.getLocalHost(InetAddress.java:1505)\n\tat com.corp.app.Main.main(Main.java:24)\nCaused by: java.net.UnknownHostException: buildhost.corp.test: Name or service not known\n\tat java.net.Inet6AddressImpl.lookupAllHostAddr(Native Method)", err: ErrNoTarget},
	{name: "java lookup of a host it connects to", in: "java.net.UnknownHostException: repo.corp.test: Name or service not known\n\tat java.net.Inet6AddressImpl.lookupAllHostAddr(Native Method)\n\tat java.net.InetAddress.getAllByName0(InetAddress.java:1281)\n\tat java.net.Socket.connect(Socket.java:589)", host: "repo.corp.test", port: 443, kind: KindError, program: "Java", failure: FailureNoSuchHost},
	{name: "rsync 3.2 role tag", in: "rsync: [Receiver] failed to connect to mirror.corp.test (10.0.0.5): Connection timed out (110)\nrsync error: error in socket IO (code 10) at clientserver.c(141) [Receiver=3.4.3]", host: "mirror.corp.test", port: 873, from: PortProgram, kind: KindError, program: "rsync", failure: FailureTimeout, addr: "10.0.0.5"},
	{name: "rsync role tag in ansible json", in: `"msg": "rsync: [sender] failed to connect to 10.0.0.5 (10.0.0.5): Connection refused (111)\nrsync error: error in socket IO (code 10) at clientserver.c(139) [sender=3.2.7]\n"`, host: "10.0.0.5", port: 873, from: PortProgram, kind: KindError, program: "rsync", failure: FailureRefused},
	{name: "role tag of another program is no rsync", in: "myapp: [Receiver] failed to connect to db.corp.test: Connection refused", host: "db.corp.test", port: 443, kind: KindError, failure: FailureRefused},
	{name: "rsync getaddrinfo", in: "rsync: getaddrinfo: mirror.corp.test 873: Temporary failure in name resolution\nrsync error: error in socket IO (code 10) at clientserver.c(127) [Receiver=3.1.3]", host: "mirror.corp.test", port: 873, kind: KindError, program: "rsync", failure: FailureNoSuchHost},
	// A getaddrinfo with a name, a comma and a port.
	{name: "getaddrinfo name comma port", in: "how to solve Failed getaddrinfo xiangxiaoyudeMacBook-Pro.local , 58472 : -2 : Name or service not known", host: "xiangxiaoyudemacbook-pro.local", port: 58472, kind: KindError, failure: FailureNoSuchHost},
	{name: "getaddrinfo name comma port tight", in: "Failed getaddrinfo aria2.lan,6800: -3: Temporary failure in name resolution", host: "aria2.lan", port: 6800, kind: KindError, failure: FailureNoSuchHost},
	{name: "getaddrinfo without name", in: "Failed getaddrinfo(): Name or service not known", kind: KindError, err: ErrNoTarget},
	// Network UPS Tools' ups@host on upsd's port 3493.
	{name: "nut upsc refused", in: "[08:59:06] 19wolf@localhost:/etc/nut$ sudo upsc apc@localhost\nError: Connection failure: Connection refused", host: "localhost", port: 3493, kind: KindError, program: "NUT", failure: FailureRefused},
	{name: "nut upsc port", in: "$ upsc myups@nas.lan:3494 ups.status\nError: Connection failure: Connection timed out", host: "nas.lan", port: 3494, kind: KindError, program: "NUT", failure: FailureTimeout},
	{name: "nut upsmon poll", in: "  55.088474 pollups: remote@192.168.40.4\n  60.088024 Poll UPS [remote@192.168.40.4] failed - Server disconnected\n  60.088067 do_notify: ntype 0x0005 (COMMBAD)", host: "192.168.40.4", port: 3493, kind: KindError, program: "NUT", failure: FailureReset},
	{name: "nut upsc list names no ups", in: "$ upsc -l\nError: Connection failure: Connection refused", kind: KindError, err: ErrNoTarget},
	{name: "ups word with at is no nut", in: "backups user@files.corp.test: Connection refused", host: "files.corp.test", port: 443, kind: KindError, failure: FailureRefused},
	// Pi-hole's gravity update: a list's host, then its status.
	{name: "pihole gravity target refused", in: "  [i] Target: raw.githubusercontent.com (notserious)\n  [✗] Status: Connection Refused\n  [✗] List download failed: no cached list available", host: "raw.githubusercontent.com", port: 443, kind: KindError, program: "Pi-hole", failure: FailureRefused},
	{name: "pihole gravity target word", in: "  [i] Target: build (release)\n  [✗] Status: Connection Refused", kind: KindError, err: ErrNoTarget},
	{name: "pihole gravity target retrieved", in: "  [i] Target: raw.githubusercontent.com (hosts)\n  [✓] Status: Retrieval successful\n  [i] Target: v.firebog.net (AdguardDNS.txt)\n  [✗] Status: Connection Refused", host: "v.firebog.net", port: 443, kind: KindError, program: "Pi-hole", failure: FailureRefused},
	{name: "rsync module", in: "$ rsync -av mirror.corp.test::pub/linux /srv/mirror\nrsync: getaddrinfo: mirror.corp.test: Name or service not known", host: "mirror.corp.test", port: 873, kind: KindError, program: "rsync", failure: FailureNoSuchHost},
	{name: "wget2 schemeless", in: "$ time wget2 -O test.txt missing.corp.internal\nFailed to resolve missing.corp.internal (Name or service not known)\nFailed to resolve missing.corp.internal (Name or service not known)", host: "missing.corp.internal", port: 80, from: PortProgram, kind: KindError, program: "wget", failure: FailureNoSuchHost},
	{name: "wget https given", in: "$ wget https://missing.corp.internal/x\nResolving missing.corp.internal (missing.corp.internal)... failed: Name or service not known.", host: "missing.corp.internal", port: 443, kind: KindError, program: "wget", failure: FailureNoSuchHost},
	{name: "url rsync", in: "rsync://mirror.corp.internal/pub", host: "mirror.corp.internal", port: 873, from: PortScheme, kind: KindURL},
	{name: "test-connection", in: "PS > Test-Connection corp.test\n\n   Destination: corp.test\n\n   1 localhost        *     *     * TimedOut", host: "corp.test", port: 443, from: PortAssumed, kind: KindError, failure: FailureTimeout},
	{name: "windows ping", in: "C:\\>ping db.corp.internal\n\nPinging db.corp.internal [10.0.0.5] with 32 bytes of data:\nRequest timed out.\nRequest timed out.", host: "db.corp.internal", port: 443, kind: KindError, failure: FailureTimeout, addr: "10.0.0.5"},
	{name: "word cut in a padded box", in: "  [Composer\\Downloader\\TransportException]  \n  The \"https://repo.corp.test/packages.json\" file could not be downloaded: failed to open stream: Connection timed o  \n  ut.", host: "repo.corp.test", port: 443, kind: KindError, failure: FailureTimeout},

	{name: "unix socket upstream", in: "2021/12/31 13:40:37 [error] 13#13: *142993 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 127.0.0.1, server: , request: \"POST /api/save HTTP/1.1\", upstream: \"fastcgi://unix:///var/run/php-fpm.sock\", host: \"api\"", err: ErrNoTarget},
	{name: "docker image reference", in: "Error: copying system image: determining manifest MIME type for docker://registry.corp.internal/app:latest: Get \"https://registry.corp.internal/v2/app/manifests/latest\": net/http: TLS handshake timeout", host: "registry.corp.internal", port: 443, kind: KindError, program: "Go", failure: FailureTimeout},
	{name: "ansible inventory label", in: "web1 | UNREACHABLE! => {\n    \"changed\": false,\n    \"msg\": \"Failed to connect to the host via ssh: ssh: connect to host 10.0.0.9 port 22: Connection timed out\",\n    \"unreachable\": true\n}", host: "10.0.0.9", port: 22, kind: KindError, program: "ssh", failure: FailureTimeout},
	{name: "r curl bracketed host", in: "Error in curl::curl_fetch_memory(url, handle = handle) : \n  Timeout was reached: [api.corp.internal] Resolving timed out after 10000 milliseconds", host: "api.corp.internal", port: 443, kind: KindError, program: "R", failure: FailureNoSuchHost},
	{name: "name and address on the failing line", in: "Checking api.corp.internal (10.0.0.5) (1)...   OK\nChecking db.corp.internal (10.0.0.6) (2)...   ERROR\n    Timed out trying to connect to host", host: "db.corp.internal", port: 443, kind: KindError, failure: FailureTimeout, addr: "10.0.0.6"},
	{name: "git gnutls handshake", in: "fatal: 无法访问 'https://git.corp.internal/team/repo.git/'：gnutls_handshake() failed: The TLS connection was non-properly terminated.", host: "git.corp.internal", port: 443, kind: KindError, failure: FailureTLS},
	{name: "elixir hex closed", in: "Registry update failed (http_error)\n{:failed_connect, [{:to_address, {'repo.corp.internal', 443}}, {:inet, [:inet], :closed}]}\n** (Mix) Failed to fetch registry", host: "repo.corp.internal", port: 443, kind: KindError, program: "Erlang", failure: FailureReset},
	{name: "python ssl error", in: "ERROR: gcloud crashed (SSLError): HTTPSConnectionPool(host='oauth2.corp.internal', port=443): Max retries exceeded with url: /token (Caused by SSLError(SSLEOFError(8, 'EOF occurred in violation of protocol (_ssl.c:1129)')))", host: "oauth2.corp.internal", port: 443, kind: KindError, program: "Python", failure: FailureTLS},
	{name: "go url machine named myserver", in: "UPSTREAM_ERROR: Failed to query any nsqd: Get http://MyServer:4151/stats?format=json: dial tcp: lookup MyServer on 8.8.8.8:53: no such host", host: "myserver", port: 4151, kind: KindError, program: "Go", failure: FailureNoSuchHost},
	{name: "go lookup myserver", in: "dial tcp: lookup myserver on 127.0.0.53:53: no such host", host: "myserver", port: 443, kind: KindError, program: "Go", failure: FailureNoSuchHost},
	{name: "placeholder your server", in: "curl: (6) Could not resolve host: yourserver", kind: KindError, err: ErrNoTarget},
	{name: "placeholder my server domain", in: "curl: (6) Could not resolve host: myserver.com", kind: KindError, err: ErrNoTarget},
	{name: "placeholder my-host-name", in: "curl: (6) Could not resolve host: my-host-name", kind: KindError, err: ErrNoTarget},
	{name: "go dial my ip stand-in", in: "login to the server failed: dial tcp myip:7000: i/o timeout. With loginFailExit enabled, no additional retries will be attempted", err: ErrNoTarget},
	{name: "go dial my addr stand-in capitalised", in: "connect to server error: dial tcp MyAddr:7000: i/o timeout", err: ErrNoTarget},
	// A server's address word ("serverIP", "your-server-ip") stands in
	// for the address; a server's own name ("server1", "serverpi") is one.
	{name: "nginx upstream server ip stand-in", in: "2022/11/25 08:49:36 [error] 1279#1279: *23670 upstream timed out (110: Connection timed out) while connecting to upstream, client: 172.68.154.121, server: nginxproxymanager.domain.com, request: \"GET / HTTP/2.0\", upstream: \"http://serverIP:81/\", host: \"nginxproxymanager.domain.com\", referrer: \"http://serverIP:81/\"", kind: KindError, err: ErrNoTarget, failure: FailureTimeout},
	{name: "go dial your server ip stand-in", in: "dial tcp your-server-ip:7000: i/o timeout", kind: KindError, err: ErrNoTarget},
	{name: "nginx upstream machine named serverpi", in: "2022/11/25 08:49:36 [error] 1279#1279: *23670 upstream timed out (110: Connection timed out) while connecting to upstream, client: 172.68.154.121, server: proxy.corp.test, request: \"GET / HTTP/2.0\", upstream: \"http://serverpi:81/\", host: \"proxy.corp.test\"", host: "serverpi", port: 81, kind: KindError, failure: FailureTimeout},
	{name: "go dial machine named myipcam", in: "connect to server error: dial tcp myipcam:7000: i/o timeout", host: "myipcam", port: 7000, kind: KindError, program: "Go", failure: FailureTimeout},
	{name: "librdkafka broker name with letters over its middle", in: "RDKAFKA-3-FAIL: client01.X.Y.Z.com:9092/0: Connect to ipv4#<broker_address>:9092 failed: Connection refused", err: ErrNoTarget},
	{name: "go dial name with two one-letter labels", in: "dial tcp db.x.y.example.io:5432: connect: connection refused", host: "db.x.y.example.io", port: 5432, kind: KindError, program: "Go", failure: FailureRefused},
	{name: "clickhouse name and address dialled in parentheses", in: "Connecting to localhost:9000.\nCode: 210. DB::NetException: Connection refused: (localhost:9000, ::1)", host: "localhost", port: 9000, kind: KindError, failure: FailureRefused, addr: "::1"},
	{name: "clickhouse timeout with milliseconds in parentheses", in: "Code: 209. DB::NetException: Timeout exceeded while reading from socket (ch1.example.io:9000, 30000 ms)", host: "ch1.example.io", port: 9000, kind: KindError, failure: FailureTimeout},
	{name: "copilot diagnostics dns lookup then fetch reset", in: "DNS Lookup api.githubcopilot.com: 140.82.112.21\n\nFetching https://api.githubcopilot.com/_ping:\n- Electron Fetcher (configured): Error: net::ERR_CONNECTION_RESET\n- Node Fetcher: Error: read ECONNRESET", host: "api.githubcopilot.com", port: 443, kind: KindError, failure: FailureReset, addr: "140.82.112.21"},
	{name: "copilot diagnostics dns lookup of another name", in: "DNS Lookup api.github.com: 140.82.112.6\n\nFetching https://api.githubcopilot.com/_ping:\n- Electron Fetcher (configured): Error: net::ERR_CONNECTION_RESET", host: "api.githubcopilot.com", port: 443, kind: KindError, failure: FailureReset},
	{name: "xmrig pool then address dialled", in: "pool.supportxmr.com:3333 192.168.4.1 connection error: \"Connection refused.\"", host: "pool.supportxmr.com", port: 3333, kind: KindError, failure: FailureRefused, addr: "192.168.4.1"},
	{name: "name then address without xmrig's error word", in: "pool.supportxmr.com:3333 192.168.4.1 connection refused", host: "pool.supportxmr.com", port: 3333, kind: KindError, failure: FailureRefused},
	{name: "filebeat elasticsearch output EOF before a later kafka refusal", in: "i always got \n Failed to connect to backoff(elasticsearch(http://172.3.100.117:9200)): Get http://172.3.100.117:9200: EOF\n\nwhen i turn to use kafka \ni got\nFailed to connect to broker 172.3.100.117:9092: dial tcp 172.3.100.117:9092: connectex: No connection could be made because the target machine actively refused it.", host: "172.3.100.117", port: 9200, kind: KindError, program: "Go", failure: FailureReset},
	{name: "filebeat logstash output names the service it dialled", in: "ERROR\tpipeline/output.go:100\tFailed to connect to backoff(async(tcp://logstash:5044)): dial tcp 172.18.0.5:5044: connect: connection refused", host: "logstash", port: 5044, kind: KindError, program: "Go", failure: FailureRefused, addr: "172.18.0.5"},
	{name: "logstash manticore resolution failure in an unreachable pool", in: "[2021-06-27T15:35:30,864][WARN ][logstash.outputs.elasticsearch][main] Attempted to resurrect connection to dead ES instance, but got an error {:url=>\"http://locahost:9200/\", :exception=>LogStash::Outputs::ElasticSearch::HttpClient::Pool::HostUnreachableError, :message=>\"Elasticsearch Unreachable: [http://locahost:9200/][Manticore::ResolutionFailure] locahost\"}", host: "locahost", port: 9200, kind: KindError, failure: FailureNoSuchHost},
	{name: "logstash manticore read timeout in an unreachable pool", in: "[2017-01-12T10:45:44,472][WARN ][logstash.outputs.elasticsearch] Marking url as dead. {:reason=>\"Elasticsearch Unreachable: [http://localhost:9200][Manticore::SocketTimeout] Read timed out\", :error_class=>\"LogStash::Outputs::ElasticSearch::HttpClient::Pool::HostUnreachableError\"}", host: "localhost", port: 9200, kind: KindError, failure: FailureTimeout},
	{name: "logstash unreachable pool naming no cause", in: "[2017-01-12T10:45:44,472][WARN ][logstash.outputs.elasticsearch] Marking url as dead. {:url=>\"http://es1:9200/\", :error_class=>\"LogStash::Outputs::ElasticSearch::HttpClient::Pool::HostUnreachableError\"}", host: "es1", port: 9200, kind: KindError, failure: FailureUnreachable},
	{name: "filebeat reconnect attempt is no failure", in: "INFO\tpipeline/output.go:93\tAttempting to reconnect to backoff(async(tcp://127.0.0.1:5044)) with 3 reconnect attempt(s)\nFailed to connect to broker 10.0.0.7:9092: dial tcp 10.0.0.7:9092: connect: connection refused", host: "10.0.0.7", port: 9092, kind: KindError, program: "Go", failure: FailureRefused},
	{name: "nginx refusal wrapped by a terminal that pads its rows", in: "[root@docker-9208b9ea7100:/]# cd /data/logs/                                                                                                         \n2019/11/20 09:12:29 [error] 226#226: *418 connect() failed (111: Connection refused) while connecting to upstream, client: 127.0.0.1, server: localho\nst, request: \"GET /health HTTP/1.1\", upstream: \"http://127.0.0.1:81/health\", host: \"localhost:9876\"                                                  \n2019/11/20 09:12:35 [error] 226#226: *10 upstream timed out (110: Connection timed out) while connecting to upstream, client: 185.16.252.2, server: j\nackett.sdewitte.net, request: \"GET /UI/Dashboard HTTP/1.1\", upstream: \"http://172.21.0.6:9117/UI/Dashboard\", host: \"jackett.sdewitte.net\", referrer: \n\"https://jackett.sdewitte.net/UI/Dashboard\"                                                                                                          ", host: "127.0.0.1", port: 81, kind: KindError, failure: FailureRefused},
	{name: "dart slot word and a top-level domain that exists nowhere", in: "Error uploading asset[xy]: ClientException with SocketException: Connection reset by peer (OS Error: Connection reset by peer, errno = 54), address = domain.xy, port = 50415, uri=https://domain.xy/api/assets:", err: ErrNoTarget},
	{name: "dart slot word under a country's domain is a name", in: "ClientException with SocketException: Connection reset by peer (OS Error: Connection reset by peer, errno = 54), address = server.de, port = 50415, uri=https://server.de/api/assets:", host: "server.de", port: 443, kind: KindError, program: "Dart", failure: FailureReset},
	{name: "go dial domain dot tld stand-in", in: "dial tcp domain.tld:443: connect: connection refused", err: ErrNoTarget},
	{name: "placeholder name", in: "SocketException: Connection timed out (OS Error: Connection timed out, errno = 110), address = app.myadress, port = 38887", err: ErrNoTarget},
	{name: "explicit port beats scheme", in: "flutter: uri: https://api.corp.internal/v1/items\nflutter: SocketException: Connection timed out, host: api.corp.internal, port: 8443", host: "api.corp.internal", port: 8443, from: PortExplicit, kind: KindError, program: "Dart", failure: FailureTimeout},
	{name: "dart's os error gives the local port", in: "flutter: DioException: The connection errored: https://api.corp.internal/v1/items\n, errno = 121), address = api.corp.internal, port = 53583", host: "api.corp.internal", port: 443, from: PortScheme, kind: KindError, program: "Dart"},
	{name: "dart's local port is no target port", in: "SocketException: OS Error: Connection refused, errno = 111, address = 10.0.0.5, port = 43248", host: "10.0.0.5", port: 443, from: PortAssumed, kind: KindError, program: "Dart", failure: FailureRefused},
	{name: "a url connected to is no failing target", in: "$ celery flower -A tasks --address=127.0.0.1 --port=5555 --broker_api=http://guest:guest@localhost:55672/api/\n[I 141028 11:58:44 command:106] Visit me at http://127.0.0.1:5555\n[I 141028 11:58:44 command:107] Broker: amqp://guest:**@localhost:5672//\n[I 141028 11:58:44 connectionpool:203] Starting new HTTP connection (1): localhost\n[E 141028 11:58:44 state:71] Unable to get broker info: [Errno 111] Connection refused\n[I 141028 11:58:44 mixins:225] Connected to amqp://guest:**@127.0.0.1:5672//", host: "localhost", port: 55672, kind: KindError, program: "Python", failure: FailureRefused},
	{name: "a url not connected to on a failing line", in: "[I 141028 11:58:44 command:107] Broker: amqp://guest:**@localhost:5672//\n[E 141028 11:58:44 mixins:225] Cannot connect: not connected to amqp://guest:**@10.0.0.5:5672//: [Errno 111] Connection refused", host: "10.0.0.5", port: 5672, kind: KindError, program: "Python", failure: FailureRefused},
	{name: "cabal's proxy from http_proxy timed out", in: "Downloading the latest package list from hackage.haskell.org\nSending:\nGET http://hackage.haskell.org/packages/archive/00-index.tar.gz HTTP/1.1\nUser-Agent: cabal-install/1.16.0.2\nHost: hackage.haskell.org\nproxy uri host: 10.0.1.3, port: :8080\nCreating new connection to 10.0.1.3:8080\ncabal: timeout", host: "10.0.1.3", port: 8080, kind: KindError, failure: FailureTimeout, via: "hackage.haskell.org"},
	{name: "cabal's request answered with a status names no failing proxy", in: "Sending:\nGET http://hackage.haskell.org/packages/archive/00-index.tar.gz HTTP/1.1\nproxy uri host: 10.0.1.3, port: :8080\nHTTP/1.1 504 Gateway Timeout\ncabal: timeout", host: "hackage.haskell.org", port: 80, from: PortScheme, kind: KindError, failure: FailureTimeout},
	{name: "synapse federation look-up on the matrix scheme's port", in: "Apr 10 08:37:30 synapse synapse[19]: synapse.http.matrixfederationclient: [] {PUT-O-32} Sending request failed to matrix.example.info: PUT matrix://matrix.example.info/_matrix/federation/v1/send/1491827370297/: DNSLookupError - DNSLookupError: no \nApr 10 08:37:31 synapse synapse[19]: synapse.http.matrixfederationclient: [] {PUT-O-354} Sending request failed to hira.io: PUT matrix://hira.io/_matrix/federation/v1/send/1491827370592/: ConnectionRefusedError - ConnectionRefusedError: Connection refus", host: "matrix.example.info", port: 8448, from: PortScheme, kind: KindError, failure: FailureNoSuchHost},
	{name: "synapse federation url with its port", in: "synapse.http.matrixfederationclient: [] {PUT-O-354} Sending request failed to hira.io: PUT matrix://hira.io:8449/_matrix/federation/v1/send/1491827370592/: ConnectionRefusedError - ConnectionRefusedError: Connection refused", host: "hira.io", port: 8449, kind: KindError, failure: FailureRefused},
	{name: "localsend's frames give its port", in: "DioError [DioErrorType.other]: SocketException: 远程计算机拒绝网络连接。\n (OS Error: 远程计算机拒绝网络连接。\n, errno = 1225), address = 192.168.0.191, port = 1105\nSource stack:\n#0      DioMixin.fetch (package:dio/src/dio_mixin.dart:488)\n#3      SendNotifier.startSession (package:localsend_app/provider/network/send_provider.dart:116)", host: "192.168.0.191", port: 53317, from: PortProgram, kind: KindError, program: "Dart", failure: FailureRefused},
	{name: "dio's frames alone give no port", in: "DioError [DioErrorType.other]: SocketException: 远程计算机拒绝网络连接。\n (OS Error: 远程计算机拒绝网络连接。\n, errno = 1225), address = 192.168.0.191, port = 1105\nSource stack:\n#0      DioMixin.fetch (package:dio/src/dio_mixin.dart:488)", host: "192.168.0.191", port: 443, from: PortAssumed, kind: KindError, program: "Dart", failure: FailureRefused},
	{name: "dart's windows message two lines up says the kind", in: "SocketException: Превышен таймаут семафора.\n (OS Error: Превышен таймаут семафора.\n, errno = 121), address = api.github.com, port = 54454\n#0      _NativeSocket.startConnect (dart:io-patch/socket_patch.dart:682)\nSocketException: Удаленный компьютер отклонил это сетевое подключение.\n (OS Error: Connection refused\n, errno = 1225), address = api.github.com, port = 59449", host: "api.github.com", port: 443, from: PortAssumed, kind: KindError, program: "Dart", failure: FailureTimeout},
	{name: "grpc address syntax", in: "subchannel.c:642] Connect failed: {\"description\":\"Failed to connect to remote host\",\"os_error\":\"Timeout occurred\",\"target_address\":\"ipv4:10.0.0.5:50051\"}", host: "10.0.0.5", port: 50051, kind: KindError, program: "gRPC", failure: FailureTimeout},
	{name: "unquoted host and port", in: "[ERROR:flutter/lib/ui/ui_dart_state.cc(209)] Unhandled Exception: SocketException: Connection timed out, host: smtp.corp.internal, port: 587", host: "smtp.corp.internal", port: 587, kind: KindError, program: "Dart", failure: FailureTimeout},
	{name: "python 2 unicode host", in: "ConnectionTimeout caused by - ReadTimeoutError(HTTPConnectionPool(host=u'es-node-2', port=9200): Read timed out. (read timeout=40))", host: "es-node-2", port: 9200, kind: KindError, program: "Python", failure: FailureTimeout},

	{name: "stand-in name", in: "Redis connection to xyz:6379 failed - connect ECONNREFUSED", err: ErrNoTarget},
	// Markdown's bold around a URL's whole host is no part of it.
	{name: "bold around a URL's host", in: "botocore.exceptions.EndpointConnectionError: Could not connect to the endpoint URL: \"https://**s3.amazonaws.com**/MYBUCKET?location", host: "s3.amazonaws.com", port: 443, kind: KindError},
	{name: "underscores around a URL's host", in: "botocore.exceptions.EndpointConnectionError: Could not connect to the endpoint URL: \"https://__s3.amazonaws.com__/MYBUCKET?location\"", host: "s3.amazonaws.com", port: 443, kind: KindError},
	{name: "bold elsewhere on the line wraps no host", in: "**botocore.exceptions.EndpointConnectionError**: Could not connect to the endpoint URL: \"https://s3.amazonaws.com/MYBUCKET?location\"", host: "s3.amazonaws.com", port: 443, kind: KindError},
	{name: "fullwidth colon", in: "由于目标计算机积极拒绝，无法连接。 10.0.0.5：8080", host: "10.0.0.5", port: 8080, kind: KindError, failure: FailureRefused},
	{name: "host:port glued to cjk text", in: "连接10.0.0.5:30001时出现“目标计算机积极拒绝”", host: "10.0.0.5", port: 30001, kind: KindError, failure: FailureRefused},
	{name: "failed to connect to host:port", in: "10.0.0.9:59686 failed to connect to 10.0.0.5:80", host: "10.0.0.5", port: 80, kind: KindError},
	// OpenVPN names its server after the address family; its management
	// interface's listener and client are the other end.
	{name: "openvpn udp tls", in: "Wed Mar 09 18:17:56 2016 MANAGEMENT: TCP Socket listening on [AF_INET]127.0.0.1:25340\nWed Mar 09 18:17:56 2016 Need hold release from management interface, waiting...\nWed Mar 09 18:17:56 2016 MANAGEMENT: Client connected from [AF_INET]127.0.0.1:25340\nWed Mar 09 18:17:57 2016 UDPv4 link local: [undef]\nWed Mar 09 18:17:57 2016 UDPv4 link remote: [AF_INET]10.0.0.5:1194\nWed Mar 09 18:18:57 2016 TLS Error: TLS key negotiation failed to occur within 60 seconds (check your network connectivity)\nWed Mar 09 18:18:57 2016 TLS Error: TLS handshake failed", host: "10.0.0.5", port: 1194, kind: KindError, failure: FailureTLS},
	{name: "openvpn tcp established", in: "Tue Jan 10 10:00:00 2017 MANAGEMENT: Client connected from [AF_INET]127.0.0.1:25340\nTue Jan 10 10:00:00 2017 TCP connection established with [AF_INET]10.0.0.5:443\nTue Jan 10 10:00:00 2017 Connection reset, restarting [0]", host: "10.0.0.5", port: 443, kind: KindError, failure: FailureReset},
	{name: "openvpn tcp attempting", in: "Tue Jan 10 10:00:00 2017 Attempting to establish TCP connection with [AF_INET]10.0.0.5:443 [nonblock]\nTue Jan 10 10:00:02 2017 TCP: connect to [AF_INET]10.0.0.5:443 failed: Connection refused", host: "10.0.0.5", port: 443, kind: KindError, failure: FailureRefused},
	{name: "openvpn peer initiated", in: "Tue Jan 10 10:00:00 2017 MANAGEMENT: Client connected from [AF_INET]127.0.0.1:7505\nTue Jan 10 10:00:00 2017 [server] Peer Connection Initiated with [AF_INET]10.0.0.5:1194\nTue Jan 10 10:00:30 2017 [server] Inactivity timeout (--ping-restart), restarting", host: "10.0.0.5", port: 1194, kind: KindError, failure: FailureTimeout},
	{name: "openvpn resolve", in: "Tue Jan 10 10:00:00 2017 RESOLVE: Cannot resolve host address: vpn.corp.internal:1194 (Name or service not known)", host: "vpn.corp.internal", port: 1194, kind: KindError, failure: FailureNoSuchHost},
	// apt's signature warnings name a repository that answered.
	{name: "apt gpg error then fetch", in: "Fetched 4,386 kB in 3s (1,237 kB/s)\nW: GPG error: http://ppa.corp.test precise Release: The following signatures couldn't be verified because the public key is not available: NO_PUBKEY B70731143DD9F856\nW: Failed to fetch http://www.corp.test/dist/debian/dists/21x/main/source/Sources  502  Bad Gateway [IP: 10.0.0.5 80]\n\nE: Some index files failed to download. They have been ignored, or old ones used instead.", host: "www.corp.test", port: 80, kind: KindError, addr: "10.0.0.5"},
	{name: "apt expkeysig then fetch", in: "W: An error occurred during the signature verification. The repository is not updated and the previous index files will be used. GPG error: https://repo.corp.test stable InRelease: The following signatures were invalid: EXPKEYSIG 1234567890ABCDEF\nE: Failed to fetch http://deb.corp.test/debian/dists/x/InRelease  Could not resolve 'deb.corp.test'", host: "deb.corp.test", port: 80, kind: KindError, failure: FailureNoSuchHost},
	{name: "apt err item signature below", in: "Err:12 https://apt.corp.test/aptrepo stable InRelease\n  The following signatures couldn't be verified because the public key is not available: NO_PUBKEY 42A1772E62E492D6\nW: Failed to fetch http://deb.corp.test/debian/dists/bookworm/InRelease  502  Bad Gateway [IP: 10.0.0.5 80]", host: "deb.corp.test", port: 80, kind: KindError, addr: "10.0.0.5"},
	{name: "apt err item signature alone", in: "Err:12 https://apt.corp.test/aptrepo stable InRelease\n  The following signatures couldn't be verified because the public key is not available: NO_PUBKEY 42A1772E62E492D6", kind: KindError, err: ErrNoTarget},
	{name: "apt gpg error alone", in: "W: GPG error: https://apt.corp.test/aptrepo stable InRelease: The following signatures couldn't be verified because the public key is not available: NO_PUBKEY 42A1772E62E492D6", kind: KindError, err: ErrNoTarget},
	{name: "gpg keyserver failure", in: "gpg: keyserver receive failed: Connection refused\n$ sudo apt-key adv --keyserver hkp://keys.corp.test:80 --recv-keys 1234", host: "keys.corp.test", port: 80, kind: KindError, failure: FailureRefused},
	{name: "apt address evidence below", in: "Err:1 http://repo.corp.test/apt/ubuntu focal/main amd64 pkg amd64 1.0-1\n  Connection failed [IP: 10.0.0.5 80]\nErr:2 http://repo.corp.test/apt/ubuntu focal/main amd64 lib amd64 1.0-1\n  Connection failed [IP: 10.0.0.5 80]", host: "repo.corp.test", port: 80, kind: KindError, addr: "10.0.0.5"},
	{name: "apt address evidence", in: "E: Failed to fetch https://repo.corp.test/pool/p/pkg.deb  Connection timed out [IP: 10.0.0.5 443]", host: "repo.corp.test", port: 443, kind: KindError, failure: FailureTimeout, addr: "10.0.0.5"},
	{name: "apt host:port and address", in: "Err:2 http://ppa.corp.lan/ubuntu bionic InRelease\n  Could not connect to ppa.corp.lan:80 (10.0.0.5). - connect (111: Connection refused)", host: "ppa.corp.lan", port: 80, kind: KindError, failure: FailureRefused, addr: "10.0.0.5"},

	// General mechanisms: what a careful reader takes for the target when
	// no rule knows the program's wording (role of a mention, a host before
	// "port N", a bare name where the words make it the destination).
	{name: "client address loses to the dialled one", in: "client 10.0.0.9:51514 closed: dial 10.0.0.5:8080 failed: connection refused", host: "10.0.0.5", port: 8080, kind: KindError, program: "Go", failure: FailureRefused},
	{name: "connection from a peer is no target", in: "2024/01/02 accepted connection from 10.0.0.9:40112\n2024/01/02 relay error: connection from 10.0.0.9:40112 to 10.0.0.5:6379 failed: i/o timeout", host: "10.0.0.5", port: 6379, kind: KindError, program: "Go", failure: FailureTimeout},
	{name: "local end of a socket", in: "read tcp 10.0.0.9:51514->10.0.0.5:443: read: connection reset by peer", host: "10.0.0.5", port: 443, kind: KindError, failure: FailureReset},
	// A program that says it uses a proxy connects only to the proxy: a
	// connection that timed out, was refused or found no route, where no
	// message names the hop, is the proxy's.
	{name: "shadowsocks server timed out relaying a destination", in: "[2019-02-26 18:10:20] connect to clients1.google.com:443\n[2019-02-26 18:10:20] connect to clients2.google.com:443\n[2019-02-26 18:10:23] 97.64.110.247:443 timed out\n[2019-02-26 18:10:23] connect to clients1.google.com:443", host: "97.64.110.247", port: 443, kind: KindError, failure: FailureTimeout, via: "clients1.google.com"},
	{name: "shadowsocks server timed out with no destination above", in: "[2019-02-26 18:10:23] 97.64.110.247:443 timed out\n[2019-02-26 18:10:23] connect to clients1.google.com:443", host: "97.64.110.247", port: 443, kind: KindError, failure: FailureTimeout},
	{name: "a timed out host after a connect to itself has no via", in: "[2019-02-26 18:10:20] connect to 97.64.110.247:443\n[2019-02-26 18:10:23] 97.64.110.247:443 timed out", host: "97.64.110.247", port: 443, kind: KindError, failure: FailureTimeout},
	{name: "shadowsocksr direct connect then the address refused", in: "[2019-07-10 18:50:21] [Info] Direct connect www.google.com:443\n[2019-07-10 18:50:22] [Error] System.Net.Sockets.SocketException (0x80004005): 由于目标计算机积极拒绝，无法连接。 127.0.0.1:443\n   在 System.Net.Sockets.Socket.InternalEndConnect(IAsyncResult asyncResult)\n   在 Shadowsocks.Controller.Socks5Forwarder.Handler.ConnectCallback(IAsyncResult ar)", host: "www.google.com", port: 443, addr: "127.0.0.1", kind: KindError, program: ".NET", failure: FailureRefused},
	{name: "shadowsocksr direct connect on another port", in: "[2019-07-10 18:50:21] [Info] Direct connect www.google.com:443\n[2019-07-10 18:50:22] [Error] System.Net.Sockets.SocketException (0x80004005): No connection could be made because the target machine actively refused it 127.0.0.1:1080", host: "127.0.0.1", port: 1080, kind: KindError, program: ".NET", failure: FailureRefused},
	{name: "shadowsocksr direct connect not just above", in: "[2019-07-10 18:50:21] [Info] Direct connect www.google.com:443\n[2019-07-10 18:50:21] [Info] Direct connect www.youtube.com:80\n[2019-07-10 18:50:22] [Error] System.Net.Sockets.SocketException (0x80004005): No connection could be made because the target machine actively refused it 127.0.0.1:443", host: "127.0.0.1", port: 443, kind: KindError, program: ".NET", failure: FailureRefused},
	{name: "python proxy on localhost", in: "HTTPConnectionPool(host='localhost', port=8081): Max retries exceeded with url: http://localhost:1235/api/v1 (Caused by ProxyError('Cannot connect to proxy.', NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f>: Failed to establish a new connection: [Errno 111] Connection refused')))", host: "localhost", port: 8081, kind: KindError, program: "Python", failure: FailureRefused, via: "localhost"},
	{name: "curl -x proxy", in: "> curl -x localhost:8080 https://www.corp.test/v3\ncurl: (56) Received HTTP code 502 from proxy after CONNECT", host: "localhost", port: 8080, kind: KindError, program: "curl", via: "www.corp.test"},
	{name: "curl -X is a method", in: "curl -X POST https://api.corp.test/v1\ncurl: (7) Failed to connect to api.corp.test port 443 after 3 ms: Connection refused", host: "api.corp.test", port: 443, kind: KindError, program: "curl", failure: FailureRefused},
	{name: "maven using proxy", in: "[DEBUG] Connecting to repository: 'central' with url: 'http://repo.corp.test/maven2'.\n[DEBUG] Using Proxy: proxy.corp.lan:3128\nDownloading: http://repo.corp.test/maven2/x/x-1.jar\n[DEBUG] Error transferring file: Connection timed out\norg.apache.maven.wagon.TransferFailedException: Error transferring file: Connection timed out", host: "proxy.corp.lan", port: 3128, from: PortExplicit, kind: KindError, failure: FailureTimeout, via: "repo.corp.test"},
	{name: "npm request then proxy hop", in: "69 http request GET http://registry.corp.test/left-pad\n70 info retry will retry, error on last attempt: Error: connect ECONNREFUSED 10.0.0.8:3128", host: "10.0.0.8", port: 3128, kind: KindError, program: "Node.js", failure: FailureRefused, via: "registry.corp.test"},
	{name: "curl command then proxy hop", in: "curl -I https://www.corp.test\ncurl: (7) Failed to connect to 127.0.0.1 port 17890 after 0 ms: Connection refused", host: "127.0.0.1", port: 17890, kind: KindError, program: "curl", failure: FailureRefused, via: "www.corp.test"},
	{name: "curl command same port no proxy", in: "curl -I https://www.corp.test\ncurl: (7) Failed to connect to 10.0.0.5 port 443 after 0 ms: Connection refused", host: "10.0.0.5", port: 443, kind: KindError, program: "curl", failure: FailureRefused},
	{name: "jvm proxy settings", in: "systemProp.https.proxyHost=10.0.0.8\nsystemProp.https.proxyPort=3128\n> Could not GET 'https://repo.corp.test/x/x-1.pom'.\n   > Connection refused", host: "10.0.0.8", port: 3128, from: PortExplicit, kind: KindError, failure: FailureRefused, via: "repo.corp.test"},
	{name: "pip --proxy", in: "$ pip install --proxy=http://10.0.0.8:3128 requests\nERROR: Could not install packages due to an OSError: HTTPSConnectionPool(host='pypi.corp.test', port=443): Max retries exceeded with url: /simple/requests/ (Caused by NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f>: Failed to establish a new connection: [Errno 110] Connection timed out'))", host: "10.0.0.8", port: 3128, from: PortExplicit, kind: KindError, program: "pip", failure: FailureTimeout, via: "pypi.corp.test"},
	{name: "npm proxy config", in: "$ npm config set https-proxy http://10.0.0.8:8080\n$ npm install x\nnpm ERR! code ECONNREFUSED\nnpm ERR! network request to https://registry.corp.test/x failed, reason: Connection refused", host: "10.0.0.8", port: 8080, from: PortExplicit, kind: KindError, program: "npm", failure: FailureRefused, via: "registry.corp.test"},
	{name: "a go module proxy is no hop", in: "Using go proxy: http://goproxy.corp.lan:8081\nverifying x@v1.0.0: Get \"https://sum.corp.test/lookup/x@v1.0.0\": context deadline exceeded", host: "sum.corp.test", port: 443, kind: KindError, program: "Go", failure: FailureTimeout},
	{name: "a proxy that returned a status worked", in: "[DEBUG] Using Proxy: proxy.corp.lan:3128\nCould not transfer artifact x:x:1 from/to central (https://repo.corp.test/maven2): Failed to transfer file. Return code is: 504, ReasonPhrase: Gateway Timeout.", host: "repo.corp.test", port: 443, kind: KindError, failure: FailureTimeout},
	{name: "a message naming its hop beats a proxy setting", in: "[DEBUG] Using Proxy: proxy.corp.lan:3128\nConnect to repo.corp.test:443 [repo.corp.test/192.0.2.5] failed: Connection refused", host: "repo.corp.test", port: 443, kind: KindError, program: "Java", failure: FailureRefused, addr: "192.0.2.5"},
	{name: "destination beats an earlier plain mention", in: "proxy 10.0.0.9:3129 relay: upstream 10.0.0.5:8080 refused the connection", host: "10.0.0.5", port: 8080, kind: KindError, failure: FailureRefused},
	{name: "host word then port word", in: "Error: timeout while connecting to host db.corp.internal and port 5433", host: "db.corp.internal", port: 5433, kind: KindError, failure: FailureTimeout},
	{name: "keyed dotless host then port", in: "ConnectionError(host: 'es-node-2', port: 9200) caused by: Connection timed out", host: "es-node-2", port: 9200, kind: KindError, program: "Python", failure: FailureTimeout},
	{name: "name before parenthesised port", in: "SocketTimeoutException: failed to connect to api.corp.internal (port 8443) from /10.0.2.16 (port 41234) after 10000ms", host: "api.corp.internal", port: 8443, kind: KindError, failure: FailureTimeout},
	{name: "bare name after to", in: "Error: Could not connect to api.corp.internal: Connection refused", host: "api.corp.internal", port: 443, from: PortAssumed, kind: KindError, failure: FailureRefused},
	{name: "bare name before failure words", in: "ping: db.corp.internal: Name or service not known", host: "db.corp.internal", port: 443, kind: KindError, failure: FailureNoSuchHost},
	{name: "bare name in quotes after resolve", in: "urllib3.exceptions.NameResolutionError: Failed to resolve 'api.corp.internal' ([Errno -3] Temporary failure in name resolution)", host: "api.corp.internal", port: 443, kind: KindError, program: "Python", failure: FailureNoSuchHost},
	{name: "bare ipv6 after to", in: "connect to 2001:db8::5 failed: Network is unreachable", host: "2001:db8::5", port: 443, kind: KindError, failure: FailureUnreachable},
	{name: "bracketed ipv6 without port", in: "Unable to reach [2001:db8::5]: Connection timed out", host: "2001:db8::5", port: 443, kind: KindError, failure: FailureTimeout},
	{name: "bare ip after to with service port", in: "redis: timed out connecting to 10.0.0.5", host: "10.0.0.5", port: 6379, from: PortProgram, kind: KindError, failure: FailureTimeout},
	{name: "windows ping statistics line is no command", in: "Pinging www.ioquake3.org [173.236.153.159] with 32 bytes of data:\nRequest timed out.\nRequest timed out.\n\nPing statistics for 173.236.153.159:\n    Packets: Sent = 4, Received = 0, Lost = 4 (100% loss),", host: "www.ioquake3.org", port: 443, kind: KindError, failure: FailureTimeout, addr: "173.236.153.159"},
	{name: "windows ping de header is no command", in: "Ping wird ausgeführt für 8.8.8.8 mit 32 Bytes Daten:\nZeitüberschreitung der Anforderung.\n\nPing-Statistik für 8.8.8.8:\n    Pakete: Gesendet = 1, Empfangen = 0, Verloren = 1", host: "8.8.8.8", port: 443, kind: KindError, failure: FailureTimeout},
	{name: "ping of a host named like a word", in: "C:\\>ping stats.corp.test\nRequest timed out.", host: "stats.corp.test", port: 443, kind: KindError, failure: FailureTimeout},
	{name: "linux ping no reply", in: "PING www.google.com (142.250.201.164) 56(84) bytes of data.\n^C\n--- www.google.com ping statistics ---\n8 packets transmitted, 0 received, 100% packet loss, time 7243ms", host: "www.google.com", port: 443, kind: KindError, failure: FailureTimeout, addr: "142.250.201.164"},
	{name: "linux ping some replies", in: "PING www.google.com (142.250.201.164) 56(84) bytes of data.\n--- www.google.com ping statistics ---\n8 packets transmitted, 3 received, 62.5% packet loss, time 7243ms", host: "www.google.com", port: 443, kind: KindError, addr: "142.250.201.164"},
	{name: "apt could not wait for server fd", in: "Ign:6 https://public.dhe.ibm.com/software/server/POWER/Linux/toolchain/at/ubuntu focal InRelease\nErr:7 https://public.dhe.ibm.com/software/server/POWER/Linux/toolchain/at/ubuntu focal Release\n  Could not wait for server fd - select (11: Resource temporarily unavailable) [IP: 170.225.15.112 443]\nReading package lists...", host: "public.dhe.ibm.com", port: 443, kind: KindError, failure: FailureTimeout, addr: "170.225.15.112"},
	{name: "cloudflared quic edge dial", in: "ERR Failed to create new quic connection error=\"failed to dial to edge with quic: timeout: no recent network activity\" connIndex=0 event=0 ip=198.41.192.67\nERR Connection terminated error=\"failed to dial to edge with quic: timeout: no recent network activity\" connIndex=3", host: "198.41.192.67", port: 7844, kind: KindError, program: "cloudflared", failure: FailureTimeout},
	{name: "cloudflared http2 edge dial", in: "ERR Unable to establish connection with Cloudflare edge error=\"DialContext error: dial tcp 103.73.220.188:7844: i/o timeout\" connIndex=0 event=0 ip=103.73.220.188", host: "103.73.220.188", port: 7844, kind: KindError, program: "Go", failure: FailureTimeout},
	{name: "cloudflared registered connection", in: "INF Registered tunnel connection connIndex=0 connection=5a1c event=0 ip=198.41.200.193 location=ams08 protocol=quic", err: ErrNoTarget},
	{name: "reply from a router is no target", in: "Pinging db.corp.internal [10.0.0.5] with 32 bytes of data:\nReply from 10.0.0.1: Destination host unreachable.", host: "db.corp.internal", port: 443, kind: KindError, failure: FailureUnreachable, addr: "10.0.0.5"},
	{name: "host:port after any punctuation", in: "Connect failed: {\"target\":\"tcp:10.0.0.5:50051\",\"os_error\":\"Timeout occurred\"}", host: "10.0.0.5", port: 50051, kind: KindError, failure: FailureTimeout},
	{name: "host and port quoted apart", in: "Error: P1001: Can't reach database server at `db.corp.internal`:`5433`", host: "db.corp.internal", port: 5433, kind: KindError},
	{name: "service name a resolver failed on", in: "SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo for db failed: Name or service not known", host: "db", port: 3306, from: PortProgram, kind: KindError, failure: FailureNoSuchHost},
	{name: "quoted service name a resolver failed on", in: "NameResolutionError: <urllib3.connection.HTTPConnection object at 0x7f>: Failed to resolve 'minio' ([Errno -2] Name or service not known)", host: "minio", port: 443, kind: KindError, program: "Python", failure: FailureNoSuchHost},
	{name: "a class name is no host", in: "java.nio.channels.UnresolvedAddressException", err: ErrNoTarget},
	{name: "a warning's advice link is no target", in: "/usr/lib/python3.9/site-packages/torch/cuda/__init__.py:138: UserWarning: The driver is too old. Please update it from the URL: http://www.corp.internal/Download/index.aspx Alternatively, go to: https://corp.test to install another build.\nTraceback (most recent call last):\n  File \"/usr/lib/python3.9/socket.py\", line 73, in create_connection\n    sock.connect(sa)\nsocket.timeout: timed out", err: ErrNoTarget},
	{name: "a logger's name in brackets is no host", in: "2023-11-06 08:41:28.761 ERROR (MainThread) [homeassistant.components.mqtt.client] Failed to connect to MQTT server due to exception: [Errno 111] Connection refused", err: ErrNoTarget},
	{name: "registry named by the step before the failure", in: "    Updating crates.corp.internal index\nwarning: spurious network error (3 tries remaining): [28] Timeout was reached (failed to download any data for `pkg v0.14.1` within 30s)", host: "crates.corp.internal", port: 443, kind: KindError, failure: FailureTimeout},
	{name: "name looked up before the ip was dialled", in: "plink.exe: Looking up host \"ssh.corp.internal\"\nplink.exe: Connecting to 10.0.0.5 port 2222\nplink.exe: Failed to connect to 10.0.0.5: Network error: Connection timed out", host: "ssh.corp.internal", port: 2222, kind: KindError, failure: FailureTimeout, addr: "10.0.0.5"},
	{name: "winscp speaks ssh", in: "WinSCP.SessionRemoteException: Network error: Connection to \"10.0.0.5\" timed out.\n   at WinSCP.Session.Open(SessionOptions sessionOptions)", host: "10.0.0.5", port: 22, from: PortProgram, kind: KindError, failure: FailureTimeout},
	{name: "a forum under please post on is no target", in: "An error occurred in an add-on.\nPlease post on the add-on forum:\nhttps://anki.tenderapp.com/discussions/add-ons\n\nTraceback (most recent call last):\n  File \"C:\\Disk D\\Misc\\Anki\\Data\\addons\\Memrise_Course_Importer\\importer.py\", line 395, in importCourse\n    raise self.loader.getError()\nurllib2.URLError: <urlopen error [Errno 11004] getaddrinfo failed>", kind: KindError, err: ErrNoTarget},
	{name: "a page under please report it at is no target", in: "Please report it at:\n  https://bugs.corp.test/new\ncurl: (28) Connection timed out after 10001 milliseconds", kind: KindError, err: ErrNoTarget},
	{name: "a url under a failing lead-in is the target", in: "Failed to report to:\nhttps://metrics.corp.test:8443/api\nconnect ECONNREFUSED", host: "metrics.corp.test", port: 8443, from: PortExplicit, kind: KindError, program: "Node.js", failure: FailureRefused},
	{name: "a url under a fetch lead-in is the target", in: "Error while fetching:\nhttps://api.corp.test/v1\ngetaddrinfo failed", host: "api.corp.test", port: 443, kind: KindError, failure: FailureNoSuchHost},
	{name: "python 2 repr of utf-8 bytes", in: "FINDPROPERS :: [TorrentDay] :: [b9d562e] Error while connecting to provider: HTTPSConnectionPool(host='classic.torrentday.com', port=443): Max retries exceeded with url: /V3/API/API.php (Caused by NewConnectionError('<requests.packages.urllib3.connection.VerifiedHTTPSConnection object at 0x6a6e0770>: Failed to establish a new connection: [Errno -2] Nome ou servi\\xc3\\xa7o desconhecido',))", host: "classic.torrentday.com", port: 443, from: PortExplicit, kind: KindError, program: "Python", failure: FailureNoSuchHost},
	{name: "python 2 repr of a broken utf-8 byte", in: "HTTPSConnectionPool(host='classic.torrentday.com', port=443): Max retries exceeded with url: / (Caused by NewConnectionError('<urllib3.connection.VerifiedHTTPSConnection object at 0x6a6e0770>: Failed to establish a new connection: [Errno -2] Nome ou servi\\xc3 desconhecido',))", host: "classic.torrentday.com", port: 443, from: PortExplicit, kind: KindError, program: "Python"},
	{name: "perl http tiny ssl connection failed", in: "~/WebService-HackerNews$ perl test.pl \nSSL connection failed for hacker-news.firebaseio.com: SSL connect attempt failed\n at test.pl line 29.", host: "hacker-news.firebaseio.com", port: 443, from: PortProgram, kind: KindError, program: "Perl HTTP::Tiny", failure: FailureTLS},
	{name: "perl http tiny ssl connection failed old", in: "SSL connection failed for api.corp.test\n", host: "api.corp.test", port: 443, from: PortProgram, kind: KindError, program: "Perl HTTP::Tiny", failure: FailureTLS},
	{name: "ssl connection failed for a reason names no host", in: "SSL connection failed for some reason, retrying", err: ErrNoTarget},
	{name: "a word after resolving is no service name", in: "Timeout was reached: [api.corp.internal] Resolving timed out after 10000 milliseconds", host: "api.corp.internal", port: 443, kind: KindError, program: "R", failure: FailureNoSuchHost},
	{name: "remote name in German", in: "Invoke-RestMethodWrapper: Der Remotename konnte nicht aufgelöst werden: 'api.corp.internal'.", host: "api.corp.internal", port: 443, kind: KindError, failure: FailureNoSuchHost},
	{name: "remote name in Chinese", in: "iwr : 未能解析此远程名称: 'raw.corp.internal'", host: "raw.corp.internal", port: 443, kind: KindError, failure: FailureNoSuchHost},
	{name: "host and port settings apart in one group", in: "NoNodeAvailableException: no cluster nodes available, check settings {autodiscover=true, cluster.name=es, host.0=10.0.0.5, name=importer, port=9200, sniff=false}", host: "10.0.0.5", port: 9200, kind: KindError},
	{name: "quoted name with a rare top-level domain", in: "Error: SocketException: Failed host lookup: 'catfact.ninja' (OS Error: No address associated with hostname, errno = 7)", host: "catfact.ninja", port: 443, kind: KindError, program: "Dart", failure: FailureNoSuchHost},
	{name: "stand-in name with hyphens", in: "SocketException: Failed host lookup: 'my-host-name.com' (OS Error: No address associated with hostname, errno = 7)", err: ErrNoTarget},
	{name: "resolver out of resources, padded by the console", in: "SqlException (0x80131904): A network-related error occurred. (provider: TCP Provider, error: 35 - An internal exception was caught)\n ---> System.Net.Sockets.SocketException (00000001, 11): Resource temporarily un                              available\n   at System.Net.Dns.GetHostEntryOrAddressesCore(String", err: ErrNoTarget},
	{name: "a module is no host", in: "Error: Cannot find module 'socket.io'\n    at Function.Module._resolveFilename (node:internal/modules/cjs/loader:933:15)", err: ErrNoTarget},
	{name: "nodemailer error records name no host", in: "{ [Error: connect ETIMEDOUT] code: 'ETIMEDOUT', errno: 'ETIMEDOUT', syscall: 'connect' }\n{ [Error: socket hang up] code: 'ECONNRESET', sslError: undefined }\n{ [Error: connect ETIMEDOUT] code: 'ETIMEDOUT', errno: 'ETIMEDOUT', syscall: 'connect' }", err: ErrNoTarget},
	{name: "a code name is no host", in: "System.Net.Http.HttpRequestException: No connection could be made because the target machine actively refused it.\n   at System.Net.Http.HttpConnectionPool.ConnectAsync()", err: ErrNoTarget},
	{name: "a version is no host", in: "npm ERR! node v18.12.1\nnpm ERR! network request to registry failed, reason: connect ETIMEDOUT 1.2.3", err: ErrNoTarget},

	// Shapes from a sixth blind batch, each with other wordings of its
	// family.
	{name: "wget connecting, German", in: "Verbindungsaufbau zu mirror.corp.test (mirror.corp.test)|192.0.2.7|:443 … fehlgeschlagen: Verbindungsaufbau abgelehnt.", host: "mirror.corp.test", port: 443, kind: KindError, program: "wget", failure: FailureRefused, addr: "192.0.2.7"},
	{name: "wget connecting, Japanese", in: "mirror.corp.test (mirror.corp.test)|192.0.2.7|:443 に接続しています... 失敗しました: 接続を拒否されました.", host: "mirror.corp.test", port: 443, kind: KindError, program: "wget", failure: FailureRefused, addr: "192.0.2.7"},
	{name: "wget connecting, Chinese", in: "正在连接 mirror.corp.test (mirror.corp.test)|192.0.2.7|:443... 失败：拒绝连接。", host: "mirror.corp.test", port: 443, kind: KindError, program: "wget", failure: FailureRefused, addr: "192.0.2.7"},
	{name: "old wget name[ip]:port", in: "Connecting to mirror.corp.test[192.0.2.7]:80... failed: Connection timed out.", host: "mirror.corp.test", port: 80, kind: KindError, failure: FailureTimeout, addr: "192.0.2.7"},
	{name: "wget resolving, French", in: "Résolution de mirror.corp.test (mirror.corp.test)… échec : Nom ou service inconnu.", host: "mirror.corp.test", port: 443, kind: KindError, failure: FailureNoSuchHost},
	{name: "wget resolving, Japanese verb last", in: "mirror.corp.test (mirror.corp.test) をDNSに問いあわせています... 失敗しました: 名前またはサービスが不明です.", host: "mirror.corp.test", port: 443, kind: KindError, failure: FailureNoSuchHost},
	{name: "wget resolving, traditional Chinese", in: "正在查找主機 mirror.corp.test (mirror.corp.test)... 失敗: 不明主機。", host: "mirror.corp.test", port: 443, kind: KindError, failure: FailureNoSuchHost},
	{name: "a resolving step names the host", in: "Resolving mirror.corp.test (mirror.corp.test)... 192.0.2.7\nConnecting to 192.0.2.7:80... failed: Connection refused.", host: "mirror.corp.test", port: 80, kind: KindError, failure: FailureRefused, addr: "192.0.2.7"},
	{name: "uclient-fetch: the downloaded URL names the ip dialled", in: "Downloading 'http://downloads.corp.test/x.ipk'\nConnecting to 192.0.2.9:80\nConnection error: Connection timed out", host: "downloads.corp.test", port: 80, kind: KindError, failure: FailureTimeout, addr: "192.0.2.9"},
	{name: "uclient-fetch: another port is another host", in: "Downloading 'http://downloads.corp.test/x.ipk'\nConnecting to 192.0.2.9:3128\nConnection error: Connection timed out", host: "192.0.2.9", port: 3128, kind: KindError, failure: FailureTimeout},
	{name: "steam: the fetched URL names the ip its connectivity test dialled", in: "[2025-07-13 12:15:05] Connectivity test: Starting test, fetching 'http://test.steampowered.com/204'\n[2025-07-13 12:15:08] Connectivity test (96.16.122.53:80 (96.16.122.53:80)): HTTP fetch failed", host: "test.steampowered.com", port: 80, kind: KindError, addr: "96.16.122.53"},
	{name: "steam: the ipv6 check's name and the address dialled", in: "[2022-05-04 17:02:38] Connectivity test: OK!\n[2022-05-04 17:02:39] IPv6 HTTP connectivity test (ipv6check-http.steamcontent.com / [2a01:bc80:7:100::9b85:f810]:80 ([2a01:bc80:7:100::9b85:f810]:80)) - TIMEOUT", host: "ipv6check-http.steamcontent.com", port: 80, kind: KindError, program: "Steam", failure: FailureTimeout, addr: "2a01:bc80:7:100::9b85:f810"},
	{name: "steam: the udp check gives no port", in: "[2022-05-04 17:02:41] IPv6 UDP connectivity test (ipv6check-udp.steamcontent.com / 2a01:bc80:5:112::2) - TIMEOUT", kind: KindError, err: ErrNoTarget},
	{name: "steam: a clause after a comma that is no step", in: "[2025-07-13 12:15:05] Connectivity test: Starting test, see 'http://test.steampowered.com/204'\n[2025-07-13 12:15:08] Connectivity test (96.16.122.53:80 (96.16.122.53:80)): HTTP fetch failed", host: "96.16.122.53", port: 80, kind: KindError},
	{name: "postfix name[ip]:port", in: "postfix/smtp[1234]: 5A0F1: to=<a@corp.internal>, relay=none, delay=30, status=deferred (connect to mx1.corp.internal[192.0.2.25]:25: Connection timed out)", host: "mx1.corp.internal", port: 25, kind: KindError, failure: FailureTimeout, addr: "192.0.2.25"},
	{name: "postfix name[ipv6]:port", in: "postfix/smtp[1234]: connect to mx.corp.lan[2001:db8::25]:25: Network is unreachable", host: "mx.corp.lan", port: 25, kind: KindError, failure: FailureUnreachable, addr: "2001:db8::25"},
	{name: "postfix name[ip] without port", in: "postfix/smtp[1234]: 5A0F1: host mx.corp.internal[192.0.2.25] said: 421 4.7.0 Try again later", host: "mx.corp.internal", port: 25, kind: KindError, addr: "192.0.2.25"},
	{name: "a client's unknown[ip] is no name", in: "postfix/smtpd[99]: lost connection after CONNECT from unknown[192.0.2.66]: Connection timed out", host: "192.0.2.66", port: 25, kind: KindError, failure: FailureTimeout},
	{name: "MX exchange then the address dialled", in: "Error on connectMx for:  { exchange: 'mx2.corp.internal', priority: 20 } { Error:\nconnect ETIMEDOUT 192.0.2.26:25\n  code: 'ETIMEDOUT',\n  address: '192.0.2.26',\n  port: 25 }", host: "mx2.corp.internal", port: 25, kind: KindError, program: "Node.js", failure: FailureTimeout, addr: "192.0.2.26"},
	{name: "NSURLError -1004 is a refusal", in: `Error Domain=NSURLErrorDomain Code=-1004 "未能连接到服务器。" UserInfo={NSErrorFailingURLStringKey=http://192.168.1.5:8080/}`, host: "192.168.1.5", port: 8080, kind: KindError, failure: FailureRefused},
	{name: "NSURLError -1004 with the errno of a timeout", in: `Error Domain=NSURLErrorDomain Code=-1004 "Could not connect to the server." UserInfo={_kCFStreamErrorCodeKey=60, NSErrorFailingURLStringKey=http://192.168.1.5:8080/, _kCFStreamErrorDomainKey=1}`, host: "192.168.1.5", port: 8080, kind: KindError, failure: FailureTimeout},
	{name: "NSURLError -1003 localised", in: `Error Domain=NSURLErrorDomain Code=-1003 "未能找到使用指定主机名的服务器。" UserInfo={NSErrorFailingURLStringKey=https://api.corp.internal/v1/x}`, host: "api.corp.internal", port: 443, kind: KindError, failure: FailureNoSuchHost},
	{name: "NSURLError -1009 localised", in: `Error Domain=NSURLErrorDomain Code=-1009 "似乎已断开与互联网的连接。" UserInfo={NSErrorFailingURLStringKey=https://api.corp.internal/v1/x}`, host: "api.corp.internal", port: 443, kind: KindError, failure: FailureUnreachable},
	{name: "NSPOSIXErrorDomain errno", in: `Error Domain=NSPOSIXErrorDomain Code=61 "(null)" UserInfo={NSErrorFailingURLStringKey=http://192.168.1.5:8080/}`, host: "192.168.1.5", port: 8080, kind: KindError, failure: FailureRefused},
	{name: "java name/ipv6%zone:port", in: "WARNING: RPC failed: Status{code=UNAVAILABLE, description=null, cause=java.net.ConnectException: Connection refused: localhost/fe80:0:0:0:0:0:0:1%1:50051}", host: "localhost", port: 50051, kind: KindError, program: "Java", failure: FailureRefused, addr: "fe80::1%1"},
	{name: "java name/[ipv6]:port", in: "io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: localhost/[0:0:0:0:0:0:0:1]:50051", host: "localhost", port: 50051, kind: KindError, program: "Netty", failure: FailureRefused, addr: "::1"},
	{name: "java /[ipv6]:port", in: "java.net.ConnectException: Connection refused: /[::1]:9092", host: "::1", port: 9092, kind: KindError, program: "Java", failure: FailureRefused},
	// An IPv6 address Java writes in full has eight groups: its last is no
	// port; Apache HttpClient lists the addresses it tried, the first first,
	// and a console wrapping at a fixed width pads the line before "failed".
	{name: "java name/ipv6 in full is no port", in: "> Connect to repo.corp.test:443 [repo.corp.test/192.0.2.15, repo.corp.test/2001:db8:12:0:0:0:0:215] failed: No route to host (connect failed)", host: "repo.corp.test", port: 443, kind: KindError, program: "Java", failure: FailureUnreachable, addr: "192.0.2.15"},
	{name: "java name/ipv6 in full alone", in: "Connection refused: repo.corp.test/2001:db8:12:0:0:0:0:215", kind: KindError, err: ErrNoTarget},
	{name: "java connect to padded by a console", in: "Original error: Connect to repo.corp.test:443 [repo.corp.test/192.0.2.15]" + strings.Repeat(" ", 94) + "failed: Connection refused (Connection refused)", host: "repo.corp.test", port: 443, kind: KindError, program: "Java", failure: FailureRefused, addr: "192.0.2.15"},
	{name: "java connect to wrapped", in: "Connect to repo.corp.test:443 [repo.corp.test/192.0.2.15]\n failed: Connection timed out", host: "repo.corp.test", port: 443, kind: KindError, program: "Java", failure: FailureTimeout, addr: "192.0.2.15"},
	{name: "paramiko port N on host", in: "paramiko.ssh_exception.NoValidConnectionsError: [Errno None] Unable to connect to port 22 on 192.0.2.10 or 2001:db8::10", host: "192.0.2.10", port: 22, kind: KindError, program: "Python"},
	{name: "port N at host", in: "Error: connection refused on port 5432 at db.corp.internal", host: "db.corp.internal", port: 5432, kind: KindError, failure: FailureRefused},
	{name: "a word glued to an ip", in: "This site can’t be reached192.168.1.20 refused to connect.", host: "192.168.1.20", port: 80, from: PortProgram, kind: KindError, program: "browser", failure: FailureRefused},
	{name: "a browser names localhost", in: "This site can’t be reached\nlocalhost refused to connect.\nERR_CONNECTION_REFUSED", host: "localhost", port: 80, from: PortProgram, kind: KindError, program: "browser", failure: FailureRefused},
	{name: "edge's connection to x was denied", in: "Unable to access this siteThe connection to localhost was denied.\nTry it:\n\nCheck the connection\nCheck proxy and firewall\nERR_CONNECTION_REFUSED", host: "localhost", port: 80, from: PortProgram, kind: KindError, program: "browser", failure: FailureRefused},
	{name: "edge's connection to an address was denied", in: "The connection to 192.168.1.20 was denied.", host: "192.168.1.20", port: 80, from: PortProgram, kind: KindError, program: "browser"},
	{name: "the connection to the server was denied names none", in: "The connection to the server was denied.", kind: KindError, err: ErrNoTarget},
	{name: "borg's repository over ssh", in: "[smith@host2] $ borg list host1:/data/borgbackups/smith::2016-12-05@02:00:01\nRemote: ssh_exchange_identification: Connection closed by remote host\nConnection closed by remote host. Is borg working on the server?", host: "host1", port: 22, from: PortProgram, kind: KindError, program: "BorgBackup", failure: FailureReset},
	{name: "borg's repository in the home directory", in: "$ borg init -e repokey backup@nas.lan:~/repo\nConnection closed by remote host. Is borg working on the server?", host: "nas.lan", port: 22, from: PortProgram, kind: KindError, program: "BorgBackup", failure: FailureReset},
	{name: "borg's ssh url repository", in: "$ borg list ssh://backup@nas.lan:2222/./repo\nRemote: ssh_exchange_identification: Connection closed by remote host", host: "nas.lan", port: 2222, kind: KindError, failure: FailureReset},
	{name: "borg's exclude pattern is no host", in: "$ borg create --stats --exclude 'sh:/home/*/.cache/*' /mnt/usb/borg::'{hostname}-{now}' /home\nFailed to create/acquire the lock /mnt/usb/borg/lock.exclusive (timeout).", kind: KindError, err: ErrNoTarget},
	{name: "borg's pattern style is no host", in: "borg create -v --stats --exclude pp:/home/user/Downloads /backup/repo::'{hostname}-{now}' /home\nConnection closed by remote host", kind: KindError, err: ErrNoTarget},
	{name: "borg's repository after an exclude", in: "$ borg create --exclude 'sh:/home/*/.cache/*' backup@nas.lan:repo::'{now}' /home\nConnection closed by remote host. Is borg working on the server?", host: "nas.lan", port: 22, from: PortProgram, kind: KindError, program: "BorgBackup", failure: FailureReset},
	{name: "borg's repository after an option", in: "$ borg list --last 1 host1:/data/borg\nConnection closed by remote host. Is borg working on the server?", host: "host1", port: 22, from: PortProgram, kind: KindError, program: "BorgBackup", failure: FailureReset},
	{name: "borg's local repository on a drive", in: "$ borg list C:/backups::x\nConnection closed by remote host. Is borg working on the server?", kind: KindError, err: ErrNoTarget},
	{name: "meshtastic's node over tcp", in: "$  meshtastic --host 192.168.0.71 --info\nConnected to radio\n\nPrimary channel URL: https://meshtastic.org/e/#CgsSAQEoATABOgIIIBIMCAE4A0ADSAFQG2gB\n\nERROR file:stream_interface.py __reader line:210 Unexpected OSError, terminating meshtastic reader... [Errno 104] Connection reset by peer\nAborting due to: [Errno 32] Broken pipe", host: "192.168.0.71", port: 4403, from: PortProgram, kind: KindError, program: "Python", failure: FailureReset},
	{name: "meshtastic's node with its port", in: "$ meshtastic --host meshnode.local:4404 --nodes\nAborting due to: [Errno 111] Connection refused", host: "meshnode.local", port: 4404, kind: KindError, program: "Python", failure: FailureRefused},
	{name: "meshtastic's option in a sentence", in: "Run meshtastic --host with the node's address.", kind: KindError, err: ErrNoTarget},
	{name: "tdengine's shell", in: "[root@hadoop01 ~]# taos -h hadoop01\n\nWelcome to the TDengine shell from Linux, Client Version:2.6.0.4\nCopyright (c) 2022 by TAOS Data, Inc. All rights reserved.\n\ntaos connect failed, reason: Unable to establish connection.", host: "hadoop01", port: 6030, from: PortProgram, kind: KindError, program: "TDengine"},
	{name: "tdengine's shell with its port", in: "$ taos -hhadoop01 -P 6041\ntaos connect failed, reason: Unable to establish connection.", host: "hadoop01", port: 6041, kind: KindError, program: "TDengine"},
	{name: "tdengine's option in a sentence", in: "The taos -h option names the server.", kind: KindError, err: ErrNoTarget},
	{name: "technitium's forwarder timed out", in: "[2026-04-09 09:58:15 UTC] DNS Server failed to resolve the request 'd13k0u05epq7aj.cloudfront.net. A IN' using forwarders: 9.9.9.9, 149.112.112.112.\nTechnitiumLibrary.Net.Dns.DnsClientNoResponseException: DnsClient failed to resolve the request 'd13k0u05epq7aj.cloudfront.net. A IN': request timed out for name server [9.9.9.9].\n ---> System.Net.Sockets.SocketException (110): Connection timed out", host: "9.9.9.9", port: 53, from: PortProgram, kind: KindError, program: ".NET", failure: FailureTimeout},
	{name: "technitium's named forwarders", in: "DnsClient failed to resolve the request 'example.org. A IN': request timed out for name servers [dns.quad9.net (9.9.9.9), 1.1.1.1].", host: "dns.quad9.net", port: 53, addr: "9.9.9.9", kind: KindError, program: "Technitium DNS Server", failure: FailureTimeout},
	{name: "a name server's doh url is no plain server", in: "DnsClient failed to resolve the request 'example.org. A IN': request timed out for name servers [https://dns.quad9.net/dns-query (9.9.9.9), 1.1.1.1].", host: "dns.quad9.net", port: 443, kind: KindError, failure: FailureTimeout},
	{name: "an address list's next address is no port", in: "connect to 10.0.0.5, 149.112.112.112 failed: connection timed out", host: "10.0.0.5", port: 443, kind: KindError, failure: FailureTimeout},
	{name: "snmp_exporter's first target that failed", in: "error collecting metric Desc{fqName: \"snmp_error\", help: \"Error scraping target\", constLabels: {}, variableLabels: []}: error getting target 10.0.0.209: Request timeout (after 3 retries)\n\nerror collecting metric Desc{fqName: \"snmp_error\", help: \"Error scraping target\", constLabels: {}, variableLabels: []}: error getting target 10.0.0.211: Error reading from socket: read udp 10.0.0.214:43613->10.0.0.211:161: read: connection refused", host: "10.0.0.209", port: 161, from: PortProgram, kind: KindError, program: "snmp_exporter", failure: FailureTimeout},
	{name: "snmp_exporter's scrape cancelled", in: `level=info msg="Error scraping target" err="scrape cancelled after 19.99s (possible timeout) getting target switch1.corp.net"`, host: "switch1.corp.net", port: 161, from: PortProgram, kind: KindError, program: "snmp_exporter", failure: FailureTimeout},
	{name: "snmp_exporter's target with its port", in: "error getting target 10.0.0.5:1161: Request timeout (after 3 retries)", host: "10.0.0.5", port: 1161, kind: KindError, program: "snmp_exporter", failure: FailureTimeout},
	{name: "a kubernetes target is no snmp agent", in: "Error getting Target default/my-target: the server could not find the requested resource", kind: KindError, err: ErrNoTarget},
	{name: "zerotier-cli's service api", in: "PS C:\\WINDOWS\\system32> zerotier-cli get <network_id> allowDefault\nError connecting to the ZeroTier service: timed out\n\nPlease check that the service is running and that TCP port 9993 can be contacted via 127.0.0.1.", host: "127.0.0.1", port: 9993, kind: KindError, program: "ZeroTier", failure: FailureTimeout},
	{name: "zerotier's port with no host", in: "Error connecting to the ZeroTier service: timed out\nCheck that TCP port 9993 can be contacted.", kind: KindError, err: ErrNoTarget},
	{name: "chrome's unsupported protocol", in: "This site can’t provide a secure connection\nwww.spinnaker.io uses an unsupported protocol.\nERR_SSL_VERSION_OR_CIPHER_MISMATCH\nUnsupported protocol\nThe client and server don't support a common SSL protocol version or cipher suite.", host: "www.spinnaker.io", port: 443, kind: KindError, program: "browser", failure: FailureTLS},
	{name: "chrome's invalid response glued to its tls heading", in: "This site can’t provide a secure connectionglobal-collapse.com sent an invalid response.\nTry running Windows Network Diagnostics.\nERR_SSL_PROTOCOL_ERROR", host: "global-collapse.com", port: 443, kind: KindError, program: "browser", failure: FailureTLS},
	{name: "chrome's login certificate refused", in: "This site can’t provide a secure connection\n\nguides.emberjs.com didn’t accept your login certificate, or your login certificate may have expired.\nTry contacting the system admin.", host: "guides.emberjs.com", port: 443, kind: KindError, program: "browser", failure: FailureTLS},
	{name: "chrome's invalid http response is no tls failure", in: "This page isn’t working\nlocalhost sent an invalid response.\nERR_INVALID_RESPONSE", host: "localhost", port: 80, from: PortProgram, kind: KindError, program: "browser"},
	{name: "chrome's invalid response from a word", in: "This site can’t provide a secure connection site sent an invalid response.\nERR_SSL_PROTOCOL_ERROR", kind: KindError, err: ErrNoTarget},
	{name: "a browser's connection closed", in: "This site can’t be reached192.168.0.10 unexpectedly closed the connection.\nERR_CONNECTION_CLOSED", host: "192.168.0.10", port: 80, kind: KindError, program: "browser"},
	{name: "a browser names a host", in: "api.corp.internal took too long to respond.", host: "api.corp.internal", port: 443, kind: KindError, program: "browser", failure: FailureTimeout},
	{name: "a version is no glued ip", in: "agent v1.2.3.4 failed: dial tcp 10.0.0.5:5432: connect: connection refused", host: "10.0.0.5", port: 5432, kind: KindError, program: "Go", failure: FailureRefused},
	{name: "masked octets", in: "ncat -vv 1X.X.X.X 4443\nlibnsock nsock_trace_handler_callback(): Callback: CONNECT TIMEOUT for EID 8 [1X.X.X.X:4443]\nNcat: TIMEOUT.", err: ErrNoTarget},
	{name: "nodemailer user agent banner", in: "[2022-09-30 12:33:48] DEBUG Creating transport: nodemailer (6.7.5; +https://nodemailer.com/; SMTP/6.7.5[client:6.7.5])\n[2022-09-30 12:33:48] DEBUG [w1e7Rr1bIfE] Resolved webmail.mydomain.com as 83.217.35.130:991 [cache miss]\n[2022-09-30 12:33:48] INFO  [w1e7Rr1bIfE] Connection established to 83.217.35.130:991\n[2022-09-30 12:34:18] ERROR [w1e7Rr1bIfE] Greeting never received", host: "83.217.35.130", port: 991, kind: KindError, failure: FailureTimeout},
	{name: "crawler user agent banner", in: "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)\ncurl: (28) Connection timed out after 10001 milliseconds", kind: KindError, err: ErrNoTarget},
	{name: "plus url in parentheses without version", in: "fetching (attempt 2; +https://api.corp.test/x) Connection timed out", host: "api.corp.test", port: 443, kind: KindError, failure: FailureTimeout},
	{name: "ghci banner", in: "GHCi, version 8.4.3: http://www.haskell.org/ghc/  :? for help\n*** Exception: ConnectionFailure Network.Socket.connect: <socket: 11>: does not exist (Connection refused)", kind: KindError, err: ErrNoTarget},
	{name: "version then url is no banner", in: "Upgrade to version 2.0: https://get.corp.test/v2 failed: Connection timed out", host: "get.corp.test", port: 443, kind: KindError, failure: FailureTimeout},
	{name: "node tls reset code", in: "ERROR\tError: Client network socket disconnected before secure TLS connection was established\n    at connResetException (internal/errors.js:570:14)\n    at TLSSocket.onConnectEnd (_tls_wrap.js:1361:19) {\n  code: 'ECONNRESET',\n  path: undefined,\n  host: 'edge-mqtt.facebook.com',\n  port: 443,\n  localAddress: undefined\n}", host: "edge-mqtt.facebook.com", port: 443, kind: KindError, failure: FailureTLS},
	{name: "a program's home page in its banner", in: "Ncat: Version 7.94 ( https://nmap.org/ncat )\nNcat: TIMEOUT.", err: ErrNoTarget},
	{name: "connect to, a step", in: "Connect to 10.0.0.7 ...\nERROR: A connection attempt failed because the connected party did not properly respond after a period of time", host: "10.0.0.7", port: 443, kind: KindError, failure: FailureTimeout},
	{name: "trying to connect to, a step", in: "Trying to connect to db2.corp.internal...\nError: Connection timed out", host: "db2.corp.internal", port: 443, kind: KindError, failure: FailureTimeout},
	{name: "go error as JSON", in: `Error: {"Op":"Post","URL":"https://localhost/api/v1/projects","Err":{"Op":"dial","Net":"tcp","Source":null,"Addr":{"IP":"::1","Port":443,"Zone":""},"Err":{"Syscall":"connect","Err":61}}}`, host: "localhost", port: 443, kind: KindError, failure: FailureRefused, addr: "::1"},
	{name: "drone-ssh runs over ssh", in: "======CMD======\nuptime\n======END======\n2023/05/16 01:34:44 dial tcp: lookup \"203.0.113.5\": no such host", host: "203.0.113.5", port: 22, from: PortProgram, kind: KindError, program: "Go", failure: FailureNoSuchHost},
	// A source location is no host:port: Node's module paths and a path's
	// last segment ("node:internal/deps/undici/undici:12443", "/app/lib/client:132").
	{name: "a node module location", in: "node:internal/deps/undici/undici:12443\n    Error.captureStackTrace(err, this);\nTypeError: fetch failed\n  cause: ConnectTimeoutError: Connect Timeout Error", kind: KindError, err: ErrNoTarget},
	{name: "a path's last segment", in: "at /usr/src/app/node_modules/pg/lib/client:132\nError: Connection timed out", kind: KindError, err: ErrNoTarget},
	// A name beats the IP dialled for it: the URL a Node error object gives
	// as the request's ("url: '…'", "_currentUrl: '…'"), on the IP's port.
	{name: "a dumped request url names the dialled ip", in: "  config: {\n    url: 'http://api.corp.internal/v1/items',\n    method: 'get'\n  },\n  cause: Error: connect ECONNREFUSED 10.0.0.5:80", host: "api.corp.internal", port: 80, kind: KindError, program: "Node.js", failure: FailureRefused, addr: "10.0.0.5"},
	{name: "a dumped current url names loopback", in: "    _currentUrl: 'http://localhost/api/login',\n  },\n  cause: Error: connect ECONNREFUSED 127.0.0.1:80\n      at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)", host: "localhost", port: 80, kind: KindError, program: "Node.js", failure: FailureRefused, addr: "127.0.0.1"},
	// wget's "… connected." is a step that worked, in any language; the
	// connection that failed after a redirect is the target.
	{name: "wget connected then failed after a redirect", in: "Connecting to a.corp.internal (a.corp.internal)|192.0.2.1|:443... connected.\nHTTP request sent, awaiting response... 302 Found\nLocation: https://b.corp.internal/x [following]\n--2023-07-15 13:18:01--  https://b.corp.internal/x\nResolving b.corp.internal (b.corp.internal)... 192.0.2.2\nConnecting to b.corp.internal (b.corp.internal)|192.0.2.2|:443... failed: Connection refused.", host: "b.corp.internal", port: 443, kind: KindError, program: "wget", failure: FailureRefused, addr: "192.0.2.2"},
	{name: "wget connected in german", in: "Verbindungsaufbau zu a.corp.internal (a.corp.internal)|192.0.2.1|:443 … verbunden.\nVerbindungsaufbau zu b.corp.internal (b.corp.internal)|::|:443 … fehlgeschlagen: Verbindungsaufbau abgelehnt.", host: "b.corp.internal", port: 443, kind: KindError, program: "wget", failure: FailureRefused, addr: "::"},
	// The address curl dialled for a URL's host, without its port.
	{name: "curl dialled an ipv6 address for a url", in: "Could not retrieve mirrorlist http://mirror.corp.internal/?release=7 error was\n14: curl#7 - \"Failed to connect to 2001:db8::5: Network is unreachable\"", host: "mirror.corp.internal", port: 80, kind: KindError, failure: FailureUnreachable, addr: "2001:db8::5"},
	// A database client's error names its server or none: a web page's URL
	// is not it.
	{name: "a database error takes no web url", in: "Fatal error\n\nSQLSTATE[HY000] [2002] Connection timed out\n\non http://www.corp.internal", kind: KindError, err: ErrNoTarget},
	// envoy's response details with spaces written as underscores.
	{name: "envoy details with underscores", in: `[2024-05-28T18:42:53.929Z] "- - -" 0 UF,URX - - "delayed_connect_error:_111" 0 0 0 - "-" "-" "-" "-" "10.0.0.5:7801" InboundPassthroughClusterIpv4 - 10.0.0.5:7801 10.0.0.9:33948 - -`, host: "10.0.0.5", port: 7801, kind: KindError, failure: FailureRefused},
	{name: "envoy reset details with underscores", in: `"GET /x HTTP/1.1" 503 UF upstream_reset_before_response_started{remote_connection_failure,delayed_connect_error:_Connection_refused} - "-" 0 91 1 - "-" "curl/8.0" "-" "b.corp.internal" "10.0.0.5:8080"`, host: "10.0.0.5", port: 8080, kind: KindError, failure: FailureRefused},
	// A word that holds characters no host name has is not a host, nor a
	// name cut out of it.
	{name: "a quoted word no host has", in: "wget: 无法解析主机地址 “h1>server”\nwget: unable to resolve host address ‘(500)<’", kind: KindError, err: ErrNoTarget},
	{name: "a percent-escaped word", in: "curl: (6) Could not resolve host: h1%3Eserver", kind: KindError, err: ErrNoTarget},
	// MQTT clients name the broker with -h (port -p, default 1883).
	{name: "mosquitto_sub names its broker", in: "$ mosquitto_sub -h broker.corp.internal -t 'sensors/#'\nError: Connection refused", host: "broker.corp.internal", port: 1883, from: PortProgram, kind: KindError, program: "MQTT", failure: FailureRefused},
	// A path that only starts like a help page's is none, and a web
	// client's host takes no port from another program the text names.
	{name: "a paste quoted in Markdown", in: "> dial tcp 10.0.0.5:443: connect: connection timed out", host: "10.0.0.5", port: 443, from: PortExplicit, kind: KindError, program: "Go", failure: FailureTimeout, line: 1},
	{name: "a paste quoted twice, with a stack", in: "> > Error: connect ECONNREFUSED 10.1.2.3:5432\n> >     at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)", host: "10.1.2.3", port: 5432, from: PortExplicit, kind: KindError, program: "Node.js", failure: FailureRefused, line: 1},
	{name: "a quoted paste copied on Windows", in: "> curl: (7) Failed to connect to api.corp.test port 8443 after 3 ms: Connection refused\r\n> \r\n> curl: (7) Failed to connect to api.corp.test port 8443 after 2 ms: Connection refused\r\n", host: "api.corp.test", port: 8443, from: PortExplicit, kind: KindError, program: "curl", failure: FailureRefused, line: 1},
	{name: "a shell's continuation prompt is no quote", in: "$ psql -h db.corp.test \\\n> -p 5433\npsql: error: connection to server at \"db.corp.test\" (10.0.0.5), port 5433 failed: Connection refused", host: "db.corp.test", port: 5433, from: PortExplicit, kind: KindError, program: "psql", failure: FailureRefused, addr: "10.0.0.5", line: 3},
	{name: "libpq's hint with a journald prefix on each line", in: "Nov 18 09:14:49 app1 worker[311]: could not connect to server: Connection refused\nNov 18 09:14:49 app1 worker[311]: \tIs the server running on host \"db.corp.test\" (10.0.0.5) and accepting\nNov 18 09:14:49 app1 worker[311]: \tTCP/IP connections on port 5433?", host: "db.corp.test", port: 5433, from: PortExplicit, kind: KindError, program: "PostgreSQL", failure: FailureRefused, addr: "10.0.0.5", line: 2},
	{name: "libpq's hint with a timestamp on each line", in: "2024-03-05T10:11:12.123Z could not connect to server: Connection timed out\n2024-03-05T10:11:12.123Z \tIs the server running on host \"db.corp.test\" (10.0.0.5) and accepting\n2024-03-05T10:11:12.124Z \tTCP/IP connections on port 6432?", host: "db.corp.test", port: 6432, from: PortExplicit, kind: KindError, program: "PostgreSQL", failure: FailureTimeout, addr: "10.0.0.5", line: 2},
	{name: "Node's error object logged to journald", in: "Nov 24 05:38:28 web01 node[311]: Error: connect ETIMEDOUT\nNov 24 05:38:28 web01 node[311]:     at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16) {\nNov 24 05:38:28 web01 node[311]:   errno: -110,\nNov 24 05:38:28 web01 node[311]:   code: 'ETIMEDOUT',\nNov 24 05:38:28 web01 node[311]:   syscall: 'connect',\nNov 24 05:38:28 web01 node[311]:   address: '10.0.0.5',\nNov 24 05:38:28 web01 node[311]:   port: 6379\nNov 24 05:38:28 web01 node[311]: }", host: "10.0.0.5", port: 6379, from: PortExplicit, kind: KindError, program: "Node.js", failure: FailureTimeout, line: 6},
	{name: "Node's error object with a timestamp on each line", in: "2024-03-05T10:11:12.123Z Error: connect ETIMEDOUT\n2024-03-05T10:11:12.123Z     at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16) {\n2024-03-05T10:11:12.123Z   errno: -110,\n2024-03-05T10:11:12.123Z   code: 'ETIMEDOUT',\n2024-03-05T10:11:12.123Z   syscall: 'connect',\n2024-03-05T10:11:12.123Z   address: '10.0.0.5',\n2024-03-05T10:11:12.123Z   port: 6379\n2024-03-05T10:11:12.123Z }", host: "10.0.0.5", port: 6379, from: PortExplicit, kind: KindError, program: "Node.js", failure: FailureTimeout, line: 6},
	{name: "JavaMail under the Java Service Wrapper, a German JVM", in: "INFO   | jvm 1    | 2015/07/15 19:06:46 | com.sun.mail.util.MailConnectException: Couldn't connect to host, port: mail.corp.test, 25; timeout -1;|\nINFO   | jvm 1    | 2015/07/15 19:06:46 | Caused by: \nINFO   | jvm 1    | 2015/07/15 19:06:46 | java.net.ConnectException: Die Wartezeit fÃ¼r die Verbindung ist abgelaufen", host: "mail.corp.test", port: 25, from: PortExplicit, kind: KindError, program: "Java", failure: FailureTimeout, line: 1},
	{name: "JavaMail's host and port, its timeout no failure", in: "org.eclipse.angus.mail.util.MailConnectException: Couldn't connect to host, port: smtp.corp.test, 587; timeout 15000\nnested exception is: java.net.ConnectException: Connection refused", host: "smtp.corp.test", port: 587, from: PortExplicit, kind: KindError, program: "Java", failure: FailureRefused, line: 1},
	{name: "JavaMail's message as its source writes it names no host", in: "throw new MailConnectException(\"Couldn't connect to host, port: \" + host + \", \" + port + \"; timeout \" + cto);", kind: KindError, err: ErrNoTarget},
	{name: "the Java Service Wrapper's header is no Compose column", in: "STATUS | wrapper  | 2015/07/15 19:06:40 | Launching a JVM...\nINFO   | jvm 1    | 2015/07/15 19:06:46 | Exception in thread \"main\" java.net.ConnectException: Connection refused (Connection refused)\nINFO   | jvm 1    | 2015/07/15 19:06:46 | \tat java.net.PlainSocketImpl.socketConnect(Native Method)\nINFO   | jvm 1    | 2015/07/15 19:06:46 | Connecting to db.corp.test:5432", host: "db.corp.test", port: 5432, from: PortExplicit, kind: KindError, program: "Java", failure: FailureRefused},
	{name: "a frame wrapped at a console's width under the Java Service Wrapper names no host", in: "INFO   | jvm 1    | 2021/06/07 18:44:26 | java.io.IOException: Connection reset by peer\nINFO   | jvm 1    | 2021/06/07 18:44:26 |         at io.netty.channel.nio.NioEventLoop.processSelectedKey(NioEventLoop.jav\nINFO   | jvm 1    | 2021/06/07 18:44:26 | a:714)", kind: KindError, err: ErrNoTarget},
	{name: "a Compose column named like a wrapper's level is still read", in: "info   | 2015/07/15 19:06:46 | dial tcp 10.0.0.9:5432: connect: connection refused\ninfo   | 2015/07/15 19:06:46 | retrying", host: "10.0.0.9", port: 5432, from: PortExplicit, kind: KindError, program: "Go", failure: FailureRefused, line: 1},
	{name: "wget in French under an installer's prefix", in: "Attention : wget : impossible de résoudre l'adresse de l'hôte « files.corp.test »\nAttention : Corrupt source\nAttention : tar: Ceci ne ressemble pas à une archive de type « tar »", host: "files.corp.test", port: 443, from: PortAssumed, kind: KindError, program: "wget", failure: FailureNoSuchHost, line: 1},
	{name: "wget in Russian", in: "Распознаётся files.corp.test (files.corp.test)... ошибка: Имя или служба не известны.\nwget: не удаётся разрешить адрес «files.corp.test»", host: "files.corp.test", port: 443, from: PortAssumed, kind: KindError, program: "wget", failure: FailureNoSuchHost},
	{name: "wget in German", in: "wget: kann die Host-Adresse »files.corp.test« nicht auflösen", host: "files.corp.test", port: 443, from: PortAssumed, kind: KindError, program: "wget", failure: FailureNoSuchHost, line: 1},
	{name: "wget in Italian", in: "wget: impossibile risolvere l'indirizzo dell'host files.corp.test", host: "files.corp.test", port: 443, from: PortAssumed, kind: KindError, program: "wget", failure: FailureNoSuchHost, line: 1},
	{name: "wget in Brazilian Portuguese", in: "wget: não foi possível resolver endereço de máquina “files.corp.test”", host: "files.corp.test", port: 443, from: PortAssumed, kind: KindError, program: "wget", failure: FailureNoSuchHost, line: 1},
	{name: "WildFly's own host address in French is no wget's", in: "WFLYCTL0246: Impossible de résoudre l'adresse de l'hôte local pour créer un nom basé-UUID pour ce process", kind: KindError, err: ErrNoTarget},
	{name: "logcat's URL of the host that did not resolve gives its port", in: "01-29 09:34:05.249 18405 18840 D Preferences: url: http://nas.lan/vz/middleware.php/entity.json\n01-29 09:34:05.450 18405 18840 W System.err: java.net.UnknownHostException: Unable to resolve host \"nas.lan\": No address associated with hostname\n01-29 09:34:05.451 18405 18840 W System.err: \tat java.net.Inet6AddressImpl.lookupHostByName(Inet6AddressImpl.java:125)", host: "nas.lan", port: 80, from: PortScheme, kind: KindError, program: "Java", failure: FailureNoSuchHost, line: 2},
	{name: "logcat's URL of another host gives no port", in: "01-29 09:34:05.249 18405 18840 D Preferences: url: http://other.lan/vz/entity.json\n01-29 09:34:05.450 18405 18840 W System.err: java.net.UnknownHostException: Unable to resolve host \"nas.lan\": No address associated with hostname", host: "nas.lan", port: 443, from: PortAssumed, kind: KindError, program: "Java", failure: FailureNoSuchHost, line: 2},
	{name: "a URL after \"refer to\" is still documentation", in: "For the codes, refer to http://nas.lan/docs/codes\njava.net.UnknownHostException: Unable to resolve host \"nas.lan\": No address associated with hostname", host: "nas.lan", port: 443, from: PortAssumed, kind: KindError, program: "Java", failure: FailureNoSuchHost, line: 2},
	{name: "KafkaJS's error object names the broker for the address dialled", in: "{\n  broker: 'kafka-5:9094', \n  message: 'Connection error: connect ECONNREFUSED 10.0.0.9:9094', \n  name: 'KafkaJSConnectionError', \n  retriable: true, \n  stack: `\n    KafkaJSConnectionError: Connection error: connect ECONNREFUSED 10.0.0.9:9094\n        at TLSSocket.onError (./svc/node_modules/kafkajs/src/network/connection.js:107:23)\n  `\n}", host: "kafka-5", port: 9094, from: PortExplicit, kind: KindError, program: "Node.js", failure: FailureRefused, addr: "10.0.0.9"},
	{name: "KafkaJS's JSON log names the broker after the address", in: `{"level":"ERROR","timestamp":"2021-03-01T10:00:00.000Z","logger":"kafkajs","message":"[Connection] Connection error: connect ECONNREFUSED 10.0.0.9:9092","broker":"kafka-1:9092","clientId":"svc"}`, host: "kafka-1", port: 9092, from: PortExplicit, kind: KindError, program: "Node.js", failure: FailureRefused, addr: "10.0.0.9"},
	{name: "a broker on another port is not the one dialled", in: "{\n  broker: 'kafka-5:9093', \n  message: 'Connection error: connect ECONNREFUSED 10.0.0.9:9094', \n  name: 'KafkaJSConnectionError'\n}", host: "10.0.0.9", port: 9094, from: PortExplicit, kind: KindError, program: "Node.js", failure: FailureRefused},
	{name: "a proxy key's host:port is not the one dialled", in: "{\n  proxy: 'gw-5:9094', \n  message: 'Connection error: connect ECONNREFUSED 10.0.0.9:9094', \n  name: 'KafkaJSConnectionError'\n}", host: "10.0.0.9", port: 9094, from: PortExplicit, kind: KindError, program: "Node.js", failure: FailureRefused},
	{name: "a plex.direct name whose address label a poster replaced names no host", in: "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='my-external-ip.8c59e55566f5416bb5f3d25b4a15f8a5.plex.direct', port=23130): Max retries exceeded with url: /hubs/search?query=x (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x83cfbbf0>: Failed to establish a new connection: [Errno 111] Connection refused'))", kind: KindError, err: ErrNoTarget},
	{name: "your public IP as a name's first label names no host", in: "dial tcp: lookup your-public-ip.nip.io on 127.0.0.53:53: no such host", kind: KindError, err: ErrNoTarget},
	{name: "a plex.direct name with its address label is a host", in: "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='192-168-1-5.8c59e55566f5416bb5f3d25b4a15f8a5.plex.direct', port=23130): Max retries exceeded with url: /hubs/search?query=x (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x83cfbbf0>: Failed to establish a new connection: [Errno 111] Connection refused'))", host: "192-168-1-5.8c59e55566f5416bb5f3d25b4a15f8a5.plex.direct", port: 23130, from: PortExplicit, kind: KindError, program: "Python", failure: FailureRefused},
	{name: "my and a word that is no address's is a name", in: "dial tcp: lookup myexternal.corp.test on 127.0.0.53:53: no such host", host: "myexternal.corp.test", port: 443, kind: KindError, program: "Go", failure: FailureNoSuchHost},
	{name: "a journald header names the logging machine, no target", in: "Nov 24 05:38:28 db01 app[1]: starting\nNov 24 05:38:29 db01 app[1]: dial tcp 10.0.0.9:5432: connect: connection refused", host: "10.0.0.9", port: 5432, from: PortExplicit, kind: KindError, program: "Go", failure: FailureRefused, line: 2},
	{name: "a paste with no-break spaces from a web page", in: "curl:\u00a0(7)\u00a0Failed\u00a0to\u00a0connect\u00a0to\u00a0api.corp.test\u00a0port\u00a08443\u00a0after\u00a03\u00a0ms:\u00a0Connection\u00a0refused", host: "api.corp.test", port: 8443, from: PortExplicit, kind: KindError, program: "curl", failure: FailureRefused, line: 1},
	{name: "a name with a zero-width space and a byte-order mark", in: "\ufeffapp.corp\u200b.test:8443", host: "app.corp.test", port: 8443, from: PortExplicit, kind: KindHostPort},
	{name: "a log captured with a terminal's colours", in: "\x1b[31mERROR\x1b[0m dial tcp \x1b[1m10.0.0.5:5432\x1b[0m: connect: connection refused", host: "10.0.0.5", port: 5432, from: PortExplicit, kind: KindError, program: "Go", failure: FailureRefused, line: 1},
	{name: "a device a tool found, then its connect timing out", in: "$ ./max status\nFound cube at 192.168.0.29\nConnect: IO::Socket::INET: connect: timeout at /opt/eq3-max/bin/../lib/Max.pm line 54.", host: "192.168.0.29", port: 443, from: PortAssumed, kind: KindError, failure: FailureTimeout, line: 2},
	{name: "two devices found, which one failed is not said", in: "Found cube at 192.168.0.29\nFound cube at 192.168.0.30\nConnect: IO::Socket::INET: connect: timeout at lib/Max.pm line 54.", err: ErrNoTarget},
	{name: "found at a time is no device", in: "Found 3 errors at 10:42\nConnect: IO::Socket::INET: connect: timeout at lib/Max.pm line 54.", err: ErrNoTarget},
	{name: "Node's error object in a Compose log, another container between", in: "web-1     | Error: connect ECONNREFUSED 172.18.0.3:5432\nweb-1     |     at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16) {\ndb-1      | LOG:  database system is ready to accept connections\nweb-1     |   errno: -111,\nweb-1     |   code: 'ECONNREFUSED',\nweb-1     |   syscall: 'connect',\nweb-1     |   address: '172.18.0.3',\nweb-1     |   port: 5432\nweb-1     | }", host: "172.18.0.3", port: 5432, from: PortExplicit, kind: KindError, program: "Node.js", failure: FailureRefused, line: 1},
	{name: "Ansible's host column is no container's", in: "dbhost1 | UNREACHABLE! => {\ndbhost1 |     \"msg\": \"Failed to connect to the host via ssh\"", host: "dbhost1", port: 22, from: PortProgram, kind: KindError, program: "Ansible", line: 1},
	{name: "columns not padded to one width are no Compose log", in: "web-1 | Error: connect ECONNREFUSED\nworker-22 |   address: '172.18.0.3',\nworker-22 |   port: 5432", err: ErrNoTarget},
	{name: "a log indented by a tab, a module:line field in it", in: "\t[I 141028 11:58:44 connectionpool:203] Starting new HTTP connection (1): db.corp.test\n\t[E 141028 11:58:44 state:71] Unable to get broker info: [Errno 111] Connection refused", host: "db.corp.test", port: 80, from: PortProgram, kind: KindError, program: "Python", failure: FailureRefused, line: 1},
	{name: "Node's error object in a code block of four spaces, its frame deeper", in: "    Error: connect ETIMEDOUT\n        at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16) {\n      errno: -110,\n      code: 'ETIMEDOUT',\n      syscall: 'connect',\n      address: '10.0.0.5',\n      port: 6379\n    }", host: "10.0.0.5", port: 6379, from: PortExplicit, kind: KindError, program: "Node.js", failure: FailureTimeout, line: 6},
	{name: "Flower's own address is no target", in: "[I 141028 11:58:44 command:106] Visit me at http://127.0.0.1:5555\n[E 141028 11:58:44 state:71] Unable to get broker info: [Errno 111] Connection refused", err: ErrNoTarget},
	{name: "Flower's broker that failed, its own address above", in: "[I 141028 11:58:44 command:106] Visit me at http://127.0.0.1:5555\n[E 141028 11:58:44 state:71] Unable to get broker info: Error 111 connecting to rabbit.corp.test:15672. Connection refused.", host: "rabbit.corp.test", port: 15672, from: PortExplicit, kind: KindError, program: "Python", failure: FailureRefused, line: 2},
	{name: "256 colours written with colons", in: "dial tcp \x1b[38:5:196mdb.corp.test:5432\x1b[0m: connect: connection refused", host: "db.corp.test", port: 5432, from: PortExplicit, kind: KindError, program: "Go", failure: FailureRefused, line: 1},
	{name: "tput bold and sgr0 round a host", in: "Error: connect to \x1b[1mdb.corp.test\x1b(B\x1b[m:5432 failed: Connection refused", host: "db.corp.test", port: 5432, from: PortExplicit, kind: KindError, failure: FailureRefused, line: 1},
	{name: "rsyslog's high-precision header", in: "2024-03-05T10:11:12.123456+00:00 web01 node[311]: Error: connect ETIMEDOUT\n2024-03-05T10:11:12.123456+00:00 web01 node[311]:     at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16) {\n2024-03-05T10:11:12.123456+00:00 web01 node[311]:   errno: -110,\n2024-03-05T10:11:12.123456+00:00 web01 node[311]:   code: 'ETIMEDOUT',\n2024-03-05T10:11:12.123456+00:00 web01 node[311]:   syscall: 'connect',\n2024-03-05T10:11:12.123456+00:00 web01 node[311]:   address: '10.0.0.5',\n2024-03-05T10:11:12.123456+00:00 web01 node[311]:   port: 6379\n2024-03-05T10:11:12.123456+00:00 web01 node[311]: }", host: "10.0.0.5", port: 6379, from: PortExplicit, kind: KindError, program: "Node.js", failure: FailureTimeout, line: 6},
	{name: "journalctl's short-precise header", in: "Nov 24 05:38:28.123456 web01 node[311]: Error: connect ETIMEDOUT\nNov 24 05:38:28.123456 web01 node[311]:     at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16) {\nNov 24 05:38:28.123456 web01 node[311]:   errno: -110,\nNov 24 05:38:28.123456 web01 node[311]:   code: 'ETIMEDOUT',\nNov 24 05:38:28.123456 web01 node[311]:   syscall: 'connect',\nNov 24 05:38:28.123456 web01 node[311]:   address: '10.0.0.5',\nNov 24 05:38:28.123456 web01 node[311]:   port: 6379\nNov 24 05:38:28.123456 web01 node[311]: }", host: "10.0.0.5", port: 6379, from: PortExplicit, kind: KindError, program: "Node.js", failure: FailureTimeout, line: 6},
	{name: "docker compose logs -t, the column then a timestamp", in: "web-1  | 2024-03-05T10:11:12.123456789Z Error: connect ETIMEDOUT\nweb-1  | 2024-03-05T10:11:12.123456789Z     at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16) {\nweb-1  | 2024-03-05T10:11:12.123456789Z   errno: -110,\nweb-1  | 2024-03-05T10:11:12.123456789Z   code: 'ETIMEDOUT',\nweb-1  | 2024-03-05T10:11:12.123456789Z   syscall: 'connect',\nweb-1  | 2024-03-05T10:11:12.123456789Z   address: '10.0.0.5',\nweb-1  | 2024-03-05T10:11:12.123456789Z   port: 6379\nweb-1  | 2024-03-05T10:11:12.123456789Z }", host: "10.0.0.5", port: 6379, from: PortExplicit, kind: KindError, program: "Node.js", failure: FailureTimeout, line: 6},
	{name: "a journald log in a code block", in: "    Nov 24 05:38:28 web01 node[311]: Error: connect ETIMEDOUT\n    Nov 24 05:38:28 web01 node[311]:     at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16) {\n    Nov 24 05:38:28 web01 node[311]:   errno: -110,\n    Nov 24 05:38:28 web01 node[311]:   code: 'ETIMEDOUT',\n    Nov 24 05:38:28 web01 node[311]:   syscall: 'connect',\n    Nov 24 05:38:28 web01 node[311]:   address: '10.0.0.5',\n    Nov 24 05:38:28 web01 node[311]:   port: 6379\n    Nov 24 05:38:28 web01 node[311]: }", host: "10.0.0.5", port: 6379, from: PortExplicit, kind: KindError, program: "Node.js", failure: FailureTimeout, line: 6},
	{name: "a version found at a registry is no device", in: "Found latest version at registry.npmjs.org\nError: connect ECONNREFUSED", err: ErrNoTarget},
	{name: "a gateway found by name", in: "Found gateway at hue-bridge.lan.corp.test\nConnection timed out", host: "hue-bridge.lan.corp.test", port: 443, from: PortAssumed, kind: KindError, failure: FailureTimeout, line: 1},
	{name: "a quoted paste between a person's sentences", in: "Since this morning I get:\n\n> Error: connect ETIMEDOUT\n>     at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16) {\n>   errno: -110,\n>   code: 'ETIMEDOUT',\n>   syscall: 'connect',\n>   address: '10.0.0.5',\n>   port: 6379\n> }\n\nAny idea?", host: "10.0.0.5", port: 6379, from: PortExplicit, kind: KindError, program: "Node.js", failure: FailureTimeout, line: 8},
	{name: "a journald log under a sentence", in: "The service log says:\nNov 24 05:38:28 web01 app[311]: Error: connect ETIMEDOUT\nNov 24 05:38:28 web01 app[311]:     at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16) {\nNov 24 05:38:28 web01 app[311]:   errno: -110,\nNov 24 05:38:28 web01 app[311]:   code: 'ETIMEDOUT',\nNov 24 05:38:28 web01 app[311]:   syscall: 'connect',\nNov 24 05:38:28 web01 app[311]:   address: '10.0.0.5',\nNov 24 05:38:28 web01 app[311]:   port: 6379\nNov 24 05:38:28 web01 app[311]: }\nThanks", host: "10.0.0.5", port: 6379, from: PortExplicit, kind: KindError, program: "Node.js", failure: FailureTimeout, line: 7},
	{name: "a code block between a person's sentences", in: "I get this:\n\n    Error: connect ETIMEDOUT\n        at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16) {\n      errno: -110,\n      code: 'ETIMEDOUT',\n      syscall: 'connect',\n      address: '10.0.0.5',\n      port: 6379\n    }\n\nAny idea?", host: "10.0.0.5", port: 6379, from: PortExplicit, kind: KindError, program: "Node.js", failure: FailureTimeout, line: 8},
	{name: "curl's request lines under its own are no quote", in: "* Connected to api.corp.test (10.0.0.5) port 8443 (#0)\n> GET /health HTTP/1.1\n> Host: api.corp.test:8443\n>\n* Recv failure: Connection reset by peer", host: "api.corp.test", port: 8443, from: PortExplicit, kind: KindError, program: "curl", failure: FailureReset, addr: "10.0.0.5"},
	{name: "wget given a lone dot", in: "    --2022-11-09 10:36:46--  http://./\n    Resolving . (.)... failed: Name or service not known.\n    wget: unable to resolve host address ‘.", host: ".", port: 80, from: PortScheme, kind: KindError, program: "wget", failure: FailureNoSuchHost, line: 2},
	{name: "wget's lone dot with no request line", in: "Resolving . (.)... failed: Name or service not known.\nwget: unable to resolve host address ‘.’", host: ".", port: 443, kind: KindError, program: "wget", failure: FailureNoSuchHost},
	{name: "a dot in a sentence about resolving is none", in: "Resolving the name . (.)... failed: Name or service not known.", err: ErrNoTarget},
	{name: "wget's request line names the host resolved", in: "--2022-11-09 10:36:46--  http://mirror.corp.test/\nResolving mirror.corp.test (mirror.corp.test)... failed: Name or service not known.", host: "mirror.corp.test", port: 80, from: PortScheme, kind: KindError, program: "wget", failure: FailureNoSuchHost},
	{name: "a path starting /wiki is no help page", in: "Starting app_postgres_1 ... done\n--2019-11-08 06:32:55--  http://www.corp.test/data/wikipedia_article.sql.bin\nResolving www.corp.test (www.corp.test)... failed: Temporary failure in name resolution.\nwget: unable to resolve host address ‘www.corp.test’", host: "www.corp.test", port: 80, from: PortScheme, kind: KindError, program: "wget", failure: FailureNoSuchHost},
	{name: "node-fetch's request to a /Docs/ folder", in: "Synchronizer: [error] FetchError: request to https://dav.corp.test/dav/Koofr/MyFiles/Docs/Notes/info.json failed, reason:\nCode: ETIMEDOUT\n    at ClientRequest.<anonymous> (resources/app.asar/node_modules/node-fetch/lib/index.js:1491:11)", host: "dav.corp.test", port: 443, from: PortScheme, kind: KindError, failure: FailureTimeout},
	{name: "a docs page after node-fetch's error is a help page", in: "FetchError: request to https://api.corp.test/v1 failed, reason: connect ETIMEDOUT\nSee https://tool.corp.test/docs/network for help", host: "api.corp.test", port: 443, from: PortScheme, kind: KindError, program: "Node.js", failure: FailureTimeout},
	{name: "a URL's port 0 is none", in: "com.clickhouse.client.ClickHouseException: 拒绝连接 (Connection refused), server ClickHouseNode [uri=http://ch.corp.test:0/default]@281105551(failover=2, retry=0)", host: "ch.corp.test", port: 80, from: PortScheme, kind: KindError, failure: FailureRefused},
	{name: "a URL's port 8123 is its port", in: "com.clickhouse.client.ClickHouseException: Connection refused, server ClickHouseNode [uri=http://ch.corp.test:8123/default]@281105551", host: "ch.corp.test", port: 8123, kind: KindError, failure: FailureRefused},
	{name: "the Go whois client's server", in: "Error checking whbqt.info: whois: connect to whois server failed: dial tcp: lookup www.registrar.test/domains/whois: no such host", host: "www.registrar.test", port: 43, from: PortProgram, kind: KindError, program: "Go", failure: FailureNoSuchHost},
	{name: "the Go whois client's server with its port", in: "whois: connect to whois server failed: dial tcp 192.0.32.59:4343: i/o timeout", host: "192.0.32.59", port: 4343, kind: KindError, program: "Go", failure: FailureTimeout},
	{name: "a whois server in prose is no dial", in: "we could not connect to whois server at www.registrar.test, so dial tcp: lookup api.registrar.test: no such host", host: "api.registrar.test", port: 443, from: PortAssumed, kind: KindError, program: "Go", failure: FailureNoSuchHost},
	{name: "xfreerdp's server", in: "xfreerdp /v:rdp.corp.test /u:rdp_user /f -themes /gdi:hw\n[14:36:02:033] [28689:28690] [ERROR][com.freerdp.core] - freerdp_tcp_default_connect:freerdp_set_last_error_ex ERRCONNECT_CONNECT_FAILED [0x00020006]\n[14:36:02:033] [28689:28690] [ERROR][com.freerdp.core] - failed to connect to rdp.corp.test", host: "rdp.corp.test", port: 3389, from: PortProgram, kind: KindError},
	{name: "xfreerdp's server and port", in: "$ xfreerdp3 /u:admin /v:10.0.0.7:3390\n[ERROR][com.freerdp.core] - failed to connect to 10.0.0.7", host: "10.0.0.7", port: 3390, kind: KindError},
	{name: "a /v: option of another program", in: "$ foo /v:rdp.corp.test\nfailed to connect to rdp.corp.test", host: "rdp.corp.test", port: 443, from: PortAssumed, kind: KindError},
	{name: "gost's dial of a masked name", in: "gost[3029]: 2020/05/07 23:10:23 forward.go:136: [tcp] 119.129.121.194:64560 -> 172.31.0.20:1300 : dial tcp: lookup eee.XXX.com  on 100.110.0.1:53: no such host", kind: KindError, program: "Go", failure: FailureNoSuchHost, err: ErrNoTarget},
	{name: "gost's dial of a name", in: "gost[3029]: 2020/05/07 23:10:23 forward.go:136: [tcp] 119.129.121.194:64560 -> 172.31.0.20:1300 : dial tcp: lookup eee.corp.test  on 100.110.0.1:53: no such host", host: "eee.corp.test", port: 443, from: PortAssumed, kind: KindError, program: "Go", failure: FailureNoSuchHost},
	{name: "a wiki page is a help page", in: "Error: Connection refused (https://tool.corp.test/wiki/ConnectionRefused)", kind: KindError, err: ErrNoTarget},
	{name: "a help page's file is a help page", in: "Error: Connection refused (https://tool.corp.test/help.html)", kind: KindError, err: ErrNoTarget},
	{name: "a web client's host takes no other service's port", in: "Starting app_postgres_1 ... done\nResolving www.corp.test (www.corp.test)... failed: Temporary failure in name resolution.\nwget: unable to resolve host address ‘www.corp.test’", host: "www.corp.test", port: 443, from: PortAssumed, kind: KindError, program: "wget", failure: FailureNoSuchHost},
	// A console that hard-wraps at its width cuts a quoted value: a line as
	// wide as the console (80, or a width lines of the paste share) left
	// inside a quote goes on on the next line.
	{name: "a quoted host wrapped at 80 columns", in: " File \"C:\\Python33\\lib\\site-packages\\requests\\adapters.py\", line 327, in send\n   raise ConnectionError(e)\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host='class1.company.or\ng', port=443): Max retries exceeded with url: /sna-003 (Caused by <class 'Connec\ntionRefusedError'>: [WinError 10061] No connection could be made because the tar\nget machine actively refused it)", host: "class1.company.org", port: 443, kind: KindError, program: "Python", failure: FailureRefused},
	{name: "a quoted host wrapped at the paste's width", in: "ConnectionError: HTTPConnectionPool(host='intranet.company.n\net', port=8080): Max retries exceeded with url: /x (Caused b\ny NewConnectionError: [Errno 111] Connection refused)", host: "intranet.company.net", port: 8080, kind: KindError, program: "Python", failure: FailureRefused},
	// A quoted host name cut at a line break, at any width, is one name;
	// a quoted value that makes no name is not joined on a short line.
	{name: "a quoted name cut on a short line", in: "ConnectionError: HTTPConnectionPool(host='intranet.company.n\net', port=8080): Connection refused", host: "intranet.company.net", port: 8080, kind: KindError, program: "Python", failure: FailureRefused},
	{name: "powershell zh-CN quoted name cut", in: "PS C:\\Users\\hsia> Invoke-Expression (New-Object System.Net.WebClient).DownloadString('https://get.scoop.sh')\n使用“1”个参数调用“DownloadString”时发生异常:“未能解析此远程名称: 'raw.gith\nubusercontent.com'”\n所在位置 行:1 字符: 1", host: "raw.githubusercontent.com", port: 443, kind: KindError, program: ".NET", failure: FailureNoSuchHost},
	// A URL a console cut at 80 (or 120) columns goes on on the next line;
	// a cut right after a whole host name is no cut.
	{name: "streamlink url cut at 80 columns", in: "[stream.hls][warning] Failed to reload playlist: Unable to open URL: https://vid\neo-edge-c2a548.arn03.hls.ttvnw.net/v0/CtcBnxSlJG9nFL9SKomIY5PJf6XumqhviK9tGbA15J\ngpPgQKMJKk-o4CcHCHdpgGssHthacZEsDtRy1quKjjWc9L-uRdnjhh7DtiRzcdB1HO88VPomMI5huRFp\nuCRzHgszX20aZC6U31Z7c_2KuctmWPv4mRNuMV7eXgmmL4W8r0yn9UzlFrDIntje4TxyLuqLE4Vt8t4o\nAxStecnZ-MqwYLVU-SusxBG0oUPrCmyJeTAETDiyec9bYW9oFc35MJD2_yLJ85JeaFSyyE1W-dCLC_04\nmFTYVsTwMSEAN5GEo3SJoP0HsYEm_CVhwaDHXn26JQ6HG_TDNnOA/index-live.m3u8 (('Connecti\non aborted.', ConnectionResetError(10054, 'An existing connection was forcibly c\nlosed by the remote host', None, 10054, None)))\nException in thread Thread-1:\nTraceback (most recent call last):", host: "video-edge-c2a548.arn03.hls.ttvnw.net", port: 443, kind: KindError, program: "Python", failure: FailureReset},
	{name: "url ends at 80 columns with its host", in: "[stream.hls][warning] Failed to reload playlist: Unable to open URL: https://t.tv\nConnection refused", host: "t.tv", port: 443, kind: KindError, failure: FailureRefused},
	{name: "a short line is no wrap", in: "ConnectionError: HTTPConnectionPool(host='intranet\nbox', port=8080): Connection refused", kind: KindError, err: ErrNoTarget},
	// A command line's flag values may be quoted.
	{name: "mosquitto_pub with a quoted broker", in: "mosquitto_pub -m 1 -t \"sensors/test/led\" -h \"192.0.2.22\"\n i got every time\nError: Connection refused", host: "192.0.2.22", port: 1883, from: PortProgram, kind: KindError, program: "MQTT", failure: FailureRefused},
	{name: "mosquitto_sub with quoted broker and port", in: "mosquitto_sub -h 'broker.corp.internal' -p '8883' -t x\nError: Connection refused", host: "broker.corp.internal", port: 8883, from: PortExplicit, kind: KindError, program: "MQTT", failure: FailureRefused},
	{name: "mysql with a quoted host and port", in: "$ mysql -u root -h \"db.corp.internal\" -P \"3307\" -p\nERROR 2003 (HY000): Can't connect to MySQL server (110)", host: "db.corp.internal", port: 3307, kind: KindError, program: "MySQL", failure: FailureTimeout},
	{name: "mosquitto connack refusal in markdown", in: "Trying to subscribe using **mosquittio_sub -h 192.168.4.1 -t\\# -v**  from a PC on the 192.168.4/24 net give the following error.\n**_Connection error: Connection Refused: identifier rejected._**", host: "192.168.4.1", port: 1883, from: PortProgram, kind: KindError, program: "MQTT"},
	{name: "mosquitto connack not authorised", in: "mosquitto_pub -h broker.corp.test -t t -m 1\nConnection error: Connection Refused: not authorised.", host: "broker.corp.test", port: 1883, kind: KindError, program: "MQTT"},
	{name: "mosquitto tcp refusal stays refused", in: "mosquitto_sub -h broker.corp.test -t t\nConnection error: Connection refused", host: "broker.corp.test", port: 1883, kind: KindError, program: "MQTT", failure: FailureRefused},
	{name: "mosquito word in prose is no command", in: "My mosquito net -h 10.0.0.9 has holes\nError: Connection refused", kind: KindError, err: ErrNoTarget},
	{name: "mosquitto_pub with a port", in: "mosquitto_pub -p 1884 -h mqtt.local -t t -m 1\nError: Connection refused", host: "mqtt.local", port: 1884, kind: KindError, program: "MQTT", failure: FailureRefused},
	{name: "an mqtt client image", in: "docker run --rm --network net efrecon/mqtt-client sub -h mosquitto -t \"/#\"\nError: Connection refused", host: "mosquitto", port: 1883, kind: KindError, program: "MQTT", failure: FailureRefused},
	// A browser's page copied as text glues its heading to the host; its
	// search suggestion spells host:port as "host port".
	{name: "chrome fr glued heading", in: "Ce site est inaccessible127.0.0.1 n'autorise pas la connexion.\nVoici quelques conseils :\n\nVérifier la connexion\nVérifier le proxy et le pare-feu\nERR_CONNECTION_REFUSED", host: "127.0.0.1", port: 80, from: PortProgram, kind: KindError, program: "browser", failure: FailureRefused},
	{name: "chrome fr name", in: "Ce site est inaccessible\nintranet.corp.test n’autorise pas la connexion.", host: "intranet.corp.test", port: 443, kind: KindError, program: "browser", failure: FailureRefused},
	{name: "fr sentence is no chrome page", in: "Le serveur n'autorise pas la connexion directe", kind: KindError, err: ErrNoTarget},
	{name: "chrome zh-CN", in: "无法访问此网站\n\n127.0.0.1 拒绝了我们的连接请求。请试试以下办法：\n\n检查网络连接\n\nERR_CONNECTION_REFUSED", host: "127.0.0.1", port: 80, from: PortProgram, kind: KindError, program: "browser", failure: FailureRefused},
	{name: "chrome ja", in: "このサイトにアクセスできません\nlocalhost で接続が拒否されました。\nERR_CONNECTION_REFUSED", host: "localhost", port: 80, from: PortProgram, kind: KindError, program: "browser", failure: FailureRefused},
	{name: "chrome de", in: "accounts.google.com hat die Verbindung abgelehnt.", host: "accounts.google.com", port: 443, kind: KindError, program: "browser", failure: FailureRefused},
	{name: "de sentence is no chrome page", in: "Mein Chef hat die Verbindung abgelehnt", kind: KindError, err: ErrNoTarget},
	{name: "connect to router ip", in: "10:59:33 Failed to connect to router 192.168.0.220", host: "192.168.0.220", port: 443, kind: KindError},
	{name: "aspia ru connect to router", in: "10:59:30 Подключено к маршрутизатору 192.168.0.220\n10:59:33 Не удалось подключиться к маршрутизатору 192.168.0.220\n10:59:43 Подключение к маршрутизатору 192.168.0.220...", host: "192.168.0.220", port: 443, kind: KindError},
	{name: "ru connected to router is no failure", in: "10:59:30 Подключено к маршрутизатору 192.168.0.220", kind: KindError, err: ErrNoTarget},
	{name: "connect to noun name is no host", in: "Failed to connect to router gateway", kind: KindError, err: ErrNoTarget},
	{name: "git unsupported proxy", in: "Cloning into 'C:\\Repos\\ConvertFRBtoABS'...\nfatal: unable to access 'https://github.com/diev/ConvertFRBtoABS.git/': Unsupported proxy '10.0.2.1:3128', libcurl is built without the HTTPS-proxy support.", host: "10.0.2.1", port: 3128, kind: KindError, program: "git", via: "github.com"},
	{name: "curl unsupported proxy url", in: "curl: (4) Unsupported proxy 'https://proxy.corp.test:8443', libcurl is built without the HTTPS-proxy support.", host: "proxy.corp.test", port: 8443, kind: KindError, program: "curl"},
	{name: "unsupported proxy type is no hop", in: "fatal: unable to access 'https://github.com/x/y.git/': Unsupported proxy type 'socks7'", host: "github.com", port: 443, kind: KindError, program: "git"},
	{name: "filezilla epsv data connection", in: "Status:\tResolving address of tremplin.epfl.ch\nStatus:\tConnecting to [2001:620:618:1da:1:80b2:da29:1]:21...\nStatus:\tConnection established, waiting for welcome message...\nStatus:\tLogged in\nCommand:\tEPSV\nResponse:\t229 Entering Extended Passive Mode (|||56537|)\nCommand:\tMLSD\n**Error:\tThe data connection could not be established: ECONNREFUSED - Connection refused by server\nError:\tConnection timed out after 20 seconds of inactivity\nError:\tFailed to retrieve directory listing**", host: "tremplin.epfl.ch", port: 56537, kind: KindError, program: "FileZilla", failure: FailureRefused, addr: "2001:620:618:1da:1:80b2:da29:1"},
	{name: "filezilla pasv data connection", in: "Status:\tResolving address of ftp.corp.test\nStatus:\tConnecting to 10.0.0.5:21...\nCommand:\tPASV\nResponse:\t227 Entering Passive Mode (10,0,0,6,220,217)\nCommand:\tMLSD\nError:\tThe data connection could not be established: ECONNREFUSED - Connection refused by server", host: "ftp.corp.test", port: 56537, kind: KindError, program: "FileZilla", failure: FailureRefused, addr: "10.0.0.6"},
	{name: "openssl unexpected eof under a closed connection", in: "*** Connection closed unexpectedly: Error: 140:error:0A000126:SSL routines::unexpected eof while reading\nConnecting to irc.corp.test:6697", host: "irc.corp.test", port: 6697, from: PortExplicit, kind: KindError, failure: FailureReset},
	{name: "openssl wrong version under a closed connection", in: "*** Connection closed unexpectedly: Error: 140147552769920:error:1408F10B:SSL routines:ssl3_get_record:wrong version number:../deps/openssl/openssl/ssl/record/ssl3_record.c:332:\nConnecting to irc.corp.test:6697", host: "irc.corp.test", port: 6697, from: PortExplicit, kind: KindError, failure: FailureTLS},
	{name: "filezilla refusal spaced by a forum", in: "Status: Connecting to 10.0.0.5:21...\nError: ECONNREFUSED - Connection refused by server\nError: Could not connect to server", host: "10.0.0.5", port: 21, from: PortExplicit, kind: KindError, program: "FileZilla", failure: FailureRefused},
	{name: "node refusal after Error:", in: "Error: ECONNREFUSED 10.0.0.5:21\nError: Could not connect to server", host: "10.0.0.5", port: 21, from: PortExplicit, kind: KindError, program: "Node.js", failure: FailureRefused},
	{name: "filezilla control connection", in: "Status:\tResolving address of ftp.corp.test\nStatus:\tConnecting to 10.0.0.5:21...\nError:\tConnection timed out after 20 seconds of inactivity\nError:\tCould not connect to server", host: "ftp.corp.test", port: 21, kind: KindError, program: "FileZilla", failure: FailureTimeout, addr: "10.0.0.5"},
	{name: "passive reply without data failure", in: "Status:\tConnecting to 10.0.0.5:21...\nResponse:\t227 Entering Passive Mode (10,0,0,6,220,217)\nError:\tConnection timed out after 20 seconds of inactivity", host: "10.0.0.5", port: 21, kind: KindError, failure: FailureTimeout},
	{name: "haskell http-client record dump", in: "$ ghci\nGHCi, version 8.4.3: http://www.haskell.org/ghc/  :? for help\nPrelude> doc <- httpSink \"https://www.nasdaq.com/symbol/amzn\" $ const sinkDoc\n*** Exception: HttpExceptionRequest Request {\n  host                 = \"www.nasdaq.com\"\n  port                 = 443\n  secure               = True\n  requestHeaders       = []\n  path                 = \"/symbol/amzn\"\n  proxy                = Nothing\n  responseTimeout      = ResponseTimeoutDefault\n}\n ResponseTimeout", host: "www.nasdaq.com", port: 443, kind: KindError, failure: FailureTimeout},
	{name: "net-snmp timeout names the agent", in: "root@sonic:/# snmpwalk -v 2c -c tcnw 127.0.0.1 \nTimeout: No Response from 127.0.0.1\nroot@sonic:/# ps -aux", host: "127.0.0.1", port: 161, kind: KindError, program: "net-snmp", failure: FailureTimeout},
	{name: "net-snmp timeout with transport and port", in: "Timeout: No Response from udp:snmp.corp.test:1161.", host: "snmp.corp.test", port: 1161, kind: KindError, program: "net-snmp", failure: FailureTimeout},
	{name: "nagios snmp plugin -H host", in: "/usr/lib64/nagios/plugins/check_snmp_printer -H 130.50.100.100 --model -t 60\nCRITICAL - Timeout after 60 seconds", host: "130.50.100.100", port: 161, kind: KindError, program: "Nagios plugin", failure: FailureTimeout},
	{name: "nagios http plugin -H host -p port", in: "$ ./check_http -H web.corp.test -p 8080\nCRITICAL - Socket timeout after 10 seconds", host: "web.corp.test", port: 8080, kind: KindError, program: "Nagios plugin", failure: FailureTimeout},
	{name: "nagios plugin help -h names no host", in: "$ ./check_snmp -h\nCRITICAL - Timeout after 60 seconds", err: ErrNoTarget},
	{name: "rpcinfo portmapper refused", in: "rpcinfo -p 192.168.1.1\n192.168.1.1: RPC: Remote system error - Connection refused.", host: "192.168.1.1", port: 111, kind: KindError, program: "rpcbind", failure: FailureRefused},
	{name: "rpcinfo portmapper timed out", in: "nfs.corp.test: RPC: Remote system error - Connection timed out", host: "nfs.corp.test", port: 111, kind: KindError, program: "rpcbind", failure: FailureTimeout},
	{name: "showmount portmapper no route", in: "# showmount -e nfs.corp.test\nclnt_create: RPC: Port mapper failure - Unable to receive: errno 113 (No route to host)", host: "nfs.corp.test", port: 111, kind: KindError, program: "rpcbind", failure: FailureUnreachable},
	{name: "clnt_create names no host", in: "clnt_create: RPC: Port mapper failure - Unable to receive: errno 113 (No route to host)", err: ErrNoTarget},
	{name: "deno node-compat refusal without port", in: "  ● AppController (e2e) › / (GET)\n\n    connect ECONNREFUSED 127.0.0.1\n\n      at __node_internal_captureLargerStackTrace (../ext:deno_node/internal/errors.ts:93:9)\n      at TCP.afterConnect (../ext:deno_node/internal_binding/connection_wrap.ts:43:11)", host: "127.0.0.1", port: 443, kind: KindError, program: "Node.js", failure: FailureRefused},
	{name: "node refusal with port keeps it", in: "Error: connect ECONNREFUSED 127.0.0.1:3000", host: "127.0.0.1", port: 3000, kind: KindError, program: "Node.js", failure: FailureRefused},
	{name: "urllib3 pool repr inside a repr", in: `[Core] WARNING: Resuming failed for unknown reason: ConnectionError(MaxRetryError('HTTPSConnectionPool(host=\'account-public-service-prod03.ol.epicgames.com\', port=443): Max retries exceeded with url: /account/api/oauth/verify (Caused by NameResolutionError("<urllib3.connection.HTTPSConnection object at 0x7bb6b3115430>: Failed to resolve \'account-public-service-prod03.ol.epicgames.com\' ([Errno -3] Temporary failure in name resolution)"))'))`, host: "account-public-service-prod03.ol.epicgames.com", port: 443, kind: KindError, program: "Python", failure: FailureNoSuchHost},
	{name: "escaped quotes with no pool stay escaped", in: `NameResolutionError: Failed to resolve \'db.corp.net\' ([Errno -3] Temporary failure in name resolution)`, kind: KindError, err: ErrNoTarget},
	{name: "twisted no results for hostname lookup", in: "2017-05-11 15:47:06 [scrapy.downloadermiddlewares.retry] DEBUG: Gave up retrying <GET http://xn----7sbb4ac0ad0be6cf.xn--p1ai> (failed 3 times): DNS lookup failed: no results for hostname lookup: xn----7sbb4ac0ad0be6cf.xn--p1ai.", host: "xn----7sbb4ac0ad0be6cf.xn--p1ai", port: 80, kind: KindError, program: "Twisted", failure: FailureNoSuchHost},
	{name: "twisted hostname lookup with no name is none", in: "DNS lookup failed: no results for hostname lookup: .", kind: KindError, err: ErrNoTarget},
	{name: "grpc core dns lookup error quoted", in: "Grpc.Core.RpcException: Status(StatusCode=Unavailable, Detail=\"DNS resolution failed\")\nDNS lookup error for '127.0.0.1'. 'Non-Existent Domain'", host: "127.0.0.1", port: 443, kind: KindError, program: "gRPC", failure: FailureNoSuchHost},
	{name: "grpc core dns resolution failed for service", in: "E0701 dns_resolver.cc:309] DNS resolution failed for service: api.corp.test:50051", host: "api.corp.test", port: 50051, kind: KindError, failure: FailureNoSuchHost},
	{name: "ssl-handshake failing host after a successful one", in: "$ ssl-handshake cdn.corp.test:443\nSSL handshake with cdn.corp.test:443: tcp=75ms handshake=54ms version=1.3 total=129ms\n\n$ ssl-handshake edge.corp.test:443\nSSL handshake with edge.corp.test:443: tcp=104ms handshake=0ms version=n/a total=104ms error=remote error: tls: internal error", host: "edge.corp.test", port: 443, kind: KindError, failure: FailureTLS},
	{name: "ssl-handshake success states no failure", in: "SSL handshake with cdn.corp.test:443: tcp=75ms handshake=54ms version=1.3 total=129ms", host: "cdn.corp.test", port: 443, kind: KindError},
	{name: "sudo zh_CN unable to resolve host", in: "zed@zed-To-be-filled-by-O-E-M:~/文档/tools$ sudo ls\nsudo: 无法解析主机：zed-To-be-filled-by-O-E-M", host: "zed-to-be-filled-by-o-e-m", port: 443, kind: KindError, program: "sudo", failure: FailureNoSuchHost},
	{name: "sudo de unable to resolve host", in: "$ sudo apt update\nsudo: Hostname raspi kann nicht aufgelöst werden: Der Name oder der Dienst ist nicht bekannt", host: "raspi", port: 443, kind: KindError, program: "sudo", failure: FailureNoSuchHost},
	{name: "sudo fr unable to resolve host", in: "sudo: impossible de résoudre l'hôte monpc: Nom ou service inconnu", host: "monpc", port: 443, kind: KindError, program: "sudo", failure: FailureNoSuchHost},
	{name: "sudo ja unable to resolve host", in: "sudo: ホスト ubuntu-vm の名前解決ができません", host: "ubuntu-vm", port: 443, kind: KindError, program: "sudo", failure: FailureNoSuchHost},
	{name: "sudo password prompt names no host", in: "sudo: a password is required", err: ErrNoTarget},
	{name: "haskell http-client 502 dump, setting no timeout", in: "*** Exception: HttpExceptionRequest Request {\n  host                 = \"api.corp.test\"\n  port                 = 443\n  secure               = True\n  responseTimeout      = ResponseTimeoutDefault\n}\n (StatusCodeException (Response {responseStatus = Status {statusCode = 502, statusMessage = \"Bad Gateway\"}}) \"\")", host: "api.corp.test", port: 443, kind: KindError},
	{name: "haskell http-client connection timeout", in: "HttpExceptionRequest Request {\n  host                 = \"api.corp.test\"\n  port                 = 8443\n  secure               = True\n}\n ConnectionTimeout", host: "api.corp.test", port: 8443, kind: KindError, failure: FailureTimeout},
	{name: "a heading glued to a host", in: "This site can’t be reachedlocalhost refused to connect.\nSearch Google for localhost 4200\nERR_CONNECTION_REFUSED", host: "localhost", port: 4200, kind: KindError, program: "browser", failure: FailureRefused},
	// Chrome's search suggestion drops some of the host's words.
	{name: "chrome search words of an address", in: "This site can’t be reached\n192.168.5.71 refused to connect.\nSearch Google for 192 168 8989 sonarr\nERR_CONNECTION_REFUSED", host: "192.168.5.71", port: 8989, kind: KindError, program: "browser", failure: FailureRefused},
	{name: "chrome search words of another host", in: "This site can’t be reached\n192.168.5.71 refused to connect.\nSearch Google for 10 0 8989 sonarr\nERR_CONNECTION_REFUSED", host: "192.168.5.71", port: 80, kind: KindError, program: "browser", failure: FailureRefused},
	{name: "chrome search number that is a label", in: "This site can’t be reached\n192.168.5.71 refused to connect.\nSearch Google for 192 168 71\nERR_CONNECTION_REFUSED", host: "192.168.5.71", port: 80, kind: KindError, program: "browser", failure: FailureRefused},
	{name: "a heading glued to a name", in: "This page isn’t workingapi.corp.internal didn’t send any data.\nERR_EMPTY_RESPONSE", host: "api.corp.internal", port: 443, kind: KindError, program: "browser"},

	// Go on Windows names the resolver call that failed, whatever Winsock
	// said ("getaddrinfow: A non-recoverable error …", WSANO_RECOVERY).
	{name: "go getaddrinfow", in: "failed to connect: dial tcp: lookup ws.corp.internal: getaddrinfow: A non-recoverable error occurred during a database lookup.\nexit status 1", host: "ws.corp.internal", port: 443, kind: KindError, program: "Go", failure: FailureNoSuchHost},
	{name: "a non-recoverable error of no look-up", in: "upload to files.corp.internal failed: A non-recoverable error occurred while writing", host: "files.corp.internal", port: 443, kind: KindError},
	// Winsock's WSAECONNABORTED (10053) under Go's own words for a write.
	{name: "wsasend aborted", in: "2023/03/14 20:38:07 local <- remote failed: readfrom tcp 127.0.0.1:64243->127.0.0.1:27015: write tcp 127.0.0.1:64243->127.0.0.1:27015: wsasend: An established connection was aborted by the software in your host machine.", host: "127.0.0.1", port: 27015, kind: KindError, failure: FailureReset},
	// WinHTTP's 12007 text, hard-wrapped by the console after "The".
	{name: "winhttp name not resolved wrapped", in: "    Updating registry `https://github.com/rust-lang/crates.io-index`\nwarning: spurious network error (2 tries remaining): failed to send request: The\n server name or address could not be resolved\n; class=Os (2)", host: "github.com", port: 443, kind: KindError, failure: FailureNoSuchHost},
	{name: "a server name that is not valid", in: "    Updating registry `https://github.com/rust-lang/crates.io-index`\nerror: failed to send request: The\n server name or address is not valid", host: "github.com", port: 443, kind: KindError},
	// Windows' HRESULTs wrapping WinINet's, WinHTTP's and Winsock's codes
	// (HRESULT_FROM_WIN32(12007) is 0x80072EE7), whole tokens only.
	{name: "winget hresult", in: "Downloading https://web.corp.internal/desktop/Setup.exe\nAn unexpected error occurred while executing the command:\nInternetOpenUrl() failed.\n0x80072ee7 : unknown error", host: "web.corp.internal", port: 443, kind: KindError, failure: FailureNoSuchHost},
	{name: "an hresult that says nothing of how", in: "Downloading https://web.corp.internal/desktop/Setup.exe\nAn unexpected error occurred while executing the command:\nInternetOpenUrl() failed.\n0x80072efd : unknown error", host: "web.corp.internal", port: 443, kind: KindError},
	// A resolver's answer logged before the dial names the IP
	// (nodemailer's "Resolved x as IP [cache miss]").
	{name: "nodemailer resolved as", in: "[2020-01-28 07:00:48] DEBUG [rbPhiu81f6c] Resolved smtp.corp.internal as 10.0.0.5 [cache miss]\n[2020-01-28 07:00:48] INFO  [rbPhiu81f6c] Connection established to 10.0.0.5:587\n[2020-01-28 07:01:18] ERROR [rbPhiu81f6c] Greeting never received\nError: Greeting never received\n  code: 'ETIMEDOUT',\n  command: 'CONN'", host: "smtp.corp.internal", port: 587, kind: KindError, program: "Node.js", failure: FailureTimeout, addr: "10.0.0.5"},
	// A resolver failure naming no host takes the one name the paste gives
	// on a line of its own.
	{name: "libpq lone name above", in: "Meu projeto está ativo no subdomínio abc, região sa-east-1,\nmas o hostname público do PostgreSQL não resolve no DNS:\n\nabc.db.corp.test\n\nO erro ocorre em diferentes redes:\n\ncould not translate host name to address: Name or service not known", host: "abc.db.corp.test", port: 5432, from: PortProgram, kind: KindError, failure: FailureNoSuchHost},
	{name: "libpq two lone names", in: "abc.db.corp.test\nabd.db.corp.test\ncould not translate host name to address: Name or service not known", kind: KindError, err: ErrNoTarget},
	{name: "winerror 10051 under the one device listed", in: "Starting main program\nDevices listed:\n[0] 192.168.1.117\nProceed with the 1 devices listed? [Y/n] y\nTraceback (most recent call last):\n  File \"photocap.py\", line 84, in main\n    self.sock.sendto(HTPA_CALLING_MSG.encode(), self.device.address)\nOSError: [WinError 10051] A socket operation was attempted to an unreachable network", host: "192.168.1.117", port: 443, kind: KindError, program: "Python", failure: FailureUnreachable},
	{name: "winerror 10051 under two devices listed", in: "Devices listed:\n[0] 192.168.1.117\n[1] 192.168.1.118\nOSError: [WinError 10051] A socket operation was attempted to an unreachable network", kind: KindError, err: ErrNoTarget},
	{name: "a refusal under the one device listed names none", in: "Devices listed:\n[0] 192.168.1.117\nConnectionRefusedError: [WinError 10061] No connection could be made because the target machine actively refused it", kind: KindError, err: ErrNoTarget},
	{name: "libpq name in prose", in: "the host abc.db.corp.test does not resolve for me\ncould not translate host name to address: Name or service not known", kind: KindError, err: ErrNoTarget},
	{name: "phpmailer host in prose", in: "Hi when I send email to cas.cloudplatform1.com after a long delay, I get :\n\nSMTP -> ERROR: Failed to connect to server: Connection timed out (110)\nSMTP Error: Could not connect to SMTP host.", host: "cas.cloudplatform1.com", port: 25, from: PortProgram, kind: KindError, program: "PHPMailer", failure: FailureTimeout},
	{name: "two names in prose", in: "When I send email to a.corp.test or b.corp.test I get:\nSMTP Error: Could not connect to SMTP host. Connection timed out", kind: KindError, err: ErrNoTarget},
	{name: "prose name with a help url", in: "When I send email to a.corp.test I get (see https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting):\nSMTP Error: Could not connect to SMTP host. Connection timed out", kind: KindError, err: ErrNoTarget},
	{name: "code identifier in prose", in: "When I connect to System.Net I get:\nConnection timed out", kind: KindError, err: ErrNoTarget},
	{name: "prose name merely mentioned", in: "I'm using Postgresql.app and my server is running\n%Postgrex.Error{message: \"tcp connect: econnrefused\"}", kind: KindError, err: ErrNoTarget},
	{name: "lone name no dns failure", in: "abc.db.corp.test\nconnection refused", kind: KindError, err: ErrNoTarget},
	{name: "lone file name", in: "config.yaml\ncould not translate host name to address: Name or service not known", kind: KindError, err: ErrNoTarget},
	// A timeout offered as one explanation of two is no statement when
	// the lines after state a kind (Sequel Pro; macOS's errno 61).
	{name: "sequel pro hedged errno", in: "CONNECTION FAILED\nUnable to connect to host db.corp.internal, or the request timed out.\n\nBe sure that the address is correct and that you have the necessary privileges, or try increasing the connection timeout (currently 10 seconds).\n\nMySQL said: Lost connection to MySQL server at 'reading initial communication packet', system error: 61", host: "db.corp.internal", port: 3306, kind: KindError, program: "MySQL", failure: FailureRefused},
	{name: "sequel pro hedged alone", in: "CONNECTION FAILED\nUnable to connect to host db.corp.internal, or the request timed out.", host: "db.corp.internal", port: 443, kind: KindError, failure: FailureTimeout},
	{name: "timeout stated before errno", in: "Unable to connect to host db.corp.internal: the request timed out.\nMySQL said: Lost connection to MySQL server at 'reading initial communication packet', system error: 61", host: "db.corp.internal", port: 3306, kind: KindError, program: "MySQL", failure: FailureTimeout},
	// Text pasted after a UTF-8 → Latin-1 (or Windows-1252) mix-up is read
	// as it was written.
	{name: "mojibake fr refused", in: "Could not connect to 'XMPPS.corp.internal' on port 5223: IO::Socket::INET: connect: Connexion refusÃ©", host: "xmpps.corp.internal", port: 5223, kind: KindError, failure: FailureRefused},
	{name: "mojibake de timeout", in: "ssh: connect to host db.corp.internal port 22: ZeitÃ¼berschreitung der Verbindung", host: "db.corp.internal", port: 22, kind: KindError, program: "ssh", failure: FailureTimeout},
	{name: "mojibake es refused", in: "ssh: connect to host db.corp.internal port 22: ConexiÃ³n rehusada", host: "db.corp.internal", port: 22, kind: KindError, program: "ssh", failure: FailureRefused},
	{name: "mojibake cp1252 quote", in: "Firefox canâ€™t establish a connection to the server at db.corp.internal.", host: "db.corp.internal", port: 443, kind: KindError, program: "browser", failure: FailureRefused},
	{name: "libpq addr not errno", in: "could not connect to server: Connection refused\n\tIs the server running on host \"db.corp.net\" (104.236.89.117) and accepting\n\tTCP/IP connections on port 49155?", host: "db.corp.net", port: 49155, kind: KindError, program: "PostgreSQL", failure: FailureRefused, addr: "104.236.89.117"},
	{name: "errno 104 still", in: "ConnectionResetError(104, 'Connection reset by peer') talking to db.corp.net:5432", host: "db.corp.net", port: 5432, kind: KindError, failure: FailureReset},
	{name: "html refs libpq", in: "<h2>PG::ConnectionBad occurred in </h2>\n<pre>\ncould not connect to server: Connection refused\n\tIs the server running on host &quot;postgres-e045225b-1.bfosberry.cont.tutum.io&quot; (104.236.89.117) and accepting\n\tTCP/IP connections on port 49155?\n\nlib/tasks/sync.rake:11:in `block (2 levels) in &lt;top (required)&gt;&#39;\n</pre>", host: "postgres-e045225b-1.bfosberry.cont.tutum.io", port: 49155, kind: KindError, program: "PostgreSQL", failure: FailureRefused, addr: "104.236.89.117"},
	{name: "html numeric refs", in: "Failed to connect to &#x27;db.corp.net:5432&#x27;: Connection refused", host: "db.corp.net", port: 5432, kind: KindError, failure: FailureRefused},
	{name: "html line break refs stay as written", in: "Error:&#13;&#10;Failed to connect to db.corp.net:5432: Connection refused", host: "db.corp.net", port: 5432, kind: KindError, failure: FailureRefused},
	{name: "html line break refs in libpq's page", in: "&lt;pre&gt;could not connect to server: Connection refused&#10;\tIs the server running on host &quot;db.corp.net&quot; and accepting&#10;\tTCP/IP connections on port 5432?&lt;/pre&gt;", host: "db.corp.net", port: 5432, kind: KindError, failure: FailureRefused},
	{name: "html ref word in prose", in: "The docs say to write &quot; for a quote; ssh: connect to host db.corp.internal port 22: Connection refused", host: "db.corp.internal", port: 22, kind: KindError, program: "ssh", failure: FailureRefused},
	{name: "html amp query kept", in: "Get \"https://api.corp.net/x?a=1&copy=2&amp\": dial tcp 10.0.0.5:443: connect: connection refused", host: "api.corp.net", port: 443, kind: KindError, program: "Go", failure: FailureRefused, addr: "10.0.0.5"},
	{name: "urllib3 pool redacted cause", in: "socketio.exceptions.ConnectionError: HTTPConnectionPool(host='45.155.76.186', port=3001): Max retries exceeded with url: /socket.io/?transport=polling&EIO=4 (Caused by ConnectTimeoutError(<urllib3.connection.HTTPConnection object at 0x7f61ab83e3d0>, 'Connection to x.x.x.x timed out. (connect timeout=5)'))", host: "45.155.76.186", port: 3001, kind: KindError, program: "Python", failure: FailureTimeout},
	{name: "urllib3 pool redacted both", in: "HTTPConnectionPool(host='x.x.x.x', port=3001): Max retries exceeded with url: / (Caused by ConnectTimeoutError(<urllib3.connection.HTTPConnection object at 0x7f61ab83e3d0>, 'Connection to x.x.x.x timed out. (connect timeout=5)'))", kind: KindError, err: ErrNoTarget},
	{name: "redacted cause no pool", in: "Fetching https://api.corp.net/ failed: Connection to x.x.x.x timed out. (connect timeout=5)", kind: KindError, err: ErrNoTarget},
	{name: "k3s agent through its local load balancer", in: "INFO[0000] Running load balancer k3s-agent-load-balancer 127.0.0.1:6444 -> [pi.local:6443] [default: pi.local:6443] \nERRO[0007] failed to get CA certs: Get \"https://127.0.0.1:6444/cacerts\": read tcp 127.0.0.1:47166->127.0.0.1:6444: read: connection reset by peer ", host: "127.0.0.1", port: 6444, kind: KindError, program: "Go", failure: FailureReset, via: "pi.local"},
	{name: "k3s load balancer of two servers", in: "INFO[0000] Running load balancer k3s-agent-load-balancer 127.0.0.1:6444 -> [10.0.0.11:6443 10.0.0.12:6443] [default: 10.0.0.11:6443]\nERRO[0030] failed to get CA certs: Get \"https://127.0.0.1:6444/cacerts\": dial tcp 127.0.0.1:6444: connect: connection refused", host: "127.0.0.1", port: 6444, kind: KindError, program: "Go", failure: FailureRefused, via: "10.0.0.11"},
	{name: "older k3s load balancer without a default", in: "level=info msg=\"Running load balancer k3s-agent-load-balancer 127.0.0.1:42545 -> [k3s-server.corp.test:6443]\"\nlevel=error msg=\"failed to get CA certs: Get https://127.0.0.1:42545/cacerts: read tcp 127.0.0.1:39444->127.0.0.1:42545: read: connection reset by peer\"", host: "127.0.0.1", port: 42545, kind: KindError, program: "Go", failure: FailureReset, via: "k3s-server.corp.test"},
	{name: "k3s load balancer on another port is no hop", in: "INFO[0000] Running load balancer k3s-agent-load-balancer 127.0.0.1:6444 -> [pi.local:6443] [default: pi.local:6443]\nERRO[0007] Get \"https://127.0.0.1:10250/healthz\": dial tcp 127.0.0.1:10250: connect: connection refused", host: "127.0.0.1", port: 10250, kind: KindError, program: "Go", failure: FailureRefused},
	{name: "k3s load balancer started after the failure", in: "ERRO[0007] failed to get CA certs: Get \"https://127.0.0.1:6444/cacerts\": read tcp 127.0.0.1:47166->127.0.0.1:6444: read: connection reset by peer\nINFO[0009] Running load balancer k3s-agent-load-balancer 127.0.0.1:6444 -> [pi.local:6443] [default: pi.local:6443]", host: "127.0.0.1", port: 6444, kind: KindError, program: "Go", failure: FailureReset},
	{name: "snmpv3 module with a splatted hashtable", in: "PS C:\\Users\\me\\Desktop>> $WalkRequest = @{\n    UserName   = 'myuser\n    Target     = '10.52.42.15'\n    OID        = '1.3.6.1.2.1.1'\n    AuthType   = 'SHA1'\n    AuthSecret = 'abcdefg\n    PrivType   = 'AES128'\n    PrivSecret = 'hijklmnop'\n}\n\nInvoke-SNMPv3Walk @WalkRequest\nException calling \"GetResponse\" with \"2\" argument(s): \"Request timed out after 3000-ms.\"", host: "10.52.42.15", port: 161, from: PortProgram, kind: KindError, program: "SNMP", failure: FailureTimeout},
	{name: "snmpv3 module on the command line", in: "PS C:\\> Invoke-SNMPv3Get -UserName usr-none-none -Target demo.snmplabs.com -OID 1.3.6.1.2.1.1.1.0\nException calling \"GetResponse\" with \"2\" argument(s): \"Request timed out after 3000-ms.\"", host: "demo.snmplabs.com", port: 161, from: PortProgram, kind: KindError, program: "SNMP", failure: FailureTimeout},
	{name: "snmpv3 module with a one-line hashtable", in: "$GetRequest = @{ UserName = 'usr-none-none'; Target = '192.0.2.7'; OID = '1.3.6.1.2.1.1.1.0' }\nInvoke-SNMPv3Get @GetRequest\nException calling \"GetResponse\" with \"2\" argument(s): \"Request timed out after 3000-ms.\"", host: "192.0.2.7", port: 161, from: PortProgram, kind: KindError, program: "SNMP", failure: FailureTimeout},
	{name: "a hashtable's Target for another cmdlet", in: "$Link = @{\n    Target = 'fs01.corp.test'\n    Path   = 'C:\\links\\fs01'\n}\nNew-Item -ItemType SymbolicLink @Link\nException calling \"GetResponse\" with \"2\" argument(s): \"Request timed out after 3000-ms.\"", kind: KindError, err: ErrNoTarget},
	{name: "go resolver with no name servers", in: "WARNING: Global discovery: lookup announce.syncthing.net: no DNS servers; no external announcements", host: "announce.syncthing.net", port: 443, kind: KindError, program: "Go", failure: FailureNoSuchHost},
	{name: "go lookup timed out without its server", in: "pulling manifest\nError: pull model manifest: Get \"https://registry.ollama.ai/v2/library/qwen/manifests/0.5b\": dial tcp: lookup registry.ollama.ai: i/o timeout", host: "registry.ollama.ai", port: 443, kind: KindError, program: "Go", failure: FailureNoSuchHost},
	{name: "go dial timed out after its look-up", in: "Error: pull model manifest: Get \"https://registry.ollama.ai/v2/library/qwen/manifests/0.5b\": dial tcp 104.21.75.227:443: i/o timeout", host: "registry.ollama.ai", port: 443, kind: KindError, program: "Go", failure: FailureTimeout, addr: "104.21.75.227"},
	{name: "no DNS servers in prose", in: "Cannot open https://nas.corp.test/ here; nmcli shows no DNS servers for eth0", host: "nas.corp.test", port: 443, kind: KindError},
	{name: "syncthing connection string local port dash remote address", in: "2024-12-15 00:02:57 Lost primary connection to 4B475WJ at 10.61.235.66:63765-14.153.174.207:22067/relay-client/TLS1.3-TLS_AES_128_GCM_SHA256/WAN-P50-60H2PRM37GR4GU6SD8L75MGBUC: reading length: read tcp 10.61.235.66:63765->14.153.174.207:22067: read: operation timed out (0 remain)", host: "14.153.174.207", port: 22067, kind: KindError, failure: FailureTimeout},
	{name: "syncthing connection string alone", in: "Lost primary connection to VRPMGZ6 at 10.61.235.66:22000-10.198.226.253:22000/tcp-server/TLS1.3-TLS_AES_128_GCM_SHA256/WAN-P30-60GVHJT21RGA843S5CAV74S7UG: connection refused", host: "10.198.226.253", port: 22000, kind: KindError, failure: FailureRefused},
	{name: "a port dash name after an address is a name", in: "Lost primary connection to 4B475WJ at 10.61.235.66:63765-relay.corp.test:22067/relay-client: connection refused", host: "63765-relay.corp.test", port: 22067, kind: KindError, failure: FailureRefused},
	{name: "consul memberlist fails to resolve a lan join peer", in: "    2020/01/22 16:35:15 [INFO] agent: (LAN) joining: [prod-dc-consul-server-0.prod-dc-consul-server.vault-consul.svc prod-dc-consul-server-1.prod-dc-consul-server.vault-consul.svc]\n    2020/01/22 16:35:15 [INFO] agent: started state syncer\n==> Consul agent running!\n    2020/01/22 16:35:15 [WARN] memberlist: Failed to resolve prod-dc-consul-server-0.prod-dc-consul-server.vault-consul.svc: lookup prod-dc-consul-server-0.prod-dc-consul-server.vault-consul.svc on 10.31.240.10:53: no such host", host: "prod-dc-consul-server-0.prod-dc-consul-server.vault-consul.svc", port: 8301, kind: KindError, program: "Consul", failure: FailureNoSuchHost},
	{name: "consul lan join peer with its port", in: "    2020/01/22 16:35:15 [INFO] agent: (LAN) joining: [consul-a.corp.test:8311]\n    2020/01/22 16:35:15 [WARN] memberlist: Failed to resolve consul-a.corp.test:8311: lookup consul-a.corp.test on 10.31.240.10:53: no such host", host: "consul-a.corp.test", port: 8311, kind: KindError, program: "Consul", failure: FailureNoSuchHost},
	{name: "memberlist with no lan join", in: "    2020/01/22 16:35:15 [WARN] memberlist: Failed to resolve nomad-1.corp.test: lookup nomad-1.corp.test on 10.31.240.10:53: no such host", host: "nomad-1.corp.test", port: 443, kind: KindError, program: "Go", failure: FailureNoSuchHost},
	{name: "memberlist peer the lan join does not name", in: "    2020/01/22 16:35:15 [INFO] agent: (LAN) joining: [consul-a.corp.test]\n    2020/01/22 16:35:15 [WARN] memberlist: Failed to resolve consul-b.corp.test: lookup consul-b.corp.test on 10.31.240.10:53: no such host", host: "consul-b.corp.test", port: 443, kind: KindError, program: "Go", failure: FailureNoSuchHost},
	{name: "go tls handshake timeout first", in: "dynamic+https://relays.syncthing.net/endpoint: Get \"https://relays.syncthing.net/endpoint\": net/http: TLS handshake timeout\n\nglobal@https://discovery-v6.syncthing.net/v2/: Post \"https://discovery-v6.syncthing.net/v2/\": dial tcp: lookup discovery-v6.syncthing.net: no such host", host: "relays.syncthing.net", port: 443, kind: KindError, program: "Go", failure: FailureTimeout},
	{name: "go lookup before tls timeout", in: "Post \"https://discovery.corp.net/v2/\": dial tcp: lookup discovery.corp.net: no such host\nGet \"https://relays.corp.net/endpoint\": net/http: TLS handshake timeout", host: "discovery.corp.net", port: 443, kind: KindError, program: "Go", failure: FailureNoSuchHost},
	{name: "go tls timeout chained", in: "Error response from daemon: Get https://registry.corp.net/v2/: Get https://auth.corp.net/token?scope=x: net/http: TLS handshake timeout", host: "auth.corp.net", port: 443, kind: KindError, program: "Docker", failure: FailureTimeout},
	{name: "go tls timeout no url", in: "Unable to connect to the server: net/http: TLS handshake timeout", kind: KindError, err: ErrNoTarget},
	{name: "xxnet winsock tuple own line", in: "Jan 13 09:23:41.358 - [DEBUG] connect 2607:f8b0:4000:3b::a fail:error(10065, '')\n\nJan 13 09:23:43.148 - [DEBUG] report_connect_fail network fail\n\nJan 13 09:24:05.252 - [DEBUG] connect 2607:f8b0:401c:9::8 fail:timeout('timed out',)", host: "2607:f8b0:4000:3b::a", port: 443, kind: KindError, failure: FailureUnreachable},
	{name: "xxnet timeout own line", in: "Jan 13 09:24:05.252 - [DEBUG] connect 2607:f8b0:401c:9::8 fail:timeout('timed out',)", host: "2607:f8b0:401c:9::8", port: 443, kind: KindError, failure: FailureTimeout},
	{name: "docker dns service name", in: "Get http://domain:9222/probe?target=watchub.pw: dial tcp: lookup domain on 127.0.0.11:53: no such host", host: "domain", port: 9222, kind: KindError, program: "Go", failure: FailureNoSuchHost},
	{name: "placeholder on host resolver", in: "Get http://domain:9222/probe?target=watchub.pw: dial tcp: lookup domain on 127.0.0.53:53: no such host", kind: KindError, err: ErrNoTarget},
	{name: "docker dns redacted", in: "dial tcp: lookup xxx on 127.0.0.11:53: no such host", kind: KindError, err: ErrNoTarget},
	{name: "docker dns setting's name", in: "dial tcp: lookup DB_HOST on 127.0.0.11:53: no such host", kind: KindError, err: ErrNoTarget},
	{name: "docker dns slot's name", in: "Get \"http://your_host:8080/x\": dial tcp: lookup your_host on 127.0.0.11:53: no such host", kind: KindError, err: ErrNoTarget},
	{name: "docker dns service name with an underscore", in: "dial tcp: lookup app_backend on 127.0.0.11:53: no such host", host: "app_backend", port: 443, kind: KindError, program: "Go", failure: FailureNoSuchHost},
	{name: "mojibake no failure word", in: "db.corp.internal:5432 â€” connexion Ã©tablie", host: "db.corp.internal", port: 5432, kind: KindError},
	{name: "accents as written", in: "ssh: connect to host db.corp.internal port 22: Conexão recusada à São Paulo Ã", host: "db.corp.internal", port: 22, kind: KindError, program: "ssh", failure: FailureRefused},
	// "IP:port (name)": systemd-timesyncd's servers, the first that failed.
	{name: "timesyncd ip port name", in: "mars 10 13:12:16 host systemd-timesyncd[602]: Timed out waiting for reply from 10.0.0.5:123 (2.pool.corp.internal).\nmars 10 13:12:26 host systemd-timesyncd[602]: Timed out waiting for reply from 10.0.0.6:123 (3.pool.corp.internal).", host: "2.pool.corp.internal", port: 123, kind: KindError, failure: FailureTimeout, addr: "10.0.0.5"},
	{name: "ip port paren no name", in: "Timed out waiting for reply from 10.0.0.5:123 (took 10s).", host: "10.0.0.5", port: 123, kind: KindError, failure: FailureTimeout},
	// … localhost too, for a loopback address (pgx's dial errors); not for
	// another address, nor another dotless word.
	{name: "pgx ip port localhost", in: "failed to connect to `user=postgres database=postgres`:\n        127.0.0.1:5432 (localhost): dial error: dial tcp 127.0.0.1:5432: connect: connection refused", host: "localhost", port: 5432, kind: KindError, program: "Go", failure: FailureRefused, addr: "127.0.0.1"},
	{name: "localhost beside no loopback", in: "10.0.0.5:5432 (localhost): dial error: dial tcp 10.0.0.5:5432: connect: connection refused", host: "10.0.0.5", port: 5432, kind: KindError, program: "Go", failure: FailureRefused},
	// pgx's connection string names the host, dotted or not, that its
	// dial error gives the address of; a dotless word elsewhere does not.
	{name: "pgx host key dial error", in: "[error] failed to initialize database, got error failed to connect to `host=db user=postgres database=postgres`: dial error (dial tcp 172.19.0.3:5432: connect: connection refused)", host: "db", port: 5432, kind: KindError, program: "Go", failure: FailureRefused, addr: "172.19.0.3"},
	{name: "pgx host key ipv6 dial", in: "failed to connect to `host=localhost user=postgres database=postgres`: dial error (dial tcp [::17]:54322: connect: network is unreachable)\nTry rerunning the command with --debug to troubleshoot the error.", host: "localhost", port: 54322, kind: KindError, program: "Go", failure: FailureUnreachable, addr: "::17"},
	{name: "pgx host key another ip", in: "failed to connect to `host=db user=postgres database=postgres`: dial error (dial tcp 172.19.0.3:5432: connect: connection refused)\nretrying 172.19.0.4:5432: connect: connection refused", host: "db", port: 5432, kind: KindError, program: "Go", failure: FailureRefused, addr: "172.19.0.3"},
	{name: "dotless word before go dial", in: "connect to db: dial tcp 172.19.0.3:5432: connect: connection refused", host: "172.19.0.3", port: 5432, kind: KindError, program: "Go", failure: FailureRefused},
	{name: "ip port paren dotless word", in: "127.0.0.1:5432 (primary): dial error: dial tcp 127.0.0.1:5432: connect: connection refused", host: "127.0.0.1", port: 5432, kind: KindError, program: "Go", failure: FailureRefused},
	{name: "resolved as another ip", in: "DEBUG Resolved smtp.corp.internal as 10.0.0.9 [cache miss]\nERROR connect ETIMEDOUT 10.0.0.5:587", host: "10.0.0.5", port: 587, kind: KindError, program: "Node.js", failure: FailureTimeout},
	// A logger's Java class and source line (log4j's %C:%L), even cut
	// by a hard wrap, is no host:port; a mixed-case host is still one.
	{name: "a java class and line wrapped", in: "2021-06-07 18:44:26.055 [lettuce-nioEventLoop-4-5] INFO  io.let\ntuce.core.protocol.CommandHandler:217 - null Unexpected exception during\nrequest: java.io.IOException: 远程主机强迫关闭了一个现有的连接。\n        at sun.nio.ch.SocketDispatcher.read0(Native Method)", kind: KindError, err: ErrNoTarget},
	{name: "a java class and line", in: "2021-06-07 18:44:26.055 INFO  o.a.k.clients.NetworkClient:831 - Connection to node -1 could not be established. Broker may not be available.\njava.net.ConnectException: Connection refused", kind: KindError, err: ErrNoTarget},
	{name: "a java frame wrapped in its file name", in: "java.io.IOException: Connection reset by peer\n        at io.netty.channel.nio.NioEventLoop.processSelectedKey(NioEventLoop.jav\na:714)", kind: KindError, err: ErrNoTarget},
	{name: "a host:port starting the line after a word", in: "Could not connect to the cache at\ncache.corp.internal:6379 after 3 tries: Connection refused", host: "cache.corp.internal", port: 6379, kind: KindError, failure: FailureRefused},
	{name: "a host in capitals is no class", in: "connect ECONNREFUSED Cache.Corp.Internal:6379", host: "cache.corp.internal", port: 6379, kind: KindError, program: "Node.js", failure: FailureRefused},
	// The registry a package manager's command line gives is the name of
	// the IP it then dials on the URL's port.
	{name: "npm registry flag names the ip", in: " npm install -g cnpm --registry=https://registry.corp.test\nnpm ERR! argv \"/usr/local/node/bin/node\" \"/usr/local/node/bin/npm\" \"install\" \"-g\" \"cnpm\" \"--registry=https://registry.corp.test\"\nnpm ERR! code ETIMEDOUT\n\nnpm ERR! network connect ETIMEDOUT 10.0.0.5:443", host: "registry.corp.test", port: 443, kind: KindError, program: "npm", failure: FailureTimeout, addr: "10.0.0.5"},
	{name: "yarn registry flag on another port", in: "yarn install --registry http://registry.corp.test\nerror An unexpected error occurred: \"connect ECONNREFUSED 10.0.0.5:443\".", host: "10.0.0.5", port: 443, kind: KindError, program: "Node.js", failure: FailureRefused},
	{name: "a registry flag of no package manager", in: "helm push chart.tgz --registry=https://registry.corp.test\nError: connect ETIMEDOUT 10.0.0.5:443", host: "10.0.0.5", port: 443, kind: KindError, program: "Node.js", failure: FailureTimeout},
	// Firefox's error pages copied as text, under any brand: a public
	// name on 443, an IP address or localhost on 80, a typed port kept.
	{name: "firefox net timeout", in: "The connection has timed out\n\nThe server at www.corp.internal is taking too long to respond.\nWhat can you do about it?\n\n    If your computer or network is protected by a firewall or proxy, make sure that Nightly is permitted to access the web.", host: "www.corp.internal", port: 443, kind: KindError, program: "browser", failure: FailureTimeout},
	{name: "firefox connection failure", in: "Unable to connect\n\nFirefox can’t establish a connection to the server at localhost:8976.", host: "localhost", port: 8976, kind: KindError, program: "browser", failure: FailureRefused},
	{name: "firefox connection failure ip", in: "Failed to Connect\nLibreWolf can't establish a connection to the server at 192.168.0.193.", host: "192.168.0.193", port: 80, kind: KindError, program: "browser", failure: FailureRefused},
	{name: "firefox websocket", in: "Firefox can’t establish a connection to the server at wss://ws.corp.internal:61619/.", host: "ws.corp.internal", port: 61619, kind: KindError, program: "browser", failure: FailureRefused},
	{name: "firefox dns not found", in: "Hmm. We’re having trouble finding that site.\n\nWe can’t connect to the server at www.corp.test.", host: "www.corp.test", port: 443, kind: KindError, program: "browser", failure: FailureNoSuchHost},
	{name: "firefox dns not found old", in: "Server not found\n\nTor Browser can't find the server at www.corp.test.", host: "www.corp.test", port: 443, kind: KindError, program: "browser", failure: FailureNoSuchHost},
	{name: "firefox net interrupt", in: "The connection was interrupted\n\nThe connection to www.corp.internal was interrupted while the page was loading.", host: "www.corp.internal", port: 443, kind: KindError, program: "browser", failure: FailureReset},
	{name: "firefox net reset", in: "The connection was reset\n\nThe connection to the server was reset while the page was loading.", kind: KindError, err: ErrNoTarget},
	{name: "a server at no error page", in: "The server at www.corp.internal is up and answering.", err: ErrNoTarget},
	// Winsock's unreachable texts (10051, 10065) and its resolver texts in
	// Windows' UI languages, as Go and .NET print them.
	{name: "winsock refusal cut short after connectex", in: "连接故障……正在重连…… dial tcp 127.0.0.1:81: connectex: No connection could be made", host: "127.0.0.1", port: 81, kind: KindError, program: "Go", failure: FailureRefused},
	{name: "ffmpeg on windows names the C runtime's errno", in: "[tcp @ 0000029f61866cc0] Connection to tcp://localhost:19351?tcp_nodelay=0 failed: Error number -138 occurred\n[rtmp @ 0000029f61866780] Cannot open connection tcp://localhost:19351?tcp_nodelay=0\nrtmp://localhost:19351/live/hello: Error number -138 occurred", host: "localhost", port: 19351, kind: KindError, failure: FailureTimeout},
	{name: "winsock unreachable network in json", in: "{\n    \"type\": \"localproxy\",\n    \"error\": \"dial tcp6 [2001:db8:4006:804::200d]:443: connectex: A socket operation was attempted to an unreachable network.\"\n}", host: "2001:db8:4006:804::200d", port: 443, kind: KindError, program: "Go", failure: FailureUnreachable},
	{name: "dotnet portuguese host not known", in: "[BUG] System.Net.Http.HttpRequestException: Este host não é conhecido. (api.corp.test:443)", host: "api.corp.test", port: 443, kind: KindError, program: ".NET", failure: FailureNoSuchHost},
	{name: "dotnet spanish no data", in: "System.Net.Http.HttpRequestException: El nombre solicitado es válido pero no se encontraron datos del tipo solicitado. (api.corp.test:443)", host: "api.corp.test", port: 443, kind: KindError, program: ".NET", failure: FailureNoSuchHost},
	// .NET's HttpRequestException on Linux for a resolver's EAI_AGAIN.
	{name: "dotnet try again", in: "fail: Microsoft.Extensions.Hosting.Internal.Host[9]\nbackend_1   |       BackgroundService failed\nbackend_1   |       System.Net.Http.HttpRequestException: Resource temporarily unavailable (api.corp.test:443)", host: "api.corp.test", port: 443, kind: KindError, program: ".NET", failure: FailureNoSuchHost},
	{name: "eagain of no resolver", in: "send to 10.0.0.5:9000 failed: Resource temporarily unavailable (os error 11)", host: "10.0.0.5", port: 9000, kind: KindError, program: "Rust"},
	// apt's status words are no hosts; a port written as its service's
	// name after the host is that service's port.
	{name: "apt portuguese service port", in: "Ign:3 http://pt.archive.corp.test/ubuntu resolute InRelease\nIgn:4 http://pt.archive.corp.test/ubuntu resolute-updates InRelease\nErro:5 http://pt.archive.corp.test/ubuntu resolute-backports InRelease\n  Incapaz de ligar a pt.archive.corp.test:http:", host: "pt.archive.corp.test", port: 80, kind: KindError, program: "apt"},
	{name: "apt https service port", in: "Err:1 http://deb.corp.test/debian bookworm InRelease\n  Could not connect to deb.corp.test:https:", host: "deb.corp.test", port: 443, kind: KindError, program: "apt"},
	{name: "apt something wicked resolving, the first failing record", in: "Err:1 https://packages-cf.termux.org/apt/termux-main stable InRelease\n  Something wicked happened resolving 'packages-cf.termux.org:https' (7 - No address associated with hostname)\nErr:2 https://packages.termux.org/apt/termux-x11 x11 InRelease\n  Could not connect to packages.termux.org:443 (216.18.208.170). - connect (111: Connection refused)", host: "packages-cf.termux.org", port: 443, kind: KindError, program: "apt", failure: FailureNoSuchHost},
	{name: "apt something wicked resolving http", in: "  Something wicked happened resolving 'mirror.corp.test:http' (-5 - No address associated with hostname)", host: "mirror.corp.test", port: 80, kind: KindError, program: "apt", failure: FailureNoSuchHost},
	{name: "something wicked in prose names none", in: "Something wicked happened resolving the mirror: no address associated with hostname", kind: KindError, err: ErrNoTarget},
	{name: "apt german", in: "Holen:1 http://ftp.corp.test/debian bookworm InRelease\nFehl:1 http://ftp.corp.test/debian bookworm InRelease\n  Verbindung mit ftp.corp.test:http: nicht möglich:", host: "ftp.corp.test", port: 80, kind: KindError, program: "apt"},
	{name: "apt status alone", in: "Ign:3 http://mirror.corp.test/ubuntu resolute InRelease", host: "mirror.corp.test", port: 80, kind: KindError},
	{name: "a status word not starting the line", in: "Error: connect ECONNREFUSED des:5432 http://app.corp.test/", host: "des", port: 5432, kind: KindError, program: "Node.js", failure: FailureRefused},
	{name: "a url after a host is no service port", in: "mirror.corp.test:https://mirror.corp.test:8443/x", host: "mirror.corp.test", port: 8443, kind: KindError},
	// A dotless word:N in a bracketed field of a log line's prefix, before
	// its level, is the log's own context.
	{name: "log prefix field before the level", in: "2020-04-20 12:24:18.946 [user:2 ] DEBUG 14682 --- [qtp188523822-5081] w.f.s.HttpURLConnectionDownloaderService : Couldn't download file: connect() has failed\n\njava.net.SocketTimeoutException: connect timed out\n        at java.net.PlainSocketImpl.socketConnect(Native Method) ~[na:1.8.0_151]", kind: KindError, err: ErrNoTarget},
	{name: "log prefix field with a name", in: "2020-04-20 12:24:18.946 [db.corp.test:5432] ERROR connect timed out", host: "db.corp.test", port: 5432, kind: KindError, failure: FailureTimeout},
	{name: "log bracket with no level after", in: "2020-04-20 12:24:18 [redis:6379] Connection refused", host: "redis", port: 6379, kind: KindError, failure: FailureRefused},
	// Windows ping's failed look-up in its UI languages; ping names no
	// port, so the one tested when nothing names one.
	{name: "ping chinese not found", in: "Ping 请求找不到主机 9805574.sub.corp.test。请检查该名称，然后重试。", host: "9805574.sub.corp.test", port: 443, kind: KindError, program: "Windows", failure: FailureNoSuchHost},
	{name: "ping german not found", in: "C:\\Users\\m>ping server.corp.test\nPing-Anforderung konnte Host \"server.corp.test\" nicht finden. Überprüfen Sie den Namen, und versuchen Sie es erneut.", host: "server.corp.test", port: 443, kind: KindError, program: "Windows", failure: FailureNoSuchHost},
	{name: "ping french not found", in: "La requête Ping n’a pas pu trouver l’hôte www.corp.test. Vérifiez le nom et essayez à nouveau.", host: "www.corp.test", port: 443, kind: KindError, program: "Windows", failure: FailureNoSuchHost},
	{name: "ping spanish not found", in: "La solicitud de ping no pudo encontrar el host cli2.corp.test. Compruebe el\n nombre y\nvuelva a intentarlo.", host: "cli2.corp.test", port: 443, kind: KindError, program: "Windows", failure: FailureNoSuchHost},
	{name: "ping russian not found", in: "При проверке связи не удалось обнаружить узел www.corp.test.\nПроверьте имя узла и повторите попытку.", host: "www.corp.test", port: 443, kind: KindError, program: "Windows", failure: FailureNoSuchHost},
	{name: "ping japanese not found", in: "ping 要求ではホスト intranet.corp.test が見つかりませんでした。ホスト名を確認してもう一度実行してください。", host: "intranet.corp.test", port: 443, kind: KindError, program: "Windows", failure: FailureNoSuchHost},
	{name: "a ping that found its host", in: "Ping 请求 www.corp.test [10.0.0.5] 具有 32 字节的数据:\n来自 10.0.0.5 的回复: 字节=32 时间=1ms TTL=64", err: ErrNoTarget},
	// A command line naming host and port names the IP the failure then
	// gives on that port.
	{name: "ssh command names the loopback ip", in: "aldeab@mbp ~ % ssh root@localhost -p 2222\nkex_exchange_identification: read: Connection reset by peer\nConnection reset by 127.0.0.1 port 2222\naldeab@mbp ~ %", host: "localhost", port: 2222, kind: KindError, program: "ssh", failure: FailureReset, addr: "127.0.0.1"},
	{name: "ssh command names the ip", in: "$ ssh -p 2222 -i ~/.ssh/id_ed25519 deploy@db.corp.test\nssh: connect to host 10.0.0.5 port 2222: Connection refused", host: "db.corp.test", port: 2222, kind: KindError, program: "ssh", failure: FailureRefused, addr: "10.0.0.5"},
	{name: "ssh command on its default port", in: "$ ssh -v deploy@db.corp.test\nssh: connect to host 10.0.0.5 port 22: Connection timed out", host: "db.corp.test", port: 22, kind: KindError, program: "ssh", failure: FailureTimeout, addr: "10.0.0.5"},
	{name: "nc command names the ip", in: "$ nc -vz cache.corp.test 6379\nnc: connect to 10.0.0.7 port 6379 (tcp) failed: Connection refused", host: "cache.corp.test", port: 6379, kind: KindError, failure: FailureRefused, addr: "10.0.0.7"},
	{name: "ssh command on another port", in: "$ ssh deploy@db.corp.test\nconnect ECONNREFUSED 10.0.0.9:5432", host: "10.0.0.9", port: 5432, kind: KindError, program: "Node.js", failure: FailureRefused},
	// telnet is named by its own words ("telnet: connect to address x",
	// "telnet: Unable to connect to remote host") or its command, never
	// by "telnet" in a library's path or a program's prose; "Connection
	// reset by x port N" is OpenSSH's.
	{name: "telnet's own connect to address", in: "$ telnet b.corp.test 2323\nTrying 10.0.0.5...\ntelnet: connect to address 10.0.0.5: Connection refused", host: "b.corp.test", port: 2323, kind: KindError, program: "telnet", failure: FailureRefused, addr: "10.0.0.5"},
	{name: "nagios connect to address", in: "connect to address 10.0.0.5 and port 22: No route to host", host: "10.0.0.5", port: 22, kind: KindError, failure: FailureUnreachable},
	{name: "telnet in a java program's words", in: "[INFO] arthas-client connect 127.0.0.1 3658\nConnect to telnet server error: 127.0.0.1 3658\njava.net.ConnectException: Connection refused\n\tat java.net.PlainSocketImpl.socketConnect(Native Method)", host: "127.0.0.1", port: 3658, kind: KindError, program: "Java", failure: FailureRefused},
	{name: "telnet command that worked before go failed", in: "telnet 10.0.0.5 5000\nTrying 10.0.0.5...\nConnected to 10.0.0.5.\nEscape character is '^]'.\nredis_client.go:67: error creating client for \"10.0.0.5:5000\": dial tcp 10.0.0.5:5000: connect: no route to host", host: "10.0.0.5", port: 5000, kind: KindError, program: "Go", failure: FailureUnreachable},
	{name: "two commands on the port name neither", in: "$ ssh a.corp.test -p 2222\n$ telnet b.corp.test 2222\nConnection reset by 10.0.0.5 port 2222", host: "10.0.0.5", port: 2222, kind: KindError, program: "ssh", failure: FailureReset},
	// RFC 2606 and RFC 6761 example names in error text are placeholders
	// the user put in; typed alone they are still tested.
	{name: "example name in error text", in: "Bind failed: Can't contact LDAP server: Unable to bind to server ldap.example.com:389", kind: KindError, err: ErrNoTarget},
	{name: "example subdomain url in error text", in: "    Error: error sending request for url (https://mydomain.example.com/user/myuser): error trying to connect: invalid peer certificate: UnknownIssuer", kind: KindError, err: ErrNoTarget},
	{name: "example tld in error text", in: "dial tcp: lookup nowhere.example on 127.0.0.53:53: no such host", kind: KindError, err: ErrNoTarget},
	{name: "example name typed alone", in: "ldap.example.com:389", host: "ldap.example.com", port: 389, from: PortExplicit, kind: KindHostPort},
	{name: "example url typed alone", in: "https://api.example.org/v1", host: "api.example.org", port: 443, from: PortScheme, kind: KindURL},
	{name: "a name ending like an example name", in: "Unable to bind to server ldap.myexample.com:389", host: "ldap.myexample.com", port: 389, kind: KindError},
	{name: "an example name under a country domain", in: "Unable to bind to server ldap.example.com.au:389", host: "ldap.example.com.au", port: 389, kind: KindError},
	// A relay's log line names the destination, then the failing hop.
	{name: "relay names destination then hop", in: "concurrent connections: 1\nremote github.corp.test:443 error: Error: connect ECONNREFUSED 10.0.0.76:8080\nremote disconnected", host: "10.0.0.76", port: 8080, kind: KindError, program: "Node.js", failure: FailureRefused, via: "github.corp.test"},
	{name: "relay to the destination itself", in: "remote github.corp.test:443 error: Error: connect ECONNREFUSED 10.0.0.76:443", host: "github.corp.test", port: 443, kind: KindError, program: "Node.js", failure: FailureRefused, addr: "10.0.0.76"},
	{name: "relay read error is no connect", in: "remote github.corp.test:443 error: Error: read ECONNRESET 10.0.0.76:8080", host: "10.0.0.76", port: 8080, kind: KindError, program: "Node.js", failure: FailureReset},
	// Terraform's "returned from" gives a URL too.
	{name: "terraform returned from url", in: "│ Error: Failed to install provider\n│\n│ Error while installing snowflakedb/snowflake v2.17.0: could not query provider registry for registry.corp.test/snowflakedb/snowflake: the request failed after 2 attempts, please try again later: 502 Bad Gateway returned from https://registry.corp.test/v1/providers/snowflakedb/snowflake/2.17.0/download/linux/amd64", host: "registry.corp.test", port: 443, kind: KindError},
	{name: "terraform returned from url with port", in: "Error: 503 Service Unavailable returned from http://mirror.corp.test:8080/v1/providers/x", host: "mirror.corp.test", port: 8080, kind: KindError},
	{name: "returned from a bare scheme", in: "Error: 502 Bad Gateway returned from https", kind: KindError, err: ErrNoTarget},
	// Subversion and Mercurial.
	// Program defaults: SMB 445, iSCSI 3260, RouterOS API 8728/8729, MonetDB 50000.
	{name: "smbclient io timeout", in: "ERROR:  do_connect: Connection to 192.168.234.223 failed (Error NT_STATUS_IO_TIMEOUT)", host: "192.168.234.223", port: 445, from: PortProgram, kind: KindError, program: "smbclient", failure: FailureTimeout},
	{name: "smbclient refused", in: "root@50b0:~# smbclient //localhost/TimeMachine -U timemachine\nPassword for [WORKGROUP\\timemachine]:\ndo_connect: Connection to localhost failed (Error NT_STATUS_CONNECTION_REFUSED)", host: "localhost", port: 445, kind: KindError, program: "smbclient", failure: FailureRefused},
	{name: "smbclient host unreachable", in: "do_connect: Connection to nas.corp.test failed (Error NT_STATUS_HOST_UNREACHABLE)", host: "nas.corp.test", port: 445, kind: KindError, program: "smbclient", failure: FailureUnreachable},
	{name: "smbclient network unreachable", in: "do_connect: Connection to 10.0.0.5 failed (Error NT_STATUS_NETWORK_UNREACHABLE)", host: "10.0.0.5", port: 445, kind: KindError, program: "smbclient", failure: FailureUnreachable},
	{name: "smbclient unsuccessful", in: "do_connect: Connection to nas failed (Error NT_STATUS_UNSUCCESSFUL)", host: "nas", port: 445, kind: KindError, program: "smbclient"},
	{name: "smbclient unc path", in: "$ smbclient //files.corp.test/share -U bob\nsession setup failed: NT_STATUS_LOGON_FAILURE", host: "files.corp.test", port: 445, kind: KindError, program: "smbclient"},
	{name: "smbclient debug names the address dialled", in: "smbclient //dockerlxc/samsung -U guest% -d 3\nClient started (version 4.21.2).\nConnecting to 10.0.0.200 at port 445\nconvert_string_handle: E2BIG: convert_string(UTF-8,CP850): srclen=17 destlen=16 error: No more room\nConnecting to 10.0.0.200 at port 139\ndo_connect: Connection to dockerlxc failed (Error NT_STATUS_CONNECTION_REFUSED)", host: "dockerlxc", port: 445, kind: KindError, program: "smbclient", failure: FailureRefused, addr: "10.0.0.200"},
	{name: "smbclient debug with two addresses names none", in: "smbclient //dockerlxc/samsung -U guest% -d 3\nConnecting to 10.0.0.200 at port 445\nConnecting to 10.0.0.201 at port 139\ndo_connect: Connection to dockerlxc failed (Error NT_STATUS_CONNECTION_REFUSED)", host: "dockerlxc", port: 445, kind: KindError, program: "smbclient", failure: FailureRefused},
	{name: "samba's connecting line is no other program's address", in: "Connecting to 10.0.0.200 at port 445\ncurl: (7) Failed to connect to files.corp.test port 445: Connection refused", host: "files.corp.test", port: 445, kind: KindError, program: "curl", failure: FailureRefused},
	{name: "mount failed on a unc path", in: "mount: mount //192.168.0.110/Michel on /media/removable/Michel_32GB/sambamounts failed: Connection refused", host: "192.168.0.110", port: 445, kind: KindError, program: "smbclient", failure: FailureRefused},
	{name: "busybox mounting a unc path", in: "mount: mounting //nas.corp.test/share on /mnt/share failed: Connection timed out", host: "nas.corp.test", port: 445, kind: KindError, program: "smbclient", failure: FailureTimeout},
	{name: "mount failed on a device is no smb", in: "mount: mount /dev/sdb1 on /mnt/usb failed: No such device", err: ErrNoTarget},
	{name: "a unc path later on mount's line is none", in: "mount: mount proc on /proc failed: see //nas.corp.test/share", err: ErrNoTarget},
	{name: "connection failed no ntstatus is no smb", in: "Connection to 10.0.0.5 failed", host: "10.0.0.5", port: 443, from: PortAssumed, kind: KindError},
	{name: "jcifs netbios name", in: "jcifs.smb.SmbException: Failed to connect: 0.0.0.0<00>/13.250.102.143\njcifs.util.transport.TransportException: Connection timeout", host: "13.250.102.143", port: 445, kind: KindError, program: "jcifs", failure: FailureTimeout},
	{name: "iscsiadm no route", in: "iscsiadm: cannot make connection to 10.52.0.55: No route to host\niscsiadm: Could not perform SendTargets discovery: iSCSI PDU timed out", host: "10.52.0.55", port: 3260, kind: KindError, program: "iscsiadm", failure: FailureUnreachable},
	{name: "iscsid with port", in: "iscsid: cannot make connection to 10.52.0.55:3261 (111)", host: "10.52.0.55", port: 3261, kind: KindError, program: "iscsiadm", failure: FailureRefused},
	{name: "mikrotik api", in: "Mikrotik 192.168.89.1 error while connecting: [Errno 111] Connection refused", host: "192.168.89.1", port: 8728, from: PortProgram, kind: KindError, program: "Python", failure: FailureRefused},
	{name: "mikrotik api-ssl", in: "Mikrotik 192.168.89.1 error while connecting: [Errno 110] Connection timed out\nssl: true, port: api-ssl", host: "192.168.89.1", port: 8729, from: PortProgram, kind: KindError, program: "Python", failure: FailureTimeout},
	{name: "mclient attached host", in: "the error Message is: \"No route to host\nSetup connection failed\". The command i used was \"mclient -lsql -dvss1 -h192.168.1.234\"", host: "192.168.1.234", port: 50000, kind: KindError, program: "MonetDB", failure: FailureUnreachable},
	{name: "mclient help option is no host", in: "mclient is great, try -h for help. No route to host", kind: KindError, err: ErrNoTarget},
	{name: "svn url svn scheme", in: "svn: E730060: Unable to connect to a repository at URL 'svn://svn.corp.test/soul\n_coder/trunk'\nsvn: E730060: Can't connect to host 'svn.corp.test': A connection attempt failed\nbecause the connected party did not properly respond after a period of time, or\nestablished connection failed because connected host has failed to respond.", host: "svn.corp.test", port: 3690, kind: KindError, program: "Subversion", failure: FailureTimeout},
	{name: "svn can't connect to host", in: "svn: E670008: Can't connect to host 'svn.corp.test': No such host is known.", host: "svn.corp.test", port: 3690, kind: KindError, program: "Subversion", failure: FailureNoSuchHost},
	{name: "svn+ssh closed unexpectedly", in: "svn: E210002: Unable to connect to a repository at URL 'svn+ssh://hjd@svn.corp.test/share/go/svn/trunk'\nsvn: E210002: Network connection closed unexpectedly", host: "svn.corp.test", port: 22, kind: KindError, failure: FailureReset},
	{name: "hg connection ended unexpectedly", in: "C:\\dev>hg clone http://server-main-build/hg/server\ndestination directory: server\nrequesting all changes\ntransaction abort!\nrollback completed\nabort: connection ended unexpectedly", host: "server-main-build", port: 80, kind: KindError, failure: FailureReset},
	{name: "hg wraps the os message", in: "abort: error: Connection refused\nwhile pulling from http://hg.corp.test:8000/repo", host: "hg.corp.test", port: 8000, kind: KindError, failure: FailureRefused},
	{name: "a perl can't connect to host is no svn", in: "Can't connect to host 'db.corp.test': timeout", host: "db.corp.test", port: 443, kind: KindError, failure: FailureTimeout},
	{name: "a connection closed normally", in: "svn: E210002: Unable to connect to a repository at URL 'svn://svn.corp.test/repo'\nsvn: E210002: Connection closed by the user", host: "svn.corp.test", port: 3690, kind: KindError},
	// curl's zh_CN translation.
	{name: "curl chinese refused", in: "服务器curl: (7) 连接失败 api.corp.test:443; 连接拒绝，shell脚本不能推送，被拒绝访问？", host: "api.corp.test", port: 443, kind: KindError, program: "curl", failure: FailureRefused},
	{name: "curl chinese access denied", in: "curl: (7) 连接失败 api.corp.test:443; 被拒绝访问", host: "api.corp.test", port: 443, kind: KindError, program: "curl"},
	// rustls's wordings through reqwest.
	{name: "rustls unknown issuer", in: "× unexpected error error sending request for url (https://git.corp.test/pantry/archive/main.tar.gz): error trying to connect: invalid peer certificate: UnknownIssuer", host: "git.corp.test", port: 443, kind: KindError, failure: FailureTLS},
	{name: "rustls fatal alert", in: "Error: error sending request for url (https://api.corp.test/v1): error trying to connect: received fatal alert: HandshakeFailure", host: "api.corp.test", port: 443, kind: KindError, failure: FailureTLS},
	{name: "rustls words of no tls", in: "Error: error sending request for url (https://api.corp.test/v1): invalid peer id", host: "api.corp.test", port: 443, kind: KindError},
	{name: "dotnet other message is no lookup", in: "System.Net.Http.HttpRequestException: El nombre de usuario es válido (api.corp.test:443)", host: "api.corp.test", port: 443, kind: KindError, program: ".NET"},

	// The target's own line says what failed; later lines may be other
	// attempts. A command line typed at a prompt says nothing of its own.
	{name: "rsync ipv4 timed out then ipv6 unreachable", in: "rsync: failed to connect to mirror.corp.test (10.0.0.5): Connection timed out (110)\nrsync: failed to connect to mirror.corp.test (2001:db8::5): Network is unreachable (101)\nrsync error: error in socket IO (code 10) at clientserver.c(128) [Receiver=3.1.0]", host: "mirror.corp.test", port: 873, kind: KindError, program: "rsync", failure: FailureTimeout, addr: "10.0.0.5"},
	{name: "target line says nothing, the next line says", in: "Failed to connect to mirror.corp.test port 8080 after 3 attempts:\nConnection refused", host: "mirror.corp.test", port: 8080, kind: KindError, program: "curl", failure: FailureRefused},
	{name: "timeout(1) on the command line is no failure", in: "$ timeout 1 bash -c 'cat < /dev/null > /dev/tcp/mirror.corp.test/80'\nbash: mirror.corp.test: Name or service not known\nbash: /dev/tcp/mirror.corp.test/80: Invalid argument", host: "mirror.corp.test", port: 80, kind: KindError, program: "bash", failure: FailureNoSuchHost},

	// Winsock's WSAENETUNREACH in German, as .NET's SocketException prints
	// it with the endpoint.
	{name: "german WSAENETUNREACH", in: "{System.Net.Internals.SocketExceptionFactory+ExtendedSocketException: Ein Socketvorgang bezog sich auf ein nicht verfügbares Netzwerk 10.0.0.123:587\n   at System.Net.Sockets.Socket.DoConnect(EndPoint endPointSnapshot, SocketAddress socketAddress)", host: "10.0.0.123", port: 587, kind: KindError, program: ".NET", failure: FailureUnreachable},

	// Ivy's (sbt's) unresolved repository host.
	{name: "ivy host not found", in: ":: problems summary ::\n:::: WARNINGS\n        Host repo.corp.test not found. url=https://repo.corp.test/maven2/org/scala-sbt/sbt/0.13.13/sbt-0.13.13.pom\n\n                module not found: org.scala-sbt#sbt;0.13.13", host: "repo.corp.test", port: 443, kind: KindError, failure: FailureNoSuchHost},

	// SQL Server's ODBC driver giving up; an SQL Agent token is no server.
	// sqlcmd's, bcp's and osql's -S [protocol:]server[\\instance][,port],
	// on SQL Server's 1433 unless a port follows the comma.
	{name: "sqlcmd -S localhost then the TCP Provider's reset", in: "sqlcmd -S localhost -U SA -P 'Abc123+'\nSqlcmd: Error: Microsoft ODBC Driver 17 for SQL Server : TCP Provider: Error code 0x2746.", host: "localhost", port: 1433, kind: KindError, program: "SQL Server", failure: FailureReset},
	{name: "sqlcmd -S tcp:host,port", in: "/opt/mssql-tools/bin/sqlcmd -S tcp:db.corp.test,1434 -U sa -P x\nSqlcmd: Error: Microsoft ODBC Driver 17 for SQL Server : Login timeout expired.", host: "db.corp.test", port: 1434, kind: KindError, program: "SQL Server", failure: FailureTimeout},
	{name: "sqlcmd -S host,port", in: "$ sqlcmd -S 10.0.0.5,1433 -U sa", host: "10.0.0.5", port: 1433, kind: KindError, program: "SQL Server"},
	{name: "sqlcmd -S named instance, default port", in: "C:\\> sqlcmd -S ComputerA\\instanceB -E", host: "computera", port: 1433, kind: KindError, program: "SQL Server"},
	{name: "bcp -S attached", in: "bcp dbo.t out t.dat -Sdb.corp.test -U sa -c", host: "db.corp.test", port: 1433, kind: KindError, program: "SQL Server"},
	{name: "Invoke-Sqlcmd -ServerInstance, no -S glued to erverInstance", in: "PS> invoke-sqlcmd -ServerInstance db01 -Query \"select 1\"\ninvoke-sqlcmd : A network-related or instance-specific error occurred while establishing a connection to SQL Server. The server was not found or was not accessible.", host: "db01", port: 1433, kind: KindError, program: "SQL Server"},
	{name: "Invoke-Sqlcmd -ServerInstance protocol, instance and port", in: "PS C:\\> Invoke-Sqlcmd -ServerInstance \"tcp:db02.corp.test\\SQLEXPRESS,1450\" -Query \"select 1\"", host: "db02.corp.test", port: 1450, kind: KindError, program: "SQL Server"},
	{name: "Invoke-Sqlcmd's -SeverityLevel is no -S glued to a server", in: "Invoke-Sqlcmd -Query \"select 1\" -SeverityLevel 10", err: ErrNoTarget},
	{name: "sqlcmd -S attached to a capitalised server", in: "sqlcmd -SMyServer -Q \"select 1\"", host: "myserver", port: 1433, kind: KindError, program: "SQL Server"},
	{name: "sqlcmd's -s is its column separator, no server", in: "sqlcmd -s \",\" -Q \"select 1\"\nSqlcmd: Error: Microsoft ODBC Driver 17 for SQL Server : Login timeout expired.", err: ErrNoTarget},
	{name: "-S of a command piped after sqlcmd's is not its server", in: "sqlcmd -i x.sql | sort -S 50% -o out.txt", err: ErrNoTarget},
	{name: "sqlcmd delay in opening server connection, agent token", in: "sqlcmd -E -S $(ESCAPE_SQUOTE(SRVR)) -d master -Q \"EXECUTE [dbo].[DatabaseBackup]\" -b\n\nSqlcmd: Error: Microsoft ODBC Driver 11 for SQL Server : Unable to complete login process due to delay in opening server connection.", err: ErrNoTarget},

	// rabbitmqctl's diagnostics: the host whose epmd did not answer.
	{name: "rabbitmqctl epmd timeout", in: "Error: unable to connect to node rabbit@mooc: nodedown\n\nDIAGNOSTICS\n\nhosts, their running nodes and ports:\n- unable to connect to epmd on mooc: timeout (timed out)\n\ncurrent node details:\n- node name: rabbitmqctl1674@mooc", host: "mooc", port: 4369, from: PortProgram, kind: KindError, program: "RabbitMQ", failure: FailureTimeout},
	{name: "rabbitmqctl epmd port nxdomain", in: "rabbit@node01:\n  * unable to connect to epmd (port 4369) on node01: nxdomain (non-existing domain)", host: "node01", port: 4369, kind: KindError, program: "RabbitMQ", failure: FailureNoSuchHost},
	{name: "connector/j de timeout names no host", in: "jdbc4.CommunicationsException: Wartezeit für die Verbindung läuft ab", kind: KindError, err: ErrNoTarget},
	{name: "npgsql frame parameter is no timeout", in: "Npgsql.NpgsqlException (0x80004005): Failed to connect to 10.1.1.72:5432 ---> System.Net.Sockets.SocketException (0x80004005): An invalid argument was supplied\n   at System.Net.Sockets.Socket.SetSocketOption(SocketOptionLevel optionLevel, SocketOptionName optionName, Int32 optionValue, Boolean silent)\n   at Npgsql.Internal.NpgsqlConnector.SetSocketOptions(Socket socket)\n   at Npgsql.Internal.NpgsqlConnector.Connect(NpgsqlTimeout timeout)", host: "10.1.1.72", port: 5432, kind: KindError, program: ".NET"},
	{name: "npgsql timeout beside the frames", in: "Npgsql.NpgsqlException (0x80004005): Failed to connect to 10.1.1.72:5432 ---> System.TimeoutException: The operation has timed out.\n   at Npgsql.Internal.NpgsqlConnector.Connect(NpgsqlTimeout timeout)", host: "10.1.1.72", port: 5432, kind: KindError, failure: FailureTimeout},
	{name: "espota listener is no target", in: "01:46:03 [INFO]: Starting on 0.0.0.0:44129\n01:46:03 [INFO]: Upload size: 337984\n01:46:03 [INFO]: Sending invitation to: 192.168.178.72\n01:46:03 [INFO]: Waiting for device...", err: ErrNoTarget},
	{name: "starting on leaves the dialled address", in: "01:46:03 [INFO]: Starting on 0.0.0.0:44129\nError: connect ECONNREFUSED 10.0.0.5:5432", host: "10.0.0.5", port: 5432, kind: KindError, program: "Node.js", failure: FailureRefused},
	{name: "espota options name the device", in: "01:46:03 [DEBUG]: Options: {'esp_ip': '192.168.178.72', 'host_ip': '0.0.0.0', 'esp_port': 8266, 'host_port': 44129, 'auth': '', 'image': '.pio\\\\build\\\\sonoff_basic\\\\firmware.bin', 'spiffs': False, 'debug': True, 'progress': True}\n01:46:03 [INFO]: Starting on 0.0.0.0:44129\n01:46:03 [INFO]: Upload size: 337984\n01:46:03 [INFO]: Sending invitation to: 192.168.178.72\n01:46:03 [INFO]: Waiting for device...\n01:46:13 [ERROR]: No response from device", host: "192.168.178.72", port: 8266, kind: KindError, program: "espota", failure: FailureTimeout},
	{name: "espota options without the device port", in: "01:46:03 [DEBUG]: Options: {'esp_ip': '192.168.178.72', 'host_ip': '0.0.0.0', 'auth': ''}\n01:46:13 [ERROR]: No response from device", err: ErrNoTarget},
	{name: "snmpwalk no response is a timeout", in: "$ snmpwalk -v2c -c public demo.snmplabs.com system\nTimeout: No Response from demo.snmplabs.com", host: "demo.snmplabs.com", port: 161, kind: KindError, program: "net-snmp", failure: FailureTimeout},
	{name: "finch non-existing domain", in: "2024-02-05 10:56:19.335 [error] POST https://auth.tesla.com/oauth2/v3/token -> error: \"non-existing domain\" (8004.405 ms)\n2024-02-05 17:28:16.540 [warning] TeslaApi.Error / non-existing domain", host: "auth.tesla.com", port: 443, kind: KindError, failure: FailureNoSuchHost},
	{name: "finch other error is no look-up", in: "2024-02-05 10:56:19.335 [error] POST https://auth.tesla.com/oauth2/v3/token -> error: \"non-existing key\" (8004.405 ms)", host: "auth.tesla.com", port: 443, kind: KindError},
	{name: "rabbitmqctl epmd answered", in: "Error: unable to connect to node rabbit@mooc: nodedown\n\nDIAGNOSTICS\n  * connected to epmd (port 4369) on mooc\n  * epmd reports: node 'rabbit' not running at all", err: ErrNoTarget},

	// A host and a port as a command line's trailing arguments, when no
	// failing line names one.
	{name: "prompt args host port", in: "rahul@fedora:~/projects/h1spec$ deno run --allow-net http_test.ts localhost 8000\nError in test \"Fragmented method\": ConnectionRefused: Connection refused (os error 111)\n    at async Object.connect (ext:deno_net/01_net.js:701:11)", host: "localhost", port: 8000, kind: KindError, program: "Rust", failure: FailureRefused},
	{name: "executing command quoted host port", in: "[DBG] exec_command: Executing external command '/programs/motioneye/sendmail.py \"smtp.mail.corp.test\" \"465\" \"me@corp.test\" \"True\" \"2015-07-17T13:50:18\" \"15\"'\n\nERROR: failed to send mail: Connection unexpectedly closed: timed out\nSMTPServerDisconnected: Connection unexpectedly closed: timed out", host: "smtp.mail.corp.test", port: 465, kind: KindError, failure: FailureTimeout},
	{name: "prompt args, the failing line names the host", in: "$ ./client db.corp.test 8000\ndial tcp 10.0.0.7:9000: connect: connection refused", host: "10.0.0.7", port: 9000, kind: KindError, program: "Go", failure: FailureRefused},
	{name: "prompt args file name and port", in: "$ python app.py 8000\nConnectionRefusedError: [Errno 111] Connection refused", err: ErrNoTarget},
	{name: "prompt args version and port", in: "$ tool --release 1.2.3 8000 2015-07-17 15\nConnectionRefusedError: [Errno 111] Connection refused", err: ErrNoTarget},
	{name: "args host port on no command line", in: "benchmark: localhost 8000 requests\nConnectionRefusedError: [Errno 111] Connection refused", err: ErrNoTarget},

	// A WHOIS server named for its protocol, with no port given, is asked
	// on 43; a URL's scheme or a port the text gives wins.
	{name: "whois server no port", in: "Error: getaddrinfo EAI_AGAIN whois.arin.net\n    at GetAddrInfoReqWrap.onlookup [as oncomplete] (dns.js:60:26) {\n  errno: 'EAI_AGAIN',\n  code: 'EAI_AGAIN',\n  syscall: 'getaddrinfo',\n  hostname: 'whois.arin.net'\n}", host: "whois.arin.net", port: 43, from: PortProgram, kind: KindError, program: "Node.js", failure: FailureNoSuchHost},
	{name: "whois server url", in: "Error: getaddrinfo ENOTFOUND whois.arin.net\nGET https://whois.arin.net/rest/ip/8.8.8.8 failed", host: "whois.arin.net", port: 443, kind: KindError, program: "Node.js", failure: FailureNoSuchHost},
	{name: "whois label alone is a name", in: "getaddrinfo ENOTFOUND whois.net", host: "whois.net", port: 443, kind: KindError, program: "Node.js", failure: FailureNoSuchHost},
	{name: "ftp label gets no port of its own", in: "getaddrinfo ENOTFOUND ftp.corp.test", host: "ftp.corp.test", port: 443, kind: KindError, program: "Node.js", failure: FailureNoSuchHost},

	// Bytes that are not UTF-8, and runes whose lower case is longer or
	// shorter, keep offsets into the line and its lower case the same
	// (the fuzzer found "\x97host 00port0" slicing out of range).
	{name: "a byte that is not UTF-8 before host and port words", in: "\x97host 00port0", err: ErrNoTarget},
	{name: "a byte that is not UTF-8 before a message", in: "\x97Connection to host db.corp.internal port 22 timed out", host: "db.corp.internal", port: 22, kind: KindError, failure: FailureTimeout},
	{name: "a capital dotted I before a message", in: "İstanbul: connect to db.corp.internal port 22: Connection timed out", host: "db.corp.internal", port: 22, kind: KindError, program: "curl", failure: FailureTimeout},

	// Generic and bad input.
	{name: "generic url in log", in: "2026-11-02T10:00:00Z level=error msg=\"upload failed\" url=https://files.corp.internal/up err=timeout", host: "files.corp.internal", port: 443, kind: KindError, failure: FailureTimeout},
	// A logger's class and line in brackets is code; a host in brackets is
	// read.
	{name: "logback kotlin class line", in: "[00:04:35 282] ERROR [ConnectivityStatus] (NetworkConnectivityKt:78) - java.net.UnknownHostException: 不知道这样的主机。 (connect.rom.miui.com)", host: "connect.rom.miui.com", port: 443, kind: KindError, program: "Java", failure: FailureNoSuchHost},
	{name: "timber kotlin file line", in: "E/NetworkClient(MainActivity.kt:120): java.net.ConnectException: Failed to connect to api.corp.test/10.0.0.5:8443", host: "api.corp.test", port: 8443, kind: KindError, program: "Java", addr: "10.0.0.5"},
	{name: "log4j class line brackets", in: "2024-01-02 10:00:00 ERROR [HttpPoller:45] Connection refused: api.corp.test:8443", host: "api.corp.test", port: 8443, kind: KindError, failure: FailureRefused},
	{name: "java windows unknown host", in: "java.net.UnknownHostException: No such host is known (connect.rom.miui.com)", host: "connect.rom.miui.com", port: 443, kind: KindError, program: "Java", failure: FailureNoSuchHost},
	{name: "julia source location is no host", in: "┌ Info: Precompiling Blink [ad839575]\n└ @ Base loading.jl:1192\nIOError: connect: connection refused (ECONNREFUSED)\n [1] try_yieldto(::typeof(Base.ensure_rescheduled)) at ./event.jl:196\n [6] connect(::Sockets.TCPSocket, ::Sockets.IPv4, ::Int64) at /usr/share/julia/stdlib/v1.0/Sockets/src/Sockets.jl:444", kind: KindError, err: ErrNoTarget},
	{name: "haskell clojure fsharp locations are no hosts", in: "Main.hs:42 core.clj:17 Program.fs:9 deploy.ps1:3\nconnect: connection refused", kind: KindError, err: ErrNoTarget},
	{name: "a host key names a host ending like a source file", in: "requests.exceptions.ConnectionError: HTTPConnectionPool(host='mali.ml', port=8080): Max retries exceeded with url: /x (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f>: Failed to establish a new connection: [Errno 111] Connection refused'))", host: "mali.ml", port: 8080, kind: KindError, program: "Python", failure: FailureRefused},
	{name: "a URL names a host ending like a source file", in: "Get \"https://nic.cr:8443/x\": dial tcp 10.0.0.4:8443: connect: connection refused", host: "nic.cr", port: 8443, kind: KindError, program: "Go", failure: FailureRefused, addr: "10.0.0.4"},
	{name: "go-sql-driver broken pipe", in: "[MySQL] 2014/11/11 09:50:31 packets.go:30: EOF\n[MySQL] 2014/11/11 09:50:31 packets.go:92: write tcp 10.0.0.3:3311: broken pipe", host: "10.0.0.3", port: 3311, kind: KindError, failure: FailureReset},
	{name: "deno hyper eof is a reset of the URL's host", in: "❯ deno run -A -r https://fresh.deno.dev\nerror: error sending request for url (https://deno.land/std@0.208.0/fs/_util.ts): connection error: unexpected end of file\n    at https://deno.land/std@0.208.0/fs/ensure_dir.ts:2:33", host: "deno.land", port: 443, kind: KindError, failure: FailureReset},
	{name: "dutch dotnet no such host names none", in: "System.Net.Sockets.SocketException (0x80004005): Host is onbekend\n   bij System.Net.Dns.GetAddrInfo(String name)\n   bij System.Net.Dns.InternalGetHostByName(String hostName, Boolean includeIPv6)", kind: KindError, err: ErrNoTarget},
	{name: "python happy eyeballs first address ipv6 sockaddr", in: "ConnectionRefusedError: [Errno 111] Multiple exceptions: [Errno 111] Connect call failed ('::1', 8080, 0, 0), [Errno 111] Connect call failed ('127.0.0.1', 8080)", host: "::1", port: 8080, kind: KindError, program: "Python", failure: FailureRefused},
	{name: "python five-tuple is no sockaddr", in: "ConnectionRefusedError: [Errno 111] Connect call failed ('fe80::1', 8080, 0, 0, 7)", kind: KindError, err: ErrNoTarget},
	{name: "erlang quoted host then port", in: "connecting to realm <<\"ws.wamp.test\">> at \"localhost\":5555 ... \n=ERROR REPORT==== 20-Nov-2014::10:58:51 ===\n** {{badmatch,{error,econnrefused}},\n    [{erwa_con,handle_call,3,[{file,\"src/erwa_con.erl\"},{line,113}]}]}", host: "localhost", port: 5555, kind: KindError, failure: FailureRefused},
	{name: "erlang quoted address then port over a step", in: "Connecting to \"127.0.0.1\":8087\n\n=ERROR REPORT==== 1-May-2017::12:40:16 ===\n {{badmatch,{error,{tcp,econnrefused}}},", host: "127.0.0.1", port: 8087, kind: KindError, failure: FailureRefused},
	{name: "erlang call tuple host and port", in: "** Last message in was {connect,\"db.corp.test\",5555,<<\"realm\">>,msgpack}\n** {{badmatch,{error,etimedout}},", host: "db.corp.test", port: 5555, kind: KindError, program: "Erlang", failure: FailureTimeout},
	{name: "a json key and number is no quoted host", in: "{\"retries\":3,\"timeout\":30}\n{error,econnrefused}", kind: KindError, err: ErrNoTarget},
	{name: "erlang file tuple is no host", in: "{error,nxdomain}\n[{file,\"gen_server.erl\"},{line,580}]", kind: KindError, err: ErrNoTarget},
	{name: "host option alone takes the redis client's port", in: "[root@qa10616 zabbix]# /usr/local/bin/zabbix/zabbix_check_redis.py --host localhost --ping\nTraceback (most recent call last):\n  File \"/usr/local/lib/python3.6/site-packages/redis/connection.py\", line 552, in connect\n    sock = self._connect()\nConnectionRefusedError: [Errno 111] Connection refused", host: "localhost", port: 6379, from: PortProgram, kind: KindError, program: "Python", failure: FailureRefused},
	{name: "host option alone takes psycopg's port", in: "$ ./check_pg.py --host db1.corp.test\npsycopg2.OperationalError: could not connect to server: Connection refused", host: "db1.corp.test", port: 5432, kind: KindError, failure: FailureRefused},
	{name: "a sentence's host option is no command", in: "The docs say to pass --host db1.corp.test to the redis tool\nConnectionRefusedError: [Errno 111] Connection refused", kind: KindError, err: ErrNoTarget},
	{name: "host option alone with no client family shown takes no program's port", in: "$ ./tool --host db1.corp.test\nConnectionRefusedError: [Errno 111] Connection refused", host: "db1.corp.test", port: 443, from: PortAssumed, kind: KindError, program: "Python", failure: FailureRefused},
	{name: "a name wrapped before a dot is joined", in: "Failed to create file system: couldn't read\ninfo about Drive: Get https://www.googleapis.com/drive/v2/about?alt=json:\ndial tcp: lookup www\n.googleapis.com on 127.0.0.53:53: no such host", host: "www.googleapis.com", port: 443, kind: KindError, program: "Go", failure: FailureNoSuchHost},
	{name: "a wrapped name the message goes on after is joined", in: "dial tcp: lookup api\n.corp.test on 127.0.0.53:53: no such host", host: "api.corp.test", port: 443, kind: KindError, program: "Go", failure: FailureNoSuchHost},
	{name: "a sentence's www and a line starting with a dot join nothing", in: "I always type www\n.net is great but this failed: no such host", kind: KindError, err: ErrNoTarget},
	{name: "a name with an empty label is read, and said to be malformed", in: "https response error StatusCode: 0, RequestID: , request send failed, Post \"https://sqs..amazonaws.com/\": dial tcp: lookup sqs..amazonaws.com: no such host", host: "sqs..amazonaws.com", port: 443, kind: KindError, program: "Go", failure: FailureNoSuchHost},
	{name: "a range of code is no malformed name", in: "for i in 0..10 { connect() }\nconnect: connection refused", kind: KindError, err: ErrNoTarget},
	{name: "an ellipsis after a name is no empty label", in: "Connecting to db.corp.test...\nconnect: connection refused", host: "db.corp.test", port: 443, kind: KindError, failure: FailureRefused},
	{name: "grpc status key in braces is no host", in: "debug_error_string = \"UNKNOWN:Error received from peer  {grpc_message:\"Deadline Exceeded\", grpc_status:4, created_time:\"2023-06-14T12:39:29.0+00:00\"}\"\nstatus = StatusCode.DEADLINE_EXCEEDED", kind: KindError, err: ErrNoTarget},
	{name: "grpc status key beside the address that failed", in: "debug_error_string = \"UNKNOWN:failed to connect to all addresses; last error: UNKNOWN: ipv4:10.0.0.5:50051: Failed to connect to remote host: Connection refused {created_time:\"2023-06-14T12:39:29+00:00\", grpc_status:14}\"", host: "10.0.0.5", port: 50051, kind: KindError, program: "gRPC", failure: FailureRefused},
	{name: "a host in braces stays a host", in: "config {host: db:5432} connect: connection refused", host: "db", port: 5432, kind: KindError, failure: FailureRefused},
	{name: "an underscored host outside braces stays a host", in: "connect to app_db_1:5432 failed: Connection refused", host: "app_db_1", port: 5432, kind: KindError, failure: FailureRefused},
	{name: "java file line brackets", in: "ERROR [Foo.java:45] connect timed out to db.corp.test:5432", host: "db.corp.test", port: 5432, kind: KindError, failure: FailureTimeout},
	{name: "single label host in parentheses", in: "ERROR pool (db:5432) - Connection refused", host: "db", port: 5432, kind: KindError, failure: FailureRefused},
	{name: "redis host in brackets", in: "Error connecting [redis:6379]: connection refused", host: "redis", port: 6379, kind: KindError, failure: FailureRefused},
	{name: "localhost in parentheses", in: "upstream (localhost:8080) refused the connection: Connection refused", host: "localhost", port: 8080, kind: KindError, failure: FailureRefused},
	// ldapsearch's "Can't contact LDAP server" names no host: the -H URL
	// on its command line does, on its scheme's port. "my-company.com" is
	// an organisation's name people deploy; "your-company.com" is an
	// instruction.
	{name: "ldapsearch cannot contact", in: "docker exec mycompanyname-container ldapsearch -x -H ldap://my-company.com -b dc=my-company,dc=com -D \"cn=admin,dc=my-company,dc=com\" -w secret\n\nError message\n**ldap_sasl_bind(SIMPLE): Can't contact LDAP server (-1)**", host: "my-company.com", port: 389, kind: KindError},
	{name: "ldapsearch ldaps cannot contact", in: "$ ldapsearch -x -H ldaps://ldap.corp.test -b dc=corp,dc=test\nldap_sasl_bind(SIMPLE): Can't contact LDAP server (-1)", host: "ldap.corp.test", port: 636, kind: KindError},
	{name: "ldapsearch your-company placeholder", in: "$ ldapsearch -x -H ldap://your-company.com -b dc=your-company,dc=com\nldap_sasl_bind(SIMPLE): Can't contact LDAP server (-1)", err: ErrNoTarget},
	// A failure naming no host takes it from the command line shown: -H
	// and -P of MySQL tools, --host and --port; mysql's -p is a password.
	{name: "command line -H -P", in: "[root@node234 reverse_sql]# ./reverse_sql.py -ot test -op delete -H 172.16.1.234 -P 3336 -u root -p Secret123. -d test\nTraceback (most recent call last):\n  File \"/usr/lib64/python3.6/socket.py\", line 713, in create_connection\n    sock.connect(sa)\nConnectionRefusedError: [Errno 111] Connection refused", host: "172.16.1.234", port: 3336, kind: KindError, program: "Python", failure: FailureRefused},
	// sudo's "unable to resolve host x" is sudo's, not Android's "Unable to
	// resolve host \"x\"".
	{name: "sudo resolve not android", in: "sudo: unable to resolve host devbox: Name or service not known", host: "devbox", port: 443, kind: KindError, program: "sudo", failure: FailureNoSuchHost},
	// wget is named by its own words or its command, not by advice to run
	// it after another program failed.
	{name: "wget in advice not wget", in: "** (Mix) httpc request failed with: {:failed_connect, [{:to_address, {'repo.corp.test', 443}}, {:inet6, [:inet6], :nxdomain}]}\n\nPlease download the file above to your current directory and run:\n\n    wget https://repo.corp.test/installs/hex-2.0.6.ez", host: "repo.corp.test", port: 443, kind: KindError, program: "Erlang", failure: FailureNoSuchHost},
	{name: "wget2 command", in: "$ time wget2 -O test.txt web.corp.test\nFailed to resolve web.corp.test (Name or service not known)", host: "web.corp.test", port: 80, kind: KindError, program: "wget", failure: FailureNoSuchHost},
	// Go's client words the method with one capital; "GET https://x" in
	// capitals is a browser console's, Ruby's or pnpm's, named by none.
	{name: "go request method", in: "Get \"http://10.0.0.5:8080/healthz\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)", host: "10.0.0.5", port: 8080, kind: KindError, program: "Go", failure: FailureTimeout},
	{name: "browser console request not go", in: "POST http://localhost:5000/distros net::ERR_CONNECTION_REFUSED", host: "localhost", port: 5000, kind: KindError, failure: FailureRefused},
	{name: "ruby request not go", in: "HTTP GET https://index.rubygems.org/versions\nopening connection to index.rubygems.org:443...\nNet::OpenTimeout: execution expired", host: "index.rubygems.org", port: 443, kind: KindError, failure: FailureTimeout},
	// Node.js's error codes in Node's words name Node.js; the same codes in
	// FileZilla's, Julia's (libuv's), redis-rb's or Winsock's words do not.
	{name: "node code connect etimedout", in: "{ Error: connect ETIMEDOUT 10.0.0.9:587\n    at Object._errnoException (util.js:1022:11)\n  code: 'ETIMEDOUT',\n  errno: 'ETIMEDOUT',\n  syscall: 'connect',\n  address: '10.0.0.9',\n  port: 587 }", host: "10.0.0.9", port: 587, kind: KindError, program: "Node.js", failure: FailureTimeout},
	{name: "node code after a yarn url", in: "error An unexpected error occurred: \"https://registry.corp.test/typescript/-/typescript-4.1.3.tgz: ETIMEDOUT\".", host: "registry.corp.test", port: 443, kind: KindError, program: "Node.js", failure: FailureTimeout},
	{name: "filezilla econnrefused not node", in: "Status:\tConnecting to 10.0.0.24:5000...\nStatus:\tConnection attempt failed with \"ECONNREFUSED - Connection refused by server\".\nError:\tCould not connect to server", host: "10.0.0.24", port: 5000, kind: KindError, program: "FileZilla", failure: FailureRefused},
	{name: "julia econnrefused not node", in: "julia> HTTP.get(\"http://localhost:8000/registries\")\nERROR: IOError(Base.IOError(\"connect: connection refused (ECONNREFUSED)\", -111) during request(http://localhost:8000/registries))", host: "localhost", port: 8000, kind: KindError, failure: FailureRefused},
	{name: "redis-rb econnrefused not node", in: "Error connecting to Redis on 127.0.0.1:6379 (ECONNREFUSED)", host: "127.0.0.1", port: 6379, kind: KindError, program: "Ruby", failure: FailureRefused},
	{name: "winsock wsaetimedout not node", in: "Thu Mar 12 10:00:00 2020 TCP: connect to [AF_INET]10.0.0.9:443 failed, will try again in 5 seconds: Connection timed out (WSAETIMEDOUT)", host: "10.0.0.9", port: 443, kind: KindError, failure: FailureTimeout},
	// "SocketException" alone is .NET's; Java's is java.net's, and the mongo
	// shell's "connection attempt failed: SocketException: Error connecting
	// to x" is the shell's own.
	{name: "java socket exception not dotnet", in: "Caused by: java.net.SocketException: Connection refused (Connection refused)\n\tat java.net.PlainSocketImpl.socketConnect(Native Method)\n\tat org.postgresql.core.PGStream.<init>(PGStream.java:81) to db.corp.test:5432", host: "db.corp.test", port: 5432, kind: KindError, program: "Java", failure: FailureRefused},
	{name: "dotnet socket exception", in: "Unhandled exception. SocketException (10061): No connection could be made because the target machine actively refused it. 10.0.0.5:5000", host: "10.0.0.5", port: 5000, kind: KindError, program: ".NET", failure: FailureRefused},
	{name: "command line --host --port", in: "$ mongo --host db.corp.test --port 27018\nMongoDB shell version v4.4.6\nError: couldn't connect to server, connection attempt failed: SocketException: Error connecting : Connection refused", host: "db.corp.test", port: 27018, kind: KindError, program: "mongo shell", failure: FailureRefused},
	{name: "command line -H password not port", in: "$ ./binlog2sql.py -u root -p 123456 -H db.corp.test -P 3307\nConnectionRefusedError: [Errno 111] Connection refused", host: "db.corp.test", port: 3307, kind: KindError, program: "Python", failure: FailureRefused},
	{name: "command line -H no port", in: "$ ./binlog2sql.py -H db.corp.test -u root -p 123456\nConnectionRefusedError: [Errno 111] Connection refused", err: ErrNoTarget},
	{name: "curl header is no host", in: "$ curl -H 'Host: api.corp.test' -P 8080 http://10.0.0.5/\ncurl: (7) Failed to connect to 10.0.0.5 port 80: Connection refused", host: "10.0.0.5", port: 80, kind: KindError, program: "curl", failure: FailureRefused},
	{name: "command line never over a named host", in: "$ ./tool.py -H db.corp.test -P 3336\npymysql.err.OperationalError: (2003, \"Can't connect to MySQL server on 'db2.corp.test' ([Errno 111] Connection refused)\")", host: "db2.corp.test", port: 3306, kind: KindError, program: "MySQL", failure: FailureRefused},
	// A connect call in pasted code, host and port literal, when the
	// failure names no host.
	{name: "mailkit connect call", in: "A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond\n\nusing (var client = new SmtpClient())\n{\n    client.Connect(\"smtp.corp.test\", 587, true);\n    client.Authenticate(\"me@corp.test\", \"pass\");\n}", host: "smtp.corp.test", port: 587, kind: KindError, failure: FailureTimeout},
	{name: "java new socket", in: "Socket s = new Socket(\"svc.corp.test\", 9000);\njava.net.ConnectException: Connection refused (Connection refused)", host: "svc.corp.test", port: 9000, kind: KindError, program: "Java", failure: FailureRefused},
	{name: "connect call with variables", in: "client.Connect(host, 587, true);\nSocketException: A connection attempt failed because the connected party did not properly respond after a period of time", err: ErrNoTarget},
	{name: "no connect call", in: "logger.Log(\"api.corp.test\", 3, true);\nSocketException: A connection attempt failed because the connected party did not properly respond after a period of time", err: ErrNoTarget},
	{name: "connect call loses to a failing line", in: "client.Connect(\"smtp.corp.test\", 587, true);\nMailKit.Net.Smtp.SmtpCommandException: connect ETIMEDOUT 10.0.0.9:2525", host: "10.0.0.9", port: 2525, kind: KindError, program: "Node.js", failure: FailureTimeout},
	// A download redirected within one site keeps the announced URL's
	// scheme; another site's host, or a URL no step announced, does not.
	{name: "vagrant redirect same site", in: "==> default: Adding box 'precise32' (v0) for provider: virtualbox\n    default: Downloading: http://files.corp.test/precise32.box\nAn error occurred while downloading the remote file.\n\nCouldn't resolve host 'mirror-files.corp.test'", host: "mirror-files.corp.test", port: 80, kind: KindError, failure: FailureNoSuchHost},
	{name: "redirect other site", in: "    default: Downloading: http://files.corp.test/precise32.box\nCouldn't resolve host 'cdn.other.test'", host: "cdn.other.test", port: 443, kind: KindError, failure: FailureNoSuchHost},
	{name: "redirect other site under co.uk", in: "Downloading: http://files.acme.co.uk/x.box\nCouldn't resolve host 'cdn.other.co.uk'", host: "cdn.other.co.uk", port: 443, kind: KindError, failure: FailureNoSuchHost},
	{name: "same site url not announced", in: "Docs: http://files.corp.test/help\nCouldn't resolve host 'mirror-files.corp.test'", host: "mirror-files.corp.test", port: 443, kind: KindError, failure: FailureNoSuchHost},
	// WireGuard: a peer that never answered the handshake timed out; its
	// key is no host, the Endpoint a log or config names is.
	{name: "wireguard handshake no endpoint", in: "2021-02-10 16:08:58.676514: [TUN] [client] peer(LW3Y…OqDE) - Handshake did not complete after 5 seconds, retrying (try 2)\n2021-02-10 16:08:58.676514: [TUN] [client] peer(LW3Y…OqDE) - Sending handshake initiation", err: ErrNoTarget},
	{name: "wireguard handshake endpoint", in: "[Peer]\nEndpoint = vpn.corp.net:51820\nAllowedIPs = 0.0.0.0/0\n2021-02-10 16:08:58.676514: [TUN] [client] peer(LW3Y…OqDE) - Handshake did not complete after 5 seconds, retrying (try 2)", host: "vpn.corp.net", port: 51820, kind: KindError, failure: FailureTimeout},
	{name: "wireguard linux handshake", in: "wireguard: wg0: Handshake for peer 3 (198.51.100.7:51820) did not complete after 5 seconds, retrying (try 2)", host: "198.51.100.7", port: 51820, kind: KindError, failure: FailureTimeout},
	// A URL scheme in a slot only a dialled name fills: the URL setting is
	// doubled or lost its host (Target.Malformed says so).
	{name: "scheme dialled ruby", in: "Errno::ECONNREFUSED: Failed to open TCP connection to https:443 (Connection refused - connect(2) for \"https\" port 443)", host: "https", port: 443, kind: KindError, program: "Ruby", failure: FailureRefused},
	{name: "scheme dialled go", in: "Get \"https://https://api.corp.net/v1\": dial tcp: lookup https on 127.0.0.53:53: no such host", host: "https", port: 443, kind: KindError, program: "Go", failure: FailureNoSuchHost},
	{name: "scheme dialled go, two spaces before on", in: "Get \"https://https://api.corp.net/v1\": dial tcp: lookup https  on 127.0.0.53:53: no such host", host: "https", port: 443, kind: KindError, program: "Go", failure: FailureNoSuchHost},
	{name: "scheme dialled go http", in: "dial tcp: lookup http: no such host", host: "http", port: 443, kind: KindError, program: "Go", failure: FailureNoSuchHost},
	{name: "scheme dialled go, the url's host", in: "Post \"http://http/192.168.1.133:8086/api/v2/query?org=iobroker\": dial tcp: lookup http on 192.168.1.1:53: no such host error reading buckets", host: "http", port: 80, from: PortScheme, kind: KindError, program: "Go", failure: FailureNoSuchHost},
	{name: "scheme dialled go, a url of another host", in: "Post \"http://http.corp.test/api\" failed\ndial tcp: lookup http: no such host", host: "http", port: 443, kind: KindError, program: "Go", failure: FailureNoSuchHost},
	{name: "scheme dialled curl", in: "curl: (6) Could not resolve host: https", host: "https", port: 443, kind: KindError, program: "curl", failure: FailureNoSuchHost},
	{name: "scheme dialled node", in: "Error: getaddrinfo ENOTFOUND https", host: "https", port: 443, kind: KindError, program: "Node.js", failure: FailureNoSuchHost},
	{name: "scheme dialled python", in: "urllib3.exceptions.NameResolutionError: <urllib3.connection.HTTPSConnection object at 0x7f>: Failed to resolve 'https' ([Errno -2] Name or service not known)", host: "https", port: 443, kind: KindError, program: "Python", failure: FailureNoSuchHost},
	{name: "scheme dialled java", in: "java.net.UnknownHostException: https", host: "https", port: 443, kind: KindError, program: "Java", failure: FailureNoSuchHost},
	{name: "empty host key no scheme word", in: "host=\"\",port=01", bad: true},
	{name: "scheme dialled android", in: "java.net.UnknownHostException: Unable to resolve host \"https\": No address associated with hostname", host: "https", port: 443, kind: KindError, program: "Java", failure: FailureNoSuchHost},
	{name: "scheme of a url android", in: "java.net.UnknownHostException: Unable to resolve host \"https://\": No address associated with hostname", kind: KindError, err: ErrNoTarget},
	{name: "scheme word in prose", in: "the https lookup failed: no such host", kind: KindError, err: ErrNoTarget},
	{name: "scheme of a url after unknownhost", in: "java.net.UnknownHostException: https://api.corp.net/x", kind: KindError, err: ErrNoTarget},
	// "can not" as two words, as "cannot" is read.
	{name: "nohttp can not be resolved", in: "com.yanzhenjie.nohttp.error.UnKnownHostError: Hostname can not be resolved: http://apiv4.yangkeduo.com/reviews/list", host: "apiv4.yangkeduo.com", port: 80, from: PortScheme, kind: KindError, failure: FailureNoSuchHost},
	{name: "host can not be resolved", in: "java.net.UnknownHostException: Host can not be resolved: api.corp.net", host: "api.corp.net", port: 443, kind: KindError, program: "Java", failure: FailureNoSuchHost},
	{name: "can not connect to", in: "error: can not connect to db.corp.net:5432", host: "db.corp.net", port: 5432, from: PortExplicit, kind: KindError},
	{name: "import can not be resolved", in: "The import net.corp.api can not be resolved to a type", kind: KindError, err: ErrNoTarget},
	// Chrome's and Edge's refused pages in Russian, and a user's words for them.
	{name: "chrome refused ru", in: "Не удается получить доступ к сайтуСайт localhost не позволяет установить соединение.\nПопробуйте сделать следующее:\nERR_CONNECTION_REFUSED", host: "localhost", port: 80, from: PortProgram, kind: KindError, program: "browser", failure: FailureRefused},
	{name: "edge refused ru paraphrase", in: "я устанавливаю .exe и потом пишет не удается открыть страницу localhost отказано в подключении", host: "localhost", port: 80, from: PortProgram, kind: KindError, program: "browser", failure: FailureRefused},
	{name: "edge refused ru port", in: "в окне заглушка «localhost:1420 отказано в подключении»", host: "localhost", port: 1420, from: PortExplicit, kind: KindError, program: "browser", failure: FailureRefused},
	{name: "refused ru no name", in: "Отказано в подключении к серверу Gateway", kind: KindError, err: ErrNoTarget},
	{name: "refused ru server word", in: "Ошибка: UTM не позволяет установить соединение!", kind: KindError, err: ErrNoTarget},
	// Advice that a deadline passed; net-ping names the host that answered late.
	{name: "net-ping unknown request id", in: "Response with unknown request ID from 10.193.165.1. Consider increasing timeouts (21946 ms old?).", host: "10.193.165.1", port: 443, from: PortAssumed, kind: KindError, program: "Node.js", failure: FailureTimeout},
	{name: "advice after request", in: "Request to api.corp.net failed. Consider increasing the timeout.", host: "api.corp.net", port: 443, kind: KindError, failure: FailureTimeout},
	{name: "help text timeout option", in: "fetching api.corp.net:8443 (increase timeout with -T)", host: "api.corp.net", port: 8443, from: PortExplicit, kind: KindError},
	// Laravel's config: env('NAME', default) holds the default; an
	// upper-case identifier is a setting's name, never a host.
	{name: "laravel ldap env default", in: "ldap_search(): Search: Can't contact LDAP server\n'hosts' => [env('LDAP_HOST', '10.10.50.1')],\n'port' => env('LDAP_PORT', 636),\n'timeout' => env('LDAP_TIMEOUT', 5),", host: "10.10.50.1", port: 636, kind: KindError},
	{name: "laravel db env default", in: "SQLSTATE[HY000] [2002] Connection refused\n'host' => env('DB_HOST', '127.0.0.1'),\n'port' => env('DB_PORT', '3306'),", host: "127.0.0.1", port: 3306, kind: KindError, failure: FailureRefused},
	{name: "laravel env without default", in: "ldap_search(): Search: Can't contact LDAP server\n'hosts' => [env('LDAP_HOST')],\n'timeout' => env('LDAP_TIMEOUT', 5),", kind: KindError, err: ErrNoTarget},
	{name: "env name in a tuple", in: "Connect call failed ('DB_HOST', 5432)", kind: KindError, err: ErrNoTarget},
	// A word and a slot's name joined by an underscore, in any case, is
	// what a poster typed over the address; another underscored name is a
	// host.
	{name: "kubectl's placeholder Master_IP", in: "I0601 11:38:36.650302  795967 round_trippers.go:508] HTTP Trace: Dial to tcp:Master_IP:6443 failed: dial tcp Master_IP:6443: connect: connection refused\nE0601 11:38:36.650401  795967 memcache.go:265] couldn't get current server API group list: Get https://Master_IP:6443/api?timeout=32s: dial tcp Master_IP:6443: connect: connection refused", err: ErrNoTarget},
	{name: "lower-case placeholder your_host", in: "Error: dial tcp your_host:5432: connect: connection refused", err: ErrNoTarget},
	{name: "underscored host with no slot's word", in: "Error: dial tcp my_db:5432: connect: connection refused", host: "my_db", port: 5432, kind: KindError, program: "Go", failure: FailureRefused},
	{name: "underscored word after the slot's is a host", in: "Error: dial tcp ip_backend:5432: connect: connection refused", host: "ip_backend", port: 5432, kind: KindError, program: "Go", failure: FailureRefused},
	// HAProxy's access log begins with the client's address and port and
	// the accept date ("%ci:%cp [%tr]"): the client is never the target.
	{name: "haproxy access log client", in: "Sep 14 13:57:35 haproxy-1 haproxy[9978]: Server bck-etap/etap is DOWN, reason: Layer4 timeout, check duration: 2001ms. 0 active and 0 backup servers left.\nSep 14 13:58:16 haproxy-1 haproxy[9978]: 172.17.10.1:51523 [14/Sep/2019:13:58:16.024] ssl~ bck-etap/<NOSRV> 0/-1/-1/-1/0 503 213 - - SC-- 16/15/0/0/0 0/0 \"GET /etap/ HTTP/1.1\"", kind: KindError, err: ErrNoTarget},
	{name: "haproxy health check server address", in: "Sep 14 13:57:35 haproxy-1 haproxy[9978]: Server bk/10.0.0.5 is DOWN, reason: Layer4 timeout, check duration: 2001ms.\nSep 14 13:58:16 haproxy-1 haproxy[9978]: 172.17.10.1:51523 [14/Sep/2019:13:58:16.024] fe bk/<NOSRV> 0/-1/-1/-1/0 503 213 - - SC-- 16/15/0/0/0 0/0 \"GET / HTTP/1.1\"", host: "10.0.0.5", port: 443, kind: KindError, program: "HAProxy", failure: FailureTimeout},
	{name: "address before a bracketed time", in: "dial tcp 10.0.0.5:8080 [10:58:16] connection refused", host: "10.0.0.5", port: 8080, kind: KindError, program: "Go", failure: FailureRefused},
	// telnet given no port dials 23 (telnet(1)).
	{name: "telnet default port", in: "> Trying 127.0.0.1...\n> telnet: Unable to connect to remote host: Connection refused", host: "127.0.0.1", port: 23, kind: KindError, program: "telnet", failure: FailureRefused},
	{name: "telnet address default port", in: "telnet: connect to address 10.0.0.5: Connection refused\ntelnet: Unable to connect to remote host: Connection refused", host: "10.0.0.5", port: 23, kind: KindError, program: "telnet", failure: FailureRefused},
	{name: "certbot http-01 could not connect", in: "FailedChallenges: Failed authorization procedure. runningcodes.net (http-01): urn:acme:error:connection :: The server could not connect to the client to verify the domain :: Could not connect to runningcodes.net", host: "runningcodes.net", port: 80, kind: KindError, program: "ACME"},
	{name: "certbot http-01 timeout", in: "Failed authorization procedure. blog.corp.net (http-01): urn:ietf:params:acme:error:connection :: The server could not connect to the client to verify the domain :: Fetching http://blog.corp.net/.well-known/acme-challenge/abc: Timeout during connect (likely firewall problem)", host: "blog.corp.net", port: 80, kind: KindError, program: "ACME", failure: FailureTimeout},
	{name: "certbot tls-alpn-01 refused", in: "Failed authorization procedure. blog.corp.net (tls-alpn-01): urn:ietf:params:acme:error:connection :: The server could not connect to the client to verify the domain :: 203.0.113.5: Connection refused", host: "blog.corp.net", port: 443, kind: KindError, program: "ACME", failure: FailureRefused},
	{name: "certbot dns-01 names no host to reach", in: "Failed authorization procedure. blog.corp.net (dns-01): urn:ietf:params:acme:error:dns :: DNS problem: NXDOMAIN looking up TXT for _acme-challenge.blog.corp.net - check that a DNS record exists for this domain", kind: KindError, err: ErrNoTarget},
	{name: "caddy acme http-01 caa lookup", in: "ERROR   http.acme_client    challenge failed    {\"identifier\": \"wow.hegwin.me\", \"challenge_type\": \"http-01\", \"problem\": {\"type\": \"urn:ietf:params:acme:error:dns\", \"title\": \"\", \"detail\": \"DNS problem: query timed out looking up CAA for wow.hegwin.me\"}}\nERROR   http.acme_client    validating authorization    {\"identifier\": \"wow.hegwin.me\", \"order\": \"https://acme-v02.api.letsencrypt.org/acme/order/893851047/155797659767\", \"attempt\": 1}", host: "wow.hegwin.me", port: 80, kind: KindError, program: "ACME", failure: FailureNoSuchHost},
	{name: "caddy acme dns-01 names no host to reach", in: "{\"identifier\": \"blog.corp.net\", \"challenge_type\": \"dns-01\", \"problem\": {\"detail\": \"no TXT record found\"}}", kind: KindError, err: ErrNoTarget},
	{name: "lets encrypt nxdomain", in: "Detail: DNS problem: NXDOMAIN looking up A for blog.corp.net - check that a DNS record exists for this domain", host: "blog.corp.net", port: 443, kind: KindError, program: "ACME", failure: FailureNoSuchHost},
	{name: "iptables host not found", in: "iptables v1.4.4: host/network `serverfault.com' not found\nTry `iptables -h' or 'iptables --help' for more information.", host: "serverfault.com", port: 443, kind: KindError, program: "iptables", failure: FailureNoSuchHost},
	{name: "ip6tables host not found", in: "ip6tables v1.8.7 (legacy): host/network `ipv6.corp.net' not found", host: "ipv6.corp.net", port: 443, kind: KindError, program: "iptables", failure: FailureNoSuchHost},
	{name: "ipset host with several addresses", in: "ipset v6.11: host/network `blog.corp.net' resolves to serveral ip-addresses. Please specify one.", kind: KindError, err: ErrNoTarget},
	{name: "busybox nfs mount refused", in: "[root@david:/mnt]# mount -t nfs 192.168.3.164:/mnt/nfs/rv1126 /mnt/nfs\nmount: mounting 192.168.3.164:/mnt/nfs/rv1126 on /mnt/nfs failed: Connection refused", host: "192.168.3.164", port: 2049, kind: KindError, program: "NFS", failure: FailureRefused},
	{name: "mount.nfs timeout names the command's server", in: "$ sudo mount -t nfs -o vers=4 nas.corp.net:/export/home /mnt/home\nmount.nfs: Connection timed out", host: "nas.corp.net", port: 2049, kind: KindError, program: "NFS", failure: FailureTimeout},
	{name: "untyped mount answered by mount.nfs", in: "The following SSH command responded with a non-zero exit status.\n\nmount -o vers=3,udp 1.2.3.1:/Users/user/code/django /django\n\nStdout from the command:\n\nStderr from the command:\n\nmount.nfs: Connection timed out", host: "1.2.3.1", port: 2049, kind: KindError, program: "NFS", failure: FailureTimeout},
	{name: "untyped mount of a quoted path answered by mount.nfs", in: "mount -o 'vers=3,udp' 10.42.0.1:'/home/niccolox/Projects/valkyrie/platforms' /var/aegir/platforms\n\nStdout from the command:\n\nStderr from the command:\n\nmount.nfs: Connection timed out", host: "10.42.0.1", port: 2049, kind: KindError, program: "NFS", failure: FailureTimeout},
	{name: "untyped mount of a quoted path with no nfs answer", in: "$ mount -o ro backup.corp.net:'/srv/data' /mnt/data\nmount: /mnt/data: special device backup.corp.net:/srv/data does not exist.", err: ErrNoTarget},
	{name: "untyped mount with no nfs answer", in: "$ mount -o ro backup.corp.net:/srv/data /mnt/data\nmount: /mnt/data: special device backup.corp.net:/srv/data does not exist.", err: ErrNoTarget},
	{name: "kubelet nfs mounting arguments", in: "  Warning  FailedMount  102s   kubelet            MountVolume.SetUp failed for volume \"nfs\" : mount failed: exit status 32\nMounting command: mount\nMounting arguments: -t nfs svm-0adb.fs-0220.fsx.us-east-1.amazonaws.com:/fsx /var/lib/kubelet/pods/5088f644/volumes/kubernetes.io~nfs/nfs\nOutput: mount.nfs: Connection timed out", host: "svm-0adb.fs-0220.fsx.us-east-1.amazonaws.com", port: 2049, kind: KindError, program: "NFS", failure: FailureTimeout},
	{name: "kubelet cifs mounting arguments", in: "Mounting command: mount\nMounting arguments: -t cifs -o username=x //files.corp.net/share /var/lib/kubelet/pods/1/volumes/cifs\nOutput: mount error(113): Could not connect to files.corp.net", host: "files.corp.net", port: 443, kind: KindError},
	{name: "mount.nfs access denied", in: "mount.nfs: access denied by server while mounting nas.corp.net:/export/home", host: "nas.corp.net", port: 2049, kind: KindError, program: "NFS"},
	{name: "mount of a local device names no host", in: "mount: /mnt/usb: special device /dev/sdb1 does not exist.", kind: KindError, err: ErrNoTarget},
	{name: "yum curl#6 in a japanese locale", in: "curl#6 - \"Could not resolve host: mirrorlist.centos.org; 不明なエラー\"", host: "mirrorlist.centos.org", port: 80, kind: KindError, program: "yum", failure: FailureNoSuchHost},
	{name: "yum curl#6 old libcurl", in: "[Errno 14] curl#6 - \"Couldn't resolve host 'mirror.corp.net'\"", host: "mirror.corp.net", port: 80, kind: KindError, program: "Python", failure: FailureNoSuchHost},
	{name: "yum curl#6 under an https url", in: "https://mirror.corp.net/centos/7/os/x86_64/repodata/repomd.xml: [Errno 14] curl#6 - \"Could not resolve host: mirror.corp.net; Unknown error\"", host: "mirror.corp.net", port: 443, kind: KindError, program: "Python", failure: FailureNoSuchHost},
	{name: "yum urlgrabber timeout on a redirect's target", in: "http://installrepo.kaltura.org/releases/latest/RPMS/x86_64/repodata/repomd.xml: [Errno 12] Timeout on http://installrepo.origin.kaltura.org/repo/releases/12.11.0/RPMS/x86_64/repodata/repomd.xml: (28, 'connect() timed out!')\nTrying other mirror.", host: "installrepo.origin.kaltura.org", port: 80, kind: KindError, program: "Python", failure: FailureTimeout},
	{name: "yum urlgrabber timeout on the url it was given", in: "http://mirror.corp.net/centos/7/os/x86_64/repodata/repomd.xml: [Errno 12] Timeout on http://mirror.corp.net/centos/7/os/x86_64/repodata/repomd.xml: (28, 'connect() timed out!')", host: "mirror.corp.net", port: 80, kind: KindError, program: "Python", failure: FailureTimeout},
	{name: "yum curl#28 names no host", in: "[Errno 14] curl#28 - \"Connection timed out after 30001 milliseconds\"", kind: KindError, err: ErrNoTarget},
	{name: "db2diag probe id is no host", in: "2011-10-11-15.17.32.470470+540 E8945037A747 LEVEL: Error\nFUNCTION: DB2 UDB, XA DTP Support, sqlxaConnect, probe:4666\nMESSAGE : XA Interface SQLCA", kind: KindError, err: ErrNoTarget},
	{name: "db2 sql30081n from the cli driver", in: `SQLErrorW(pszSqlState="01002", pfNativeError=-30081, pszErrorMsg="[IBM][CLI Driver] SQL30081N A communication error has been detected. Communication protocol being used: "TCP/IP". Communication API being used: "SOCKETS". Location where the error was detected: "10.250.48.6". Communication function detecting the error: "send". Protocol specific error code(s): "9", "*", "*". SQLSTATE=08001`, host: "10.250.48.6", port: 50000, kind: KindError, program: "Db2"},
	{name: "db2 sql30081n wrapped, windows refused", in: "SQL30081N  A communication error has been detected. Communication protocol\nbeing used: \"TCP/IP\".  Communication API being used: \"SOCKETS\".  Location\nwhere the error was detected: \"192.168.1.20\".  Communication function detecting\nthe error: \"connect\".  Protocol specific error code(s): \"10061\", \"*\", \"*\".\nSQLSTATE=08001", host: "192.168.1.20", port: 50000, kind: KindError, program: "Db2", failure: FailureRefused},
	{name: "db2 sql30081n with no location names no host", in: `SQL30081N A communication error has been detected. Communication protocol being used: "TCP/IP". Communication API being used: "SOCKETS". Location where the error was detected: "". Communication function detecting the error: "connect". Protocol specific error code(s): "111", "*", "*". SQLSTATE=08001`, kind: KindError, err: ErrNoTarget},
	{name: "db2diag sqlca of sql30081n", in: "FUNCTION: DB2 UDB, XA DTP Support, sqlxaConnect, probe:4666\nsqlcaid : SQLCA sqlcabc: 136 sqlcode: -30081 sqlerrml: 45\nsqlerrmc: 239 * * TCP/IP SOCKETS 172.16.250.42 connect\nsqlerrp : SQLJCMN", host: "172.16.250.42", port: 50000, kind: KindError, program: "Db2", failure: FailureRefused},
	{name: "db2 aix errno without the platform states no kind", in: `SQL30081N A communication error has been detected. Communication protocol being used: "TCP/IP". Communication API being used: "SOCKETS". Location where the error was detected: "10.0.0.5". Communication function detecting the error: "connect". Protocol specific error code(s): "79", "*", "*". SQLSTATE=08001`, host: "10.0.0.5", port: 50000, kind: KindError, program: "Db2"},
	{name: "db2 aix errno with the platform", in: "Client on AIX 7.2:\nSQL30081N A communication error has been detected. Communication protocol being used: \"TCP/IP\". Communication API being used: \"SOCKETS\". Location where the error was detected: \"10.0.0.5\". Communication function detecting the error: \"connect\". Protocol specific error code(s): \"79\", \"*\", \"*\". SQLSTATE=08001", host: "10.0.0.5", port: 50000, kind: KindError, program: "Db2", failure: FailureRefused},
	{name: "ibm mq amq9202 remote host", in: "AMQ9202: Remote host 'mq01.corp.net (1415)' not available, retry later.\nEXPLANATION: The attempt to allocate a conversation using TCP/IP to host 'mq01.corp.net(1415)' was not successful.\nACTION: The return code from TCP/IP is 111 (X'6F').", host: "mq01.corp.net", port: 1415, kind: KindError, program: "IBM MQ", failure: FailureRefused},
	{name: "ibm mq scrubbed address is no host", in: "AMQ9202: Remote host '11.2.34.555 (1414)' not available, retry later.\nACTION: The return code from TCP/IP is 145 (X'91').", kind: KindError, err: ErrNoTarget},
	{name: "java rmi wrapper, nested timeout wins", in: "java.rmi.ConnectException: Connection refused to host: 10.20.30.40; nested exception is:\n\tjava.net.ConnectException: Connection timed out", host: "10.20.30.40", port: 443, kind: KindError, program: "Java", failure: FailureTimeout},
	{name: "java rmi wrapper, nested refusal stays refused", in: "java.rmi.ConnectException: Connection refused to host: 10.20.30.40; nested exception is: java.net.ConnectException: Connection refused", host: "10.20.30.40", port: 443, kind: KindError, program: "Java", failure: FailureRefused},
	{name: "jmx's rmi registry look-up on its default port", in: "Failed to connect to Broker: Failed to retrieve RMIServer stub: javax.naming.ServiceUnavailableException [Root exception is java.rmi.ConnectException: Connection refused to host: localhost; nested exception is: \n    java.net.ConnectException: Connection refused]", host: "localhost", port: 1099, from: PortProgram, kind: KindError, program: "Java", failure: FailureRefused},
	{name: "jmx's rmi look-up with no stub words keeps the assumed port", in: "javax.naming.ServiceUnavailableException [Root exception is java.rmi.ConnectException: Connection refused to host: localhost; nested exception is: \n    java.net.ConnectException: Connection refused]", host: "localhost", port: 443, kind: KindError, program: "Java", failure: FailureRefused},
	{name: "java rmi placeholder host is no host", in: "Connection refused to host: <dashboard host>; nested exception is:\njava.net.ConnectException: Connection timed out", kind: KindError, err: ErrNoTarget},
	{name: "requests proxy error under the call that set a timeout", in: "requests.get('http://github.com', timeout=(6.05, 27.05), proxies={\"http\": \"192.168.10.1:800\"})\n# 抛出错误\nrequests.exceptions.ProxyError: HTTPConnectionPool(host='192.168.10.1', port=800): Max retries exceeded with url: http://github.com/ (Caused by ProxyError('Cannot connect to proxy.', NewConnectionError(': Failed to establish a new connection: [Errno 111] Connection refused',)))", host: "192.168.10.1", port: 800, via: "github.com", kind: KindError, program: "Python", failure: FailureRefused},
	{name: "requests read timeout under the call names the host", in: "requests.get('http://api.corp.net/v1', timeout=5)\nrequests.exceptions.ReadTimeout: HTTPConnectionPool(host='api.corp.net', port=80): Read timed out. (read timeout=5)", host: "api.corp.net", port: 80, kind: KindError, program: "Python", failure: FailureTimeout},
	{name: "gskit bad certificate names no host", in: "SSLCONN: gsk_secure_soc_init failed and returned: 414 (GSK_ERROR_BAD_CERT)\nSSLLastSocketError: Failure message = GSK Error Code: 414, GSK_ERROR_BAD_CERT.", kind: KindError, err: ErrNoTarget},
	{name: "a host named probe with a domain stays a host", in: "dial tcp probe.corp.net:4666: connect: connection refused", host: "probe.corp.net", port: 4666, kind: KindError, program: "Go", failure: FailureRefused},
	{name: "sendmail mailq deferred refused", in: "(Deferred: Connection refused by mx5.biz.mail.yahoo.com.)", host: "mx5.biz.mail.yahoo.com", port: 25, kind: KindError, program: "sendmail", failure: FailureRefused},
	{name: "sendmail maillog refused by an address", in: "Dec 22 10:24:18 server sendmail[1517]: oBMH9mVv001357: to=<user@corp.net>, delay=00:00:05, mailer=esmtp, pri=120, relay=mail.corp.net., dsn=4.0.0, stat=Deferred: Connection refused by [203.0.113.5]", host: "203.0.113.5", port: 25, kind: KindError, program: "sendmail", failure: FailureRefused},
	{name: "sendmail maillog timed out with", in: "Dec 22 10:24:18 server sm-mta[1517]: oBMH9mVv001357: to=<user@corp.net>, relay=mx.corp.net. [203.0.113.5], dsn=4.0.0, stat=Deferred: Connection timed out with mx.corp.net.", host: "mx.corp.net", port: 25, kind: KindError, program: "sendmail", failure: FailureTimeout},
	{name: "sendmail deferred by an smtp reply names no host", in: "stat=Deferred: 421 4.3.2 Service not available", kind: KindError, err: ErrNoTarget},
	{name: "esphome mdns lookup with its help link", in: "INFO Resolving IP address of esphome-web-78cd84.local\nERROR Error resolving IP address of esphome-web-78cd84.local. Is it connected to WiFi?\nERROR (If this error persists, please set a static IP address: https://esphome.io/components/wifi.html#manual-ips)\nERROR Error resolving IP address: Error resolving address with mDNS: Did not respond. Maybe the device is offline., [Errno -2] Name or service not known", host: "esphome-web-78cd84.local", port: 443, kind: KindError, program: "Python", failure: FailureNoSuchHost},
	{name: "esphome lookup", in: "ERROR Error resolving IP address of livingroom.local. Is it connected to WiFi?", host: "livingroom.local", port: 443, kind: KindError, program: "ESPHome", failure: FailureNoSuchHost},
	{name: "esphome api client names the device and its address", in: "INFO Successfully resolved screen-2 @ 192.168.2.243 in 0.000s\nWARNING Can't connect to ESPHome API for screen-2 @ 192.168.2.243: Error connecting to [AddrInfo(family=<AddressFamily.AF_INET: 2>, type=<SocketKind.SOCK_STREAM: 1>, proto=6, sockaddr=IPv4Sockaddr(address='192.168.2.243', port=6053))]: [Errno 113] Connect call failed ('192.168.2.243', 6053) (SocketAPIError)", host: "screen-2", port: 6053, addr: "192.168.2.243", kind: KindError, program: "Python", failure: FailureUnreachable},
	{name: "home assistant esphome device in parentheses first", in: "Can't connect to ESPHome API for garage_light (192.168.1.30): Timeout while waiting for API response!\nCan't connect to ESPHome API for garage_door (192.168.1.44): Timeout while waiting for API response!\nCan't connect to ESPHome API for bore-pump (192.168.1.20): Timeout while connecting to ('192.168.1.20', 6053)", host: "garage_light", port: 6053, addr: "192.168.1.30", kind: KindError, program: "ESPHome", failure: FailureTimeout},
	{name: "esphome device resolved with no failure", in: "INFO Successfully resolved screen-2 @ 192.168.2.243 in 0.000s\nINFO Starting log output from 192.168.2.243 using esphome API", err: ErrNoTarget},
	{name: "esphome api dialled address named after the device", in: "WARNING Can't connect to ESPHome API for plant-watering (192.168.0.141): Error connecting to ('192.168.0.141', 6053): [Errno 111] Connect call failed ('192.168.0.141', 6053)", host: "192.168.0.141", port: 6053, kind: KindError, program: "Python", failure: FailureRefused},
	{name: "esphome name resolved to another address", in: "INFO Successfully resolved screen-2 @ 192.168.2.244 in 0.000s\nWARNING Can't connect to ESPHome API for screen-2 @ 192.168.2.243: Error connecting to [AddrInfo(family=<AddressFamily.AF_INET: 2>, type=<SocketKind.SOCK_STREAM: 1>, proto=6, sockaddr=IPv4Sockaddr(address='192.168.2.243', port=6053))]: [Errno 113] Connect call failed ('192.168.2.243', 6053) (SocketAPIError)", host: "192.168.2.243", port: 6053, kind: KindError, program: "Python", failure: FailureUnreachable},
	{name: "esphome name resolved to a longer address", in: "INFO Successfully resolved screen-2 @ 192.168.2.243 in 0.000s\nWARNING Can't connect to ESPHome API for screen-2 @ 192.168.2.24: Error connecting to [AddrInfo(family=<AddressFamily.AF_INET: 2>, type=<SocketKind.SOCK_STREAM: 1>, proto=6, sockaddr=IPv4Sockaddr(address='192.168.2.24', port=6053))]: [Errno 113] Connect call failed ('192.168.2.24', 6053) (SocketAPIError)", host: "192.168.2.24", port: 6053, kind: KindError, program: "Python", failure: FailureUnreachable},
	{name: "esphome api for a spaced name names no device", in: "Can't connect to ESPHome API for garage light (192.168.1.30): Timeout while waiting for API response!", kind: KindError, err: ErrNoTarget},
	{name: "advice for a persisting problem names no target", in: "Upload failed. If the problem persists, download the firmware from https://github.com/esphome/firmware/releases", kind: KindError, err: ErrNoTarget},
	{name: "telnet explicit port", in: "$ telnet db.corp.net 5432\nTrying 10.0.0.5...\ntelnet: Unable to connect to remote host: Connection refused", host: "db.corp.net", port: 5432, kind: KindError, program: "telnet", failure: FailureRefused},
	{name: "telnet's wording without its prefix", in: "Trying 127.0.0.1...\nUnable to connect to remote host: Connection refused", host: "127.0.0.1", port: 443, kind: KindError, failure: FailureRefused},
	// Node prints an IPv6 address and its port without brackets: the last
	// group is the port, the group before it no host of its own.
	{name: "node ipv6 unbracketed", in: "更新 access_token 失败, connect EHOSTUNREACH 2408:4000:200::1c8:443", host: "2408:4000:200::1c8", port: 443, kind: KindError, program: "Node.js", failure: FailureUnreachable},
	{name: "node ipv6 unbracketed timeout", in: "Error: connect ETIMEDOUT 2606:4700::6810:85e5:443", host: "2606:4700::6810:85e5", port: 443, kind: KindError, program: "Node.js", failure: FailureTimeout},
	{name: "node ipv6 loopback", in: "Error: connect ECONNREFUSED ::1:5432", host: "::1", port: 5432, kind: KindError, program: "Node.js", failure: FailureRefused},
	{name: "name after a colon is no ipv6 group", in: "upstream:cache01:6379 connection refused", host: "cache01", port: 6379, kind: KindError, failure: FailureRefused},
	// curl's resolver failure for an empty name: the URL had no host; no
	// host from other lines is read instead.
	{name: "curl empty host", in: "Uploading...\nhttp://showterm.io/772f3ea5fec989ea69ad1curl: (6) Could not resolve host:\n\nUploading failed. You can try uploading again with:\n\ncurl showterm.io/scripts --data-urlencode cols=96", kind: KindError, err: ErrNoTarget},
	{name: "old curl empty host", in: "curl: (6) Couldn't resolve host ''", kind: KindError, err: ErrNoTarget},
	{name: "curl name wrapped onto the next line", in: "curl: (6) Could not resolve host:\napi.corp.net", host: "api.corp.net", port: 443, kind: KindError, program: "curl", failure: FailureNoSuchHost},
	// "some" and "any" with a slot's word stand for any name.
	{name: "somedomain placeholder", in: "Any host I try to proxy produces error: (6) Could not resolve host: www.someDomain.com", kind: KindError, err: ErrNoTarget},
	{name: "randomwebsite placeholder", in: "HTTPConnectionPool(host='randomwebsite.com', port=80): Max retries exceeded with url: / (Caused by NewConnectionError('<requests.packages.urllib3.connection.HTTPConnection object at 0x7f5aee6bae80>: Failed to establi sh a new connection: [Errno 111] Connection refused',))", kind: KindError, err: ErrNoTarget},
	{name: "random-site placeholder", in: "curl: (6) Could not resolve host: random-site.net", kind: KindError, err: ErrNoTarget},
	{name: "randomuser.me is a real name", in: "HTTPSConnectionPool(host='randomuser.me', port=443): Max retries exceeded with url: /api (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f>: Failed to establish a new connection: [Errno 111] Connection refused'))", host: "randomuser.me", port: 443, kind: KindError, program: "Python", failure: FailureRefused},
	{name: "random.org is a real name", in: "curl: (6) Could not resolve host: random.org", host: "random.org", port: 443, kind: KindError, program: "curl", failure: FailureNoSuchHost},
	{name: "any-domain placeholder", in: "curl: (6) Could not resolve host: api.any-domain.org", kind: KindError, err: ErrNoTarget},
	{name: "some word in a real name", in: "curl: (6) Could not resolve host: awesome-domain.io", host: "awesome-domain.io", port: 443, kind: KindError, program: "curl", failure: FailureNoSuchHost},
	{name: "some and a word of its own", in: "curl: (6) Could not resolve host: somecorp.io", host: "somecorp.io", port: 443, kind: KindError, program: "curl", failure: FailureNoSuchHost},
	// Apache HttpClient's "Connection to URL refused", the innermost cause
	// of Gradle's nested ones: the host the download was redirected to.
	{name: "gradle innermost cause", in: "* What went wrong:\n> Could not resolve com.android.tools.build:gradle:1.5.0.\n      > Could not HEAD 'https://maven.fabric.io/public/com/android/tools/build/gradle/1.5.0/gradle-1.5.0.pom'.\n         > Connection to https://s3.amazonaws.com refused", host: "s3.amazonaws.com", port: 443, kind: KindError, program: "Java", failure: FailureRefused},
	{name: "httpclient url with port", in: "org.apache.http.conn.HttpHostConnectException: Connection to http://10.11.73.166:8888 refused", host: "10.11.73.166", port: 8888, kind: KindError, failure: FailureRefused},
	{name: "connection to a url in prose", in: "> Could not GET 'https://repo.corp.test/x.pom'.\n   > The connection to https://s3.amazonaws.com was fine yesterday", host: "repo.corp.test", port: 443, kind: KindError},
	// VS Code Remote-SSH names the ssh host (an alias) it connects to.
	{name: "remote-ssh dialog", in: "Could not establish connection to \"cs431\".\nCould not establish connection to \"cs431\": The operation timed out.", host: "cs431", port: 22, kind: KindError, program: "VS Code Remote-SSH", failure: FailureTimeout},
	{name: "remote-ssh log", in: "[11:31:54.618] SSH Resolver called for host: linksys\n[11:31:54.618] Setting up SSH remote \"linksys\"\n[09:37:21.074] Resolver error: Error: Connecting with SSH timed out", host: "linksys", port: 22, kind: KindError, program: "VS Code Remote-SSH", failure: FailureTimeout},
	{name: "remote-ssh log with ssh's line", in: "[11:31:54.618] Setting up SSH remote \"linksys\"\n[11:32:09.778] > ssh: connect to host 10.0.0.7 port 2222: Operation timed out\n[11:32:10.053] The operation timed out", host: "10.0.0.7", port: 2222, kind: KindError, program: "ssh", failure: FailureTimeout},
	{name: "establish connection in prose", in: "I could not establish connection to the server: The operation timed out.", kind: KindError, err: ErrNoTarget},
	// A word put where a host name belongs, in a slot only a dialled name
	// fills: read as the scheme words are; a language's unset value is none.
	{name: "ssh literal unknown", in: "$ vagrant ssh\nssh: Could not resolve hostname unknown: nodename nor servname provided, or not known", host: "unknown", port: 22, kind: KindError, program: "ssh", failure: FailureNoSuchHost},
	{name: "curl literal unknown", in: "curl: (6) Could not resolve host: unknown", host: "unknown", port: 443, kind: KindError, program: "curl", failure: FailureNoSuchHost},
	{name: "ping given Python's None", in: "2017-05-24 23:01:59 INFO (Thread-1) [homeassistant.components.device_tracker.nmap_tracker] Scanning...\nping: None: Name or service not known", host: "none", port: 443, kind: KindError, program: "ping", failure: FailureNoSuchHost},
	{name: "curl given Python's None", in: "curl: (6) Could not resolve host: None", host: "none", port: 443, kind: KindError, program: "curl", failure: FailureNoSuchHost},
	{name: "None in prose is no host", in: "ping: None of the hosts answered: Name or service not known", kind: KindError, err: ErrNoTarget},
	{name: "ssh undefined is no name", in: "ssh: Could not resolve hostname undefined: nodename nor servname provided, or not known", kind: KindError, err: ErrNoTarget},
	{name: "unknown in prose", in: "the host is unknown: no such host", kind: KindError, err: ErrNoTarget},
	// R's libcurl causes name the URL they are about, after "cannot open
	// URL" (no cause) for the URL before a redirect.
	{name: "r timeout after redirect", in: "Error in download.file(\"https://github.com/x13org/x13prebuilt/raw/master/x13ashtml\",  : \n  cannot open URL ‘https://github.com/x13org/x13prebuilt/raw/master/x13ashtml’\nIn addition: Warning message:\nIn download.file(\"https://github.com/x13org/x13prebuilt/raw/master/x13ashtml\",  :\n  URL ‘https://raw.githubusercontent.com/x13org/x13prebuilt/master/x13ashtml’: Timeout of 10 seconds was reached\nExecution halted", host: "raw.githubusercontent.com", port: 443, kind: KindError, program: "R", failure: FailureTimeout},
	{name: "r status resolve", in: "In download.file(\"http://www.openintro.org/stat/data/bdims.RData\",  :\n  URL 'http://www.openintro.net/stat/data/bdims.RData': status was 'Couldn't resolve host name'", host: "www.openintro.net", port: 80, kind: KindError, program: "R", failure: FailureNoSuchHost},
	{name: "r status connect", in: "In file(filename, \"r\", encoding = encoding) :\n  URL 'https://raw.githubusercontent.com/radiant-rstats/minicran/gh-pages/install.R': status was 'Couldn't connect to server'", host: "raw.githubusercontent.com", port: 443, kind: KindError, program: "R"},
	{name: "url word in prose", in: "The URL 'https://docs.corp.test/a' is what we link; curl: (7) Failed to connect to api.corp.test port 443: Connection refused", host: "api.corp.test", port: 443, kind: KindError, program: "curl", failure: FailureRefused},
	// PHP's streams: "Failed to enable crypto" is a TLS handshake that
	// failed; "unable to connect to ssl://x:700 (Unknown error)" alone
	// states no kind, "(Connection refused)" does.
	{name: "php streams enable crypto", in: "PHP Warning:  stream_socket_client(): Failed to enable crypto in /home/x/app/Epp.php on line 18\nPHP Warning:  stream_socket_client(): unable to connect to ssl://epp.corp.test:700 (Unknown error) in /home/x/app/Epp.php on line 18", host: "epp.corp.test", port: 700, kind: KindError, program: "PHP", failure: FailureTLS},
	{name: "php websocket enable crypto", in: "Could not open socket to \"wbs.corp.test:443\": stream_socket_client(): Failed to enable crypto (0).", host: "wbs.corp.test", port: 443, kind: KindError, program: "PHP", failure: FailureTLS},
	{name: "php streams certificate", in: "PHP Warning:  stream_socket_client(): SSL operation failed with code 1. OpenSSL Error messages:\nerror:1416F086:SSL routines:tls_process_server_certificate:certificate verify failed in /var/www/mail.php on line 9\nPHP Warning:  stream_socket_client(): unable to connect to ssl://mail.corp.test:465 (Unknown error) in /var/www/mail.php on line 9", host: "mail.corp.test", port: 465, kind: KindError, program: "PHP", failure: FailureTLS},
	{name: "php streams refused", in: "PHP Warning:  stream_socket_client(): unable to connect to tcp://mail.corp.test:25 (Connection refused) in /var/www/mail.php on line 9", host: "mail.corp.test", port: 25, kind: KindError, program: "PHP", failure: FailureRefused},
	{name: "php streams unknown error", in: "PHP Warning:  stream_socket_client(): unable to connect to ssl://epp.corp.test:700 (Unknown error) in /home/x/app/Epp.php on line 18", host: "epp.corp.test", port: 700, kind: KindError, program: "PHP"},
	// "unable to connect to ssl://x:465" is PHP's stream functions', named
	// PHP whichever library called them; PHPMailer only in its own words
	// (its debug log's "Connection: opening to", "SMTP ERROR"), and a
	// library with its own words for the host keeps its name.
	{name: "php fsockopen opencart", in: "Warning: fsockopen(): unable to connect to ssl://smtp.corp.test:465 (Connection timed out) in /home/x/system/library/mail.php on line 149", host: "smtp.corp.test", port: 465, kind: KindError, program: "PHP", failure: FailureTimeout},
	{name: "php symfony mailer streams", in: "Connection could not be established with host \"ssl://smtp.corp.test:465\": stream_socket_client(): Unable to connect to ssl://smtp.corp.test:465 (Connection timed out)", host: "smtp.corp.test", port: 465, kind: KindError, program: "PHP", failure: FailureTimeout},
	{name: "phpmailer debug over php streams", in: "2019-08-12 17:48:57 Connection: opening to smtp.corp.test:587, timeout=300, options=array ()\n2019-08-12 17:48:58 Connection failed. Error #2: stream_socket_client(): unable to connect to smtp.corp.test:587 (Network is unreachable) [/home/x/vendor/phpmailer/phpmailer/src/SMTP.php line 326]", host: "smtp.corp.test", port: 587, kind: KindError, program: "PHPMailer", failure: FailureUnreachable},
	{name: "swiftmailer host over php streams", in: "Connection could not be established with host smtp.corp.test :stream_socket_client(): unable to connect to ssl://smtp.corp.test:587 (Permission denied)", host: "smtp.corp.test", port: 587, kind: KindError, program: "SwiftMailer"},
	{name: "unable to connect not php", in: "unable to connect to 10.0.0.7:5555: Connection refused", host: "10.0.0.7", port: 5555, kind: KindError, failure: FailureRefused},
	// Windows' localised Winsock texts wrapped at a word read as unwrapped.
	{name: "dotnet pt-br timeout wrapped", in: "System.Net.Http.HttpRequestException: Uma tentativa de conexão falhou porque o componente conectado não respondeu\ncorretamente após um período de tempo ou a conexão estabelecida falhou\nporque o host conectado não respondeu. (settings.corp.test:443)\n\n[Inner Exception]\nSystem.Net.Sockets.SocketException: Uma tentativa de conexão falhou porque o componente conectado não respondeu\ncorretamente após um período de tempo", host: "settings.corp.test", port: 443, kind: KindError, program: ".NET", failure: FailureTimeout},
	{name: "dotnet pt-br paragraph break", in: "System.Net.Http.HttpRequestException: o componente conectado não respondeu\n\ncorretamente (settings.corp.test:443)", host: "settings.corp.test", port: 443, kind: KindError, program: ".NET"},
	// pymongo's server-selection timeout says why each server failed.
	{name: "pymongo selection tls", in: "  File \"/usr/lib/python3/pymongo/topology.py\", line 216, in _select_servers_loop\n    self._error_message(selector)+repr(self.description))\npymongo.errors.ServerSelectionTimeoutError: Timeout: 1.0s SSL handshake failed: mongo.corp.test:27017: [Errno 0] Error<TopologyDescription id: 5ef35", host: "mongo.corp.test", port: 27017, kind: KindError, program: "pymongo", failure: FailureTLS},
	{name: "pymongo selection no cause", in: "pymongo.errors.ServerSelectionTimeoutError: mongo.corp.test:27017: No replica set members found yet, Timeout: 30s", host: "mongo.corp.test", port: 27017, kind: KindError, program: "pymongo", failure: FailureTimeout},
	// reqwest's Url dump on one line ({:?}) and pretty-printed ({:#?}).
	{name: "reqwest url dump", in: `reqwest::Error { kind: Request, url: Url { scheme: "http", cannot_be_a_base: false, username: "", password: None, host: Some(Domain("api.corp.test")), port: None, path: "/email", query: None, fragment: None }, source: hyper::Error(Connect, ConnectError("tcp connect error", Os { code: 111, kind: ConnectionRefused, message: "Connection refused" })) }`, host: "api.corp.test", port: 80, kind: KindError, program: "Rust", failure: FailureRefused},
	{name: "reqwest url dump pretty", in: "reqwest::Error {\n    kind: Request,\n    url: Url {\n        scheme: \"http\",\n        cannot_be_a_base: false,\n        username: \"\",\n        password: None,\n        host: Some(\n            Domain(\n                \"localhost\",\n            ),\n        ),\n        port: None,\n        path: \"/email\",\n        query: None,\n        fragment: None,\n    },\n    source: hyper::Error(\n        Connect,\n        ConnectError(\n            \"tcp connect error\",\n            Os {\n                code: 10061,\n                kind: ConnectionRefused,\n                message: \"No connection could be made because the target machine actively refused it.\",", host: "localhost", port: 80, kind: KindError, program: "Rust", failure: FailureRefused},
	{name: "reqwest url dump pretty port", in: "reqwest::Error {\n    kind: Request,\n    url: Url {\n        scheme: \"https\",\n        cannot_be_a_base: false,\n        username: \"\",\n        password: None,\n        host: Some(\n            Ipv4(\n                10.0.0.5,\n            ),\n        ),\n        port: Some(\n            8443,\n        ),\n        path: \"/\",\n        query: None,\n        fragment: None,\n    },\n    source: hyper::Error(\n        Connect,\n        ConnectError(\n            \"tcp connect error\",\n            Os {\n                code: 110,\n                kind: TimedOut,", host: "10.0.0.5", port: 8443, kind: KindError, program: "Rust", failure: FailureTimeout},
	{name: "reqwest url dump pretty no host", in: "reqwest::Error {\n    kind: Builder,\n    url: Url {\n        scheme: \"file\",\n        cannot_be_a_base: false,\n        username: \"\",\n        password: None,\n        host: None,\n        port: None,\n        path: \"/tmp/x\",\n        query: None,\n        fragment: None,\n    },\n    source: Os {\n        code: 111,\n        kind: ConnectionRefused,", kind: KindError, err: ErrNoTarget},
	// A malformed name in a program's name slot is kept as dialled and
	// flagged (Target.Malformed); out of a slot it is not read.
	{name: "malformed dart double dot", in: "Unhandled Exception: ClientException with SocketException: Failed host lookup: 's3..amazonaws.com' (OS Error: No address associated with hostname, errno = 7)", host: "s3..amazonaws.com", port: 443, kind: KindError, program: "Dart", failure: FailureNoSuchHost},
	{name: "malformed swift leading dot", in: "[ DEBUG ] connection attempt failed [ahc-connection-id: 1, ahc-error: NIOConnectionError(host: \".s3.us-east-1.amazonaws.com\", port: 443, dnsAError: Optional(NIOCore.SocketAddressError.unknown(host: \".s3.us-east-1.amazonaws.com\", port: 443)), dnsAAAAError: Optional(NIOCore.SocketAddressError.unknown(host: \".s3.us-east-1.amazonaws.com\", port: 443)), connectionErrors: []), ahc-pool-key: https://.s3.us-east-1.amazonaws.com:443 TLS-hash: -7835546379297657502 ]", host: ".s3.us-east-1.amazonaws.com", port: 443, kind: KindError, program: "Swift", failure: FailureNoSuchHost},
	{name: "swift valid name", in: "ahc-error: NIOConnectionError(host: \"s3.corp.test\", port: 9000, dnsAError: Optional(NIOCore.SocketAddressError.unknown(host: \"s3.corp.test\", port: 9000)), dnsAAAAError: nil, connectionErrors: [])", host: "s3.corp.test", port: 9000, kind: KindError, program: "Swift", failure: FailureNoSuchHost},
	{name: "malformed ruby leading dot", in: "$ hcl tasks\nConnection failed. (Failed to open TCP connection to .harvestapp.com:443 (getaddrinfo: nodename nor servname provided, or not known))", host: ".harvestapp.com", port: 443, kind: KindError, program: "Ruby", failure: FailureNoSuchHost},
	{name: "malformed go parentheses", in: "panic: dial tcp: lookup (db): no such host", host: "(db)", port: 443, kind: KindError, program: "Go", failure: FailureNoSuchHost},
	// Thirty-ninth blind batch (a): two addresses run together, a last
	// label of digits that Go calls an invalid domain name.
	{name: "traefik two addresses glued", in: `proxy_1  | time="2016-04-30T12:19:32Z" level=error msg="Error forwarding to http://172.19.0.4172.18.0.4:80, err: dial tcp: lookup 172.19.0.4172.18.0.4: invalid domain name"`, host: "172.19.0.4172.18.0.4", port: 80, kind: KindError, program: "Go", failure: FailureNoSuchHost},
	{name: "traefik glued addresses before a two-space on", in: "Error forwarding to http://172.19.0.4172.18.0.4:80, err: dial tcp: lookup 172.19.0.4172.18.0.4  on 127.0.0.11:53: no such host", host: "172.19.0.4172.18.0.4", port: 80, kind: KindError, program: "Go", failure: FailureNoSuchHost},
	{name: "go lookup of a digits-last name", in: "dial tcp: lookup db.10: no such host", host: "db.10", port: 443, kind: KindError, program: "Go", failure: FailureNoSuchHost},
	{name: "digits-last name out of a slot", in: "Error forwarding to backend 172.19.0.4172.18.0.4 failed: connection refused", kind: KindError, err: ErrNoTarget},
	{name: "go lookup of an address is no broken name", in: "dial tcp: lookup 10.1.2.3: no such host", host: "10.1.2.3", port: 443, kind: KindError, program: "Go", failure: FailureNoSuchHost},
	// Thirty-ninth blind batch (a): a Rust log's padded "target:line" field
	// between '|' separators is no host; libpq's hint under
	// docker-compose's service prefix names it.
	{name: "r2d2 libpq hint under compose prefix", in: "consensource-rest-api     | ERROR | r2d2:116             | could not connect to server: Connection refused\nconsensource-rest-api     | \tIs the server running on host \"postgres\" (192.168.80.8) and accepting\nconsensource-rest-api     | \tTCP/IP connections on port 5432?\nconsensource-rest-api     |", host: "postgres", port: 5432, kind: KindError, program: "PostgreSQL", failure: FailureRefused, addr: "192.168.80.8"},
	{name: "padded target:line field is no host", in: "api | ERROR | r2d2:116             | could not connect to server: Connection refused", kind: KindError, err: ErrNoTarget},
	{name: "a padded service:port column in a pipe log is read", in: "2024-01-01T10:00:00Z | ERROR | billing:8443        | upstream connect error: connection refused", host: "billing", port: 8443, kind: KindError, program: "envoy", failure: FailureRefused},
	{name: "a padded service:port column in a pipe table is read", in: "| Service | Level | Endpoint            | Status |\n| api     | ERROR | cache:6379          | Connection refused |", host: "cache", port: 6379, kind: KindError, failure: FailureRefused},
	{name: "a known port in a padded column before libpq's message is read", in: "api | ERROR | db:5432             | could not connect to server: Connection refused", host: "db", port: 5432, kind: KindError, failure: FailureRefused},
	{name: "unpadded pipe field stays a host", in: "api | ERROR | db:5432 | could not connect to server: Connection refused", host: "db", port: 5432, kind: KindError, failure: FailureRefused},
	{name: "padded pipe field with no level stays a host", in: "api | db:5432             | could not connect to server: Connection refused", host: "db", port: 5432, kind: KindError, failure: FailureRefused},
	// Thirty-ninth blind batch (a): Predis's bracketed parameters as a
	// machine translation spaces them, and its translated refusal.
	{name: "predis translated brackets", in: `Fatal error: Uncaught Predis\Connection\ConnectionException: No connection can be made because the target machine has actively rejected them. [tcp: //127.0.0.1: 6379] in vendor \predis\predis\src\Connection\AbstractConnection.php on line 155`, host: "127.0.0.1", port: 6379, kind: KindError, failure: FailureRefused},
	{name: "predis translated brackets named host", in: `Predis\Connection\ConnectionException: Connection refused [tcp: //cache.corp.test: 6380]`, host: "cache.corp.test", port: 6380, kind: KindError, failure: FailureRefused},
	{name: "spaced brackets around no host", in: `Connection refused [note: //comment: 12]`, kind: KindError, err: ErrNoTarget},
	// Thirty-ninth blind batch (a): an XML dump's host element with its
	// port element beside it (WebSSH's engine log).
	{name: "webssh xml host and port", in: "WebSSH Engine started with success\n<EngineLog>\n  <Connect_Ssh>\n    <connectInner>\n      <hostname>192.168.20.166</hostname>\n      <port>22</port>\n      <sshConnect>\n        <connectSocket_v2>\n          <socketErrno>65</socketErrno>\n          <socketError>No route to host</socketError>\n        </connectSocket_v2>\n        <error>Failed to establish initial TCP/IP connection</error>\n      </sshConnect>\n    </connectInner>\n    <error>Failed.</error>\n  </Connect_Ssh>\n</EngineLog>", host: "192.168.20.166", port: 22, kind: KindError, failure: FailureUnreachable},
	{name: "xml host element with no port beside it", in: "<EngineLog>\n  <hostname>build-01</hostname>\n  <uptime>22</uptime>\n  <socketError>No route to host</socketError>\n</EngineLog>", kind: KindError, err: ErrNoTarget},
	// Thirty-ninth blind batch (a): pysmb's connect call on a traceback's
	// source line, pysmb's own frame under it.
	{name: "pysmb connect default port", in: "Traceback (most recent call last):\n  File \"Y:\\Data\\Battery_analysis.py\", line 50, in <module>\n    conn.connect('10.243.172.123', timeout=60)\n  File \"C:\\Python39\\site-packages\\smb\\SMBConnection.py\", line 127, in connect\n    self._pollForNetBIOSPacket(timeout)\n  File \"C:\\Python39\\site-packages\\smb\\SMBConnection.py\", line 604, in _pollForNetBIOSPacket\n    raise NotConnectedError\nsmb.base.NotConnectedError", host: "10.243.172.123", port: 139, kind: KindError, program: "Python"},
	{name: "pysmb connect positional port", in: "Traceback (most recent call last):\n  File \"Y:\\Data\\Battery_analysis.py\", line 50, in <module>\n    conn.connect(\"nas.corp.test\", 445)\n  File \"C:\\Python39\\site-packages\\smb\\SMBConnection.py\", line 127, in connect\n    self._pollForNetBIOSPacket(timeout)\n  File \"C:\\Python39\\site-packages\\smb\\SMBConnection.py\", line 604, in _pollForNetBIOSPacket\n    raise NotConnectedError\nsmb.base.NotConnectedError", host: "nas.corp.test", port: 445, kind: KindError, program: "Python"},
	{name: "connect call over another library's frame", in: "Traceback (most recent call last):\n  File \"Y:\\Data\\Battery_analysis.py\", line 50, in <module>\n    conn.connect('10.243.172.123', timeout=60)\n  File \"C:\\Python39\\site-packages\\other\\client.py\", line 127, in connect\n    self._pollForNetBIOSPacket(timeout)\n  File \"C:\\Python39\\site-packages\\smb\\SMBConnection.py\", line 604, in _pollForNetBIOSPacket\n    raise NotConnectedError\nsmb.base.NotConnectedError", kind: KindError, err: ErrNoTarget},
	// Fortieth blind batch (b): a method's "() on X:" names the host its
	// error came from (openHAB's velux binding).
	{name: "method on host before its error", in: "2022-09-11 14:29:21.148 [WARN ] [x.internal.bridge.slip.io.Connection] - io() on 192.168.178.204: raised an error during connection setup: No route to host (Host unreachable).\n2022-09-11 14:29:36.750 [INFO ] [x.internal.bridge.slip.io.Connection] - io() on 192.168.178.204: socket I/O failed 5 times.", host: "192.168.178.204", port: 443, kind: KindError, failure: FailureUnreachable},
	{name: "method on name before its error", in: "[WARN ] - io() on klf200.home.arpa: raised an error during connection setup: Connection refused", host: "klf200.home.arpa", port: 443, kind: KindError, failure: FailureRefused},
	{name: "method on a word before its error", in: "[WARN ] - process() on startup: raised an error during connection setup: No route to host", kind: KindError, err: ErrNoTarget},
	{name: "method on host with no colon after", in: "[WARN ] - io() on 192.168.178.204 raised an error during connection setup: No route to host", kind: KindError, err: ErrNoTarget},
	// Fortieth blind batch (b): openHAB's MAX! binding names its Cube, on
	// the Cube's port 62910.
	{name: "openhab max cube at ip", in: "2018-08-15 05:08:30.495 [WARN ] [nternal.handler.MaxCubeBridgeHandler] - IO error occurred during execution: Read timed out\n2018-08-15 05:08:30.501 [WARN ] [nternal.handler.MaxCubeBridgeHandler] - Error sending command org.openhab.binding.max.internal.handler.SendCommand@bc9f81[id=2,channelUID=<null>,command=<null>,cubeCommand=org.openhab.binding.max.internal.command.FCommand@7b66e6,serialNumber=Cube(NEQ1209238),key=Cube(NEQ1209238)-FCommand,commandText=Request NTP info] to MAX! Cube at IP: 192.168.178.41\n2018-08-15 05:08:40.976 [me.event.ThingUpdatedEvent] - Thing 'max:bridge:maxgateway' has been updated.", host: "192.168.178.41", port: 62910, kind: KindError, program: "openHAB MAX! binding", failure: FailureTimeout},
	{name: "cube at ip with no max", in: "IO error occurred during execution: Read timed out\nError sending command x to Cube at IP: 192.168.178.41", kind: KindError, err: ErrNoTarget},
	{name: "max cube at ip with no address", in: "IO error occurred during execution: Read timed out\nError sending command x to MAX! Cube at IP: null", kind: KindError, err: ErrNoTarget},
	// Fortieth blind batch (b): curl's verbose "Connected to localhost
	// (127.0.0.1) port N" names the loopback address refused on N.
	{name: "curl verbose loopback refused then connected", in: "[Dec 17 08:34:52][chn6] CURL:   Trying ::1:8080...\n[Dec 17 08:34:52][chn6] CURL: TCP_NODELAY set\n[Dec 17 08:34:52][chn6] CURL: connect to ::1 port 8080 failed: Connection refused\n[Dec 17 08:34:52][chn6] CURL:   Trying 127.0.0.1:8080...\n[Dec 17 08:34:52][chn6] CURL: TCP_NODELAY set\n[Dec 17 08:34:52][chn6] CURL: Connected to localhost (127.0.0.1) port 8080 (#1777)", host: "localhost", port: 8080, kind: KindError, program: "curl", failure: FailureRefused, addr: "::1"},
	{name: "curl verbose connected to another port", in: "* connect to ::1 port 8080 failed: Connection refused\n* Connected to localhost (127.0.0.1) port 8081 (#0)", host: "::1", port: 8080, kind: KindError, program: "curl", failure: FailureRefused},
	{name: "curl verbose connected to a name not loopback", in: "* connect to 10.0.0.5 port 8080 failed: Connection refused\n* Connected to app.corp.test (10.0.0.6) port 8080 (#0)", host: "10.0.0.5", port: 8080, kind: KindError, program: "curl", failure: FailureRefused},
	// Fortieth blind batch (b): SearXNG's engine-error report and its
	// stats page copied as text name the engine's host last in the
	// Parameters tuple.
	{name: "searxng report parameters", in: "Error\n  * Error: httpx.ConnectTimeout\n  * Percentage: 100\n  * Parameters: `(None, None, 'search.brave.com')`\n  * File name: `searx/search/processors/online.py:96`\n  * Function: `_send_http_request`\n  * Code: `response = req(params['url'], **request_args)`", host: "search.brave.com", port: 443, kind: KindError, program: "SearXNG", failure: FailureTimeout},
	{name: "searxng stats page parameter", in: "Exception\thttpx.ConnectTimeout\tPercentage\t25\nParameter\tNoneNoneapi.qwant.com\nFilename\tsearx/search/processors/online.py:116\nFunction\t_send_http_request", host: "api.qwant.com", port: 443, kind: KindError, program: "SearXNG", failure: FailureTimeout},
	{name: "searxng parameters with no host", in: "  * Error: httpx.ConnectTimeout\n  * Parameters: `(None, None, None)`", kind: KindError, err: ErrNoTarget},
	{name: "parameters tuple of two items", in: "  * Error: httpx.ConnectTimeout\n  * Parameters: `(None, 'search.brave.com')`", kind: KindError, err: ErrNoTarget},
	{name: "stats parameter with no none", in: "Exception\thttpx.ConnectTimeout\nParameter\tapi.qwant.com", kind: KindError, err: ErrNoTarget},
	{name: "leading dot out of a slot", in: "Could not connect to Redis at <redacted>.cloud.corp.test:18191: Connection timed out", kind: KindError, err: ErrNoTarget},
	// Twenty-fourth blind batch (a): a JSON member, a poster's "hidden" and
	// Tarantool's local "aka" address are no targets.
	{name: "lantern json member no host", in: `{"extra":{"country":"IR","language":"en","logLevel":"ERROR","osArch":"386","osName":"windows"},"fullMessage":"ERROR flashlight.client: reverseproxy.go:186 http: proxy error: dial tcp: GetAddrInfoW: This is usually a temporary error during hostname resolution and means that the local server did not receive a response from an authoritative server.\n","hostname":"hidden"}`, kind: KindError, err: ErrNoTarget},
	// Thirty-third blind batch (a): a URL's host a poster anonymized.
	{name: "joplin anonymized url host", in: `Synchronizer: FetchError {name: "FetchError", message: "request to https://anonymized/remote.php/dav/fil…info.json failed, reason: certificate has expired", type: "system", errno: "CERT_HAS_EXPIRED", code: "CERT_HAS_EXPIRED", …}`, kind: KindError, err: ErrNoTarget},
	{name: "anonymized inside a name stays", in: `FetchError: request to https://anonymized-sync.corp.test/remote.php/dav/files/info.json failed, reason: certificate has expired`, host: "anonymized-sync.corp.test", port: 443, kind: KindError, failure: FailureTLS},
	// Thirty-third blind batch (a): ESPHome's OTA upload names the address it resolved a name to.
	{name: "esphome ota resolved address", in: "INFO Successfully compiled program.\nINFO Resolving IP address of pumpe_groom.local\nINFO -> 192.168.8.106\nERROR Connecting to pumpe_groom.local:3232 failed: [Errno 111] Connection refused", host: "pumpe_groom.local", port: 3232, kind: KindError, program: "Python", failure: FailureRefused, addr: "192.168.8.106"},
	{name: "esphome address resolved for another name", in: "INFO Resolving IP address of other.local\nINFO -> 192.168.8.107\nERROR Connecting to pumpe_groom.local:3232 failed: [Errno 111] Connection refused", host: "pumpe_groom.local", port: 3232, kind: KindError, program: "Python", failure: FailureRefused},
	{name: "esphome address not on the next line", in: "INFO Resolving IP address of pumpe_groom.local\nINFO waiting\nINFO -> 192.168.8.106\nERROR Connecting to pumpe_groom.local:3232 failed: [Errno 111] Connection refused", host: "pumpe_groom.local", port: 3232, kind: KindError, program: "Python", failure: FailureRefused},
	// Thirty-third blind batch (a): a count of tries ("times:4") is no host and port.
	{name: "syncclipboard failed times count", in: "Error. Failed times:4.\n由于目标计算机积极拒绝，无法连接（127.0.0.1:7897）", host: "127.0.0.1", port: 7897, kind: KindError, failure: FailureRefused},
	{name: "failed times count alone names no host", in: "Error. Failed times:4.", kind: KindError, err: ErrNoTarget},
	{name: "a name holding times stays", in: "Error. Failed to connect to times.corp.test:4000: connection refused", host: "times.corp.test", port: 4000, kind: KindError, failure: FailureRefused},
	// Thirty-third blind batch (a): Apache Traffic Server's "Unknown Host" page.
	{name: "traffic server unknown host page", in: "Unknown Host\nDescription: Unable to locate the server named \"ideapp\" --- the server does not have a DNS entry. Perhaps there is a misspelling in the server name, or the server no longer exists. Double-check the name and try again.", host: "ideapp", port: 443, kind: KindError, failure: FailureNoSuchHost},
	{name: "traffic server page wrapped after the dashes", in: "Description: Unable to locate the server named \"intranet.corp.test\" ---\nthe server does not have a DNS entry.", host: "intranet.corp.test", port: 443, kind: KindError, failure: FailureNoSuchHost},
	{name: "an api's server named is no look-up", in: "RuntimeError: Unable to locate the server named 'web01'", kind: KindError, err: ErrNoTarget},
	// Thirty-third blind batch (a): Zabbix's failed getaddrinfo().
	{name: "fluent bit getaddrinfo warning", in: "fluent-bit-5q5dh fluent-bit [2021/06/17 13:46:55] [ warn] [net] getaddrinfo(host='search-my-logssystem-k422oabcdefghij.eu-west-1.es.amazonaws.com'): Unknown error", host: "search-my-logssystem-k422oabcdefghij.eu-west-1.es.amazonaws.com", port: 443, kind: KindError, failure: FailureNoSuchHost},
	{name: "pymodbus gaierror try again", in: "2021-07-04 09:29:48 ERROR (SyncWorker_5) [pymodbus.client.sync] Connection to (ModbusRtuFramer, 1212) failed: [Errno -3] Try again\n2021-07-04 09:29:49 ERROR (MainThread) [homeassistant.components.modbus.modbus] Pymodbus: initial connect failed, no retry", kind: KindError, err: ErrNoTarget},
	{name: "zabbix getaddrinfo failed for", in: "23:20260103:110631.972 Unable to connect to [zabbix-server]:10051 [getaddrinfo() failed for 'zabbix-server': [0] Unknown error]", host: "zabbix-server", port: 10051, kind: KindError, failure: FailureNoSuchHost},
	{name: "zabbix connect refused is no look-up", in: "23:20260103:110631.972 Unable to connect to [zabbix-server]:10051 [cannot connect to [[zabbix-server]:10051]: [111] Connection refused]", host: "zabbix-server", port: 10051, kind: KindError, failure: FailureRefused},
	// Thirty-third blind batch (a): a paste kept with Markdown's escaped brackets.
	{name: "zabbix markdown escaped brackets", in: "23:20260103:110631.972 Unable to connect to \\[zabbix-server]:10051 \\[getaddrinfo() failed for 'zabbix-server': \\[0] Unknown error]   23:20260103:110631.972 Unable to send heartbeat message to \\[zabbix-server]:10051 \\[getaddrinfo() failed for 'zabbix-server': \\[0] Unknown error]", host: "zabbix-server", port: 10051, kind: KindError, failure: FailureNoSuchHost},
	{name: "markdown escaped ipv6 brackets", in: "dial tcp \\[::1\\]:8086: connect: connection refused", host: "::1", port: 8086, kind: KindError, program: "Go", failure: FailureRefused},
	// Thirty-third blind batch (a): the chosen target is read on the earliest failing line naming it.
	{name: "telegraf first failure of the target", in: "2020-06-30T18:47:09Z E! [outputs.influxdb] When writing to [http://localhost:8086]: Post http://localhost:8086/write?db=telegraf: read tcp [::1]:56586->[::1]:8086: read: connection reset by peer\n2020-06-30T18:47:09Z E! [agent] Error writing to outputs.influxdb: could not write any address\n2020-06-30T18:47:23Z I! Loaded outputs: influxdb\n2020-06-30T18:47:23Z W! [outputs.influxdb] When writing to [http://localhost:8086]: database \"telegraf\" creation failed: Post http://localhost:8086/query: dial tcp [::1]:8086: connect: connection refused", host: "localhost", port: 8086, kind: KindError, program: "Go", failure: FailureReset, addr: "::1"},
	{name: "an earlier 401 states no kind", in: "2024-01-01T00:00:00Z E! [outputs.influxdb] When writing to [http://localhost:8086]: 401 Unauthorized: authorization failed\n2024-01-01T00:00:10Z E! [outputs.influxdb] When writing to [http://localhost:8086]: Post \"http://localhost:8086/write?db=telegraf\": dial tcp [::1]:8086: connect: connection refused", host: "localhost", port: 8086, kind: KindError, program: "Go", failure: FailureRefused, addr: "::1", line: 2},
	{name: "an earlier 500 states no kind", in: "2024-05-01 10:00:01 ERROR GET http://api.corp.test:8080/users failed: 500 Internal Server Error\n2024-05-01 10:05:00 ERROR Get \"http://api.corp.test:8080/users\": dial tcp 10.0.0.7:8080: connect: connection refused", host: "api.corp.test", port: 8080, kind: KindError, program: "Go", failure: FailureRefused, addr: "10.0.0.7", line: 2},
	{name: "an earlier reset states its kind", in: "E! [outputs.influxdb] When writing to [http://localhost:8086]: Post http://localhost:8086/write?db=telegraf: read tcp [::1]:56586->[::1]:8086: read: connection reset by peer\nE! [outputs.influxdb] When writing to [http://localhost:8086]: Post http://localhost:8086/write?db=telegraf: dial tcp [::1]:8086: connect: connection refused", host: "localhost", port: 8086, kind: KindError, program: "Go", failure: FailureReset, addr: "::1", line: 1},
	{name: "an earlier failure on another port does not count", in: "E! When writing to [http://localhost:8087]: Post http://localhost:8087/write: read tcp [::1]:56586->[::1]:8087: read: connection reset by peer\nW! When writing to [http://localhost:8086]: Post http://localhost:8086/query: dial tcp [::1]:8086: connect: connection refused", host: "localhost", port: 8086, kind: KindError, program: "Go", failure: FailureRefused, addr: "::1"},
	{name: "an earlier line with no failure does not count", in: "I! Connecting to localhost:8086 for the first write\nW! When writing to [http://localhost:8086]: Post http://localhost:8086/query: dial tcp [::1]:8086: connect: connection refused", host: "localhost", port: 8086, kind: KindError, program: "Go", failure: FailureRefused, addr: "::1"},
	{name: "prisma quoted host port stays", in: "Error: P1001: Can't reach database server at `db.corp.test`:`5432`", host: "db.corp.test", port: 5432, kind: KindError},
	{name: "tarantool aka local end", in: "coio.cc:104 !> SystemError connect, called on fd 15, aka 127.0.0.1:58233: Connection refused", kind: KindError, err: ErrNoTarget},
	{name: "aka without fd is a mention", in: "connect to db.corp.test, aka 10.0.0.5:3301: Connection refused", host: "10.0.0.5", port: 3301, kind: KindError, failure: FailureRefused},
	// Twenty-fourth blind batch (a): Kong's DNS client names the upstream
	// it could not resolve; the numbers in its "Tried:" list are DNS record
	// types, not ports.
	{name: "kong dns resolution failed tried list", in: `kong_1 | 2020/12/03 11:29:16 [error] 32#0: *561643 [lua] balancer.lua:900: execute(): DNS resolution failed: dns server error: 3 name error. Tried: ["(short)app-api:(na) - cache-miss","app-api:1 - cache-hit/stale/scheduled/dns server error: 3 name error","app-api:33 - cache-hit/stale/scheduled/dns server error: 3 name error","app-api:5 - cache-hit/stale/scheduled/dns server error: 3 name error"], client: 172.20.1.7, server: kong, request: "POST /mp/v1/ticket HTTP/1.0", host: "kong:8000"`, host: "app-api", port: 80, from: PortProgram, kind: KindError, program: "Kong", failure: FailureNoSuchHost},
	{name: "kong ringbalancer querying dns", in: "queryDns(): [ringbalancer] querying dns for app_backend failed: dns server error: 3 name error", host: "app_backend", port: 80, from: PortProgram, kind: KindError, program: "Kong", failure: FailureNoSuchHost},
	{name: "kong tried entry alone is no host port", in: "0847510682ad.node.dc1.consul:33 - cache-hit/dns server error: 3 name error", kind: KindError, err: ErrNoTarget},
	{name: "host port before a dash stays", in: "app-api:8080 - connection refused", host: "app-api", port: 8080, kind: KindError, failure: FailureRefused},
	// HAProxy's "Server backend/server is DOWN": the server named by its
	// address is the target, the backend no host.
	{name: "haproxy server down layer4 timeout", in: "servicelb [ALERT] Server graphite/10.0.0.9:80 is DOWN, reason: Layer4 timeout, check duration: 5ms. 0 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.\nservicelb [EMERG] backend graphite has no server available!", host: "10.0.0.9", port: 80, kind: KindError, program: "HAProxy", failure: FailureTimeout},
	{name: "haproxy server label no address", in: "[WARNING] Server be_app/app1 is DOWN, reason: Layer4 timeout, check duration: 2001ms.", kind: KindError, err: ErrNoTarget},
	{name: "java name slash ip still a name", in: "java.net.ConnectException: Connection refused: graphite/10.0.0.9:80", host: "graphite", port: 80, kind: KindError, program: "Java", failure: FailureRefused, addr: "10.0.0.9"},
	// A word of CJK text with no spaces is a sentence, not a host.
	{name: "zh wsaetimedout retyped one word", in: "由于连接方在一段时间后正确答复或者连接的主机没有响应，连接尝试失败。", kind: KindError, err: ErrNoTarget},
	{name: "zh wsaetimedout one word", in: "由于连接方在一段时间后没有正确答复或连接的主机没有反应，连接尝试失败。", kind: KindError, err: ErrNoTarget},
	{name: "zh attempt failed one word", in: "连接尝试失败。", kind: KindError, err: ErrNoTarget},
	{name: "idn letters one word still a bad host", in: "bücher.de", bad: true},
	// BIND's tools write a server as address#port: nslookup's expected
	// server is the target; dig's server alone and a reverse look-up's
	// address are none.
	{name: "nslookup expected server timed out", in: "blu@server:/etc/resolvconf/resolv.conf.d$ nslookup 162.158.90.241\n;; reply from unexpected source: 192.168.2.43#53, expected 192.168.2.47#53\n;; Got SERVFAIL reply from 192.168.2.43, trying next server\n;; Got SERVFAIL reply from 8.8.8.8, trying next server\n;; reply from unexpected source: 192.168.2.43#53, expected 192.168.2.47#53\n;; connection timed out; no servers could be reached", host: "192.168.2.47", port: 53, from: PortExplicit, kind: KindError, program: "nslookup", failure: FailureTimeout},
	{name: "dig communications error no target", in: ";; communications error to 10.0.0.2#53: timed out\n;; connection timed out; no servers could be reached", kind: KindError, err: ErrNoTarget},
	{name: "nslookup reverse lookup no target", in: "$ nslookup 162.158.90.241\n;; connection timed out; no servers could be reached", kind: KindError, err: ErrNoTarget},
	// Windows nslookup: the server that did not answer, not the name.
	{name: "nslookup windows server timed out", in: "nslookup baidu.com 123.123.123.123\nDNS request timed out.\n    timeout was 2 seconds.\n服务器:  UnKnown\nAddress:  123.123.123.123\n\nDNS request timed out.\n    timeout was 2 seconds.", host: "123.123.123.123", port: 53, from: PortProgram, kind: KindError, program: "nslookup", failure: FailureTimeout},
	{name: "nslookup windows server timed out then answered", in: "C:\\Users\\Administrator>nslookup www.baidu.com\r\nDNS request timed out.\r\n    timeout was 2 seconds.\r\nServer:  UnKnown\r\nAddress:  127.0.0.1\r\n\r\nNon-authoritative answer:\r\nName:    www.a.shifen.com", host: "127.0.0.1", port: 53, from: PortProgram, kind: KindError, program: "nslookup", failure: FailureTimeout},
	{name: "nslookup windows server answered NXDOMAIN", in: "C:\\>nslookup db.corp.test\nServer:  UnKnown\nAddress:  10.0.0.1\n\n*** UnKnown can't find db.corp.test: Non-existent domain", host: "db.corp.test", port: 443, kind: KindError, failure: FailureNoSuchHost},
	{name: "nslookup name still the target", in: "$ nslookup db.corp.test\n** server can't find db.corp.test: NXDOMAIN", host: "db.corp.test", port: 443, kind: KindError, failure: FailureNoSuchHost},
	{name: "cqlsh's host in a container", in: "$ docker run -it --network some-network --rm cassandra cqlsh some-cassandra\n\nError:\nTraceback (most recent call last):\n  File \"/opt/cassandra/bin/cqlsh.py\", line 2443, in <module>\n    main(*read_options(sys.argv[1:], os.environ))\nsocket.gaierror: [Errno -2] Name or service not known", host: "some-cassandra", port: 9042, kind: KindError, program: "Python", failure: FailureNoSuchHost},
	{name: "cqlsh's host and port", in: "$ cqlsh -u cassandra -p secret db-node-1 9142\nsocket.gaierror: [Errno -2] Name or service not known", host: "db-node-1", port: 9142, kind: KindError, program: "Python", failure: FailureNoSuchHost},
	{name: "cqlsh in a sentence names no host", in: "then open the cqlsh console\nsocket.gaierror: [Errno -2] Name or service not known", kind: KindError, err: ErrNoTarget},
	{name: "cqlsh -e's quoted statement is no host", in: "$ cqlsh -e 'describe keyspaces'\nConnection error: ('Unable to connect to any servers', {'127.0.0.1:9042': ConnectionRefusedError(111, \"Tried connecting to [('127.0.0.1', 9042)]. Last error: Connection refused\")})", host: "127.0.0.1", port: 9042, kind: KindError, failure: FailureRefused},
	{name: "cqlsh's host after -e's quoted statement", in: "$ cqlsh -e 'describe keyspaces' cass1.corp\nConnection error: ('Unable to connect to any servers', {'10.0.0.7:9042': ConnectionRefusedError(111, \"Tried connecting to [('10.0.0.7', 9042)]. Last error: Connection refused\")})", host: "cass1.corp", port: 9042, addr: "10.0.0.7", kind: KindError, program: "cqlsh", failure: FailureRefused},
	{name: "cqlsh's host and port after --execute's quoted statement", in: "cqlsh --execute \"select * from system.local\" -u cassandra cass2.corp 9142", host: "cass2.corp", port: 9142, kind: KindError, program: "cqlsh"},
	{name: "cqlsh with words after the host", in: "I ran cqlsh db-node-1 and it said\nsocket.gaierror: [Errno -2] Name or service not known", kind: KindError, err: ErrNoTarget},
	{name: "Terraform's provider registry host", in: "Error: Failed to install provider\n\nError while installing hashicorp/azurerm v2.31.1: could not query provider\nregistry for registry.terraform.io/hashicorp/azurerm: failed to retrieve\nauthentication checksums for provider: 403 Forbidden", host: "registry.terraform.io", port: 443, kind: KindError, program: "Terraform"},
	{name: "Terraform's registry host beside a documentation link", in: "│ Error: Failed to install provider\n│\n│ Error while installing hashicorp/aws v4.67.0: could not query provider\n│ registry for registry.terraform.io/hashicorp/aws: failed to retrieve\n│ authentication checksums for provider: 403 Forbidden\n│\n│ See https://developer.hashicorp.com/terraform/language/providers for more.", host: "registry.terraform.io", port: 443, kind: KindError, program: "Terraform"},
	{name: "Terraform's requested URL over its registry host", in: "Error while installing hashicorp/aws v4.67.0: could not query provider\nregistry for registry.terraform.io/hashicorp/aws: the request failed after 2\nattempts, please try again later: Get\n\"https://registry.terraform.io/v1/providers/hashicorp/aws/versions\": dial tcp: lookup registry.terraform.io on 10.0.0.2:53: no such host", host: "registry.terraform.io", port: 443, kind: KindError, program: "Go", failure: FailureNoSuchHost},
	{name: "Terraform's registry wrapped in its box", in: "│ Error while installing acme/widget v1.0.0: could not query provider registry\n│ for tf.corp.internal/acme/widget: failed to retrieve authentication\n│ checksums for provider: 403 Forbidden", host: "tf.corp.internal", port: 443, kind: KindError, program: "Terraform"},
	{name: "a registry for a name with no dotted host", in: "Error while installing widget: could not query provider registry for local/acme/widget: 403 Forbidden", kind: KindError, err: ErrNoTarget},
	{name: "nslookup after a quoted prompt", in: "> root@sentry-796dd95f79-4m56b:/# nslookup traefik-ingress-service\nServer:\t\t10.68.0.2\nAddress:\t10.68.0.2#53\n** server can't find traefik-ingress-service: NXDOMAIN", host: "traefik-ingress-service", port: 443, kind: KindError, failure: FailureNoSuchHost},
	{name: "a quoted line naming nslookup in prose", in: "> then I ran nslookup traefik-ingress-service\n** server can't find: NXDOMAIN", kind: KindError, err: ErrNoTarget},
	// A name beats the IP dialled for it when a URL on the adjacent line
	// gives the same port explicitly.
	{name: "dev-sidecar target address names the ip", in: "DevSidecar Error:\n目标网站请求错误：【EHOSTUNREACH】 connect EHOSTUNREACH 20.27.177.113:443\n目标地址：https://github.com:443/waahah", host: "github.com", port: 443, kind: KindError, failure: FailureUnreachable, addr: "20.27.177.113"},
	{name: "dev-sidecar other port keeps the ip", in: "DevSidecar Error:\n目标网站请求错误：【EHOSTUNREACH】 connect EHOSTUNREACH 20.27.177.113:8443\n目标地址：https://github.com:443/waahah", host: "20.27.177.113", port: 8443, kind: KindError, program: "Node.js", failure: FailureUnreachable},
	{name: "parentheses out of a slot", in: "could not connect to (db): no such host", kind: KindError, err: ErrNoTarget},
	// A curl or wget command line given a host without a scheme, after a
	// shell's prompt (root's '#' too) or none: the host it fetched, on
	// http's port; a comment or heading about curl names none.
	{name: "root prompt curl 504 page", in: "# curl wttr.corp.test/nuremberg\n<html>\n<head><title>504 Gateway Time-out</title></head>\n<body bgcolor=\"white\">\n<center><h1>504 Gateway Time-out</h1></center>\n<hr><center>nginx/1.2.6</center>\n</body>\n</html>", host: "wttr.corp.test", port: 80, from: PortProgram, kind: KindError, failure: FailureTimeout},
	{name: "prompt wget options host", in: "$ wget -q -O out.tgz files.corp.test:8080/a.tgz\nfailed: Connection refused.", host: "files.corp.test", port: 8080, kind: KindError, program: "wget", failure: FailureRefused},
	{name: "shell comment about curl", in: "# curl is used to fetch wttr.corp.test pages\ncurl: (28) Operation timed out after 5000 milliseconds", kind: KindError, err: ErrNoTarget},
	{name: "markdown heading curl", in: "# curl examples\ncurl: (28) Operation timed out after 5000 milliseconds", kind: KindError, err: ErrNoTarget},
	// A failure said in a program's or a script's own words.
	{name: "script not reachable", in: "[Error] github.com is NOT reachable...", host: "github.com", port: 443, kind: KindError, failure: FailureUnreachable},
	{name: "aspia remote host closed", in: "10:34:50 Attempt to connect to 192.168.1.206:8050.\n10:34:51 Session started.\n10:35:05 Remote host closed the connection.", host: "192.168.1.206", port: 8050, kind: KindError, failure: FailureReset},
	{name: "aspia session closed by user", in: "10:34:50 Attempt to connect to 192.168.1.206:8050.\n10:35:05 Session closed by user.", host: "192.168.1.206", port: 8050, kind: KindError},
	{name: "ssh kex closed no host", in: "/bin/bash: line 0: exec: cloudflared: not found\nkex_exchange_identification: Connection closed by remote host", kind: KindError, err: ErrNoTarget},
	{name: "haskell getaddrinfo no host", in: "devel.hs: getAddrInfo: does not exist (hostname nor servname provided, or not known)", kind: KindError, err: ErrNoTarget},
	{name: "lua-resty-dns name error no host", in: "域名解析报错 server returned error code: 3: name error", kind: KindError, err: ErrNoTarget},
	// Chrome's Russian page: the timeout, the failed look-up, the empty
	// response; a sentence of the same words names no host.
	{name: "chrome russian timed out", in: "Не удается получить доступ к сайту\nПревышено время ожидания ответа от сайта gemini.google.com.\nПопробуйте сделать следующее:\n\nПроверьте подключение к интернету.\nERR_TIMED_OUT", host: "gemini.google.com", port: 443, kind: KindError, program: "browser", failure: FailureTimeout},
	{name: "chrome russian timed out glued address", in: "Не удается получить доступ к сайтуПревышено время ожидания ответа от сайта 192.168.1.20.\nERR_CONNECTION_TIMED_OUT", host: "192.168.1.20", port: 80, kind: KindError, program: "browser", failure: FailureTimeout},
	{name: "chrome russian name not resolved", in: "Не удается получить доступ к сайту\nНе удалось найти IP-адрес сервера ya.ru.\nERR_NAME_NOT_RESOLVED", host: "ya.ru", port: 443, kind: KindError, program: "browser", failure: FailureNoSuchHost},
	{name: "chrome russian empty response", in: "Страница недоступна\nСайт localhost не отправил данных.\nERR_EMPTY_RESPONSE", host: "localhost", port: 80, kind: KindError, program: "browser"},
	{name: "russian timeout sentence no host", in: "Превышено время ожидания ответа от сайта платформы.", kind: KindError, err: ErrNoTarget},
	{name: "russian timeout app message no host", in: `raise HTTPException(status_code=408, detail="Превышено время ожидания ответа от сайта.")`, kind: KindError, err: ErrNoTarget},
	// The unspecified address a program dialled is its target; one it
	// listens or binds on is none.
	{name: "grpc-go dial unspecified ipv6", in: `grpc: addrConn.resetTransport failed to create client transport: connection error: desc = "transport: dial tcp [::]:9090: connect: cannot assign requested address"; Reconnecting to {[::]:9090 <nil>}`, host: "::", port: 9090, kind: KindError, program: "Go"},
	{name: "go dial unspecified ipv6 refused", in: "dial tcp [::]:9090: connect: connection refused", host: "::", port: 9090, kind: KindError, program: "Go", failure: FailureRefused},
	{name: "go listen unspecified ipv6", in: `err="listen tcp [::]:9090: bind: address already in use"`, err: ErrNoTarget},
	{name: "listening on unspecified ipv6", in: "Starting server on [::]:9090", err: ErrNoTarget},
	{name: "node listen unspecified ipv6", in: "Error: listen EADDRINUSE: address already in use :::3000\n    at Server.setupListenHandle [as _listen2] (node:net:1330:16)", err: ErrNoTarget},
	// An address a program could not listen or bind on is its own, IPv4
	// too: no target (while one it dialled on the same kind of line is).
	{name: "go listen tcp4 ipv4 in use", in: "listen tcp4 0.0.0.0:80: bind: address already in use", err: ErrNoTarget},
	{name: "go listen tcp loopback in use", in: "Error starting server: listen tcp 127.0.0.1:8080: bind: address already in use", err: ErrNoTarget},
	{name: "node listen eaddrinuse ipv4", in: "Error: listen EADDRINUSE: address already in use 0.0.0.0:3000\n    at Server.setupListenHandle [as _listen2] (node:net:1817:16)", err: ErrNoTarget},
	{name: "node dgram bind eaddrinuse", in: "Error: bind EADDRINUSE 0.0.0.0:5353", err: ErrNoTarget},
	{name: "nginx bind failed", in: "nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)", err: ErrNoTarget},
	{name: "asyncio bind on address", in: "OSError: [Errno 98] error while attempting to bind on address ('0.0.0.0', 8080): address already in use", err: ErrNoTarget},
	{name: "go dial after a failed listen", in: "listen tcp 0.0.0.0:80: bind: address already in use\ndial tcp 10.0.0.5:5432: connect: connection refused", host: "10.0.0.5", port: 5432, kind: KindError, program: "Go", failure: FailureRefused},
	{name: "go listen lookup failed", in: "Failed to start remote control: start server failed: listen tcp: lookup localhost on 8.8.8.8:53: no such host", host: "localhost", port: 443, kind: KindError, program: "Go", failure: FailureNoSuchHost},
	{name: "go dial ipv4 not a listen", in: "dial tcp 0.0.0.0:80: connect: connection refused", host: "0.0.0.0", port: 80, kind: KindError, program: "Go", failure: FailureRefused},
	// A summary that repeats addresses already reported with their own
	// kind does not outweigh them (see TestNoTargetSummaryKind).
	{name: "etcdctl redacted members summary", in: etcdRedacted, err: ErrNoTarget},
	{name: "etcdctl members summary", in: strings.ReplaceAll(etcdRedacted, "***.69", "10.0.0.69"), host: "10.0.0.69", port: 2379, kind: KindError, program: "Go", failure: FailureTimeout},
	// aiohttp's ClientConnectorError names the host it failed to reach: the
	// first line of that shape wins over a later one whose caller's words
	// ("Failed to connect http://…") read stronger.
	{name: "aiohttp cannot connect first line", in: "2024-09-06 13:04:50.163 ERROR (MainThread) [custom_components.frigate.api] Error fetching information from http://frigate.esco.ghaar:5000/api/stats: Cannot connect to host frigate.esco.ghaar:5000 ssl:default [Connect call failed ('192.168.100.22', 5000)]\n2024-09-06 13:04:56.551 ERROR (MainThread) [custom_components.blueiris.api.blue_iris_api] Failed to connect http://watchman.esco.ghaar:8081/json, Error: Cannot connect to host watchman.esco.ghaar:8081 ssl:False [Connect call failed ('192.168.100.19', 8081)], Line: 84", host: "frigate.esco.ghaar", port: 5000, kind: KindError, addr: "192.168.100.22"},
	{name: "aiohttp cannot connect refused", in: "aiohttp.client_exceptions.ClientConnectorError: Cannot connect to host 172.30.32.1:8123 ssl:False [Connection refused]", host: "172.30.32.1", port: 8123, kind: KindError, failure: FailureRefused},
	{name: "cannot connect to host machine prose", in: "Cannot connect to host machine from the container", err: ErrNoTarget},
	// A timeout printed with its value and unit is a setting: mailsend's
	// verbose "Connection timeout: 5 secs" before it connects states no
	// failure; undici's "Connect Timeout Error (…, timeout: 10000ms)" does.
	{name: "mailsend timeout setting", in: mailsendVerbose, host: "smtp.gmail.com", port: 587, kind: KindError, addr: "2607:f8b0:400e:c03::6d"},
	{name: "libmsock's addresses for no server named are no name's", in: "libmsock: using getaddrinfo\n IPv4 address: 74.125.129.108\n connect(): socket=4,rc=-1, errno=124\nCould not connect to smtp.corp.test:587", host: "smtp.corp.test", port: 587, kind: KindError},
	{name: "a name's own pair before libmsock's addresses", in: "Connecting to SMTP server: mail.corp.test at Port: 25\nlibmsock: using getaddrinfo\n IPv4 address: 192.0.2.10\nTrying mail.corp.test (192.0.2.25)...\nCould not connect to mail.corp.test:25", host: "mail.corp.test", port: 25, kind: KindError, addr: "192.0.2.25"},
	{name: "mailsend without libmsock output", in: "Connecting to SMTP server: smtp.gmail.com at Port: 587\n IPv6 address: 2607:f8b0:400e:c03::6d\nError: Could not connect to SMTP server \"smtp.gmail.com\" at port 587", host: "smtp.gmail.com", port: 587, kind: KindError},
	{name: "undici connect timeout error", in: "TypeError: fetch failed\n  cause: ConnectTimeoutError: Connect Timeout Error (attempted address: localhost:5055, timeout: 10000ms)", host: "localhost", port: 5055, kind: KindError, failure: FailureTimeout},
	// Zig's error names say the kind of the host its command line names.
	{name: "zig fetch name server failure", in: "$ zig fetch --save=args git+https://github.com/ikskuh/zig-args#master\nerror: unable to discover remote git server capabilities: TemporaryNameServerFailure", host: "github.com", port: 443, kind: KindError, failure: FailureNoSuchHost},
	{name: "zig error name inside a word", in: "$ zig fetch --save=args git+https://github.com/ikskuh/zig-args#master\nerror: unable to discover remote git server capabilities: NoTemporaryNameServerFailures", host: "github.com", port: 443, kind: KindError},
	// Firefox's secure-connection and certificate pages, in English and
	// Russian.
	{name: "firefox security risk page", in: "Warning: Potential Security Risk Ahead\n\nFirefox detected a potential security threat and did not continue to www.corp.test because this website requires a secure connection.", host: "www.corp.test", port: 443, kind: KindError, program: "browser", failure: FailureTLS},
	{name: "firefox russian security risk page", in: "Соединение не установлено: Вероятная угроза безопасности. Firefox обнаружил вероятную угрозу безопасности и не стал открывать www.google.com, так как для подключения к этому сайту необходимо установить защищённое соединение.", host: "www.google.com", port: 443, kind: KindError, program: "browser", failure: FailureTLS},
	{name: "firefox russian secure connection failed no host", in: "Начиная с 16 февраля сайты из чёрного списка выдают \"Ошибка при установлении защищённого соединения\", независимо от режима goodbyedpi", kind: KindError, err: ErrNoTarget},
	{name: "firefox secure connection failed no host", in: "Secure Connection Failed", kind: KindError, err: ErrNoTarget},
	{name: "did not continue to in prose", in: "The build did not continue to the next stage\nError: Connection refused", kind: KindError, err: ErrNoTarget},
	// PHP's print_r of an array names the host unquoted.
	{name: "php print_r host and reason", in: "Array\n(\n    [version] => 1.0\n    [app] => ssl-checker-api\n    [host] => sellingtoolz.com\n    [status] => error\n    [result] => Array\n        (\n            [response] => failed\n            [reason] => [Errno -3] Temporary failure in name resolution\n        )\n\n)\n\nArray\n(\n    [version] => 1.0\n    [app] => ssl-checker-api\n    [host] => sandrapike.ca\n    [status] => error\n    [result] => Array\n        (\n            [response] => failed\n            [reason] => timed out\n        )\n\n)", host: "sellingtoolz.com", port: 443, kind: KindError, program: "Python", failure: FailureNoSuchHost},
	{name: "php print_r nested array is no host", in: "Array\n(\n    [host] => Array\n        (\n        )\n    [reason] => timed out\n)", kind: KindError, err: ErrNoTarget},
	{name: "php print_r other key is no host", in: "    [ghost] => db.corp.test\n    [reason] => timed out", kind: KindError, err: ErrNoTarget},
	// musl's gai_strerror after getaddrinfo is a failed look-up.
	{name: "ruby musl getaddrinfo try again", in: "Retrying fetcher due to error (2/6): Bundler::HTTPError Could not fetch specs from https://rubygems.org/ due to underlying error <SocketError: Failed to open TCP connection to rubygems.org:443 (getaddrinfo: Try again) (https://rubygems.org/specs.4.8.gz)>", host: "rubygems.org", port: 443, kind: KindError, program: "Ruby", failure: FailureNoSuchHost},
	{name: "ruby try again without getaddrinfo", in: "Retrying fetcher due to error (2/6): Bundler::HTTPError Could not fetch specs from https://rubygems.org/ due to underlying error <SocketError: Failed to open TCP connection to rubygems.org:443 (Try again) (https://rubygems.org/specs.4.8.gz)>", host: "rubygems.org", port: 443, kind: KindError, program: "Ruby"},
	// libcurl's WSAECONNABORTED text on Windows is a reset.
	{name: "git libcurl send failure aborted", in: "fatal: unable to access 'https://github.com/patchy631/machine-learning/': Send failure: Connection was aborted", host: "github.com", port: 443, kind: KindError, program: "git", failure: FailureReset},
	{name: "git connection aborted by the user", in: "fatal: unable to access 'https://github.com/patchy631/machine-learning/': The connection was aborted by the user", host: "github.com", port: 443, kind: KindError, program: "git"},
	// c-ares' texts under aiohttp are failed look-ups.
	{name: "aiohttp c-ares no data", in: "ConnectLife token refresh failed, retrying full login: Cannot connect to host oauth.hijuconn.com:443 ssl:default [DNS server returned answer with no data]", host: "oauth.hijuconn.com", port: 443, kind: KindError, failure: FailureNoSuchHost},
	{name: "aiohttp other bracketed cause", in: "ConnectLife token refresh failed, retrying full login: Cannot connect to host oauth.hijuconn.com:443 ssl:default [DNS server returned answer in 12 ms]", host: "oauth.hijuconn.com", port: 443, kind: KindError},
	// Mosh for Chrome's Pepper error codes name no host.
	{name: "mosh chrome resolution failed", in: "resolution failed -110", kind: KindError, err: ErrNoTarget},
	{name: "dependency resolution failed", in: "Dependency resolution failed", err: ErrNoTarget},
	// Qt's German socket errors in Nextcloud's log name no host.
	{name: "nextcloud qt german host unreachable", in: "[ warning nextcloud.sync.networkjob /src/libsync/abstractnetworkjob.cpp:488 ]:\tNetwork request error \"Der Host kann nicht erreicht werden\" HTTP status 0 httpReason \"\"", kind: KindError, err: ErrNoTarget},
	{name: "qt german host cannot be removed", in: "Der Host kann nicht entfernt werden.", err: ErrNoTarget},
	// Qt's "Host x not found" with the name redacted names no host.
	{name: "owncloud qt host redacted not found", in: "\"Failed to connect to ownCloud at http:// xxxxxxxxxxxx . com/owncloud/status.php:\nHost xxxxxxxxxxxxx.com not found\"", kind: KindError, err: ErrNoTarget},
	{name: "owncloud qt host not found", in: "Failed to connect to ownCloud at https://cloud.corp.test/owncloud/status.php:\nHost cloud.corp.test not found", host: "cloud.corp.test", port: 443, kind: KindError, failure: FailureNoSuchHost},
	// .NET's French "La connexion a été fermée", its accents lost, names
	// no host.
	{name: "dotnet french connection closed mojibake", in: "System.Net.WebException: Failed to read complete http response ---> System.IO.IOException: Impossible de lire les donn\ufffdes de la connexion de transport : La connexion a \ufffdt\ufffd ferm\ufffde.\n   \ufffd System.Net.GZipWrapperStream.Read(Byte[] buffer, Int32 offset, Int32 size)", kind: KindError, err: ErrNoTarget},
	// R Tools for Visual Studio's unanswered ping: 'hostname' is a
	// placeholder.
	{name: "rtvs machine did not respond to a ping", in: "Connecting to R Workspace failed.\nReason: Machine 'hostname' did not respond to a ping.\nThe machine may be offline or the network has been disconnected.", kind: KindError, err: ErrNoTarget},
	// A C++ client's getaddrinfo failure names the host; a redacted one
	// is none.
	{name: "cpp failed to get address info", in: "terminate called after throwing an instance of 'std::system_error'\n  what():  Failed to get address info of api.corp.test: Success", host: "api.corp.test", port: 443, kind: KindError, failure: FailureNoSuchHost},
	{name: "cpp failed to get address info redacted", in: "\"Failed to get address info of xxxxx.com\"", kind: KindError, err: ErrNoTarget},
	{name: "failed to get address information prose", in: "Failed to get address information of the contact api.corp.test", err: ErrNoTarget},
	// WCF's aborted socket connection names no host.
	{name: "wcf chinese socket connection aborted", in: "异常:已捕获: \"套接字连接已中止。这可能是由于处理消息时出错或远程主机超过接收超时或者潜在的网络资源问题导致的。本地套接字超时是“00:04:59.9910000”。\" (System.ServiceModel.CommunicationException)", kind: KindError, err: ErrNoTarget},
	// h2's GOAWAY with NO_ERROR under Deno's fetch: the URL in the error
	// and its address.
	{name: "deno http2 goaway no error", in: "TypeError: error sending request from ***.***.***.***:38254 for https://api.npmjs.org/downloads/point/last-month/koishi-plugin-qsign (104.16.0.35:443): client error (SendRequest): http2 error: connection error received: not a result of an error\n    at mainFetch (ext:deno_fetch/26_fetch.js:182:11)", host: "api.npmjs.org", port: 443, from: PortScheme, kind: KindError, failure: FailureReset, addr: "104.16.0.35"},
	// docker-icloudpd's own check: no route to the name it names.
	{name: "icloudpd no route to name", in: "2024-02-17 16:00:44 INFO     Loading configuration from: /config/icloudpd.conf\n2024-02-17 16:00:45 ERROR    No route to icloud.com found. Please check your container's network settings - exiting\n2024-02-17 16:00:45 ERROR    Error debug - traceroute: socket(AF_INET,3,1): Operation not permitted", host: "icloud.com", port: 443, from: PortAssumed, kind: KindError, failure: FailureUnreachable},
	{name: "no route to the page", in: "No route to the page you asked for", err: ErrNoTarget},
	// Pi-hole's resolver check names no host.
	{name: "pihole dns resolution unavailable", in: " [✗] DNS resolution is currently unavailable\n [✗] DNS resolution is not available", kind: KindError, err: ErrNoTarget},
	{name: "pihole dns resolution available", in: "  [✓] DNS resolution is now available", err: ErrNoTarget},
	// urllib3's named cause wins over an application's own words.
	{name: "requests ssl cause over prefix", in: "    raise type(e)('Connection refused. ' + str(e))\nrequests.exceptions.SSLError: Connection refused. HTTPSConnectionPool(host='portal.corp.dsarena.com', port=443): Max retries exceeded with url: /webservices/rest.php (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1129)')))", host: "portal.corp.dsarena.com", port: 443, kind: KindError, program: "Python", failure: FailureTLS},
	{name: "requests cause without a kind", in: "requests.exceptions.ProxyError: Connection refused. HTTPSConnectionPool(host='portal.corp.dsarena.com', port=443): Max retries exceeded with url: / (Caused by ProxyError('Cannot connect to proxy.', OSError('Tunnel connection failed: 403 Forbidden')))", host: "portal.corp.dsarena.com", port: 443, kind: KindError, program: "Python", failure: FailureRefused},
	// A date's year after a host is no port.
	{name: "docker log year after node hostname", in: "2023-04-11 21:40:50 [2023-04-11 20:40:49] ERROR: [Audible] query search error AxiosError: getaddrinfo EAI_AGAIN api.audible.com\n2023-04-11 21:40:50     at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:109:26) {\n2023-04-11 21:40:50   hostname: 'api.audible.com',\n2023-04-11 21:40:50   syscall: 'getaddrinfo',\n2023-04-11 21:40:50   code: 'EAI_AGAIN',", host: "api.audible.com", port: 443, from: PortAssumed, kind: KindError, program: "Node.js", failure: FailureNoSuchHost},
	{name: "Node error object with sorted keys", in: "**address: \"167.86.99.133\"\ncode: \"ESOCKET\"\ncommand: \"CONN\"\nerrno: -4039\nport: 587\nsyscall: \"connect\"**", host: "167.86.99.133", port: 587, kind: KindError, program: "Node.js", failure: FailureTimeout},
	{name: "sorted keys with a port in another block", in: "address: \"167.86.99.133\"\ncode: \"ESOCKET\"\n\nThe relay listens on\nport: 587", kind: KindError, err: ErrNoTarget},
	{name: "docker log port after node address", in: "2023-04-11 21:40:50 Error: connect ECONNREFUSED 10.0.0.5:8080\n2023-04-11 21:40:50   address: '10.0.0.5',\n2023-04-11 21:40:50   port: 8080", host: "10.0.0.5", port: 8080, from: PortExplicit, kind: KindError, program: "Node.js", failure: FailureRefused},
	// Python logging's [module:line] after a log line's level is no host.
	{name: "sabnzbd module and line after level", in: "2022-11-21 21:01:01,275::INFO::[notifier:123] Sending notification: Warning - Failed to connect: timed out (type=warning, job_cat=None)\n2022-11-21 21:01:01,275::WARNING::[newswrapper:406] Failed to connect: timed out", kind: KindError, err: ErrNoTarget},
	{name: "dotted name in brackets after level", in: "2022-11-21 21:01:01,275::WARNING::[news.corp.test:119] Failed to connect: timed out", host: "news.corp.test", port: 119, from: PortExplicit, kind: KindError, failure: FailureTimeout},
	{name: "module and line without a level", in: "Failed to connect: timed out [newsserver:119]", host: "newsserver", port: 119, from: PortExplicit, kind: KindError, failure: FailureTimeout},
	// An unbracketed IPv6 address and port, the address named alone before.
	{name: "sabnzbd ipv6 and port after its address", in: "2022-11-21 20:59:58,208::INFO::[downloader:673] 1@www.google.nl: Initiating connection\n2022-11-21 21:00:01,214::DEBUG::[downloader:193] www.google.nl: Connecting to address 2a00:1450:400e:802::2003\n2022-11-21 21:01:01,275::WARNING::[newswrapper:406] Failed to connect: timed out 2a00:1450:400e:802::2003:119", host: "www.google.nl", port: 119, from: PortExplicit, kind: KindError, failure: FailureTimeout, addr: "2a00:1450:400e:802::2003"},
	{name: "sabnzbd ipv6 and port, address alone before", in: "2022-11-21 21:00:01,214::DEBUG::[downloader:193] Connecting to address 2a00:1450:400e:802::2003\n2022-11-21 21:01:01,275::WARNING::[newswrapper:406] Failed to connect: timed out 2a00:1450:400e:802::2003:119", host: "2a00:1450:400e:802::2003", port: 119, from: PortExplicit, kind: KindError, failure: FailureTimeout},
	{name: "ipv6 of the same prefix in a list, no port", in: "node 1 listening on 2001:db8::1\npeers: 2001:db8::1:5 2001:db8::1:6", err: ErrNoTarget},
	{name: "ipv6 and port a destination, address alone before", in: "Connecting to address 2001:db8::1\nconnecting to 2001:db8::1:443", host: "2001:db8::1", port: 443, kind: KindError},
	{name: "ipv6 last group not named alone", in: "2022-11-21 21:01:01,275::WARNING::[newswrapper:406] Failed to connect: timed out 2a00:1450:400e:802::2003:119", kind: KindError, err: ErrNoTarget},
	// An IP the program requested as a URL's host is no address dialled for a name another failing line gives.
	{name: "plexapi ip url before plex.direct name", in: "2023-05-19 01:48:39,949 ERROR[plexapi]:http://192.168.0.100:32400: HTTPConnectionPool(host='192.168.0.100', port=32400): Max retries exceeded with url: / (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x0000020D6AE90DC0>: Failed to establish a new connection: [WinError 10061] No connection could be made because the target machine actively refused it'))\n2023-05-19 01:48:39,997 ERROR[plexapi]:https://192-168-0-100.7fab090cefca47208d3e0350ccffb36b.plex.direct:32400: HTTPSConnectionPool(host='192-168-0-100.7fab090cefca47208d3e0350ccffb36b.plex.direct', port=32400): Max retries exceeded with url: / (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x0000020D6AE91030>: Failed to establish a new connection: [WinError 10061] No connection could be made because the target machine actively refused it'))", host: "192.168.0.100", port: 32400, from: PortExplicit, kind: KindError, program: "Python", failure: FailureRefused},
	{name: "urllib3 ip pool before name pool", in: "ERROR: HTTPConnectionPool(host='192.168.0.100', port=32400): Max retries exceeded with url: / (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x0000020D6AE90DC0>: Failed to establish a new connection: [WinError 10061] No connection could be made because the target machine actively refused it'))\nERROR: HTTPSConnectionPool(host='plex.corp.test', port=32400): Max retries exceeded with url: / (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x0000020D6AE91030>: Failed to establish a new connection: [WinError 10061] No connection could be made because the target machine actively refused it'))", host: "plex.corp.test", port: 32400, from: PortExplicit, kind: KindError, program: "Python", failure: FailureRefused, addr: "192.168.0.100"},
	// snapclient's look-up step names the address it dials.
	{name: "snapclient resolving host ip for", in: "Aug 18 13:34:22 davida-audiospeaker-hw0 snapclient[1410]: 2024-08-18 13-34-22.111 [Info] (Connection) Resolving host IP for: snapserver.audio.mediacenter.home\nAug 18 13:34:22 davida-audiospeaker-hw0 snapclient[1410]: 2024-08-18 13-34-22.126 [Debug] (Connection) Resolved IP: fd24:f3fd:b0e5::1\nAug 18 13:34:22 davida-audiospeaker-hw0 snapclient[1410]: 2024-08-18 13-34-22.126 [Debug] (Connection) Resolved IP: 192.168.3.1\nAug 18 13:34:22 davida-audiospeaker-hw0 snapclient[1410]: 2024-08-18 13-34-22.126 [Info] (Connection) Connecting to [fd24:f3fd:b0e5::1]:1704\nAug 18 13:34:22 davida-audiospeaker-hw0 snapclient[1410]: 2024-08-18 13-34-22.130 [Info] (Connection) Connecting to 192.168.3.1:1704\nAug 18 13:34:22 davida-audiospeaker-hw0 snapclient[1410]: 2024-08-18 13-34-22.133 [Error] (Connection) Failed to connect to host 'snapserver.audio.mediacenter.home', error: Connection refused", host: "snapserver.audio.mediacenter.home", port: 1704, from: PortExplicit, kind: KindError, failure: FailureRefused, addr: "fd24:f3fd:b0e5::1"},
	{name: "snapclient failure without its steps", in: "Aug 18 13:34:22 davida-audiospeaker-hw0 snapclient[1410]: 2024-08-18 13-34-22.133 [Error] (Connection) Failed to connect to host 'snapserver.audio.mediacenter.home', error: Connection refused", host: "snapserver.audio.mediacenter.home", port: 443, from: PortAssumed, kind: KindError, failure: FailureRefused},
	{name: "words in parentheses before resolving", in: "I checked (twice) resolving host IP for: snap.corp.test\nConnecting to 10.0.0.5:1704\nError: Connection refused", host: "10.0.0.5", port: 1704, from: PortExplicit, kind: KindError, failure: FailureRefused},
	// A name masked with a wildcard label before Java's address leaves the address.
	{name: "okhttp masked name before ipv6", in: "i have  subscibed. but when i request , it always Failed to connect to *.deno.dev/2600:1901:0:6d85:0:0:0:0:443.", host: "2600:1901:0:6d85::", port: 443, from: PortExplicit, kind: KindError},
	{name: "okhttp masked name before ipv4", in: "java.net.ConnectException: Failed to connect to *.deno.dev/10.0.0.5:443", host: "10.0.0.5", port: 443, from: PortExplicit, kind: KindError, program: "Java"},
	{name: "okhttp name before ipv6", in: "java.net.ConnectException: Failed to connect to app.deno.dev/2600:1901:0:6d85:0:0:0:0:443", host: "app.deno.dev", port: 443, from: PortExplicit, kind: KindError, program: "Java", addr: "2600:1901:0:6d85::"},
	// Lantern's masquerade is the hop that failed, the fronted URL's host the destination.
	{name: "lantern masquerade dial semaphore timeout", in: "ERROR fronted: masquerade.go:169 HTTP error for masquerade trueactivist.com: Head http://www.google.com/humans.txt: Unable to dial proxy to www.google.com:80: Unable to dial proxy to www.google.com:80: Unable to dial masquerade trueactivist.com: dial tcp [redacted]:443: ConnectEx tcp: The semaphore timeout period has expired.", host: "trueactivist.com", port: 443, from: PortExplicit, kind: KindError, program: "Go", failure: FailureTimeout, via: "www.google.com"},
	{name: "lantern masquerade dial address", in: "ERROR fronted: masquerade.go:169 HTTP error for masquerade trueactivist.com: Head http://www.google.com/humans.txt: Unable to dial proxy to www.google.com:80: Unable to dial masquerade trueactivist.com: dial tcp 104.16.0.1:443: i/o timeout", host: "trueactivist.com", port: 443, from: PortExplicit, kind: KindError, program: "Go", failure: FailureTimeout, addr: "104.16.0.1", via: "www.google.com"},
	{name: "lantern masquerade without a dial", in: "ERROR fronted: masquerade.go:169 HTTP error for masquerade trueactivist.com: Head http://www.google.com/humans.txt: Unable to dial masquerade trueactivist.com: EOF", host: "www.google.com", port: 80, from: PortScheme, kind: KindError, program: "Go", failure: FailureReset},
	// Go's net/http answered in plain HTTP by a server it spoke TLS to.
	{name: "helm http response to https client", in: "Error: looks like \"https://sdrancharts.onosproject.org\" is not a valid chart repository or cannot be reached: Get \"https://sdrancharts.onosproject.org/index.yaml\": http: server gave HTTP response to HTTPS client", host: "sdrancharts.onosproject.org", port: 443, from: PortScheme, kind: KindError, program: "Go", failure: FailureTLS},
	{name: "go https server sent an http request", in: "Get \"https://charts.corp.test/index.yaml\": Client sent an HTTP request to an HTTPS server.", host: "charts.corp.test", port: 443, from: PortScheme, kind: KindError, program: "Go"},
	// A server that closed the connection without a reply reset it.
	{name: "pacman mirror after the file it failed on", in: "\"error: failed retrieving file 'archcraft.db' from archcraft.io : Resolving timed out after 10000 milliseconds\"\n\"error: failed to synchronize all databases (download library error)\"", host: "archcraft.io", port: 443, from: PortAssumed, kind: KindError, failure: FailureNoSuchHost},
	{name: "pacman mirror with a port", in: "error: failed retrieving file 'core.db' from mirror.corp.test:8080 : Connection timed out after 10000 milliseconds", host: "mirror.corp.test", port: 8080, from: PortExplicit, kind: KindError, failure: FailureTimeout},
	{name: "pacman's file without its message names no mirror", in: "error: failed retrieving file 'core.db' from mirror.corp.test", kind: KindError, err: ErrNoTarget},
	{name: "pamac empty response from server", in: "Error: Failed retrieving file 'PACKAGE' from localhost:15678 : Empty response from server", host: "localhost", port: 15678, from: PortExplicit, kind: KindError, failure: FailureReset},
	{name: "curl empty reply from server", in: "$ curl -v http://10.0.0.5:8080/health\ncurl: (52) Empty reply from server", host: "10.0.0.5", port: 8080, from: PortExplicit, kind: KindError, program: "curl", failure: FailureReset},
	{name: "empty response body from server", in: "Error: Failed retrieving file 'PACKAGE' from localhost:15678 : empty response body", host: "localhost", port: 15678, from: PortExplicit, kind: KindError},
	// wget's look-up that timed out is a failed look-up; its connect that timed out a timeout.
	{name: "wget resolving timed out", in: "Spider mode enabled. Check if remote file exists.\n--2019-07-16 11:29:31--  http://raspbian.raspberrypi.org/raspbian\nResolving raspbian.raspberrypi.org (raspbian.raspberrypi.org)... failed: Connection timed out.\nwget: unable to resolve host address ‘raspbian.raspberrypi.org’", host: "raspbian.raspberrypi.org", port: 80, from: PortScheme, kind: KindError, program: "wget", failure: FailureNoSuchHost},
	{name: "wget resolving timed out alone", in: "Resolving raw.githubusercontent.com (raw.githubusercontent.com)... failed: Connection timed out.", host: "raw.githubusercontent.com", port: 443, kind: KindError, program: "wget", failure: FailureNoSuchHost},
	{name: "wget connecting timed out", in: "--2020-06-10 01:48:43--  https://raw.githubusercontent.com/MichaIng/DietPi/master/dietpi.txt\nResolving raw.githubusercontent.com (raw.githubusercontent.com)... 151.101.0.133\nConnecting to raw.githubusercontent.com (raw.githubusercontent.com)|151.101.0.133|:443... failed: Connection timed out.", host: "raw.githubusercontent.com", port: 443, from: PortExplicit, kind: KindError, program: "wget", failure: FailureTimeout, addr: "151.101.0.133"},
	// The errno a TLS library gives for the socket call under it wins over its SSL_ERROR_SYSCALL.
	{name: "libressl ssl_read errno 54", in: "==> Downloading https://ardownload2.adobe.com/pub/adobe/reader/mac/AcrobatDC/2100120145/AcroRdrDC_2100120145_MUI.dmg\ncurl: (56) LibreSSL SSL_read: SSL_ERROR_SYSCALL, errno 54\nError: Download failed on Cask 'adobe-acrobat-reader' with message: Download failed: https://ardownload2.adobe.com/pub/adobe/reader/mac/AcrobatDC/2100120145/AcroRdrDC_2100120145_MUI.dmg", host: "ardownload2.adobe.com", port: 443, from: PortScheme, kind: KindError, program: "curl", failure: FailureReset},
	{name: "openssl s_client write errno 54", in: ":$ /usr/local/opt/libressl/bin/openssl s_client -connect github.com:443 -msg\nCONNECTED(00000006)\n>>> TLS 1.2 Handshake [length 00bf], ClientHello\nwrite:errno=54\n---\nno peer certificate available\n---\nSSL handshake has read 0 bytes and written 0 bytes", host: "github.com", port: 443, from: PortExplicit, kind: KindError, failure: FailureReset},
	{name: "zig error name read on its line in a log", in: "info: zig build-exe app.zig\ninfo: resolving db\nerror: resolve 'db': UnknownHostName\ninfo: retrying in 5s", host: "db", port: 443, from: PortAssumed, kind: KindError, failure: FailureNoSuchHost},
	{name: "zig error name not last on its line", in: "info: zig build-exe app.zig\ninfo: resolving db\nerror: resolve 'db': UnknownHostName (retrying)\ninfo: retrying in 5s", kind: KindError, err: ErrNoTarget},
	{name: "zig error name split on its line in a log", in: "info: starting worker\nerror: getaddrinfo for cache failed: TemporaryNameServerFailure\ninfo: shutting down", host: "cache", port: 443, from: PortAssumed, kind: KindError, failure: FailureNoSuchHost},
	{name: "zig error name inside a longer word", in: "info: starting worker\nerror: getaddrinfo for cache failed: TemporaryNameServerFailures\ninfo: shutting down", kind: KindError, err: ErrNoTarget},
	{name: "openssl ssl_connect syscall without errno", in: "curl: (35) OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to github.com:443", host: "github.com", port: 443, from: PortExplicit, kind: KindError, program: "curl", failure: FailureTLS},
	{name: "no server found at an address is no look-up", in: "Error: Unable to find the server at 192.168.1.10:32400. Make sure the server is running.", host: "192.168.1.10", port: 32400, from: PortExplicit, kind: KindError},
	{name: "no server found at a name is a look-up", in: "Error: Unable to find the server at plex.corp.test:32400. Make sure the server is running.", host: "plex.corp.test", port: 32400, from: PortExplicit, kind: KindError, failure: FailureNoSuchHost},
	{name: "an address failing to resolve is no look-up", in: "Failed to resolve 192.168.1.10", host: "192.168.1.10", port: 443, from: PortAssumed, kind: KindError},
	{name: "a name failing to resolve is a look-up", in: "Failed to resolve dyndns.yunohost.org", host: "dyndns.yunohost.org", port: 443, from: PortAssumed, kind: KindError, failure: FailureNoSuchHost},
	{name: "httplib2 server not found", in: "File \"C:\\anki\\outPYZ1.pyz/httplib2\", line 1294, in request\nServerNotFoundError: Unable to find the server at ankiweb.net", host: "ankiweb.net", port: 443, kind: KindError, failure: FailureNoSuchHost},
	{name: "node-fetch premature close", in: "# Saved setting config. FetchError: Invalid response body while trying to fetch https://vault.corp.test/identity/connect/token: Premature close \n# Unlocking the vault...", host: "vault.corp.test", port: 443, kind: KindError, failure: FailureReset},
	{name: "zabbix agent read timed out", in: "20319:20220301:154041.113 active check configuration update from [172.30.2.19:10051] started to fail (ZAB_TCP_READ) time out()", host: "172.30.2.19", port: 10051, kind: KindError, failure: FailureTimeout},
	{name: "node getaddrinfo EMFILE is no look-up", in: "npm ERR! network request to https://registry.npmjs.org/react failed, reason: getaddrinfo EMFILE registry.npmjs.org", host: "registry.npmjs.org", port: 443, from: PortScheme, kind: KindError, program: "npm"},
	{name: "node getaddrinfo EAI_AGAIN is a look-up", in: "npm ERR! network request to https://registry.npmjs.org/react failed, reason: getaddrinfo EAI_AGAIN registry.npmjs.org", host: "registry.npmjs.org", port: 443, from: PortScheme, kind: KindError, program: "npm", failure: FailureNoSuchHost},
	{name: "node getaddrinfo EIO after the endpoint", in: " cannot connect to endpoint : opc.tcp://plc.corp.test:4334/UA/SampleServer\n failure  { [Error: getaddrinfo EIO] code: 'EIO', errno: 'EIO', syscall: 'getaddrinfo' }", host: "plc.corp.test", port: 4334, kind: KindError, program: "Node.js", failure: FailureNoSuchHost},
	{name: "mosquitto_sub tls error", in: "user@pi:~ $ mosquitto_sub -h 10.0.0.6 -p 8883 -v -t 'channel/#' -u user -P password\nError: A TLS error occurred.\nuser@pi:~ $", host: "10.0.0.6", port: 8883, from: PortExplicit, kind: KindError, program: "MQTT", failure: FailureTLS},
	{name: "busybox wget remote host address", in: "wget: can't connect to remote host (172.67.212.134): Connection timed out", host: "172.67.212.134", port: 80, from: PortProgram, kind: KindError, program: "wget", failure: FailureTimeout},
	{name: "opkg busybox wget address for the url's name", in: "/ # opkg update\nDownloading http://bin.entware.net/mipselsf-k3.4/Packages.gz\nwget: can't connect to remote host (158.160.45.54): Connection timed out\n*** Failed to download the package list from http://bin.entware.net/mipselsf-k3.4/Packages.gz", host: "bin.entware.net", port: 80, from: PortScheme, kind: KindError, program: "wget", failure: FailureTimeout, addr: "158.160.45.54"},
	{name: "busybox wget address for an https url", in: "Downloading https://pkg.corp.test/x/Packages.gz\nwget: can't connect to remote host (10.0.0.5): Connection refused", host: "pkg.corp.test", port: 443, from: PortScheme, kind: KindError, program: "wget", failure: FailureRefused, addr: "10.0.0.5"},
	{name: "busybox wget address with its port announced", in: "Connecting to pkg.corp.test (10.0.0.5:8443)\nwget: can't connect to remote host (10.0.0.5): Connection refused", host: "pkg.corp.test", port: 8443, from: PortExplicit, kind: KindError, program: "wget", failure: FailureRefused, addr: "10.0.0.5"},
	{name: "another busybox applet's remote host is no wget's", in: "ftpget: can't connect to remote host (10.0.0.5): Connection refused", host: "10.0.0.5", port: 443, from: PortAssumed, kind: KindError, failure: FailureRefused},
	{name: "v2ray retries first timed out", in: "2020/05/16 16:12:04 [Warning] [3501031702] v2ray.com/core/app/proxyman/outbound: failed to process outbound traffic > v2ray.com/core/proxy/shadowsocks: failed to find an available destination > v2ray.com/core/common/retry: [dial tcp 10.0.0.5:12585: connectex: A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond. dial tcp 10.0.0.5:12585: connectex: No connection could be made because the target machine actively refused it. dial tcp 10.0.0.5:12585: operation was canceled] > v2ray.com/core/common/retry: all retry attempts failed", host: "10.0.0.5", port: 12585, kind: KindError, program: "Go", failure: FailureTimeout},
	{name: "v2ray retries first refused", in: "2020/05/16 16:12:04 [Warning] v2ray.com/core/common/retry: [dial tcp 10.0.0.5:12585: connectex: No connection could be made because the target machine actively refused it. dial tcp 10.0.0.5:12585: connectex: A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond.] > v2ray.com/core/common/retry: all retry attempts failed", host: "10.0.0.5", port: 12585, kind: KindError, program: "Go", failure: FailureRefused},
	{name: "sabnzbd failed to connect tls inside", in: "[Errno 111] Failed to connect: (110, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed (_ssl.c:590)') -1@news.corp.test:563", host: "news.corp.test", port: 563, kind: KindError, program: "Python", failure: FailureTLS},
	{name: "sabnzbd failed to connect refused inside", in: "[Errno 111] Failed to connect: (111, 'Connection refused') -1@news.corp.test:563", host: "news.corp.test", port: 563, kind: KindError, program: "Python", failure: FailureRefused},
	{name: "cloudflared origin eof", in: "2021-09-01T14:33:19Z INF Starting metrics server on 127.0.0.1:34395/metrics\n2021-09-01T14:34:09Z ERR error=\"Unable to reach the origin service. The service may be down or it may not be responding to traffic from cloudflared: EOF\" cfRay=687f37bd84af59ce-IAD originService=https://192.168.1.11:18443", host: "192.168.1.11", port: 18443, kind: KindError, failure: FailureReset},
	{name: "bitcoin-cli eof reached", in: "# bitcoin-cli listtransactions\nerror: couldn't connect to server: EOF reached (code 1)\n(make sure server is running and you are connecting to the correct RPC port)", err: ErrNoTarget, failure: FailureReset},
	{name: "node-red mqtt connection lost", in: "12 Feb 17:22:35 - [mqtt] connection lost to broker tcp://mqtt.corp.test:1883\n12 Feb 17:22:51 - [mqtt] disconnected from broker tcp://mqtt.corp.test:1883", host: "mqtt.corp.test", port: 1883, kind: KindError, failure: FailureReset},
	{name: "node-red mqtt connected", in: "12 Feb 17:22:51 - [mqtt] connected to broker tcp://mqtt.corp.test:1883", host: "mqtt.corp.test", port: 1883, kind: KindError},
	{name: "roundcube empty startup greeting", in: "[21-Nov-2020 23:38:57 +0000]: <59crpab9> IMAP Error: Login failed for a@corp.test against localhost from 10.0.0.2(10.0.0.2): Empty startup greeting (localhost:993) in /var/www/mail/program/lib/Roundcube/rcube_imap.php on line 200 (POST /?_task=login&_action=login)", host: "localhost", port: 993, kind: KindError, failure: FailureReset},
	{name: "roundcube wrong startup greeting", in: "IMAP Error: Wrong startup greeting (mail.corp.test:143): +OK Dovecot ready.", host: "mail.corp.test", port: 143, kind: KindError},
	{name: "apt could not handshake", in: "Ign:1 https://pkg.corp.test/apt/main stable InRelease\nErr:1 https://pkg.corp.test/apt/main stable InRelease\n  Could not handshake: Error in the pull function. [IP: 104.21.20.145 443]\nReading package lists... Done", host: "pkg.corp.test", port: 443, kind: KindError, failure: FailureTLS, addr: "104.21.20.145"},
	{name: "libfetch no address record", in: "root@fw:~ # pkg update\nUpdating OPNsense repository catalogue...\npkg: http://mirror.corp.test/opnsense/FreeBSD:12:amd64/21.1/latest/meta.txz: No address record\nrepository OPNsense has no meta file, using default settings", host: "mirror.corp.test", port: 80, kind: KindError, failure: FailureNoSuchHost},
	{name: "fetch address family for host", in: "Fetching changelog information, please wait... fetch: https://pkg.corp.test/FreeBSD:14:amd64/26.1/sets/changelog.txz: Address family for host not supported", host: "pkg.corp.test", port: 443, kind: KindError, failure: FailureNoSuchHost},
	{name: "fetch address family not supported is no look-up", in: "fetch: https://pkg.corp.test/sets/changelog.txz: Address family not supported by protocol family", host: "pkg.corp.test", port: 443, kind: KindError},
	{name: "busybox wget bad address", in: "root@ap:/ wget -qO - 'http://reg.corp.test/PUT/x/\nknoten/123?mac='\nwget: bad address 'reg.corp.test'", host: "reg.corp.test", port: 80, kind: KindError, program: "wget", failure: FailureNoSuchHost},
	{name: "perl bad address is no look-up", in: "500 Can't connect to localhost:8080 (Bad address)", host: "localhost", port: 8080, from: PortExplicit, kind: KindError},
	{name: "librdkafka receive failed disconnected", in: "[error]ut_kafka.c:27(on_logger): RDKAFKA-3-FAIL: rdkafka#consumer-1: [thrd:127.0.0.1:9092/bootstrap]: 127.0.0.1:9092/bootstrap: Receive failed: Disconnected", host: "127.0.0.1", port: 9092, from: PortExplicit, kind: KindError, failure: FailureReset},
	// A command a program's advice gives after its failure names no target.
	{name: "bun advice command is no target", in: "~ $ bun upgrade\nBun upgrade failed with error: ConnectionRefused\n\nPlease upgrade manually:\n  curl -fsSL https://bun.com/install | bash\n", kind: KindError, err: ErrNoTarget},
	{name: "a failed run above a command names its target", in: "Error: failed to run:\n  curl -fsSL https://get.corp.test/install | bash\ncurl: (7) Failed to connect: Connection refused", host: "get.corp.test", port: 443, from: PortScheme, kind: KindError, program: "curl", failure: FailureRefused},
	{name: "an advice command that fails itself is read", in: "Please upgrade manually:\n  curl: (7) Failed to connect to get.corp.test port 443: Connection refused", host: "get.corp.test", port: 443, from: PortExplicit, kind: KindError, program: "curl", failure: FailureRefused},
	{name: "a person's run lead-in above the command they ran is no advice", in: "When I run:\n  nc -vz db.internal.acme.io 5432\nI get: Connection refused", host: "db.internal.acme.io", port: 5432, kind: KindError, failure: FailureRefused},
	{name: "a person's tried-to-run lead-in names the command's target", in: "I tried to run:\n  curl -v https://api.acme-corp.io/health\nand the output is \"Connection timed out\"", host: "api.acme-corp.io", port: 443, kind: KindError, failure: FailureTimeout},
	{name: "a program's please-run advice is no target", in: "Setup failed with error: ConnectionRefused\n\nPlease run:\n  curl -fsSL https://get.corp.test/install | bash\n", kind: KindError, err: ErrNoTarget},
	{name: "a program's try advice begun with the verb is no target", in: "Update failed with error: ConnectionRefused\n\nTry again later or run:\n  curl -fsSL https://get.corp.test/install | bash\n", kind: KindError, err: ErrNoTarget},
	{name: "empty", in: "   \n\t", err: ErrEmpty},
	{name: "no target words", in: "it just does not work", err: ErrNoTarget},
	{name: "bad port", in: "corp.internal:99999", bad: true},
	{name: "bad port text", in: "corp.internal:http", bad: true},
	{name: "bad host", in: "exa mple", err: ErrNoTarget},
	{name: "bad chars", in: "exa$mple.com", bad: true},
	{name: "bad ipv4", in: "10.0.0.256", bad: true},
	{name: "bad scheme port", in: "gopher2://corp.internal", bad: true},
	{name: "url no host", in: "https:///path", bad: true},
}

func TestParse(t *testing.T) {
	for _, c := range parseCases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Parse(c.in)
			switch {
			case c.err != nil:
				if !errors.Is(err, c.err) {
					t.Fatalf("Parse(%q) error = %v, want %v", c.in, err, c.err)
				}
				var pe *ParseError
				if !errors.As(err, &pe) || pe.Hint == "" {
					t.Fatalf("error %v is not a *ParseError with a hint", err)
				}
				return
			case c.bad:
				var pe *ParseError
				if !errors.As(err, &pe) {
					t.Fatalf("Parse(%q) = %+v, %v; want a *ParseError", c.in, got, err)
				}
				return
			case err != nil:
				t.Fatalf("Parse(%q) error: %v", c.in, err)
			}
			if got.Host != c.host || got.Port != c.port || got.Kind != c.kind {
				t.Errorf("Parse(%q) = host %q port %d kind %q; want %q %d %q", c.in, got.Host, got.Port, got.Kind, c.host, c.port, c.kind)
			}
			if c.from != "" && got.PortFrom != c.from {
				t.Errorf("PortFrom = %q, want %q", got.PortFrom, c.from)
			}
			if got.Program != c.program || got.Failure != c.failure || got.Addr != c.addr {
				t.Errorf("program/failure/addr = %q/%q/%q, want %q/%q/%q", got.Program, got.Failure, got.Addr, c.program, c.failure, c.addr)
			}
			if c.line != 0 && got.Line != c.line {
				t.Errorf("Line = %d (%q), want %d", got.Line, got.Evidence, c.line)
			}
			if c.via != "" && got.Via != c.via {
				t.Errorf("Via = %q, want %q", got.Via, c.via)
			}
			if got.Input != ScrubSecrets(c.in) {
				t.Errorf("Input = %q, want the text as given", got.Input)
			}
			if c.kind == KindError && got.Evidence == "" {
				t.Errorf("no evidence kept from error text")
			}
		})
	}
}

func TestParseRedactsURLPassword(t *testing.T) {
	got, err := Parse("postgres://app:s3cret@db.corp.internal/app")
	if err != nil {
		t.Fatal(err)
	}
	if got.URL != "postgres://xxxxx@db.corp.internal/app" || got.Input != got.URL {
		t.Errorf("URL = %q, Input = %q, want the user-info replaced in both", got.URL, got.Input)
	}
	got, _ = Parse(`Get "https://bob:pa55@api.corp.internal/x": dial tcp 10.0.0.1:443: i/o timeout`)
	if strings.Contains(got.Input+got.URL+got.Evidence, "pa55") {
		t.Errorf("password left in %q / %q / %q", got.Input, got.URL, got.Evidence)
	}
}

func TestDescribe(t *testing.T) {
	cases := []struct{ in, want string }{
		{`Get "https://app.corp.internal/": dial tcp 10.0.0.5:443: i/o timeout`, "app.corp.internal, port 443, HTTPS — from the Go error you pasted"},
		{"app.corp.internal", "app.corp.internal, port 443, HTTPS (no port given: HTTPS assumed)"},
		{"db:5432", "db, port 5432, PostgreSQL"},
		{"10.0.0.1:9999", "10.0.0.1, port 9999"},
	}
	for _, c := range cases {
		got, err := Parse(c.in)
		if err != nil {
			t.Fatal(err)
		}
		if d := got.Describe(); d != c.want {
			t.Errorf("Describe(%q) = %q, want %q", c.in, d, c.want)
		}
	}
}

func TestNoTargetSaysWhatFailed(t *testing.T) {
	_, err := Parse("java.net.ConnectException: Connection timed out: connect")
	var pe *ParseError
	if !errors.As(err, &pe) {
		t.Fatal(err)
	}
	if pe.Program != "Java" || pe.Failure != FailureTimeout {
		t.Errorf("program %q failure %q; want Java, timed_out", pe.Program, pe.Failure)
	}
	want := "target: the Java message says the connection timed out but does not name the host; enter the host, host:port or URL the program was trying to reach"
	if err.Error() != want {
		t.Errorf("message = %q\nwant %q", err.Error(), want)
	}
}

// mailsendVerbose is mailsend's -v output when no address it tried
// answered: its connect timeout setting, each address, platform errnos.
const mailsendVerbose = `mailsend -v -info -port 587 -smtp smtp.gmail.com
Connecting to SMTP server: smtp.gmail.com at Port: 587
Connection timeout: 5 secs
libmsock: using getaddrinfo
 AF_INET6
 IPv6 address: 2607:f8b0:400e:c03::6d
 EINPROGRESS=150,EWOULDBLOCK=11
 connect(): socket=3,rc=-1, errno=128
 AF_INET IPv4
 IPv4 address: 74.125.129.108
 EINPROGRESS=150,EWOULDBLOCK=11
 connect(): socket=4,rc=-1, errno=124
Could not connect to smtp.gmail.com:587
Error: Could not connect to SMTP server "smtp.gmail.com" at port 587`

// etcdRedacted is etcdctl's "endpoint health" with its addresses redacted:
// each member's own line says it timed out, the summary that it is
// unreachable.
const etcdRedacted = `member 2d004e73664c148d is healthy: got healthy result from http://****.70:2379
failed to check the health of member b6ef213e015fc599 on http://***.69:2379: Get http://***.69:2379/health: dial tcp ***.69:2379: i/o timeout
failed to check the health of member b6ef213e015fc599 on http://***.69:4001: Get http://***.69:4001/health: dial tcp ***.69:4001: i/o timeout
member b6ef213e015fc599 is unreachable: [http://***.69:2379 http://***.69:4001] are all unreachable
cluster is healthy`

// TestNoTargetSummaryKind: when the text names no usable host, a line that
// only sums up addresses already reported with their own kind does not
// outweigh them; one naming an address not reported before, or repeating
// one reported with no kind, still counts.
func TestNoTargetSummaryKind(t *testing.T) {
	for _, c := range []struct {
		name, in string
		want     Failure
	}{
		{"etcdctl summary after timeouts", etcdRedacted, FailureTimeout},
		{"summary of a new address", "failed to check the health of member b6 on http://***.69:2379: Get http://***.69:2379/health: dial tcp ***.69:2379: i/o timeout\nmember b6 is unreachable: [http://***.70:2379] are all unreachable", FailureUnreachable},
		{"summary after a kindless failure", "failed to check the health of member b6 on http://***.69:2379: failed\nmember b6 is unreachable: [http://***.69:2379] are all unreachable", FailureUnreachable},
		{"summary after a kind its capitals say", "failed to check the health of member b6 on http://***.69:2379: '502 Bad Gateway' caused by: EOF\nmember b6 is unreachable: [http://***.69:2379] are all unreachable", FailureReset},
		// With no target, the earliest record that states a kind gives it;
		// a frame's source line, an inner exception or a line naming an
		// address is no record of its own.
		{"nodemailer records, the first timed out", "{ [Error: connect ETIMEDOUT] code: 'ETIMEDOUT', errno: 'ETIMEDOUT', syscall: 'connect' }\n{ [Error: socket hang up] code: 'ECONNRESET', sslError: undefined }\n{ [Error: connect ETIMEDOUT] code: 'ETIMEDOUT', errno: 'ETIMEDOUT', syscall: 'connect' }", FailureTimeout},
		{"nodemailer records, the first reset", "{ [Error: socket hang up] code: 'ECONNRESET', sslError: undefined }\n{ [Error: connect ETIMEDOUT] code: 'ETIMEDOUT', errno: 'ETIMEDOUT', syscall: 'connect' }", FailureReset},
		{"traceback source line under its frame", "File \"/usr/lib64/python2.6/telnetlib.py\", line 226, in open\nself.sock = socket.create_connection((host, port), timeout)\nFile \"/usr/lib64/python2.6/socket.py\", line 514, in create_connection\nraise error, msg\nerror: [Errno 111] Connection refused", FailureRefused},
		{"dotnet inner exceptions", "System.Net.Http.HttpRequestException: The SSL connection could not be established, see inner exception.\n ---> System.IO.IOException: Unable to read data from the transport connection: An existing connection was forcibly closed by the remote host..\n ---> System.Net.Sockets.SocketException (10054): An existing connection was forcibly closed by the remote host.", FailureReset},
	} {
		_, err := Parse(c.in)
		var pe *ParseError
		if !errors.As(err, &pe) || !IsNoTarget(err) {
			t.Fatalf("%s: %v, want no target", c.name, err)
		}
		if pe.Failure != c.want {
			t.Errorf("%s: failure %q, want %q", c.name, pe.Failure, c.want)
		}
	}
}

// BenchmarkParse1MB parses a 1 MB paste: a log whose failing line comes
// after a long stack trace.
func BenchmarkParse1MB(b *testing.B) {
	noise := strings.Repeat("\tat com.example.Foo.bar(Foo.java:42) 2026-11-02T10:00:00Z level=info msg=\"retrying\" host=cache.internal\n", 1<<20/90)
	in := noise + "curl: (28) Failed to connect to app.corp.internal port 443 after 130000 ms: Connection timed out\n"
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		if t, err := Parse(in); err != nil || t.Host != "app.corp.internal" {
			b.Fatal(t.HostPort(), err)
		}
	}
}

// BenchmarkParse1MBShapes parses 1 MB pastes of one shape each, repeated:
// the shapes that were slowest to read (issue #16's goal is 50 ms a MB).
func BenchmarkParse1MBShapes(b *testing.B) {
	shapes := []struct{ name, unit string }{
		{"aws-sdk-lookup", "ERRO[0000] Error executing 'ps RequestError: send request failed\ncaused by: Post https://ecs.us-east-1.amazonaws.com/: dial tcp: lookup ecs.us-east-1.amazonaws.com on [::1]:53: read udp [::1]:52017->[::1]:53: read: connection refused\n"},
		{"git-unsupported-proxy", "fatal: unable to access 'https://github.com/diev/ConvertFRBtoABS.git/': Unsupported proxy '10.0.2.1:3128', libcurl is built without the HTTPS-proxy support.\n"},
		{"host-port-words", "a.com:1 a.com:2 "},
		{"psql-host-option", "psql --host db.internal --port 5433 -U app\n"},
		{"wrapped-lookup", "dial tcp: lookup api.corp\n.net: no such host\n"},
		{"node-module-not-found", "Error: Cannot find module 'socket.io'\n    at Function.Module._resolveFilename (node:internal/modules/cjs/loader:933:15)\n"},
		{"cannot-be-resolved", "The import net.corp.api can not be resolved to a type\n"},
		{"apt-status", "Ign:3 http://mirror.corp.test/ubuntu resolute InRelease\n"},
		{"mysql-url", "mysql://db:3307/x\n"},
		{"go-module-proxy", "Using go proxy: http://goproxy.corp.lan:8081\nverifying x@v1.0.0: Get \"https://sum.corp.test/lookup/x@v1.0.0\": context deadline exceeded\n"},
		{"docker-log-year", "2023-04-11 21:40:50 ERROR: getaddrinfo EAI_AGAIN api.audible.com\n2023-04-11 21:40:50   hostname: 'api.audible.com',\n"},
		{"log-level-module-line", "2022-11-21 21:01:01,275::WARNING::[newswrapper:406] Failed to connect: timed out 2a00:1450:400e:802::2003:119\n"},
		{"ipv6-port-after-address", "www.corp.test: Connecting to address 2a00:1450:400e:802::2003\nFailed to connect: timed out 2a00:1450:400e:802::2003:119\n"},
		{"ip-url-then-name-url", "ERROR:http://10.0.0.5:32400: HTTPConnectionPool(host='10.0.0.5', port=32400): Failed to establish a new connection: [WinError 10061]\nERROR:https://a.corp.test:32400: HTTPSConnectionPool(host='a.corp.test', port=32400): Failed to establish a new connection: [WinError 10061]\n"},
		{"logger-name-step", "2024-08-18 13-34-22.111 [Info] (Connection) Resolving host IP for: snap.corp.test\n2024-08-18 13-34-22.126 [Info] (Connection) Connecting to 10.0.0.5:1704\n2024-08-18 13-34-22.133 [Error] (Connection) Failed to connect to host 'snap.corp.test', error: Connection refused\n"},
		{"masked-name-slash-ip", "Failed to connect to *.deno.dev/2600:1901:0:6d85:0:0:0:0:443\n"},
		{"lantern-masquerade", "HTTP error for masquerade a.corp.test: Head http://www.corp.test/humans.txt: Unable to dial masquerade a.corp.test: dial tcp [redacted]:443: ConnectEx tcp: The semaphore timeout period has expired.\n"},
		{"vagrant-download-redirect", "    default: Downloading: http://files.corp.test/precise32.box\nCouldn't resolve host 'cdn.other.test'\n"},
		{"quoted-words-one-line", "{'esp_ip': '192.168.178.72', 'host_ip': '0.0.0.0', 'esp_port': 8266, 'host_port': 44129}, "},
	}
	for _, sh := range shapes {
		in := strings.Repeat(sh.unit, 1<<20/len(sh.unit))
		b.Run(sh.name, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			for b.Loop() {
				Parse(in)
			}
		})
	}
}

func BenchmarkParse(b *testing.B) {
	in := `Get "https://api.corp.internal/v1/items": dial tcp 10.1.2.3:443: i/o timeout`
	for b.Loop() {
		if _, err := Parse(in); err != nil {
			b.Fatal(err)
		}
	}
}

// TestPreviewSaysWhereFrom: the wizard's preview names the program and, for
// a paste of several lines, the line the target was read from.
func TestPreviewSaysWhereFrom(t *testing.T) {
	cases := []struct{ in, want string }{
		{"PHP Warning:  file_get_contents(): failed\nin /var/www/app/sync.php on line 12\ncURL error 28: Failed to connect to api.corp.internal port 443: Connection timed out (see https://curl.haxx.se/libcurl/c/libcurl-errors.html)",
			"api.corp.internal, port 443, HTTPS — from the PHP cURL error you pasted, line 3"},
		{"dial tcp 10.0.0.5:443: connect: connection timed out", "10.0.0.5, port 443, HTTPS — from the Go error you pasted"},
		{"db.corp.internal:5432", "db.corp.internal, port 5432, PostgreSQL"},
	}
	for _, c := range cases {
		got, err := Parse(c.in)
		if err != nil {
			t.Fatal(err)
		}
		if p := got.Preview(); p != c.want {
			t.Errorf("Preview(%q) = %q\nwant %q", c.in, p, c.want)
		}
	}
}

// TestMalformedName: a broken name a program dialled is read and said to be
// broken, for the wizard to point at the setting, not the network.
func TestMalformedName(t *testing.T) {
	got, err := Parse("Post \"https://sqs..amazonaws.com/\": dial tcp: lookup sqs..amazonaws.com: no such host")
	if err != nil || got.Malformed != "an empty label between two dots" {
		t.Fatalf("Malformed = %q, %v", got.Malformed, err)
	}
	if p := got.Preview(); !strings.Contains(p, "not a valid host name (an empty label between two dots)") {
		t.Errorf("Preview = %q", p)
	}
	if n := got.Notice(); n != "The name \"sqs..amazonaws.com\" is not a valid host name (an empty label between two dots): check the setting it was built from." {
		t.Errorf("Notice = %q", n)
	}
	if n := (Target{Host: "app.corp"}).Notice(); n != "" {
		t.Errorf("a valid name has a notice: %q", n)
	}
	got, err = Parse("curl: (6) Could not resolve host: https")
	if err != nil || !strings.Contains(got.Malformed, "\"https\" is a URL scheme, not a host name") {
		t.Errorf("a scheme dialled: Malformed = %q, %v", got.Malformed, err)
	}
	got, err = Parse("ssh: Could not resolve hostname unknown: nodename nor servname provided, or not known")
	if err != nil || !strings.Contains(got.Malformed, "\"unknown\" is a word put where a host name belongs") {
		t.Errorf("a slot word dialled: Malformed = %q, %v", got.Malformed, err)
	}
	got, err = Parse("ping: None: Name or service not known")
	if err != nil || !strings.Contains(got.Malformed, "\"none\" is Python's None, a programming language's empty value") {
		t.Errorf("an empty value dialled: Malformed = %q, %v", got.Malformed, err)
	}
	if n := got.Notice(); !strings.HasPrefix(n, "The name \"none\" is not the host the program meant (\"none\" is Python's None") {
		t.Errorf("a valid name that is no host: Notice = %q", n)
	}
	for in, want := range map[string]string{
		"Failed to open TCP connection to .harvestapp.com:443 (getaddrinfo: nodename nor servname provided, or not known)": "an empty label before its first dot",
		"panic: dial tcp: lookup (db): no such host":                                     "parentheses around it, which no host name holds",
		"SocketException: Failed host lookup: 's3..amazonaws.com' (OS Error: errno = 7)": "an empty label between two dots",
		"dial tcp: lookup 172.19.0.4172.18.0.4: invalid domain name":                     numericTLD,
	} {
		if got, err := Parse(in); err != nil || got.Malformed != want {
			t.Errorf("Parse(%q): Malformed = %q, %v; want %q", in, got.Malformed, err, want)
		}
	}
	got, err = Parse("--2022-11-09 10:36:46--  http://./\nResolving . (.)... failed: Name or service not known.")
	if err != nil || got.Malformed != rootName || got.HostPort() != ".:80" {
		t.Errorf("wget's lone dot: %s Malformed = %q, %v", got.HostPort(), got.Malformed, err)
	}
	if n := got.Notice(); n != "The name \".\" is not a valid host name (a lone dot, the root of DNS, which names no host): check the setting it was built from." {
		t.Errorf("wget's lone dot: Notice = %q", n)
	}
	if got, err := Parse("dial tcp: lookup db.corp.test: no such host"); err != nil || got.Malformed != "" {
		t.Errorf("a valid name: Malformed = %q, %v", got.Malformed, err)
	}
}

// TestLineCountsFromThePaste: Line is the line of the text as pasted, blank
// lines and the skipped middle of a long paste included.
func TestLineCountsFromThePaste(t *testing.T) {
	in := "\n\nsome log\nssh: connect to host 10.0.0.7 port 22: Connection timed out"
	if got, err := Parse(in); err != nil || got.Line != 4 {
		t.Errorf("Line = %d, %v; want 4", got.Line, err)
	}
	long := strings.Repeat("noise line\n", 60000) + "ssh: connect to host 10.0.0.7 port 22: Connection timed out\n"
	if got, err := Parse(long); err != nil || got.Line != 60001 || got.Host != "10.0.0.7" {
		t.Errorf("long paste: %s line %d, %v; want 10.0.0.7:22 on line 60001", got.HostPort(), got.Line, err)
	}
}

// TestLowerAligned: the lower case a line is read in has the line's byte
// offsets.
func TestLowerAligned(t *testing.T) {
	for _, in := range []string{"\x97HOST 00PORT0", "İSTANBUL Kelvin \u212a", "Überschreitung ОШИБКА", "plain ASCII Text", "\xff\xfe"} {
		got := lowerAligned(in)
		if len(got) != len(in) {
			t.Errorf("lowerAligned(%q) = %q, %d bytes, want %d", in, got, len(got), len(in))
		}
	}
	if got := lowerAligned("Überschreitung ОШИБКА HOST"); got != "überschreitung ошибка host" {
		t.Errorf("lowerAligned = %q", got)
	}
}

// TestSameSite: names are of one site as the Public Suffix List draws it.
func TestSameSite(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"files.vagrantup.com", "hashicorp-files.vagrantup.com", true},
		{"a.example.co.uk", "b.example.co.uk", true},
		{"example.co.uk", "other.co.uk", false},
		{"a.x.com.au", "b.x.com.au", true},
		{"alice.github.io", "bob.github.io", false},
		{"db.x.corp", "web.x.corp", true},
		{"10.0.0.5", "10.0.0.5", false},
		{"co.uk", "co.uk", false},
	}
	for _, c := range cases {
		if got := sameSite(c.a, c.b); got != c.want {
			t.Errorf("sameSite(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestEmptyHostName(t *testing.T) {
	_, err := Parse("http://x.corp.test/a.sh | sh\ncurl: (6) Could not resolve host:\n")
	var pe *ParseError
	if !errors.As(err, &pe) || !IsNoTarget(err) || pe.Failure != FailureNoSuchHost || !strings.Contains(pe.Reason, "the name is empty") {
		t.Errorf("an empty name: %v", err)
	}
	if _, err := Parse("curl: (6) Could not resolve host: api.corp.test"); err != nil {
		t.Errorf("a name: %v", err)
	}
}

func TestURLClosingQuote(t *testing.T) {
	for in, want := range map[string]string{
		"  cannot open URL ‘https://github.com/x13org/raw/master/x13ashtml’": "https://github.com/x13org/raw/master/x13ashtml",
		"Failed to fetch “https://repo.corp.test/a.tgz”: connection refused": "https://repo.corp.test/a.tgz",
		"Get https://api.corp.test/v1/it’s: connection refused":              "https://api.corp.test/v1/it’s",
	} {
		if got, err := Parse(in); err != nil || got.URL != want {
			t.Errorf("Parse(%q).URL = %q, %v; want %q", in, got.URL, err, want)
		}
	}
}

func TestMarkdownBrackets(t *testing.T) {
	for in, want := range map[string]string{
		`Unable to connect to \[zabbix-server]:10051`: `Unable to connect to [zabbix-server]:10051`,
		`dial tcp \[::1\]:8086`:                       `dial tcp [::1]:8086`,
		`C:\\[x]\\file`:                               `C:\\[x]\\file`,
		`D:\a\_actions\x`:                             `D:\a\_actions\x`,
	} {
		if got := markdownBrackets.Replace(in); got != want {
			t.Errorf("markdownBrackets(%q) = %q, want %q", in, got, want)
		}
	}
}
