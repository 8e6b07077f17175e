package target

import (
	"regexp"
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
// it, pt, ru, ja, zh, nl, pl).
var failurePhrases = map[Failure][]string{
	FailureNoSuchHost: {
		"no such host", "could not resolve host", "could not resolve hostname", "could not resolve proxy",
		"couldn't resolve host", "couldn't resolve proxy", "could not resolve the host", "could not resolve '",
		"unable to resolve host", "failed to resolve host", "failed to resolve address", "could not resolve \"",
		"name or service not known", "temporary failure in name resolution", "temporary failure resolving",
		"nodename nor servname", "enotfound", "eai_again", "eai_nodata", "eai_noname", "eai_fail",
		"unknownhostexception", "unknown host", "no address associated with hostname", "getaddrinfo failed",
		"could not translate host name", "unknown mysql server host", "server misbehaving", "dns error",
		"failed to lookup address", "name resolution", "resolving timed out",
		"no such host is known", "host not found", "unable to resolve host address", "err_name_not_resolved",
		"dns_probe_finished_nxdomain", "could not be found", "remote name could not be resolved",
		":nxdomain", // Erlang's inet error atoms ({:failed_connect, … :nxdomain})
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
	},
	FailureRefused: {
		"connection refused", "err_connection_refused", " refused.", " refused)", " refused\n", "econnrefused", "actively refused", "was refused", "connection was rejected",
		"refused to connect", "connectionrefused", "refused it", "refused by",
		"verbindungsaufbau abgelehnt", "verbindung verweigert", "die verbindung verweigerte",
		"connexion refusée", "l’a expressément refusée", "l'a expressément refusée",
		"conexión rehusada", "conexión rechazada", "denegó expresamente",
		"connessione rifiutata", "rifiuto persistente",
		"conexão recusada", "recusou ativamente", "as recusou ativamente",
		"в соединении отказано", "отказано в соединении", "отверг запрос на подключение",
		"接続を拒否されました", "拒否されたため、接続できませんでした",
		"拒绝连接", "积极拒绝", "连接被拒绝",
		"verbinding geweigerd", "actief heeft geweigerd",
		"połączenie odrzucone", "odmowa połączenia", "aktywnie go odmawia",
		"remote host refused", "remote host rejected", ":econnrefused",
	},
	FailureUnreachable: {
		"no route to host", "network is unreachable", "host is unreachable", "ehostunreach", "enetunreach",
		"host unreachable", "network unreachable", "err_address_unreachable", ":ehostunreach", ":enetunreach",
		"keine route zum zielrechner", "netzwerk ist nicht erreichbar", "das netzwerk ist nicht erreichbar",
		"aucun chemin d'accès pour atteindre l'hôte cible", "le réseau n'est pas accessible", "réseau inaccessible",
		"no hay ninguna ruta hasta el `host'", "no hay ruta hasta el anfitrión", "la red es inaccesible", "red inalcanzable",
		"nessun instradamento per l'host", "la rete non è raggiungibile",
		"sem rota para o host", "a rede está fora de alcance",
		"нет маршрута до узла", "сеть недоступна",
		"ホストへの経路がありません", "ネットワークに届きません",
		"没有到主机的路由", "网络不可达",
		"geen route naar host", "host is onbereikbaar", "netwerk is onbereikbaar",
		"brak trasy do hosta", "sieć jest niedostępna",
	},
	FailureReset: {
		"connection reset", "connection was reset", "err_connection_reset", "econnreset", "reset by peer", "remote reset", "forcibly closed",
		"connexion réinitialisée", "von der gegenstelle zurückgesetzt",
	},
	FailureTimeout: {
		"timed out", "timed-out", "time-out", "timedout", "etimedout", "isconnected failed: etime", "timeout was reached",
		"timeoutexception", "timeouterror", "connecttimeout", "readtimeout", "sockettimeout", "opentimeout",
		"execution expired", "err_connection_timed_out", "err_timed_out", "took too long to respond",
		"did not properly respond", "connection attempt failed because", "after a period of time",
		"operation now in progress", "deadline exceeded", ":etimedout", ":timeout}",
		"zeitüberschreitung", "wartezeit für die verbindung ist abgelaufen", "nicht richtig reagiert",
		"délai d'attente", "délai d’attente", "n'a pas répondu convenablement", "n’a pas répondu convenablement",
		"tiempo de espera", "expiró el tiempo", "no respondió adecuadamente",
		"connessione scaduta", "tempo scaduto", "risposta non corretta della parte connessa",
		"tempo esgotado", "tempo limite", "não respondeu corretamente",
		"истекло время", "время ожидания", "не получен нужный отклик",
		"タイムアウト", "正しく応答しなかった",
		"连接超时", "超时", "没有正确答复",
		"verbinding is verlopen", "niet correct heeft geantwoord", "tiempo de espera agotado",
		"przekroczony czas oczekiwania", "upłynął limit czasu", "nie odpowiedziała poprawnie",
	},
	FailureTLS: {
		"x509:", "certificate verify failed", "certificate_verify_failed", "tls handshake", "handshake failure",
		"sslhandshakeexception", "ssl routines", "unable to get local issuer certificate", "self signed certificate",
		"certificate has expired", "wrong version number", "tls_alert", "caused by sslerror", "ssleoferror", "violation of protocol",
	},
}

// timeoutSaid reports whether the lower-case text uses the word "timeout"
// for a failure, not for a setting ("timeout=300", "'timeout' => 30",
// "Timeout: 30s", "--connect-timeout 5") or inside an identifier
// ("callback_timeouts").
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
		rest := low[i:]
		if rest != "" && (isWordByte(rest[0]) || rest[0] == '-') || len(rest) > 1 && rest[0] == '.' && isWordByte(rest[1]) {
			continue // an identifier or a file name (timeout.rb)
		}
		rest = strings.TrimLeft(rest, "'\" ")
		if strings.HasPrefix(rest, "=>") || strings.HasPrefix(rest, "=") || strings.HasPrefix(rest, ":") {
			rest = strings.TrimLeft(rest, "=>: '\"")
			if rest != "" && isDigit(rest[0]) {
				continue
			}
		}
		return true
	}
}

