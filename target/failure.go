package target

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// Failure is what a pasted error says happened, in one stable word.
type Failure string

// Failures recognised in pasted text.
const (
	FailureNone        Failure = ""
	FailureTimeout     Failure = "timed_out"    // connect or read timed out (ETIMEDOUT, i/o timeout, 10060)
	FailureRefused     Failure = "refused"      // the other side answered with a reset (ECONNREFUSED, 10061)
	FailureNoSuchHost  Failure = "no_such_host" // the name did not resolve
	FailureUnreachable Failure = "unreachable"  // no route / host or network unreachable
	FailureReset       Failure = "reset"        // an open connection was reset
	FailureTLS         Failure = "tls"          // certificate or handshake trouble
)

// failureOrder is the precedence when one line says several things: a name
// that did not resolve explains everything after it ("lookup x on 10.0.0.2:53:
// read: connection refused" is a DNS failure), a refusal or unreachable
// network is more specific than the timeout a wrapper reports
// ("ServerSelectionTimeoutError: …: Connection refused").
var failureOrder = []Failure{FailureNoSuchHost, FailureRefused, FailureUnreachable, FailureReset, FailureTimeout, FailureTLS}

// failurePhrases are lower-case fragments of error text, by the failure they
// reveal: English as programs print it, glibc's translated strerror texts and
// Windows' localised Winsock messages in the common UI languages (de, fr, es,
// it, pt, ru, ja, zh, nl, pl); glibcPhrases add glibc's texts in the other
// languages it ships.
var failurePhrases = map[Failure][]string{
	FailureNoSuchHost: {
		"no such host", "could not resolve host", "could not resolve hostname", "could not resolve proxy",
		"couldn't resolve host", "couldn't resolve proxy", "could not resolve the host", "could not resolve '",
		"unable to resolve host", "failed to resolve host", "failed to resolve address", "could not resolve \"",
		"name or service not known", "temporary failure in name resolution", "temporary failure resolving",
		"nodename nor servname", "hostname nor servname",
		// Solaris' and illumos' gai_strerror text for EAI_NONAME (Puppet's
		// "Error: Could not run: getaddrinfo: node name or service name
		// not known", ssh's "ssh: x: node name or service name not known").
		"node name or service name not known",
		// Fluent Bit's net_tcp_connect when getaddrinfo fails: "[error]
		// net_tcp_connect: Can't get addr info".
		"can't get addr info",
		"enotfound", "eai_again", "eai_nodata", "eai_noname", "eai_fail",
		// Node's dns.lookup failing with EAI_SYSTEM's errno, a look-up's
		// (node-opcua's "[Error: getaddrinfo EIO] code: 'EIO'"); its
		// EMFILE, ENFILE or ENOMEM are the process's own limits, no name
		// that failed to resolve.
		"getaddrinfo eio", "getaddrinfo enoent", "getaddrinfo eservfail",
		"unknownhostexception", "unknown host", "no address associated with hostname", "getaddrinfo failed",
		// The same EAI_NODATA in other C libraries' words, after PHP's
		// "getaddrinfo for x failed: no address associated with name".
		"no address associated with name",
		"could not translate host name", "unknown mysql server host", "server misbehaving", "dns error",
		"failed to lookup address", "name resolution", "resolving timed out",
		// A look-up in other programs' words: Switchblade's "Error: Failed
		// to look up DNS for 'x'.", n8n's message for a failed look-up
		// ("The DNS server returned an error, perhaps the server is
		// offline").
		"failed to look up dns for", "the dns server returned an error",
		// Twisted names' TimeoutError over the DNS queries that got no
		// answer (Synapse's "TimeoutError([Query('_matrix._tcp.x', 33,
		// 1)],)"): a look-up that timed out, as "Resolving timed out" is.
		"timeout error([query(",
		// Twisted names' errors for an answer's RCODE (Synapse's
		// "DNSServerError(<Message … rCode=2 … queries=[Query('_matrix._tcp.x',
		// 33, 1)]>)": SERVFAIL; DNSNameError NXDOMAIN, DNSQueryRefusedError
		// REFUSED), their names split into words as the classifier reads
		// them.
		"dns server error(<message", "dns name error(<message", "dns query refused error(<message",
		// Boost.Asio's resolver error as Antelope's net_plugin words it
		// ("connection failed to x:9898, Unable to resolve endpoint").
		"unable to resolve endpoint",
		// Asterisk's chan_sip on a SIP Contact's host it could not
		// resolve, "Invalid host name in Contact: (can't resolve in DNS)
		// : 'x'"; the words before the break when a poster's copy broke
		// the line after "resolve in".
		"(can't resolve in",
		// BusyBox's applets on a failed look-up (libbb's xhost2sockaddr,
		// "wget: bad address 'x'"); Perl's "(Bad address)" is EFAULT.
		"wget: bad address '", "ping: bad address '", "ping6: bad address '", "nc: bad address '",
		"telnet: bad address '", "traceroute: bad address '", "ntpd: bad address '",
		// A failed gethostbyname(3) as OpenSSL's s_client (before 1.1),
		// eXosip and many small C programs print it.
		"gethostbyname failure",
		// libcurl's threaded resolver when it cannot start its look-up
		// thread (lib/asyn-thread.c), CURLE_COULDNT_RESOLVE_HOST: "curl:
		// (6) getaddrinfo() thread failed to start", Julia's Downloads.jl
		// "getaddrinfo() thread failed to start while requesting x".
		"getaddrinfo() thread failed to start",
		// The CURLcode's own name, which wrappers of libcurl log bare
		// (s3fs-fuse's "RequestPerform(1692): ###
		// CURLE_COULDNT_RESOLVE_HOST").
		"curle_couldnt_resolve_host",
		// Perl's IO::Socket::INET when inet_aton found no address for the
		// peer (ddclient's "socket: IO::Socket::INET: Bad hostname
		// 'checkip.dyndns.org'").
		"io::socket::inet: bad hostname '",
		"no such host is known", "host not found", "unable to resolve host address", "err_name_not_resolved",
		"dns_probe_finished_nxdomain", "could not be found", "remote name could not be resolved",
		":nxdomain", // Erlang's inet error atoms ({:failed_connect, … :nxdomain})
		// lua-resty-dns's answer with DNS rcode 3 (NXDOMAIN) or 2
		// (SERVFAIL): "server returned error code: 3: name error".
		"server returned error code: 3: name error", "server returned error code: 2: server failure",
		// Let's Encrypt's (Boulder's) ACME problem detail for a name its
		// resolvers could not look up while validating it: "DNS problem:
		// query timed out looking up CAA for x", "… NXDOMAIN looking up A
		// for x", "… SERVFAIL looking up CAA for x".
		"dns problem: ",
		// ESPHome's "Error resolving IP address of x. Is it connected to
		// WiFi?" and its mDNS cause, "Error resolving address with mDNS:
		// Did not respond".
		"error resolving ip address of ", "error resolving address with mdns",
		// Exim's dnslookup router when its look-up of the recipient
		// domain's MX or address did not finish (dnslookup.c's message
		// for HOST_FIND_AGAIN): "== x@gmail.com R=dnslookup defer (-1):
		// host lookup did not complete".
		"host lookup did not complete",
		// Kong's DNS client for a name its server says does not exist
		// (rcode 3, NXDOMAIN): "DNS resolution failed: dns server error:
		// 3 name error", "querying dns for x failed: dns server error: 3
		// name error".
		"dns server error: 3 name error",
		// Manticore's (Logstash's HTTP client's) ResolutionFailure, which
		// wraps Java's UnknownHostException: "Elasticsearch Unreachable:
		// [http://x:9200/][Manticore::ResolutionFailure] x". The named
		// cause beats the pool's HostUnreachableError around it.
		"manticore::resolution failure",
		// elnormous/HTTPRequest's (and other C++ clients') getaddrinfo
		// failure: "Failed to get address info of x".
		"failed to get address info of ",
		// Apache Traffic Server's "Unknown Host" page (connect#dns_failed)
		// and Netscape's MK_UNABLE_TO_LOCATE_HOST: "… the server does not
		// have a DNS entry."
		"does not have a dns entry",
		// Pi-hole's own check that the system resolver answers (gravity.sh,
		// basic-install.sh: "[✗] DNS resolution is currently unavailable",
		// then after its wait "[✗] DNS resolution is not available"); its
		// "DNS resolution is now available" says none.
		"dns resolution is currently unavailable", "dns resolution is not available",
		// de, fr, es, it, pt, ru, ja, zh, nl, pl (glibc and Winsock)
		"der name oder der dienst ist nicht bekannt", "der angegebene host ist unbekannt", "temporärer fehler bei der namensauflösung",
		"nom ou service inconnu", "hôte inconnu", "échec temporaire dans la résolution du nom",
		"nombre o servicio desconocido", "no se conoce ese host", "fallo temporal en la resolución del nombre",
		"nome o servizio sconosciuto", "host sconosciuto", "errore temporaneo nella risoluzione del nome",
		"nome ou serviço desconhecido", "host desconhecido", "falha temporária na resolução de nome",
		"имя или служба не известны", "этот хост неизвестен", "временный сбой в разрешении имен",
		"名前またはサービスが不明です", "そのようなホストは不明です", "名前解決に一時的に失敗しました",
		"未知的名称或服务", "不知道这样的主机", "域名解析暂时失败", "无法解析",
		"naam of dienst is niet bekend", "onbekende host",
		"nazwa lub usługa nieznana", "nieznany host",
		// WSAHOST_NOT_FOUND (11001) as .NET's SocketException prints it
		// on a Dutch Windows ("System.Net.Sockets.SocketException
		// (0x80004005): Host is onbekend").
		"host is onbekend",
		// Qt's QAbstractSocket::HostNotFoundError in its German catalogue
		// (qtbase_de: "Host not found", "Rechner konnte nicht gefunden
		// werden").
		"rechner konnte nicht gefunden werden",
		// QNetworkReply::HostNotFoundError as qBittorrent words it ("The
		// remote host name was not found (invalid hostname)", its RSS and
		// tracker logs) in its translations (src/lang/qbittorrent_*.ts):
		// es, both spellings it has shipped ("No se pudo descargar el feed
		// RSS: 'https://x/…', razón: No se encontró el nombre del host
		// remoto (nombre de host no válido)."), de, fr, pt, it, ru, zh_CN,
		// zh_TW, ja, ko, pl, nl, cs.
		"remote host name was not found", "no se encontró el nombre del host remoto",
		"no se encontró el nombre de host remoto", "der hostname konnte nicht gefunden werden",
		"le nom d'hôte distant est introuvable", "o nome do servidor remoto não foi encontrado",
		"il nome host remoto non è stato trovato", "удалённый хост не был найден", "未找到远程主机名",
		"找不到遠端主機名稱", "リモートホスト名が見つかりませんでした", "원격 호스트 이름을 찾을 수 없습니다",
		"nie odnaleziono nazwy zdalnego hosta", "de externe hostnaam werd niet gevonden",
		"název vzdáleného hostitele nebyl nalezen",
		// RubyGems' UnknownHostError for a name that did not resolve
		// (remote_fetcher.rb, "no such name"), as its FetchError prints
		// it before the URL fetched: "Unable to download data from
		// https://rubygems.org/ - no such name
		// (https://api.rubygems.org/latest_specs.4.8.gz)".
		"no such name (",
		// Said in other words and languages: musl's resolver, nslookup,
		// Winsock 11002/11004, Chrome, the split words of exception names
		// (NameResolutionError, UnknownHostException).
		"name does not resolve", "server can't find", "lookup failure", "during hostname resolution",
		// musl's gai_strerror for EAI_NODATA (paho-mqtt on Alpine: "[Error
		// -5] Name has no usable address").
		"name has no usable address",
		// SaltStack's minion on its master's name: "DNS lookup of 'salt'
		// failed.", "Master hostname: 'salt' not found. Retrying in 30
		// seconds".
		"dns lookup of '", "master hostname: '",
		"no data of the requested type", "err_name_resolution_failed", "name_not_resolved",
		"unknown host exception", "dns lookup failed", "couldn't find the hostname '", "dns lookup error for", "non-existent domain", "dns resolution failed",
		// Twisted's DNSLookupError by its name before its message, as
		// Synapse's federation client logs it ("…/send/1/: DNSLookupError
		// - DNSLookupError: no …").
		"dns lookup error:",
		// ESP-IDF's esp-tls failing getaddrinfo ("esp-tls: couldn't get
		// hostname for :x: getaddrinfo() returns 202") and ESPHome's MQTT
		// client failing its own look-up of the broker ("Couldn't resolve
		// IP address for 'x'").
		"couldn't get hostname for", "couldn't resolve ip address for",
		// inet:format_error(nxdomain), as Erlang and Elixir programs print
		// it (Postgrex's "tcp connect: non-existing domain - :nxdomain",
		// TeslaMate's Finch "-> error: \"non-existing domain\"").
		"non-existing domain",
		"nxdomain", "servfail", "unresolved address",
		"host desconocido", "nom d'hôte inconnu", "알려진 호스트가 없습니다", "이름 혹은 서비스를 알 수 없습니다",
		"沒有此類的主機", "不明主機", "不明なホスト", "böyle bir ana bilgisayar bilinmiyor", "ad veya hizmet bilinmiyor",
		"neznámý hostitel", "ismeretlen állomás", "okänd värd", "невідомий хост",
		// .NET's "The remote name could not be resolved" in Windows' UI
		// languages.
		"remotename konnte nicht aufgelöst werden", "le nom distant n'a pas pu être résolu",
		// sudo's "unable to resolve host %s" in its translations
		// (plugins/sudoers/po): zh_CN, zh_TW, fr, it, pt, pt_BR, ru, uk, pl,
		// cs, sv, ro, ca, vi, de "Hostname %s kann nicht aufgelöst werden",
		// ja, ko.
		"无法解析主机：", "無法解析主機: ", "impossible de résoudre l'hôte ", "impossibile risolvere l'host ",
		"impossível resolver o anfitrião ", "não foi possível resolver máquina ", "не удаётся определить адрес узла ",
		"не вдалося визначити адресу вузла ", "nie udało się rozwiązać nazwy hosta ", "nelze přeložit název stroje ",
		"kan inte slå upp värddatorn ", "nu se poate rezolva gazda ", "no s'ha pogut resoldre l'amfitrió ",
		"không thể phân giải địa chỉ của máy ", " kann nicht aufgelöst werden", " の名前解決ができません", " 호스트를 해석할 수 없습니다",
		"le nom distant n’a pas pu être résolu", "no se puede resolver el nombre remoto",
		"impossibile risolvere il nome remoto", "o nome remoto não pôde ser resolvido",
		"не удается разрешить удаленное имя", "не удалось разрешить удаленное имя", "リモート名を解決できませんでした",
		"未能解析此远程名称", "无法解析远程名称", "無法解析遠端名稱", "원격 이름을 확인할 수 없습니다",
		"nie można rozpoznać nazwy zdalnej", "de externe naam kan niet worden omgezet", "uzak ad çözülemedi",
		// wget's "unable to resolve host address %s" in its translations
		// (fr, de, it, pt_BR, ru).
		"impossible de résoudre l'adresse de l'hôte ", "kann die host-adresse ", "impossibile risolvere l'indirizzo dell'host ",
		"não foi possível resolver endereço de máquina ", "не удаётся разрешить адрес ",
		"невозможно разрешить удаленное имя", "невозможно разрешить удалённое имя",
		// mosquitto's text for a failed getaddrinfo ("Unable to connect
		// (Lookup error.)"); Python's LookupError is one word and no DNS.
		"lookup error.",
		// Go's resolver with no name server to ask (its errNoNameservers,
		// "lookup announce.syncthing.net: no DNS servers", as Syncthing
		// logged it): the name could not be looked up.
		": no dns servers",
		// Winsock's resolver errors, WSAHOST_NOT_FOUND (11001, above),
		// WSATRY_AGAIN (11002), WSANO_RECOVERY (11003) and WSANO_DATA
		// (11004, both its wordings), in English and Chinese; Go on Windows
		// names the call that failed ("lookup x: getaddrinfow: …").
		"temporary error during hostname resolution", "non-recoverable error occurred during a database lookup",
		"requested name is valid", "主机名解析时通常出现的暂时错误", "数据库查找中出现一个不可恢复的错误", "请求的名称有效",
		"getaddrinfow:",
		// WSAHOST_NOT_FOUND's (11001) and WSANO_DATA's (11004) texts in
		// more of Windows' UI languages, as .NET's HttpRequestException
		// prints them ("Este host não é conhecido. (x:443)").
		"este host não é conhecido", "el nombre solicitado es válido", "der angeforderte name ist gültig",
		"le nom demandé est valide", "o nome solicitado é válido", "il nome richiesto è valido",
		"запрошенное имя верно", "要求された名前は有効です",
		// WinHTTP's and WinINet's ERROR_…_NAME_NOT_RESOLVED (12007), as
		// cargo, PowerShell and Windows Update print it ("The server name
		// or address could not be resolved"), in English and Japanese
		// (Chinese's "无法解析…" is above).
		"server name or address could not be resolved", "サーバー名またはアドレスは解決されませんでした",
		// Chrome's ERR_NAME_NOT_RESOLVED page in Russian ("Не удалось
		// найти IP-адрес сервера x.").
		"не удалось найти ip-адрес сервера",
		// Firefox's dnsNotFound page, new and old ("Hmm. We’re having
		// trouble finding that site." / "We can’t connect to the server at
		// x.", "Firefox can’t find the server at x.").
		"having trouble finding that site", "we can’t connect to the server at", "we can't connect to the server at",
		"can’t find the server at", "can't find the server at",
		// … and its error page's URL, as geckodriver reports it
		// ("Reached error page: about:neterror?e=dnsNotFound&u=…").
		"about:neterror?e=dnsnotfound&",
		// Windows ping's "Ping request could not find host x." in its UI
		// languages (see pingNotFound).
		"could not find host", "ping 请求找不到主机", "ping-anforderung konnte host", "ping n’a pas pu trouver l’hôte",
		"ping n'a pas pu trouver l'hôte", "ping no pudo encontrar el host", "ping não pôde encontrar o host",
		"не удалось обнаружить узел", "ping 要求ではホスト",
		// SwiftNIO's SocketAddressError.unknown(host:port:), "The host is
		// unknown (could not be resolved)", as AsyncHTTPClient's
		// NIOConnectionError dumps it (dnsAError: Optional(NIOCore.
		// SocketAddressError.unknown(host: "x", port: 443))); the name
		// is split as failure names are.
		"socket address error.unknown(",
		// musl's gai_strerror texts for a failed look-up
		// (src/network/gai_strerror.c): EAI_AGAIN's "Try again" and
		// EAI_FAIL's "Non-recoverable error", read only as the result
		// of getaddrinfo, as Ruby's SocketError prints it on Alpine
		// ("Failed to open TCP connection to x:443 (getaddrinfo: Try
		// again)"); EAI_NONAME's "Name does not resolve" is above.
		"getaddrinfo: try again", "getaddrinfo(): try again",
		// … and Python's socket.gaierror for EAI_AGAIN (-3), whose text is
		// musl's (and older C libraries') "Try again" where glibc's is
		// "Temporary failure in name resolution" (pymodbus: "Connection to
		// (x, 502) failed: [Errno -3] Try again").
		"[errno -3] try again",
		// FreeRDP's connect errors for a name it could not resolve
		// ("freerdp_tcp_is_hostname_resolvable:freerdp_set_last_error_ex
		// ERRCONNECT_DNS_NAME_NOT_FOUND [0x00020005]", ERRCONNECT_DNS_ERROR).
		"errconnect_dns_name_not_found", "errconnect_dns_error",
		"getaddrinfo: non-recoverable error", "getaddrinfo(): non-recoverable error",
		// Zabbix's (and small C programs') message for a name getaddrinfo
		// did not resolve, whatever its errno and text after:
		// "getaddrinfo() failed for 'x': [0] Unknown error".
		"getaddrinfo() failed for ",
		// Fluent Bit's net layer (src/flb_network.c) for a name getaddrinfo
		// did not resolve, with gai_strerror's text, whatever it is:
		// "[ warn] [net] getaddrinfo(host='x'): Unknown error".
		"getaddrinfo(host='",
		// c-ares' ares_strerror texts for a look-up its DNS servers did
		// not answer, whatever way they failed (aiodns under aiohttp:
		// "Cannot connect to host x:443 ssl:default [DNS server returned
		// answer with no data]"): ARES_ENODATA, ARES_EFORMERR,
		// ARES_ESERVFAIL, ARES_ENOTFOUND, ARES_ENOTIMP, ARES_EREFUSED,
		// ARES_EBADRESP, ARES_ECONNREFUSED and ARES_ETIMEOUT.
		"dns server returned answer with no data", "dns server claims query was misformatted",
		"dns server returned general failure", "domain name not found",
		"dns server does not implement requested operation", "dns server refused query",
		"misformatted dns reply", "could not contact dns servers", "timeout while contacting dns servers",
		// FreeBSD's libfetch (fetch(1), pkg) for a name it could not look
		// up (netdb_errlist in common.c: "pkg: http://x/meta.txz: No
		// address record", "Transient resolver failure", "Non-recoverable
		// resolver failure"; its "Host not found" is above), and
		// getaddrinfo's EAI_ADDRFAMILY text, no address of the family
		// asked for the name (FreeBSD's "fetch: https://x/changelog.txz:
		// Address family for host not supported", glibc's "… for hostname
		// not supported"); a socket's EAFNOSUPPORT, "Address family not
		// supported by protocol", is none.
		"no address record", "transient resolver failure", "non-recoverable resolver failure",
		"address family for host not supported", "address family for hostname not supported",
	},
	FailureRefused: {
		"connection refused", "err_connection_refused", " refused.", " refused)", " refused\n", "econnrefused", "actively refused", "was refused", "connection was rejected",
		"refused to connect", "connectionrefused", "refused it", "refused by",
		// Chrome's connection-refused page in other UI languages (fr,
		// zh-CN, ja, de), as pastes of it show.
		"n'autorise pas la connexion", "n’autorise pas la connexion", "拒绝了我们的连接请求", "で接続が拒否されました", "hat die verbindung abgelehnt",
		// Firefox's connectionFailure page (NS_ERROR_CONNECTION_REFUSED),
		// and its console's German words for it ("Firefox kann keine
		// Verbindung zu dem Server unter ws://x:8081/ aufbauen.").
		"can’t establish a connection to the server", "can't establish a connection to the server",
		"keine verbindung zu dem server unter ",
		"about:neterror?e=connection failure&", // its URL's e=connectionFailure, split (see splitIdentifiers)
		"verbindungsaufbau abgelehnt", "verbindung verweigert", "die verbindung verweigerte",
		// Apple's German text of ECONNREFUSED (61) in an NSError ("Der
		// Vorgang konnte nicht abgeschlossen werden. Die Verbindung wurde
		// abgewiesen").
		"die verbindung wurde abgewiesen",
		"connexion refusé", "l’a expressément refusée", "l'a expressément refusée",
		"conexión rehusada", "conexión rechazada", "denegó expresamente",
		"connessione rifiutata", "rifiuto persistente",
		"conexão recusada", "recusou ativamente", "as recusou ativamente",
		"в соединении отказано", "отказано в соединении", "отверг запрос на подключение",
		"не позволяет установить соединение", "отказано в подключении", // Chrome's and Edge's pages (ru)
		"接続を拒否されました", "拒否されたため", "接続が拒否",
		"拒绝连接", "积极拒绝", "连接被拒绝", "连接拒绝", "連接被拒絕", // curl's zh_CN "连接失败 x:443; 连接拒绝"
		// ERROR_CONNECTION_REFUSED (1225) in English, zh-CN, de (ESPHome's
		// "[WinError 1225] Der Remotecomputer hat die Netzwerkverbindung
		// abgelehnt"), fr, es, pt, it and ru Windows.
		"the remote computer refused the network connection", "远程计算机拒绝网络连接",
		"hat die netzwerkverbindung abgelehnt", "a refusé la connexion réseau", "rechazó la conexión de red",
		"recusou a conexão de rede", "ha rifiutato la connessione di rete", "отклонил это сетевое подключение",
		"verbinding geweigerd", "actief heeft geweigerd",
		"połączenie odrzucone", "odmowa połączenia", "aktywnie go odmawia",
		"remote host refused", "remote host rejected", ":econnrefused",
		"connection refused error", "연결을 거부", "연결이 거부", "拒絕連線", "連線被拒絕", "reddettiğinden", "bağlantı reddedildi",
		"aktivně odmítl", "spojení odmítnuto", "visszautasította", "aktivt nekade", "förbindelsen vägrad",
		"відмовлено в з'єднанні", "відхилив запит на підключення", "từ chối", "ditolak", "αρνήθηκε",
		// WSAECONNREFUSED's (10061) text begins "No connection could be
		// made because the target machine actively refused it"; after Go's
		// "connectex: " its first words alone name it, as a poster who
		// cut the line short left it.
		"connectex: no connection could be made",
	},
	FailureUnreachable: {
		"no route to host", "network is unreachable", "host is unreachable", "ehostunreach", "enetunreach",
		"host unreachable", "network unreachable", "err_address_unreachable", ":ehostunreach", ":enetunreach",
		// iputils ping's ICMP errors besides "Destination Host
		// Unreachable": "From x (IP) icmp_seq=1 Destination Port
		// Unreachable" (ICMP type 3, code 3).
		"destination port unreachable",
		// Samba's NTSTATUS names (smbclient's "do_connect: Connection to x
		// failed (Error NT_STATUS_HOST_UNREACHABLE)").
		"nt_status_host_unreachable", "nt_status_network_unreachable",
		"keine route zum zielrechner", "netzwerk ist nicht erreichbar", "das netzwerk ist nicht erreichbar",
		"aucun chemin d'accès pour atteindre l'hôte cible", "le réseau n'est pas accessible", "réseau inaccessible",
		"no hay ninguna ruta hasta el `host'", "no hay ruta hasta el anfitrión", "la red es inaccesible", "red inalcanzable",
		"nessun instradamento per l'host", "la rete non è raggiungibile",
		"sem rota para o host", "a rede está fora de alcance",
		"нет маршрута до узла", "сеть недоступна",
		"ホストへの経路がありません", "ネットワークに届きません",
		"没有到主机的路由", "网络不可达", "沒有到主機的路由",
		"geen route naar host", "host is onbereikbaar", "netwerk is onbereikbaar",
		"brak trasy do hosta", "sieć jest niedostępna",
		"net unreachable", "no route to host exception", "nicht erreichbar", "impossible à atteindre", "host no accesible",
		"red no accesible", "недоступного узла", "недоступной сети", "无法连接的主机", "无法连接的网络", "到達できないホスト",
		"到達できないネットワーク", "host inacessível", "host irraggiungibile", "호스트에 연결할 수 없습니다", "無法連線的主機",
		// Winsock's WSAENETUNREACH (10051) and WSAEHOSTUNREACH (10065) in
		// English ("A socket operation was attempted to an unreachable
		// network.").
		"attempted to an unreachable network", "attempted to an unreachable host", "unreachable network", // (a retyped copy's "attempted tounreachable network")
		// A script's or a tool's own word for a host it could not reach
		// ("[Error] github.com is NOT reachable...", after PowerShell's
		// Test-Connection; "x is unreachable").
		" is not reachable", " is unreachable",
		// … and in Windows' UI languages (fr, es, ru, ja, zh-CN and the
		// hosts' texts are read above): de "Ein Socketvorgang bezog sich
		// auf ein nicht verfügbares Netzwerk", pt "Uma operação de soquete
		// foi tentada em uma rede inacessível", ko "연결할 수 없는 네트워크에서
		// 소켓 작업을 시도했습니다" and "연결할 수 없는 호스트로 소켓 작업을
		// 시도했습니다", zh-TW "通訊端操作嘗試連線到一個無法連線的網路".
		"socketvorgang bezog sich auf ein nicht verfügbares netzwerk", "foi tentada em uma rede inacessível",
		"연결할 수 없는 네트워크에서 소켓 작업", "연결할 수 없는 호스트로 소켓 작업", "嘗試連線到一個無法連線的網路",
		// Qt's socket engine's "Host unreachable" in its German catalogue
		// (qtbase_de, QNativeSocketEngine), as Nextcloud's and ownCloud's
		// clients log it ("Network request error \"Der Host kann nicht
		// erreicht werden\"").
		"der host kann nicht erreicht werden",
	},
	FailureReset: {
		"connection reset", "connection was reset", "err_connection_reset", "econnreset", "reset by peer", "remote reset", "forcibly closed",
		// IBM GSKit's peer closing the socket mid-handshake.
		"gsk_error_socket_closed",
		// Haraka's outbound when the MX closed the session: "Remote end
		// 209.85.201.27:25 closed connection while we were processing mail".
		"closed connection while we were processing",
		// Subversion's serf (APR's APR_EOF under a request, E120108):
		// "svn: E120108: Error running context: The server unexpectedly
		// closed the connection."
		"the server unexpectedly closed the connection",
		// libcurl's CURLE_GOT_NOTHING (52), "Empty reply from server" (in
		// curl_easy_strerror's words, "Server returned nothing (no
		// headers, no data)", as WPScan and R's curl print it), and
		// pamac's "Empty response from server": the peer
		// closed the connection without a byte of reply.
		"empty reply from server", "empty response from server", "server returned nothing (no headers, no data)",
		// Mono's SocketException text for ESHUTDOWN, "The socket has been
		// shut down", under a send (Sonarr's "Error: SendFailure (Error
		// writing headers)"): the connection was closed.
		"the socket has been shut down",
		"connexion réinitialisée", "von der gegenstelle zurückgesetzt",
		"connection reset error", "vom remotehost geschlossen", "vom kommunikationspartner zurückgesetzt",
		"fermée par l'hôte distant", "fermée par l’hôte distant", "ré-initialisée par le correspondant",
		// .NET's IOException for a connection closed under a read, in
		// French ("Impossible de lire les données de la connexion de
		// transport : La connexion a été fermée."), also as pasted with
		// its accents lost to U+FFFD ("La connexion a \ufffdt\ufffd
		// ferm\ufffde.").
		"la connexion a été fermée", "la connexion a \ufffdt\ufffd ferm\ufffde",
		"forzado la interrupción", "reinicializada por", "强迫关闭", "被对方重置", "被对端重置", "強制的に切断",
		"接続が相手からリセット", "принудительно разорвал", "разорвано другой стороной", "forçado o cancelamento",
		"reinicializada pelo", "interrotta forzatamente", "interrotta dal corrispondente", "강제로 끊겼습니다",
		"被对方重设", "被對方重設", // glibc's zh_CN and zh_TW ECONNRESET
		"強制關閉", "gwałtownie zamknięte", "zerwane przez", "geforceerd verbroken", "zorla kapatıldı",
		// Erlang's and Elixir's inet atom for a socket the other side
		// closed ({:failed_connect, [… {:inet, [:inet], :closed}]},
		// {error,closed}): closed while connecting is a reset.
		":closed}", "{error,closed}", "{error, closed}", ":econnreset",
		// Subversion's SVN_ERR_RA_SVN_CONNECTION_CLOSED ("svn: E210002:
		// Network connection closed unexpectedly") and Mercurial's "abort:
		// connection ended unexpectedly": the other end dropped it.
		"connection closed unexpectedly", "connection ended unexpectedly",
		// libpq's (psql, psycopg2, every PostgreSQL client on it) "server
		// closed the connection unexpectedly / This probably means the
		// server terminated abnormally", and its German catalogue's.
		"server closed the connection unexpectedly", "hat die verbindung unerwartet geschlossen",
		// node-mysql's and mysql2's PROTOCOL_CONNECTION_LOST ("Error:
		// Connection lost: The server closed the connection."; knex and
		// sequelize pass it on): the server dropped an open connection.
		"connection lost: the server closed the connection",
		// Node-RED's MQTT nodes when an open connection to the broker
		// dropped ("[mqtt] connection lost to broker tcp://x:1883", later
		// "Connection lost to broker: mqtt://x:1883"); its "disconnected
		// from broker" and "connected to broker" say no failure.
		"connection lost to broker",
		// Network UPS Tools' upsmon: upsd closed the connection while it
		// polled ("Poll UPS [ups@x] failed - Server disconnected").
		"failed - server disconnected",
		// rsyslog's omfwd when a send failed on an open TCP connection
		// ("omfwd: remote server at 10.0.0.5:514 seems to have closed
		// connection."), the receiver or a middlebox dropping it.
		"seems to have closed connection",
		// Vagrant's SSH communicator when Net::SSH::Disconnect ended a try
		// ("default: Warning: Remote connection disconnect. Retrying..."),
		// the guest's sshd closing the connection, as its "Warning:
		// Connection reset. Retrying..." beside it.
		"remote connection disconnect",
		// librdkafka's broker thread when a read returned nothing, the
		// broker having closed the connection ("127.0.0.1:9092/bootstrap:
		// Receive failed: Disconnected"); a bare "x:9092/1001:
		// Disconnected" says no more than that it is down.
		"receive failed: disconnected",
		// Roundcube's IMAP client (rcube_imap_generic) when the server
		// closed the connection or sent nothing before its greeting:
		// "IMAP Error: Login failed for x against localhost from y: Empty
		// startup greeting (localhost:993)". Its "Wrong startup greeting
		// (x:143): …" got an answer and is none.
		"empty startup greeting (",
		// bitcoin-cli's (and its forks') libevent request that ended in
		// EVREQ_HTTP_EOF, the daemon closing the connection before an
		// answer: "error: couldn't connect to server: EOF reached (code
		// 1)"; its "timeout reached" is read as a timeout.
		"connect to server: eof reached",
		// grpc-go's transport when the server closed the connection under
		// it: "connection error: desc = \"error reading from server: EOF\""
		// (its "… from server: read tcp …: connection reset by peer" says
		// so itself).
		"error reading from server: eof",
		// Node's http client: the socket closed before a response came.
		"socket hang up",
		// … or before the body ended, Node's ERR_STREAM_PREMATURE_CLOSE
		// as node-fetch words it: "FetchError: Invalid response body
		// while trying to fetch https://x/: Premature close" (and
		// @remix-run/web-fetch's "Error: Premature close").
		": premature close", "err_stream_premature_close",
		// The DataStax Node.js Cassandra driver (and node-cassandra-cql
		// before it) fails the pool's connections with DriverError
		// "Socket was closed" (PoolConnectionError's individualErrors:
		// "message: 'Socket was closed'"): the other end closed it.
		"message: 'socket was closed'", "error: socket was closed",
		// EPIPE, a write to a connection the other end closed, in every
		// OS's and runtime's words: Go's "write tcp x:3311: broken pipe",
		// Java's "Broken pipe (Write failed)", Python's "[Errno 32]
		// Broken pipe" (BrokenPipeError), Node's "write EPIPE".
		"broken pipe", "write epipe", "{error,epipe}", ":epipe",
		"nt_status_connection_reset", // Samba's NTSTATUS for ECONNRESET
		// Rust's hyper (reqwest, Deno's fetch): the server closed the
		// connection before a whole response came, "connection error:
		// unexpected end of file" (an io::Error of kind UnexpectedEof),
		// "connection closed before message completed", IncompleteMessage;
		// an "unexpected end of file" of a parser, JSON or gzip is none.
		"connection error: unexpected end of file", "connection closed before message completed",
		"incompletemessage",
		// … and its HTTP/2 (h2) connection torn down by the peer's GOAWAY
		// with NO_ERROR, h2's Reason text after "connection error
		// received: " (Deno's "client error (SendRequest): http2 error:
		// connection error received: not a result of an error").
		"connection error received: not a result of an error",
		// gRPC's DeadlineExceeded or Unavailable names the last error of
		// the channel's connection after "last connection error: " (its
		// kind is that error's); "connection closed" there is the server
		// closing the connection before its HTTP/2 preface (etcd's "rpc
		// error: code = DeadlineExceeded desc = latest balancer error:
		// last connection error: connection closed" for a server that
		// wants client TLS).
		"last connection error: connection closed", "latest connection error: connection closed",
		// OpenSSH's key exchange cut off by the other end
		// ("kex_exchange_identification: Connection closed by remote
		// host") and Aspia's "Remote host closed the connection.".
		"connection closed by remote host", "remote host closed the connection",
		// … and Qt's "The remote host closed the connection" in its German
		// catalogue (qtbase_de, QNativeSocketEngine).
		"der entfernte rechner hat die verbindung geschlossen",
		// … and by its enum's name, which Qt's network classes log
		// whatever the UI's language (ownCloud's
		// "QAbstractSocket::RemoteHostClosedError QSslSocket(0x…)").
		"remotehostclosederror", "remote host closed error",
		// .NET's HttpIOException for a response the server cut off
		// (HttpRequestError.ResponseEnded): "The response ended
		// prematurely. (ResponseEnded)", an EOF on an open connection.
		"the response ended prematurely",
		// Firefox's netInterrupt and netReset pages.
		"was interrupted while the page was loading", "was reset while the page was loading",
		"about:neterror?e=netinterrupt&", "about:neterror?e=net reset&", // their URLs' e= (netReset split)
		// Winsock's WSAECONNABORTED (10053), the connection dropped under
		// the program ("An established connection was aborted by the
		// software in your host machine"), in Windows' UI languages.
		"connection was aborted by the software in your host machine", "softwaregesteuert durch den hostcomputer abgebrochen",
		"abandonnée par un logiciel de votre ordinateur hôte", "anulado una conexión establecida por el software",
		"anulada pelo software no computador host", "разорвала установленное подключение",
		"確立された接続がホスト コンピューターの", "软件中止了一个已建立的连接", "主機上的軟體中止",
		// … and libcurl's own short text for it on Windows
		// (get_winsock_error), after its "Send failure: " or "Recv
		// failure: " (git's "unable to access 'https://x/': Send
		// failure: Connection was aborted").
		"send failure: connection was aborted", "recv failure: connection was aborted",
		// … and ECONNABORTED by its errno name after the number, as
		// MicroPython's OSError prints it ("OSError: [Errno 103]
		// ECONNABORTED"), lwIP's "Software caused connection abort" (read
		// by errnoTexts); axios' bare code 'ECONNABORTED' is its timeout.
		"] econnaborted",
		// WCF's CommunicationException for a net.tcp connection dropped
		// under it: "The socket connection was aborted. This could be
		// caused by an error processing your message or a receive
		// timeout being exceeded by the remote host, or an underlying
		// network resource issue. Local socket timeout was '00:05:00'.",
		// and its zh-CN text ("套接字连接已中止。…本地套接字超时是…"): the
		// first sentence states the failure, the rest lists causes and a
		// setting (a reset outranks their timeout).
		"the socket connection was aborted", "套接字连接已中止",
	},
	FailureTimeout: {
		"timed out", "timed-out", "time-out", "timedout", "etimedout", "isconnected failed: etime", "timeout was reached",
		// freshclam's nonblock_connect, "connect timing out (30 secs)".
		"connect timing out",
		// obd's (OceanBase's deployer) "root@x connect failed: time out".
		"failed: time out", "error: time out",
		// Samba's NTSTATUS for a connect that got no answer (smbclient's
		// "do_connect: Connection to x failed (Error NT_STATUS_IO_TIMEOUT)").
		"nt_status_io_timeout",
		// nodemailer's greeting timeout: connected, the SMTP server's
		// 220 never came (lib/smtp-connection, code ETIMEDOUT).
		"greeting never received",
		// espota's (Arduino OTA's) device that never answered its UDP
		// invitation: "Sending invitation to: x", "Waiting for device...",
		// then "[ERROR]: No response from device" (as snmpwalk's "Timeout:
		// No Response from x" is a timeout).
		"no response from",
		// tcping's (Windows') probe that got no SYN-ACK within its
		// timeout: "Probing 5.39.74.90:41001/tcp - No response -
		// time=2000.693ms".
		"/tcp - no response",
		// OpenVPN 3's (OpenVPN Connect's) event when the server or its
		// proxy never answered: "EVENT: CONNECTION_TIMEOUT".
		"event: connection_timeout",
		"timeoutexception", "timeouterror", "err_socket_timeout", "esockettimedout", "connecttimeout", "readtimeout", "sockettimeout", "opentimeout",
		// ccxt's RequestTimeout ("ccxt.base.errors.RequestTimeout: binance
		// GET https://x/…"), Tor's circuit that never connected ("Tried for
		// 126 seconds to get a connection to [scrubbed]:50002. Giving up.").
		"errors.requesttimeout", "seconds to get a connection to",
		"execution expired", "err_connection_timed_out", "err_timed_out", "took too long to respond",
		"превышено время ожидания ответа от сайта", // Chrome's page (ru)
		"is taking too long to respond",            // Firefox's netTimeout page
		"about:neterror?e=nettimeout&",             // … and its URL
		"did not properly respond", "connection attempt failed because", "failed to establish within", "after a period of time",
		"operation now in progress", "deadline exceeded", ":etimedout", ":timeout}",
		// glibc's German ETIMEDOUT, "Die Wartezeit für die Verbindung ist
		// abgelaufen", and its shared words as a Java program says it
		// (MySQL Connector/J's "CommunicationsException: Wartezeit für die
		// Verbindung läuft ab").
		"zeitüberschreitung", "wartezeit für die verbindung", "nicht richtig reagiert",
		"délai d'attente", "délai d’attente", "n'a pas répondu convenablement", "n’a pas répondu convenablement",
		// Qt's SocketTimeoutError in French, as Mumble's client says it:
		// "La connexion au serveur a échoué : Délai de connexion dépassé."
		"délai de connexion dépassé",
		"tiempo de espera", "expiró el tiempo", "no respondió adecuadamente",
		"connessione scaduta", "tempo scaduto", "risposta non corretta della parte connessa",
		"tempo esgotado", "tempo limite", "não respondeu corretamente",
		"истекло время", "время ожидания", "не получен нужный отклик",
		"タイムアウト", "正しく応答しなかった",
		"连接超时", "超时", "没有正确答复",
		// Windows ping's request timeout in ru and ko (the other UI
		// languages' texts hold the words above): "Превышен интервал
		// ожидания для запроса.", "요청 시간이 만료되었습니다.".
		"превышен интервал ожидания для запроса", "요청 시간이 만료되었습니다",
		"verbinding is verlopen", "niet correct heeft geantwoord", "tiempo de espera agotado",
		"przekroczony czas oczekiwania", "upłynął limit czasu", "nie odpowiedziała poprawnie",
		// Said in other words and languages: exception names split into
		// words (ConnectTimeoutError, SocketTimeoutException), Winsock's
		// 10060 text and glibc's ETIMEDOUT in more UI languages.
		"connect timeout", "read timeout", "socket timeout", "timeout error", "timeout exception",
		"request timeout", "gateway timeout", "connection timeout", "operation timeout", "timeout exceeded",
		// .NET's German text for HTTP 504 (WebException's "Der
		// Remoteserver hat einen Fehler zurückgegeben: (504)
		// Gatewaytimeout.").
		"(504) gatewaytimeout", "\ngatewaytimeout.",
		"timeout expired", "deadline_exceeded", "deadlineexceeded", "took too long", "failed to respond",
		"zeitlimit", "tempo de espera", "таймаут", "тайм-аут", "час очікування", "zaman aşımı", "zamanaşımı",
		"yanıt vermediğinden", "시간 초과", "시간이 초과", "응답이 없어", "逾時", "並未正確回應", "沒有正確回應",
		"時間切れ", "časový limit", "vypršel", "időtúllépés", "nem válaszolt megfelelően", "tidsgränsen",
		"inte svarade korrekt", "χρονικό όριο", "hết thời gian", "waktu habis", "aikakatkaisu", "tidsavbrudd",
		"انتهت المهلة",
		"i/o time out", "(exit) time out", "connection time out", "request time out", "read time out",
		// Windows' ERROR_SEM_TIMEOUT (121), "The semaphore timeout period
		// has expired.", in French (its English, Chinese, German, Spanish,
		// Portuguese, Russian and Japanese texts hold the words above).
		"temporisation de sémaphore a expiré",
		"connect time out", "time out error", "time out exception",
		// Microsoft's ODBC and OLE DB drivers for SQL Server give up on a
		// connect in these words, with "Login timeout expired" and "TCP
		// Provider: Timeout error [258]" (read above): "Unable to complete
		// login process due to delay in opening server connection" (or "in
		// login response", "in prelogin response").
		"unable to complete login process due to delay in",
		// apt's https method waiting on the server past its timeout
		// (WaitFd in methods/connect.cc and the TLS handshake): "Could not
		// wait for server fd - select (11: Resource temporarily
		// unavailable) [IP: x 443]", the errno select left behind.
		"could not wait for server fd",
		// Zabbix's read from its peer past Timeout, "ZBX_TCP_READ()
		// timed out" (read above), as an agent's log was retyped:
		// "started to fail (ZAB_TCP_READ) time out()".
		"tcp_read) time out", "tcp_read() time out",
		// yamux's ErrTimeout (hashicorp/yamux, as frp and libp2p carry it):
		// a stream or session past its deadline, "login to server failed:
		// i/o deadline reached", "keepalive failed: i/o deadline reached".
		"i/o deadline reached",
		// tokio's timeout error (tokio::time::error::Elapsed), as Rust
		// programs print it after what timed out: RustDesk's "Failed to
		// accept connection from x:53850: deadline has elapsed".
		"deadline has elapsed",
	},
	FailureTLS: {
		"x509:", "certificate verify failed", "certificate_verify_failed", "tls handshake", "handshake failure",
		"sslhandshakeexception", "ssl routines", "unable to get local issuer certificate", "self signed certificate",
		// OpenSSL 3's wording of X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT (18)
		// and _SELF_SIGNED_CERT_IN_CHAIN (19): WeeChat's "error: SSL
		// certificate OpenSSL verify result: self-signed certificate (18)".
		"self-signed certificate",
		// libcurl's CURLE_SSL_CACERT_BADFILE (77), "Problem with the SSL CA
		// cert (path? access rights?)" (DuckDB's Azure extension).
		"problem with the ssl ca cert",
		// Node's UNABLE_TO_VERIFY_LEAF_SIGNATURE ("request to https://x/
		// failed, reason: unable to verify the first certificate") and
		// Chromium's net::ERR_INSECURE_RESPONSE (a certificate error on a
		// fetch: Bitwarden's desktop app).
		"unable to verify the first certificate", "err_insecure_response",
		"certificate has expired", "wrong version number", "tls_alert", "caused by sslerror", "ssleoferror", "violation of protocol",
		"caused by ssl error", "ssl_error_syscall", "ssl_connect", "sslv3 alert", "tlsv1 alert", "unknown ca",
		// curl built on NSS: libcurl's old text for CURLE_PEER_FAILED_VERIFICATION
		// (60), "Peer certificate cannot be authenticated with known CA
		// certificates", and NSS's own "Peer's certificate issuer is not
		// recognized" and "NSS error -8179" (SEC_ERROR_UNKNOWN_ISSUER).
		"peer certificate cannot be authenticated", "peer's certificate issuer is not recognized", "nss error -8179",
		// Perl's IO::Socket::SSL failing its handshake ("SSL connect
		// attempt failed error:…"), as HTTP::Tiny reports it after the
		// host: "SSL connection failed for x: SSL connect attempt failed".
		"ssl connect attempt failed", "ssl connection failed for ",
		// OpenLDAP's libldap (tls_o.c, tls2.c) failing its TLS session:
		// "TLS: peer cert untrusted or revoked (0x42)", "TLS: can't
		// connect: (unknown error code)."
		"tls: peer cert untrusted", "tls: can't connect:",
		// wget's handshake failing (GnuTLS: "GnuTLS: Error in the pull
		// function." then "Unable to establish SSL connection.").
		"unable to establish ssl connection",
		"pkix path building failed", "unable to find valid certification path", "ssl handshake",
		"the ssl connection could not be established", "could not establish trust relationship",
		"remote certificate is invalid", "secure channel", "err_cert_", "net::err_ssl", "sec_error_",
		"certificate signed by unknown authority", "certificate verify", "handshake_failure",
		// Firefox's nssFailure2 page ("Secure Connection Failed") and its
		// certificate warning ("Warning: Potential Security Risk Ahead",
		// "Firefox detected a potential security threat and did not
		// continue to x"), in English and Russian.
		"secure connection failed", "potential security risk ahead", "detected a potential security threat",
		"about:neterror?e=nssfailure2&", "about:certerror?e=nssbadcert&",
		"ошибка при установлении защищённого соединения", "обнаружил вероятную угрозу безопасности",
		// Chrome's TLS error page, "This site can’t provide a secure
		// connection", with its code as the page shows it
		// (ERR_SSL_PROTOCOL_ERROR, ERR_SSL_VERSION_OR_CIPHER_MISMATCH,
		// ERR_BAD_SSL_CLIENT_AUTH_CERT).
		"provide a secure connection", "err_ssl_", "err_bad_ssl_client_auth_cert",
		// Each TLS library's own wording: GnuTLS ("gnutls_handshake() failed",
		// "GnuTLS recv error (-110)"), schannel ("SEC_E_…", curl's
		// "schannel: …"), NSS ("SSL_ERROR_…"), Java's SSLException, Go's
		// crypto/tls ("remote error: tls: …", "tls: first record …").
		"gnutls_handshake", "gnutls recv error", "gnutls send error", "gnutls_record", "non-properly terminated",
		// apt's https method when GnuTLS's handshake fails, with
		// gnutls_strerror's text after it (methods/connect.cc: "Could
		// not handshake: Error in the pull function. [IP: x 443]").
		"could not handshake: ",
		"sec_e_", "schannel: failed", "initializesecuritycontext failed", "ssl_error_", "ssl exception", "sslexception", "[ssl: ",
		// Python's ssl module names OpenSSL's library and reason, "[SSL:
		// CERTIFICATE_VERIFY_FAILED] certificate verify failed
		// (_ssl.c:1000)", or the library alone when OpenSSL gives no
		// reason code: "[SSL] record layer failure (_ssl.c:1000)" (aiohttp's
		// "Cannot connect to host x:443 ssl:default [[SSL] …]").
		"[ssl] ",
		"remote error: tls:", "tls: first record", "tls: failed to", "tls: bad ", "tls: handshake",
		"tls: unexpected message", "tls: received record", "tls: oversized record", "tls: no supported",
		"tls: server selected", "tls: server chose", "tls: protocol version", "tls: unsupported", "tls: internal error",
		"tls: unrecognized name", "tls: certificate",
		// Go's net/http when the server answered the ClientHello in plain
		// HTTP (its transport's "http: server gave HTTP response to HTTPS
		// client"): the handshake never began.
		"server gave http response to https client",
		// libpq's SSLRequest answered by a server that is not PostgreSQL
		// (fe-connect.c: "received invalid response to SSL negotiation:
		// %c", psycopg's "connection to server at \"x\" (::1), port 3306
		// failed: received invalid response to SSL negotiation: X").
		"received invalid response to ssl negotiation",
		// IBM GSKit, the TLS library of Db2, MQ and Transformation
		// Extender: "gsk_secure_soc_init failed and returned: 414
		// (GSK_ERROR_BAD_CERT)", its certificate validation's
		// "GSKVAL_ERROR_…" (GSK_ERROR_SOCKET_CLOSED a reset too).
		"gsk_error_", "gskval_error_", "gsk_secure_soc_init failed", "gsk error code:",
		// rustls's Error and CertificateError (reqwest, ureq, hyper-rustls):
		// Display's "invalid peer certificate: UnknownIssuer" and older
		// "invalid peer certificate contents: …", "received fatal alert:
		// HandshakeFailure", and Debug's InvalidCertificate(…), webpki's
		// CertExpired, CertNotValidForName.
		"invalid peer certificate", "received fatal alert:", "invalidcertificate(", "unknownissuer", "notvalidforname",
		"cert expired", "certnotvalidyet", "peer sent no certificates", "peer is incompatible:", "peer misbehaved:",
		// rustls's CorruptMessage and InvalidMessage: the first record was
		// no TLS ("received corrupt message of type InvalidContentType",
		// https:// to a plain-HTTP port).
		"received corrupt message",
		// native-tls on macOS (security-framework) gives Secure
		// Transport's text for its OSStatus, SecureTransport.h's comment:
		// errSSLPeerDecodeError (-9833) "decoding error", a decode_error
		// alert the peer sent, errSSLPeerProtocolVersion (-9836) "bad
		// protocol version"; hyper's connector says "error trying to
		// connect: " before it (reqwest's "error sending request for url
		// (https://x:9000/): error trying to connect: decoding error").
		"error trying to connect: decoding error", "error trying to connect: bad protocol version",
		// gRPC's transport credentials ("transport: authentication
		// handshake failed: EOF", the TLS handshake under it) and Node's
		// tls socket closed mid-handshake ("Client network socket
		// disconnected before secure TLS connection was established").
		"authentication handshake failed", "before secure tls connection was established",
		// PHP's streams: stream_socket_client() and fsockopen() with ssl://
		// or tls:// warn "Failed to enable crypto" when the handshake
		// fails, then "unable to connect to ssl://x:700 (Unknown error)";
		// websocket-php quotes the first ("Could not open socket to
		// \"x:443\": stream_socket_client(): Failed to enable crypto (0).").
		"failed to enable crypto",
		// libmosquitto's MOSQ_ERR_TLS, as mosquitto_sub and mosquitto_pub
		// print it (mosquitto_strerror, paho's error_string): "Error: A
		// TLS error occurred."
		"a tls error occurred",
		// JSSE's SSLPeerUnverifiedException, as older Java and Apache
		// HttpClient report a handshake that left the server unverified
		// (Leiningen's "Could not transfer artifact … from/to clojars
		// (https://clojars.org/repo/): peer not authenticated"), and
		// libcurl's Secure Transport backend refusing the server's chain
		// (lib/vtls/sectransp.c: "SSL: certificate verification failed
		// (result: 5)", git on macOS).
		"peer not authenticated", "ssl: certificate verification failed",
		// libcurl's GnuTLS back end (lib/vtls/gtls.c) refusing the chain,
		// as git prints it: "fatal: unable to access 'https://x/': server
		// certificate verification failed. CAfile: none CRLfile: none".
		"server certificate verification failed",
		// OkHttp's hostname check after the handshake
		// (SSLPeerUnverifiedException: "Hostname x not verified:
		// Certificate sha1/… DN: …", newer "…not verified:\n
		// certificate: sha256/…"), and Qt's QSslSocket told by the server
		// that the TLS session closed while it connected (Mumble's
		// "Server connection failed: The TLS/SSL connection has been
		// closed.").
		"ssl peer unverified", "not verified: certificate", "the tls/ssl connection has been closed",
		// HexChat's "Connection failed (certificate not trusted.? (27))",
		// MeshCentral's agent "Certificate validation error", Chromium's
		// net::ERR_CERT_REVOKED as QtWebEngine reports it ("Certificate
		// error: Server's certificate has been revoked").
		"certificate not trusted", "certificate validation error", "certificate has been revoked",
		// libgit2's error class for its TLS stream, as Julia's LibGit2
		// ("GitError(Code:ERROR, Class:SSL, SSL error: …)") and git2-rs
		// ("…; class=Ssl (16); code=Certificate (-17)") print it.
		"class:ssl,", "class=ssl (16)",
		// libcurl's OpenSSL back end refusing a certificate for another
		// name (lib/vtls/openssl.c: "SSL: certificate subject name (x)
		// does not match target host name 'y'", "SSL: no alternative
		// certificate subject name matches target host name 'y'").
		"does not match target host name", "subject name matches target host name",
		// Qt's "SSL handshake failed" (QSslSocket) in the desktop sync
		// clients' French ("la poignée de main SSL a échoué") and the
		// Romance languages' word order ("handshake SSL non riuscito",
		// "falha no handshake SSL").
		"poignée de main ssl", "handshake ssl",
	},
}

