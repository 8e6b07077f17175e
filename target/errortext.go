package target

import (
	"errors"
	"net"
	"regexp"
	"strconv"
	"strings"
)

// Fragments shared by the patterns below.
const (
	reHost     = `[A-Za-z0-9_][A-Za-z0-9_.\-]*`
	reIP       = `[0-9]{1,3}(?:\.[0-9]{1,3}){3}|[0-9a-fA-F:]*:[0-9a-fA-F:.]+`
	reHostPort = `\[[0-9a-fA-F:.]+\]:[0-9]+|[A-Za-z0-9_][A-Za-z0-9_.\-]*:[0-9]+`
	reURL      = `[a-zA-Z][a-zA-Z0-9+.\-]*://[^\s"'<>\]\)]+`
)

// pattern recognises one program's error message. Named groups: url, hp
// (host:port), host, port, addr (the IP the program dialled).
type pattern struct {
	program string
	re      *regexp.Regexp
	// port is used when the message names the host but not the port
	// (mysql's default, for instance).
	port int
}

func pat(program, expr string, port int) pattern {
	return pattern{program: program, re: regexp.MustCompile(expr), port: port}
}

// patterns are tried in order; the first that yields a host wins. Specific
// messages come before the generic Go "dial tcp" form they often wrap.
var patterns = []pattern{
	pat("Python", `HTTPS?ConnectionPool\(host='(?P<host>[^']+)', port=(?P<port>[0-9]+)\)`, 0),
	pat("psql", `connection to server at "(?P<host>[^"]+)"(?: \((?P<addr>`+reIP+`)\))?, port (?P<port>[0-9]+) failed`, 0),
	pat("psql", `server running on host "(?P<host>[^"]+)"(?: \((?P<addr>`+reIP+`)\))? and accepting\s+TCP/IP connections on port (?P<port>[0-9]+)`, 0),
	pat("psql", `could not translate host name "(?P<host>[^"]+)"`, 5432),
	pat("MySQL", `(?:Can't connect to MySQL server on|Unknown MySQL server host) '(?P<host>[^':]+)(?::(?P<port>[0-9]+))?'`, 3306),
	pat("git", `unable to access '(?P<url>`+reURL+`)'`, 0),
	pat("kubectl", `[Cc]onnection to the server (?P<hp>`+reHostPort+`) was refused`, 0),
	pat("kubectl", `Unable to connect to the server: (?:[^\n]*?(?:dial tcp|Get) "?(?P<url>`+reURL+`)?"?[^\n]*?dial tcp (?P<hp>`+reHostPort+`)|[^\n]*?dial tcp (?P<hp2>`+reHostPort+`))`, 0),
	pat("Docker", `Error response from daemon: (?:Get|Head|Post) "(?P<url>`+reURL+`)"`, 0),
	pat("curl", `Failed to connect to (?P<host>`+reHost+`|`+reIP+`) port (?P<port>[0-9]+)`, 0),
	pat("curl", `Could not resolve (?:host|proxy): (?P<host>`+reHost+`)`, 0),
	pat("ssh", `ssh: connect to host (?P<host>\S+) port (?P<port>[0-9]+)`, 0),
	pat("ssh", `ssh: Could not resolve hostname (?P<host>`+reHost+`)`, 22),
	pat("Node.js", `(?:connect|read|write) (?:ETIMEDOUT|ECONNREFUSED|EHOSTUNREACH|ENETUNREACH|ECONNRESET) (?P<hp>`+reHostPort+`)`, 0),
	pat("Node.js", `getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?P<host>`+reHost+`)`, 0),
	pat("Java", `Connect to (?P<hp>`+reHostPort+`) \[[^/\]]*/(?P<addr>`+reIP+`)\] failed`, 0),
	pat("Java", `(?:ConnectException|ConnectTimeoutException|SocketTimeoutException|NoRouteToHostException)[^\n]*?: (?P<host>`+reHost+`)/(?P<addr>`+reIP+`):(?P<port>[0-9]+)`, 0),
	pat("Java", `UnknownHostException: (?P<host>`+reHost+`)`, 0),
	pat("Go", `(?:Get|Post|Put|Patch|Delete|Head|Options) "(?P<url>`+reURL+`)"`, 0),
	pat("Go", `dial tcp[46]? (?P<hp>`+reHostPort+`)`, 0),
	pat("Go", `dial tcp[46]?: lookup (?P<host>`+reHost+`)`, 0),
	pat("", `(?P<url>`+reURL+`)`, 0),
	pat("", `(?:^|[\s(,'"=@])(?P<hp>`+reHostPort+`)(?:$|[\s),'".;])`, 0),
}