func isWordByte(b byte) bool { return b >= 'a' && b <= 'z' || isDigit(b) || b == '_' }

// errnoFailures maps OS error numbers to failures: Linux, macOS/BSD and
// Winsock.
var errnoFailures = map[int]Failure{
	110: FailureTimeout, 111: FailureRefused, 113: FailureUnreachable, 101: FailureUnreachable, 104: FailureReset,
	60: FailureTimeout, 61: FailureRefused, 65: FailureUnreachable, 51: FailureUnreachable,
	10060: FailureTimeout, 10061: FailureRefused, 10065: FailureUnreachable, 10051: FailureUnreachable, 10054: FailureReset,
	11001: FailureNoSuchHost, 11002: FailureNoSuchHost, 11004: FailureNoSuchHost,
}

// errnoFailure marks the failures of OS error numbers in their usual
// spellings: "(111)", "[Errno 111]", "errno = 111", "errno: -111", "os error
// 10060", "#110]", "Error 61 connecting", "error: 113", "WinError 10061",
// "SocketException (10061)". A bare number is not an error code.
func errnoFailure(low string, found map[Failure]bool) {
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
		n, _ := strconv.Atoi(low[start:j])
		f, ok := errnoFailures[n]
		if !ok {
			continue
		}
		before := low[max(0, start-20):start]
		if strings.HasSuffix(before, "(") || strings.HasSuffix(before, "#") {
			b := before[:len(before)-1]
			if b == "" || strings.ContainsAny(b[len(b)-1:], " '\"") {
				found[f] = true
			}
			continue
		}
		b := strings.TrimRight(before, " =:-")
		for _, w := range []string{"errno", "winerror", "error", "code"} {
			if strings.HasSuffix(b, w) {
				found[f] = true
			}
		}
	}
}

// curlCodes are libcurl result codes that say what failed by themselves.
var curlCode = regexp.MustCompile(`(?i)(?:curl: \(|curl error |curl |errcode: |returned: |curle_\w+ \()(\d{1,2})\b`)

// slowConnect is curl's "after 135152 ms" on a connect failure: a connect
// that failed only after ten seconds or more waited for a reply that never
// came.
var slowConnect = regexp.MustCompile(`(?i)after (\d{5,}) ms: couldn'?t connect to server|after (\d{5,}) ms: could not co`)

// goLookup is Go's resolver failing: "lookup x on 10.0.0.2:53: …" names
// the resolver and whatever went wrong talking to it; the name did not
// resolve.
var goLookup = regexp.MustCompile(`lookup \S+ on \S+: `)

// classifyFailure returns what the text says went wrong, by failureOrder
// when it says several things.
func classifyFailure(text string) Failure {
	low := strings.ToLower(text)
	found := map[Failure]bool{}
	for f, phrases := range failurePhrases {
		for _, p := range phrases {
			if strings.Contains(low, p) {
				found[f] = true
				break
			}
		}
	}
	if strings.HasSuffix(strings.TrimRight(low, " \t\r\n"), " refused") {
		found[FailureRefused] = true
	}
	if !found[FailureTimeout] && timeoutSaid(low) {
		found[FailureTimeout] = true
	}
	if strings.Contains(text, "lookup ") && goLookup.MatchString(text) {
		found[FailureNoSuchHost] = true
	}
	errnoFailure(low, found)
	if strings.Contains(low, "curl") || strings.Contains(low, "errcode") || strings.Contains(low, "returned: ") {
		for _, m := range curlCode.FindAllStringSubmatch(text, 64) {
			switch m[1] {
			case "28":
				found[FailureTimeout] = true
			case "6":
				found[FailureNoSuchHost] = true
			}
		}
	}
	if strings.Contains(text, " ms: ") && slowConnect.MatchString(text) {
		found[FailureTimeout] = true
	}
	for _, f := range failureOrder {
		if found[f] {
			return f
		}
	}
	return FailureNone
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