// guardedKinds are the kinds an expression states of the lower-case text,
// each tried only on a text that holds its needle (a cheap test before the
// expression runs) and whose kind is not found already.
var guardedKinds = []struct {
	needle string
	re     *regexp.Regexp
	kind   Failure
}{
	{" not found", hostNotFound, FailureNoSuchHost},
	{"... failed: ", wgetResolveFailed, FailureNoSuchHost},
	// ESP-IDF's and Arduino's firmware (esptls.go): ssl_client's failed
	// handshake, esp-tls's code 0x8001, "TLS error code: -N".
	{"start_ssl_client", sslClientFailed, FailureTLS},
	{"reported from esp-transport: ", espTLSResolveCode, FailureNoSuchHost},
	{"tls error code", tlsErrorCode, FailureTLS},
	{"error:", opensslSSLCode, FailureTLS},
	// aiohttp's ClientConnectorError puts the OS error's text in
	// brackets after the SSL mode: "Cannot connect to host github.com:443
	// ssl:default [Try again]" is getaddrinfo's EAI_AGAIN (musl's and
	// glibc's gai_strerror words it so).
	{"[try again]", aiohttpTryAgain, FailureNoSuchHost},
	{"did not complete after", wgHandshake, FailureTimeout},
	{"% packet loss", pingNoReply, FailureTimeout},
	{"did not respond to a ping", pingUnanswered, FailureTimeout},
	{" ms: ", slowConnect, FailureTimeout},
	{" ms: ", loopbackRefused, FailureRefused},
	// Haskell's http-client: "HttpExceptionRequest Request { host =
	// \"x\" port = 443 … } ResponseTimeout" (or ConnectionTimeout), its
	// HttpExceptionContent constructors for the two timeouts; a setting
	// ("responseTimeout = ResponseTimeoutDefault") is none.
	{"httpexceptionrequest", httpClientTimeout, FailureTimeout},
}

