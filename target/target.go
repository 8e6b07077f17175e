// Package target works out what a user was trying to reach from what they
// typed or pasted: a host name, an address, host:port, a URL, or an error
// message copied out of some program's output or log.
//
//	t, err := target.Parse(`dial tcp 10.0.0.5:443: connect: connection timed out`)
//	// t.Host == "10.0.0.5", t.Port == 443, t.Failure == target.FailureTimeout
//
// Parse never touches the network. Everything it learns from pasted text
// (which program wrote it, what the failure was, the line it was read from)
// is kept as evidence for the diagnosis.
//
// # Reading pasted error text
//
// Every mention of a possible target is collected: messages that name the
// host a program failed to reach or resolve ("Failed to connect to x port
// 443", "connect(2) for \"x\" port 80", "Temporary failure resolving 'x'",
// "x/10.0.0.5 (port 80)", "lookup x on 10.0.0.2:53", "address = x, port =
// 80", "… to host x port 22", VS Code Remote-SSH's "Could not establish
// connection to \"x\": The operation timed out." and its log's step
// "Setting up SSH remote \"x\"" (the ssh host, often a config alias, on
// 22; ssh's own "connect to host x port N" in its log beats the step),
// paramiko's "Unable to connect to port 22 on
// x", rabbitmqctl's diagnostics "unable to connect to epmd on mooc:
// timeout (timed out)" (later "epmd (port 4369) on x": a dotless host the
// words make the destination, on epmd's port 4369; "unable to connect to
// node rabbit@x: nodedown" names no port, as a node's distribution port
// is not fixed), aiohttp's ClientConnectorError "Cannot connect to host
// x:5000 ssl:default [Connect call failed ('10.0.0.5', 5000)]" (the host
// it failed to reach; of two such lines the first wins, though a later
// caller's words around its URL, "Failed to connect http://y/json",
// read stronger; Chia's "Could not connect to {'host': '127.0.0.1',
// 'port': 8444}. <class 'ConnectionRefusedError'>…", a Python dict of
// the peer in that slot, names the host it failed to reach as strongly,
// so the first failing line wins over a later "Cannot connect to host
// y:443 ssl:True [SSLCertVerificationError …]"), ZNC's debug log of a
// user's network dialling its IRC server, "User [user] is connecting to
// [irc.freenode.net 6667] ..." (the name and port in its brackets; a
// bracket without the port is no such step), Unbound's (libunbound's,
// unbound-control's) log of an address it dialled, "error: udp connect
// failed: Cannot assign requested address for 2001:500:12::d0d port 53"
// (also "tcp connect: …", "connect: …"; EADDRNOTAVAIL no kind), s3fs-fuse's retry of a
// failed request, "RemakeHandle(1453): Retry request.
// [type=5][url=http://mybucket.localhost:8080/][path=/]" (the URL the
// request went to, the bucket's virtual host, over the url option it
// logs, "url_to_host(99): url is http://localhost:8080", which names the
// failing host only when no request was retried), Beats' (libbeat's) output named by its client, the URL
// inside a backoff ("Failed to connect to backoff(elasticsearch(http://x:9200)):
// Get http://x:9200: EOF", a reset, before a later line's refusal on
// another port; "backoff(async(tcp://logstash:5044)): dial tcp
// 172.18.0.5:5044" is logstash with that address), net-snmp's "Timeout: No Response from 127.0.0.1" (or
// "… from udp:x:1161."; the agent, on SNMP's UDP port 161 unless named),
// the PowerShell SNMPv3 module's cmdlets' Target, port 161 ("Invoke-SNMPv3Walk
// -Target x", or "Target = 'x'" in a hashtable splatted into one within
// 14 lines below, "Invoke-SNMPv3Walk @WalkRequest"; a hashtable's Target
// for another cmdlet names none; "Request timed out after 3000-ms." is a
// timeout), a
// Nagios or Icinga plugin's command line ("check_snmp_printer -H x -t 60",
// "check_http -H x -p 8080": the -H host, on the port of the service the
// plugin checks, SNMP's 161 for check_snmp*, 80 for check_http; its "-h"
// is help), sudo's "unable to resolve host x" (its own machine's name,
// a target as any name that did not resolve) in its translations from
// plugins/sudoers/po (zh_CN "sudo: 无法解析主机：x", zh_TW, de "Hostname x
// kann nicht aufgelöst werden", fr "impossible de résoudre l'hôte x", it,
// pt, pt_BR, ru, uk, pl, cs, sv, ro, ca, vi, ja "ホスト x の名前解決が
// できません", ko), ONC RPC's portmapper (rpcbind, 111), which rpcinfo, showmount
// and NFS's mount ask first ("192.168.1.1: RPC: Remote system error -
// Connection refused.", "x: RPC: Port mapper failure - Unable to receive";
// clnt_create's "clnt_create: RPC: …" names no host, so the command
// line's does: "rpcinfo -p x", "showmount -e x"), Windows ping's "Ping request could not find host x." in its UI
// languages (zh-CN "Ping 请求找不到主机 x。", de "Ping-Anforderung konnte
// Host "x" nicht finden.", fr, es, pt, ru, ja: a failed look-up, on the
// port tested when nothing names one), the statistics line Windows ping
// ends with, naming the host it pinged in its UI languages ("Ping
// statistics for x:", de "Ping-Statistik für x:", fr "Statistiques Ping
// pour x:", es, pt-BR, ru "Статистика Ping для x:", zh-CN "x 的 Ping
// 统计信息:", ja "x の ping 統計:", ko "x에 대한 Ping 통계:"; as weak as
// ping's header, on ping's 443, and, like "Ping request could not find
// host x." and de "Ping wird ausgeführt für x …", no "ping statistics"
// command: the word after "Ping" in ping's own lines is no host; timed out when the paste shows its
// request timeouts, "请求超时。", "Zeitüberschreitung der Anforderung.",
// "Превышен интервал ожидания для запроса.", "요청 시간이
// 만료되었습니다."), "504 Gateway Timeout returned
// from x" (or from a URL, Terraform's "502 Bad Gateway returned from
// https://registry.terraform.io/v1/…"; when no URL is read (none in
// the paste, or only a documentation link, "See https://… for more"), the
// dotted first part of the provider's source address in "could not query
// provider registry for registry.terraform.io/hashicorp/azurerm:", on
// https's 443, wrapped or not), Cloudflare's "x | 522:
// Connection timed out", cloudflared's failed dial of Cloudflare's edge,
// the ip= field of its error line ("ERR Failed to create new quic
// connection error=\"… timeout: no recent network activity\" connIndex=0
// event=0 ip=x", quic-go's idle timeout: timed out) on the edge's 7844,
// a line with no error= ("INF Registered tunnel connection … ip=x")
// none, R's "[x] Resolving timed out" and its libcurl
// causes naming the URL they are about, "URL 'x': Timeout of 10 seconds
// was reached", "URL 'x': status was 'Couldn't resolve host name'" (or
// "'Couldn't connect to server'", which states no kind), beating the
// "cannot open URL 'y'" before them, which states no cause, y redirected
// to x), pacman's (libalpm's) "error: failed retrieving file 'core.db'
// from x : <libcurl's message>" (pamac's "… from localhost:15678 : …"),
// the mirror x, not the file before it (its "Resolving timed out after
// 10000 milliseconds" a failed look-up, as libcurl's is), a DNS SRV name
// (RFC 2782's "_service._proto." leading labels: Node's mongodb+srv
// driver's "querySrv ETIMEOUT _mongodb._tcp.cluster0.x.mongodb.net" names
// host cluster0.x.mongodb.net on its service's port, 27017; _ldap._tcp
// 389, _kerberos._tcp 88, _xmpp-client._tcp 5222, _sip._tcp 5060,
// _minecraft._tcp 25565, _imaps._tcp 993, _submission._tcp 587 and more,
// a service no table knows on no port of its own; such labels elsewhere
// in a name are part of it, and a rest that is no host, "_mongodb._tcp.0.0",
// names none), the name an ACME (RFC 8555) server failed to
// validate, on its challenge's port (certbot's "Failed authorization
// procedure. x (http-01): urn:acme:error:connection :: … :: Could not
// connect to x", no cause stated, no kind; Caddy's JSON log's
// "identifier": "x", "challenge_type": "http-01", not the order URL of
// the ACME server in the next line; http-01 on 80, tls-alpn-01 on 443,
// dns-01 none to reach) and Let's Encrypt's "DNS problem: NXDOMAIN
// looking up A for x" ("… query timed out looking up CAA for x",
// SERVFAIL: a failed look-up), iptables' (ip6tables', ipset's) "host/network
// `x' not found" (a rule's -s or -d name that did not resolve when the
// rule was added; "resolves to several ip-addresses" is none), Consul's
// memberlist failing to resolve a peer the agent's "(LAN) joining: [x y]"
// above names ("memberlist: Failed to resolve x: lookup x on
// 10.0.0.2:53: no such host"), on Serf LAN's 8301 (memberlist with no
// such join, another program's, is Go's look-up), an NFS
// export, host:/path, that mount failed on, on NFS's 2049 (busybox's
// "mount: mounting x:/y on /mnt failed: Connection refused", util-linux's
// "mount.nfs: access denied by server while mounting x:/y", no kind, and
// "mount -t nfs x:/y /mnt" or "mount.nfs4 x:/y /mnt" naming the server
// for "mount.nfs: Connection timed out", as do kubelet's "Mounting
// arguments: -t nfs x:/y /var/lib/kubelet/…" and, with mount.nfs
// answering in the ten lines below, an untyped "mount -o vers=3,udp x:/y
// /z" (mount(8) mounts a host:/path as NFS; Vagrant's synced folder,
// which may quote the path, "x:'/y'"); the path is no port), IBM Db2's
// SQL30081N ("… Location where the error was detected: \"10.0.0.5\". …",
// its SQLCA in db2diag.log "sqlcode: -30081 … sqlerrmc: 239 * * TCP/IP
// SOCKETS 10.0.0.5 connect"; an empty location, "", names none), on Db2's
// default 50000, IBM MQ's AMQ9202 "Remote host 'x (1414)' not available"
// (and "… using TCP/IP to host 'x(1414)' was not successful"), on the port
// in parentheses (an address with an octet over 255, a poster's scrubbing,
// no host), sendmail's
// deferred delivery in mailq and its maillog, "(Deferred: Connection
// refused by x.)", "stat=Deferred: Connection refused by [10.0.0.5]",
// "… Connection timed out with x.", "Connection reset by x", "Host x is
// down" (the mail exchanger, on SMTP's 25), ESPHome's "Error resolving IP
// address of x. Is it connected to WiFi?" (its cause "Error resolving
// address with mDNS: Did not respond" a failed look-up too; on the native
// API's 6053 under its log command's "Starting log output from x using
// esphome API" naming the same device, within 8 KB above), ESPHome's
// native API client's "Can't connect to ESPHome API for x @ 10.0.0.5: …"
// and Home Assistant's "… for x (10.0.0.5): Timeout while waiting for API
// response!" (the device x, with that address, on the API's 6053; when the
// message goes on to name the address it dialled, "Timeout while
// connecting to ('10.0.0.5', 6053)", that address, unless the dashboard's
// "Successfully resolved x @ 10.0.0.5" above resolved the name to it;
// device names may hold '_', "garage_light"; its older "… for
// esp32emon.local: Error connecting to ('10.0.0.5', 6053): …" names only
// the address it was given, that name, the tuple's address its Addr), a
// name printed
// with its address ("x (10.0.0.5)", Postfix's and old wget's
// "x[10.0.0.5]:25", Steam's IPv6 check "IPv6 HTTP connectivity test (x
// / [2a01:db8::5]:80 (…)) - TIMEOUT" (its UDP check, "(x / 2a01:db8::6)",
// gives no port and names none), WeeChat's IRC server written as host/port
// ("irc: connecting to server x/6697 (TLS)..."; a path after it,
// "x/share6697", is none), Java's "x/fe80:0:0:0:0:0:0:1%1:50051" (an address
// written in full has eight groups, so in "x/2001:db8:0:0:0:0:0:215" the
// last is no port; ZooKeeper's "0:0:0:0:0:0:0:1/0:0:0:0:0:0:0:1:2181",
// the name an address in full too, is ::1 on 2181, "localhost/0:0:0:0:
// 0:0:0:1:2181" localhost with ::1 as Addr, and logback's thread name
// cut to "[0:0:0:0:1:2181)]" no host; a name a poster masked with a
// wildcard label, OkHttp's "Failed to connect to
// *.deno.dev/2600:1901:0:6d85:0:0:0:0:443", is none, the address the
// host, no kind stated), Apache HttpClient's "Connect to x:443 [x/10.0.0.5,
// x/2001:db8:0:0:0:0:0:5] failed" (the first address tried), and its
// HttpHostConnectException's "Connection to https://x refused" (or
// "http://x:8081"; Gradle's and Maven's innermost cause, under "Could not
// HEAD 'https://y/…'" when the download was redirected: the host the
// connection was to, on the URL's port), JavaMail's MailConnectException,
// "Couldn't connect to host, port: x, 25; timeout -1" (x on 25; the cause
// under it naming the address dialled, "x/IP (port 25)", read first), wget's "x
// (x)|10.0.0.5|:443" in every language it is translated to), gRPC's
// "ipv4:10.0.0.5:50051" (and its resolver's "DNS lookup error for
// '127.0.0.1'. 'Non-Existent Domain'", the quoted name, a failed look-up,
// as nslookup's "Non-existent domain" is), Twisted's (Scrapy's) "DNS
// lookup failed: no results for hostname lookup: x." (its DNSLookupError
// by name, "DNSLookupError: no …", a failed look-up too, and so is
// Twisted's other DNSLookupError texts, "DNS lookup failed: Couldn't find
// the hostname 'x'." and "DNS lookup failed: address 'x' not found: …",
// x on Matrix's federation port 8448 when Synapse's federation client
// (matrixfederationclient, matrix_federation_agent) is named on its line
// or within 8 KB above (see synapseFederationPort),
// Twisted names' TimeoutError over the DNS queries that got no answer,
// Synapse's "TimeoutError([Query('_matrix._tcp.x', 33, 1)],)", as curl's
// "Resolving timed out" is; a TimeoutError naming no Query a timeout),
// Haskell network's getAddrInfo error naming what it was asked, "…,
// host name: Just "x", service name: Just "3000"): does not exist (Name
// or service not known)" (Hasura's and http-client's ConnectionFailure,
// the quotes escaped inside a JSON string: x on 3000 when the service is
// digits, a failed look-up; "Nothing" for a service not given), a log
// message's method then the host before the colon that introduces its
// error (openHAB's velux binding: "io() on 192.168.178.204: raised an
// error during connection setup: No route to host"; only right after a
// method's "()", and the host must look like one, "process() on
// startup:" is none), Node's "connect ECONNREFUSED x:3000" (Deno's
// node compatibility layer sometimes drops the port, "connect
// ECONNREFUSED 127.0.0.1": the host, on the port tested when nothing
// names one; before Node 10 a failed look-up named the name, then the
// host and port asked for, "getaddrinfo ENOTFOUND x x:883": x on 883,
// the first name taken when a copy's two differ), structured dumps (Python's host='x', port=443 and
// Dart's host: x, port: 587, Node's error object, also as a debugger
// shows it, keys sorted one a line: address: "x" … port: 587, the port
// within the next lines of key: value, reqwest's Url { host:
// Some(Domain("x")), port: None } on one line or pretty-printed ({:#?},
// each value on its own line: "host: Some(\n Domain(\n \"x\",\n ),\n ),
// port: None," is x on the scheme's port, Os { kind: ConnectionRefused }
// the failure), Go's errors marshalled to JSON
// ("Addr":{"IP":"::1","Port":443}), espota's (Arduino OTA's) debug
// "Options: {'esp_ip': 'x', 'host_ip': '0.0.0.0', 'esp_port': 8266, …}"
// (the device on its OTA port; host_ip is espota's own listener, and
// its "No response from device" after "Waiting for device...", like
// snmpwalk's "Timeout: No Response from x", is a timeout), PHP's 'host' => 'x' (and
// Laravel's 'host' => env('DB_HOST', '127.0.0.1'), 'hosts' =>
// [env('LDAP_HOST', 'x')], 'port' => env('LDAP_PORT', 636): env()'s
// default is the value; an upper-case identifier with underscores,
// LDAP_TIMEOUT, a variable's or key's name, is never a host), a PHP PDO
// DSN for MySQL or PostgreSQL ("new \PDO(mysql:host=x;dbname=y;port=3306,
// …)", "pgsql:host=x;dbname=y"): its host=, its port= wherever it stands
// in the DSN or else the driver's 3306 or 5432 (unix_socket= names no
// host), Haskell http-client's exception as Stack shows it,
// "FailedConnectionException2 \"s3.amazonaws.com\" 443 True connect: does
// not exist (Connection refused)" (host quoted, port, whether TLS, cause)
// or the older "FailedConnectionException \"x\" 80", PHP print_r's
// unquoted "[host] => x" (a dotted name or an address, the first
// of a dump's records, whose "[reason] => …" says the failure; "[host] =>
// Array" opens a nested array), an XML dump's <hostname>x</hostname>
// or <host>x</host> with <port>22</port> beside it (WebSSH's engine log,
// whose <socketError>No route to host</socketError> says the failure;
// a host element with no port element after it is none), SearXNG's
// engine-error report, whose Parameters tuple of three items names the
// engine's host last ("Parameters: `(None, None, 'search.brave.com')`";
// its stats page copied as text runs the items together,
// "Parameter\tNoneNoneapi.qwant.com"; a tuple of two items, or a host
// with no "NoneNone" before it, is none), Erlang's
// {:failed_connect, [{:to_address, {'x', 443}}, …]}, a host string then
// ":port" as Erlang's and Elixir's formats print it ("connecting to realm
// … at \"localhost\":5555", "Connecting to \"127.0.0.1\":8087": the host
// an IP, localhost or a dotted name, so a JSON key's "retries":3 is
// none), a gen_server's call tuple with a host string and a port integer,
// {connect,"localhost",5555,…}, a config line's host:
// 'x' with its port: N; a connect call in pasted code (or a debug log's
// echo of it) whose first arguments are a literal host and port,
// MailKit's client.Connect("x", 587, true), Java's new Socket("x", 9000),
// .NET's new TcpClient("x", 25), Python's smtplib.SMTP("x", 587), PHP's
// fsockopen('x', 25, $errno, $errstr, 10) and x_connect functions,
// Matomo's "Calling ldap_connect('ldaps://x', 3269)": the host quoted,
// alone or in a URL with no port of its own, the bare number right after
// it the port, over the URL scheme's default (ldaps' 636), a timeout
// after the port never, and a second argument that is no number
// ("connect('x', timeout=5)", stream_socket_client("tcp://x:25", $errno,
// …)) none; a call typed at Python's prompt only when its traceback says
// it failed (see replConnect), as a failing line's host beats
// it; pysmb's SMBConnection.connect(ip, port = 139, …) on a Python
// traceback's source line with pysmb's own frame under it
// ("conn.connect('x', timeout=60)" then `File "…\smb\SMBConnection.py",
// line 127, in connect`), its host on 139 unless a port is given (its
// NotConnectedError names no kind); a variable, client.Connect(host, 587), or the arguments of an
// application's own class, PHP's DB->__construct('mariadb', …), are
// none), URLs (never ending in the sentence's punctuation or the quote
// closing them, typographic ones too: R's "cannot open URL ‘x’", “x”,
// «x»; nor holding a '(' glued to the host and port, which no name or
// port holds, http-proxy-middleware's "to http://localhost:3000(ECONNRESET)"
// being localhost:3000; its "[HPM] Error occurred while trying to proxy
// request /x from localhost:8080 to http://localhost:3000 (ECONNREFUSED)"
// names the dev server, then the target, read also as a page translator
// spaced it, "to http: // localhost: 3002 (ECONNREFUSED)", and an IPv6
// target bracketed, "to https://[::1]:3000 (ECONNREFUSED)" being ::1 on
// 3000 (a zone, "[fe80::1%eth0]" or "%25eth0", dropped); Markdown's "**" or "__" a poster put around the whole host is
// bold, no part of the name: botocore's "Could not connect to the
// endpoint URL: \"https://**s3.amazonaws.com**/MYBUCKET?location" is
// s3.amazonaws.com on 443; a paste kept with Markdown's escaped brackets
// reads "\[" and "\]" as the brackets they stand for, Zabbix's "Unable to
// connect to \[zabbix-server]:10051 \[getaddrinfo() failed …]" as
// zabbix-server:10051, "\\" staying a backslash; a paste copied on
// Windows, its lines ended CR LF, reads as its lines, and one quoted in a
// Markdown reply or an e-mail, every line that holds anything begun with
// '>' ("> > " nested too), as the lines quoted, while a paste with any
// line not so marked keeps its '>', a shell's continuation prompt; a log
// whose every line begins with syslog's or journald's header, "Nov 18
// 09:14:49 vm-db1 pglookout[311]: ", with an ISO 8601 timestamp, or with
// the Java Service Wrapper's "INFO   | jvm 1    | 2015/07/15 19:06:46 | "
// (its level's column no Compose container's), as the lines its program
// printed, so a traceback or Node's error object logged
// so keeps its shape, and the logging machine is no target; a Docker
// Compose log, every line begun with a container's column padded to one
// width ("web-1     | "), as the lines the containers printed (a name with
// a dot, or Ansible's "web01 | UNREACHABLE! =>", is a host's column, kept);
// a paste every line of which is indented by the same blanks (a code
// block of four spaces, a mail's tab) as its lines without them, so a
// frame indented beyond its message is still a frame (each of these also
// inside a person's sentences: a quote or a code block set apart from them
// by blank lines, a log's lines from its first header to its last; curl's
// "> Host: x" lines run on from its own are no quote, a stack's frames
// under their exception no code block); what a copy adds
// is no part of the text: no-break and other fixed-width spaces read
// as spaces, zero-width spaces and a byte-order mark as nothing, a
// terminal's escape sequences in a captured log as nothing, and the
// typographic quotes a forum, a chat or a locale put for a program's
// ASCII ones (‘x’ ‚x‘ as 'x', “x” „x“ «x» as "x", a ’ between letters
// an apostrophe that stays, "it’s" in a URL's path; read once where the
// text is repaired, after its mojibake, so every quoted-host reading
// sees them: Python's "Connect call failed (‘192.168.1.147’, 7000)"
// is 192.168.1.147 on 7000; see asciiQuotes)),
// host:port words (an unbracketed IPv6 address
// in "Connection to ::1:5672 failed" ends in its port, as in Node's
// "connect EHOSTUNREACH 2408:4000:200::1c8:443" (ETIMEDOUT, ECONNREFUSED,
// ENETUNREACH alike, and EACCES, a connect the system denied, no kind:
// KafkaJS's "connect EACCES fe80::1:9092" beside its "broker":"x:9092" is
// x with that address as Addr), whose last group before the port is no host
// "1c8"; an unbracketed IPv6 address a colon and a space end has no
// port, "Failed to connect to 2a03:2880:f127:283:face:b00c:0:25de: Network
// is unreachable" is that address, its first two groups no host:port
// (nor "2001:1" of "2001:1af8:4020:a007:4::c", a port read from a
// group's leading digits; one ending "::" joined to its port by a bare
// colon, rsyslog's "cannot connect to 2002:ab1:c012:0:fd01:::32722:", is
// that address on that port, ":::" being in no address, netstat's ":::22"
// alone no target);
// one glued to CJK
// text or written with a fullwidth colon, "连接127.0.0.1：30001时", counts
// too, and so does an IP address a lost line break glued to the word
// before it, "This site can’t be reached192.168.1.20", or a name glued to
// the heading of a browser's error page, "This site can’t be
// reachedlocalhost refused to connect."; Chrome's page in other UI
// languages names the host the same way, as pastes of it show: fr "Ce
// site est inaccessible127.0.0.1 n'autorise pas la connexion." (any name
// right after that heading, glued to it by the copy or not, as in
// English: "Ce site est inaccessiblelocalhost n'autorise pas la
// connexion." is localhost on port 80), zh-CN
// "127.0.0.1 拒绝了我们的连接请求。", ja "localhost で接続が拒否されました。",
// de "x hat die Verbindung abgelehnt.", ru "Не удается получить доступ к
// сайтуСайт localhost не позволяет установить соединение." (a refusal; a
// name there must look like a host, so "Le serveur n'autorise pas la
// connexion" names none), and its other Russian summaries "Превышено
// время ожидания ответа от сайта x." (timed out), "Не удалось найти
// IP-адрес сервера x." (a failed look-up), "Сайт x не отправил данных."
// (no kind; "от сайта платформы." names none); Edge's and WebView2's Russian page as it is
// quoted, and a user's own words for it, "localhost отказано в
// подключении" (the name, then the refusal), are read like "localhost
// refused to connect", on port 80 when none is given, and so is Edge's
// English "Unable to access this siteThe connection to localhost was
// denied." (the heading glued on); its TLS page,
// "This site can’t provide a secure connection", names the site that
// "uses an unsupported protocol." (ERR_SSL_VERSION_OR_CIPHER_MISMATCH),
// "sent an invalid response." (ERR_SSL_PROTOCOL_ERROR) or "didn’t accept
// your login certificate" (ERR_BAD_SSL_CLIENT_AUTH_CERT), a TLS failure
// by the heading or the code (ERR_INVALID_RESPONSE, an HTTP one, none);
// Firefox's pages, under any of
// its brands, name "the server at x" that "is taking too long to
// respond", that "Firefox can’t establish a connection to", that "We
// can’t connect to" or "Firefox can’t find", and "The connection to x was
// interrupted while the page was loading", and its certificate warning
// ("Warning: Potential Security Risk Ahead") the x that "Firefox detected a
// potential security threat and did not continue to" (Russian "Firefox
// обнаружил вероятную угрозу безопасности и не стал открывать x"), on
// 443, x a name, host:port or a WebSocket URL; the URL of its error page,
// as geckodriver and Selenium report it ("Reached error page:
// about:neterror?e=netTimeout&u=http%3A//x/&c=UTF-8&…"), names in u= the
// page's URL percent-encoded, read decoded, when e= is an error of the
// connection to the page's server (dnsNotFound, connectionFailure,
// netTimeout, netReset, netInterrupt, nssFailure2, certerror's
// nssBadCert), none for a proxy's (proxyConnectFailure)) and command lines (telnet x 23, mysql -h x -P 6033, MySQL
// tools' upper-case "-H x -P 3336" (reverse_sql.py, binlog2sql: pymysql's
// ConnectionRefusedError names no host) and mongo's "--host x --port n"
// on a line that is a command, a shell's prompt or a program's name
// first, only -P or --port giving the port (mysql's -p is the password;
// curl's -H 'Host: x' is a header), used only when the failing lines name
// no host; a long host option alone, "# ./zabbix_check_redis.py --host
// localhost --ping", on such a line (a prompt first, or a first word in
// small letters or with a path's characters: "The docs say to pass --host
// x" is a sentence) the same, its port the default of the service the
// paste names, as for any host without one (redis-py's
// redis/connection.py frames 6379, pymysql 3306, psycopg 5432), ping x,
// Test-Connection x, nslookup x (the prompt also after a poster's
// markdown quote: "> root@pod:/# nslookup x"), cqlsh's "cqlsh [options]
// host [port]" ending the line, on 9042 without a port ("docker run -it
// --rm cassandra cqlsh some-cassandra"; a word of small letters after
// prose, "open the cqlsh console", is none; an option's quoted value,
// "-e 'describe keyspaces'", is one argument, no host), an MQTT client's mosquitto_sub -h x -p 1884, ssh x
// (where "ssh" follows a word of a sentence, obd's "Open ssh connection
// x", the word after it is a host only when it looks like one; after a
// prompt, a label or sudo, any word is but an ordinary English word or
// one a verb ending a clause follows: VS Code Remote-SSH's "local-server-3>
// ssh child died, shutting down" names no host), an ssh login's "user@x connect
// failed" (obd's "OBD-1013: root@x connect failed: time out", ssh's 22;
// "failed: time out" is a timeout, "take a time out" none); a flag's
// value quoted or not: -h "x"; and any command line, typed at a shell's
// prompt or one a log says it is executing, whose arguments give a host
// immediately followed by a port, quoted or not: "$ deno run --allow-net
// test.ts localhost 8000", motionEye's "Executing external command '…
// sendmail.py "smtp.x" "465" …'", a host being a dotted name with a
// top-level domain, an IP or localhost, so "1.2.3 8000" or "app.py 8000"
// is none; as weak as a bare name, it is used only when no failing line
// names a target; and a curl or wget command line that is the command
// alone, after a shell's prompt ("$ ", root's "# ") or none, given one
// host without a scheme: "# curl wttr.in/nuremberg" then nginx's "504
// Gateway Time-out" page is wttr.in on http's 80, timed out, while a
// shell comment or a Markdown heading ("# curl is used to …", "# curl
// examples") goes on in words or names no host; an NTP client's
// command line the same, "# ntpdate time.nist.gov" or "$ sudo sntp x",
// names its server on NTP's 123 (ntpdate's "no server suitable for
// synchronization found" states no kind; "name server cannot be used:
// Temporary failure in name resolution (-3)" a failed look-up, as its
// syslog's "ntpdate[123]: Can't find host x: Name or service not known
// (-2)" is, naming x, dotless or not), and a
// paste naming ntpdate, sntp, ntpd or chronyd gives a host 123).
// Kong's DNS client names the upstream it could not resolve, "DNS
// resolution failed: dns server error: 3 name error. Tried:
// [\"(short)app-api:(na) - cache-miss\",…]" (the list's first entry) and
// "querying dns for app_backend failed: dns server error: 3 name error",
// a failed look-up on Kong's documented service port 80 when none is
// named, with no address dialled for it; the number in each entry of the
// list, "app-api:33 - cache-hit/…", is a DNS record type (1 A, 5 CNAME,
// 28 AAAA, 33 SRV), not a port, so an entry alone names no target.
// nginx's "[emerg] host not found in upstream \"x\"" (or "\"x:8080\"")
// names the upstream whose name did not resolve, dotless or not, on its
// port or nginx's 80 for a server named without one.
// Exim's deferred delivery "== x@gmail.com R=dnslookup defer (-1): host
// lookup did not complete" (its dnslookup router's look-up of the
// recipient's domain did not finish) names the domain after "@", on
// SMTP's 25, a redacted local part or none; a redacted domain is none.
// typesense-js logs each failed try of a node, "Request #N: Request to
// node 0 failed due to \"EAI_AGAIN getaddrinfo EAI_AGAIN typesense\"":
// a look-up failed inside that quote is of the node's host, on
// Typesense's documented port 8108 when the quote names none.
// HAProxy's health check, "Server graphite/10.0.0.9:80 is DOWN, reason:
// Layer4 timeout", names backend "graphite" and server "10.0.0.9:80":
// the server's address is the target (timed out), the backend no host,
// as Java's "name/10.0.0.9:80" would have it; a server named by a label
// alone ("Server be_app/app1 is DOWN") gives none.
// Prometheus' snmp_exporter names the agent it polled, on SNMP's port
// 161 unless it gives one: "error getting target 10.0.0.209: Request
// timeout (after 3 retries)", "scrape cancelled after 20s (possible
// timeout) getting target x"; of several such errors the first is the
// target, as everywhere, a later "read udp a->10.0.0.211:161" another
// request's.
// zerotier-cli's "Error connecting to the ZeroTier service: timed out"
// names the service's API it dialled in its advice, "TCP port 9993 can
// be contacted via 127.0.0.1." (127.0.0.1:9993).
// ejabberd's "Failed to establish outbound s2s connection a -> b:
// Connection failed: connection refused; bouncing for 8 seconds" is its
// local domain a dialling the remote domain b, the target whatever its
// form ("… -> system: DNS lookup failed: non-existing domain", a failed
// look-up), on XMPP's server-to-server port 5269 (RFC 6120); its
// "Outbound s2s connection started: a -> b" is no failure.
// A DNS server's own log names the server it forwarded to as the failing
// hop: Technitium's "DnsClient failed to resolve the request 'x. A IN':
// request timed out for name server [9.9.9.9]." (or "name servers [a,
// b]", "[dns.quad9.net (9.9.9.9)]", the first) is 9.9.9.9 on DNS's port
// 53, timed out, and x, the name looked up, no target; Go's "lookup x on
// 127.0.0.53:53" is the other way round, a client's look-up of x, with
// any number of spaces before "on" (gost's "lookup eee.XXX.com  on
// 100.110.0.1:53", the spaces as many as a poster's edit left), in the
// slot of a well-formed name and of a broken one alike (traefik's
// "lookup 172.19.0.4172.18.0.4  on 127.0.0.11:53" is that name); the
// server in that slot is only the DNS server asked, never a target,
// whatever the name: a masked name or a placeholder ("lookup db.<corp>
// on 127.0.0.53:53", "lookup *** on 10.0.0.2:53: server misbehaving")
// names no host (see goResolverSlot), while a server that failed to
// answer says so in its own words after the colon ("read udp
// 10.0.0.5:41234->10.0.0.2:53: i/o timeout"), read as ever. A host
// and a number after a comma are no host and port when the number goes
// on as an address ("forwarders: 9.9.9.9, 149.112.112.112").
// BIND's tools write a server as address#port: nslookup's ";; reply from
// unexpected source: 192.168.2.43#53, expected 192.168.2.47#53" then ";;
// connection timed out; no servers could be reached" is the server it
// expected, 192.168.2.47:53, timed out (the other servers' SERVFAIL
// replies between are not its failure); the server in dig's, host's
// and nslookup's ";; communications error to 10.0.0.2#53: timed out"
// (";; … 127.0.0.1#53: connection refused") is the one it could not
// reach, 10.0.0.2:53, whatever name was looked up, while the address a
// reverse look-up was given, "nslookup 162.158.90.241", is none.
// Windows nslookup's "DNS request timed out. / timeout was 2 seconds."
// over its "Server:  UnKnown" (zh-CN "服务器:") and "Address:  127.0.0.1"
// lines is that server, 127.0.0.1:53, timed out, the name looked up only
// what was asked (its "*** UnKnown can't find x: Non-existent domain", the
// server's answer, still reads x).
// Beside these known wordings, two general readings
// work for programs no rule knows (see generic.go): a host followed by its
// port however the words between are spelt ("host x port 22", "x (port
// 80)", "host: x, port: 587"), and a bare name or address (no port, no URL)
// on a failing line where the words make it the destination ("… to x",
// "reach x", "resolve 'x'", a mail exchanger's "exchange: 'x'"; an IPv4
// address after "connect to" and a noun, "Failed to connect to router
// 192.168.0.220", Aspia's Russian "Не удалось подключиться к
// маршрутизатору 192.168.0.220", whose "не удалось", could not, marks a
// failing line as "could not" does; no cause stated, no kind) or the
// failure words follow it ("x: Name or service not known", "x refused to
// connect"), or a step ends in an ellipsis and the line reports how it
// failed (wget's "Resolving x (x)... failed: …" in any language). A bare word is a name only
// with a dot and a top-level domain (or localhost, or an IP), so code
// ("System.Net", "java.io.Foo") and modules are not read as hosts; a
// dotless service name counts where a resolver says it failed on it
// ("getaddrinfo for db failed", "Failed to resolve 'minio'"), a name in
// the brackets of a resolver call a program printed, the whois client's
// "getaddrinfo(whois.sx): Temporary failure in name resolution" (and
// gethostbyname(x), resolve(x): a name that looks like one, as code's
// "getaddrinfo(host, port, …)" names none; a quoted name, the first
// argument of a call on a line that ends with the call's "):", fails as
// the next line starts saying, one message a poster's copy broke after
// the call: Asterisk's "ast_sockaddr_resolve: getaddrinfo(\"x\",
// \"(null)\", ...): " then "Temporary failure in name resolution"; a call typed at Python's
// prompt with a traceback under it, MicroPython's ">>> usocket.
// getaddrinfo('google.com',80)" then "OSError: -2" (EAI_NONAME's -2, a
// failed look-up, as "[Errno -2] Name or service not known" is), names
// its literal host and port, while a call whose result is printed, a
// list of (family, type, proto, canonname, ('172.217.6.110', 80)),
// worked and that address, the 5-tuple's last item, is none; so does a
// connect call typed there, paho-mqtt's '>>> client.connect("192.168.0.13",
// 1883)', "s.connect(('x', 80))" or "socket.create_connection(('x',
// 80))", its kind the exception its traceback ends in, however many
// frames deep ("ConnectionRefusedError: [Errno 111] Connection refused"),
// while one of variables, "client.connect(host, port)", names none;
// "getaddrinfo x , 58472 :
// -2 : Name or service not known", a name, a comma and a port, names
// both), and a quoted
// name on a line saying a name did not resolve is that name, in any
// language ("Der Remotename konnte nicht aufgelöst werden: 'x'"; Dart's
// "Failed host lookup: 'x'", whatever words come before it, "- x IPv6
// lookup failed: SocketException: …"). A step a
// program announces before the failure ("Updating x index", "Looking up
// host \"x\"", "Connecting to x…", "Connect to x ...", "Trying to
// connect to x"; after a log prefix, its level and a logger's "(Name)":
// snapclient's "[Info] (Connection) Resolving host IP for: x"; in Chinese
// "连接", "正在连接", "连接到" x or "连接" and the server, BililiveRecorder's
// "[11:25:13 INF] [4033043] 连接直播服务器 x 录制画质 10000", "connecting
// to live server x, recording quality 10000", not "连接断开 x",
// "disconnected") names the
// target when the failure names none, and a name looked up just before
// an IP was dialled is the name of that IP (snapclient's then "Connecting
// to [fd24:f3fd:b0e5::1]:1704" and "Failed to connect to host 'x',
// error: Connection refused" is x on 1704, that address its Addr). A line that only warns ("UserWarning: … from the URL:
// http://…") names no target, nor does one saying a signature could not
// be checked (apt's "W: GPG error: http://x … NO_PUBKEY …", "signatures
// were invalid: EXPKEYSIG …", or apt 1.x's "Err:12 http://x … InRelease"
// with that reason indented under it: the repository answered), so apt's "W:
// Failed to fetch http://y/…  502  Bad Gateway [IP: 10.0.0.5 80]" after
// it is the failing line; gpg's own "keyserver receive failed" is a
// failure. A host and a port given as settings of one
// group are a pair even with other settings between them ("{host.0=x,
// name=importer, port=9200}"); a setting whose quoted key begins the first
// failing line below it, when no failing line names a host, is the target
// (vn.py's "\"行情服务器\": \"10.0.0.5:21492\"" then "2023-08-09
// 16:22:59.052041\t行情服务器连接断开，原因：-1009，连接超时": "market-data
// server disconnected, … connection timed out"; of the thirty lines below
// the settings); and a quoted dotted name is a name whatever
// its top-level domain ('catfact.ninja'). A quoted value a console
// hard-wrapped is read whole: a line as wide as the console (80 or 120
// columns, or a width lines of the paste share) that ends inside a quote it
// opened goes on with the next line up to the closing quote
// ("HTTPSConnectionPool(host='class.coursera.or" then "g', port=443)"),
// and at any width when the two parts make a host name: a quote opened
// before a line break and closed on the next line, no blank around the
// break, holds one name (.NET's zh-CN "未能解析此远程名称: 'raw.gith" then
// "ubusercontent.com'”" is raw.githubusercontent.com), and over three
// rows or more when every row but the last is exactly that width with no
// blank (git's "fatal: unable to access 'https://hub.fastg" then
// "it.xyz/TheSpaghettiDetective/moonraker-obi" then "co.git/': Failed to
// connect to hub.fastgit" on rows of 42: that URL's host then joins
// "hub.fastgit" with ".xyz port 443" on the next row). So is a URL a
// console cut: a line of exactly 80 or 120 columns whose last word is a
// URL goes on with the next line when that starts with no blank
// (Streamlink's "Unable to open URL: https://vid" then
// "eo-edge-c2a548.arn03.hls.ttvnw.net/v0/…" on lines of 80 is
// video-edge-c2a548.arn03.hls.ttvnw.net), unless the cut falls right
// after a whole host name ("https://t.tv" then "Connection refused").
// So is a bare host name or host:port (no quote, no scheme) a console cut
// mid-word: a line as wide as the console (80 or 120 columns, or a width
// lines of the paste share) that ends inside a name already begun, with
// a dot before the cut, goes on with the next line when that starts,
// with no blank, with the rest of the name up to a blank, a colon or
// punctuation and the two parts make a valid name the first is not (COW's
// "CONNECT m-dot-betaspike.appspo" then "t.com:443 failed, …" on rows of
// 80 is m-dot-betaspike.appspot.com:443); a port cut at exactly 80 or 120
// columns goes on the same way ("db.corp.test:54" then "32 failed"). A
// line that ends with a whole name ("… server api.corp.test" then
// "Retrying"), with a word (" registry for" then "registry.corp.test:
// …"), or with a sentence before a word that is a top-level domain
// ("Retrying..." then "info There appears …" on yarn's rows of one width)
// is left, and so is a port at a shared width ("addr=127.0.0.1:44" then
// "22/Aug/2016 …" on an nghttpx log's rows of 148). So is a user@host
// operand cut right before its '@': a line as wide as the console that
// ends with a word after a blank or a quote goes on with the next line
// when that starts with '@' and a host that looks like one (Vagrant's
// rsync command line on rows of 120, "… vagrant" then
// "@127.0.0.1:/srv/www"); a next line of "@types/node" or another word
// is left.
// A terminal that pads each row with blanks to its width shows that width
// (two rows or more of 40 columns or more ending in two blanks or more):
// a row of exactly that width with no blank at its end goes on with the
// next row when that starts with no blank (nginx's "…, server: localho"
// then "st, request: …, upstream: \"http://127.0.0.1:81/health\"" on rows
// of 149 is one line, its "connect() failed (111: Connection refused)"
// the upstream's failure); a row cut at a blank is left.
// A name that ends a line where e-mail or a terminal wrapped it before a
// dot is joined with the rest at the start of the next line ("dial tcp:
// lookup www" then ".googleapis.com on 127.0.0.53:53: no such host" is
// www.googleapis.com) when the part before the break is no full name,
// the joined one is, and it is the host of a URL on one of the ten lines
// before or the message goes on after it (" on ", ": "): a sentence ending "www"
// and a line starting ".net is great" join nothing. A name a program
// dialled that is broken in one way, an empty label between two dots
// (AWS's "lookup sqs..amazonaws.com: no such host", its region empty in
// the configuration), is read as shown and said to be broken
// (Target.Malformed, and the preview), so the wizard points at the
// setting; a name with dots first or last, or no top-level domain once
// the empty labels go ("0..10", a range in code), is none, except in a
// slot where a program names exactly what it dialled (Go's "lookup x" and
// "dial tcp x:8000" when x is no address, restic's "dial tcp
// 92.268.100:8000: connect: connection refused" that name on 8000,
// Ruby's "Failed to open TCP connection to x:443", Dart's "Failed host
// lookup: 'x'", SwiftNIO's NIOConnectionError(host: "x", port: 443, …)):
// there a leading dot (Ruby's ".harvestapp.com:443", Soto's
// ".s3.us-east-1.amazonaws.com", an empty bucket name) is an empty label
// too, and parentheses (Go's "lookup (db): no such host") characters no
// name holds; each is kept as dialled, never repaired, and flagged, while
// "<redacted>.cloud.x.com:18191" out of a slot stays no host. A URL's
// host that ends in a dot is whole (the root's dot, dropped) only where
// the URL goes on or ends, not where a placeholder cut it: a dot right
// before a back-quoted word, "<…>", "{…}", "[…]", "***" or "$VAR" is a
// name the poster masked ("connecting to
// https://headscale.`secret-url`: context deadline exceeded"), no host,
// never the name before the dot; a full stop, a blank and a quoted word
// are a sentence's, and a path's quotes ("https://x.corp.io/`p`") leave
// the host. wget given
// "." for its URL ("wget .") asks for "http://./" and looks up the lone
// dot, the DNS root ("Resolving . (.)... failed: Name or service not
// known."): "." is read as the host, on the request line's scheme port
// just above, and said to name no host (Target.Malformed); a dot in a
// sentence is none. In those slots a dotted name whose last label is all
// digits and which is no IP address is broken too (a top-level label is
// never all digits): traefik's "Error forwarding to
// http://172.19.0.4172.18.0.4:80, err: dial tcp: lookup
// 172.19.0.4172.18.0.4: invalid domain name", two addresses run together,
// is that name on 80, flagged, and Go's "lookup x: invalid domain name"
// a name that did not resolve; out of a slot such a name is none, and so
// is one with a label longer than DNS allows (63 characters).
// ssh handed a name with colons in it that is neither an IPv6 address
// nor host:port ("ssh: Could not resolve hostname
// testserver.a7:4a:3f:…:24: hostname nor servname provided, or not
// known", a host name with a key fingerprint's hex pairs pasted after
// it) looked the whole name up: it is read as shown, on 22, and said to
// be broken ("colons in a host name: it is no IPv6 address"), never cut
// to its first part, a name ssh did not try; "x:22" there stays host and
// port. Probes given it fail to resolve it (Go's resolver refuses the
// name), which is the failure the paste shows.
// A URL scheme word where a program names what it dialled (Ruby's
// "connect(2) for \"https\" port 443", Go's "lookup https on …", curl's
// "Could not resolve host: https", Node's "getaddrinfo ENOTFOUND https",
// urllib3's "Failed to resolve 'https'", Java's "UnknownHostException:
// https", Android's "Unable to resolve host \"https\"") is read as the
// host, with the port the text gives and the failure it states, and said
// to be broken (Target.Malformed): a URL doubled ("https://https://x") or
// missing its host leaves the scheme as the name. A URL whose host is
// that word gives its scheme's port: Grafana's `Post
// "http://http/192.168.1.133:8086/api/v2/query": dial tcp: lookup http on
// 192.168.1.1:53: no such host` is http on 80. Testing it reproduces
// the failure; the setting needs fixing. "http" or "https" in prose is no
// host. So is the word "unknown" in these slots and ssh's "Could not
// resolve hostname x:" (Vagrant's "ssh: Could not resolve hostname
// unknown: …", the literal host it gave ssh), on the slot's port, said to
// be no real host; a language's unset value there ("undefined", "null")
// is no name at all, but Python's None, written out in these slots and
// iputils ping's "ping: None: Name or service not known" (Home
// Assistant's unset host formatted into ping's argument), or lower-cased
// by urllib3, "HTTPConnectionPool(host='none', port=9385): … Failed to
// resolve 'none'" (RAGFlow's), on the pool's port, is read as
// "none" and said to be a language's empty value, the setting never set;
// "unknown" and "None" in prose none. curl's "Could not resolve host:" with nothing after it on its line
// and no name on the next (or older curl's "Couldn't resolve host" with
// an empty quoted name) looked up an empty name: the URL had no host, and
// no host from other lines (a retry hint, a URL before it) is read
// instead; the error says the name was empty.
// The target is chosen by these rules, in order:
//
//  1. The failing line wins: a mention on a line that reports a failure
//     beats any mention on other lines (the command that was run, a
//     listener's address, a URL printed before the error). A step the
//     line says worked is no failure: wget's "Connecting to x
//     (x)|10.0.0.5|:443... connected." in any language it is translated
//     to ("… 已连接。"), before it follows a redirect to the host that
//     failed. Nor is R's "trying URL 'x'" a target when download.file's
//     "downloaded 569 KB" (bytes, MB) follows within five lines: that
//     download worked, and a later "InternetOpenUrl failed: 'The
//     operation timed out'" (zh "InternetOpenUrl失败:’操作超时'") was
//     another request. A line that reports an HTTP status the server
//     answered with ("Error fetching https://x/…: Non-200 response 404")
//     and states no kind fails no connect. A step naming a URL ("Checking
//     Elasticsearch HTTP API at URL", "==> Downloading URL") is a failing
//     line when the next line states how a connection failed and names
//     nothing, and beats the failing lines that state no kind when none
//     that names a host states one (outcome.go). A host the program says
//     it "connected to" after the last failing line, the only mention
//     left, names no target: it worked.
//     PowerShell's echo of the statement that failed, "+
//     $webclient.DownloadFile(\"https://x/…\" ..." right under its error
//     record's position line ("At line:15 char:1", German "In Zeile:15
//     Zeichen:1", "At C:\x\a.ps1:15 char:1"), is a failing line: it
//     names what the "Exception calling \"DownloadFile\" … (504) Gateway
//     Timeout." (German "(504)\nGatewaytimeout.", timed out) above was
//     about, unless PowerShell's " ..." cut falls inside the URL's host or
//     port.
//  2. A mention the words make the other end of a connection loses to any
//     other: a server's client ("connection from x", "client: x"), the
//     local end of a socket ("x->y"), a router's "Reply from x" (role.go);
//     also after OpenVPN's address family, "MANAGEMENT: Client connected
//     from [AF_INET]127.0.0.1:25340" (its "TCP Socket listening on
//     [AF_INET]…" is a listener), while its server is the destination:
//     "UDPv4 link remote: [AF_INET]x:1194", "TCP connection established
//     with [AF_INET]x:443", "Attempting to establish TCP connection with
//     [AF_INET]x:443", "Peer Connection Initiated with [AF_INET]x:1194";
//     its "TLS Error: TLS key negotiation failed to occur within 60
//     seconds" is tls. An address and port the text says "has
//     connected" (Velocity's "Steve (/127.0.0.1:6779) has connected"), or
//     whose TLS handshake a Go server logged failing ("http: TLS handshake
//     error from x:53412"), is a client wherever the text names it again
//     and never the target, even alone. HAProxy's access log line begins with its
//     client's address and port and the accept date ("172.17.10.1:51523
//     [14/Sep/2019:13:58:16.024] fe be/<NOSRV> …", its formats' "%ci:%cp
//     [%tr]"): that address is no target at all; a health check's
//     "Server be/x is DOWN, reason: Layer4 timeout" states timed out
//     (refused for "Layer4 connection problem, info: \"Connection
//     refused\""), its server a label when not an address.
//  3. On the failing lines, a message naming the host beats a URL the
//     program was requesting or a label for the host (Ansible's inventory
//     name; its verbose lines' "<10.0.0.5> ESTABLISH SSH CONNECTION FOR
//     USER: x" and "<10.0.0.5> SSH: EXEC ssh …" above, naming one
//     address, give the address it connected to instead, a redacted one
//     none), which beats a bare URL or host:port; help links printed with
//     errors ("see https://…/libcurl-errors.html", a help word starting a
//     word just before it, not "refer" in logcat's "Preferences: url:
//     http://x/…", which gives x its port; wiki and bug-tracker
//     links: a path segment "/wiki", "/help", not "/wikipedia_article";
//     node-fetch's "request to URL failed, reason:" names what it
//     requested whatever the path, a WebDAV folder ".../Docs/Notes/x.json";
//     so does a URL the words before it say could not be read, loaded or
//     fetched, whatever help word they hold ("read"): Eclipse p2's "Unable
//     to read repository at https://x/site.xml." (its full stop no part
//     of the URL), "Could not load URL", "Failed to fetch metadata from
//     URL", "Error reading URL", up to three words naming the thing read
//     between the verb and the URL (see readFailedBefore), so the PKIX
//     line under it, "unable to find valid certification path to
//     requested target", which names no host, failed on x;
//     a link in parentheses right after an errno code's, the code's
//     reference, http-proxy-middleware's "(ECONNREFUSED)
//     (https://nodejs.org/api/errors.html#…)", also as a page translator
//     spaced it, "errors. html # …")
//     and a program's home page in its version banner ("Ncat:
//     Version 7.94 ( https://nmap.org/ncat )"; its sponsor's, a banner
//     line "Sponsored by Sucuri - https://sucuri.net", WPScan's, whose
//     "The (WordPress )?URL supplied 'x' seems to be down" names the
//     target; a User-Agent's comment,
//     nodemailer's "Creating transport: nodemailer (6.7.5;
//     +https://nodemailer.com/; …)", "(compatible; Googlebot/2.1;
//     +http://…)"; GHCi's "GHCi, version 8.4.3: http://www.haskell.org/ghc/
//     :? for help"; rsyslog's tag ending each message, a bracketed
//     version and "try", "[v8.2212.0 try https://www.rsyslog.com/e/2027 ]"
//     (its error code's page), also wrapped before the URL; a URL in the advice a program gives for when the
//     error keeps happening, ESPHome's "(If this error persists, please
//     set a static IP address: https://esphome.io/…)", "If the problem
//     persists, …"; a URL alone on the line under one that sends the
//     reader there for help and states no failure, Anki's "Please post on
//     the add-on forum:", "Please report it at:", "For more help, visit:";
//     "Failed to report to:" names what failed) and a command the advice gives after a failure
//     (Bun's "Please upgrade manually:" above "  curl -fsSL
//     https://bun.com/install | bash"; a line ending "manually:", "try:"
//     or "run:" that states no failure, above one that states none) are
//     never targets, nor is a link the line sends the reader to for
//     help, "Check https://… for possible solutions" ("for more
//     information", "for details", "for help"; Zigbee2MQTT's, under the
//     "Socket error Error: read ECONNRESET" of the socket it opened with
//     "Opening TCP socket with 10.0.0.5:6638"), or one whose path is a
//     guide or docs page ("/guide/", "/docs", "/documentation"); a bare
//     name is the weakest mention. A URL a line that states no failure
//     says was "connected to" (Celery's "[I …] Connected to
//     amqp://x:5672//") is a connection made, no request: it is a bare
//     URL, so the broker Flower reached loses to the API URL its command
//     line gave before "Unable to get broker info: [Errno 111]
//     Connection refused".
//     A URL in brackets right after failure words names what the failed
//     request really fetched and is read as a message naming it:
//     RubyGems' "Unable to download data from https://rubygems.org/ -
//     timed out(https://api.rubygems.org/specs.4.8.gz)" (or "… -
//     SSL_connect returned=1 … certificate verify failed (https://…)",
//     its UnknownHostError's "… - no such name (https://…)", a name
//     getaddrinfo did not resolve) tests api.rubygems.org; a bracketed
//     URL after other words is not.
//     So is the URL of Go's request whose TLS handshake timed out ("Get
//     \"https://x/\": net/http: TLS handshake timeout", unquoted before
//     Go 1.14): Syncthing's relay line is the target before its later
//     "dial tcp: lookup y: no such host" for another host.
//  4. Then the earliest line; on one line a mention the words make the
//     destination ("… to x", "dial x", "Get x", "upstream: x", yum's
//     urlgrabber "URL: [Errno 12] Timeout on x: (28, 'connect() timed
//     out!')", a redirect's target after the URL it was given) beats one
//     they say nothing of; then the earliest mention — except that of
//     requests Go chains on one line ("Get https://registry/…: Get
//     https://auth/token…: net/http: request canceled") the innermost, last,
//     one failed. Lantern's domain fronting chains its hops the same
//     way: "HTTP error for masquerade x: Head http://y/humans.txt: Unable
//     to dial proxy to y:80: Unable to dial masquerade x: dial tcp
//     [redacted]:443: ConnectEx tcp: The semaphore timeout period has
//     expired." is the masquerade x it dialled on 443 (Windows'
//     ERROR_SEM_TIMEOUT, 121, a timeout), y the destination behind it
//     (Via); without the dial, "Unable to dial masquerade x: EOF", the
//     URL's y stays the target.
//     The target so chosen is read on the earliest failing line that
//     names it, host and port both, when an earlier one does: Telegraf's
//     "When writing to [http://localhost:8086]: Post http://localhost:8086/
//     write?db=telegraf: read tcp [::1]:56586->[::1]:8086: read: connection
//     reset by peer", then later "… Post http://localhost:8086/query: dial
//     tcp [::1]:8086: connect: connection refused", is localhost:8086
//     reset, what failed first (its Addr, when that line gives none, the
//     one the later line's words give); an earlier line naming another
//     port, or stating no kind of failure of its own ("401 Unauthorized",
//     "500 Internal Server Error", a certificate's complaint: the server
//     answered then), does not count, so the evidence and the kind come
//     from one line.
//  5. An explicit port always wins: a port the text gives for the chosen
//     host anywhere (a URL, host:port, "host port N", ('host', N) or an
//     IPv6 sockaddr ('::1', 8080, 0, 0), so of aiohappyeyeballs'
//     "Multiple exceptions: … Connect call failed ('::1', 8080, 0, 0), …
//     ('127.0.0.1', 8080)" the first, [::1]:8080, is tested; a -P
//     flag, Chrome's search suggestion for what was typed, "Search Google
//     for localhost 4200", also when it drops some of the host's words,
//     "Search Google for 192 168 8989 sonarr" under "192.168.5.71 refused
//     to connect." (a number right after words that are all labels of the
//     host the page names, in order, and no label of it); over a URL's
//     scheme, a port a message or dump
//     gives for the same host; a port written as its service's name after
//     the host, apt's "Unable to connect to x:http:" in any of its
//     translations, "Incapaz de ligar a x:http:", "Verbindung mit
//     x:https: nicht möglich", and its resolver's "Something wicked
//     happened resolving 'x:https' (7 - No address associated with
//     hostname)", http 80, https 443, ftp 21) is used; a URL's port 0
//     is none, the ClickHouse Java client's "ClickHouseNode
//     [uri=http://localhost:0/default]" for a node given no port;
//     otherwise the scheme of a URL
//     naming the host ("docker://" names an image in a registry: HTTPS;
//     Synapse's federation client's "matrix://x/_matrix/federation/…"
//     the federation port 8448; rtmp:// and rtmpe:// 1935, rtmps://
//     443, rtmpt:// 80, as ffmpeg and librtmp default them: librtmp's
//     "RTMP_Connect0, failed to connect socket. 111 (Connection
//     refused)" then ffmpeg's "rtmp://localhost/live/test: Unknown error
//     occurred" is localhost:1935; Puppet's file server URL,
//     "Could not retrieve file metadata for puppet://puppet/pluginfacts:
//     getaddrinfo: …", the Puppet server on 8140, its serverport, a
//     one-label name a host as in any URL; "puppet:///modules/…" names
//     none, the agent's configured server),
//     the one port number the text mentions ("port 465"), the program's
//     default (git's native protocol 9418, mysql 3306 — "Can't connect to
//     MySQL server on 'x' (110)", or MariaDB's client's "Can't connect to
//     server on 'x' (115)", its errno read as MySQL's (111 refused, 110
//     timed out, 113 unreachable; 115, EINPROGRESS, says no kind) —, ssh 22
//     (BorgBackup's too: the [user@]host:path repository of a borg
//     command line, "borg list host1:/data/borg::archive", then "Remote:
//     ssh_exchange_identification: Connection closed by remote host", a
//     reset; a drive letter, "C:/backups", is a local path), apt 80,
//     urllib3's plain HTTPConnection 80 ("ConnectTimeoutError(<…urllib3.
//     connection.HTTPConnection object at 0x326da50>, 'Connection to x
//     timed out. (connect timeout=15)')"; its HTTPSConnection, 443;
//     urllib3 2's "<…HTTPConnection object at 0x…>: Failed to resolve
//     'x'" too, and that port goes to the same name another program's
//     message names with no port, mpv's "[ffmpeg] tcp: Failed to resolve
//     hostname x: …", FFmpeg's look-up, which beats the URL mpv then says
//     it failed to open, "Failed to open http://y:80"),
//     and for an error that names no host (pip's "ProxyError('Cannot
//     connect to proxy.', NewConnectionError(…))", the proxy unnamed)
//     the host of urllib3's "Starting new HTTPS connection (3):
//     pypi.python.org" on 443, of "Starting new HTTP connection", 80,
//     yum's mirrors 80 (urlgrabber's "[Errno 14] curl#6 - \"Could not
//     resolve host: x; Unknown error\"", the text after the semicolon the
//     system's in its locale; an https:// URL naming x gives 443),
//     SMTP 25, BGP 179 for a peer of calicoctl node status's table
//     whose INFO, BIRD's state and last error, says its socket failed
//     ("| 192.168.63.204 | node-to-node mesh | start | 17:19:38 | Active
//     Socket: Connection |", "refused" wrapped onto the next row; a row
//     with no "Socket:" names no peer), Wazuh's agent enrollment 1515 (agent-auth's or
//     wazuh-agentd's "Requesting a key from server: x", then "SSL error
//     (5). Connection refused by the manager."; a later line naming
//     x:1514 is the agent's connection, on that port), the RMI registry 1099 where JMX failed its look-up there
//     ("Failed to retrieve RMIServer stub: … Connection refused to host:
//     x"; RMI's "Connection refused to host: x" alone can be any port),
//     rsync's daemon 873 — "rsync: getaddrinfo: x 873", a
//     command line naming host::module, "rsync: failed to connect to x"
//     (only the daemon client prints it; over ssh rsync prints ssh's
//     errors, or only "rsync: read error: Connection reset by peer", so
//     the remote operand [user@]host:path of an rsync or scp command
//     line names the ssh host, on 22 or the remote shell's port: "-e
//     'ssh -p 2222'", "--rsh=…", Vagrant's unquoted "-e ssh -p 10200",
//     scp's -P; a one-letter drive, "C:/Users/…", is none), also with the role 3.2.4 and later name, "rsync:
//     [Receiver] failed to connect to x (10.0.0.5)", and inside a JSON
//     string's "\n" escapes (Ansible's synchronize) —, Subversion's svn protocol 3690
//     — an svn:// URL, or "svn: E210002: Can't connect to host 'x'",
//     ra_svn's message; svn+ssh:// (a scheme with '+') is ssh's 22 —,
//     Pi-hole's block lists HTTPS's 443 — its gravity update's "[i]
//     Target: x (hosts)" followed by "[✗] Status: Connection Refused"
//     (or another failed status), x a name that looks like one —,
//     Network UPS Tools' upsd 3493 — ups@x[:port] on a upsc, upscmd or
//     upsrw command line, upsmon's "Poll UPS [ups@x] failed - Server
//     disconnected" (upsd closed the connection: a reset; so is
//     librdkafka's "x:9092/bootstrap: Receive failed: Disconnected", its
//     bare "x:9092/1001: Disconnected" none) —, an
//     MQTT client's broker 1883, SMB 445 (smbclient's "do_connect:
//     Connection to x failed (Error NT_STATUS_IO_TIMEOUT)", its UNC path
//     "smbclient //x/share", and mount's failure on one, "mount: mount
//     //x/share on /mnt failed: Connection refused" ("mount: mounting
//     //x/share …" as busybox words it; a UNC path is SMB's, as mount.cifs
//     mounts it), jcifs' "Failed to connect: 0.0.0.0<00>/x",
//     whose NetBIOS name before the slash is none), iSCSI 3260
//     (iscsiadm's "cannot make connection to x: No route to host"),
//     MonetDB 50000 (mclient's "-hx", the value attached to the option),
//     Meshtastic's node API 4403 ("meshtastic --host x" on a command line,
//     x:port another; the node is the one host the CLI talks to, so it
//     beats the channel's share URL the CLI printed, "Primary channel URL:
//     https://meshtastic.org/e/#…"),
//     the MAX! Cube LAN gateway 62910 (openHAB's MAX! binding, "Error
//     sending command … to MAX! Cube at IP: x"; its handler's "IO error
//     occurred during execution: Read timed out" the line before is the
//     failure; "Cube at IP: x" with no "MAX!" is none),
//     TDengine 6030 (its shell's "taos -h x" on a command line, -P or
//     --port another; "taos connect failed, reason: Unable to establish
//     connection." names no kind),
//     RDP 3389 for FreeRDP's clients' "/v:x" ("xfreerdp /v:x /u:user",
//     wlfreerdp, sdl-freerdp, xfreerdp3; /v:x:port another); a client's
//     command line naming a host with no port gives its program's port to
//     a line that names the same host and no program, FreeRDP's log's
//     "failed to connect to x" (its ERRCONNECT_CONNECT_FAILED names no
//     kind),
//     SQL Server 1433 for the server a sqlcmd, bcp or osql command line
//     gives with -S, [protocol:]server[\instance][,port] ("sqlcmd -S
//     localhost", "-S tcp:x,1434", "-Sx"; the port after the comma when
//     given; a named instance's port, which SQL Server Browser tells,
//     is unknown, so 1433; -S of another program on the line is none)
//     and PowerShell's Invoke-Sqlcmd with -ServerInstance, read alike
//     (its -ServerInstance or -SeverityLevel is no -S glued to a server);
//     Samba's NT_STATUS_IO_TIMEOUT is a timeout, NT_STATUS_HOST_UNREACHABLE
//     and NT_STATUS_NETWORK_UNREACHABLE unreachable, other NT_STATUS_
//     names (UNSUCCESSFUL, BAD_NETWORK_NAME) no kind;
//     a WHOIS server named for its protocol, "whois." and at least two
//     more labels (whois.arin.net: RFC 3912's port 43, as is the server
//     the Go whois client's "whois: connect to whois server failed: dial
//     tcp: lookup x: no such host" names; other protocol
//     labels, smtp., ftp., mail., are not read so, as the corpus shows
//     their hosts tested on several ports), or "whois." and one when a
//     command line of the paste runs the whois client ("whois
//     registry.sx", then its "getaddrinfo(whois.sx): Temporary failure
//     in name resolution");
//     a news server SABnzbd's log names as one of its downloader threads,
//     "N@host" on a line of its [downloader:N] or [newswrapper:N] module
//     ("[downloader:474] 5@news.supernews.com: Initiating connection"):
//     NNTP's 119, or NNTPS's 563 when its newswrapper says a thread of
//     the host "Connected using TLS…" (or SSL); the same words in another
//     program's modules give none;
//     the server the Woodpecker agent failed to dial, a name on grpc-go's
//     "transport: Error while dialing" line of a paste that holds the
//     agent's own "grpc error: done(): code: Unavailable" (any of its
//     calls, "next()", "wait()"): 9000, the agent's documented server
//     address being "localhost:9000" (WOODPECKER_SERVER); the same dial
//     error without the agent's words is another gRPC client's, 443;
//     the scheme of a URL a program announced it was downloading when the
//     failing host is of the URL's registered domain (as the Public
//     Suffix List draws it: x.co.uk, x.github.io), the download
//     redirected within one site (Vagrant's "Downloading:
//     http://files.vagrantup.com/x.box" then curl's "Couldn't resolve host
//     'hashicorp-files.vagrantup.com'": 80; another site's host, or a URL
//     no step announced, gives none);
//     HTTP 80 for a host a wget, wget2 or curl command line gives without
//     a scheme, as these clients then fetch http://; HTTP 80
//     for an IP address or localhost a browser's error page (Chrome's,
//     Firefox's) names, as
//     browsers upgrade public names, not these, to HTTPS), the default of
//     a service the text names (telnet 23 for telnet's own "telnet:
//     Unable to connect to remote host", as telnet(1) given no port
//     dials it; postgresql 5432; ssh 22 for drone-ssh's
//     "======CMD======" script markers; SMB 445 for smbclient, mount.cifs,
//     jcifs, smbj or Samba's NT_STATUS_ names; iSCSI 3260 for iscsiadm;
//     RouterOS's API 8728, api-ssl 8729, for MikroTik and librouteros;
//     MonetDB 50000 for mclient; LocalSend's 53317, its protocol's
//     HTTP port, when the app's own Dart frames "package:localsend_app/"
//     show it; SIP's 5060, 5061 when a "sips:" URI or ";transport=tls"
//     shows TLS, in a SIP program's paste, Asterisk's chan_sip or pjsip,
//     a "SIP/6000-…" channel or a "sip:" URI, so chan_sip's "Invalid
//     host name in Contact: (can't resolve in DNS) : 'x'" is x on 5060
//     and "sip:100@x:5080" keeps its port) unless a web client (wget, a
//     browser) named the host: another program in the text
//     ("Starting app_postgres_1 ... done") gives it no port; and only
//     then HTTPS (443). A
//     port the text shows is the socket's local end is no port of the
//     target: Dart's OS errors end in "errno = 111, address = x, port =
//     43248" where the port is the local one (dart-lang/sdk#12693,
//     #27899); on Windows the OS's message ends in a line break, so
//     "SocketException: msg", " (OS Error: msg" and ", errno = 1225),
//     address = x, port = 1105" are three lines, and the message two
//     lines up says what happened to x (zh-CN's "远程计算机拒绝网络连接",
//     ERROR_CONNECTION_REFUSED's "The remote computer refused the
//     network connection", is refused). Nor is a date's year: Node's error object in a Docker log,
//     "hostname: 'x'," ending its line before the next line's
//     "2023-04-11 21:40:50", names no port 2023.
//  6. A name beats the IP dialled for it: when the chosen mention is an IP
//     and the text names the host it belongs to (on the same line with the
//     same port, also in the quoted message of TiDB's and Milvus' log
//     format, whose "[\"" group is the message, no prefix: "[…] [WARN]
//     [logger.go:51] [\"grpc: addrConn.createTransport failed to connect
//     to {x:53100  <nil> 0 <nil>}. Err :… dial tcp 10.0.0.5:53100: …\"]";
//     in another failing message with that port, as the URL
//     requested on the failing line just before, as the URL a program
//     announced it was downloading on one of the two lines before it
//     dialled the IP on the URL's port (uclient-fetch's "Downloading
//     'https://x/…'" then "Connecting to 10.0.0.5:443"; the step may
//     follow a clause and a comma, Steam's "Connectivity test: Starting
//     test, fetching 'http://x/204'" then "Connectivity test (10.0.0.5:80
//     (10.0.0.5:80)): HTTP fetch failed"; an IP whose message gives
//     no port, BusyBox wget's "wget: can't connect to remote host
//     (10.0.0.5)" (libbb's xconnect, opkg's downloads), was dialled on
//     the URL's port, "Downloading http://x/…" before it: x on 80 with
//     the IP as Addr; alone it is on HTTP's 80, wget's without a URL,
//     or on the port its "Connecting to x (10.0.0.5:443)" gave the
//     address; another applet's "ftpget: can't connect …" is no
//     wget's), as the URL an
//     error object or a config gives as the request's, on the IP's port
//     (Node's "url: 'http://x/…'", axios's "_currentUrl: '…'"), as the
//     host:port an error object's "broker" or "host" key gives with the
//     IP's port on one of the three lines before (KafkaJS's "{ broker:
//     'kafka-5:9094', message: 'Connection error: connect ECONNREFUSED
//     10.0.0.5:9094', …"; another port, or another key, is none), as the
//     broker of Sarama's "Connected to broker at x:9092 (unregistered)",
//     the latest such line of the three before, on the IP's port ("read
//     tcp 10.0.0.1:60375->10.0.0.5:9092: i/o timeout"), as the
//     registry an npm, yarn or pnpm command line or npm's argv dump gave
//     before ("--registry=https://x", then "network connect ETIMEDOUT
//     10.0.0.5:443"), on the URL's port when no other name is given that
//     port, as a URL giving the IP's port explicitly on the line just
//     before or after (dev-sidecar's "connect EHOSTUNREACH
//     20.27.177.113:443" then its "目标地址：https://github.com:443/x",
//     "target address": the same port is the evidence they are one
//     connection; a URL without a port, or with another, is none),
//     localhost for a
//     loopback address (curl's verbose "Connected to localhost (127.0.0.1)
//     port 8080 (#1)", a step, names the refused "connect to ::1 port 8080
//     failed" when the port is the same; another port, or a name that is
//     not localhost, is none), a name the program said it was looking up, a name
//     without a port that a failing line named as the destination on one
//     of the two lines before the error giving the IP ("Error on
//     connectMx for: { exchange: 'x' }" then "connect ETIMEDOUT
//     10.0.0.5:25"), or printed as "name/IP", "name (IP)", "name [IP]",
//     "name[IP]", "name:port (IP)", "name: Connecting to address IP",
//     "name: Re-using address IP" (SABnzbd's address kept from an
//     earlier look-up of the name; its "www.google.nl: Connecting to address
//     2a00:1450:400e:802::2003" before "Failed to connect: timed out
//     2a00:1450:400e:802::2003:119", an IPv6 address printed without
//     brackets before its port: the last group is the port when one of
//     the lines before names the address alone and its own line fails
//     or names it as a destination; "2001:db8::1:5" in a list of peers
//     is another address of the prefix), "IP:port (name)" (systemd-timesyncd's
//     "Timed out waiting for reply from 10.0.0.5:123 (2.pool.ntp.org).",
//     the first such line when several servers failed; the name is a
//     dotted one, or localhost beside a loopback address: pgx's
//     "127.0.0.1:5432 (localhost): dial error: …"; another dotless word,
//     "(took 10s)", "(primary)", is none), pgx's connection string
//     before the address its dial error gives, with or without a dot
//     ("failed to connect to `host=db user=postgres …`: dial error
//     (dial tcp 172.19.0.3:5432: connect: connection refused)"), "name|IP|",
//     "name[0: IP]",
//     "{name}{IP:port}", "(name:port, IP)" (ClickHouse's "Connection
//     refused: (localhost:9000, ::1)"; "(name:port, 30000 ms)" gives
//     none), "name:port IP connect error" (XMRig's
//     "pool.supportxmr.com:3333 192.168.4.1 connection error:
//     \"Connection refused.\""; "read error" too), or as the host a command line the user ran
//     before the failure names with the port the failure gives the IP
//     (ssh, telnet, nc, mysql -h, psql -h, redis-cli -h: "ssh
//     root@localhost -p 2222" then "Connection reset by 127.0.0.1 port
//     2222"), when no other name is given that port, as the host and port
//     of ShadowsocksR's "[Info] Direct connect www.google.com:443" on the
//     line just above the error giving the IP that port ("… 127.0.0.1:443"),
//     or with apt's "[IP: address port]" on the URL's
//     line or the indented line under it, or in a resolver's answer the
//     program logged: "Resolved name as IP", "resolved name to IP"
//     (nodemailer's "Resolved x as 10.0.0.5 [cache miss]" before
//     "Connection established to 10.0.0.5:587"; VS Code Copilot's
//     network diagnostics, "DNS Lookup api.githubcopilot.com:
//     140.82.112.21" above "Fetching https://api.githubcopilot.com/_ping:"
//     and its fetchers' errors), or, for the URL of
//     Squid's error page, the address its ERR_CONNECT_FAIL says it
//     dialled in any of its translations, "Connection to 10.0.0.5
//     failed.", "Verbindung zu 10.0.0.5 Fehlgeschlagen.", "La connexion
//     10.0.0.5 a échouée.", "10.0.0.5 に接続できませんでした。"), the name is
//     the target and the IP is kept in Addr, as evidence of a stale
//     address. An IP the failing line requests as a URL's host was given
//     to the program itself: a name another failing line gives its port
//     is another request, not the IP's name (plexapi's
//     "ERROR[plexapi]:http://192.168.0.100:32400: HTTPConnectionPool(…):
//     … [WinError 10061] …" then its try of "https://192-168-0-100.….plex.direct:32400"
//     is 192.168.0.100, refused). An https URL a Go request names whose
//     socket, on that line, read or wrote on port 80 ("Post
//     \"https://controlplane.tailscale.com/…\": read tcp L->R:80: read:
//     connection reset by peer", tailscaled's control protocol on 80) is
//     on 80, R its Addr: the socket that failed beats the scheme's port;
//     another port there may be a proxy's, and keeps the scheme's. The name of a DNS question, written
//     as its record is ("'example.org. A IN'"), is what a DNS server was
//     asked, never the server's own name: Technitium's "request timed
//     out for name server [9.9.9.9]" on that line is 9.9.9.9. A name chosen with no address beside it gets as Addr the
//     one address the text dialled on its port in the ten lines after it
//     (or that a failing line names as the destination with no port:
//     yum's "Could not retrieve mirrorlist http://x/…" then curl's
//     "Failed to connect to 2001:db8::5: Network is unreachable"; or the
//     URL of a curl or wget command line up to ten lines above such an
//     error, "curl -OL http://x/…" then curl's "Failed to connect to
//     2001:db8::c: Network is unreachable" glued to its progress meter's
//     last "0", x on 80, unless a name is paired with the address), if no
//     other name is given that port there. A name on a line that
//     reports no failure (another connection in the same log) does not
//     count. mailsend's verbose output lists the addresses libmsock
//     tried under "libmsock: using getaddrinfo" (" IPv6 address:
//     2607:f8b0:400e:c03::6d", " IPv4 address: …"): the first is the
//     name's Addr when mailsend's "Connecting to SMTP server: x" just
//     above names it, after the name's own pairs ("x (10.0.0.5)").
//     ESPHome's OTA upload logs the address it resolved a name to on the
//     line under "Resolving IP address of x" ("INFO -> 192.168.8.106",
//     espota2.py's " -> %s"): that is x's Addr; an address on another
//     line, or one resolved for another name, is not.
//     smbclient's debug output ("-d 3") names the address it dials
//     ("Connecting to 10.0.0.200 at port 445", Samba's lib/util_sock.c):
//     above "do_connect: Connection to x failed (Error NT_STATUS_…)",
//     back to an earlier run's "do_connect:", it is x's Addr when every
//     such line names the same one (the 445 then 139 attempts); two
//     addresses name none.
//     FileZilla's log names the server it resolved ("Status: Resolving
//     address of x") before the address it dialled ("Connecting to
//     [2001:db8::1]:21..."): the name is the target, the address its
//     Addr; when its data connection failed ("The data connection could
//     not be established: ECONNREFUSED"), the port is the one the last
//     passive reply gave, EPSV's "229 Entering Extended Passive Mode
//     (|||56537|)" or PASV's "227 Entering Passive Mode (h1,h2,h3,h4,p1,p2)"
//     (p1*256+p2, and its address as Addr).
//  7. A proxy named as the failing hop is the target: git's "unable to
//     access 'https://github.com/…': Failed to connect to 10.0.0.8 port
//     3128" and Python's "HTTPConnectionPool(host='10.0.0.8', port=3128): …
//     url: http://x/… (Caused by ProxyError(…))" test the proxy, and the
//     final destination is kept in Via (the source line that made the
//     request above it, "requests.get('http://x', timeout=(6.05, 27.05),
//     proxies={…})", is no failing line: a timeout set to a number,
//     "timeout=5", states no failure); so does libcurl's "Unsupported
//     proxy '10.0.2.1:3128', libcurl is built without the HTTPS-proxy
//     support." under git's "unable to access 'https://github.com/…'"
//     (a setting the build cannot use: no kind); so does a proxy named
//     by digits alone in curl's slot beside a URL of the host behind
//     it, git's "unable to access 'https://github.com/…': Failed to
//     connect to 8123 port 1080: Connection timed out" (http.proxy set
//     to a bare port, read by curl as a host named 8123 on its default
//     proxy port), 8123 on 1080 and said to be broken
//     (Target.Malformed), github.com Via; digits elsewhere, or in that
//     slot with no URL before them, name no host; so does curl 8's
//     "Failed to connect to x port 443 via P after 0 ms: …", P the proxy
//     (curl prints its name, not its port: curl's documented default
//     proxy port 1080; 443 is x's) and x Via; and so does Go's
//     net/http, "Post \"https://x/…\": proxyconnect tcp: dial tcp:
//     lookup P: …", naming the proxy P it failed to reach after the URL,
//     wrapped over three lines too (snap's "Post\n       \"https://…\":
//     proxyconnect tcp: dial tcp:\n       lookup https: Temporary
//     failure in name resolution": P a scheme word, a broken proxy
//     setting, on the no-port rule's 443). A program that says it uses a
//     proxy connects only to the proxy (Maven's "Using Proxy: x:3128",
//     curl's "Uses proxy env variable https_proxy == '…'", pip's and
//     curl's --proxy, npm's proxy and https-proxy config, an http_proxy=
//     setting, the JVM's proxyHost and proxyPort, "via proxy x:3128",
//     cabal-install's "proxy uri host: x, port: :8080", FreeRDP's
//     "Parsed proxy configuration: http://x:3128"):
//     when the connection then timed out, was refused or found no route,
//     no message names the hop it connected to and no HTTP status came
//     back, the proxy is the target and the host the text names is Via
//     (a request a client dumps, "GET http://y/… HTTP/1.1", is no status:
//     cabal's "cabal: timeout" after it timed out at the proxy). So it is
//     when the look-up failed and the host the text names is an IP
//     address, which needs none: the name that did not resolve is the
//     proxy's (FreeRDP's "ERRCONNECT_DNS_NAME_NOT_FOUND", "getaddrinfo:
//     Name or service not known" for "xfreerdp /v:10.0.0.5:50959"; a
//     server given by name stays the target).
//     A client that requested a URL (after an HTTP method, or on a curl
//     or wget command line) on one of the three lines before a connect
//     failure naming another hop on another port connected to a proxy:
//     the hop is the target and the URL's host, a name or an IP address,
//     is Via (npm's "http request GET http://registry…" then "connect
//     ECONNREFUSED x:3128"; "user@box:~$ curl http://172.17.0.1:8085"
//     then "Failed to connect to 192.168.0.201 port 808").
//     A Go module proxy ("Using go proxy: …") is no such hop, and two
//     different proxies named make neither the target. A proxy on the
//     same host as the URL but another port is still a hop: requests'
//     ProxyError with host='localhost', port=8081 and url
//     http://localhost:1235/… tests port 8081 with localhost as Via; on a
//     curl command line with -x or --proxy (not -X, the method) the URL
//     is the proxied destination. A relay's log line that names the
//     destination it was asked for and then the failing connect to its
//     next hop, on another host and port (shadowsocks-heroku's "remote
//     github.com:443 error: Error: connect ECONNREFUSED
//     23.23.117.76:8080"), tests the hop with the destination as Via.
//     So does Shadowsocks for Windows' "97.64.110.247:443 timed out" (the
//     server it dialled) under its "connect to clients1.google.com:443"
//     (a destination it relays to): the first such line of the twenty
//     above names Via; with none above, there is none.
//     So does a failure on the address of k3s's local load balancer,
//     started on a line above it ("Running load balancer
//     k3s-agent-load-balancer 127.0.0.1:6444 -> [pi.local:6443] [default:
//     pi.local:6443]"): the balancer is the target and the one host of the
//     servers behind it (else its default server's) is Via; a failure on
//     another address, or before the balancer started, has none.
//  8. No target is invented: code identifiers ("self.host", "this.x",
//     "config.host", "args.host", "os.environ" on a traceback's source
//     line), words that are not hosts ("Unable", "https", "domain",
//     placeholders a script printed: "error", "null", "undefined"; but a
//     one-label name Go looked up on Docker's embedded DNS,
//     127.0.0.11:53, which answers container and service names, is a
//     service's even when it is such a word: "Get
//     http://domain:9222/probe?…: dial tcp: lookup domain on
//     127.0.0.11:53: no such host" tests domain:9222, and on another
//     resolver "domain" stays none; the redactions, settings' and
//     slots' names below stay placeholders there too, "lookup DB_HOST
//     on 127.0.0.11:53" names no host), a
//     word holding characters no host name has, or any part of it
//     ("“h1>server”", "h1%3Eserver": an HTML page fed to wget),
//     redactions ("xxx.xxx.xx.x", "x.x.x.x", three or more one-letter
//     labels in a row, "a.b.c.d", librdkafka's "client01.X.Y.Z.com:9092/0",
//     a name with a label that is a redaction word whole, redacted,
//     anonymized or anonymised, in any case (rclone's "failed to make
//     FTP connection to \"REDACTED.tld:21\": tls: …", no host, tls;
//     "host.redacted.com"; not "ftp.redactedmedia.test"),
//     a slot's word, domain, host, hostname or server, before a top-level
//     domain that exists nowhere, "tld", a filler ("bla", "blah", "blub":
//     ESPHome's "Couldn't resolve IP address for 'mqtt.domain.bla'") or
//     two letters no country's code:
//     Immich's "address = domain.xy, … uri=https://domain.xy/api/assets";
//     not "server.local", "host.de", nor a source file, "server.ts",
//     one label before "domain" and a generic top-level domain, com,
//     net or org (Nextcloud's "cURL error 28: … for
//     https://home.domain.net/nextcloud/…"; not "domain.com" alone,
//     "gcu12304.server.domain.com" nor "sub.domain.de"),
//     and partly masked ones:
//     "52.x.x.x", "1X.X.X.X", "ec2-xxx-xxx.compute-1.amazonaws.com",
//     "grafana.xxx.net" (gost's "[tcp] client -> listener : dial tcp:
//     lookup eee.XXX.com  on 100.110.0.1:53: no such host": the name it
//     dialled is hidden, so no target, not the listener), "port 3xx",
//     and two or more masked labels before the only one kept, the
//     top-level domain:
//     SVNKit's "Subversion repo: http://xx.xx.xx.com/svn/testing/"; not "x.com" nor "xx.corp.com"), URLs
//     cut short after the host ("http://ww....", "'https://raw.git ..."),
//     placeholders and stand-ins ("ip_adresse", "app.myadress", "xyz",
//     a word and a slot's name joined by an underscore, in any case:
//     "Master_IP", "SERVER_IP", "your_host", "DB_HOST", "node_address"
//     (kubectl's "dial tcp Master_IP:6443"; not "my_db", "app_backend"),
//     a label saying whose slot it is, "your-server", "yourdomain.com",
//     "my-host-name", "mydomain", "your-company.com" (a word saying which
//     address may stand between, "my-external-ip", "your-public-ip",
//     "my-server-ip": "my-external-ip.8c59….plex.direct" is a plex.direct
//     name whose address label a poster replaced), and "some", "any"
//     or "random" with a slot's word, "www.someDomain.com", "some-domain",
//     "anydomain", "randomwebsite.com" (not randomuser.me nor random.org,
//     real names); not "my-company.com",
//     nor "my" and one word alone, with no domain, a machine's name
//     ("lookup MyServer on 8.8.8.8:53: no such host" tests myserver),
//     unless the word is an address's ("myip", "myaddr": frp's "dial
//     tcp myip:7000: i/o timeout" names no host), nor "myip" first
//     before a domain of two labels or more, a "what is my address"
//     service (ddns-go's "Get \"https://myip.ipip.net\": net/http: TLS
//     handshake timeout" tests myip.ipip.net; "myip.mydomain.com" is
//     still a stand-in), nor a server's address
//     word, alone or after "my" or "your" ("serverIP", "server-ip",
//     "yourServerIP": nginx's "upstream: \"http://serverIP:81/\"" names
//     no host; "serverpi" does),
//     an organisation's name people deploy as it is, osixia/openldap's
//     documented LDAP_DOMAIN, so ldapsearch's "ldap_sasl_bind(SIMPLE):
//     Can't contact LDAP server (-1)", which names no host and no cause,
//     tests the -H ldap://my-company.com of its command line on 389,
//     and in pasted error text the names RFC 2606 and RFC 6761 reserve
//     for examples, which a user put in for the real name: example.com,
//     example.net, example.org, their subdomains and names under
//     .example, "Unable to bind to server ldap.example.com:389", and
//     as posters write them under any other top-level domain, a name
//     whose label just before its public suffix is "example"
//     (example.eu, example.lan, example.co.uk under a two-letter second
//     level, their subdomains: Tailscale's "failed to resolve
//     \"headscale.example.eu\"" names none), never "example" deeper in
//     a name or inside a word ("example-app.corp.io", "myexample.de",
//     "ldap.example.com.au"); typed
//     alone, such a name is still tested; a stand-in shown beside the
//     address dialled for it gives that address, "domain.com" alone too:
//     postfix's "connect to domain.com[192.168.0.1]:25: No route to host"
//     is 192.168.0.1 on 25),
//     unix-domain sockets
//     ("fastcgi://unix:/run/php.sock"), file names and source locations
//     from stack traces ("Foo.java:42", the file:line of every
//     language's traces, Julia's "└ @ Base loading.jl:1192", Elixir's,
//     R's, Nim's, Zig's, Crystal's, OCaml's, Haskell's "Main.hs:42",
//     Clojure's, F#'s, Tcl's, PowerShell's "x.ps1:3", where a one-dot
//     name with a source ending that is also a top-level domain, "nic.cr",
//     "mali.ml", is still a host in a URL or after a host key; a path's last segment
//     "/app/lib/client:132", Node's "node:internal/deps/undici/undici:12443"
//     and "node:events:491", a browser console's script location with
//     its query, "jquery.min.js?t=8ec4eb32:4" (a source file, '?', the
//     query up to a '=', then value:line), Traccar's shortened stack
//     trace, "ConnectException (... < DatabaseModule:80 < ... <
//     MainModule:128 < ...)" (class:line frames joined by " < "), a
//     logger's Java class and line
//     "io.lettuce.core.protocol.CommandHandler:217": lower-case package
//     labels, a capitalised class name that is no top-level domain, or
//     its class and method, "com.alibaba.nacos.client.naming.callServer:613
//     - [NA] failed to request" (a reverse-DNS package path of four or
//     more labels, a camelCase method, then " - " and the message; see
//     javaMethodLocation); ESPHome's bracketed tag and line after its
//     bracketed time and level, "[15:19:08][W][mqtt:244]: …" (see
//     bracketTag); a logger's class or file and line in brackets, logback's, log4j's or
//     Timber's "(NetworkConnectivityKt:78)", "(SomeClass:12)",
//     "(MainActivity.kt:120)", "[Foo.java:45]": a CamelCase identifier,
//     a key of a brace-delimited structure with a small number, a word
//     with an underscore and no dot inside an open "{" (gRPC's
//     debug_error_string "{grpc_message:…, grpc_status:4}"; "{host:
//     db:5432}" and app_db_1:5432 outside braces stay hosts), a log's
//     snake_case key:value field standing among the message's words,
//     XX-Net's "report_connect_fail continue_fail_count:11" (no DNS name
//     holds '_'; Docker Compose's underscored service names stay hosts
//     where the line puts a destination, "connect to app_db_1:5432",
//     "dial tcp db_1:5432", after a message's colon, in a URL or quoted),
//     while "(db:5432)", "(redis:6379)", "(localhost:8080)" are hosts, so
//     the Java on Windows "UnknownHostException: 不知道这样的主机。
//     (connect.rom.miui.com)" after it, the resolver's text in the UI's
//     language and the name in parentheses, names the host; also
//     when a console's hard wrap cut one, "io.let" then
//     "tuce.core.protocol.CommandHandler:217", "(NioEventLoop.jav" then
//     "a:714)"), positions ("At line:1 char:1"; a count of tries,
//     SyncClipboard's "Error. Failed times:4." above the refusal it
//     retried; a start-up banner's or hardware summary's count, a dotless
//     word in capitals and one digit on a line that reports no failure,
//     XMRig's CPU line "L2:32.0 MB L3:60.5 MB 32C/64T NUMA:2", "CPU:4",
//     "GPU:0", while a failing line's "connect to DB:5" stays a mention; Db2's db2diag.log's
//     probe id, "FUNCTION: DB2 UDB, …, sqlxaConnect, probe:4666"), apt's
//     status words and
//     item numbers before the item's URL ("Ign:3 http://…", "Get:1",
//     "Hit:2", "Err:5" and their translations in apt's po files: "Erro:5",
//     "Holen:1", "Fehl:1", "Atingido:2", "Obter:1"…), the log's own
//     bracketed prefix ("[127.0.0.1:5378] client connect", "[…][x:5378]
//     error establishing server connection: …", unless the host:port is
//     the whole last group and the message right after it says the
//     connection failed, "connect error" or a failure's own words, as
//     XMRig logs its pool: "[2020-05-08 02:51:43.988]
//     [xmr.f2pool.com:13531] connect error: \"operation canceled\"",
//     "[donate.xmrig.com:3333] connect error: \"connection refused\"",
//     the subject of the message, read; after the
//     timestamp and before the level, a dotless word's field:
//     "2020-04-20 12:24:18.946 [user:2 ] DEBUG …", while a name, an
//     address or localhost there, or a field no level follows, stays a
//     mention; after the timestamp and the level, a dotless word's
//     module and line number, Python logging's "[%(module)s:%(lineno)d]"
//     as SABnzbd writes it, "2022-11-21 21:01:01,275::INFO::[notifier:123]
//     Sending notification: …"; a dotted name in brackets right after a
//     bracketed timestamp and level, Python's "[%(name)s:%(lineno)d]",
//     "[2021-01-27 09:46:02] - [ERROR] - [sentry.errors.uncaught:712] -
//     …", unless its last label is a top-level domain; between '|' separators, right after the
//     level's field and padded to its column, a Rust log's target and
//     line, "consensource-rest-api | ERROR | r2d2:116             |
//     could not connect to server: …", while an unpadded field, "| ERROR
//     | db:5432 | …", stays a mention; Kodi's thread field right after
//     its timestamp, "2020-07-18 16:03:50.427 T:15716   ERROR: …"; an
//     Erlang log location, lager's "@module:function:line",
//     "<0.4501.3>@ejabberd_s2s_out:process_closed:153 Failed to …";
//     Apple Network.framework's connection id, "nw_socket_handle_socket_event
//     [C31.1:1] Socket SO_ERROR [61: Connection refused]"; an Asterisk
//     dialplan location, "[extension@context:priority]" after
//     "Executing" or before the application it runs, "-- Executing
//     [6001@international:1] Dial(\"SIP/6000-00000000\", …)", while a
//     dotted "[root@db.x.com:5432]" or one before "Connect() failed"
//     stays a host) and a line
//     announcing the program's own address ("server started at
//     http://0.0.0.0:7300", espota's "Starting on 0.0.0.0:44129"; on
//     a line that reports no failure, the address just after "binding",
//     "binding to" or "bind to", Fluent Bit's "[in_tcp] binding
//     0.0.0.0:5170", while a failing "Unable to bind to server x:389" is
//     an LDAP client's) and one saying it could not listen or bind
//     on its own address (Go's "listen tcp4 0.0.0.0:80: bind: address
//     already in use", Node's "listen EADDRINUSE: address already in use
//     0.0.0.0:3000" and "bind EADDRINUSE", nginx's "bind() to 0.0.0.0:80
//     failed", asyncio's "error while attempting to bind on address
//     ('0.0.0.0', 8080)"; no target when it is all the text names) are
//     skipped; so are the server and host fields of nginx's error log
//     trailer (", client: x, server: y, request: \"…\", host: \"z\""),
//     this nginx's own server_name and the Host header its client sent,
//     never where it connected: OpenResty's "[lua] test2.lua:17: failed
//     to connect to redis: timeout, client: …, server: api.x.com, …"
//     names no host, while "upstream: \"…\"" and a CONNECT request's
//     target still name one; the unspecified IPv6 address,
//     "[::]:8080", is no host (what a program listens or binds on, "listen
//     tcp [::]:8080: bind: address already in use") except where a
//     message says the program dialled it: grpc-go's "transport: dial tcp
//     [::]:9090: connect: cannot assign requested address" is :: on 9090,
//     as "http://0.0.0.0:6768" a program requested is 0.0.0.0 (no kind:
//     EADDRNOTAVAIL is the local end's); a name that looks like a file
//     ("hex.pm", "transfer.sh") is a host only where a message says it
//     connected to or resolved it, or in a URL; and when a failing message
//     names only a redacted host, Parse says the text names no host rather
//     than falling back to some other address (or to a weaker mention on
//     the same line, such as nginx's request "host:"; ssh's "connect to
//     host <host> port 22", "<hostname>" or "***" in the slot, is one;
//     a redaction in the "(Caused by …)" of urllib3's
//     "HTTPConnectionPool(host='x', port=3001): Max retries exceeded …"
//     hides nothing, the pool naming the host its cause is about, and
//     VS Code Remote-SSH's command line "ssh -v -T -D 63102 -o
//     ConnectTimeout=15 devbox" after it is no failing line: a timeout
//     option set to a number states no failure). A database
//     client's error about reaching its server (PDO's "SQLSTATE[HY000]
//     [2002] Connection timed out", psql's, Oracle's ORA-12…, MongoDB's)
//     names its server or none: a web URL (http, https, ws) printed with
//     it, such as the page the error appeared on, is not its server.
//     A name Java's InetAddress.getLocalHost failed to resolve
//     ("java.net.UnknownHostException: x: x: Name or service not known"
//     with that frame in the four lines under it) is this computer's own
//     name, not a host a connection was made to: the text names no target
//     and the error says so (the name may also be one the poster hid,
//     "hiddenthename.COM"; redaction words inside names are not read as
//     stand-ins, as real names hold them).
//     A JSON member's key and quoted value ("osArch":"386" after "{" or
//     ",") are no host and port, nor is the value a poster wrote over a
//     name ("hostname":"hidden", "redacted", a URL's
//     "https://anonymized/…"), nor a word in brackets before ":port"
//     written over an address: Tor's and its pluggable transports' safe
//     logging, "obfs4([scrubbed]:35534) - failed to connect to ORPort:
//     dial: connection refused" (no target, refused), a poster's
//     "[redacted]:443", "[hidden]"; brackets around a name where a
//     program brackets every host stay a host (Zabbix's
//     "[zabbix-server]:10051"); Tarantool's "SystemError
//     connect, called on fd 15, aka 127.0.0.1:58233: Connection refused"
//     names the descriptor's own local address after "aka", not the
//     peer: no target, refused.
//     A name after an address's colon that is a number, '-' and a dotted
//     quad is that address's port and the next address: Syncthing's
//     "10.61.235.66:63765-14.153.174.207:22067/relay-client/…" (local
//     end, '-', remote end) names 14.153.174.207:22067, no host
//     "63765-14.153.174.207"; a number and '-' before a name stay its own.
//     Four numbers that are no IPv4 address (an octet over 255) are a
//     target only when no usable host is named and the line giving them
//     says the name could not be resolved: the program handed them to its
//     resolver as a name (redis-cli's "Could not connect to Redis at
//     172.16.23.277:6379: Name or service not known"). A resolver failure
//     that names no host (libpq's "could not translate host name to
//     address: Name or service not known", on libpq's port 5432) takes
//     the one host name the paste gives on a line of its own, in prose of
//     any language; as weak as a bare name, only when no mention was read
//     and exactly one such name is given (two, or a name inside a
//     sentence, name none). An unreachable network that names no host
//     (Python's "OSError: [WinError 10051] A socket operation was
//     attempted to an unreachable network") does the same, and the line
//     may be an item of a program's numbered list ("Devices listed:" then
//     "[0] 192.168.1.117", the device it sent to; two listed name none).
//     Any other failure that names no host takes
//     the one dotted name the poster's prose sends or connects to ("Hi
//     when I send email to cas.cloudplatform1.com after a long delay, I
//     get : SMTP -> ERROR: Failed to connect to server: Connection timed
//     out (110)": cas.cloudplatform1.com on SMTP's 25), only when no URL
//     or address competes and no other name is given; a name merely
//     mentioned ("I'm using Postgresql.app") or code ("System.Net") is none.
//     Failing that, a tool's own log giving its address and port in a
//     bracketed tag's lines above the failure, a key, a colon and one
//     value (brut3k1t's "[*] Address: gmail.com", "[*] Port: 25", then
//     Python's "socket.error: [Errno 101] Network is unreachable"), is
//     the target, gmail.com on 25; an address with no tag (nslookup's
//     "Address:" under "Server:"), one that looks like no host
//     ("[*] Address: 0x7fffffffeb30"), two addresses, or an address
//     only below the failure, none.
//
// What went wrong (Failure) is read from the target's line when it says,
// else from that line and the two after it, else from the whole text
// (never from the source lines of a Python traceback's frames, the lines
// indented under `File "x.py", line 60, in f`: words in code and its
// comments, "stub.GetModelStatus(request, 25)  # 5 secs timeout", are no
// statement of a failure, so gRPC's "ipv4:10.0.0.5:8500: tcp handshaker
// shutdown", which names no cause, is none, while its "Deadline
// Exceeded" and "Failed to connect to remote host: Connection timed out"
// are timeouts): the
// failing line the target came from says what happened to it, and the
// lines after may be other attempts (rsync's "failed to connect to x
// (10.0.0.5): Connection timed out (110)" then the IPv6 attempt's "Network
// is unreachable (101)" timed out; a target's line saying only
// "Operation now in progress" (EINPROGRESS, a timeout when alone) yields
// to the next line's kind when that line names the same target: FHEM's
// DevIo, "Can't connect to ws:127.0.0.1:15733: Operation now in progress"
// then the same "…: 127.0.0.1: Connection refused (111)", refused (its
// websocket device "ws:HOST:PORT", or "wss:", has its scheme read off
// after "can't connect to"); a target's line stating no kind takes the
// line just above's when that line names no host, the library's cause a
// program prints before its own summary of the same request (ddclient's
// "CURL error (6) Couldn't resolve host." over "curl cannot connect to
// http://x" over "no response from server": no_such_host, not the vague
// summary's timeout); when none of these lines states a kind, the first
// later line naming the same host:port does, before the paste's other
// lines, which may be about other hosts (RustDesk's "Failed to connect to
// x:53850, …" then "Failed to accept connection from x:53850: deadline
// has elapsed", the hole-punch to that peer timing out); a command line
// typed at a prompt, "timeout 1 bash -c '…'", says nothing of its own, nor does a timeout
// set to a value or printed with its value and unit, "-o
// ConnectTimeout=15", mailsend's verbose "Connection timeout: 5 secs"
// before it connects, JavaMail's "; timeout -1" after the host and port
// it names, or a timeout enabled, disabled or cleared, Insomnia's
// timeline "* Enable timeout of 30000ms", node pool2's debug "pool2
// ResourceRequest: clearing timeout (id=0)" under "connect ECONNREFUSED"
// (a timer cancelled; refused is the kind) (undici's "Connect Timeout
// Error (…, timeout: 10000ms)" says so in its own words), or a parameter
// of a .NET or Java stack frame's method, Npgsql's "   at
// Npgsql.Internal.NpgsqlConnector.Connect(NpgsqlTimeout timeout)" under
// "Failed to connect to x:5432 ---> … An invalid argument was supplied"
// (EINVAL, no kind); a timeout the line
// offers as one explanation of two, Sequel Pro's "Unable to connect to
// host x, or the request timed out.", gives way to a kind the next lines
// state: "MySQL said: … system error: 61", macOS's ECONNREFUSED, is
// refused; a wrapper's timeout gives way to the cause it names: pymongo's
// ServerSelectionTimeoutError names each server's last error,
// "localhost:27017: [Errno 111] Connection refused" refused, "Timeout:
// 1.0s SSL handshake failed: localhost:27017: [Errno 0] Error" tls, and is
// a timeout only when it names none; SABnzbd's "[Errno 111] Failed to
// connect: (110, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify
// failed (_ssl.c:590)') -1@x:563" raises every failed connect as a
// refusal, and the error it quotes says what failed (tls here; a quoted
// "Connection refused" refused); a line that lists several of Go's dials
// to one address, v2ray's "retry: [dial tcp x:12585: connectex: A
// connection attempt failed … dial tcp x:12585: connectex: No connection
// could be made because the target machine actively refused it. …] >
// …: all retry attempts failed", is read by its first attempt (timed out
// here) when that one states a kind, not by the refusal a later retry
// met (dials to other addresses are left); PHPUnit's "Failed asserting that
// exception message 'x' matches '/Connection refused|unable to
// connect/'." (or "contains 'y'") says what x says, the test's pattern
// after it nothing; when the whole text is read, a
// program's retry lines that name no other host and change kind give the
// last, the state they end in: Vagrant's "Warning: Connection refused.
// Retrying..." once, then "Warning: Connection timeout. Retrying..." is
// timed out, while retries of one kind leave the text's reading (its
// "Warning: Remote connection disconnect. Retrying...", Net::SSH's
// Disconnect, is a reset, but after timeouts leaves them the state: the
// booting guest's sshd closed a try); when no
// host is usable, a failing line whose every address (a URL or host:port)
// an earlier line already reported with its own kind is a summary and
// does not outweigh them: etcdctl's "member x is unreachable:
// [http://***.69:2379 http://***.69:4001] are all unreachable" after each
// address's "dial tcp ***.69:2379: i/o timeout" is timed out, while a
// summary naming an address not reported before still counts; and with no
// host, the earliest record that states a kind gives it, as the earliest
// failing line does a target's: nodemailer's "{ [Error: connect
// ETIMEDOUT] code: 'ETIMEDOUT', … }" then "{ [Error: socket hang up]
// code: 'ECONNRESET', … }" timed out; a record is a failing line not
// indented, with the indented lines under it (.NET's " ---> " inner
// exceptions read with their wrapper), no source line under a traceback's
// frame and naming no address; none of the first 64 stating a kind, the
// text read whole decides). English messages, exception and
// status names split into their words ("NoRouteToHostException",
// "ConnectionRefusedError", "TimedOut"), Zig's error names of std.net
// and std.posix, whole and last on a Zig error line ("error: unable to
// discover remote git server capabilities: TemporaryNameServerFailure";
// NameServerFailure and UnknownHostName a failed look-up too,
// ConnectionTimedOut, ConnectionRefused, NetworkUnreachable,
// ConnectionResetByPeer; std.http.Client's TlsInitializationFailed and
// CertificateBundleLoadFailure and std.crypto.tls's Tls… and
// Certificate… errors tls: "build.zig.zon:5:56: error: unable to connect
// to server: TlsInitializationFailed"), resolver failures however worded
// as long as what did not resolve is a host or name ("failed to resolve
// 'x'", Zabbix's "cannot resolve [zabbix-server]" whatever the name in
// its brackets, a bare domain name ending the clause, "Failed to resolve
// dyndns.yunohost.org" (an address, a reverse look-up, is none), not "Could not resolve dependencies", Docker's
// "failed to resolve reference \"docker.io/…\"", Gradle's "Could not
// resolve com.android.tools.build:gradle:3.0.1" or a module path; Node's dns.resolve* errors,
// "querySrv ETIMEOUT x", "queryA ECONNREFUSED x", whatever their code,
// as the code is the DNS server's, and its dns.lookup's "getaddrinfo
// EIO" (EAI_SYSTEM's errno; node-opcua's "[Error: getaddrinfo EIO] code:
// 'EIO'") as its ENOTFOUND and EAI_AGAIN are (not its EMFILE, ENFILE
// or ENOMEM: the process ran out of descriptors or memory); wget's "Resolving x (x)... failed:
// Connection timed out." too, whatever the resolver's cause, while its
// "Connecting to x (x)|a|:443... failed: Connection timed out." is a
// timeout), errno numbers (111, macOS
// 61, Winsock 10060/10061; strerror's text right beside the number wins
// over it, the numbers differing by stack: ESP32 Arduino's 'errno: 113,
// "Software caused connection abort"' is lwIP's ECONNABORTED, a reset,
// not Linux's EHOSTUNREACH, and MicroPython's "OSError: [Errno 103]
// ECONNABORTED" names it, a reset too; the errno a TLS library gives for the socket
// call under it wins over its SSL_ERROR_SYSCALL, which alone is tls:
// curl's "LibreSSL SSL_read: SSL_ERROR_SYSCALL, errno 54" and openssl
// s_client's "write:errno=54" are resets, 54 being ECONNRESET on macOS
// and the BSDs and no socket error on Linux (EXFULL) or in Windows' C
// runtime, read only there, while 104, 110, 111, 60 and 61 are read
// everywhere, as is 65, macOS's EHOSTUNREACH, no socket error on Linux
// (ENOPKG); Csocket's (ZNC's) errno in brackets, "Connect Failed. ERRNO
// [65] FD [5]", is read as the other spellings are; in the repr of a Python exception's args
// too, socket.error's "error(10065, …)" that XX-Net logs after "connect
// <IPv6> fail:" is unreachable, its own line's kind, whatever later
// lines say of other addresses; envoy's "delayed connect error: 111", also
// as its response details write it, spaces as underscores:
// "delayed_connect_error:_111"; Envoy's reset reasons, its
// resetReasonToString's words: "reset reason: connection termination",
// "local reset", "remote reset" and the HTTP/2 "local refused stream
// reset", "remote refused stream reset" (a stream refused on a made
// connection) are resets, "connection timeout" a timeout, "connection
// failure", "overflow", "protocol error" and the rest state no kind; Qt's
// QNetworkReply::NetworkError as MusicBrainz Picard writes it after the
// error's text, "Connection closed (QT code 2, HTTP code 0)": 1
// ConnectionRefusedError refused, 2 RemoteHostClosedError a reset, 3
// HostNotFoundError no such host, 4 TimeoutError timed out, other codes
// (5 canceled, 2xx and 3xx the server's answers) no kind; a
// process's exit status is no errno; the socket errno IBM's Db2 and MQ
// give, SQL30081N's "Protocol specific error code(s): \"111\", …", the
// SQLCA's "sqlerrmc: 239 …", MQ's "The return code from TCP/IP is 145
// (X'91')", read by IBM's SQL30081N table: ECONNREFUSED Windows 10061,
// AIX 79, Solaris 146, HP-UX 239, Linux 111, ETIMEDOUT 10060, 78, 145,
// 238, 110, EHOSTUNREACH and ENETUNREACH unreachable, ECONNRESET a
// reset; AIX's numbers, and Solaris' 128 and 131, mean other errors on
// Linux and give a kind only where the paste names that one platform,
// "9" (EBADF on send) none; libuv's negative codes for what Windows has
// no errno for, "errno: -4039" ETIMEDOUT, -4078 ECONNREFUSED, -4077
// ECONNRESET, -4073 and -4062 unreachable, -3008 EAI_NONAME, with the
// minus sign only; FFmpeg's "Error number -138 occurred", which only a
// Windows build prints for a socket's error, negates the C runtime's errno
// (the UCRT's ETIMEDOUT 138, ECONNREFUSED 107, ECONNRESET 108, EHOSTUNREACH
// 110, ENETUNREACH 118) or Winsock's own code (-10060), read so only in
// those words; a
// process's exit status is no errno:
// GitHub Actions' "Process completed with exit code 101", "exited with
// code 110", "ExitCode: 111", "return code 104"; nor is curl's result
// code, "curl: (60) SSL certificate problem: certificate has expired"
// (60, CURLE_PEER_FAILED_VERIFICATION, is macOS's ETIMEDOUT), "curl error
// 51" (curl on NSS says its 60 in words, a TLS failure: "Peer
// certificate cannot be authenticated with known CA certificates", with
// NSS's "Peer's certificate issuer is not recognized" and "NSS error
// -8179"; "Peer certificate accepted" is none); nor is the first number
// of an address: libpq's "(104.236.89.117)" after the host is no
// ECONNRESET), glibc's
// translated strerror texts (zh_CN and zh_TW for ECONNREFUSED, ETIMEDOUT,
// EHOSTUNREACH, ENETUNREACH and ECONNRESET, and curl's own zh_CN
// "连接失败 x:443; 连接拒绝"; de ETIMEDOUT's "Wartezeit für die
// Verbindung", also as MySQL Connector/J words it, "Wartezeit für die
// Verbindung läuft ab") and Windows' localised Winsock messages in the
// common UI languages (de, fr, es, it, pt, ru, ja, ko, zh, zh-TW, nl, pl,
// tr, cs, sv, hu, uk, vi), Windows' ERROR_SEM_TIMEOUT (121), "The
// semaphore timeout period has expired.", a timeout in English, Chinese,
// French ("Le délai de temporisation de sémaphore a expiré"), German,
// Spanish, Portuguese, Russian and Japanese, Go's errno in a JSON dump ("Err":61), Apple's
// codes whatever language their description is in (NSURLErrorDomain -1001
// timed out, -1003 and -1006 name not found, -1005 connection lost: reset,
// -1009 offline: unreachable, -1200 to -1206 TLS; the POSIX errno of
// NSPOSIXErrorDomain (61's German text, "Die Verbindung wurde
// abgewiesen", read as such too), and of _kCFStreamErrorCodeKey with
// _kCFStreamErrorDomainKey=1, also as a printed dictionary writes them,
// "\"_kCFStreamErrorCodeKey\" = 61;"; -1004 "Could not connect to the server" is a
// refusal when no errno says otherwise; CFNetwork's log of a failed task
// writes the same codes as "HTTP load failed, 0/0 bytes (error code: -1004
// [1:13])", read only in that form, the bracket after the code). Winsock's 10061 text as a
// translation tool renders it, "Because the target computer actively
// rejected unable to connect x", is refused ("actively rejected" with
// words of connecting; "actively rejected by the committee" is prose);
// after Go's "connectex: " its first words alone, "No connection could be
// made", a line cut short, are refused too.
// "refused" alone counts only when nothing else
// is said (Apache HttpClient's "Connection to x refused: Connection timed
// out"; Java RMI's wrapper of every failed connect, "Connection refused to
// host: x; nested exception is: java.net.ConnectException: Connection timed
// out", states what its nested exception does, on its line or the next,
// and nothing when none follows; a `<…>` placeholder in its host slot,
// "<dashboard host>", is no host); "Resource temporarily unavailable" out of a resolver call is a name
// that did not resolve (a resolver's stack frame, or .NET's
// HttpRequestException on Linux and macOS, "Resource temporarily
// unavailable (x:443)", SocketError.TryAgain); words a terminal or a
// padded console cut are
// joined when nothing is read otherwise, and so is a message wrapped at a
// word (a line break with a letter of any script on both sides read as a
// space): Windows' pt-BR WSAETIMEDOUT text in .NET's HttpRequestException,
// "… o componente conectado não respondeu\ncorretamente após um período de
// tempo …", is a timeout as the unwrapped text is (a blank line between
// joins nothing). One word with no spaces that holds CJK punctuation
// ("，", "。", full-width forms) or letters with no IDN form is a
// sentence of a script written without spaces, read as error text, not
// a host name: Windows' zh-CN WSAETIMEDOUT text as a poster retyped it,
// "由于连接方在一段时间后正确答复或者连接的主机没有响应，连接尝试失败。"
// (its "没有正确答复" lost), names no target and is a timeout, as long as
// "连接尝试失败" and "连接的主机没有" both remain. Text pasted after a UTF-8 →
// Latin-1 (or Windows-1252) mix-up is read as it was written: a run of
// characters that were the bytes of one UTF-8 character is that character
// ("Connexion refusÃ©" is "Connexion refusé", "ZeitÃ¼berschreitung",
// "ConexiÃ³n rehusada", "canâ€™t"; "Ã " is à), other text as it is.
// So is text whose UTF-8 bytes a repr wrote as escapes (Python 2's, in
// any language): a run of \xHH escapes (\\xHH in a repr of a repr) that
// is one whole UTF-8 character of two to four bytes is that character,
// urllib3's "[Errno -2] Nome ou servi\xc3\xa7o desconhecido" glibc's
// "Nome ou serviço desconhecido"; a lone "\x41", a broken sequence or
// "C:\xampp" stays as written.
// Text from an HTML page (an exception notification e-mail's "<pre>")
// is read as the page shows it: its character references &quot; &#39;
// &apos; &lt; &gt; &amp; and numeric ones (&#x27;) are the characters
// they stand for, decoded once ("&amp;quot;" is "&quot;"), so libpq's
// "host &quot;x&quot; (10.0.0.5)" names x; a reference needs its ';'
// ("?a=1&copy=2" stays as it is). Python's repr of a repr is read as
// the inner one: on a line whose pool says host=\'x\' (legendary's
// "ConnectionError(MaxRetryError('HTTPSConnectionPool(host=\'x\',
// port=443): …'))") every \' is a quote. TLS trouble is read in each TLS
// library's own words: OpenSSL ("SSL_connect", "SSL routines"), GnuTLS
// ("gnutls_handshake() failed", "GnuTLS recv error (-110)", apt's "Could
// not handshake: Error in the pull function."), schannel
// ("SEC_E_…"), NSS ("SSL_ERROR_…"), Perl's IO::Socket::SSL ("SSL
// connect attempt failed", as HTTP::Tiny reports it after the host it
// named: "SSL connection failed for x: SSL connect attempt failed", x on
// 443, the https port its start_SSL serves; "failed for some reason"
// names none), IBM GSKit, Db2's, MQ's and
// Transformation Extender's ("gsk_secure_soc_init failed and returned:
// 414 (GSK_ERROR_BAD_CERT)", "GSKVAL_ERROR_…", "GSK Error Code: 414";
// GSK_ERROR_SOCKET_CLOSED a reset), Java's SSLHandshakeException and
// SSLException, older JSSE's SSLPeerUnverifiedException ("peer not
// authenticated", Leiningen's "Could not transfer artifact … from/to
// clojars (https://clojars.org/repo/): peer not authenticated"),
// libcurl's Secure Transport backend ("SSL: certificate verification
// failed (result: 5)", git on macOS), Python's ssl module, OpenSSL's library and reason
// ("[SSL: CERTIFICATE_VERIFY_FAILED] …") or the library alone ("[SSL]
// record layer failure (_ssl.c:1000)" inside aiohttp's "Cannot connect
// to host x:8123 ssl:default [[SSL] …]"), Go's crypto/tls ("remote
// error: tls: …") and net/http's "http: server gave HTTP response to
// HTTPS client" (helm's, Docker's: the server answered the ClientHello in
// plain HTTP), libpq's "received invalid response to SSL negotiation:
// X" (its SSLRequest answered by a server that is not PostgreSQL), .NET's "The SSL
// connection could not be established", Rust's rustls through reqwest
// (its Error and CertificateError: "invalid peer certificate:
// UnknownIssuer", "invalid peer certificate contents: …",
// NotValidForName, Expired or webpki's CertExpired, "received fatal
// alert: …", Debug's InvalidCertificate(…), "received corrupt message of
// type InvalidContentType": https:// to a plain-HTTP port), native-tls on
// macOS through hyper (Secure Transport's texts, "error trying to connect:
// decoding error", a decode_error alert from the peer, and "bad protocol
// version"; reqwest's "error decoding response body" is none), gRPC's transport
// credentials ("transport: authentication handshake failed: EOF"), Node's
// tls ("Client network socket disconnected before secure TLS connection
// was established", though its error object says code: 'ECONNRESET': the
// handshake is what failed), PHP's streams ("stream_socket_client():
// Failed to enable crypto", then "unable to connect to ssl://x:700
// (Unknown error)", whose "(Unknown error)" states no kind while
// "(Connection refused)" does); ssl-handshake's "SSL handshake with x:443:
// tcp=104ms handshake=0ms version=n/a total=104ms error=remote error: tls:
// internal error" too, while its line for a handshake that completed
// ("… handshake=54ms version=1.3 total=129ms", no error=) states no
// failure, so the failing line's host wins over an earlier success's.
// urllib3's MaxRetryError names its cause after "(Caused by ", and a
// cause of a known kind wins over the free text before it on its line:
// an application that prefixes every error with its own words
// ("requests.exceptions.SSLError: Connection refused.
// HTTPSConnectionPool(…): Max retries exceeded … (Caused by
// SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED]
// …')))") failed in TLS; a cause of no kind ("ProxyError('Cannot connect
// to proxy.', OSError('Tunnel connection failed: 403 Forbidden'))")
// leaves the line read whole. Logstash's Elasticsearch output names
// Manticore's exception after the pool's HostUnreachableError: "Elasticsearch
// Unreachable: [http://x:9200/][Manticore::ResolutionFailure] x" (Java's
// UnknownHostException) is a failed look-up of x, the named cause before
// the wrapper's word; "[Manticore::SocketTimeout] Read timed out" with
// :error_class=>"…::Pool::HostUnreachableError" timed out, the class's
// name saying unreachable only when no cause is named.
// Haskell's http-client names its timeouts as
// the exception's content after the request it dumps ("HttpExceptionRequest
// Request { host = \"x\" port = 443 … } ResponseTimeout", ConnectionTimeout):
// timeouts; the dump's host and port are read as Node's "host: 'x', port:
// 80" are. A dumped field's name is no statement, whatever its value
// ("responseTimeout = ResponseTimeoutDefault" in that dump, Node's
// "timeout: 5000", "timeout = infinite" in a config): a request dumped
// with a StatusCodeException 502 says no failure; nor does help text
// naming the option that sets it ("increase timeout with -T"). Advice
// that a deadline passed, given after an operation, is a timeout when
// nothing more specific is said: "Consider increasing timeouts", "try
// increasing the timeout"; net-ping's warning for an echo reply that came
// after its deadline, "Response with unknown request ID from x. Consider
// increasing timeouts (21946 ms old?).", names x, an ICMP echo tested on
// port 443 as ping's target is. ping's summary when no echo came back in
// its wait, "8 packets transmitted, 0 received, 100% packet loss" (BSD's
// "0 packets received, 100.0% packet loss"), is a timeout; with "+8
// errors" the errors are ICMP's answers, read from their own lines
// ("Destination Host Unreachable", "Destination Port Unreachable": both
// unreachable), and a reply received is no failure. The sender of those
// lines, "From x (IP) icmp_seq=1 Destination Port Unreachable", is the
// host that sent the ICMP error (often a router), never the host pinged:
// that is the command's ("$ ping login.persona.org") or the header's
// ("PING x (IP) 56(84) bytes of data."), whose address, on the line
// right after the command, is the command's host's even under another
// name (the canonical one: "PING persona.org (63.245.217.134)" after
// "ping login.persona.org"); a reply's "64 bytes from x (IP):
// icmp_seq=1" is the host pinged.
// A program's own word for a machine that gave no echo reply, R Tools for
// Visual Studio's "Reason: Machine 'x' did not respond to a ping.", is a
// timeout too ('hostname' there is a placeholder; a "pingback" is none).
// apt's "Could not wait for server fd - select (11: Resource temporarily
// unavailable) [IP: x 443]" is its wait on the server (methods/connect.cc's
// WaitFd, the TLS handshake's) passing its timeout: a timeout, as is
// Zabbix's read past its Timeout, "ZBX_TCP_READ() timed out", also as an
// agent's log was retyped, "started to fail (ZAB_TCP_READ) time out()";
// so is yamux's ErrTimeout, "i/o deadline reached", a stream or session
// past its deadline (frp's "login to server failed: i/o deadline
// reached", naming no host when the paste names none), and tokio's
// Elapsed, "deadline has elapsed" (RustDesk's "Failed to accept
// connection from x:53850: deadline has elapsed").
// Erlang's and Elixir's inet error
// atoms are kinds too: econnrefused, etimedout and timeout, nxdomain
// (also in inet:format_error's words, "non-existing domain", alone in
// TeslaMate's "POST https://x/… -> error: \"non-existing domain\""),
// ehostunreach, and closed (the other side closed the socket while
// connecting: a reset). Subversion's "Network connection closed
// unexpectedly" and Mercurial's "abort: connection ended unexpectedly"
// are resets (hg's "abort: error: …" wraps the OS's message, read as
// such), as is libpq's "server closed the connection unexpectedly / This
// probably means the server terminated abnormally" (psql, psycopg2; German
// "Server hat die Verbindung unerwartet geschlossen"), and node-mysql's
// and mysql2's PROTOCOL_CONNECTION_LOST, "Connection lost: The server
// closed the connection.", and Node-RED's MQTT "[mqtt] connection lost to
// broker tcp://x:1883" (its "disconnected from broker" is none); the first two name no
// host (the dotless host name of a syslog prefix, "Mar 05 13:23:19
// fastpath detector[14668]:", is the logging machine's and read as none).
// OpenSSH's key exchange cut off, "kex_exchange_identification:
// Connection closed by remote host" (or "read: Connection reset by
// peer"), Aspia's "Remote host closed the connection." (after its
// "Attempt to connect to x:8050.") and rsyslog omfwd's "remote server at
// x:514 seems to have closed connection." are resets, naming no host when none
// is named (a redacted "xxx.xxx.xxx.xxx:xxxx" none), and so is Roundcube's "IMAP Error: … Empty startup greeting
// (localhost:993)", the server closing or silent before its greeting (its
// "Wrong startup greeting (x:143): …" got an answer: none), and
// bitcoin-cli's "error: couldn't connect to server: EOF reached (code
// 1)", libevent's EVREQ_HTTP_EOF (its "timeout reached" is a timeout),
// and grpc-go's "connection error: desc = \"error reading from server:
// EOF\"", the server closing the transport under it (a config's "error
// reading from config: EOF" is none), and Ruby's EOFError, "end of file
// reached", on or under a line of connecting (Homebrew's "Error: Failed
// to connect to: https://x/…"; after a file's name it is none);
// a script's or tool's own "[Error] x is NOT reachable..." (or
// "x is unreachable") is unreachable, and so is one's "No route to x"
// before a name or an address (docker-icloudpd's "No route to icloud.com
// found.", on 443 as a traceroute's target is; "No route to the page" or
// to a file is none). Haskell network's "getAddrInfo:
// does not exist (hostname nor servname provided, or not known)",
// Solaris' and illumos' EAI_NONAME text ("getaddrinfo: node name or
// service name not known") and
// lua-resty-dns's DNS rcodes, "server returned error code: 3: name
// error" (NXDOMAIN) and "…: 2: server failure", are failed look-ups,
// and so are musl's gai_strerror texts after "getaddrinfo: " (or
// "getaddrinfo(): "): EAI_AGAIN's "Try again", as Ruby's SocketError
// prints it on Alpine ("Failed to open TCP connection to x:443
// (getaddrinfo: Try again)") and Python's socket.gaierror prints it
// ("[Errno -3] Try again", EAI_AGAIN, glibc's "Temporary failure in name
// resolution"), and EAI_FAIL's "Non-recoverable error"
// (a bare "Try again" is none); so is Zabbix's "getaddrinfo() failed for
// 'x': [0] Unknown error", whatever the text after it, and Fluent Bit's
// "[net] getaddrinfo(host='x'): Unknown error" (gai_strerror's text,
// whatever it is; Python's "getaddrinfo(host, port, …)" names none).
// FreeBSD's libfetch (fetch, pkg) words a name it could not look up
// "No address record", "Transient resolver failure" or "Non-recoverable
// resolver failure" ("pkg: http://x/meta.txz: No address record"), and
// getaddrinfo's EAI_ADDRFAMILY, "Address family for host not supported"
// (glibc's "… for hostname …"), no address of the family asked: failed
// look-ups (a socket's "Address family not supported by protocol" is
// none).
// c-ares' ares_strerror texts for a look-up its DNS servers did not
// answer, however they failed, are failed look-ups too, as aiodns passes
// them up under aiohttp ("Cannot connect to host x:443 ssl:default [DNS
// server returned answer with no data]"): "Domain name not found", "DNS
// server returned general failure", "DNS server refused query",
// "Could not contact DNS servers", "Timeout while contacting DNS
// servers" and the misformatted query's and reply's. Pi-hole's own check
// of the system's resolver, "[✗] DNS resolution is currently unavailable"
// and "[✗] DNS resolution is not available", is a failed look-up naming no
// host; its "DNS resolution is now available" says none. A C++ client's
// getaddrinfo failure, elnormous/HTTPRequest's "Failed to get address info
// of x", is a failed look-up of x (a redacted "xxxxx.com" names no host),
// and so is httplib2's ServerNotFoundError, "Unable to find the server at
// x" (Anki's sync, Google's API clients), a dotted name after it
// ("unable to find the server at first" is prose; an address, "… at
// 192.168.1.10:32400", was never looked up). A failed gethostbyname(3),
// "gethostbyname failure" (OpenSSL's s_client before 1.1, eXosip), did
// not resolve, nor did libcurl's threaded resolver's "getaddrinfo()
// thread failed to start" (its CURLE_COULDNT_RESOLVE_HOST, "curl: (6)";
// Julia's Downloads.jl "… while requesting https://x/"), nor did a
// request whose wrapper logs that CURLcode's name bare (s3fs-fuse's
// "RequestPerform(1692): ### CURLE_COULDNT_RESOLVE_HOST"; its
// CURLE_COULDNT_CONNECT names no kind), and so did Perl's IO::Socket::INET's "Bad hostname 'x'"
// (ddclient's "socket: IO::Socket::INET: Bad hostname 'x'"), nor did
// BusyBox's applets' "wget: bad address 'x'" (libbb's xhost2sockaddr;
// ping, ping6, nc, telnet, traceroute, ntpd print it too; Perl's
// "(Bad address)" is EFAULT, none). wget's "unable to resolve host
// address 'x'" reads so in its translations after its name too: "wget :
// impossible de résoudre l'adresse de l'hôte « x »", "wget: kann die
// Host-Adresse »x« nicht auflösen", "wget: impossibile risolvere
// l'indirizzo dell'host x", "wget: não foi possível resolver endereço de
// máquina x", "wget: не удаётся разрешить адрес «x»" (x on 443 when no
// URL names it, as the English one is).
// Mosh for Chrome reports Pepper's (Native Client's) network error codes
// (ppapi/c/pp_errors.h), read by number after its words:
// "resolution failed -110" (or "Name resolution failed with unexpected
// error code: -110", PP_ERROR_NAME_NOT_RESOLVED) is a failed look-up,
// NativeTCP's "Connection failed; result: -102" refused, -105 timed out,
// -107 unreachable, -101 a reset; other codes, and "Dependency
// resolution failed" without one, say no kind.
// libcurl's result codes that name a kind by themselves, 6 (couldn't
// resolve host), 28 (timed out), 35 and 60 (TLS: the handshake, the
// peer's certificate) and 52 (nothing returned: a reset), count wherever
// the text says the number is curl's: "curl: (6)", "cURL error 28",
// libdnf's and ddclient's "Curl error (28): …", "CURL error (6) Couldn't
// resolve host." (its 60 no macOS errno either),
// the exit status of a curl command (curl exits with its result code:
// vcpkg's "curl failed to download with exit code 60", opam's "Curl
// failed: \"/usr/bin/curl … https://x/index.tar.gz\" exited with code
// 60", "curl" before the status on its line or on the lines an indented
// wrap continues), acme.sh's "Please refer
// to https://curl.haxx.se/libcurl/c/libcurl-errors.html for error code:
// 6" (its 60 is curl's certificate failure, never macOS's ETIMEDOUT),
// pyLoad's "pycurl exception 28: SSL connection timeout"; pyLoad's
// warning after the codes 7, 18, 28, 52 and 56, "Couldn't connect to
// host or connection reset, waiting 1 minute and retry.", names two
// kinds and says neither; so does a refusal and a timeout named as
// alternatives in one phrase, the Cura OctoPrint plugin's "Connection
// refused or timeout when trying to access OctoPrint at x" ("refused or
// timed out", "timed out or refused"); either said alone still counts.
// An MQTT broker's refusal in its CONNACK, mosquitto's "Connection
// error: Connection Refused: identifier rejected." (or "bad user name or
// password", "not authorised", "unacceptable protocol version", "broker
// unavailable", "server unavailable"), is an answer from the broker and
// states no failure; its "Error: Connection refused" stays a refusal, and
// its MOSQ_ERR_TLS, "Error: A TLS error occurred.", is tls. The
// broker is the -h of mosquitto_sub or mosquitto_pub, misspelt too
// ("**mosquittio_sub -h 192.168.4.1 -t\# -v**" in Markdown's bold), on
// MQTT's 1883; so is the broker an MQTT client's own failure names alone,
// Zigbee2MQTT's "MQTT error: getaddrinfo EAI_AGAIN core-mosquitto" and
// "MQTT failed to connect, exiting...", when no port is given for it.
// An OpenSSL error string naming the SSL routine that failed
// ("error:1408F10B:SSL routines:ssl3_get_record:wrong version number")
// is the cause a wrapper's "connection closed" reports, tls: The Lounge's
// "*** Connection closed unexpectedly: Error: …:error:1408F10B:SSL
// routines:…"; a reset said as such beside it ("reset by peer", an
// errno) stays a reset, and so does OpenSSL's "unexpected eof while
// reading" (3.0's "SSL routines::unexpected eof while reading", 1.1's
// "unexpected eof"): the peer closed TCP without its close_notify.
// Mbed TLS's handshake that failed in its SSL or X.509 module is tls:
// ESP-IDF's "mbedtls_ssl_handshake returned -0x7780" (a fatal alert
// received), Tencent's IoT SDK's "mbedtls_ssl_handshake failed returned
// 0x7780(s)"; codes under 0x2000 are its network layer's (-0x50 a reset)
// and name no TLS trouble. So is an Mbed TLS code followed by its SSL or
// X.509 module's text, libgit2's "SSL error: 0xffff8880 - SSL - A fatal
// alert message was received from our peer" (a word "ssl" in a path or
// an option, "--ssl - off", has no code before it), and libgit2's error
// class for its TLS stream, Julia's "GitError(Code:ERROR, Class:SSL, …)",
// git2-rs's "class=Ssl (16)".
// ESP-IDF's esp-tls is its transport component, plain TCP as much as TLS:
// its tag ("esp-tls: Failed to open new connection") states no TLS
// failure (see espTLSUntagged); its "couldn't get hostname for :x:
// getaddrinfo() returns 202" and its code 0x8001 ("Last error code
// reported from esp-tls: 0x8001", ESP_ERR_ESP_TLS_CANNOT_RESOLVE_HOSTNAME)
// are a failed look-up, as ESPHome's "Couldn't resolve IP address for
// 'x'" is; a firmware's negative "TLS error code: -1002" (ESPEasy's) is
// tls, "TLS error code: 0" none.
// EPIPE, a write to a connection the other end closed, is a reset in
// every runtime's words: go-sql-driver's "packets.go:92: write tcp
// x:3311: broken pipe" (its "packets.go:30" a source location), Java's
// "Broken pipe (Write failed)", Python's "[Errno 32] Broken pipe", Node's
// "write EPIPE"; so is a server that closed the connection without a
// byte of reply, libcurl's CURLE_GOT_NOTHING (52) "Empty reply from
// server" (its strerror text, "Server returned nothing (no headers, no
// data)", as WPScan's "The url supplied 'x' seems to be down (…)" gives
// it), Mono's SocketException for ESHUTDOWN, "The socket has been shut
// down" (Sonarr's "Error: SendFailure (Error writing headers)"; "the
// service has been shut down" is none), and pamac's "Failed retrieving file 'x' from
// localhost:15678 : Empty response from server" ("empty response body"
// is none); so is Rust's hyper (reqwest, Deno's fetch) saying the
// server closed the connection before a whole response came,
// "error sending request for url (x): connection error: unexpected end
// of file" (the URL in the error, not the command line's, is the
// target), "connection closed before message completed",
// IncompleteMessage, and its HTTP/2 connection torn down by the peer's
// GOAWAY, h2's "connection error received: not a result of an error"
// (NO_ERROR's text), where a parser's, JSON's or gzip's "unexpected end
// of file" is none; so is gRPC's "last connection error: connection
// closed" (the server closed the connection before its HTTP/2 preface),
// under a DeadlineExceeded too: etcd's "rpc error: code =
// DeadlineExceeded desc = latest balancer error: last connection error:
// connection closed" is read by its last connection error, as a refused
// dial there is refused. Winsock's WSAHOST_NOT_FOUND (11001, "No such host is
// known") is a failed look-up in Windows' UI languages as .NET's
// SocketException prints it: de "Der angegebene Host ist unbekannt", fr
// "Hôte inconnu", es "No se conoce ese host", it "Host sconosciuto", pt
// "Host desconhecido", ru "Этот хост неизвестен", pl "Nieznany host", nl
// "Host is onbekend", tr, zh-CN "不知道这样的主机", ja "そのようなホストは
// 不明です", ko "알려진 호스트가 없습니다"; the stack frames' localised "bij
// System.Net.Dns.GetAddrInfo(String name)" (bei, à, en) name no host.
// .NET's IOException for a connection closed under a read in French,
// "Impossible de lire les données de la connexion de transport : La
// connexion a été fermée.", is a reset, also pasted with its accents lost
// to U+FFFD ("La connexion a �t� ferm�e").
// Qt's socket errors are read in its German catalogue (qtbase_de), as
// Nextcloud's and ownCloud's clients log them: "Der Host kann nicht
// erreicht werden" (Host unreachable) unreachable, "Rechner konnte nicht
// gefunden werden" (Host not found) a failed look-up, "Der entfernte
// Rechner hat die Verbindung geschlossen" a reset ("Verbindung
// verweigert" and "Das Zeitlimit … wurde überschritten" are read above);
// "Der Host kann nicht entfernt werden" is none.
// qBittorrent's words for QNetworkReply::HostNotFoundError, "The remote
// host name was not found (invalid hostname)", are a failed look-up in
// its translations too (Spanish "razón: No se encontró el nombre del host
// remoto (nombre de host no válido).", German, French, Portuguese,
// Italian, Russian, Chinese, Japanese, Korean, Polish, Dutch, Czech); its
// "La operación ha sido cancelada" (OperationCanceledError) is none.
// Node's "socket hang up" is a reset, as is its ERR_STREAM_PREMATURE_CLOSE,
// a body cut short, as node-fetch words it ("FetchError: Invalid response
// body while trying to fetch https://x/: Premature close"; a "premature
// closing tag" is none), and so, when nothing else
// is said, is an error chain about a request or a socket that ends in
// Go's io.EOF, the other end closing it: Traefik's "'502 Bad Gateway'
// caused by: EOF", `Get "https://x/": EOF`, "read tcp a->b: EOF", a Go
// logger's quoted error field ending so with the request in the fields
// after it (cloudflared's `error="Unable to reach the origin service. …
// from cloudflared: EOF" cfRay=x originService=https://y:18443`), a
// logged error field that is io.EOF alone beside a request's URL
// (go2rtc's "WRN …/producer.go:133 > error=EOF url=rtsp://x:554/…",
// or "err=EOF"; "reason=EOF" or "error=EOF file=x" is none), and a
// Go request cut short, `Get "https://x/index.yaml": unexpected EOF` or
// a URL's connection, go-cqhttp's "… ws://x:5710/cqhttp/ws 时出现错误:
// unexpected EOF" (an
// EOF of a file or a parser, "unexpected EOF while parsing", "yaml:
// unexpected EOF", "error reading config.yaml: EOF", or in prose is none;
// a TLS handshake's EOF is TLS); the Node.js Cassandra driver's "Socket
// was closed" (PoolConnectionError's individualErrors) is a reset;
// WireGuard's handshake that no peer answered over UDP, wireguard-go's
// (Windows, Android, macOS) "peer(LW3Y…OqDE) - Handshake did not complete
// after 5 seconds, retrying (try 2)" or "… after 20 attempts, giving up"
// and the Linux module's "Handshake for peer 3 (x:51820) did not complete
// after 5 seconds", is a timeout, not TLS (the peer's key names no host;
// the module's endpoint, or an "Endpoint = x:51820" the paste gives, does); npm's and
// pnpm's ERR_SOCKET_TIMEOUT and request's ESOCKETTIMEDOUT a timeout,
// SQL Server's ODBC and OLE DB drivers' "Unable to complete login
// process due to delay in opening server connection" (or "in login
// response", "in prelogin response"), beside their "Login timeout
// expired" and "TCP Provider: Timeout error [258]", a timeout (their
// "TCP Provider: Error code 0x2746." is a Winsock code in hexadecimal,
// read as the decimal codes are: 0x2746, 10054, a reset, 0x274C a
// timeout, 0x274D a refusal, 0x2751 unreachable; 0x2749, WSAENOTCONN,
// none),
// mosquitto's "Lookup error." and Ivy's (sbt's) "Host x not found.
// url=https://…" (host(1)'s "Host x not found: 3(NXDOMAIN)", Qt's
// QNetworkReply "Host x not found" at a line's end or quoted, as ownCloud's
// client shows it; a dotted name, not ssh's "Host key not found", nor
// "Host x not found in known_hosts") a failed look-up (Python's one-word
// LookupError, an exception class, is not). RubyGems' "Gem::RemoteFetcher::
// UnknownHostError: timed out (https://…)" timed out: remote_fetcher.rb
// raises that class with 'timed out' for a Timeout::Error, and the message
// says what happened, not the class's name ("UnknownHostError: no such
// name" is a failed look-up). Each of Winsock's resolver
// errors is a failed look-up, by number or text: WSAHOST_NOT_FOUND
// (11001), WSATRY_AGAIN (11002), WSANO_RECOVERY (11003, "A
// non-recoverable error occurred during a database lookup") and WSANO_DATA
// (11004), and so is whatever Go on Windows says its resolver call
// returned ("lookup x: getaddrinfow: …"), and Go's resolver finding no
// name server to ask ("lookup announce.syncthing.net: no DNS servers",
// after the colon only: "nmcli shows no DNS servers" is prose), or
// timing out, with its server ("lookup x on 8.8.8.8:53: read udp …: i/o
// timeout") or without ("dial tcp: lookup registry.ollama.ai: i/o
// timeout"; "dial tcp 10.0.0.5:443: i/o timeout" is a connect's);
// WSAHOST_NOT_FOUND's and
// WSANO_DATA's texts are read in Windows' UI languages as .NET prints them
// ("HttpRequestException: Este host não é conhecido. (x:443)", "El nombre
// solicitado es válido pero no se encontraron datos del tipo
// solicitado."). WSAENETUNREACH (10051) and WSAEHOSTUNREACH (10065), "A
// socket operation was attempted to an unreachable network" (or host),
// are unreachable, in Windows' UI languages too (de "Ein Socketvorgang
// bezog sich auf ein nicht verfügbares Netzwerk", pt "… foi tentada em
// uma rede inacessível", ko, zh-TW, and the fr, es, ru, ja, zh-CN texts). Winsock's WSAECONNABORTED
// (10053, "An established connection was aborted by the software in your
// host machine", in the UI languages 10054's texts are kept in) is a
// reset, and so is libcurl's own text for it on Windows after its
// "Send failure: " or "Recv failure: " (git's "unable to access
// 'https://x/': Send failure: Connection was aborted"; a connection
// "aborted by the user" is none). WCF's CommunicationException "The
// socket connection was aborted. This could be caused by … a receive
// timeout being exceeded by the remote host … Local socket timeout was
// '00:05:00'." (zh-CN "套接字连接已中止。…") is a reset: its first sentence
// states the failure, the rest lists causes and a setting. WinHTTP's and WinINet's name-not-resolved text (12007, "The
// server name or address could not be resolved", also when a console
// wrapped it after "The") is a failed look-up, as is a host that "cannot
// be resolved" or "can not be resolved" (NoHttp's "UnKnownHostError:
// Hostname can not be resolved: URL", "UnknownHostException: Host can not
// be resolved: x", the name or URL after it the host; Netty's resolver,
// as Reactor Netty and gRPC Java throw it, "UnknownHostException: Failed
// to resolve 'x' [A(1), AAAA(28)] after 4 queries", "… and search domain
// query for configured domains failed as well: […]", "Search domain query
// failed. Original hostname: 'x' failed to resolve 'x.svc.cluster.local'",
// the quoted, original, name, never "Failed" or "Search"), but not a
// compiler's "x cannot be resolved to a type"; "can not" as two words is
// read wherever "cannot" is ("can not connect to x:80", "can not resolve
// the host"). Windows' HRESULTs that wrap
// a WinINet, WinHTTP or Winsock code (HRESULT_FROM_WIN32, 0x8007xxxx) say
// the same as the code, whole tokens in hexadecimal with or without 0x or
// as a signed decimal: 0x80072EE2 (12002) timed out, 0x80072EE7 and
// -2147012889 (12007) name not resolved, 0x80072EFE and 0x80072EFF
// (12030, 12031) reset, 0x80072F0D, 0x80072F7D, 0x80072F8F and the other
// certificate and secure-channel codes TLS, 0x8007274C (10060),
// 0x8007274D (10061), 0x80072751 (10065), 0x80072746 (10054), 0x80072AF9
// (11001); so do the decimal codes beside "error" and the symbolic names
// (ERROR_WINHTTP_TIMEOUT, ERROR_INTERNET_CONNECTION_RESET). 12029,
// ERROR_INTERNET_CANNOT_CONNECT (0x80072EFD), says only that the connect
// failed, not how. Firefox's error pages say what failed in their own
// words: netTimeout's "is taking too long to respond" timed out,
// connectionFailure's "can’t establish a connection to the server"
// (German "kann keine Verbindung zu dem Server unter x aufbauen")
// refused, dnsNotFound's "Hmm. We’re having trouble finding that site.",
// "We can’t connect to the server at x" and the older "can’t find the
// server at x" a failed look-up, netInterrupt's and netReset's "was
// interrupted (reset) while the page was loading" a reset,
// nssFailure2's "Secure Connection Failed" and the certificate warning
// TLS, in Russian too ("Ошибка при установлении защищённого соединения",
// "Firefox обнаружил вероятную угрозу безопасности"), naming no host when
// none is named; so does the error page URL's e= by the same names. Apache Traffic Server's "Unknown Host" page, which a proxy
// shows in the browser's place, is a failed look-up of the name it quotes:
// "Unable to locate the server named \"x\" --- the server does not have a
// DNS entry." (a name with no scheme, on 443 as on a browser's page); "does
// not have a DNS entry" (its words and Netscape's) is a failed look-up.
//
// # Naming the program
//
// Target.Program names the program whose words were recognised, never a
// more specific one guessed from them: a marker in the text names it first
// (PHPMailer's "SMTP ERROR", "SMTP connect() failed", "SMTP Error: Could
// not connect to SMTP host" and its debug log's "Connection: opening to"),
// else the mention that gave the target, else the runtime whose functions
// wrote the words: "stream_socket_client(): Unable to connect to
// ssl://x:465" and "fsockopen(): unable to connect to" are PHP's, whichever
// library called them (Symfony Mailer, OpenCart), though SwiftMailer's
// "Connection could not be established with host x" before them names
// SwiftMailer. kubectl's "Unable to connect to the server: dial tcp …" has
// a colon after "server"; Zabbix's "Unable to connect to the server
// [zabbix-server]:10051" is no kubectl's. Predis's bracketed parameters
// after its message, "[tcp://127.0.0.1:6379]", are read as a machine
// translation spaces them too, "[tcp: //127.0.0.1: 6379]", when the host
// looks like one (an address, a name with a top-level domain, localhost).
// libpq's messages ("could not
// connect to server: … Is the server running on host \"x\" … on port
// 5432?", "connection to server at \"x\" (ip), port 5432 failed",
// "could not translate host name \"x\"") are every libpq client's
// (psycopg2, Ruby pg, pgAdmin) and name PostgreSQL (the hint names its
// host and port whatever prefix a log puts before its second line, a
// journald header, a timestamp, a container's column, and in either order
// of its lines: a log exported newest first
// lists "TCP/IP connections on port 5432?" above "Is the server running
// on host \"x\" (10.0.0.5) and accepting"; its second line may carry
// docker-compose's service prefix, "api | \tTCP/IP connections on port
// 5432?"; a message logged inside a Python repr has its line break and
// tab as escapes, "and accepting\n\tTCP/IP connections on port 5432?\n']",
// or escaped twice in a bytes repr of it, and is read the same); psql only when the
// paste shows psql itself ("psql: error:", "psql: could not connect", a
// "$ psql …" command line). telnet is named by its "telnet: " or its
// command, never by "telnet" in a library's path (telnetlib.py,
// node_modules/telnet-client) or another program's words (arthas's
// "Connect to telnet server error"); "connect to address x and port 22: No
// route to host" is the Nagios plugins', named by none. "SocketException"
// is .NET's, but java.net.SocketException is Java's and "connection
// attempt failed: SocketException: Error connecting to x" the mongo
// shell's. ETIMEDOUT and ECONNREFUSED name Node.js in Node's words only
// ("connect ECONNREFUSED x:80", "code: 'ETIMEDOUT'", "Error:
// ECONNREFUSED", yarn's "….tgz: ETIMEDOUT"), not in FileZilla's
// "ECONNREFUSED - Connection refused by server" or "ETIMEDOUT - Connection
// attempt timed out" (which name FileZilla, one blank or a tab after
// "Error:"), libuv's in Julia or
// redis-rb ("connection refused (ECONNREFUSED)"), Android's "isConnected
// failed: ECONNREFUSED" or Winsock's WSAETIMEDOUT. Go's client words a
// request's method with one capital ("Get \"https://x/\": …"); "GET
// https://x/" in capitals (a browser's console, pnpm, Ruby, LWP, a
// Terraform debug log) names no program. wget is named by its words
// ("wget: ", opkg's "wget returned 8") or its command, not by advice to
// run it ("… run: wget https://x") after Mix's httpc failed. "sudo: unable
// to resolve host x" is sudo's, not Android's "Unable to resolve host".
package target

