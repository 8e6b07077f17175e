package target

import (
	"net"
	"regexp"
	"strconv"
	"strings"
)

// addrFor finds the IP the program dialled for a name: an IP mention on the
// same line with the same port ("Get \"https://x/\": dial tcp 10.0.0.5:443"),
// or an IP paired with the name ("x/10.0.0.5", "x (10.0.0.5)").
func (s *scan) addrFor(c cand) string {
	for _, o := range s.cands {
		if o.line == c.line && o.port == c.port && net.ParseIP(o.host) != nil {
			return o.host
		}
	}
	// apt's evidence of the address it dialled: "[IP: 10.0.0.5 80]", on
	// the URL's line or on the indented line under it (apt 1.x prints
	// "Err:1 http://x/… pkg" then "  Connection failed [IP: 10.0.0.5 80]").
	for i := c.line; i <= c.line+1 && i < len(s.lines); i++ {
		line := s.text[s.lines[i].start:s.lines[i].end]
		if i > c.line && (line == "" || line[0] != ' ' && line[0] != '\t') {
			break
		}
		if !strings.Contains(line, "[IP: ") {
			continue
		}
		for _, m := range aptIP.FindAllStringSubmatch(line, 4) {
			if ip := net.ParseIP(m[1]); ip != nil && m[2] == strconv.Itoa(c.port) {
				return ip.String()
			}
		}
	}
	// A name a step line said it was resolving, then the address the
	// next line or the one after said it was connecting to (ZNC's
	// "initiating resolving of [colloquy.mobi]" then "connecting to
	// [2604:9a00:…::61]").
	if c.resolves {
		for _, o := range s.cands {
			if o.line > c.line && o.line-c.line <= 2 && o.steps && net.ParseIP(o.host) != nil {
				return o.host
			}
		}
	}
	for _, m := range s.pairsNear(c.host) {
		if strings.EqualFold(m[1], c.host) {
			if ip := net.ParseIP(m[2]); ip != nil {
				return ip.String()
			}
		}
	}
	if ip := libmsockAddr(s.text, c.host); ip != "" {
		return ip
	}
	if ip := esphomeAddr(s.text, c.host); ip != "" {
		return ip
	}
	if c.program == "smbclient" {
		if ip := s.sambaAddr(c); ip != "" {
			return ip
		}
	}
	if c.isURL {
		if ip := squidAddr(s.text); ip != "" {
			return ip
		}
		if ip := aria2Addr(s.text); ip != "" {
			return ip
		}
	}
	// curl's verbose "*   Trying [2a00:801:f::195]:80..." then "*
	// Immediate connect fail for 2a00:801:f::195: Network unreachable":
	// the address it dialled for the host, on its port.
	if ip, port := curlTriedFailed(s.text); ip != "" && (port == 0 || port == c.port) {
		return ip
	}
	return s.addrAfter(c)
}

// aria2Resolve is aria2's SocketCore failing to turn the address its
// resolver gave for the URI's host into a socket address:
// "[SocketCore.cc:437] errorCode=1 Failed to resolve the hostname
// 104.17.109.77, cause: System error" under "URI=https://x/…". The
// address is the one aria2 dialled for the URI's host.
var aria2Resolve = regexp.MustCompile(`\[SocketCore\.cc:[0-9]+\] errorCode=[0-9]+ Failed to resolve the hostname (` + reIP + `), cause`)

// aria2Addr returns the one address aria2's SocketCore failed on, "" when
// the text shows none or several.
func aria2Addr(text string) string {
	if !strings.Contains(text, "SocketCore.cc") {
		return ""
	}
	ip := ""
	for _, m := range aria2Resolve.FindAllStringSubmatch(text, 8) {
		if ip != "" && m[1] != ip {
			return ""
		}
		ip = m[1]
	}
	if net.ParseIP(ip) == nil {
		return ""
	}
	return ip
}