// phraseIndex finds which of many lower-case phrases a text holds in one
// pass over it: at each byte, only the phrases starting with the three
// bytes there are compared.
type phraseIndex struct {
	byStart [1 << 13][]int32 // phrases by the hash of their first three bytes (see trigram)
	phrases []string
	tags    []uint16 // the tag bits of each phrase
}

func trigram(a, b, c byte) uint { return (uint(a)*961 + uint(b)*31 + uint(c)) & (1<<13 - 1) }

func (x *phraseIndex) add(tag uint16, ps []string) {
	for _, p := range ps {
		if len(p) < 3 {
			panic("target: phrase shorter than three bytes: " + p)
		}
		h := trigram(p[0], p[1], p[2])
		x.byStart[h] = append(x.byStart[h], int32(len(x.phrases)))
		x.phrases = append(x.phrases, p)
		x.tags = append(x.tags, tag)
	}
}

// scan returns the tags of the phrases the lower-case text holds.
func (x *phraseIndex) scan(low string) uint16 {
	var tags uint16
	for i := 0; i+2 < len(low); i++ {
		for _, k := range x.byStart[trigram(low[i], low[i+1], low[i+2])] {
			if tags&x.tags[k] == 0 && strings.HasPrefix(low[i:], x.phrases[k]) {
				tags |= x.tags[k]
			}
		}
	}
	return tags
}