import (
	"net"
	"strconv"
	"strings"
)

// Target is what will be tested: one host and one TCP port, plus what the
// input said about it.
type Target struct {
	// Input is the text exactly as the user typed or pasted it.
	Input string `json:"input"`
	// Host is a DNS name or an IP literal (without brackets).
	Host string `json:"host"`
	// Port is the TCP port to test, 1..65535.
	Port int `json:"port"`
	// PortFrom says where Port came from: "explicit", "scheme" (the URL's
	// scheme default), "program" (the default of the program whose message
	// named the host: mysql 3306, ssh 22) or "assumed" (nothing said; HTTPS
	// assumed).
	PortFrom string `json:"port_from"`
	// Scheme is the URL scheme when the input held a URL ("https", "ssh"...).
	Scheme string `json:"scheme,omitempty"`
	// URL is the full URL when the input held one.
	URL string `json:"url,omitempty"`
	// Addr is an IP address the failing program had already resolved and was
	// dialling, when the text shows both a name and an address.
	Addr string `json:"addr,omitempty"`
	// Kind says what the input was: "host", "host:port", "url" or "error text".
	Kind string `json:"kind"`
	// Program names the software whose error text was recognised ("Go",
	// "curl", "Java"...), empty for plain targets.
	Program string `json:"program,omitempty"`
	// Failure is what the pasted text says went wrong.
	Failure Failure `json:"failure,omitempty"`
	// Evidence is the fragment of pasted text the target and failure were read
	// from.
	Evidence string `json:"evidence,omitempty"`
	// Via is the final destination when the pasted text names a proxy as the
	// hop that failed (git's "unable to access 'https://github.com/…':
	// Failed to connect to proxy port 3128"): Host is the proxy, Via the host
	// behind it.
	Via string `json:"via,omitempty"`
	// Line is the 1-based line of the pasted text that Evidence comes from,
	// 0 for plain targets.
	Line int `json:"line,omitempty"`
	// Malformed says why Host cannot be the host the program meant when
	// the pasted text shows a program dialling it, "" otherwise: an
	// invalid DNS name, "an empty label between two dots" for AWS's
	// "lookup sqs..amazonaws.com: no such host", a name a configuration
	// built with its region empty, "an empty label before its first dot"
	// (".harvestapp.com"), "parentheses around it, which no host name
	// holds" ("(db)"); or a valid name that is no host: a URL scheme
	// ("https", from a doubled URL), a word ("unknown") or a programming
	// language's empty value (Python's None, read as "none") put where a
	// host belongs. An invalid name resolves nowhere (the DNS check fails
	// on it); either way what needs fixing is the setting it was built
	// from, not the network.
	Malformed string `json:"malformed,omitempty"`
}