// programMarkers name the program when the pattern that found the host is a
// generic one. The first marker found in the text wins.
var programMarkers = []struct{ marker, program string }{
	{"fatal: unable to access", "git"},
	{"curl: (", "curl"},
	{"ssh: ", "ssh"},
	{"Unable to connect to the server", "kubectl"},
	{"Error response from daemon", "Docker"},
	{"urllib3", "Python"},
	{"requests.exceptions", "Python"},
	{"ConnectionPool(", "Python"},
	{"System.Net", ".NET"},
	{"SocketException", ".NET"},
	{"java.", "Java"},
	{"psql:", "psql"},
	{"ERROR 2003", "MySQL"},
	{"ETIMEDOUT", "Node.js"},
	{"ECONNREFUSED", "Node.js"},
	{"dial tcp", "Go"},
	{"i/o timeout", "Go"},
}

var dialAddr = regexp.MustCompile(`dial tcp[46]? (` + reHostPort + `)`)

// parseErrorText finds the target named in a pasted error message.
func parseErrorText(input, text string) (Target, error) {
	failure := classifyFailure(text)
	program := detectProgram(text)
	for _, p := range patterns {
		t, ok := p.apply(text)
		if !ok {
			continue
		}
		t.Input, t.Kind, t.Failure = input, KindError, failure
		if t.Program = p.program; t.Program == "" {
			t.Program = program
		}
		if t.Addr == "" && !t.IsIP() {
			t.Addr = dialledAddr(text)
		}
		return t, nil
	}
	return Target{}, noTarget(input, program, failure)
}

// apply runs the pattern and builds a target from the first match whose
// groups make a plausible target.
func (p pattern) apply(text string) (Target, bool) {
	for _, m := range p.re.FindAllStringSubmatchIndex(text, 20) {
		if t, ok := p.build(text, m); ok {
			return t, true
		}
	}
	return Target{}, false
}

// build makes a target from one match's named groups.
func (p pattern) build(text string, m []int) (Target, bool) {
	g := map[string]string{}
	for i, name := range p.re.SubexpNames() {
		if name != "" && m[2*i] >= 0 {
			g[strings.TrimRight(name, "0123456789")] = text[m[2*i]:m[2*i+1]]
		}
	}
	var t Target
	var err error
	switch {
	case g["url"] != "":
		t, err = parseURL(strings.TrimRight(g["url"], ".,;:"))
	case g["hp"] != "":
		t, err = parsePlain(g["hp"])
	case g["host"] != "" && g["port"] != "":
		t, err = parsePlain(net.JoinHostPort(strings.Trim(g["host"], "[]"), g["port"]))
	case g["host"] != "" && p.port != 0:
		t, err = parsePlain(net.JoinHostPort(strings.Trim(g["host"], "[]"), strconv.Itoa(p.port)))
		t.PortFrom = PortAssumed
	case g["host"] != "":
		t, err = parsePlain(g["host"])
	default:
		return Target{}, false
	}
	if err != nil || isSourceFile(t.Host) {
		return Target{}, false
	}
	if a := net.ParseIP(g["addr"]); a != nil {
		t.Addr = a.String()
	}
	t.Evidence = lineAround(text, m[0], m[1])
	return t, true
}

// sourceExts are file name endings that, followed by ":N", are stack-trace
// line references (Foo.java:42, main.go:17) rather than host:port.
var sourceExts = []string{".java", ".kt", ".scala", ".go", ".py", ".js", ".mjs", ".cjs", ".ts", ".cs", ".rb", ".php", ".c", ".cc", ".cpp", ".h", ".rs", ".swift", ".log"}

func isSourceFile(host string) bool {
	for _, e := range sourceExts {
		if strings.HasSuffix(host, e) {
			return true
		}
	}
	return false
}

// dialledAddr returns the IP in a Go "dial tcp IP:port" fragment, if any.
func dialledAddr(text string) string {
	m := dialAddr.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	host, _, err := net.SplitHostPort(m[1])
	if ip := net.ParseIP(host); err == nil && ip != nil {
		return ip.String()
	}
	return ""
}

func detectProgram(text string) string {
	for _, m := range programMarkers {
		if strings.Contains(text, m.marker) {
			return m.program
		}
	}
	return ""
}

// noTarget explains that the text was read but named no host.
func noTarget(input, program string, failure Failure) error {
	e := &ParseError{Input: input, Program: program, Failure: failure, err: ErrNoTarget,
		Hint: "enter the host, host:port or URL the program was trying to reach"}
	switch {
	case program != "" && failure != FailureNone:
		e.Reason = "the " + program + " message says " + failure.Text() + " but does not name the host"
	case failure != FailureNone:
		e.Reason = "the message says " + failure.Text() + " but does not name the host"
	default:
		e.Reason = "no host, address or URL found in the text"
	}
	return e
}

// IsNoTarget reports whether err means the text named no host.
func IsNoTarget(err error) bool { return errors.Is(err, ErrNoTarget) }

// lineAround returns the line of text holding [start,end), trimmed and cut
// to a readable length.
func lineAround(text string, start, end int) string {
	ls := strings.LastIndexByte(text[:start], '\n') + 1
	le := strings.IndexByte(text[end:], '\n')
	if le < 0 {
		le = len(text)
	} else {
		le += end
	}
	line := strings.TrimSpace(text[ls:le])
	if r := []rune(line); len(r) > 300 {
		line = string(r[:300]) + "…"
	}
	return line
}