// errorWordTag tags errorWords in failureIndex; failurePhrases are tagged by
// their failure's place in failureOrder.
const errorWordTag = 1 << 15

// failureIndex holds failurePhrases and errorWords.
var failureIndex = func() *phraseIndex {
	x := &phraseIndex{}
	for k, f := range failureOrder {
		x.add(1<<k, failurePhrases[f])
	}
	for k, f := range failureOrder {
		x.add(1<<k, win32Names[f])
		x.add(1<<k, glibcPhrases[f])
	}
	// apt's translated "Temporary failure resolving" (extract.go).
	nx := uint16(1) << slices.Index(failureOrder, FailureNoSuchHost)
	x.add(nx, aptLocalBefore)
	x.add(nx, aptLocalAfter)
	x.add(errorWordTag, errorWords)
	return x
}()

// timeoutSaid reports whether the lower-case text uses the word "timeout"
// for a failure, not for a setting ("timeout=300", "'timeout' => 30",
// "Timeout: 30s", "--connect-timeout 5") or inside an identifier
// ("callback_timeouts"). A name before '=' is a field of a dumped request
// or config whatever its value: http-client's "responseTimeout =
// ResponseTimeoutDefault", "connectTimeout=30s". A timeout enabled or
// disabled is a setting too: Insomnia's timeline, "* Enable timeout of
// 30000ms", "* Disable timeout"; a timer cancelled is none, pool2's
// "clearing timeout (id=0)"; and a parameter of a stack frame's
// method is none (see frameParameter).
func timeoutSaid(low string) bool {
	for i := 0; ; {
		k := strings.Index(low[i:], "timeout")
		if k < 0 {
			return false
		}
		k += i
		i = k + len("timeout")
		if k > 0 && (isWordByte(low[k-1]) || low[k-1] == '-') {
			continue
		}
		if strings.HasSuffix(low[:k], "enable ") || strings.HasSuffix(low[:k], "disable ") {
			continue // a setting turned on or off (Insomnia's timeline: "* Enable timeout of 30000ms", "Disable timeout")
		}
		if strings.HasSuffix(low[:k], "clearing ") || strings.HasSuffix(low[:k], "cleared ") {
			continue // a timer cancelled, no deadline passed (pool2's "ResourceRequest: clearing timeout (id=0)")
		}
		rest := low[i:]
		if rest != "" && (isWordByte(rest[0]) || rest[0] == '-') || len(rest) > 1 && rest[0] == '.' && isWordByte(rest[1]) {
			continue // an identifier or a file name (timeout.rb)
		}
		if frameParameter(low, k) {
			continue // a parameter of a stack frame's method ("at Npgsql.Internal.NpgsqlConnector.Connect(NpgsqlTimeout timeout)")
		}
		if k > 0 && low[k-1] == '.' && (strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, ")")) {
			continue // an attribute passed in a traceback's source line ("(self.host, self.port), self.timeout, **extra_kw)")
		}
		rest = strings.TrimLeft(rest, "'\" ")
		if strings.HasPrefix(rest, "with -") {
			continue // help text naming the option that sets it ("increase timeout with -T")
		}
		if strings.HasPrefix(rest, "=") && !strings.HasPrefix(rest, "==") {
			continue // a field of a dumped request or config, whatever its value
		}
		if strings.HasPrefix(rest, ":") {
			rest = strings.TrimLeft(rest, "=>: '\"")
			if rest != "" && isDigit(rest[0]) {
				continue
			}
		}
		return true
	}
}

// frameParameter reports whether the word at low[k:] lies in the
// parameter list of a .NET or Java stack frame's method, "   at
// X.Y.Connect(NpgsqlTimeout timeout)": the line reads "at ", the method's
// dotted name and its '(', and the word is before the ')'. A parameter
// names what the method takes, not what happened.
func frameParameter(low string, k int) bool {
	head := strings.TrimLeft(low[strings.LastIndexByte(low[:k], '\n')+1:k], " \t")
	name, params, ok := strings.Cut(head, "(")
	return ok && strings.HasPrefix(name, "at ") && !strings.ContainsAny(name[len("at "):], " \t") &&
		strings.Contains(name, ".") && !strings.Contains(params, ")")
}

// timeoutAdvice is advice that a deadline passed, given after an
// operation: net-ping's "Response with unknown request ID from x.
// Consider increasing timeouts (21946 ms old?).", "try increasing the
// timeout". Help text naming an option ("increase timeout with -T") is
// none (see timeoutSaid).
var timeoutAdvice = regexp.MustCompile(`\b(?:consider|try) increas(?:e|ing) (?:the |your |its )?(?:[a-z]+ )?timeouts?\b`)

func isWordByte(b byte) bool { return b >= 'a' && b <= 'z' || isDigit(b) || b == '_' }

// errnoFailures maps OS error numbers to failures: Linux, macOS/BSD and
// Winsock.
var errnoFailures = map[int]Failure{
	110: FailureTimeout, 111: FailureRefused, 113: FailureUnreachable, 101: FailureUnreachable, 104: FailureReset,
	60: FailureTimeout, 61: FailureRefused, 65: FailureUnreachable, 51: FailureUnreachable,
	10060: FailureTimeout, 10061: FailureRefused, 10065: FailureUnreachable, 10051: FailureUnreachable, 10053: FailureReset, 10054: FailureReset,
	11001: FailureNoSuchHost, 11002: FailureNoSuchHost, 11003: FailureNoSuchHost, 11004: FailureNoSuchHost,
	// WinINet's and WinHTTP's (see win32Failures).
	12002: FailureTimeout, 12007: FailureNoSuchHost, 12030: FailureReset, 12031: FailureReset,
}

