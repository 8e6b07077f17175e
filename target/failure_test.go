package target

import (
	"strings"
	"testing"
)

// TestFailureLocalised reads the system's own failure texts in the common UI
// languages: glibc's translated strerror (what curl, wget, ssh and most Linux
// programs print) and Windows' localised Winsock messages (10060, 10061,
// 11001).
func TestFailureLocalised(t *testing.T) {
	cases := []struct {
		lang, text string
		want       Failure
	}{
		{"en", "connectex: A connection attempt failed because the connected party did not...", FailureTimeout},
		{"en", "Due to incorrect response from the connecting party or unresponsive host after a period of time, the connection attempt failed", FailureTimeout},
		{"de", "Verbindungsaufbau abgelehnt", FailureRefused},
		{"de", "Die Wartezeit für die Verbindung ist abgelaufen", FailureTimeout},
		{"de", "jdbc4.CommunicationsException: Wartezeit für die Verbindung läuft ab", FailureTimeout},
		{"de", "Die Wartezeit für den Download ist abgelaufen", FailureNone},
		{"de", "Die Verbindung ist abgelaufen", FailureNone},
		{"de", "Zeitüberschreitung der Verbindung", FailureTimeout},
		{"de", "Keine Route zum Zielrechner", FailureUnreachable},
		{"de", "Das Netzwerk ist nicht erreichbar", FailureUnreachable},
		{"de", "Der Name oder der Dienst ist nicht bekannt", FailureNoSuchHost},
		{"de", "Es konnte keine Verbindung hergestellt werden, da der Zielcomputer die Verbindung verweigerte", FailureRefused},
		{"de", "Ein Verbindungsversuch ist fehlgeschlagen, da die Gegenstelle nach einer bestimmten Zeitspanne nicht richtig reagiert hat", FailureTimeout},
		{"de", "Der angegebene Host ist unbekannt.", FailureNoSuchHost},
		// .NET's IOException for a connection closed under a read, in
		// French, also with its accents lost to U+FFFD.
		{"fr", "System.IO.IOException: Impossible de lire les données de la connexion de transport : La connexion a été fermée.", FailureReset},
		{"fr", "System.IO.IOException: Impossible de lire les donn\ufffdes de la connexion de transport : La connexion a \ufffdt\ufffd ferm\ufffde.", FailureReset},
		{"fr", "La connexion a été ouverte.", FailureNone},
		{"fr", "La fenêtre a été fermée.", FailureNone},
		// Qt's socket errors in its German catalogue (qtbase_de).
		{"de", "Network request error \"Der Host kann nicht erreicht werden\" HTTP status 0 httpReason \"\"", FailureUnreachable},
		{"de", "Rechner konnte nicht gefunden werden", FailureNoSuchHost},
		// QNetworkReply::HostNotFoundError in qBittorrent's words and
		// translations; its OperationCanceledError says no failure.
		{"en", "Failed to download RSS feed at 'https://x/rss', reason: The remote host name was not found (invalid hostname)", FailureNoSuchHost},
		{"es", "No se pudo descargar el feed RSS: 'https://nyaa.si/?page=rss&u=x', razón: No se encontró el nombre del host remoto (nombre de host no válido).", FailureNoSuchHost},
		{"es", "razón: No se encontró el nombre de host remoto (nombre de host no válido)", FailureNoSuchHost},
		{"es", "No se pudo descargar el feed RSS: 'https://nyaa.si/?page=rss&u=x', razón: La operación ha sido cancelada.", FailureNone},
		{"es", "No se encontró el archivo remoto", FailureNone},
		{"de", "Der Hostname konnte nicht gefunden werden (ungültiger Hostname)", FailureNoSuchHost},
		{"fr", "Le nom d'hôte distant est introuvable (nom d'hôte invalide)", FailureNoSuchHost},
		{"pt", "O nome do servidor remoto não foi encontrado (nome do servidor inválido)", FailureNoSuchHost},
		{"it", "Il nome host remoto non è stato trovato (nome host non valido)", FailureNoSuchHost},
		{"ru", "Удалённый хост не был найден (неверное имя хоста)", FailureNoSuchHost},
		{"zh", "未找到远程主机名（无效主机名）", FailureNoSuchHost},
		{"zh", "找不到遠端主機名稱（無效的主機名稱）", FailureNoSuchHost},
		{"ja", "リモートホスト名が見つかりませんでした(無効なホスト名)", FailureNoSuchHost},
		{"ko", "원격 호스트 이름을 찾을 수 없습니다 (잘못된 호스트 이름)", FailureNoSuchHost},
		{"pl", "Nie odnaleziono nazwy zdalnego hosta (nieprawidłowa nazwa hosta)", FailureNoSuchHost},
		{"nl", "De externe hostnaam werd niet gevonden (ongeldige hostnaam)", FailureNoSuchHost},
		{"cs", "Název vzdáleného hostitele nebyl nalezen (neplatný název hostitele)", FailureNoSuchHost},
		{"de", "Der entfernte Rechner hat die Verbindung geschlossen", FailureReset},
		{"de", "Das Zeitlimit für die Verbindung wurde überschritten", FailureTimeout},
		{"de", "Der Host kann nicht entfernt werden.", FailureNone},
		{"de", "Die Datei konnte nicht gefunden werden", FailureNone},
		{"fr", "Connexion refusée", FailureRefused},
		{"fr", "Connexion terminée par expiration du délai d'attente", FailureTimeout},
		{"fr", "Aucun chemin d'accès pour atteindre l'hôte cible", FailureUnreachable},
		{"fr", "Aucune connexion n’a pu être établie car l’ordinateur cible l’a expressément refusée.", FailureRefused},
		{"fr", "Une tentative de connexion a échoué car le parti connecté n’a pas répondu convenablement au-delà d’une certaine durée", FailureTimeout},
		{"fr", "Hôte inconnu.", FailureNoSuchHost},
		{"es", "Conexión rehusada", FailureRefused},
		{"es", "Tiempo de espera agotado para la conexión", FailureTimeout},
		{"es", "La red es inaccesible", FailureUnreachable},
		{"es", "No se puede establecer una conexión ya que el equipo de destino denegó expresamente dicha conexión.", FailureRefused},
		{"es", "la parte conectada no respondió adecuadamente tras un periodo de tiempo", FailureTimeout},
		{"es", "No se conoce ese host.", FailureNoSuchHost},
		{"it", "Connessione rifiutata", FailureRefused},
		{"it", "Connessione scaduta", FailureTimeout},
		{"it", "Nessun instradamento per l'host", FailureUnreachable},
		{"it", "Impossibile stabilire la connessione. Rifiuto persistente del computer di destinazione.", FailureRefused},
		{"pt", "Conexão recusada", FailureRefused},
		{"pt", "Tempo esgotado para conexão", FailureTimeout},
		{"pt", "Sem rota para o host", FailureUnreachable},
		{"pt", "Nenhuma conexão pôde ser feita porque a máquina de destino as recusou ativamente.", FailureRefused},
		{"ru", "В соединении отказано", FailureRefused},
		{"ru", "Сайт localhost не позволяет установить соединение.", FailureRefused},
		{"ru", "не удается открыть страницу localhost отказано в подключении", FailureRefused},
		{"ru", "Истекло время ожидания соединения", FailureTimeout},
		{"ru", "Превышено время ожидания ответа от сайта gemini.google.com.", FailureTimeout},
		{"ru", "Не удалось найти IP-адрес сервера ya.ru.", FailureNoSuchHost},
		{"ru", "Нет маршрута до узла", FailureUnreachable},
		{"ru", "Подключение не установлено, т.к. конечный компьютер отверг запрос на подключение.", FailureRefused},
		{"ru", "Этот хост неизвестен.", FailureNoSuchHost},
		{"ja", "接続を拒否されました", FailureRefused},
		{"ja", "接続がタイムアウトしました", FailureTimeout},
		{"ja", "ホストへの経路がありません", FailureUnreachable},
		{"ja", "対象のコンピューターによって拒否されたため、接続できませんでした。", FailureRefused},
		{"ja", "そのようなホストは不明です。", FailureNoSuchHost},
		{"zh", "拒绝连接", FailureRefused},
		{"zh", "连接拒绝", FailureRefused},
		{"zh", "连接被对方重设", FailureReset},
		{"zh-TW", "連線被拒絕", FailureRefused},
		{"zh-TW", "連線逾時", FailureTimeout},
		{"zh-TW", "沒有到主機的路由", FailureUnreachable},
		{"zh-TW", "連線被對方重設", FailureReset},
		{"zh", "连接超时", FailureTimeout},
		{"zh", "行情服务器连接断开，原因：-1009，连接超时，重试中...", FailureTimeout},
		{"zh", "没有到主机的路由", FailureUnreachable},
		{"zh", "由于目标计算机积极拒绝，无法连接。", FailureRefused},
		{"zh", "由于连接方在一段时间后没有正确答复或连接的主机没有反应，连接尝试失败。", FailureTimeout},
		{"zh", "由于连接方在一段时间后正确答复或者连接的主机没有响应，连接尝试失败。", FailureTimeout},
		{"zh", "连接尝试失败。", FailureNone},
		{"nl", "Verbinding geweigerd", FailureRefused},
		{"nl", "Verbinding is verlopen", FailureTimeout},
		{"nl", "Kan geen verbinding maken omdat de doelcomputer de verbinding actief heeft geweigerd.", FailureRefused},
		{"nl", "Onbekende host.", FailureNoSuchHost},
		{"pl", "Połączenie odrzucone", FailureRefused},
		{"pl", "Przekroczony czas oczekiwania na połączenie", FailureTimeout},
		{"pl", "Brak trasy do hosta", FailureUnreachable},
		{"pl", "Nie można nawiązać połączenia, ponieważ komputer docelowy aktywnie go odmawia.", FailureRefused},
		{"ko", "대상 컴퓨터에서 연결을 거부했으므로 연결하지 못했습니다.", FailureRefused},
		{"ko", "연결된 구성원으로부터 응답이 없어 연결하지 못했거나, 호스트로부터 응답이 없어 연결이 끊어졌습니다.", FailureTimeout},
		{"ko", "알려진 호스트가 없습니다.", FailureNoSuchHost},
		{"ko", "현재 연결은 원격 호스트에 의해 강제로 끊겼습니다.", FailureReset},
		{"zh-TW", "無法連線，因為目標電腦拒絕連線。", FailureRefused},
		{"zh-TW", "連線嘗試失敗，因為連線對象有一段時間並未正確回應，或是連線建立失敗，因為連線的主機無法回應。", FailureTimeout},
		{"zh-TW", "沒有此類的主機。", FailureNoSuchHost},
		{"zh", "远程主机强迫关闭了一个现有的连接。", FailureReset},
		{"tr", "Hedef makine etkin olarak reddettiğinden bağlantı kurulamadı.", FailureRefused},
		{"tr", "Bağlantı zaman aşımına uğradı", FailureTimeout},
		{"cs", "Nelze vytvořit připojení, protože cílový počítač je aktivně odmítl.", FailureRefused},
		{"cs", "Vypršel časový limit pro spojení", FailureTimeout},
		{"sv", "Det gick inte att upprätta en anslutning eftersom måldatorn aktivt nekade det.", FailureRefused},
		{"hu", "A kapcsolat nem jött létre, mert a célszámítógép határozottan visszautasította.", FailureRefused},
		{"uk", "Вичерпано час очікування з'єднання", FailureTimeout},
		{"vi", "Không thể kết nối vì máy đích đã từ chối kết nối.", FailureRefused},
		{"de", "Eine vorhandene Verbindung wurde vom Remotehost geschlossen.", FailureReset},
		{"fr", "Une connexion existante a dû être fermée par l’hôte distant.", FailureReset},
		{"es", "Se ha forzado la interrupción de una conexión existente por el host remoto.", FailureReset},
		{"ru", "Удаленный хост принудительно разорвал существующее подключение.", FailureReset},
		{"ja", "既存の接続はリモート ホストに強制的に切断されました。", FailureReset},
		{"en", "An established connection was aborted by the software in your host machine.", FailureReset},
		{"de", "Eine bestehende Verbindung wurde softwaregesteuert durch den Hostcomputer abgebrochen.", FailureReset},
		{"fr", "Une connexion établie a été abandonnée par un logiciel de votre ordinateur hôte.", FailureReset},
		{"es", "Se ha anulado una conexión establecida por el software en su equipo host.", FailureReset},
		{"pt", "Uma conexão estabelecida foi anulada pelo software no computador host.", FailureReset},
		{"ru", "Программа на вашем хост-компьютере разорвала установленное подключение.", FailureReset},
		{"ja", "確立された接続がホスト コンピューターのソウトウェアによって中止されました。", FailureReset},
		{"zh", "你的主机中的软件中止了一个已建立的连接。", FailureReset},
		{"zh-TW", "連線已被您主機上的軟體中止。", FailureReset},
		{"de", "Der Host war bei einem Socketvorgang nicht erreichbar.", FailureUnreachable},
		{"ja", "到達できないホストに対してソケット操作を実行しようとしました。", FailureUnreachable},
		{"de", "Ein Socketvorgang bezog sich auf ein nicht verfügbares Netzwerk", FailureUnreachable},
		{"pt", "Uma operação de soquete foi tentada em uma rede inacessível.", FailureUnreachable},
		{"pt", "Uma operação de soquete foi tentada em um host inacessível.", FailureUnreachable},
		{"ko", "연결할 수 없는 네트워크에서 소켓 작업을 시도했습니다.", FailureUnreachable},
		{"ko", "연결할 수 없는 호스트로 소켓 작업을 시도했습니다.", FailureUnreachable},
		{"zh-TW", "通訊端操作嘗試連線到一個無法連線的網路。", FailureUnreachable},
		{"zh", "向一个无法连接的网络尝试了一个套接字操作。", FailureUnreachable},
		{"fr", "Une opération a été tentée sur un réseau impossible à atteindre.", FailureUnreachable},
		{"es", "Se intentó una operación de socket en una red no accesible.", FailureUnreachable},
		{"ru", "Сделана попытка выполнить операцию на сокете для недоступной сети.", FailureUnreachable},
		// Qt's "SSL handshake failed" in the sync clients' French, and
		// the Romance languages' word order.
		{"fr", "la poignée de main SSL à échouée", FailureTLS},
		{"it", "Handshake SSL non riuscito", FailureTLS},
	}
	for _, c := range cases {
		in := "curl: (7) Failed to connect to db.corp.lan port 5432: " + c.text
		got, err := Parse(in)
		if err != nil || got.Host != "db.corp.lan" || got.Failure != c.want {
			t.Errorf("%s %q: %s %q, %v; want %q", c.lang, c.text, got.HostPort(), got.Failure, err, c.want)
		}
	}
}