// squidAddr returns the address of Squid's "Connection to %I failed." in
// text, "" when there is none: the regex is tried only on a line holding
// one of the words its translations open (or, in Japanese and Turkish,
// end) with, as Squid writes them, at the first 16 such lines of each.
func squidAddr(text string) string {
	for _, w := range squidWords {
		rest, off := text, 0
		for n := 0; n < 16; n++ {
			k := strings.Index(rest, w)
			if k < 0 {
				break
			}
			line := lineAround(text, off+k, off+k+len(w))
			if m := squidConnectFail.FindStringSubmatch(line); m != nil {
				if ip := net.ParseIP(m[1] + m[2] + m[3]); ip != nil {
					return ip.String()
				}
			}
			rest, off = rest[k+len(w):], off+k+len(w)
		}
	}
	return ""
}

var squidWords = []string{"Connection to ", "Verbindung zu ", "La connexion ", "Conexión a ", "Conexão ", "connessione a ",
	"Verbinding ", "Соединение с ", "З'єднання з ", "Připojení k ", "Spojenie k ", "Anslutningen till ", "Kết nối đến ",
	"Conexiunea la ", "Връзката до ", "Sambungan ke ", "Povezava z ", "Konekcija ka ", "连接到 ", "Nieudane połączenie z ",
	"Neveiksmīgs savienojums ar ", " に接続できませんでした", " 'a bağlantı başarısız"}

// squidConnectFail is Squid's error page ERR_CONNECT_FAIL saying which
// address of the URL's host it dialled, "Connection to %I failed.", in the
// languages of its errors/*.po: de "Verbindung zu %I Fehlgeschlagen.", fr
// "La connexion %I a échouée.", es "Conexión a %I fallida.", pt-br
// "Conexão para %I falhou.", ru "Соединение с %I не удалось", ja "%I
// に接続できませんでした。", zh "连接到 %I 失败。" and the rest. The page
// names the URL it was retrieving; the address is its host's.
var squidConnectFail = regexp.MustCompile(`(?i)(?:(?:connection to|verbindung zu|la connexion|conexión a|conexão (?:para|com)|connessione a|verbinding (?:met|na)|соединение с|з'єднання з|připojení k|spojenie k|anslutningen till|kết nối đến|conexiunea la|връзката до|sambungan ke|povezava z|konekcija ka|连接到) (` + reIP + `) (?:failed|fehlgeschlagen|a échou|fallida|ha fallado|falhou|non è riuscita|mislukt|het misluk|не удалось|втрачено|selhalo|zlyhalo|misslyckades|bị lỗi|a e|не може|gagal|ni uspela|nije uspela|失败)` +
	`|(?:nieudane połączenie z|neveiksmīgs savienojums ar) (` + reIP + `)\.` +
	`|(` + reIP + `) (?:に接続できませんでした|'a bağlantı başarısız))`)

// addrAfter returns the one address the text dialled on c's port in the
// lines after c, when no other name is given that port there: the error
// that followed the name a mailer was connecting to ("connectMx for: {
// exchange: 'x' }" then Node's "address: '10.0.0.5', port: 25"). An
// address a failing line names as the destination without a port was
// dialled on the name's port (yum's "Could not retrieve mirrorlist
// http://x/…" then curl's "Failed to connect to 2001:db8::5: Network is
// unreachable").
func (s *scan) addrAfter(c cand) string {
	ip := ""
	for _, o := range s.cands {
		portless := o.port == 0 && o.role == roleDest && s.lines[o.line].err && net.ParseIP(o.host) != nil
		if o.line < c.line || o.line > c.line+10 || o.port != c.port && !portless || o.role == roleSource {
			continue
		}
		if net.ParseIP(o.host) == nil {
			if !strings.EqualFold(o.host, c.host) {
				return ""
			}
			continue
		}
		if ip != "" && ip != o.host {
			return ""
		}
		ip = o.host
	}
	return ip
}