// espIDFLog is ESP-IDF's log line, level letter, milliseconds since boot
// and tag, lower-cased: "e (17449) example: socket unable to connect:
// errno 118", at a line's start or after a log's own prefix (a Compose
// service's "app_1  | ", journald's "app[311]: ").
var espIDFLog = regexp.MustCompile(`(?m)(?:^|[\s|:\]])[ewidv] \([0-9]+\) [a-z0-9_.-]+: `)

// newlibErrnos are newlib's socket errnos (sys/errno.h, as Cygwin's),
// which ESP-IDF's lwIP sockets set: ECONNRESET 104, ECONNREFUSED 111,
// ECONNABORTED 113, ENETUNREACH 114, ETIMEDOUT 116, EHOSTUNREACH 118. A
// number from 100 to 129 in an ESP-IDF log is read by them, not by
// Linux's (where 113 is EHOSTUNREACH and 110 ETIMEDOUT).
var newlibErrnos = map[int]Failure{
	104: FailureReset, 111: FailureRefused, 113: FailureReset, 114: FailureUnreachable, 116: FailureTimeout, 118: FailureUnreachable,
}

// uvErrnos are libuv's own negative codes for the errors Windows has no
// errno for (include/uv/errno.h: UV__ETIMEDOUT -4039, UV__ECONNREFUSED
// -4078, UV__ECONNRESET -4077, UV__EHOSTUNREACH -4073, UV__ENETUNREACH
// -4062; UV__EAI_NONAME -3008 on every OS): Node on Windows prints
// "errno: -4039", oxmysql "Error -4078: …". Read with the minus sign only.
var uvErrnos = map[int]Failure{
	4039: FailureTimeout, 4078: FailureRefused, 4077: FailureReset, 4073: FailureUnreachable, 4062: FailureUnreachable,
	3008: FailureNoSuchHost,
}

// ucrtErrnos are the socket errnos of Windows' C runtime (the UCRT's and
// MSVC's errno.h: ECONNREFUSED 107, ECONNRESET 108, EHOSTUNREACH 110,
// ENETUNREACH 118, ETIMEDOUT 138), read only in FFmpeg's words for a code
// it has no text for (see ffmpegErrorNumber).
var ucrtErrnos = map[int]Failure{
	107: FailureRefused, 108: FailureReset, 110: FailureUnreachable, 118: FailureUnreachable, 138: FailureTimeout,
}

// ffmpegErrorNumber is av_strerror's text for a code it cannot name:
// "Error number -138 occurred". Only a Windows build, which has no
// strerror_r, prints it for a socket's error: AVERROR of the C runtime's
// errno (ff_neterrno turns WSAETIMEDOUT and WSAECONNREFUSED into
// ETIMEDOUT and ECONNREFUSED), or minus Winsock's own code for the rest
// ("bind failed: Error number -10048 occurred").
var ffmpegErrorNumber = regexp.MustCompile(`\berror number -(\d{3,5}) occurred`)

// ffmpegErrnoFailure marks the failures of FFmpeg's "Error number -N
// occurred" in low: N is the C runtime's errno (ucrtErrnos) or Winsock's
// code (errnoFailures' 10000s and 11000s).
func ffmpegErrnoFailure(low string, found *failureSet) {
	for _, m := range ffmpegErrorNumber.FindAllStringSubmatch(low, -1) {
		n, _ := strconv.Atoi(m[1])
		if f, ok := ucrtErrnos[n]; ok {
			found.add(f)
		} else if f, ok := errnoFailures[n]; ok && n >= 10000 && n < 12000 {
			found.add(f)
		}
	}
}

// tlsSyscallReset is errno 54 in the two spellings of a TLS library giving
// the errno of the socket call under it: curl's "LibreSSL SSL_read:
// SSL_ERROR_SYSCALL, errno 54", openssl s_client's "write:errno=54". 54 is
// ECONNRESET on macOS and the BSDs (LibreSSL's home, and that of the curl
// and openssl linked with it), EXFULL on Linux, which no socket call
// returns, and no errno of Windows' C runtime (Winsock's is 10054).
// Elsewhere ("error 54", "code 54") it is no errno.
const tlsSyscallReset = 54

// errnoFailure marks the failures of OS error numbers in their usual
// spellings: "(111)", "[Errno 111]", "errno = 111", "errno: -111", libuv's
// "errno: -4039" (see uvErrnos), "os error 10060", "#110]", "Error 61 connecting", "error: 113", "WinError 10061",
// "SocketException (10061)", "error(10065, …)", and a TLS library's
// "errno 54" (see tlsSyscallReset). A bare number is not an error code,
// nor is one that starts an IPv4 address or a decimal
// ("(104.236.89.117)").
func errnoFailure(low string, found *failureSet) {
	// (Arduino-ESP32's WiFiClient logs lwIP's errno the same way:
	// "[E][WiFiClient.cpp:98] connect(): lwip_connect_r: 113", 113 being
	// ECONNABORTED there.)
	newlib := strings.Contains(low, ") ") && espIDFLog.MatchString(low) || strings.Contains(low, "lwip_connect_r: ")
	for i := 0; i < len(low); {
		if !isDigit(low[i]) {
			i++
			continue
		}
		j := i
		for j < len(low) && isDigit(low[j]) {
			j++
		}
		start := i
		i = j
		if j-start < 2 || j-start > 5 || start > 0 && isWordByte(low[start-1]) || j < len(low) && isWordByte(low[j]) {
			continue
		}
		if j+1 < len(low) && low[j] == '.' && isDigit(low[j+1]) {
			continue // "(104.236.89.117)" is an address
		}
		n, _ := strconv.Atoi(low[start:j])
		f, ok := errnoFailures[n]
		if newlib && n >= 100 && n < 130 {
			f, ok = newlibErrnos[n]
		}
		if start > 0 && low[start-1] == '-' {
			if uf, uok := uvErrnos[n]; uok {
				f, ok = uf, true
			}
		}
		if n == tlsSyscallReset && (strings.HasSuffix(low[:start], "ssl_error_syscall, errno ") || strings.HasSuffix(low[:start], ":errno=")) {
			f, ok = FailureReset, true
		}
		if !ok || curlResultCode(low[:start]) {
			continue
		}
		if tf, named := errnoNamed(low[j:]); named {
			f = tf
		}
		before := low[max(0, start-20):start]
		if strings.HasSuffix(before, "(") || strings.HasSuffix(before, "#") {
			b := before[:len(before)-1]
			if b == "" || strings.ContainsAny(b[len(b)-1:], " '\"") || pyErrorArgs(b, low[j:]) {
				found.add(f)
			}
			continue
		}
		if strings.HasSuffix(before, "errno [") && j < len(low) && low[j] == ']' {
			// Csocket's (ZNC's) "Connect Failed. ERRNO [65] FD [5]".
			found.add(f)
			continue
		}
		b := strings.TrimRight(before, " =:-")
		for _, w := range []string{"errno", "winerror", "error", "code", `"err"`, `"errno"`, "lwip_connect_r"} {
			// `"Err":61` is Go's syscall error marshalled to JSON.
			if strings.HasSuffix(b, w) && !exitStatus(b[:len(b)-len(w)]) {
				found.add(f)
			}
		}
	}
}

// curlResultCode reports whether a number right after before is the
// result code curl or a PHP or Composer wrapper prints for libcurl's
// error, never an errno: curl's "curl: (60) SSL certificate problem:
// certificate has expired" (CURLE_PEER_FAILED_VERIFICATION, where 60 is
// macOS's ETIMEDOUT), "curl error 51", "cURL error 60", libdnf's "Curl
// error (60): …", acme.sh's "Please
// refer to https://curl.haxx.se/libcurl/c/libcurl-errors.html for error
// code: 60" (curlCode reads the codes that say what failed).
func curlResultCode(before string) bool {
	return strings.HasSuffix(before, "curl: (") || strings.HasSuffix(before, "curl error ") || strings.HasSuffix(before, "curl error (") ||
		strings.HasSuffix(before, "libcurl-errors.html for error code: ")
}

// errnoTexts are strerror's texts for the socket errors, as a program
// prints them beside the number: glibc's, the BSDs' and lwIP's (whose
// numbers differ from Linux's: lwIP's 113 is ECONNABORTED, "Software
// caused connection abort", where Linux's is EHOSTUNREACH).
var errnoTexts = []struct {
	text string
	f    Failure
}{
	{"connection refused", FailureRefused}, {"connection reset by peer", FailureReset},
	{"software caused connection abort", FailureReset}, {"connection timed out", FailureTimeout},
	{"no route to host", FailureUnreachable}, {"network is unreachable", FailureUnreachable},
	{"host is unreachable", FailureUnreachable}, {"host is down", FailureUnreachable},
}

// errnoNamed returns the failure the text right after an errno names
// (rest, after the number: ', "Software caused connection abort"', "]
// No route to host"), when it is one of errnoTexts: the text wins over
// the number, whose meaning depends on the OS or stack that wrote it
// (ESP32 Arduino's '[E][WiFiClient.cpp:258] connect(): socket error on fd
// 54, errno: 113, "Software caused connection abort"' is a reset).
func errnoNamed(rest string) (Failure, bool) {
	rest = strings.TrimLeft(rest[:min(len(rest), 48)], ` ,:;()[]"'=-`)
	for _, t := range errnoTexts {
		if strings.HasPrefix(rest, t.text) {
			return t.f, true
		}
	}
	return "", false
}

// pyErrorArgs reports whether a number in brackets after b, with rest
// after it, is the errno in the repr of a Python exception's args:
// socket.error's "error(10065, …)" as XX-Net logs it, "OSError(113,
// 'No route to host')".
func pyErrorArgs(b, rest string) bool {
	return strings.HasSuffix(b, "error") && strings.HasPrefix(rest, ", ")
}

// exitStatus reports whether the lower-case words before "code" or "error"
// make the number after them a process's exit status, not an errno: GitHub
// Actions' "Process completed with exit code 101", Docker's "exited with
// code 110", "ExitCode: 111", "exit_code=104", "return code 111",
// "exited with error code 101".
func exitStatus(b string) bool {
	b = strings.TrimRight(b, " _-")
	for _, w := range []string{"exit", "exited with", "exited with error", "return", "returned", "returned error", "status"} {
		if strings.HasSuffix(b, w) && (len(b) == len(w) || !isLetter(b[len(b)-len(w)-1])) {
			return true
		}
	}
	return false
}

// curlCode reads libcurl result codes (curlKinds says which of them name
// a kind). Programs that print only the number name it as curl's: acme.sh's "Please
// refer to https://curl.haxx.se/libcurl/c/libcurl-errors.html for error
// code: 6", pyLoad's "pycurl exception 28: SSL connection timeout".
var curlCode = regexp.MustCompile(`(?i)(?:` + wordsAlt(curlLeads) + `|curle_\w+ \()(\d{1,2})\b`)

// curlLeads are curlCode's lead-ins, lower-case; a code is digits right
// after one (a CURLcode's name, "CURLE_OPERATION_TIMEDOUT (28)", is
// matched by its own expression and checked by curlLead itself).
var curlLeads = []string{"curl: (", "curl error ", "curl error (", "curl ", "errcode: ", "returned: ", "libcurl-errors.html for error code: ", "pycurl exception "}

// curlLead reports whether line may hold a code curlCode reads: one of its
// lead-ins with a digit right after it. Most lines that say curl hold
// none (a command line, "libcurl/7.68.0"), and the expression, a
// case-insensitive choice of words, is costly to run on each: a 1 MB paste
// of distinct "$ curl -sS x.in/y" lines spent most of its time there.
func curlLead(line string) bool {
	low := strings.ToLower(line)
	digitAfter := func(lead string) bool {
		for i := 0; ; {
			k := strings.Index(low[i:], lead)
			if k < 0 {
				return false
			}
			if j := i + k + len(lead); j < len(low) && isDigit(low[j]) {
				return true
			}
			i += k + 1
		}
	}
	for _, lead := range curlLeads {
		if digitAfter(lead) {
			return true
		}
	}
	for i := 0; ; {
		k := strings.Index(low[i:], "curle_")
		if k < 0 {
			return false
		}
		j := i + k + len("curle_")
		w := j
		for w < len(low) && isWordByte(low[w]) {
			w++
		}
		if w > j && strings.HasPrefix(low[w:], " (") && w+2 < len(low) && isDigit(low[w+2]) {
			return true
		}
		i += k + 1
	}
}

// slowConnect is curl's "after 135152 ms" on a connect failure: a connect
// that failed only after ten seconds or more waited for a reply that never
// came.
//
// It and loopbackRefused are matched in the lower-case text, with no (?i):
// their literal start then lets a long paste be searched quickly.
var slowConnect = regexp.MustCompile(`after (\d{5,}) ms: couldn'?t connect to server|after (\d{5,}) ms: could not co`)

// loopbackRefused is curl's connect to this computer that failed at once
// ("Failed to connect to 127.0.0.1 port 8808 after 0 ms: Couldn't connect
// to server"): curl names no cause, but on the loopback interface nothing
// is in the way — no route to miss, no packet to lose — so a connect that
// fails within a second found nothing listening: a refusal. (To another
// host a fast failure may as well be an unreachable network: no kind.)
var loopbackRefused = regexp.MustCompile(`failed to connect to (?:localhost|127\.[0-9]+\.[0-9]+\.[0-9]+|::1|\[::1\]) port [0-9]+ after [0-9]{1,3} ms: couldn'?t connect to server`)

// mbedtlsHandshake is Mbed TLS's handshake failing with an error of its
// SSL or X.509 modules (codes 0x2000 and up: -0x7780 a fatal alert
// received, -0x2700 a certificate that did not verify), as ESP-IDF's
// esp-tls ("mbedtls_ssl_handshake returned -0x7780") and Tencent's IoT SDK
// ("mbedtls_ssl_handshake failed returned 0x7780(s)") log it; the network
// layer's codes under it (-0x50 a reset, -0x4c a failed read) name no TLS
// trouble.
var mbedtlsHandshake = regexp.MustCompile(`mbedtls_ssl_handshake(?:\(\))?(?: failed)?,? returned:? -?0x[2-7][0-9a-f]{3}\b`)

// opensslSSLError is an OpenSSL error string from its SSL library,
// "error:1408F10B:SSL routines:ssl3_get_record:wrong version number"
// (OpenSSL 3 leaves the function out: "error:0A00010B:SSL
// routines::wrong version number").
var opensslSSLError = regexp.MustCompile(`error:[0-9a-f]{8}:ssl routines:`)

// aiohttpTryAgain is aiohttp's connector error with EAI_AGAIN's text.
var aiohttpTryAgain = regexp.MustCompile(`cannot connect to host \S+ ssl:\S+ \[try again\]`)

// opensslSSLCode is such an error by its packed code alone, the SSL
// library's number first (20: "14" in OpenSSL 1.x's codes, "0A" in 3.x's),
// when the words after it are cut: WeeWX's log lines end "<urlopen error
// [Errno 1] _ssl.c:510: error:140770FC:SSL rout". The system library's
// codes ("error:0200206F:system library:connect:Connection refused") say
// their own kind in words.
var opensslSSLCode = regexp.MustCompile(`error:(?:14|0a)[0-9a-f]{6}:`)

// goLookup is Go's resolver failing: "lookup x on 10.0.0.2:53: …" names
// the resolver and whatever went wrong talking to it; the name did not
// resolve (see goLookupTimedOut for the form naming no server). Its cgo
// resolver on musl (Alpine images) fails with EAI_AGAIN, musl's "Try
// again", naming no server: "dial tcp: lookup panel: Try again"
// (Pterodactyl Wings in Compose, a service name not yet up).
var goLookup = regexp.MustCompile(`lookup \S+ on \S+: |lookup [^\s:]+: (?i:try again)\b`)