// TestFailureUnsaid: messages that say a connection failed without saying
// how are no failure kind (PgJDBC's generic "The connection attempt failed."
// is not Winsock's 10060 text).
func TestFailureUnsaid(t *testing.T) {
	for _, in := range []string{"java.sql.SQLException: Cannot create PoolableConnectionFactory (The connection attempt failed.)",
		"Could not connect to the endpoint URL", "Failed to connect to the host via ssh."} {
		if f := classifyFailure(in); f != FailureNone {
			t.Errorf("classifyFailure(%q) = %q, want none", in, f)
		}
	}
}

// TestFailureNotSettings: "timeout" as a setting or inside a name is not a
// failure.
func TestFailureNotSettings(t *testing.T) {
	for _, in := range []string{"timeout=300", "'timeout' => 30", "Timeout: 30s", "--connect-timeout 5",
		"callback_timeouts_event", "increase timeout with -T", "timeout: 5000", "timeouts: [ 5000, 5000 ]", "Connection timeout: 5 secs", "Connection timeout: 5 secs\nlibmsock: using getaddrinfo", "connect timeout: 10000ms", "/usr/lib/ruby/2.3.0/timeout.rb:91", "Could not resolve dependencies",
		"* Enable timeout of 30000ms\n* Disable SSL validation", "* Disable timeout",
		// node pool2's debug log cancelling a request's timer.
		"  pool2 ResourceRequest: clearing timeout (id=0) +1ms",
		// JavaMail's connection timeout after the host and port it names.
		"com.sun.mail.util.MailConnectException: Couldn't connect to host, port: mail.corp.test, 25; timeout -1;",
		"org.eclipse.angus.mail.util.MailConnectException: Couldn't connect to host, port: smtp.corp.test, 587; timeout 15000"} {
		if f := classifyFailure(in); f != FailureNone {
			t.Errorf("classifyFailure(%q) = %q, want none", in, f)
		}
	}
}