// sambaConnecting is Samba's debug line (level 3, "smbclient -d 3") for
// each address it dials: "Connecting to 10.0.0.200 at port 445"
// (lib/util_sock.c).
var sambaConnecting = regexp.MustCompile(`^[ \t]*Connecting to (` + reIP + `) at port [0-9]{1,5}[ \t\r]*$`)

// sambaAddr returns the address smbclient's debug output says it dialled
// for c, "" when it names none or several: the "Connecting to x at port
// n" lines in the 40 above c's failure ("do_connect: Connection to name
// failed (Error NT_STATUS_CONNECTION_REFUSED)") back to the run's own
// start, after an earlier run's "do_connect:" line.
func (s *scan) sambaAddr(c cand) string {
	ip := ""
	for i := c.line - 1; i >= 0 && i >= c.line-40; i-- {
		line := s.text[s.lines[i].start:s.lines[i].end]
		if strings.Contains(line, "do_connect:") {
			break
		}
		m := sambaConnecting.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		if ip != "" && ip != m[1] {
			return ""
		}
		ip = m[1]
	}
	if net.ParseIP(ip) == nil {
		return ""
	}
	return ip
}

// libmsockTried is an address libmsock's verbose output (mailsend -v)
// says it tries, one a line under "libmsock: using getaddrinfo": " IPv6
// address: 2607:f8b0:400e:c03::6d", " IPv4 address: 74.125.129.108".
var libmsockTried = regexp.MustCompile(`(?m)^[ \t]*IPv[46] address: (` + reIP + `)[ \t\r]*$`)

// libmsockAddr returns the first address libmsock tried for host, ""
// when the text holds no libmsock output for it: the addresses follow
// "libmsock: using getaddrinfo", which follows, within three lines,
// mailsend's "Connecting to SMTP server: x at Port: 587" naming host.
// Addresses tried for another server (or for none the text names) are
// not host's.
func libmsockAddr(text, host string) string {
	const using, server = "libmsock: using getaddrinfo", "Connecting to SMTP server: "
	for off := 0; ; {
		k := strings.Index(text[off:], using)
		if k < 0 {
			return ""
		}
		k += off
		off = k + len(using)
		before := text[max(0, k-512):k]
		j := strings.LastIndex(before, server)
		if j < 0 || strings.Count(before[j:], "\n") > 3 {
			continue
		}
		line, _, _ := strings.Cut(before[j+len(server):], "\n")
		name, _, _ := strings.Cut(strings.TrimSpace(line), " ")
		if !strings.EqualFold(strings.Trim(name, `"'`), host) {
			continue
		}
		tried := text[off:]
		if next := strings.Index(tried, using); next >= 0 {
			tried = tried[:next]
		}
		if m := libmsockTried.FindStringSubmatch(tried); m != nil {
			if ip := net.ParseIP(m[1]); ip != nil {
				return ip.String()
			}
		}
	}
}

// esphomeLogStart is how ESPHome's log command begins with the device it
// reads over the native API (esphome/__main__.py: "Starting log output
// from %s using esphome API").
const esphomeLogStart = "Starting log output from "

// esphomeLogPort keeps a look-up of ESPHome's that failed for a device,
// on the native API's port 6053 when the log command started above it,
// within 8 KB, names that device ("INFO Starting log output from
// schalter.local using esphome API" then "WARNING Error resolving IP
// address of schalter.local. Is it connected to WiFi?"): its API server's
// documented default port. An upload's look-up names no port.
func esphomeLogPort(s *scan, i int, _ *extractor, _ string, _ []int, g map[string]string) bool {
	if g["port"] != "" {
		return true
	}
	for _, at := range s.markAbove(esphomeLogStart, s.lines[i].start, 8<<10) {
		line := s.text[at+len(esphomeLogStart):]
		if e := strings.IndexByte(line, '\n'); e >= 0 {
			line = line[:e]
		}
		name, rest, ok := strings.Cut(line, " ")
		if ok && strings.EqualFold(name, g["host"]) && strings.HasPrefix(rest, "using esphome API") {
			g["port"] = "6053"
			break
		}
	}
	return true
}