// goLookupFailed reports whether text holds goLookup where "lookup" starts
// an error's text (lookupStartsText): "cache lookup k on 10.0.0.9:6379:
// connection refused" is a cache's refused connection, no failed look-up.
func goLookupFailed(text string) bool {
	for _, m := range goLookup.FindAllStringIndex(text, -1) {
		head := text[:m[0]]
		if nl := strings.LastIndexByte(head, '\n'); nl >= 0 {
			head = head[nl+1:]
		}
		if lookupStartsText(head) {
			return true
		}
	}
	return false
}

// goInvalidName is Go's DNSError for a name it found no valid domain
// name: traefik's "dial tcp: lookup 172.19.0.4172.18.0.4: invalid
// domain name". The name did not resolve.
var goInvalidName = regexp.MustCompile(`\blookup [^\s:]+: invalid domain name\b`)

// goLookupTimedOut reports whether text holds Go's DNSError for a look-up
// that timed out naming no server, "dial tcp: lookup registry.ollama.ai:
// i/o timeout": the look-up's timeout as much as "lookup x on
// 8.8.8.8:53: … i/o timeout" is. Each ": i/o timeout" is read back to the
// word before it, which must follow "lookup ".
func goLookupTimedOut(text string) bool {
	const tail = ": i/o timeout"
	for from := 0; ; {
		k := strings.Index(text[from:], tail)
		if k < 0 {
			return false
		}
		k += from
		from = k + len(tail)
		name := k
		for name > 0 && !isSpaceRE(text[name-1]) {
			name--
		}
		if name < k && strings.HasSuffix(text[:name], "lookup ") {
			return true
		}
	}
}

// wgetResolveFailed is wget's look-up that failed, whatever cause the
// resolver gave: "Resolving x (x)... failed: Connection timed out." (older
// wget's "Resolving x... failed: …"). A name that did not resolve is a
// failed look-up, a temporary failure or a timed-out one too.
var wgetResolveFailed = regexp.MustCompile(`resolving [a-z0-9_.\-]+(?: \([^()\n]*\))?\.\.\. *failed: `)

// hostNotFound is a name that did not resolve, named between "Host" and
// "not found": Ivy's (sbt's, Ant's) "Host repo1.maven.org not found.
// url=https://…" and host(1)'s "Host x not found: 3(NXDOMAIN)". The name
// has a dot ("Host key not found" is ssh's). Qt's QNetworkReply says the
// same for HostNotFoundError, "Host x not found" at the end of its line or
// quoted (ownCloud's "Failed to connect to ownCloud at https://x/status.php:
// Host x not found\"").
//
// Also iptables' (ip6tables', ipset's) "host/network `x' not found", a
// rule's -s or -d name that did not resolve.
var hostNotFound = regexp.MustCompile(`(?m)\bhost [a-z0-9_\-]+(?:\.[a-z0-9_\-]+)+ not found(?:[.:"']|[ \t\r]*$)|\bhost/network [` + "`" + `'‘][^\s'’]+['’] not found`)

// serverNotFound is httplib2's ServerNotFoundError, raised when
// getaddrinfo failed: "Unable to find the server at x" (Google's API
// clients, Anki's sync), a dotted name after it; an address after it
// ("… at 192.168.1.10:32400", Plex's) was never looked up.
var serverNotFound = regexp.MustCompile(`\bunable to find the server at ([a-z0-9_\-]+(?:\.[a-z0-9_\-]+)+)`)

// serverNotFoundSaid reports whether low holds serverNotFound with a name
// in one of its first eight mentions.
func serverNotFoundSaid(low string) bool {
	for off, left := 0, 8; off < len(low) && left > 0; left-- {
		m := serverNotFound.FindStringSubmatchIndex(low[off:])
		if m == nil {
			return false
		}
		if lookedUp(low[off+m[2] : off+m[3]]) {
			return true
		}
		off += m[1]
	}
	return false
}

// dotnetAgain is .NET's HttpRequestException for a name its resolver could
// not look up yet (SocketError.TryAgain, EAI_AGAIN on Linux and macOS):
// the message, then the host and port it was for.
var dotnetAgain = regexp.MustCompile(`resource temporarily unavailable \(\[?[a-z0-9_.:\-]+\]?:\d{1,5}\)`)

// mqttConnack is an MQTT broker's refusal in its CONNACK return code, as
// mosquitto words it ("Connection Refused: identifier rejected.").
var mqttConnack = regexp.MustCompile(`(?i)connection refused: (unacceptable protocol version|identifier rejected|broker unavailable|server unavailable|bad user name or password|not authori[sz]ed)\b`)

// failureRewrites are words of one program's message that say another
// kind than what happened, each read as the words that say what did,
// in order, before the text is classified.
var failureRewrites = []struct{ from, to string }{
	// RubyGems raises UnknownHostError('timed out', uri) for a
	// Timeout::Error (remote_fetcher.rb): the message says what happened,
	// not the class's name.
	{"UnknownHostError: timed out", "FetchError: timed out"},
	// Ruby names the call an errno came from after the message, " - " and
	// the call (SystemCallError): "Errno::ECONNRESET: An existing
	// connection was forcibly closed by the remote host. - SSL_connect
	// (https://x/…)" is a reset during the handshake's connect; the
	// errno's text says what happened. (OpenSSL's own errors read
	// "SSL_connect returned=1 errno=0 state=…", and after " - " too:
	// RubyGems' "Unable to download data from https://x/ - SSL_connect
	// SYSCALL returned=5 errno=0 state=…" failed in its handshake.)
	{" - SSL_connect returned", " - OpenSSL SSL_connect returned"},
	{" - SSL_connect SYSCALL", " - OpenSSL SSL_connect SYSCALL"},
	{" - SSL_connect", " - connect"},
	// pyLoad's one warning for curl's codes 7, 18, 28, 52 and 56
	// ("Couldn't connect to host or connection reset, waiting 1 minute and
	// retry.") names two kinds, neither said of this failure: the "pycurl
	// exception 28: …" line before it says.
	{"connect to host or connection reset", "connect to host"},
	// Qt's QSslError::UnableToGetIssuerCertificate, "The issuer
	// certificate could not be found" (Mumble's "Registration: SSL
	// Handshake error: …"): a certificate the handshake lacked, no name
	// that did not resolve.
	{"ertificate could not be found", "ertificate is missing"},
	// strace's non-blocking connect(2) under way, no failure: what became
	// of it is read later (see straceOutcome).
	{"= -1 EINPROGRESS (Operation now in progress)", "= -1 EINPROGRESS"},
	// proxychains' one mark for a hop it could not reach, whichever way
	// ("... 212.83.150.199:80 <--socket error or timeout!"), says neither
	// kind.
	{"<--socket error or timeout", "<--socket error"},
}

// classifyFailure returns what the text says went wrong, by failureOrder
// when it says several things.
func classifyFailure(text string) Failure {
	text = spacedDetails(text)
	if strings.Contains(text, "   at ") && strings.Contains(text, ", ") {
		// A .NET stack frame's parameters are code: SqlClient's
		// "at …TdsParser.Connect(ServerInfo serverInfo, …, Boolean
		// ignoreSniOpenTimeout, Int64 timerExpire, …)" names a setting,
		// no timeout that happened.
		text = dotnetFrameParams.ReplaceAllString(text, "$1(…)")
	}
	for _, r := range failureRewrites {
		if strings.Contains(text, r.from) {
			text = strings.ReplaceAll(text, r.from, r.to)
		}
	}
	if strings.Contains(text, "efused or ") || strings.Contains(text, "out or ") {
		// One message for either of two kinds, "refused or timeout" (the
		// Cura OctoPrint plugin's "Connection refused or timeout when
		// trying to access OctoPrint at x"), says neither of this failure.
		text = dropRefusedOrTimeout(text)
	}
	if strings.Contains(text, "Failed asserting that exception message '") {
		text = phpunitUnexpected(text)
	}
	if strings.Contains(text, "ServerSelectionTimeoutError") {
		// pymongo's ServerSelectionTimeoutError is a wrapper: its message
		// names each server's last error ("localhost:27017: [Errno 111]
		// Connection refused", "x:27017: timed out", "Timeout: 1.0s SSL
		// handshake failed: localhost:27017: [Errno 0] Error"), and the
		// named cause wins over the wrapper's "Timeout" in its name.
		if f := classifyFailure(strings.ReplaceAll(text, "ServerSelectionTimeoutError", "ServerSelectionError")); f != FailureNone {
			return f
		}
	}
	if strings.Contains(text, "HostUnreachableError") {
		// Logstash's Elasticsearch output raises its pool's
		// HostUnreachableError for every failed request and names
		// Manticore's exception inside it ("Elasticsearch Unreachable:
		// [http://x:9200][Manticore::SocketTimeout] Read timed out",
		// :error_class=>"…::Pool::HostUnreachableError"): the class's name
		// states no unreachable network, the named cause says what failed.
		if f := classifyFailure(strings.ReplaceAll(text, "HostUnreachableError", "HostError")); f != FailureNone {
			return f
		}
	}
	text = firstDialAttempt(text)
	if strings.Contains(text, "] Failed to connect: ") {
		// SABnzbd's own wrapper raises every failed connect to a news
		// server as ECONNREFUSED and quotes the error raised inside it,
		// with its errno or without: "[Errno 111] Failed to connect: (110,
		// '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed
		// (_ssl.c:590)') -1@x:563", "[Errno 111] Failed to connect: EOF
		// occurred in violation of protocol (_ssl.c:590) -1@x:563". The
		// quoted cause says what failed.
		if m := sabnzbdConnect.FindStringSubmatch(text); m != nil {
			if f := classifyFailure(m[1] + m[2]); f != FailureNone {
				return f
			}
		}
	}
	if strings.Contains(text, "efused: ") || strings.Contains(text, "EFUSED: ") {
		// An MQTT broker's CONNACK refusal is an answer, not a TCP
		// refusal: mosquitto's "Connection error: Connection Refused:
		// identifier rejected." reached the broker.
		text = mqttConnack.ReplaceAllString(text, "CONNACK: $1")
	}
	if mayHoldTimeoutSetting(text) {
		// A timeout option given its value states none: ssh's "-o
		// ConnectTimeout=15" in the command line VS Code Remote-SSH logs,
		// mailsend's "Connection timeout: 5 secs" before it connects.
		text = unsetTimeouts(text)
	}
	if i := strings.LastIndex(text, "nested exception is"); i >= 0 && strings.Contains(text[:i], "refused to host") {
		// Java RMI's TCPEndpoint wraps every failed connect as
		// "Connection refused to host: x; nested exception is:
		// java.net.ConnectException: Connection timed out": the nested
		// exception says what happened, the wrapper's words nothing.
		return classifyFailure(text[i+len("nested exception is"):])
	}
	if i := strings.Index(text, " is not reachable. Reason: "); i > 0 {
		// flutter doctor's HTTP host check, "HTTP host https://x/ is not
		// reachable. Reason: An error occurred while checking the HTTP
		// host: Operation timed out": the reason says what failed, the
		// words before it only that the check did.
		if f := classifyFailure(text[i+len(" is not reachable."):]); f != FailureNone {
			return f
		}
		// A reason wrapped onto the next line says it there; this line
		// states no kind of its own.
		text = text[:i] + " failed its check." + text[i+len(" is not reachable."):]
	}
	if i := strings.Index(text, " error message: "); i > 0 && strings.Contains(text[:i], "error code: ") {
		// A library's code then its message ("error code: 60 error
		// message: SSL certificate problem: unable to get local issuer
		// certificate", php-curl-class's for libcurl's 60): the code is
		// the library's, no errno (macOS' ETIMEDOUT is 60 too); the
		// message says what failed.
		if f := classifyFailure(text[i:]); f != FailureNone {
			return f
		}
	}
	if cause := causedBy(text); cause != "" {
		// urllib3's MaxRetryError names its cause after "(Caused by ",
		// and the cause wins over the free text before it: an
		// application that prefixes every message with its own words
		// ("requests.exceptions.SSLError: Connection refused.
		// HTTPSConnectionPool(…): Max retries exceeded … (Caused by
		// SSLError(SSLCertVerificationError(1, '[SSL:
		// CERTIFICATE_VERIFY_FAILED] …')))") failed in TLS.
		if f := classifyFailure(cause); f != FailureNone {
			return f
		}
	}
	text = espTLSUntagged(text)
	low := strings.ToLower(splitIdentifiers(text))
	return classifyLow(text, low, failureIndex.scan(low))
}

// dotnetFrameParams is a .NET stack frame with its typed parameter list,
// "   at Ns.Type.Method(Type name, Type name)"; the frame up to the list is
// the submatch.
var dotnetFrameParams = regexp.MustCompile("(?m)^([ \\t]+at [^\\s(]+)\\([A-Za-z_][\\w.`\\[\\]<>,]* [A-Za-z_]\\w*(?:, [A-Za-z_][\\w.`\\[\\]<>,]*&? [A-Za-z_]\\w*)*\\)")

// sabnzbdConnect is SABnzbd's "[Errno 111] Failed to connect: (110,
// '…')", the error it caught quoted after its own errno, or that error's
// text alone up to the thread's "-1@host:port"; the quoted text is the
// first submatch or the second.
var sabnzbdConnect = regexp.MustCompile(`\[Errno -?\d+\] Failed to connect: (?:\(-?\d+, '([^'\n]+)'\)|([^(\n][^\n]*?) -?\d+@\S+:\d+)`)

// phpunitUnexpected returns text without the expectation of PHPUnit's
// failed assertions on an exception's message: "Failed asserting that
// exception message 'x' matches '/Connection refused|unable to
// connect/'." (or "… contains 'y'.") quotes what the exception said, x,
// and then the test's pattern, which states nothing that happened.
func phpunitUnexpected(text string) string {
	const lead = "Failed asserting that exception message '"
	var b strings.Builder
	for {
		i := strings.Index(text, lead)
		if i < 0 {
			break
		}
		end := i + len(lead)
		line := len(text)
		if k := strings.IndexByte(text[end:], '\n'); k >= 0 {
			line = end + k
		}
		j := max(strings.LastIndex(text[end:line], "' matches '"), strings.LastIndex(text[end:line], "' contains '"))
		if j < 0 {
			b.WriteString(text[:line])
		} else {
			b.WriteString(text[:end+j+1])
		}
		text = text[line:]
	}
	b.WriteString(text)
	return b.String()
}

// causedBy returns the rest of text's first line after its last "(Caused
// by " (see causeAt), or "" when there is none: a later line's cause is no
// cause of the first's.
func causedBy(text string) string {
	if j := strings.IndexByte(text, '\n'); j >= 0 {
		text = text[:j]
	}
	if i := causeAt(text); i >= 0 {
		return text[i:]
	}
	return ""
}

// causeAt returns where the cause starts after text's last "(Caused by "
// (in either case: a line read lower-cased), urllib3's words before the
// exception that made a request fail ("Max retries exceeded with url: /
// (Caused by NewConnectionError(…))"), or -1 when there is none.
func causeAt(text string) int {
	i := max(strings.LastIndex(text, "(Caused by "), strings.LastIndex(text, "(caused by "))
	if i < 0 {
		return -1
	}
	return i + len("(Caused by ")
}

// mayHoldTimeoutSetting reports whether text may hold a timeout set to a
// number (see unsetTimeouts).
func mayHoldTimeoutSetting(text string) bool {
	return strings.Contains(text, "imeout") && (strings.Contains(text, "=") || strings.Contains(text, "imeout: ") || strings.Contains(text, "; timeout "))
}

// unsetTimeouts returns text with each timeout option set to a number
// ("ConnectTimeout=15", "readTimeout=30s", requests' "timeout=(6.05,
// 27.05)", "timeout = 5") or printed with its value and unit (mailsend's
// "Connection timeout: 5 secs", "timeout: 10000ms"), or by JavaMail after
// the host and port it could not connect to ("…, 25; timeout -1", its
// connection timeout, -1 for none), written "setting=": a setting states
// no failure.
func unsetTimeouts(text string) string {
	var b strings.Builder
	done := 0
	for i := 0; ; {
		k := strings.Index(text[i:], "imeout")
		if k < 0 {
			break
		}
		k += i
		i = k + len("imeout")
		if k == 0 || text[k-1] != 'T' && text[k-1] != 't' {
			continue
		}
		end := skipSetTo(text, i)
		if end < 0 && k >= 3 && text[k-3:k-1] == "; " && strings.HasPrefix(text[i:], " ") {
			// JavaMail's "; timeout -1", "; timeout 15000".
			j := i + 1
			if j < len(text) && text[j] == '-' {
				j++
			}
			if j < len(text) && isDigit(text[j]) {
				end = j
			}
		}
		if end < 0 {
			continue
		}
		start := k - 1
		for start > 0 && (isLetter(text[start-1]) || text[start-1] == '_') {
			start--
		}
		for end < len(text) && isDigit(text[end]) {
			end++
		}
		for end < len(text) && isLower(text[end]) {
			end++
		}
		if start > 0 && isWordByte(text[start-1]) || end < len(text) && isWordByte(text[end]) {
			continue
		}
		if done == 0 {
			b.Grow(len(text))
		}
		b.WriteString(text[done:start])
		b.WriteString("setting=")
		done, i = end, end
	}
	if done == 0 {
		return text
	}
	b.WriteString(text[done:])
	return b.String()
}