// TestLineFailsTimeoutSetting: a timeout set on the source line that made
// a request is no failure; a timeout the message says happened is.
func TestLineFailsTimeoutSetting(t *testing.T) {
	for in, want := range map[string]bool{
		`requests.get('http://github.com', timeout=(6.05, 27.05), proxies={"http": "192.168.10.1:800"})`: false,
		"r = requests.post(url, json=body, timeout = 5)":                                                 false,
		"HTTPConnectionPool(host='api.corp.net', port=80): Read timed out. (read timeout=27.05)":         true,
		"requests.get(url, timeout=5) raised an error":                                                   true,
		"connect timeout after 5s":   true,
		"Connection timeout: 5 secs": false,
		"Connect Timeout Error (attempted address: localhost:5055, timeout: 10000ms)": true,
	} {
		if got := lineFails(strings.ToLower(in)); got != want {
			t.Errorf("lineFails(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestFailureWords reads failures said in words no fixed phrase lists:
// exception and status names written in CamelCase, resolver messages of
// other libraries, "refused" in a sentence of its own.
func TestFailureWords(t *testing.T) {
	cases := []struct {
		text string
		want Failure
	}{
		{"ConnectionRefusedError: [WinError 1225]", FailureRefused},
		{"Connection failed (certificate not trusted.? (27))", FailureTLS},
		{"Certificate validation error", FailureTLS},
		{"12:17:12 ERROR    network    webenginetab:_on_ssl_errors:1579 Non-overridable certificate error: Server's certificate has been revoked", FailureTLS},
		{"ccxt.base.errors.RequestTimeout: binance GET https://fapi.corp.test/fapi/v1/exchangeInfo", FailureTimeout},
		{"[E][WiFiClient.cpp:98] connect(): lwip_connect_r: 118", FailureUnreachable},
		{"fatal: unable to access 'https://git.corp.test/x/': server certificate verification failed. CAfile: none CRLfile: none", FailureTLS},
		{"Error: Failed to look up DNS for 'www.corp.test'.", FailureNoSuchHost},
		{`"errorMessage": "The DNS server returned an error, perhaps the server is offline",`, FailureNoSuchHost},
		{"Unable to download data from https://rubygems.org/ - SSL_connect SYSCALL returned=5 errno=0 state=SSLv2/v3 read server hello A", FailureTLS},
		{"Could not fetch https://rubygems.org/ - SSL_connect returned=1 errno=0 state=error: certificate verify failed", FailureTLS},
		{"php_network_getaddresses: getaddrinfo for mail.corp.test failed: no address associated with name", FailureNoSuchHost},
		{"An error has occurred. EXCEPTION MESSAGE: Hostname: 10.0.0.5 not verified: Certificate sha1/abc DN: CN=10.0.0.5, OU=Bitwarden", FailureTLS},
		{"javax.net.ssl.SSLPeerUnverifiedException: Hostname nc.corp.test not verified:", FailureTLS},
		{"[20:19:50] Server connection failed: The TLS/SSL connection has been closed.", FailureTLS},
		{"20:07:24.427 -- Contacting 194.225.230.120:8080 via HTTP Proxy\n\n20:07:24.429 -- EVENT: WAIT_PROXY\n\n20:08:24.462 -- EVENT: CONNECTION_TIMEOUT", FailureTimeout},
		{"E (17449) example: Socket unable to connect: errno 118", FailureUnreachable},
		{"E (2311) TRANS_TCP: [sock=54] delayed connect error: errno 113", FailureReset},
		{"E (5011) esp-tls: [sock=54] select() timeout", FailureTimeout},
		{"Registration: SSL Handshake error: The issuer certificate could not be found", FailureTLS},
		{"java.net.ConnectException: Spojení bylo příliš dlouho neaktivní", FailureTimeout},
		{"curl: (6) Could not resolve host: x; Неизвестное имя или служба", FailureNoSuchHost},
		{"Error: connect ECONNREFUSED: Ligação recusada", FailureRefused},
		{"ss-server: ERROR: unable to resolve", FailureNoSuchHost},
		{"remote[main]: handshake failed with URL https://10.2.0.1:9000, error: SSL certificate OpenSSL verify result: self-signed certificate (18)", FailureTLS},
		{"Probing 5.39.74.90:41001/tcp - No response - time=2000.693ms", FailureTimeout},
		{"[2017/04/04 16:20:35] [error] net_tcp_connect: Can't get addr info", FailureNoSuchHost},
		{"error: curl operation failed with error code 35 (SSL connect error).", FailureTLS},
		{"mqtt connection failed: [Error -5] Name has no usable address", FailureNoSuchHost},
		{"GetToken(): Fail to get a new connection for: https://login.microsoftonline.com./ Problem with the SSL CA cert (path? access rights?)", FailureTLS},
		{"network problem has occured \ncause a soket operation was attempted tounreachable network", FailureUnreachable},
		{"nonblock_connect: connect timing out (30 secs)", FailureTimeout},
		{"[WinError 1225] Der Remotecomputer hat die Netzwerkverbindung abgelehnt (SocketAPIError)", FailureRefused},
		{"request to https://bw.tatuweb.org/identity/connect/token failed, reason: unable to verify the first certificate", FailureTLS},
		{"POST https://192.168.1.67/api/accounts/prelogin net::ERR_INSECURE_RESPONSE", FailureTLS},
		{"W: Temporärer Fehlschlag beim Auflösen von »archive.ubuntu.com«", FailureNoSuchHost},
		{"  暂时不能解析域名“cn.archive.ubuntu.com”", FailureNoSuchHost},
		// aiohttp's EAI_AGAIN; Qt's enum for a closed connection.
		{"Request exception for 'https://github.com/login/device/code' with - Cannot connect to host github.com:443 ssl:default [Try again]", FailureNoSuchHost},
		{"void QHttpNetworkConnectionChannel::_q_error(QAbstractSocket::SocketError) QAbstractSocket::RemoteHostClosedError QSslSocket(0x7fdcb36642d0)", FailureReset},
		// Zig's error return trace names the error as a value; OpenSSL's
		// SSL library code with its words cut; Twisted's look-up repr.
		{"/home/kitty/src/zig/zig/lib/std/crypto/tls/Client.zig:562:49: 0x38a7496 in init__anon_154662 (zig)\n                                .certificate => return error.TlsCertificateNotVerified,", FailureTLS},
		{"/usr/lib/zig/std/net.zig:1391:17: 0x2a in connect (zig)\n            else => return error.ConnectionRefused,", FailureRefused},
		{"PWSWeather: Failed upload attempt 3: <urlopen error [Errno 1] _ssl.c:510: error:140770FC:SSL rout", FailureTLS},
		{"curl: (35) OpenSSL/3.0.2: error:0A000410:SSL rout", FailureTLS},
		{`Request failed: POST matrix://matrix.org/_matrix/key/v2/query: DNSLookupError("Couldn't find the hostname 'matrix.org.cdn.cloudflare.net'",)`, FailureNoSuchHost},
		// .NET's response cut off; Go's cgo resolver on musl; FreeRDP's
		// look-up; Ruby's errno with the call after it.
		{"System.Net.Http.HttpIOException: The response ended prematurely. (ResponseEnded)", FailureReset},
		{`failed to load server configurations error=http: request creation failed: Get "http://panel/api/remote/servers": dial tcp: lookup panel: Try again`, FailureNoSuchHost},
		{"[ERROR][com.freerdp.core] - freerdp_tcp_is_hostname_resolvable:freerdp_set_last_error_ex ERRCONNECT_DNS_NAME_NOT_FOUND [0x00020005]", FailureNoSuchHost},
		{"Errno::ECONNRESET: An existing connection was forcibly closed by the remote host. - SSL_connect (https://api.rubygems.org/quick/x.gemspec.rz)", FailureReset},
		{"SSL_connect returned=1 errno=0 state=error: certificate verify failed", FailureTLS},
		{"La connexion au serveur a échoué : Délai de connexion dépassé.", FailureTimeout},
		// libcurl's OpenSSL back end refusing a certificate for another name.
		{"fatal: unable to access 'https://github.com/x/y.git/': SSL: certificate subject name (192.30.253.113) does not match target host name 'github.com'", FailureTLS},
		{"curl: (60) SSL: no alternative certificate subject name matches target host name 'git.corp.test'", FailureTLS},
		// BusyBox's applets on a failed look-up; librdkafka's read of a
		// connection the broker closed.
		{"wget: bad address 'reg.corp.test'", FailureNoSuchHost},
		{"ping: bad address 'nas.corp.test'", FailureNoSuchHost},
		{"%3|1597743224.187|FAIL|rdkafka#consumer-1| [thrd:127.0.0.1:9092/bootstrap]: 127.0.0.1:9092/bootstrap: Receive failed: Disconnected", FailureReset},
		// Twisted's DNSLookupError by name (Synapse's federation
		// client); Python's LookupError is no DNS.
		{"PUT matrix://x.example/_matrix/federation/v1/send/1/: DNSLookupError - DNSLookupError: no ", FailureNoSuchHost},
		{"KeyError: LookupError: no such key", ""},
		// libpq's SSLRequest answered by a port that is not PostgreSQL.
		{"connection to server at \"localhost\" (::1), port 3306 failed: received invalid response to SSL negotiation: X", FailureTLS},
		{"connection to server at \"db.corp.test\" (10.0.0.5), port 5432 failed: received invalid response to GSSAPI negotiation: X", ""},
		// Exim's dnslookup router whose look-up did not finish.
		{"== x@gmail.com R=dnslookup defer (-1): host lookup did not complete", FailureNoSuchHost},
		{"== x@gmail.com R=dnslookup defer (-53): retry time not reached", ""},
		// ECONNABORTED by name after its errno (MicroPython's OSError).
		{"OSError: [Errno 103] ECONNABORTED", FailureReset},
		{"AxiosError: timeout of 5000ms exceeded\n  code: 'ECONNABORTED'", FailureTimeout},
		// Twisted names' TimeoutError over DNS queries is a look-up that
		// got no answer; a plain TimeoutError a timeout.
		{"Sending request failed to charity.az: PUT matrix://charity.az/_matrix/federation/v1/send/1509694103843/: TimeoutError([Query('_matrix._tcp.charity.az', 33, 1)],)", FailureNoSuchHost},
		{"Sending request failed to x.example: PUT matrix://x.example/_matrix/federation/v1/send/1/: TimeoutError()", FailureTimeout},
		{"Sending request failed to x.example: PUT matrix://x.example/_matrix/federation/v1/send/1/: TimeoutError('User timeout caused connection failure.',)", FailureTimeout},
		// ERROR_CONNECTION_REFUSED (1225) as Dart gives it on a zh-CN
		// Windows, and in English; a remote computer's other answers
		// are none.
		{"SocketException: 远程计算机拒绝网络连接。\n (OS Error: 远程计算机拒绝网络连接。\n, errno = 1225), address = 192.168.0.191, port = 1105", FailureRefused},
		{"System.ComponentModel.Win32Exception: The remote computer refused the network connection", FailureRefused},
		{"远程计算机网络连接已建立", ""},
		// curl's immediate failure on this computer's own address: nothing
		// listens (olcrtc's and docker-tor's healthcheck pastes).
		{"curl: (7) Failed to connect to 127.0.0.1 port 8808 after 0 ms: Couldn't connect to server", FailureRefused},
		{"curl: (7) Failed to connect to localhost port 23 after 0 ms: Couldn't connect to server", FailureRefused},
		{"curl: (7) Failed to connect to ::1 port 8080 after 2 ms: Couldn't connect to server", FailureRefused},
		// Zig's error names, last on a Zig error line (zig fetch; a main
		// that returned the error).
		{"error: unable to discover remote git server capabilities: TemporaryNameServerFailure", FailureNoSuchHost},
		{"error: unable to discover remote git server capabilities: NameServerFailure", FailureNoSuchHost},
		{"error: UnknownHostName", FailureNoSuchHost},
		{"error: unable to connect to server: ConnectionResetByPeer\r", FailureReset},
		{"error: ConnectionTimedOut", FailureTimeout},
		{"build.zig.zon:5:56: error: unable to connect to server: TlsInitializationFailed", FailureTLS},
		{"error: unable to connect to server: CertificateBundleLoadFailure", FailureTLS},
		{"error: TlsCertificateNotVerified", FailureTLS},
		{"error: unable to connect to server: TlsAlert \r", FailureTLS},
		{"error: unable to connect to server: TlsInitializationFailedTwice", FailureNone},
		{"error: TlsAlert (retrying)", FailureNone},
		{"Response with unknown request ID from 10.193.165.1. Consider increasing timeouts (21946 ms old?).", FailureTimeout},
		{"Request to api.corp.net failed. Try increasing the timeout.", FailureTimeout},
		{"com.yanzhenjie.nohttp.error.UnKnownHostError: Hostname can not be resolved: http://apiv4.yangkeduo.com/reviews/x", FailureNoSuchHost},
		{"Host api.corp.net cannot be resolved", FailureNoSuchHost},
		{"Error: can not resolve the host name", FailureNoSuchHost},
		{"java.net.NoRouteToHostException: No route to host (Host unreachable)", FailureUnreachable},
		{"ConnectionResetError(104, 'Connection reset by peer')", FailureReset},
		{"[DEBUG] connect 2607:f8b0:4000:3b::a fail:error(10065, '')", FailureUnreachable},
		{"OSError(113, '')", FailureUnreachable},
		{"exit error(104)", FailureNone},
		{"mirror(104, 'eu')", FailureNone},
		{"could not connect to server: Connection refused\n\tIs the server running on host \"db.corp.net\" (104.236.89.117) and accepting", FailureRefused},
		{"Is the server running on host \"db.corp.net\" (110.1.2.3) and accepting", FailureNone},
		{"socket error (104.5)", FailureNone},
		{"java.net.SocketTimeoutException: Read timed out", FailureTimeout},
		{"HttpRequestTimeoutException: request took longer than expected", FailureTimeout},
		{"Status: TimedOut", FailureTimeout},
		{"do_connect: Connection to 10.0.0.5 failed (Error NT_STATUS_IO_TIMEOUT)", FailureTimeout},
		{"do_connect: Connection to nas failed (Error NT_STATUS_HOST_UNREACHABLE)", FailureUnreachable},
		{"do_connect: Connection to nas failed (Error NT_STATUS_NETWORK_UNREACHABLE)", FailureUnreachable},
		{"smb2cli_req_compound_submit: NT_STATUS_CONNECTION_RESET", FailureReset},
		{"ERROR [w1e7Rr1bIfE] Greeting never received", FailureTimeout},
		{"01:46:13 [ERROR]: No response from device", FailureTimeout},
		{"Timeout: No Response from 127.0.0.1", FailureTimeout},
		{"01:46:03 [INFO]: Waiting for device...", FailureNone},
		{"No responses were recorded from device", FailureNone},
		{"*** Exception: HttpExceptionRequest Request {\n  host                 = \"www.nasdaq.com\"\n  port                 = 443\n}\n ResponseTimeout", FailureTimeout},
		{"HttpExceptionRequest Request {\n  host                 = \"x.corp.test\"\n}\n ConnectionTimeout", FailureTimeout},
		{"DNS lookup error for 'api.corp.test'. 'Non-Existent Domain'", FailureNoSuchHost},
		{"Exception calling \"GetResponse\" with \"2\" argument(s): \"Request timed out after 3000-ms.\"", FailureTimeout},
		{"WARNING: Global discovery: lookup announce.syncthing.net: no DNS servers; no external announcements", FailureNoSuchHost},
		{"dial tcp: lookup db.corp.test: no DNS servers", FailureNoSuchHost},
		{"Error: pull model manifest: Get \"https://registry.ollama.ai/v2/library/qwen/manifests/0.5b\": dial tcp: lookup registry.ollama.ai: i/o timeout", FailureNoSuchHost},
		{"Get \"https://registry.ollama.ai/v2/\": dial tcp 104.21.75.227:443: i/o timeout", FailureTimeout},
		{"*** dns.corp.test can't find x.corp.test: Non-existent domain", FailureNoSuchHost},
		// The frame's parameter says nothing; the refusal before it does.
		{"System.Net.Internals.SocketExceptionFactory+ExtendedSocketException (111): Connection refused 172.18.0.4:5432 \nat System.Net.Sockets.Socket.EndConnect(IAsyncResult asyncResult) \nat Npgsql.TaskExtensions.WithTimeout(Task task, NpgsqlTimeout timeout) ", FailureRefused},
		// A timeout outside the frame's parentheses is said.
		{"at Npgsql.Internal.NpgsqlConnector.Connect(NpgsqlTimeout timeout) timeout", FailureTimeout},
		{"connect at host.corp.test (timeout)", FailureTimeout},
		{"2024-02-05 10:56:19.335 [error] POST https://auth.tesla.com/oauth2/v3/token -> error: \"non-existing domain\" (8004.405 ms)", FailureNoSuchHost},
		{"** (DBConnection.ConnectionError) tcp connect (db:5432): non-existing domain - :nxdomain", FailureNoSuchHost},
		{"error: non-existing key \"domain\"", FailureNone},
		{"HttpExceptionRequest Request { host = \"x.corp.test\" } (ConnectionFailure Network.Socket.connect: <socket: 11>: does not exist (Connection refused))", FailureRefused},
		{"urllib3.exceptions.NameResolutionError: <urllib3.connection.HTTPSConnection object at 0x7f>", FailureNoSuchHost},
		{"wget: unable to resolve host address", FailureNoSuchHost},
		{"getaddrinfo: Name does not resolve", FailureNoSuchHost},
		{"Error: Could not run: getaddrinfo: node name or service name not known", FailureNoSuchHost},
		{"ssh: daren-laptop: node name or service name not known", FailureNoSuchHost},
		{"Error: node name not known to the cluster", FailureNone},
		{"service name not known in this zone", FailureNone},
		{"requests.exceptions.SSLError: Connection refused. HTTPSConnectionPool(host='portal.corp.dsarena.com', port=443): Max retries exceeded with url: /webservices/rest.php (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1129)')))", FailureTLS},
		{"requests.exceptions.ProxyError: Connection refused. HTTPSConnectionPool(host='x.corp.test', port=443): Max retries exceeded with url: / (Caused by ProxyError('Cannot connect to proxy.', OSError('Tunnel connection failed: 403 Forbidden')))", FailureRefused},
		{"ERROR: Unable to download webpage: <urlopen error [Errno 65] No route to host> (caused by URLError(error(65, 'No route to host'),))\nERROR: Unable to download webpage: <urlopen error [Errno 60] Operation timed out> (caused by URLError(error(60, 'Operation timed out'),))", FailureUnreachable},
		{"resolution failed -110", FailureNoSuchHost},
		{"Name resolution failed with unexpected error code: -110", FailureNoSuchHost},
		{"NativeTCP::Connected(): Connection failed; result: -102", FailureRefused},
		{"NativeTCP::Connected(): Connection failed; result: -105", FailureTimeout},
		{"NativeTCP::Connected(): Connection failed; result: -107", FailureUnreachable},
		{"Cannot connect to host oauth.hijuconn.com:443 ssl:default [DNS server returned answer with no data]", FailureNoSuchHost},
		{"Cannot connect to host x.corp.test:443 ssl:default [Domain name not found]", FailureNoSuchHost},
		{"Cannot connect to host x.corp.test:443 ssl:default [Timeout while contacting DNS servers]", FailureNoSuchHost},
		{"Cannot connect to host x.corp.test:443 ssl:default [Could not contact DNS servers]", FailureNoSuchHost},
		{"aiodns.error.DNSError: (11, 'Could not contact DNS servers')", FailureNoSuchHost},
		{"DNS server returned general failure", FailureNoSuchHost},
		{"DNS server refused query", FailureNoSuchHost},
		{"fatal: unable to access 'https://github.com/x/y/': Send failure: Connection was aborted", FailureReset},
		{"curl: (56) Recv failure: Connection was aborted", FailureReset},
		{"<SocketError: Failed to open TCP connection to rubygems.org:443 (getaddrinfo: Try again) (https://rubygems.org/specs.4.8.gz)>", FailureNoSuchHost},
		{"getaddrinfo(): Try again", FailureNoSuchHost},
		{"2021-07-04 09:29:48 ERROR (SyncWorker_5) [pymodbus.client.sync] Connection to (ModbusRtuFramer, 1212) failed: [Errno -3] Try again", FailureNoSuchHost},
		{"fluent-bit [2021/06/17 13:46:55] [ warn] [net] getaddrinfo(host='search-my-logssystem-k422oabcdefghij.eu-west-1.es.amazonaws.com'): Unknown error", FailureNoSuchHost},
		{"Unable to connect to [zabbix-server]:10051 [getaddrinfo() failed for 'zabbix-server': [0] Unknown error]", FailureNoSuchHost},
		{"getaddrinfo() returned 0 addresses", ""},
		{"getaddrinfo: Non-recoverable error", FailureNoSuchHost},
		{"** server can't find db.corp.internal: NXDOMAIN", FailureNoSuchHost},
		{"Error: failed to resolve host 'db.corp.internal'", FailureNoSuchHost},
		{"cannot resolve 'db.corp.internal'", FailureNoSuchHost},
		// Zabbix's getaddrinfo failure, the name in brackets, and a bare
		// domain name that ends the clause.
		{"zabbix-proxy-mysql_1       |    194:20210315:145723.890 Unable to connect to the server [zabbix-server]:10051 [cannot resolve [zabbix-server]]", FailureNoSuchHost},
		{"Seit heute kommt alle 2 Minuten die Fehlermeldung: Failed to resolve dyndns.yunohost.org", FailureNoSuchHost},
		{"Failed to resolve db.corp.internal.", FailureNoSuchHost},
		{"hostname resolution failed for db.corp.internal", FailureNoSuchHost},
		{"The remote server refused the connection", FailureRefused},
		{"status = StatusCode.DEADLINE_EXCEEDED", FailureTimeout},
		{"go download xxx.mod dial tcp: 172.xxx.xxx.xxx i/o time out", FailureTimeout},
		{"** (EXIT) time out", FailureTimeout},
		{"「対象のコンピューターによって拒否されたため、接続できません」", FailureRefused},
		{"WSAETIMEDOUT", FailureTimeout},
		{"OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to db.corp.internal:443", FailureTLS},
		{"sun.security.validator.ValidatorException: PKIX path building failed", FailureTLS},
		{"Renci.SshNet.Common.SshOperationTimeoutException: Connection failed to establish within 30000 milliseconds.", FailureTimeout},
		{`{"Syscall":"connect","Err":111}`, FailureRefused},
		{"code: \"ESOCKET\"\ncommand: \"CONN\"\nerrno: -4039\nsyscall: \"connect\"", FailureTimeout},
		{"Error -4078: connect to the database", FailureRefused},
		{"errno: 4039", ""},
		{"build 4039 of 4078", ""},
		{`Error Domain=NSURLErrorDomain Code=-1001 "请求超时。"`, FailureTimeout},
		{`Error Domain=kCFErrorDomainCFNetwork Code=-1003 "(null)" UserInfo={_kCFStreamErrorCodeKey=8, _kCFStreamErrorDomainKey=12}`, FailureNoSuchHost},
		{"error Der Vorgang konnte nicht abgeschlossen werden. {\n\"_kCFStreamErrorCodeKey\" = 61;\n\"_kCFStreamErrorDomainKey\" = 1;\n}", FailureRefused},
		{"{\n\"_kCFStreamErrorCodeKey\" = 61;\n\"_kCFStreamErrorDomainKey\" = 4;\n}", ""},
		{"error Der Vorgang konnte nicht abgeschlossen werden. Die Verbindung wurde abgewiesen", FailureRefused},
		{"Der Vorgang konnte nicht abgeschlossen werden. Die Anfrage wurde abgewiesen", ""},
		{`Error Domain=NSURLErrorDomain Code=-1005 "网络连接已中断。"`, FailureReset},
		{"Task <85966B0E-C6D5-4169-A6FE-B535A9A4E123>.<1> HTTP load failed, 0/0 bytes (error code: -1004 [1:13])", FailureRefused},
		{"Task <5A1C>.<2> HTTP load failed (error code: -1001 [1:60])", FailureTimeout},
		{"upload failed (error code: -1001)", ""},
		{`Error Domain=NSURLErrorDomain Code=-1202 "此服务器的证书无效。"`, FailureTLS},
		{"fatal: unable to access 'https://git.corp.internal/x/': gnutls_handshake() failed: The TLS connection was non-properly terminated.", FailureTLS},
		{"fatal: unable to access 'https://git.corp.internal/x/': GnuTLS recv error (-110): The TLS connection was non-properly terminated.", FailureTLS},
		// apt's GnuTLS handshake failure; a handshake of no TLS said in
		// other words is none.
		{"Err:1 https://pkg.corp.test/apt/main stable InRelease\n  Could not handshake: Error in the pull function. [IP: 104.21.20.145 443]", FailureTLS},
		{"the flasher could not handshake with the board", FailureNone},
		{"curl: (35) schannel: next InitializeSecurityContext failed: SEC_E_ILLEGAL_MESSAGE (0x80090326)", FailureTLS},
		{"Peer reports incompatible or unsupported protocol version. Error code: SSL_ERROR_PROTOCOL_VERSION_ALERT", FailureTLS},
		{"javax.net.ssl.SSLException: Unrecognized SSL message, plaintext connection?", FailureTLS},
		{"Get \"https://db.corp.internal/\": remote error: tls: handshake failure", FailureTLS},
		{"http: server gave HTTP response to HTTPS client; tls: first record does not look like a TLS handshake", FailureTLS},
		{"System.Net.Http.HttpRequestException: The SSL connection could not be established, see inner exception.", FailureTLS},
		{"ssl.SSLError: [SSL: UNEXPECTED_EOF_WHILE_READING] EOF occurred", FailureTLS},
		{"javax.net.ssl.SSLException: Connection reset", FailureReset},
		{"Fetch failed: Cannot connect to host 10.0.1.117:8123 ssl:default [[SSL] record layer failure (_ssl.c:1000)]", FailureTLS},
		{"aiohttp.client_exceptions.ClientConnectorError: Cannot connect to host api.corp.test:443 ssl:default [[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1006)]", FailureTLS},
		{`Error: looks like "https://charts.jetstack.io" is not a valid chart repository or cannot be reached: Get "https://charts.jetstack.io/index.yaml": unexpected EOF`, FailureReset},
		{"Get https://registry.corp.internal/v2/: unexpected EOF", FailureReset},
		{"连接到反向WebSocket Universal服务器 ws://127.0.0.1:5710/cqhttp/ws 时出现错误: unexpected EOF", FailureReset},
		{"individualErrors: \n   [ { message: 'Socket was closed',\n       info: 'Cassandra Driver Error',", FailureReset},
		{"DriverError: Socket was closed", FailureReset},
		{"{:failed_connect, [{:to_address, {'repo.corp.internal', 443}}, {:inet, [:inet], :closed}]}", FailureReset},
		{"{failed_connect,[{to_address,{\"repo.corp.internal\",443}},{inet,[inet],econnrefused}]}", FailureRefused},
		{"{:failed_connect, [{:to_address, {'repo.corp.internal', 443}}, {:inet, [:inet], :etimedout}]}", FailureTimeout},
		{"{:failed_connect, [{:to_address, {'repo.corp.internal', 443}}, {:inet, [:inet], :nxdomain}]}", FailureNoSuchHost},
		{"{:failed_connect, [{:to_address, {'repo.corp.internal', 443}}, {:inet, [:inet], :ehostunreach}]}", FailureUnreachable},
		{"** (Mix) httpc request failed with: {:error, :timeout}", FailureTimeout},
		{"{{badmatch,{error,{tcp,econnrefused}}},", FailureRefused},
		{"{error,etimedout}", FailureTimeout},
		{"{error,nxdomain}", FailureNoSuchHost},
		{"{error,ehostunreach}", FailureUnreachable},
		{"{error,closed}", FailureReset},
		{"error https://registry.corp.internal/left-pad: socket hang up", FailureReset},
		{"60.088024 Poll UPS [remote@192.168.40.4] failed - Server disconnected", FailureReset},
		{"MQTT: Server disconnected, reconnecting", FailureNone},
		{"omfwd: remote server at 10.0.0.5:514 seems to have closed connection.", FailureReset},
		{"omfwd: remote server at 10.0.0.5:514 closed connection normally", FailureNone},
		{"libunbound[18:0] error: udp connect failed: Cannot assign requested address for 2001:500:12::d0d port 53", FailureNone},
		{"unbound[812:0] error: tcp connect: Connection refused for 192.0.2.53 port 853", FailureRefused},
		{"[MySQL] 2014/11/11 09:50:31 packets.go:92: write tcp 10.0.0.3:3311: broken pipe", FailureReset},
		{"java.net.SocketException: Broken pipe (Write failed)", FailureReset},
		{"BrokenPipeError: [Errno 32] Broken pipe", FailureReset},
		{"Error: write EPIPE", FailureReset},
		{"a pipeline of recipes ran", FailureNone},
		{"error: error sending request for url (https://deno.land/std@0.208.0/fs/_util.ts): connection error: unexpected end of file", FailureReset},
		{"reqwest::Error { kind: Request, source: hyper::Error(IncompleteMessage) }", FailureReset},
		{"error trying to connect: connection closed before message completed", FailureReset},
		{"SyntaxError: JSON.parse: unexpected end of file", FailureNone},
		{"gzip: stdin: unexpected end of file", FailureNone},
		{"System.Net.Sockets.SocketException (0x80004005): Host is onbekend\n   bij System.Net.Dns.GetAddrInfo(String name)", FailureNoSuchHost},
		{"de host is onbereikbaar", FailureUnreachable},
		{"Превышен интервал ожидания для запроса.", FailureTimeout},
		{"요청 시간이 만료되었습니다.", FailureTimeout},
		{"Превышен лимит запросов.", FailureNone},
		{"[ERROR] OBD-1013: root@10.0.0.3 connect failed: time out", FailureTimeout},
		{"take a time out before retrying", FailureNone},
		{"psycopg2.OperationalError: server closed the connection unexpectedly\n\tThis probably means the server terminated abnormally\n\tbefore or while processing the request.", FailureReset},
		{"psql: FATAL:  Server hat die Verbindung unerwartet geschlossen", FailureReset},
		{"the server closed the connection after the reply was sent", FailureNone},
		{"detail: DNS problem: SERVFAIL looking up CAA for blog.corp.net", FailureNoSuchHost},
		{"the DNS problem was fixed yesterday", FailureNone},
		{"ACTION: The return code from TCP/IP is 145 (X'91'). The reason for the failure may be that this host cannot reach the destination host.", FailureTimeout},
		{"AMQ9213: A communications error for TCP/IP occurred. ACTION: The return code from the TCP/IP (connect) call was 10061 (X'274D').", FailureRefused},
		{"sqlerrmc: 238 * * TCP/IP SOCKETS 10.0.0.5 connect", FailureTimeout},
		{`Communication function detecting the error: "recv". Protocol specific error code(s): "104", "*", "0". SQLSTATE=08001`, FailureReset},
		{`Communication function detecting the error: "send". Protocol specific error code(s): "9", "*", "*". SQLSTATE=08001`, FailureNone},
		{`Communication function detecting the error: "connect". Protocol specific error code(s): "78", "*", "*". SQLSTATE=08001`, FailureNone},
		{"The return code from the command was 111.", FailureNone},
		{"SSLCONN: gsk_secure_soc_init failed and returned: 414 (GSK_ERROR_BAD_CERT)", FailureTLS},
		{"SSLCONN: Server's certificate validation result returned: 575059 (GSKVAL_ERROR_BAD_ACCEPTABLE_POLICIES)", FailureTLS},
		{"SSLLastSocketError: Failure message = GSK Error Code: 414, GSK_ERROR_BAD_CERT.", FailureTLS},
		{"AMQ9631E: The CipherSpec negotiated during the SSL handshake does not match. gsk_secure_soc_init returned GSK_ERROR_SOCKET_CLOSED (420)", FailureReset},
		{"GSK_ERROR_IO (406) during the handshake", FailureTLS},
		{"SSLCONN: gsk_secure_soc_init returned: 0 (GSK_OK)", FailureNone},
		{"SSLCONN: gsk_secure_soc_init failed and returned: 6", FailureTLS},
		{"java.rmi.ConnectException: Connection refused to host: 10.0.0.5; nested exception is:\n\tjava.net.ConnectException: Connection timed out", FailureTimeout},
		{"java.rmi.ConnectException: Connection refused to host: 10.0.0.5; nested exception is: java.net.NoRouteToHostException: No route to host", FailureUnreachable},
		{"java.rmi.ConnectException: Connection refused to host: 10.0.0.5; nested exception is:", FailureNone},
		{"java.rmi.ConnectException: Connection refused to host: 10.0.0.5", FailureRefused},
		{"Caused by: nested exception is: java.net.ConnectException: Connection refused", FailureRefused},
		{"ERROR Error resolving IP address of livingroom.local. Is it connected to WiFi?", FailureNoSuchHost},
		{"ERROR Error resolving IP address: Error resolving address with mDNS: Did not respond. Maybe the device is offline.", FailureNoSuchHost},
		{"INFO Resolving IP address of livingroom.local", FailureNone},
		{"iptables v1.8.7 (legacy): host/network `blog.corp.net' not found", FailureNoSuchHost},
		{"ipset v6.11: host/network `blog.corp.net' resolves to serveral ip-addresses.", FailureNone},
		// Roundcube's IMAP client with no greeting from the server; a
		// wrong greeting is an answer.
		{"IMAP Error: Login failed for a@corp.test against localhost from 10.0.0.2: Empty startup greeting (localhost:993) in /var/www/program/lib/Roundcube/rcube_imap.php on line 200", FailureReset},
		{"IMAP Error: Wrong startup greeting (mail.corp.test:143): +OK Dovecot ready.", FailureNone},
		{"Error: Connection lost: The server closed the connection.\n    at Protocol.end (/app/node_modules/mysql/lib/protocol/Protocol.js:112:13)", FailureReset},
		{"Connection lost: waiting for the server to answer", FailureNone},
		// A Go logger's error field ending in EOF, its request named in
		// the fields after it; a config file's EOF is none.
		{"2021-09-01T14:34:09Z ERR error=\"Unable to reach the origin service. The service may be down or it may not be responding to traffic from cloudflared: EOF\" cfRay=687f37bd84af59ce-IAD originService=https://192.168.1.11:18443", FailureReset},
		{"time=\"2021-09-01T14:34:09Z\" level=error msg=\"error reading config.yaml: EOF\" file=https://corp.test/config.yaml", FailureNone},
		// Several dials to one address: the first attempt's kind; a first
		// of no kind, or dials to other addresses, leave the line's.
		{"retry: [dial tcp 10.0.0.5:12585: connectex: A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond. dial tcp 10.0.0.5:12585: connectex: No connection could be made because the target machine actively refused it. dial tcp 10.0.0.5:12585: operation was canceled] > retry: all retry attempts failed", FailureTimeout},
		{"retry: [dial tcp 10.0.0.5:12585: operation was canceled dial tcp 10.0.0.5:12585: connectex: No connection could be made because the target machine actively refused it.] > retry: all retry attempts failed", FailureRefused},
		{"dial tcp [2001:db8::5]:443: connectex: A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond. dial tcp 10.0.0.5:443: connectex: No connection could be made because the target machine actively refused it.", FailureRefused},
		// SABnzbd's "[Errno 111] Failed to connect:" wrapper: the quoted
		// cause says what failed; a refusal quoted in it stays one.
		{"[Errno 111] Failed to connect: (110, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed (_ssl.c:590)') -1@news.corp.test:563", FailureTLS},
		{"[Errno 111] Failed to connect: (111, 'Connection refused') -1@news.corp.test:563", FailureRefused},
		{"[Errno 111] Failed to connect: EOF occurred in violation of protocol (_ssl.c:590) -1@news.corp.test:563", FailureTLS},
		{"[Errno 111] Failed to connect: timed out -1@news.corp.test:563", FailureTimeout},
		{"[Errno 111] Failed to connect: Connection refused -1@news.corp.test:563", FailureRefused},
		{"[Errno 111] Connection refused; [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed", FailureRefused},
		// bitcoin-cli's libevent EOF; an EOF of a file is none.
		{"error: couldn't connect to server: EOF reached (code 1)\n(make sure server is running and you are connecting to the correct RPC port)", FailureReset},
		{`msg="rpc error: code = Unavailable desc = closing transport due to: connection error: desc = \"error reading from server: EOF\", received prior goaway: code: ENHANCE_YOUR_CALM"`, FailureReset},
		{"error reading from config: EOF", ""},
		{"Error: Failed to connect to: https://api.github.com/repos/Homebrew/homebrew-binary/git/trees/HEAD?recursive=1\nend of file reached", FailureReset},
		{"Error: Failed to read /usr/local/etc/formula.json\nend of file reached", ""},
		{"error: couldn't connect to server: timeout reached (code 1)", FailureTimeout},
		{"warning: EOF reached while reading wallet.dat", FailureNone},
		{"12 Feb 17:22:35 - [mqtt] connection lost to broker tcp://mqtt.corp.test:1883", FailureReset},
		{"12 Feb 17:22:51 - [mqtt] disconnected from broker tcp://mqtt.corp.test:1883", FailureNone},
		{"    default: Warning: Remote connection disconnect. Retrying...", FailureReset},
		{"13:56:32.280 WRN github.com/AlexxIT/go2rtc/cmd/streams/producer.go:133 > error=EOF url=rtsp://ha:REDACTED@cam.corp.test:554/cam/realmonitor?channel=1&subtype=0", FailureReset},
		{"13:56:32.280 WRN producer.go:133 > err=EOF url=rtsp://cam.corp.test:554/stream", FailureReset},
		{"13:56:32.280 ERR error=EOF file=/config/go2rtc.yaml", FailureNone},
		{"13:56:32.280 INF stream ended reason=EOF url=rtsp://cam.corp.test:554/stream", FailureNone},
		{"13:56:32.280 WRN error=EOFError url=rtsp://cam.corp.test:554/stream", FailureNone},
		{"==> default: Remote connection closed by the user", FailureNone},
		{" WARN  GET https://registry.corp.internal/left-pad error (ERR_SOCKET_TIMEOUT). Will retry in 10 seconds.", FailureTimeout},
		{"Error: ESOCKETTIMEDOUT", FailureTimeout},
		{"Unable to connect (Lookup error.).", FailureNoSuchHost},
		// FreeBSD libfetch's look-up texts and getaddrinfo's
		// EAI_ADDRFAMILY; a socket's EAFNOSUPPORT is none.
		{"pkg: http://mirror.corp.test/opnsense/FreeBSD:12:amd64/21.1/latest/meta.txz: No address record", FailureNoSuchHost},
		{"fetch: https://pkg.corp.test/FreeBSD:14:amd64/26.1/sets/changelog.txz: Address family for host not supported", FailureNoSuchHost},
		{"fetch: http://x.corp.test/a.txz: Transient resolver failure", FailureNoSuchHost},
		{"socket: Address family not supported by protocol", FailureNone},
		{"LookupError: unknown encoding: idna", FailureNone},
		{"System.Net.WebException: Невозможно разрешить удаленное имя: 'cdn.corp.internal'", FailureNoSuchHost},
		{"dial tcp: lookup cdn.corp.internal: getaddrinfow: A non-recoverable error occurred during a database lookup.", FailureNoSuchHost},
		{"dial tcp: lookup cdn.corp.internal: getaddrinfow: This is usually a temporary error during hostname resolution and means that the local server did not receive a response from an authoritative server.", FailureNoSuchHost},
		{"php_network_getaddresses: getaddrinfo failed: The requested name is valid, but no data of the requested type was found.", FailureNoSuchHost},
		{"java.net.UnknownHostException: 请求的名称有效，但是找不到请求的类型的数据。 (raw.githubusercontent.com)", FailureNoSuchHost},
		{"socket.gaierror: [Errno 11003] getaddrinfo failed", FailureNoSuchHost},
		{"warning: spurious network error (2 tries remaining): failed to send request: The server name or address could not be resolved\n; class=Os (2)", FailureNoSuchHost},
		{"Invoke-WebRequest : The server name or address could not be resolved", FailureNoSuchHost},
		{"Invoke-WebRequest : サーバー名またはアドレスは解決されませんでした", FailureNoSuchHost},
		{"InternetOpenUrl() failed.\n0x80072ee7 : unknown error", FailureNoSuchHost},
		{"There were some problems installing updates (80072EE2).", FailureTimeout},
		{"Exception from HRESULT: 0x80072EFE", FailureReset},
		{"Error: 0x80072F8F", FailureTLS},
		{"Install failed: 0x80072F7D", FailureTLS},
		{"HRESULT 0x8007274C", FailureTimeout},
		{"HRESULT 0x8007274D", FailureRefused},
		{"HRESULT 0x80072751", FailureUnreachable},
		{"HRESULT 0x80072746", FailureReset},
		{"HRESULT 0x80072AF9", FailureNoSuchHost},
		{"The operation failed with error code -2147012889", FailureNoSuchHost},
		{"WinHttpSendRequest: 12002: ERROR_WINHTTP_TIMEOUT", FailureTimeout},
		{"InternetOpenUrl failed with error 12007", FailureNoSuchHost},
		{"HttpSendRequest failed: ERROR_INTERNET_CONNECTION_RESET", FailureReset},
		{"The server at www.corp.internal is taking too long to respond.", FailureTimeout},
		{"Waterfox can’t establish a connection to the server at localhost:8080.", FailureRefused},
		{"Firefox kann keine Verbindung zu dem Server unter ws://192.168.178.34:8081/?sid=1 aufbauen. socket.io.js:91:21", FailureRefused},
		{"Ich kann keine Verbindung zu dem Server aufbauen.", ""},
		{"Hmm. We’re having trouble finding that site.", FailureNoSuchHost},
		{"The connection to www.corp.internal was interrupted while the page was loading.", FailureReset},
		{"The connection to the server was reset while the page was loading.", FailureReset},
		{"ConnectionAbortedError: [WinError 10053] An established connection was aborted by the software in your host machine", FailureReset},
		{`"error": "dial tcp6 [2a00:1450:4006:804::200d]:443: connectex: A socket operation was attempted to an unreachable network."`, FailureUnreachable},
		{"connectex: A socket operation was attempted to an unreachable host.", FailureUnreachable},
		{"error sending request for url (https://en.corp.internal/): error trying to connect: invalid peer certificate contents: invalid peer certificate: UnknownIssuer", FailureTLS},
		{"error trying to connect: invalid peer certificate: NotValidForName", FailureTLS},
		{"error trying to connect: invalid peer certificate: Expired", FailureTLS},
		{"Custom { kind: InvalidData, error: InvalidCertificate(Expired) }", FailureTLS},
		{"Custom { kind: InvalidData, error: WebPKIError(CertExpired) }", FailureTLS},
		{"error trying to connect: received fatal alert: HandshakeFailure", FailureTLS},
		{"error sending request for url (https://localhost:8545/): error trying to connect: received corrupt message of type InvalidContentType", FailureTLS},
		{"WARNING:  cannot connect to checkip.corp.test:80 socket: IO::Socket::INET: Bad hostname 'checkip.corp.test'", FailureNoSuchHost},
		{"the checksum reports a corrupt message body", ""},
		{"E: 08:19:19,544 picard/webservice/__init__._handle_reply:517: Network request error for https://picard.corp.test/api/v2/releases: Connection closed (QT code 2, HTTP code 0)", FailureReset},
		{"Network request error for https://picard.corp.test/ws/2/release: Host picard.corp.test not found (QT code 3, HTTP code 0)", FailureNoSuchHost},
		{"Network request error for https://picard.corp.test/ws/2/release: Error transferring - server replied: Not Found (QT code 203, HTTP code 404)", ""},
		{"IO::Socket::INET: Bad hostname format in config", ""},
		{"io error: peer is incompatible: NoCipherSuitesInCommon", FailureTLS},
		{"System.Net.Http.HttpRequestException: Este host não é conhecido. (api.github.com:443)", FailureNoSuchHost},
		{"System.Net.Http.HttpRequestException: El nombre solicitado es válido pero no se encontraron datos del tipo solicitado. (api.github.com:443)", FailureNoSuchHost},
		{"SocketException: Der angeforderte Name ist gültig, es wurden jedoch keine Daten des angeforderten Typs gefunden", FailureNoSuchHost},
		{"SocketException: Le nom demandé est valide, mais aucune donnée du type demandé n’a été trouvée.", FailureNoSuchHost},
		{"SocketException: O nome solicitado é válido, mas nenhum dado do tipo solicitado foi encontrado.", FailureNoSuchHost},
		{"SocketException: Il nome richiesto è valido, ma non sono stati trovati dati del tipo richiesto.", FailureNoSuchHost},
		{"SocketException: Запрошенное имя верно, но данные запрошенного типа не найдены", FailureNoSuchHost},
		{"SocketException: 要求された名前は有効ですが、要求された種類のデータが見つかりませんでした。", FailureNoSuchHost},
		{`rpc error: code = Unavailable desc = all SubConns are in TransientFailure, latest connection error: connection error: desc = "transport: authentication handshake failed: EOF"`, FailureTLS},
		{`"error":"rpc error: code = DeadlineExceeded desc = latest balancer error: last connection error: connection closed"}`, FailureReset},
		{"rpc error: code = Unavailable desc = last connection error: connection closed before server preface received", FailureReset},
		{"rpc error: code = DeadlineExceeded desc = latest balancer error: last connection error: connection error: desc = \"transport: Error while dialing dial tcp 127.0.0.1:2379: connect: connection refused\"", FailureRefused},
		{"rpc error: code = DeadlineExceeded desc = context deadline exceeded", FailureTimeout},
		{"From phx1-persona.services.mozilla.com (63.245.217.134) icmp_seq=1 Destination Port Unreachable", FailureUnreachable},
		{"From 10.0.0.1 icmp_seq=2 Destination Host Unreachable", FailureUnreachable},
		{"Check the destination port setting: the port field was left empty", FailureNone},
		{"rpc error: code = Canceled desc = grpc: the client connection is closing", FailureNone},
		{"transport: authentication handshake failed: x509: certificate signed by unknown authority", FailureTLS},
		{"request to https://api.corp.test/v1/chat failed, reason: Client network socket disconnected before secure TLS connection was established", FailureTLS},
		{"Error: Client network socket disconnected before secure TLS connection was established\n    at connResetException (internal/errors.js:570:14) {\n  code: 'ECONNRESET',", FailureTLS},
		{"Error: socket disconnected before the request completed {\n  code: 'ECONNRESET'\n}", FailureReset},
		{"Gem::RemoteFetcher::UnknownHostError: timed out (https://rubygems.org/gems/xpath-3.2.0.gem)", FailureTimeout},
		{"Gem::RemoteFetcher::UnknownHostError: no such name (https://rubygems.org/gems/xpath-3.2.0.gem)", FailureNoSuchHost},
		{"Gem::RemoteFetcher::UnknownHostError: timed out (https://rubygems.org/gems/x.gem)\nCould not resolve host rubygems.org", FailureNoSuchHost},
		{"Unable to download data from https://rubygems.org/ - no such name (https://api.rubygems.org/latest_specs.4.8.gz)", FailureNoSuchHost},
		{"there is no such name in the list", FailureNone},
		{"        Host repo1.maven.org not found. url=https://repo1.maven.org/maven2/org/scala-sbt/sbt/0.13.13/sbt-0.13.13.pom", FailureNoSuchHost},
		{"Host db.corp.test not found: 3(NXDOMAIN)", FailureNoSuchHost},
		// Qt's QNetworkReply HostNotFoundError, "Host x not found", as
		// ownCloud's client quotes it.
		{"\"Failed to connect to ownCloud at http:// xxxxxxxxxxxx . com/owncloud/status.php:\nHost xxxxxxxxxxxxx.com not found\"", FailureNoSuchHost},
		{"Host cloud.corp.test not found\r\n", FailureNoSuchHost},
		{"queryDns(): [ringbalancer] querying dns for app_backend failed: dns server error: 3 name error", FailureNoSuchHost},
		{"[lua] postgres.lua:220: [postgres] could not cleanup TTLs: [toip() name lookup failed]: dns server error: 2 server failure, context: ngx.timer", FailureNone},
		{"Sqlcmd: Error: Microsoft ODBC Driver 11 for SQL Server : Unable to complete login process due to delay in opening server connection.", FailureTimeout},
		{"SQLServer Error: 258, Unable to complete login process due to delay in prelogin response [SQLSTATE 08001]", FailureTimeout},
		{"08001 Login timeout expired\nUnable to complete login process due to delay in login response", FailureTimeout},
		{"Sqlcmd: Error: Microsoft ODBC Driver 17 for SQL Server : TCP Provider: Timeout error [258]. ", FailureTimeout},
		// The TCP Provider's Winsock code in hexadecimal: 0x2746 is 10054.
		{"Sqlcmd: Error: Microsoft ODBC Driver 17 for SQL Server : TCP Provider: Error code 0x2746.\nSqlcmd: Error: Microsoft ODBC Driver 17 for SQL Server : Client unable to establish connection.", FailureReset},
		{"[unixODBC][Microsoft][ODBC Driver 13 for SQL Server]TCP Provider: Error code 0x2746", FailureReset},
		{"Sqlcmd: Error: Microsoft ODBC Driver 17 for SQL Server : TCP Provider: Error code 0x274D.", FailureRefused},
		{"Sqlcmd: Error: Microsoft ODBC Driver 17 for SQL Server : TCP Provider: Error code 0x274C.", FailureTimeout},
		// 0x2749 is WSAENOTCONN; a hex code elsewhere is not the provider's.
		{"Sqlcmd: Error: Microsoft ODBC Driver 17 for SQL Server : TCP Provider: Error code 0x2749.", FailureNone},
		{"Failed to create UDP socket to talk to 162.254.199.171:27022.  socket() call failed.  Error code 0x0000277b.", FailureNone},
		// An exit status is no errno; the curl code beside it still says.
		{"Caused by:\n  [28] Timeout was reached (download of `khronos_api v3.1.0` failed)\n##[error]Process completed with exit code 101.", FailureTimeout},
		// FFmpeg's av_strerror for a code it has no text for: on Windows
		// the C runtime's errno (ETIMEDOUT 138, ECONNREFUSED 107) or
		// Winsock's code, negated; no other number, nor one unsigned.
		{"[tcp @ 0000020e13b8d540] Connection to tcp://commondatastorage.googleapis.com:80 failed: Error number -138 occurred", FailureTimeout},
		{"[tcp @ 000001C62FCFDCC0] Connection to tcp://127.0.0.1:5000 failed: Error number -107 occurred", FailureRefused},
		{"[tcp @ 000001C62FCFDCC0] Connection to tcp://127.0.0.1:5000 failed: Error number -10060 occurred", FailureTimeout},
		{"bind failed: Error number -10048 occurred", FailureNone},
		{"[tcp @ 000001C62FCFDCC0] Connection to tcp://127.0.0.1:5000 failed: Error number 138 occurred", FailureNone},
		{"rtmp://localhost:1935/live/x: Error number -12007 occurred", FailureNone},
		{"socket error code 110", FailureTimeout},
		{"connect: error: 113", FailureUnreachable},
		// libcurl's threaded resolver that could not start its thread.
		{"exception = getaddrinfo() thread failed to start while requesting https://pkg.julialang.org/registries", FailureNoSuchHost},
		{"curl: (6) getaddrinfo() thread failed to start", FailureNoSuchHost},
		{"getaddrinfo() thread started", FailureNone},
		// The strerror text beside an errno wins over the number, whose
		// meaning depends on the stack (lwIP's 113 is ECONNABORTED); an
		// unknown text or none leaves the number's.
		{`[E][WiFiClient.cpp:258] connect(): socket error on fd 54, errno: 113, "Software caused connection abort"`, FailureReset},
		{"[E][WiFiClient.cpp:258] connect(): socket error on fd 54, errno: 113", FailureUnreachable},
		{`socket error on fd 54, errno: 113, "Operation now in progress"`, FailureUnreachable},
		{"[Errno 113] No route to host", FailureUnreachable},
		{"socket error, errno: 104, \"Connection refused\"", FailureRefused},
		// libcurl's CURLcode name, logged bare by its wrappers.
		{"RequestPerform(1692): ### CURLE_COULDNT_RESOLVE_HOST", FailureNoSuchHost},
		{"RequestPerform(1692): ### CURLE_COULDNT_CONNECT", FailureNone},
		// Csocket's (ZNC's) errno in brackets, read as the other
		// spellings of an errno are; another bracketed number is none.
		{"Csocket.cpp:886 Connect Failed. ERRNO [65] FD [5]", FailureUnreachable},
		{"Csocket.cpp:886 Connect Failed. ERRNO [111] FD [5]", FailureRefused},
		{"Csocket.cpp:886 Connect Failed. FD [65]", FailureNone},
		{"Csocket.cpp:886 Connect Failed. ERRNO [65", FailureNone},
		// Apache Traffic Server's "Unknown Host" page; a record that has
		// one is no failure.
		{"the server does not have a DNS entry. Perhaps there is a misspelling in the server name", FailureNoSuchHost},
		{"the server has a DNS entry now", ""},
		// Manticore's ResolutionFailure is a failed look-up, whatever
		// pool wraps it; its other exceptions say their own kind.
		{"Elasticsearch Unreachable: [http://es1:9200/][Manticore::ResolutionFailure] es1", FailureNoSuchHost},
		{"Pool::HostUnreachableError, :message=>\"Elasticsearch Unreachable: [http://es1:9200/][Manticore::ResolutionFailure] es1\"", FailureNoSuchHost},
		{"Elasticsearch Unreachable: [http://es1:9200/][Manticore::SocketTimeout] Read timed out", FailureTimeout},
		{"Pool::HostUnreachableError, :error=>\"Elasticsearch Unreachable: [http://localhost:9200/][Manticore::SocketException] Connection refused (Connection refused)\"", FailureRefused},
		{"Elasticsearch Unreachable: [http://es1:9200/][Manticore::ClientProtocolException] resolution failure", FailureNone},
		// The pool's HostUnreachableError wraps every failure: a cause
		// named inside it says the kind, the class's name alone says
		// unreachable.
		{"Marking url as dead. {:reason=>\"Elasticsearch Unreachable: [http://localhost:9200][Manticore::SocketTimeout] Read timed out\", :error_class=>\"LogStash::Outputs::ElasticSearch::HttpClient::Pool::HostUnreachableError\"}", FailureTimeout},
		{"Marking url as dead. {:error_class=>\"LogStash::Outputs::ElasticSearch::HttpClient::Pool::HostUnreachableError\"}", FailureUnreachable},
		// WSAECONNREFUSED's text cut short after Go's "connectex: "; its
		// first words elsewhere say nothing of why.
		{"dial tcp 127.0.0.1:81: connectex: No connection could be made", FailureRefused},
		{"No connection could be made 127.0.0.1:81", FailureNone},
		{"dial tcp 10.0.0.5:443: connectex: A connection attempt failed because the connected party did not properly respond after a period of time", FailureTimeout},
		// WSAECONNREFUSED's text through a translation tool.
		{"System.Net.Sockets.SocketException: Because the target computer actively rejected unable to connect 127.0.0.1:1080", FailureRefused},
		{"No connection could be made because the target machine actively refused it 127.0.0.1:1080", FailureRefused},
		{"dial tcp: lookup 172.19.0.4172.18.0.4: invalid domain name", FailureNoSuchHost},
		{"acme: error: 400 :: rejectedIdentifier :: Invalid domain name", FailureNone},
		// An error chain about a connection that ends in io.EOF: the peer
		// closed it; a TLS handshake that did is TLS.
		{`time="2020-02-11T12:37:18Z" level=debug msg="'502 Bad Gateway' caused by: EOF"`, FailureReset},
		{`Get "https://registry.corp.internal/v2/": EOF`, FailureReset},
		{"read tcp 10.0.0.2:51234->10.0.0.5:443: EOF", FailureReset},
		{"Error response from daemon: Get https://registry.corp.internal/v2/: EOF\n", FailureReset},
		{"transport: authentication handshake failed: EOF", FailureTLS},
		// WireGuard's handshake over UDP that no peer answered.
		{"2021-02-10 16:08:58.676514: [TUN] [client] peer(LW3Y…OqDE) - Handshake did not complete after 5 seconds, retrying (try 2)", FailureTimeout},
		{"peer(LW3Y…OqDE) - Handshake did not complete after 20 attempts, giving up", FailureTimeout},
		{"wireguard: wg0: Handshake for peer 3 (198.51.100.7:51820) did not complete after 5 seconds, retrying (try 2)", FailureTimeout},
		// ping's summary when no echo came back (iputils, BSD), and with
		// ICMP's errors, read from their own lines.
		{"--- www.google.com ping statistics ---\n8 packets transmitted, 0 received, 100% packet loss, time 7243ms", FailureTimeout},
		{"--- 8.8.8.8 ping statistics ---\n1 packets transmitted, 0 packets received, 100.0% packet loss", FailureTimeout},
		{"From 192.168.1.2 icmp_seq=1 Destination Host Unreachable\n\n--- 192.168.1.205 ping statistics ---\n1 packets transmitted, 0 received, +1 errors, 100% packet loss, time 0ms", FailureUnreachable},
		{"Err:7 https://public.dhe.ibm.com/software/server/POWER/Linux/toolchain/at/ubuntu focal Release\n  Could not wait for server fd - select (11: Resource temporarily unavailable) [IP: 170.225.15.112 443]", FailureTimeout},
		// HAProxy's health checks: the reason states the kind.
		{"Server bck-etap/etap is DOWN, reason: Layer4 timeout, check duration: 2001ms.", FailureTimeout},
		{"Server bk/web1 is DOWN, reason: Layer7 timeout, check duration: 2001ms.", FailureTimeout},
		{"Server bk/web1 is DOWN, reason: Layer4 connection problem, info: \"Connection refused\", check duration: 0ms.", FailureRefused},
		{"Server bk/web1 is DOWN, reason: Layer4 connection problem, info: \"No route to host\", check duration: 0ms.", FailureUnreachable},
		// Envoy's reset reasons (resetReasonToString) that state a kind.
		{"upstream connect error or disconnect/reset before headers. reset reason: connection termination", FailureReset},
		{"upstream connect error or disconnect/reset before headers. reset reason: local reset", FailureReset},
		{"upstream connect error or disconnect/reset before headers. reset reason: remote reset", FailureReset},
		{"upstream connect error or disconnect/reset before headers. reset reason: remote refused stream reset", FailureReset},
		{"upstream connect error or disconnect/reset before headers. reset reason: connection timeout", FailureTimeout},
		{"upstream connect error or disconnect/reset before headers. reset reason: remote connection failure, transport failure reason: delayed connect error: 111", FailureRefused},
		// PHP's streams warn of a failed TLS handshake in these words.
		{"PHP Warning:  stream_socket_client(): Failed to enable crypto in /var/www/a.php on line 3", FailureTLS},
		{"Warning: fsockopen(): Failed to enable crypto", FailureTLS},
		{"dnsAError: Optional(NIOCore.SocketAddressError.unknown(host: \"s3.corp.test\", port: 443))", FailureNoSuchHost},
		// pymongo's ServerSelectionTimeoutError names each server's last
		// error: the named cause wins over the wrapper's timeout, which
		// stands alone when no cause is named.
		{"pymongo.errors.ServerSelectionTimeoutError: Timeout: 1.0s SSL handshake failed: localhost:27017: [Errno 0] Error<TopologyDescription id: 5ef35", FailureTLS},
		{"pymongo.errors.ServerSelectionTimeoutError: localhost:27017: [Errno 111] Connection refused, Timeout: 30s, Topology Description: <TopologyDescription", FailureRefused},
		{"pymongo.errors.ServerSelectionTimeoutError: db.corp.test:27017: timed out, Timeout: 30s", FailureTimeout},
		{"pymongo.errors.ServerSelectionTimeoutError: No replica set members match selector \"Primary()\", Timeout: 30s", FailureTimeout},
		{"[Error] github.com is NOT reachable...", FailureUnreachable},
		{"Server db.corp.test is unreachable", FailureUnreachable},
		{"10:35:05 Remote host closed the connection.", FailureReset},
		{"kex_exchange_identification: Connection closed by remote host", FailureReset},
		{"devel.hs: getAddrInfo: does not exist (hostname nor servname provided, or not known)", FailureNoSuchHost},
		{"域名解析报错 server returned error code: 3: name error", FailureNoSuchHost},
		{"failed to query: server returned error code: 2: server failure", FailureNoSuchHost},
		{"Connection error: Connection refused", FailureRefused},
		{"Secure Connection Failed", FailureTLS},
		{"This site can’t provide a secure connection", FailureTLS},
		{"ERR_SSL_VERSION_OR_CIPHER_MISMATCH", FailureTLS},
		{"ERR_BAD_SSL_CLIENT_AUTH_CERT", FailureTLS},
		{"localhost sent an invalid response. ERR_INVALID_RESPONSE", FailureNone},
		{"Warning: Potential Security Risk Ahead", FailureTLS},
		{"Reached error page: about:neterror?e=dnsNotFound&u=https%3A//x.corp.test/&c=UTF-8", FailureNoSuchHost},
		{"Reached error page: about:neterror?e=netTimeout&u=http%3A//x.corp.test/&c=UTF-8", FailureTimeout},
		{"Reached error page: about:neterror?e=connectionFailure&u=http%3A//x.corp.test/&c=UTF-8", FailureRefused},
		{"Reached error page: about:neterror?e=netReset&u=http%3A//x.corp.test/&c=UTF-8", FailureReset},
		{"Reached error page: about:neterror?e=nssFailure2&u=https%3A//x.corp.test/&c=UTF-8", FailureTLS},
		{"Reached error page: about:neterror?e=proxyConnectFailure&u=http%3A//x.corp.test/&c=UTF-8", FailureNone},
		{"Ошибка при установлении защищённого соединения", FailureTLS},
		{"Firefox обнаружил вероятную угрозу безопасности и не стал открывать www.google.com", FailureTLS},
		{"Connection Refused: identifier rejected. dial tcp 10.0.0.5:1883: connect: connection refused", FailureRefused},
		// A machine that gave no echo reply (R Tools for Visual Studio).
		{"Connecting to R Workspace failed.\nReason: Machine 'hostname' did not respond to a ping.\nThe machine may be offline or the network has been disconnected.", FailureTimeout},
		{"Reason: Machine 'x' did not respond to a ping", FailureTimeout},
		// A C++ client's getaddrinfo failure (elnormous/HTTPRequest).
		{"\"Failed to get address info of xxxxx.com\"", FailureNoSuchHost},
		{"terminate called after throwing an instance of 'std::system_error'\n  what():  Failed to get address info of api.corp.test: Success", FailureNoSuchHost},
		// WCF's aborted socket connection, its causes and setting after it.
		{"Install-NAVApp : The socket connection was aborted. This could be caused by an error processing your message or a receive timeout being exceeded by the remote host, or an underlying network resource issue. Local socket timeout was '10675199.02:48:05.4775807'.", FailureReset},
		{"异常:已捕获: \"套接字连接已中止。这可能是由于处理消息时出错或远程主机超过接收超时或者潜在的网络资源问题导致的。本地套接字超时是“00:04:59.9910000”。\" (System.ServiceModel.CommunicationException)", FailureReset},
		// h2's GOAWAY with NO_ERROR from the peer (Deno's fetch).
		{"Error: connection error received: not a result of an error\n    at mainFetch (ext:deno_fetch/26_fetch.js:182:43)", FailureReset},
		// A program's own check that found no route to a name or address.
		{"2024-02-17 16:00:45 ERROR    No route to icloud.com found. Please check your container's network settings - exiting", FailureUnreachable},
		{"no route to 10.0.0.5", FailureUnreachable},
		// Pi-hole's resolver check.
		{" [✗] DNS resolution is currently unavailable\n [✗] DNS resolution is not available", FailureNoSuchHost},
		{"  [✗] DNS resolution is not available", FailureNoSuchHost},
		// A TLS library's errno for the socket call under it.
		{"curl: (56) LibreSSL SSL_read: SSL_ERROR_SYSCALL, errno 54", FailureReset},
		{"curl: (56) OpenSSL SSL_read: SSL_ERROR_SYSCALL, errno 104", FailureReset},
		{"CONNECTED(00000006)\nwrite:errno=54", FailureReset},
		{"curl: (35) LibreSSL SSL_connect: SSL_ERROR_SYSCALL in connection to github.com:443", FailureTLS},
		{"curl: (56) LibreSSL SSL_read: SSL_ERROR_SYSCALL, errno 0", FailureTLS},
		// wget's look-up that failed, whatever the resolver's cause.
		{"Resolving raspbian.raspberrypi.org (raspbian.raspberrypi.org)... failed: Connection timed out.", FailureNoSuchHost},
		{"Resolving raw.githubusercontent.com (raw.githubusercontent.com)... failed: Connection timed out.\nwget: unable to resolve host address ‘raw.githubusercontent.com’", FailureNoSuchHost},
		{"Connecting to github.com (github.com)|140.82.121.3|:443... failed: Connection timed out.", FailureTimeout},
		// A peer that closed the connection without a reply.
		{"curl: (52) Empty reply from server", FailureReset},
		{"Scan Aborted: The url supplied 'http://x/' seems to be down (Server returned nothing (no headers, no data))", FailureReset},
		{"Server returned nothing useful", FailureNone},
		// pyLoad's catch-all after the code that says which.
		{"DEBUG\tpycurl exception 28: SSL connection timeout at 28524\nWARNING\tCouldn't connect to host or connection reset, waiting 1 minute and retry.", FailureTimeout},
		{"DEBUG\tpycurl exception 56: Recv failure: Connection reset by peer\nWARNING\tCouldn't connect to host or connection reset, waiting 1 minute and retry.", FailureReset},
		{"error: failed retrieving file 'core.db' from mirror.corp.test : Empty response from server", FailureReset},
		{"error: failed retrieving file 'core.db' from mirror.corp.test : Resolving timed out after 10000 milliseconds", FailureNoSuchHost},
		// Go's net/http answered in plain HTTP over TLS.
		{"Get \"https://registry.corp.test/v2/\": http: server gave HTTP response to HTTPS client", FailureTLS},
		// Windows' ERROR_SEM_TIMEOUT (121) in French and English.
		{"[TRACE] !!! UNHANDLED ERROR: ClientException: Le délai de temporisation de sémaphore a expiré, uri=https://api.corp.test/v1/models", FailureTimeout},
		{"dial tcp 10.0.0.5:443: ConnectEx tcp: The semaphore timeout period has expired.", FailureTimeout},
		// Mbed TLS's handshake failing in its SSL module, and a failed
		// gethostbyname(3).
		{"ERR|1970-01-01 00:00:06|HAL_TLS_mbedtls.c|HAL_TLS_Connect(256): mbedtls_ssl_handshake failed returned 0x7780(s)", FailureTLS},
		{"E (169799) esp-tls-mbedtls: mbedtls_ssl_handshake returned -0x7780", FailureTLS},
		{"E (988827) esp-tls: couldn't get hostname for :x.corp.test: getaddrinfo() returns 202, addrinfo=0x0", FailureNoSuchHost},
		{"[E][mqtt.idf:168]: Last error code reported from esp-tls: 0x8001", FailureNoSuchHost},
		{"[W][mqtt:244]: Couldn't resolve IP address for 'x.corp.test'", FailureNoSuchHost},
		{"1516439: MQTT : TLS error code: -1002", FailureTLS},
		{"[E][esp-tls]: mbedtls_ssl_handshake returned -0x2700", FailureTLS},
		{"twisted.internet.error.DNSLookupError: DNS lookup failed: Couldn't find the hostname 'x.corp.test'.", FailureNoSuchHost},
		{"> openssl s_client -connect m.corp.test:80 -servername m.corp.test\n\ngethostbyname failure\nconnect:errno=0", FailureNoSuchHost},
		// A timeout that happened, beside one a client enabled.
		{"* Enable timeout of 30000ms\n* Connection timed out after 30001 milliseconds", FailureTimeout},
		{"  pool2 ResourceRequest: clearing timeout (id=0) +1ms\nKnex:Error Pool2 - Error: connect ECONNREFUSED", FailureRefused},
		{"  pool2 ResourceRequest: clearing timeout (id=0) +1ms\nKnex:Error Pool2 - Error: connect ETIMEDOUT", FailureTimeout},
		{"AxiosError: timeout of 5000ms exceeded", FailureTimeout},
		// An OpenSSL error string under a wrapper's "connection closed",
		// and a reset said as such beside one.
		{"15:54 *** Connection closed unexpectedly: Error: 140147552769920:error:1408F10B:SSL routines:ssl3_get_record:wrong version number:../deps/openssl/openssl/ssl/record/ssl3_record.c:332:", FailureTLS},
		{"Connection reset by peer: error:1408F10B:SSL routines:ssl3_get_record:wrong version number", FailureReset},
		{"*** Connection closed unexpectedly: Error: read ECONNRESET", FailureReset},
		// … but OpenSSL's unexpected EOF is the peer closing TCP, a reset.
		{"*** Connection closed unexpectedly: Error: 140:error:0A000126:SSL routines::unexpected eof while reading", FailureReset},
		{"*** Connection closed unexpectedly: Error: 140:error:14095126:SSL routines:ssl3_read_n:unexpected eof while reading", FailureReset},
		// PHPUnit's failed assertion: the exception's message, not the
		// test's pattern after it.
		{"Failed asserting that exception message 'Connection could not be established with host \"ssl://localhost:9999\": stream_socket_client(): Unable to connect to ssl://localhost:9999 (A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond)' matches '/Connection refused|unable to connect/'.", FailureTimeout},
		{"Failed asserting that exception message 'Connection refused' contains 'timed out'.", FailureRefused},
		// curl's code as a program prints it alone, naming it curl's.
		{"[Wed Mar  7 02:48:26 MST 2018] Please refer to https://curl.haxx.se/libcurl/c/libcurl-errors.html for error code: 6", FailureNoSuchHost},
		// acme.sh's code is curl's, never macOS's ETIMEDOUT (60) or ECONNREFUSED (61).
		{"[Mon Nov 18 04:21:59 AM CST 2024] Please refer to https://curl.haxx.se/libcurl/c/libcurl-errors.html for error code: 60 [Mon Nov 18 04:21:59 AM CST 2024] Cannot init API for: https://acme.zerossl.com/v2/DV90.", FailureTLS},
		{"Please refer to https://curl.haxx.se/libcurl/c/libcurl-errors.html for error code: 61", ""},
		{"01.10.2015 01:17:59\tDEBUG\tpycurl exception 28: SSL connection timeout at 28524", FailureTimeout},
		// httplib2's ServerNotFoundError (getaddrinfo failed).
		{"ServerNotFoundError?: Unable to find the server at ankiweb.net", FailureNoSuchHost},
		{"httplib2.error.ServerNotFoundError: Unable to find the server at oauth2.googleapis.com", FailureNoSuchHost},
		// node-fetch's body cut short (ERR_STREAM_PREMATURE_CLOSE).
		{"FetchError: Invalid response body while trying to fetch https://vault.corp.test/identity/connect/token: Premature close", FailureReset},
		{"Error: Premature close\n    at TLSSocket.onSocketClose (/app/node_modules/@remix-run/web-fetch/src/fetch.js:342:33)", FailureReset},
		{"  errno: 'ERR_STREAM_PREMATURE_CLOSE',\n  code: 'ERR_STREAM_PREMATURE_CLOSE'", FailureReset},
		// Zabbix's read past its Timeout, in its words and retyped.
		{"active check configuration update from [zabbix_server_IP:10051] started to fail (ZAB_TCP_READ) time out()", FailureTimeout},
		{"Get value from agent failed: ZBX_TCP_READ() timed out", FailureTimeout},
		{"active check configuration update from [172.50.1.233:10050] started to fail (ZBX_TCP_READ() failed: [54] Connection reset by peer)", FailureReset},
		{"System.Net.WebException: Error: SendFailure (Error writing headers) ---> System.Net.WebException: Error writing headers ---> System.Net.Sockets.SocketException: The socket has been shut down", FailureReset},
		{"the service has been shut down", FailureNone},
		// Node's getaddrinfo failing with EAI_SYSTEM's errno.
		{" failure  { [Error: getaddrinfo EIO] code: 'EIO', errno: 'EIO', syscall: 'getaddrinfo' }", FailureNoSuchHost},
		{"Error: getaddrinfo EAI_AGAIN registry.npmjs.org", FailureNoSuchHost},
		// … and out of file descriptors, no look-up (npm's EMFILE).
		{"npm ERR! network request to https://registry.npmjs.org/react failed, reason: getaddrinfo EMFILE registry.npmjs.org", FailureNone},
		{"Error: getaddrinfo ENOMEM registry.npmjs.org", FailureNone},
		// libmosquitto's MOSQ_ERR_TLS.
		{"Error: A TLS error occurred.", FailureTLS},
		// IO::Socket::SSL's failed handshake as HTTP::Tiny reports it; its
		// plain connect failing is no TLS.
		{"SSL connection failed for hacker-news.firebaseio.com: SSL connect attempt failed", FailureTLS},
		{"SSL connect attempt failed error:14090086:SSL routines:ssl3_get_server_certificate:certificate verify failed", FailureTLS},
		{"Could not connect to 'x.example:443': IO::Socket::IP configuration failed", FailureNone},
		// yamux's ErrTimeout (frp's login, a keepalive); a deadline set is
		// no failure.
		{"2023/04/18 11:37:11 [W] [service.go:134] login to server failed: i/o deadline reached", FailureTimeout},
		{"[ERR] yamux: keepalive failed: i/o deadline reached", FailureTimeout},
		{"stream: i/o deadline set to 30s", FailureNone},
		// curl's result code is no errno (60 is macOS's ETIMEDOUT and
		// CURLE_PEER_FAILED_VERIFICATION); an errno in brackets still is.
		{"curl: (60) SSL certificate problem: certificate has expired", FailureTLS},
		{"curl error 51 while downloading https://x.corp.test/packages.json", FailureNone},
		{"SocketException (60)", FailureTimeout},
		// Secure Transport's texts under hyper's connect error are TLS;
		// reqwest's own decoding of a body is none.
		{"error sending request for url (https://10.30.77.27:9000/webhook/): error trying to connect: decoding error", FailureTLS},
		{"error sending request for url (https://x.corp.test/): error trying to connect: bad protocol version", FailureTLS},
		{"== Info: Peer's certificate issuer is not recognized: 'CN=R3,O=Let's Encrypt,C=US'\n== Info: NSS error -8179 (SEC_ERROR_UNKNOWN_ISSUER)\n== Info: Peer certificate cannot be authenticated with known CA certificates", FailureTLS},
		{"== Info: Peer certificate cannot be authenticated with known CA certificates", FailureTLS},
		{"== Info: NSS error -8179", FailureTLS},
		{"== Info: Peer certificate accepted", FailureNone},
		{`Error: Reqwest("error decoding response body")`, FailureNone},
		// JSSE's SSLPeerUnverifiedException and Secure Transport's failed
		// chain under libcurl are TLS; a peer named beside "authenticated"
		// in other words is none.
		{"Could not transfer artifact fs:fs:pom:1.3.2 from/to clojars (https://clojars.org/repo/): peer not authenticated", FailureTLS},
		{"fatal: unable to access 'https://github.com/danielgindi/Charts.git/': SSL: certificate verification failed (result: 5)", FailureTLS},
		{"cURL error 51: SSL: certificate verification failed (result: 0)", FailureTLS},
		{"peer authenticated as wg0 from 10.0.0.2", FailureNone},
		// The exit status of a curl command is its result code; another
		// command's, or a code that names no kind, says none.
		{"error: https://nodejs.org/dist/v16.15.1/node-v16.15.1-linux-x64.tar.gz: curl failed to download with exit code 60", FailureTLS},
		{"[ERROR] Could not update repository \"default\": OpamDownload.Download_fail(_, \"Curl failed: \\\"/usr/bin/curl --write-out\n        %{http_code}\\\\n --retry 3 -L -o\n        /tmp/opam/index.tar.gz.part --\n        https://opam.ocaml.org/index.tar.gz\\\" exited with code 60\")", FailureTLS},
		{"curl exit code 6 while fetching https://x.corp.test/a.tgz", FailureNoSuchHost},
		{"curl failed to download with exit code 35", FailureTLS},
		{"curl failed to download with exit code 28", FailureTimeout},
		{"curl failed to download with exit code 7", FailureNone},
		{"$ curl -sS https://x.corp.test/a.sh | sh\nError: Process completed with exit code 60.", FailureNone},
		{"curl -o a.tgz https://x.corp.test/a.tgz\n  make: *** [a] exited with code 600", FailureNone},
		{"cURL error 60: SSL certificate problem: unable to get local issuer certificate", FailureTLS},
		// A refusal or a timeout named as alternatives says neither; each
		// said alone, or both said of the failure, still does.
		{"2022-12-03 22:13:18,063 - WARNING - [MainThread] OctoPrintPlugin.DiscoverOctoPrintAction._onRequestFailed [566]: Connection refused or timeout when trying to access OctoPrint at http://192.168.1.16:5000/api/settings", FailureNone},
		{"Connection refused or timed out: x.corp.test:8080", FailureNone},
		{"request timed out or connection refused by x.corp.test", FailureNone},
		{"Connection to the server timed out or was refused.", FailureNone},
		{"svn: E170013: Unable to connect to a repository at URL 'https://svn.corp.test/repo'\nsvn: E120108: Error running context: The server unexpectedly closed the connection.", FailureReset},
		{"TLS: peer cert untrusted or revoked (0x42)\nTLS: can't connect: (unknown error code).", FailureTLS},
		{"ldap_start_tls: Connect error (-11)\n\tadditional info: TLS: can't connect: .", FailureTLS},
		{"connection refused or has timed out: x.corp.test:8080", FailureNone},
		{"the request timed out or was cancelled; connection refused by x.corp.test", FailureRefused},
		{"Connection refused when trying to access OctoPrint at http://192.168.1.16:5000/api/settings", FailureRefused},
		{"Connection timeout when trying to access OctoPrint at http://192.168.1.16:5000/api/settings", FailureTimeout},
		{"connect to x.corp.test:8080: Connection refused or filtered", FailureRefused},
		{"timed out on x.corp.test or its proxy", FailureTimeout},
		// .NET's German text for HTTP 504; the status's name as a setting
		// is none.
		{"Ausnahme beim Aufrufen von \"DownloadFile\" mit 2 Argument(en):  \"Der Remoteserver hat einen Fehler zurückgegeben: (504)\nGatewaytimeout.\"", FailureTimeout},
		{"Der Remoteserver hat einen Fehler zurückgegeben: (504) Gatewaytimeout.", FailureTimeout},
		{"gatewayTimeoutSeconds: 30", FailureNone},
		{"error sending request for url (https://x.corp.test/): error trying to connect: tcp connect error: Connection refused (os error 111)", FailureRefused},
	}
	for _, c := range cases {
		if got := classifyFailure(c.text); got != c.want {
			t.Errorf("classifyFailure(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestFailureWordsUnsaid: words that look like the ones above but say no
// failure: timer functions, dependency resolution, an SSH key refused.
func TestFailureWordsUnsaid(t *testing.T) {
	for _, in := range []string{"at Socket._onTimeout (net.js:422:8)\n at Timer.listOnTimeout (timers.js:290:5)\n at setTimeout",
		// OpenSSL's system library's code says its kind in words, none
		// here.
		"error:02001002:system library:fopen:No such file or directory",
		// A stack frame's parameter is no timeout (Npgsql's EINVAL).
		"Npgsql.NpgsqlException (0x80004005): Failed to connect to 10.1.1.72:5432 ---> System.Net.Sockets.SocketException (0x80004005): An invalid argument was supplied\n   at System.Net.Sockets.Socket.SetSocketOption(SocketOptionLevel optionLevel, SocketOptionName optionName, Int32 optionValue)\n   at Npgsql.Internal.NpgsqlConnector.Connect(NpgsqlTimeout timeout)",
		// Another host's fast failure may be a refusal or an unreachable
		// network; a second or more on loopback is no plain refusal.
		"curl: (7) Failed to connect to index.crates.io port 443 after 25 ms: Couldn't connect to server",
		"curl: (7) Failed to connect to 127.0.0.1 port 8808 after 2042 ms: Couldn't connect to server",
		"curl: (7) Failed to connect to 127.0.0.10.corp.test port 80 after 0 ms: Couldn't connect to server",
		// curl's codes that name no kind, and a number that is no curl code.
		"Please refer to https://curl.haxx.se/libcurl/c/libcurl-errors.html for error code: 3", "pycurl exception 23: Failed writing body",
		"see the table for error code: 6", "Failed asserting that exception message 'Invalid argument' matches '/Connection refused|timed out/'.", "E (16163) esp-tls-mbedtls: mbedtls_ssl_handshake returned -0x50",
		"mbedtls_ssl_handshake returned 0", "I (129576) esp-tls: calling mbedtls_ssl_handshake", "Could not resolve com.android.tools.build:gradle:3.0.1.",
		// "Try again" is musl's EAI_AGAIN only as a look-up's result.
		"Upload failed: try again later", "cache lookup failed: try again",
		"failed to resolve reference \"docker.io/library/nginx:latest\": not found", "Could not resolve github.com/corp/tool",
		"cannot resolve [object Object]", "Le délai de temporisation du sémaphore est de 30 secondes", "WARNING\tCouldn't connect to host or connection reset, waiting 1 minute and retry.",
		"Failed to resolve import \"./App\" from \"src/main.js\"", "Unable to resolve dependency for ':app@debug'",
		"Cannot resolve symbol 'HttpClient'", "The import com.corp.net cannot be resolved", "Host cannot be resolved to a type",
		"HttpClient can not be resolved to a variable", "Server refused our key", "timeoutMs: 5000",
		"* schannel: disabled automatic use of client certificate", "tls: true\nssl: false",
		"panic: A non-recoverable error occurred while saving the document", "getaddrinfowrapper.go:12",
		"The download was aborted by the user", "Operation aborted by the software update service",
		"The server name or address is not valid",
		// Prose about a resolver's setup, not Go's "lookup x: no DNS servers".
		"The router hands out no DNS servers over DHCP", "nmcli shows no DNS servers for eth0",
		// EAGAIN, errno 11, with its text "Try again", is no EAI_AGAIN.
		"BlockingIOError: [Errno 11] Try again",
		// Python's own call in a traceback's source line, not Fluent
		// Bit's "getaddrinfo(host='x'): …".
		"    for res in getaddrinfo(host, port, family, type, proto, flags):",
		"0x80072efd : unknown error", "commit 180072ee7", "0x80072ee7a", "id -21470128890", "x80072EE7", "ERROR_INTERNET_CANNOT_CONNECT",
		"We’re having trouble with our site", "The page was loading slowly",
		"A socket operation was attempted to an unreachable-code path", "Este host é conhecido", "O nome de usuário solicitado é inválido",
		"invalid peer id: 42", "received alert: low battery", "is_valid_certificate(cert)",
		"被拒绝访问", "连接失败",
		"do_connect: Connection to nas failed (Error NT_STATUS_BAD_NETWORK_NAME)", "tree connect failed: NT_STATUS_UNSUCCESSFUL",
		"Greeting received: 220 mail.corp.test ESMTP",
		"HttpExceptionRequest Request { host = \"x.corp.test\" } (StatusCodeException (Response {responseStatus = Status {statusCode = 502}}))",
		"HttpExceptionRequest Request {\n  host                 = \"x.corp.test\"\n  responseTimeout      = ResponseTimeoutDefault\n}\n (StatusCodeException (Response {responseStatus = Status {statusCode = 502}}))",
		"SSL handshake with cdn.corp.test:443: tcp=59ms handshake=52ms version=1.2 total=111ms",
		"  responseTimeout      = ResponseTimeoutDefault", "timeout = infinite", "{ timeout: 5000, host: 'x.corp.test' }", "Timeout = ResponseTimeoutNone",
		"##[error]Process completed with exit code 101.", "app_1 exited with code 110", "ExitCode: 111", "exit_code=104",
		"Netzwerk nicht verfügbar: Wartungsfenster", "연결할 수 없는 네트워크 드라이브",
		"Host key not found from database", "Host 10.0.0.5 not found in known_hosts file", "Host key.pub not found in agent", "host db.corp.test not founder", "host config.yml not found in path",
		"Unable to complete login process", "Sqlcmd: Error: Microsoft ODBC Driver 17 for SQL Server : Login failed for user 'sa'.",
		"WebSocket handshake failed", "ssh: handshake failed: ssh: unable to authenticate", "Client network socket disconnected",
		"Process finished with exit code 101", "subprocess returned error code 101", "returncode=110",
		"The proposal was actively rejected by the committee", "SyntaxError: unexpected EOF while parsing", "ssh -v -T -D 63102 -o ConnectTimeout=15 devbox", "curl --max-time 5 -H readTimeout=30s", "[ssl]\nssl_cert = /etc/x.pem", "ws.onclose: console.log('Socket was closed?')",
		"error reading config.yaml: EOF", "failed to read file /etc/app/proxy.conf: EOF", "The reader stops at EOF",
		"500 Can't connect to localhost:8080 (Bad address)", "Bad address 'gw.corp.test:99x'", "%3|1597743224.187|FAIL|rdkafka#consumer-2| [thrd:kafka:9092/bootstrap]: kafka:9092/1001: Disconnected",
		"cat <<EOF > /etc/hosts", "Disconnected from RabbitMQ at 127.0.0.1:5672 (-1): EOF", "yaml: line 3: unexpected EOF", "fetching https://x.corp.test/a.yaml: yaml: unexpected EOF", "failed to parse https://x.corp.test/a.json: unexpected EOF", "Error: failed to parse index.yaml: unexpected EOF", "EOF",
		"Server bk/web1 is DOWN, reason: Layer7 wrong status, code: 503, info: \"Service Unavailable\", check duration: 2ms.",
		"upstream connect error or disconnect/reset before headers. reset reason: overflow",
		"upstream connect error or disconnect/reset before headers. reset reason: connection failure",
		"upstream connect error or disconnect/reset before headers. reset reason: protocol error",
		"reset reason: connection terminations count", "pairing: handshake did not complete after msg3", "peer(LW3Y…OqDE) - Sending handshake initiation",
		"stream_socket_enable_crypto($fp, true, STREAM_CRYPTO_METHOD_TLS_CLIENT)", "Enable crypto on the stream after connecting", "NIOCore.SocketAddressError.unsupported",
		"Connection error: Connection Refused: identifier rejected.", "Connection error: Connection Refused: bad user name or password.", "Connection Refused: unacceptable protocol version",
		"Use a secure connection for failed logins", "The build did not continue to the next stage",
		"2 packets transmitted, 1 received, 50% packet loss, time 1052ms", "4 packets transmitted, 4 received, 0% packet loss, time 3004ms",
		"10 packets transmitted, 0 received, +10 errors, 100% packet loss, time 9012ms", "0 packets transmitted, 0 received, 100% packet loss",
		"Could not wait for the server to start", "select (11: Resource temporarily unavailable)",
		"Check that github.com is reachable", "error: UnknownHostNameFormat", "error: fetch: UnknownHostName is retried", "warning: UnknownHostName",
		"error: XConnectionResetByPeer", "Connection closed by user request", "server returned error code: 4: not implemented",
		"Try again", "Download failed. Try again later.", "getaddrinfo: Invalid flags", "panic: Non-recoverable error in the parser",
		"The connection was aborted by the user", "Send failure: message was aborted",
		"DNS server returned answer in 12 ms", "Could not contact support servers", "Misformatted domain name",
		"Dependency resolution failed", "No route to the page you asked for", "Error: No route to index.html", "No route to /api/v1.0/users", "Bikeno route to x.com", "GraphQL connection error received: {\"message\":\"unauthorized\"}", "The value is not a result of an error", "The request was aborted: The request was canceled.", "套接字连接已建立", "Failed to get address information of the contact", "The blog did not respond to a pingback", "Machine 'x' responded to a ping in 3 ms", "  [✓] DNS resolution is now available", "  [✓] DNS resolution is available", "resolution failed -1", "resolution failed -1100", "NativeTCP::Connected(): Connection failed; result: -104", "Client sent an HTTP request to an HTTPS server.", "Error 54", "error code: 54", "errno 54", "rewrite:errno=54x", "Error: the server sent an empty response", "Empty response body from server", "the server gave an HTTP response",
		"I was unable to find the server at first", "Unable to find the server attribute",
		"Error: Unable to find the server at 192.168.1.10:32400. Make sure the server is running.",
		"ServerNotFoundError: Unable to find the server at 192.168.1.10", "Failed to resolve 192.168.1.10",
		"warning: premature closing tag </div>", "Avoid a premature close of the stream",
		"ZBX_TCP_READ() failed", "(ZBX_TCP_READ) timestamp 1700000000",
		"getaddrinfo Error handling in libuv", "getaddrinfo E", "uv_getaddrinfo EV2 loop",
		"No TLS errors occur with -p 1883", "if a TLS error occurs, retry",
		// esp-tls's tag is a transport's name; a zero TLS error code is none.
		"E (988828) esp-tls: Failed to open new connection", "Last error code reported from esp-tls: 0x8004",
		"MQTT : TLS error code: 0", "I (1200) esp-tls: Failed to set ciphersuites"} {
		if f := classifyFailure(in); f != FailureNone {
			t.Errorf("classifyFailure(%q) = %q, want none", in, f)
		}
	}
}

// TestFailureWrapped: words a terminal or a padded console cut are joined
// before the failure is read ("temporarily un      available"), and EAGAIN
// from the resolver is a name that did not resolve.
func TestFailureWrapped(t *testing.T) {
	cases := []struct {
		text string
		want Failure
	}{
		{"SocketException (00000001, 11): Resource temporarily un                              available\n   at System.Net.Dns.GetHostEntryOrAddressesCore(String", FailureNoSuchHost},
		{"failed to open stream: Connection timed o  \n  ut.", FailureTimeout},
		{"Connec\ntion refused", FailureRefused},
		{"Resource temporarily unavailable (writing to the pipe)", FailureNone},
		{"System.Net.Http.HttpRequestException: Resource temporarily unavailable (api.corp.test:443)", FailureNoSuchHost},
		{"HttpRequestException: Resource temporarily unavailable (db:5432)", FailureNoSuchHost},
		{"write: Resource temporarily unavailable (fd 7)", FailureNone},
		{"Resource temporarily unavailable (os error 11)", FailureNone},
		// Winsock's localised texts wrapped at a word: pt-BR and de
		// WSAETIMEDOUT, es WSAETIMEDOUT; a paragraph break joins nothing.
		{"System.Net.Http.HttpRequestException: Uma tentativa de conexão falhou porque o componente conectado não respondeu\ncorretamente após um período de tempo ou a conexão estabelecida falhou\nporque o host conectado não respondeu. (api.corp.test:443)", FailureTimeout},
		{"System.Net.Sockets.SocketException: Ein Verbindungsversuch ist fehlgeschlagen, da die Gegenstelle nach einer bestimmten Zeitspanne nicht \r\n  richtig reagiert hat", FailureTimeout},
		{"System.Net.Sockets.SocketException: Se produjo un error durante el intento de conexión ya que la parte conectada no respondió\nadecuadamente tras un periodo de tiempo", FailureTimeout},
		{"o componente conectado não respondeu\n\ncorretamente", FailureNone},
		{"não respondeu\n42 corretamente", FailureNone},
	}
	for _, c := range cases {
		if got := classifyWrapped(c.text); got != c.want {
			t.Errorf("classifyWrapped(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