// IsIP reports whether Host is an IP literal rather than a name.
func (t Target) IsIP() bool { return net.ParseIP(t.Host) != nil }

// HostPort returns Host and Port joined for dialling ("[::1]:443").
func (t Target) HostPort() string { return net.JoinHostPort(t.Host, strconv.Itoa(t.Port)) }

// Describe returns a short plain-language line saying what will be tested,
// for example "app.example.com, port 443, HTTPS — from the Go error you pasted".
// When the paste names a proxy as the hop that failed it says which host is
// behind it, so that the user who asked about github.com sees why the
// proxy is tested: "proxy.corp.lan, port 3128 (the proxy on the way to
// github.com) — from the git error you pasted".
func (t Target) Describe() string {
	s := t.Host + ", port " + strconv.Itoa(t.Port)
	if name := serviceName(t.Scheme, t.Port); name != "" {
		s += ", " + name
	}
	if t.Via != "" {
		s += " (the proxy on the way to " + t.Via + ")"
	}
	switch {
	case t.Kind == KindError && t.Program != "":
		s += " — from the " + t.Program + " error you pasted"
	case t.Kind == KindError:
		s += " — from the error text you pasted"
	case t.PortFrom == PortAssumed:
		s += " (no port given: HTTPS assumed)"
	}
	return s
}