// esphomeResolved is the line ESPHome's OTA upload logs under "Resolving
// IP address of x" with the address it will dial: "INFO -> 192.168.8.106"
// (espota2.py's " -> %s", after the log level).
var esphomeResolved = regexp.MustCompile(`^[ \t]*(?:[A-Z]+[ \t]+)?-> (` + reIP + `)[ \t\r]*$`)

// esphomeAddr returns the address ESPHome resolved host to, "" when the
// text does not say: "Resolving IP address of x" ending its line, and
// the address alone after "->" on the next one, at the first 16 such
// lines.
func esphomeAddr(text, host string) string {
	const resolving = "Resolving IP address of "
	for off, n := 0, 0; n < 16; n++ {
		k := strings.Index(text[off:], resolving)
		if k < 0 {
			return ""
		}
		off += k + len(resolving)
		name, rest, _ := strings.Cut(text[off:], "\n")
		if !strings.EqualFold(strings.TrimRight(name, " \t\r"), host) {
			continue
		}
		next, _, _ := strings.Cut(rest, "\n")
		if m := esphomeResolved.FindStringSubmatch(next); m != nil {
			if ip := net.ParseIP(m[1]); ip != nil {
				return ip.String()
			}
		}
	}
	return ""
}

// aptIP is apt's "[IP: address port]".
var aptIP = regexp.MustCompile(`\[IP: (` + reIP + `) ([0-9]+)\]`)

// pairsNear returns the name/IP pairs (see namePairs) printed around the
// first occurrences of word in the text.
func (s *scan) pairsNear(word string) [][]string {
	var all [][]string
	for i, n := 0, 0; n < 16; n++ {
		k := strings.Index(s.text[i:], word)
		if k < 0 {
			break
		}
		k += i
		i = k + len(word)
		near := s.text[max(0, k-80):min(len(s.text), i+80)]
		for _, re := range namePairs {
			for _, m := range re.FindAllStringSubmatch(near, 4) {
				// A name here has a dot (a word before "(IP)" or
				// ": dial tcp IP" is not a name).
				if strings.Contains(m[1], ".") || strings.EqualFold(m[1], "localhost") {
					all = append(all, m)
				}
			}
		}
		if m := pgxHostDial.FindStringSubmatch(s.text[max(lineStart(s.text, k), k-300):min(len(s.text), i+8)]); m != nil && usableHost(m[1]) {
			all = append(all, []string{m[0], m[1], strings.Trim(m[2], "[]")})
		}
		for _, re := range reversedPairs {
			for _, m := range re.FindAllStringSubmatch(near, 4) {
				// A dotted name, or localhost for a loopback address
				// (pgx's "127.0.0.1:5432 (localhost): dial error"); a
				// dotless word ("(took 10s)") is no name.
				ip := strings.Trim(m[1], "[]")
				if strings.Contains(m[2], ".") && net.ParseIP(m[2]) == nil || loopbackName(m[2], ip) {
					all = append(all, []string{m[0], m[2], ip})
				}
			}
		}
	}
	return all
}

// pgxHostDial matches pgx's connect error, which names the host in its
// connection string and then the address it dialled for it:
// "failed to connect to `host=db user=postgres database=postgres`: dial
// error (dial tcp 172.19.0.3:5432: connect: connection refused)". The name
// counts with or without a dot (a Docker service's, "db"; groups: name,
// then IP).
var pgxHostDial = regexp.MustCompile("failed to connect to `host=(" + reHost + ")[^`\n]{0,200}`: dial error \\(dial tcp[46]? (" + reIP + `|\[[0-9a-fA-F:.]+\]):[0-9]`)
