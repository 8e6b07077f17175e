package target

import (
	"regexp"
	"strings"
)

// connectedWords are wget's "connected." in every language its messages
// are translated to (wget's po/*.po, msgid "connected.\n"), lower-cased:
// the outcome it prints after the ellipsis of "Connecting to x
// (x)|10.0.0.5|:443... ".
var connectedWords = []string{"connected", "далучэньне ўсталявана", "успешно свързване", "connectat", "spojeno",
	"forbundet", "verbunden", "συνδέθηκε", "konektita", "conectado", "ühendus loodud", "konektatua", "yhdistetty",
	"connecté", "ceangailte", "spojen", "kapcsolódva", "terhubung", "connesso", "接続しました", "prisijungta",
	"połączono", "conectat", "соединение установлено", "pripojené", "priključen", "повезано",
	"ansluten", "bağlantı kuruldu", "під'єднано", "đã kết nối", "已连接", "連上了"}

// stepSucceeded reports whether a lower-case line announces a step and
// says, after its ellipsis, that the step worked: wget's "Connecting to x
// (x)|10.0.0.5|:443... connected." in any language ("正在连接 …|:443...
// 已连接。"). Such a line reports no failure, though it names the host and
// address as a failing connect does; a redirect's next connection, or the
// next address, is the one that failed.
func stepSucceeded(low string) bool {
	k := strings.LastIndex(low, "...")
	n := 3
	if j := strings.LastIndex(low, "…"); j > k {
		k, n = j, len("…")
	}
	if k < 0 {
		return false
	}
	after := strings.TrimLeft(low[k+n:], " \t")
	for _, w := range connectedWords {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return false
}

// connectedAfterFailing reports whether mention c, the best the text
// gives, is only a connection that worked after the failure: its line
// fails nothing and says the program connected to it ("[INFO] connected
// to rpc endpoint https://collab.zed.dev/rpc", Zed's log after "[ERROR]
// failed to connect request or operation took longer than the configured
// timeout time" named no host), a line above it fails and none below it
// does. A host that worked is not what failed; a failure after the
// connect (a reset) would be on a line below it.
func (s *scan) connectedAfterFailing(c cand) bool {
	if s.lines[c.line].err {
		return false
	}
	ln := s.lines[c.line]
	if c.pos < ln.start || c.pos > ln.end {
		return false // a mention read for another line (a wrapped one)
	}
	before := strings.ToLower(s.text[ln.start:c.pos])
	k := strings.LastIndex(before, "connected to ")
	if k < 0 || len(strings.Fields(before[k+len("connected to "):])) > 3 {
		return false
	}
	if lead := before[:k]; strings.HasSuffix(lead, "not ") || strings.HasSuffix(lead, "dis") || strings.HasSuffix(lead, "un") {
		return false
	}
	above := false
	for i := range s.lines {
		if i != c.line && s.lineFailsAt(i) {
			if i > c.line {
				return false
			}
			above = true
		}
	}
	return above
}

// httpAnswer is an HTTP status a server answered with, as a client's error
// reports it: Twisted's and Synapse's "Non-200 response 404", "status code
// 404", "returned 503", "404 Not Found".
var httpAnswer = regexp.MustCompile(`non-200 response|\b(?:status(?: ?code)?|response code|returned|http error)[ :=]*[1-5][0-9]{2}\b|\b[45][0-9]{2} (?:not found|forbidden|unauthorized|bad request|internal server error)\b`)

// httpAnswered reports whether a lower-case line reports an HTTP status a
// server answered with: a request that reached its server, not a connect
// that failed. Such a line, when it states no failure kind of its own,
// fails nothing a connection check can test; a line that does (Synapse's
// "Key lookup failed from 'matrix.org': Failed to connect to remote
// server" above it) names the target.
func httpAnswered(low string) bool {
	return httpAnswer.MatchString(low)
}

// stepFailedBelow makes a failing line of a step naming a URL the
// program was about to use when the next line states how a connection
// failed but names nothing (Graylog's "Checking Elasticsearch HTTP API at
// http://localhost:9200/" then "Could not connect to Elasticsearch:
// Connection refused"; Homebrew's "==> Downloading https://x/…" then
// "curl: (35) … wrong version number"): the step failed, as the line below
// says. When no other failing line that names a host states a kind (see
// scan.stepKindOnly), the step beats them: Graylog's earlier "failed to
// send join request to master [inet[/127.0.0.1:9300]]" was answered by
// the node, and says nothing of a connect. A line that is no step ("url
// is http://localhost:8080", s3fs's setting, above the retried request's
// "[url=http://bucket.localhost…]") is not made one. A step naming a
// host and its port may be up to stepGap lines above, the lines between
// naming no host and stating no failure (Mosquitto's "Connecting bridge
// test (120.26.111.85:9618)", then "Bridge x sending CONNECT", then
// "Error creating bridge: Connection refused."): the last such step above
// is the one that failed, not an earlier bridge's. A step naming a host
// whose port the program's words give counts as one naming its port
// (urllib3's "Starting new HTTPS connection (1): pypi.org", two lines
// above its "Retrying (…) after connection broken by …: /simple/x/").
func (s *scan) stepFailedBelow() {
	c := 0
	for i := 1; i < len(s.lines); i++ {
		for c < len(s.cands) && s.cands[c].line < i-stepGap {
			c++
		}
		step, below := -1, false
		for k := c; k < len(s.cands) && s.cands[k].line <= i; k++ {
			o := s.cands[k]
			switch {
			case o.line == i:
				below = true
			case o.role != roleSource && o.pos >= s.lines[o.line].start &&
				(o.line == i-1 && o.isURL || (o.portFrom == PortExplicit || o.defPort != 0) && !o.isURL && o.strength <= plain):
				step = k // the last one above wins
			}
		}
		if step < 0 || below || !s.statesKind(i) {
			continue
		}
		at := s.cands[step].line
		if s.lines[at].err || !s.quietBetween(at, i) {
			continue
		}
		if stepVerb.MatchString(s.wordsBefore(s.cands[step])) {
			s.lines[at].err, s.lines[at].kindBelow = true, true
			s.stepKindOnly = true
		}
	}
	if !s.stepKindOnly {
		return
	}
	// A failing line that names a host and states a kind itself keeps
	// the usual order (earliest first).
	for _, o := range s.cands {
		if ln := s.lines[o.line]; ln.err && !ln.kindBelow && s.statesKind(o.line) {
			s.stepKindOnly = false
			return
		}
	}
}

// wordsBefore returns the words of c's line before its host, lower-case:
// those before the mention, and a mention's own words before the host
// (urllib3's "Starting new HTTPS connection (1): pypi.org").
func (s *scan) wordsBefore(c cand) string {
	end := c.pos
	if k := strings.Index(strings.ToLower(s.text[c.pos:c.end]), strings.ToLower(c.host)); k > 0 {
		end += k
	}
	return strings.ToLower(s.text[s.lines[c.line].start:end])
}

// stepGap is how many lines above the failure a host:port step may be.
const stepGap = 3

// quietBetween reports whether the lines strictly between a and b name no
// host (no candidate) and state no failure.
func (s *scan) quietBetween(a, b int) bool {
	for _, o := range s.cands {
		if o.line > a && o.line < b {
			return false
		}
	}
	for j := a + 1; j < b; j++ {
		if s.statesKind(j) || s.lines[j].err {
			return false
		}
	}
	return true
}

// stepVerb is a step a program announces before the URL it is about to
// use: "Checking … at", "==> Downloading", "Fetching", "Connecting to",
// "Starting new HTTPS connection (1):".
var stepVerb = regexp.MustCompile(`\b(?:checking|connecting|downloading|fetching|trying|requesting|contacting|testing|pulling|probing|retrieving|starting new)\b`)