// skipSetTo returns the index of the number an option's name at i is set
// to — '=' (not "=="), blanks, an opening bracket, then a digit; or ": "
// then a number with its unit ("5 secs", "10000ms") — or -1.
func skipSetTo(text string, i int) int {
	blanks := func(i int) int {
		for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
			i++
		}
		return i
	}
	if i < len(text) && text[i] == ':' {
		return valueWithUnit(text, blanks(i+1))
	}
	i = blanks(i)
	if i >= len(text) || text[i] != '=' || i+1 < len(text) && text[i+1] == '=' {
		return -1
	}
	i = blanks(i + 1)
	if i < len(text) && (text[i] == '(' || text[i] == '[') {
		i = blanks(i + 1)
	}
	if i >= len(text) || !isDigit(text[i]) {
		return -1
	}
	return i
}

// timeUnits are the units a timeout's value is printed with.
var timeUnits = []string{"ms", "s", "sec", "secs", "second", "seconds", "msec", "msecs", "milliseconds"}

// valueWithUnit returns i when text holds a number there followed by a
// time unit ("5 secs", "10000ms"), else -1: a bare number after "timeout:"
// may be a count or a code.
func valueWithUnit(text string, i int) int {
	j := i
	for j < len(text) && isDigit(text[j]) {
		j++
	}
	if j == i {
		return -1
	}
	if j < len(text) && text[j] == ' ' {
		j++
	}
	k := j
	for k < len(text) && isLetter(text[k]) {
		k++
	}
	u := strings.ToLower(text[j:k])
	for _, w := range timeUnits {
		// (A unit of three letters or more may have a wrapped line's next
		// word glued to it, "5 secslibmsock: …", when lines are joined.)
		if u == w || len(w) >= 3 && strings.HasPrefix(u, w) {
			return i
		}
	}
	return -1
}

// spacedDetails returns text with envoy's response details read with
// spaces: envoy writes them with every space as '_' (Istio's access log:
// "delayed_connect_error:_111", "upstream_reset_before_response_started{
// remote_connection_failure,delayed_connect_error:_Connection_refused}"), so
// in a word holding ":_" or envoy's "_started{" each '_' is a space. Other
// words keep their underscores ("connect_timeout=5" is a setting).
func spacedDetails(text string) string {
	if !strings.Contains(text, ":_") && !strings.Contains(text, "_started{") {
		return text
	}
	b := []byte(text)
	for i := 0; i < len(b); {
		j := i
		for j < len(b) && !isDetailsBreak(b[j]) {
			j++
		}
		if w := string(b[i:j]); strings.Contains(w, ":_") || strings.Contains(w, "_started{") {
			for k := i; k < j; k++ {
				if b[k] == '_' {
					b[k] = ' '
				}
			}
		}
		i = j + 1
	}
	return string(b)
}

// isDetailsBreak reports whether c ends a word of envoy's details: a space
// or a quote.
func isDetailsBreak(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '"' || c == '\''
}

// classifyLow is classifyFailure given the text lower-cased (with its
// identifiers split) and the tags of failureIndex's phrases it holds.
func classifyLow(text, low string, tags uint16) Failure {
	var found failureSet
	for k := range failureOrder {
		found[k] = tags&(1<<k) != 0
	}
	if strings.HasSuffix(strings.TrimRight(low, " \t\r\n"), " refused") {
		found.add(FailureRefused)
	}
	if !found.has(FailureNoSuchHost) && resolveFailed(low) {
		found.add(FailureNoSuchHost)
	}
	if !found.has(FailureTimeout) && (timeoutSaid(low) || strings.Contains(low, "increas") && timeoutAdvice.MatchString(low)) {
		found.add(FailureTimeout)
	}
	if !found.has(FailureNoSuchHost) && strings.Contains(low, "find the server at ") && serverNotFoundSaid(low) {
		found.add(FailureNoSuchHost)
	}
	if strings.Contains(text, "lookup ") && (goLookupFailed(text) || goLookupTimedOut(text) || goInvalidName.MatchString(text)) {
		found.add(FailureNoSuchHost)
	}
	if strings.Contains(text, "query") && nodeQuery.MatchString(text) {
		found.add(FailureNoSuchHost)
	}
	if strings.Contains(low, "mbedtls_ssl_handshake") && mbedtlsHandshake.MatchString(low) || mbedtlsFailed(low) {
		found.add(FailureTLS)
	}
	errnoFailure(low, &found)
	for _, g := range guardedKinds {
		if !found.has(g.kind) && strings.Contains(low, g.needle) && g.re.MatchString(low) {
			found.add(g.kind)
		}
	}
	if strings.Contains(low, "error number -") {
		ffmpegErrnoFailure(low, &found)
	}
	if strings.Contains(low, "protocol specific error code") || strings.Contains(low, "sqlerrmc") || strings.Contains(low, "return code from") {
		ibmSocketFailure(low, &found)
	}
	if strings.Contains(low, "连接尝试失败") && strings.Contains(low, "连接的主机没有") {
		// WSAETIMEDOUT's (10060) zh-CN text as a poster retyped it,
		// its "没有正确答复" lost ("由于连接方在一段时间后正确答复或者连接的
		// 主机没有响应，连接尝试失败。"): the connected host's silence and
		// the attempt's failure are its own words.
		found.add(FailureTimeout)
	}
	if strings.Contains(low, "actively rejected") && strings.Contains(low, "connect") {
		// WSAECONNREFUSED's (10061) "the target machine actively refused
		// it" as a translation tool renders the Chinese or Japanese text
		// ("Because the target computer actively rejected unable to
		// connect 127.0.0.1:1080"); without connecting it is prose.
		found.add(FailureRefused)
	}
	if strings.Contains(low, "resolution failed ") || strings.Contains(low, "connection failed; result: -") {
		pepperFailure(low, &found)
	}
	if !found.has(FailureUnreachable) && strings.Contains(low, "no route to ") && noRouteToName(low) {
		found.add(FailureUnreachable)
	}
	if strings.Contains(low, "8007") || strings.Contains(low, "-21470") {
		hresultFailure(low, &found)
	}
	if strings.Contains(low, "tcp provider: error code 0x") {
		tcpProviderFailure(low, &found)
	}
	if strings.Contains(low, "curl") || strings.Contains(low, "errcode") || strings.Contains(low, "returned: ") && !strings.Contains(low, "gsk_") {
		// (GSKit's "gsk_secure_soc_init failed and returned: 6" is its
		// own code, no libcurl one.)
		for _, m := range findAllByLine(curlCode, text, 64, curlLead) {
			if f, ok := curlKinds[m[1]]; ok {
				found.add(f)
			}
		}
		if strings.Contains(low, "code ") {
			for _, c := range curlExitCodes(low) {
				if f, ok := curlKinds[c]; ok {
					found.add(f)
				}
			}
		}
	}
	if strings.Contains(low, "error: ") || strings.Contains(low, "error.") {
		zigFailure(low, &found)
	}
	if found.has(FailureTLS) && found.has(FailureReset) && strings.Contains(low, ":ssl routines:") && opensslSSLError.MatchString(low) &&
		!strings.Contains(low, "reset") && !strings.Contains(low, "errno") && !strings.Contains(low, "broken pipe") && !strings.Contains(low, "unexpected eof") {
		// An OpenSSL error string naming the SSL routine that failed is
		// the cause a wrapper's "connection closed" reports: The
		// Lounge's "*** Connection closed unexpectedly: Error:
		// 140147552769920:error:1408F10B:SSL routines:ssl3_get_record:wrong
		// version number:…" failed in TLS. A reset said as such ("reset
		// by peer", an errno) stays one, and so does OpenSSL's "unexpected
		// eof while reading" (3.0's "SSL routines::unexpected eof while
		// reading", 1.1's "unexpected eof"): the peer closed TCP without
		// its close_notify, no TLS fault.
		found.drop(FailureReset)
	}
	if found.has(FailureTLS) && strings.Contains(low, "handshake=") && !strings.Contains(low, "error=") && handshakeDone.MatchString(low) {
		// ssl-handshake's report of a handshake that completed: "SSL
		// handshake with x:443: tcp=75ms handshake=54ms version=1.3
		// total=129ms" states no failure; a failed one ends in "error=…"
		// with "version=n/a".
		found.drop(FailureTLS)
	}
	if found.has(FailureTLS) && strings.Contains(low, "before secure tls connection was established") {
		// Node's connResetException for a socket closed during the TLS
		// handshake: "Client network socket disconnected before secure
		// TLS connection was established" carries code: 'ECONNRESET', the
		// handshake is what failed (the corpus reads the phrase as tls).
		found.drop(FailureReset)
	}
	if strings.Contains(low, "reset reason: ") {
		envoyReset(low, &found)
	}
	if strings.Contains(low, "(qt code ") {
		qtNetworkError(low, &found)
	}
	cannotConnect := false
	if strings.Contains(low, "errordomain") || strings.Contains(low, "kcfstream") || strings.Contains(low, "error code: -") {
		cannotConnect = appleFailure(low, &found)
	}
	for _, f := range failureOrder {
		if found.has(f) {
			return f
		}
	}
	if refusedSaid(low) || cannotConnect {
		return FailureRefused
	}
	if strings.Contains(text, "EOF") && peerEOF(text) {
		return FailureReset
	}
	if strings.Contains(low, "end of file reached") && connectEOF(low) {
		return FailureReset
	}
	if strings.Contains(low, "temporarily unavailable") && (resolverFrame(low) || dotnetAgain.MatchString(low)) {
		// EAGAIN out of the resolver is getaddrinfo's EAI_AGAIN:
		// ".NET's SocketException (11): Resource temporarily unavailable
		// at System.Net.Dns.GetHostEntryOrAddressesCore", and .NET's
		// HttpRequestException on Linux and macOS, "Resource temporarily
		// unavailable (x:443)" (SocketError.TryAgain from its resolver).
		return FailureNoSuchHost
	}
	return FailureNone
}

// pepperCode is a Pepper (Native Client) network error as Mosh for Chrome
// reports it: its resolver's "resolution failed -110" (or "Name resolution
// failed with unexpected error code: -110") and NativeTCP's "Connection
// failed; result: -102". The codes are ppapi/c/pp_errors.h's.
var pepperCode = regexp.MustCompile(`\b(?:resolution failed (?:with unexpected error code: )?|connection failed; result: )(-1[01][0-9])\b`)

// pepperFailures are the kinds of pp_errors.h's network codes:
// PP_ERROR_CONNECTION_RESET (-101), _REFUSED (-102), _TIMEDOUT (-105),
// PP_ERROR_ADDRESS_UNREACHABLE (-107) and PP_ERROR_NAME_NOT_RESOLVED
// (-110); the others (-104, a connect that failed, -106, an invalid
// address) say no kind.
var pepperFailures = map[string]Failure{
	"-101": FailureReset, "-102": FailureRefused, "-105": FailureTimeout, "-107": FailureUnreachable, "-110": FailureNoSuchHost,
}

// pepperFailure adds the kind of each Pepper error code the lower-case
// text reports.
func pepperFailure(low string, found *failureSet) {
	for _, m := range findAllByLine(pepperCode, low, 16, nil) {
		if f, ok := pepperFailures[m[1]]; ok {
			found.add(f)
		}
	}
}

// pingNoReply is the summary ping prints when no echo came back in its
// wait, iputils' "8 packets transmitted, 0 received, 100% packet loss,
// time 7243ms" (BSD's and busybox's "0 packets received, 100.0% packet
// loss"): a timeout. With "+4 errors" after "received" the errors were
// ICMP's answers (Destination Host Unreachable), read from their own
// lines; a reply received is no failure.
var pingNoReply = regexp.MustCompile(`\b[1-9][0-9]* packets transmitted, 0 (?:packets )?received, 100(?:\.0)?% packet loss`)

// noRouteTo is "No route to" before a dotted name or an address: a
// program's own check that found no way to a host, docker-icloudpd's "No
// route to icloud.com found. Please check your container's network
// settings" (after traceroute). "No route to host" is read as a phrase.
var noRouteTo = regexp.MustCompile(`no route to (\[?[0-9a-f]*:[0-9a-f:.]+\]?|[a-z0-9_\-]+(?:\.[a-z0-9_\-]+)+)`)

// noRouteToName reports whether the lower-case text says there is no route
// to a name or an address ("No route to icloud.com found"), not to a file
// or a page ("No route to index.html", "No route to the page").
func noRouteToName(low string) bool {
	for _, m := range noRouteTo.FindAllStringSubmatchIndex(low, 16) {
		if m[0] > 0 && isWordByte(low[m[0]-1]) {
			continue
		}
		h := low[m[2]:m[3]]
		if checkHost(h, h) == nil && !isSourceFile(h) {
			return true
		}
	}
	return false
}

// pingUnanswered is a machine that gave no echo reply, in a program's own
// words: R Tools for Visual Studio's "Connecting to R Workspace failed.
// Reason: Machine 'x' did not respond to a ping." (a "pingback" is none).
var pingUnanswered = regexp.MustCompile(`did not respond to a ping\b`)

// envoyResetReason is the reason Envoy gives for a stream it reset
// ("upstream connect error or disconnect/reset before headers. reset
// reason: connection termination"), its resetReasonToString's words for
// StreamResetReason: the connection closed under the request
// (ConnectionTermination), or a reset at either end (LocalReset,
// RemoteReset, and HTTP/2's REFUSED_STREAM, Local/RemoteRefusedStreamReset:
// a stream refused on a connection that was made, no refused connection).
// Its other reasons state no kind: "connection failure" (and "local" or
// "remote connection failure") without its "transport failure reason",
// "overflow", "protocol error", "overload manager reset", "remote error
// with CONNECT request"; "connection timeout" is a timeout as said.
var envoyResetReason = regexp.MustCompile(`reset reason: (connection termination|local reset|remote reset|(?:local|remote) refused stream reset)\b`)

// qtCode is MusicBrainz Picard's report of a failed QNetworkReply: "Network
// request error for https://x/api: Connection closed (QT code 2, HTTP code
// 0)", the reply's QNetworkReply::NetworkError after its errorString.
var qtCode = regexp.MustCompile(`\(qt code ([1-4]), http code \d+\)`)

// qtFailures are the kinds of QNetworkReply::NetworkError's connection
// errors by number: ConnectionRefusedError, RemoteHostClosedError (the
// server closed the connection under the request), HostNotFoundError,
// TimeoutError.
var qtFailures = [...]Failure{1: FailureRefused, 2: FailureReset, 3: FailureNoSuchHost, 4: FailureTimeout}

// qtNetworkError marks the kind a Qt network error's code states (see
// qtCode).
func qtNetworkError(low string, found *failureSet) {
	if m := qtCode.FindStringSubmatch(low); m != nil {
		found.add(qtFailures[m[1][0]-'0'])
	}
}

// envoyReset marks the reset Envoy's reset reason states (see
// envoyResetReason).
func envoyReset(low string, found *failureSet) {
	m := envoyResetReason.FindStringSubmatch(low)
	if m == nil {
		return
	}
	found.add(FailureReset)
	if strings.Contains(m[1], "refused stream") && !strings.Contains(low, "connection refused") && !strings.Contains(low, "connect error: 111") {
		found.drop(FailureRefused)
	}
}