// Preview is Describe plus where in a multi-line paste the target was read:
// "app.example.com, port 443, HTTPS — from the PHP cURL error you pasted,
// line 3". It is what the wizard shows while the user types.
func (t Target) Preview() string {
	s := t.Describe()
	if t.Kind == KindError && t.Line > 0 && strings.Contains(strings.TrimSpace(t.Input), "\n") {
		s += ", line " + strconv.Itoa(t.Line)
	}
	if t.Malformed != "" {
		s += "; " + t.malformedNote()
	}
	return s
}

// Notice is what every view of a run says beside the target when the
// pasted text showed a program dialling a broken name (Malformed): "The
// name "sqs..amazonaws.com" is not a valid host name (an empty label
// between two dots): check the setting it was built from."; for a valid
// name that is no host, "The name "https" is not the host the program
// meant (…): …". The name is quoted so that one broken at its edges (".",
// "db.") shows where it begins and ends. "" otherwise. The wizard's
// preview says the same after the name while the user types.
func (t Target) Notice() string {
	if t.Malformed == "" {
		return ""
	}
	return "The name \"" + t.Host + "\"" + strings.TrimPrefix(t.malformedNote(), "the name") + "."
}

// malformedNote says why the name is not the host the program meant: not
// a valid host name, or (a scheme, a word, an empty value put where a host
// belongs) a valid one that is no host.
func (t Target) malformedNote() string {
	if slotHost(t.Host) {
		return "the name is not the host the program meant (" + t.Malformed + "): check the setting it was built from"
	}
	return "the name is not a valid host name (" + t.Malformed + "): check the setting it was built from"
}

// Input kinds, as stored in Target.Kind.
const (
	KindHost     = "host"
	KindHostPort = "host:port"
	KindURL      = "url"
	KindError    = "error text"
)

// Where Target.Port came from.
const (
	PortExplicit = "explicit"
	PortScheme   = "scheme"
	PortProgram  = "program"
	PortAssumed  = "assumed"
)

// DefaultPort is the port tested when the input names none (HTTPS).
const DefaultPort = 443