// handshakeDone is ssl-handshake's line for a handshake that completed:
// the TLS version it agreed on.
var handshakeDone = regexp.MustCompile(`ssl handshake with \S+: tcp=\d+ms handshake=\d+ms version=1\.[0-3] `)

// httpClientTimeout is http-client's ResponseTimeout or ConnectionTimeout
// constructor standing as the exception's content (after the request's
// closing brace, or in parentheses), not a field's value.
var httpClientTimeout = regexp.MustCompile(`(?:\}|\()\s*(?:responsetimeout|connectiontimeout)\b`)

// wgHandshake is WireGuard's peer that never answered its handshake
// initiations over UDP: wireguard-go's (WireGuard for Windows, Android,
// macOS) "peer(LW3Y…OqDE) - Handshake did not complete after 5 seconds,
// retrying (try 2)" and "… after 20 attempts, giving up", the Linux
// module's "Handshake for peer 1 (10.0.0.5:51820) did not complete after
// 5 seconds, retrying (try 2)". Not a TLS handshake; other handshakes that
// "did not complete after msg3" say no time.
var wgHandshake = regexp.MustCompile(`handshake (?:for peer \d+ \([^)\n]{0,80}\) )?did not complete after \d+ (?:seconds|attempts)`)

// zigError is a Zig error line ending in the name of an error of std.net's
// and std.posix's error sets, as zig's own commands and a program whose
// main returned the error print it: "error: unable to discover remote git
// server capabilities: TemporaryNameServerFailure" (zig fetch),
// "error: ConnectionRefused"; std.http.Client's and std.crypto.tls's
// TLS errors are tls ("build.zig.zon:5:56: error: unable to connect to
// server: TlsInitializationFailed", CertificateBundleLoadFailure,
// TlsAlert, TlsCertificateNotVerified, CertificateExpired…). The name is
// read whole, last on the line, in
// the lower-case text: as a line's own reading lowers it
// ("connectionrefused"), or as classifyFailure does, a name ending in a
// failure's word written apart ("connection refused", see
// splitIdentifiers).
var zigError = regexp.MustCompile(`(?m)\berror: (?:[^\n]*: )?(` + zigNames + `)[ \t\r]*$`)

// zigNames are the names of std.net's, std.posix's, std.http.Client's and
// std.crypto.tls's errors zigError and zigValue read, lower-case, a space
// allowed between words.
const zigNames = `temporary ?name ?server ?failure|name ?server ?failure|unknownhostname|connection ?timed ?out|connection ?refused|network ?unreachable|connectionresetbypeer|tls ?(?:initialization ?failed|alert|unexpected ?message|illegal ?parameter|decrypt ?(?:failure|error)|record ?overflow|bad ?record ?mac|certificate ?not ?verified|bad ?signature ?scheme|connection ?truncated|decode ?error)|certificate ?(?:bundle ?load ?failure|expired|host ?mismatch|not ?yet ?valid|issuer ?mismatch|signature ?invalid)`

// zigValue is one of those errors as an error value in the source lines
// of Zig's error return trace (a .zig:line:column: frame above it), where
// the name is the error that rose: "return error.TlsCertificateNotVerified,"
// under "std/crypto/tls/Client.zig:562:49: 0x38a7496 in init…", "catch
// return error.TlsInitializationFailed;".
var zigValue = regexp.MustCompile(`\berror\.(` + zigNames + `)\b`)

// zigFailures are the kinds zigError's names say, written whole.
var zigFailures = map[string]Failure{
	"temporarynameserverfailure": FailureNoSuchHost, "nameserverfailure": FailureNoSuchHost, "unknownhostname": FailureNoSuchHost,
	"connectiontimedout": FailureTimeout, "connectionrefused": FailureRefused, "networkunreachable": FailureUnreachable,
	"connectionresetbypeer": FailureReset,
}

// zigWords are words one of zigError's names holds, however it is written.
var zigWords = []string{"failure", "unknownhostname", "timed", "refused", "unreachable", "resetbypeer", "tls", "certificate"}

// zigEnds are the words zigError's names end in.
var zigEnds = []string{"failure", "hostname", "out", "refused", "unreachable", "peer", "failed", "alert", "message",
	"parameter", "error", "overflow", "mac", "verified", "scheme", "truncated", "expired", "mismatch", "valid", "invalid"}

// zigLine reports whether a lower-case line may be a Zig error line
// zigError reads: "error: " on it and one of zigEnds last.
func zigLine(line string) bool {
	l := strings.TrimRight(line, " \t\r")
	if !strings.Contains(l, "error: ") {
		return false
	}
	for _, w := range zigEnds {
		if strings.HasSuffix(l, w) {
			return true
		}
	}
	return false
}

// zigFailure adds the kind each Zig error line in the lower-case text
// names.
func zigFailure(low string, found *failureSet) {
	if !containsAny(low, zigWords) {
		return
	}
	ms := findAllByLine(zigError, low, 64, zigLine)
	if strings.Contains(low, ".zig:") && strings.Contains(low, "error.") {
		ms = append(ms, zigValue.FindAllStringSubmatch(low, 64)...)
	}
	for _, m := range ms {
		name := strings.ReplaceAll(m[1], " ", "")
		if strings.HasPrefix(name, "tls") || strings.HasPrefix(name, "certificate") {
			found.add(FailureTLS)
			continue
		}
		found.add(zigFailures[name])
	}
}

// nodeQuery is an error of Node's dns.resolve* calls (c-ares), which name
// the query that failed: "querySrv ETIMEOUT _mongodb._tcp.x" (the
// mongodb+srv driver's look-up), "queryA ECONNREFUSED x", "queryTxt
// ENOTFOUND x". Whatever the code, the name did not resolve: ETIMEOUT
// and ECONNREFUSED are the DNS server's, not the host's.
var nodeQuery = regexp.MustCompile(`\bquery(?:Srv|A|Aaaa|Any|Caa|Cname|Mx|Naptr|Ns|Ptr|Soa|Txt) E[A-Z]{3,}\b`)

// Apple's error codes: NSURLErrorDomain's (and CFNetwork's, the same
// numbers), and the POSIX errno of Darwin that NSPOSIXErrorDomain and
// _kCFStreamErrorCodeKey (with _kCFStreamErrorDomainKey=1) carry; with
// _kCFStreamErrorDomainKey=12 the code is getaddrinfo's. The keys are
// read as NSError's description writes its userInfo
// ("_kCFStreamErrorCodeKey=61") and as a dictionary prints them, quoted
// ("\"_kCFStreamErrorCodeKey\" = 61;").
var (
	urlErrorCode = regexp.MustCompile(`(?:nsurlerrordomain|kcferrordomaincfnetwork)\W+code\s*[=:]\s*(-[0-9]{3,5})\b`)
	// loadErrorCode is CFNetwork's log of a failed task, the same code
	// followed by the stream error's domain and code: "HTTP load failed,
	// 0/0 bytes (error code: -1004 [1:13])".
	loadErrorCode = regexp.MustCompile(`\berror code: (-[0-9]{3,5}) \[[0-9]{1,3}:-?[0-9]{1,6}\]`)
	posixCode     = regexp.MustCompile(`nsposixerrordomain\W+code\s*[=:]\s*([0-9]{1,3})\b`)
	streamCode    = regexp.MustCompile(`_kcfstreamerrorcodekey"?\s*[=:]\s*(-?[0-9]{1,6})\b`)
	streamDomain  = regexp.MustCompile(`_kcfstreamerrordomainkey"?\s*[=:]\s*([0-9]{1,3})\b`)
	urlErrors     = map[string]Failure{
		"-1001": FailureTimeout,     // NSURLErrorTimedOut
		"-1003": FailureNoSuchHost,  // NSURLErrorCannotFindHost
		"-1006": FailureNoSuchHost,  // NSURLErrorDNSLookupFailed
		"-1005": FailureReset,       // NSURLErrorNetworkConnectionLost
		"-1009": FailureUnreachable, // NSURLErrorNotConnectedToInternet
		"-1018": FailureUnreachable, // NSURLErrorInternationalRoamingOff
		"-1020": FailureUnreachable, // NSURLErrorDataNotAllowed
		"-1200": FailureTLS, "-1201": FailureTLS, "-1202": FailureTLS, "-1203": FailureTLS, "-1204": FailureTLS,
		"-1205": FailureTLS, "-1206": FailureTLS, // NSURLErrorSecureConnectionFailed … ClientCertificateRequired
	}
	darwinErrnos = map[string]Failure{"60": FailureTimeout, "61": FailureRefused, "64": FailureUnreachable,
		"65": FailureUnreachable, "51": FailureUnreachable, "50": FailureUnreachable, "54": FailureReset}
)

// appleFailure marks the failures Apple's error codes name (see
// urlErrorCode) and reports whether the text says NSURLErrorCannotConnectToHost
// (-1004, "Could not connect to the server."): a connection refused, when
// nothing says otherwise.
func appleFailure(low string, found *failureSet) bool {
	cannot := false
	codes := append(urlErrorCode.FindAllStringSubmatch(low, 8), loadErrorCode.FindAllStringSubmatch(low, 8)...)
	for _, m := range codes {
		if f, ok := urlErrors[m[1]]; ok {
			found.add(f)
		}
		cannot = cannot || m[1] == "-1004"
	}
	for _, m := range posixCode.FindAllStringSubmatch(low, 8) {
		if f, ok := darwinErrnos[m[1]]; ok {
			found.add(f)
		}
	}
	if d := streamDomain.FindStringSubmatch(low); d != nil {
		if c := streamCode.FindStringSubmatch(low); c != nil {
			switch d[1] {
			case "1":
				if f, ok := darwinErrnos[c[1]]; ok {
					found.add(f)
				}
			case "12":
				found.add(FailureNoSuchHost)
			}
		}
	}
	return cannot
}

// resolverFrame reports whether the lower-case text shows a resolver call
// (a stack frame or a function name).
func resolverFrame(low string) bool {
	for _, w := range []string{"dns.gethost", "dns.getaddr", "dns.resolve", "getaddrinfo", "gethostbyname", "inetaddress.get", "resolver"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// failureSet is the failures a text was found to say, by their place in
// failureOrder.
type failureSet [8]bool

func (s *failureSet) add(f Failure) {
	for k, o := range failureOrder {
		if o == f {
			s[k] = true
		}
	}
}

func (s *failureSet) drop(f Failure) {
	for k, o := range failureOrder {
		if o == f {
			s[k] = false
		}
	}
}

func (s *failureSet) has(f Failure) bool {
	for k, o := range failureOrder {
		if o == f {
			return s[k]
		}
	}
	return false
}

// Text returns the failure in plain words for people.
func (f Failure) Text() string {
	switch f {
	case FailureTimeout:
		return "the connection timed out"
	case FailureRefused:
		return "the connection was refused"
	case FailureNoSuchHost:
		return "the name could not be resolved"
	case FailureUnreachable:
		return "the host or network was unreachable"
	case FailureReset:
		return "the connection was reset"
	case FailureTLS:
		return "the TLS handshake or certificate failed"
	}
	return ""
}

// peerEOFLine is an error chain that ends in Go's io.EOF: "'502 Bad
// Gateway' caused by: EOF" (Traefik's proxy), `Get "https://x/": EOF`,
// "read tcp 10.0.0.2:5->10.0.0.5:443: EOF", or that ends a quoted
// key=value field with more fields after it, as Go's structured loggers
// write an error (cloudflared's `ERR error="Unable to reach the origin
// service. … from cloudflared: EOF" cfRay=x originService=https://y`),
// or a logged error field whose value is io.EOF alone (go2rtc's zerolog
// "WRN …/producer.go:133 > error=EOF url=rtsp://x:554/…", "err=EOF"), or
// that ends a JSON log line's message with its escaped newline (Sarama's
// `"msg":"… while fetching metadata: EOF\n",`).
var peerEOFLine = regexp.MustCompile(`(?m)(?:caused by|[^\s:]): EOF(?:['"\])]*\.?[ \t\r]*$|" [a-zA-Z][a-zA-Z0-9_.]*=|\\n",)|\berr(?:or)?=EOF(?:[ \t]+[a-zA-Z][a-zA-Z0-9_.]*=|[ \t\r]*$)`)

// peerEOF reports whether the text says the other end closed the
// connection: an error chain about a request or a socket (a URL, "read
// tcp", "dial tcp", a proxy's "caused by") that ends in io.EOF. It is the weakest sign, read only when nothing else is said (a
// TLS handshake that ended in EOF is TLS). An EOF of a file or a parser
// ("unexpected EOF while parsing", "error reading config.yaml: EOF"), in
// prose, or after words of no request (pika's "Disconnected from RabbitMQ
// at x (-1): EOF", a protocol mismatch) is none.
func peerEOF(text string) bool {
	for _, m := range peerEOFLine.FindAllStringIndex(text, 8) {
		start := strings.LastIndexByte(text[:m[0]], '\n') + 1
		end := len(text)
		if k := strings.IndexByte(text[m[1]:], '\n'); k >= 0 {
			end = m[1] + k
		}
		line := strings.ToLower(text[start:end]) // the fields after a logged error's name its request
		if strings.Contains(line, "file") || strings.Contains(line, "pars") || strings.Contains(line, "unexpected") ||
			strings.Contains(line, ".json") || strings.Contains(line, ".yaml") || strings.Contains(line, ".yml") {
			continue
		}
		if containsAny(line, eofNetWords) {
			return true
		}
	}
	n := 0
	for line := range linesHolding(text, ": unexpected EOF") {
		if requestUnexpectedEOF.MatchString(line) || urlUnexpectedEOF.MatchString(line) && !strings.Contains(strings.ToLower(line), "pars") {
			return true
		}
		if n++; n == 8 {
			break
		}
	}
	return false
}

// connectEOF reports whether the lower-case text holds Ruby's EOFError
// message, "end of file reached", on a line that or whose line before
// says a connection was being made: Homebrew's "Error: Failed to connect
// to: https://x/…" over "end of file reached", Net::HTTP's socket closed
// by the peer. Like peerEOF it is read only when nothing else is said;
// an EOF of a file read ("Reading config.yml: end of file reached") is
// none.
func connectEOF(low string) bool {
	from := 0
	for n := 0; n < 8; n++ {
		i := strings.Index(low[from:], "end of file reached")
		if i < 0 {
			return false
		}
		i += from
		start := strings.LastIndexByte(low[:i], '\n') + 1
		if start > 0 {
			start = strings.LastIndexByte(low[:start-1], '\n') + 1
		}
		if strings.Contains(low[start:i], "connect") {
			return true
		}
		from = i + len("end of file reached")
	}
	return false
}

// requestUnexpectedEOF is Go's url.Error for a request whose response
// was cut short, io.ErrUnexpectedEOF at the end of the chain: `Get
// "https://charts.jetstack.io/index.yaml": unexpected EOF` (and Go
// before 1.14's unquoted "Get https://x/: unexpected EOF"). The URL
// names the request, so its ".yaml" is no file being parsed.
var requestUnexpectedEOF = regexp.MustCompile(`(?:` + methodAlt(true) + `) "?[a-z][a-z0-9+.-]*://[^\s"]*"?: unexpected EOF['"\])]*\.?[ \t\r]*$`)

// urlUnexpectedEOF is a connection to a URL that io.ErrUnexpectedEOF
// ended, the URL's own error with no other error between: go-cqhttp's
// "连接到反向WebSocket Universal服务器 ws://127.0.0.1:5710/cqhttp/ws
// 时出现错误: unexpected EOF". ("… https://x/a.yaml: yaml: unexpected
// EOF" is a parser's.) peerEOF reads it only on a line that holds no
// "pars" ("error parsing https://x/a.json: unexpected EOF"): a parser's
// EOF worded around a URL, a test RE2 cannot write in the expression.
// requestUnexpectedEOF, Go's own request words before the URL, needs no
// such test.
var urlUnexpectedEOF = regexp.MustCompile(`(?:wss?|https?)://[^\s"']*[^\s"':][^:\n]*: unexpected EOF['"\])]*\.?[ \t\r]*$`)

// eofNetWords say a line's EOF ended a connection or a request (Sarama's
// "got error from broker -1 while fetching metadata: EOF").
var eofNetWords = []string{"caused by", "read tcp", "dial tcp", "write tcp", "http://", "https://", "rtsp://", "bad gateway",
	"from broker"}
