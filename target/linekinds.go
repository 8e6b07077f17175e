package target

import "strings"

// signatureWords are what apt (and gpgv under it) says when a
// repository's signature could not be checked: apt-pkg's "GPG error: %s
// %s: %s", "The following signatures couldn't be verified because the
// public key is not available: NO_PUBKEY …", "The following signatures
// were invalid: EXPKEYSIG …", gpgv's status words. The download worked.
var signatureWords = []string{"gpg error:", "no_pubkey", "signatures couldn't be verified", "signatures were invalid",
	"expkeysig", "keyexpired", "badsig ", "errsig "}

// signatureWarning reports whether a line only says a signature could
// not be checked: its URL names a host that answered, no failing hop.
func signatureWarning(low string) bool { return containsAny(low, signatureWords) }

// signatureBelow reports whether the line after line i is indented and
// says a signature could not be checked: the reason apt 1.x prints under
// an "Err:1 http://x … InRelease" item.
func (s *scan) signatureBelow(i int) bool {
	if i+1 >= len(s.lines) {
		return false
	}
	next := s.text[s.lines[i+1].start:s.lines[i+1].end]
	return next != "" && (next[0] == ' ' || next[0] == '\t') && signatureWarning(strings.ToLower(next))
}

// isWarningLine reports whether a line only warns: it says "warning" and
// reports no failure.
func isWarningLine(low string) bool {
	return strings.Contains(low, "warning") && !lineFails(low)
}

// listenerWords mark a line announcing the program's own listening address.
var listenerWords = []string{"listening on", "listening at", "listens on", "listen on", "started at", "started on", "starting on",
	"running at http", "running on http", "serving on", "serving at", "serving http", "server started", "bound to",
	"visit me at",                                                 // Celery Flower's "Visit me at http://127.0.0.1:5555"
	"wait for tcp connection on", "waiting for tcp connection on"} // wstunnel's client: "WAIT for tcp connection on localhost:8001"

// isListenerLine reports whether a line announces where the program itself
// listens, and reports no failure.
func isListenerLine(low string) bool {
	for _, w := range listenerWords {
		if strings.Contains(low, w) {
			return !lineFails(low)
		}
	}
	// A server of its own the program starts, named before "on":
	// cloudflared's "Starting metrics server on 127.0.0.1:20241/metrics",
	// "Started HTTP server on :8080". "Connecting to server on x" is a
	// step, no listener.
	if strings.Contains(low, " server on ") && (strings.Contains(low, "starting ") || strings.Contains(low, "started ")) {
		return !lineFails(low)
	}
	return false
}

// bindFailWords mark a line saying the program could not listen or bind
// on an address of its own: Go's "listen tcp4 0.0.0.0:80: bind: address
// already in use" (tcp, tcp4, tcp6, udp…), Node's "Error: listen
// EADDRINUSE: address already in use 0.0.0.0:3000" and dgram's "bind
// EADDRINUSE 0.0.0.0:5353", nginx's "bind() to 0.0.0.0:80 failed (98:
// Address already in use)", Python asyncio's "error while attempting to
// bind on address ('0.0.0.0', 8080): address already in use".
var bindFailWords = []string{"listen tcp", "listen udp", "listen eaddrinuse", "listen eacces", "bind eaddrinuse",
	"bind() to ", "attempting to bind on address"}

// boundWords, just before a mention on such a line, make it the address
// the program could not listen or bind on. A name Go looked up first
// ("listen tcp: lookup localhost on 8.8.8.8:53: no such host") is none of
// them: the lookup failed.
var boundWords = []string{"listen tcp", "listen tcp4", "listen tcp6", "listen udp", "listen udp4", "listen udp6",
	"listen eaddrinuse", "listen eacces", "bind eaddrinuse", "address already in use", "bind() to",
	"attempting to bind on address"}

// bindingWords, just before a mention on a line that reports no failure,
// make it the address the program binds to listen on: Fluent Bit's
// "[ info] [in_tcp] binding 0.0.0.0:5170". On a failing line the words are
// a client's ("Unable to bind to server ldap.example.com:389", an LDAP
// bind), and elsewhere on the line ("binding = epm.hept_map(dc_ip, …)")
// they name nothing.
var bindingWords = []string{"binding", "binding to", "bind to"}

// dropOwn drops the candidates from n that the line (low, lower-cased,
// starting at lineStart in the text) gives as the program's own address,
// not one it failed to reach: on a line saying it could not listen or bind
// (bindFailWords), those just after boundWords ("listen tcp4 0.0.0.0:80:
// bind: address already in use"); on a line that reports no failure,
// those just after bindingWords ("binding 0.0.0.0:5170"); on a line
// announcing where it listens (isListenerLine: "server started at
// http://0.0.0.0:7300"), all of them.
func (s *scan) dropOwn(n int, low string, lineStart int) {
	if containsAny(low, bindFailWords) {
		s.dropAfter(n, low, lineStart, boundWords)
	}
	if len(s.cands) > n && strings.Contains(low, "bind") && containsAny(low, bindingWords) && !lineFails(low) {
		s.dropAfter(n, low, lineStart, bindingWords)
	}
	if len(s.cands) > n && isListenerLine(low) {
		s.cands = s.cands[:n]
	}
}

// dropAfter drops the candidates from n on the line (low, starting at
// lineStart) that come just after one of words.
func (s *scan) dropAfter(n int, low string, lineStart int, words []string) {
	kept := s.cands[:n]
	for _, c := range s.cands[n:] {
		k := c.pos - lineStart
		if k < 0 || k > len(low) || !hasSuffixAny(strings.TrimRight(low[:k], " \t\"'([{"), words) {
			kept = append(kept, c)
		}
	}
	s.cands = kept
}

// hasSuffixAny reports whether s ends with one of words.
func hasSuffixAny(s string, words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// errorWords mark a line that reports a failure even when it does not say
// which one.
var errorWords = []string{"error", "err!", "err:", "fail", "unable", "could not", "couldn't", "cannot", "can not", "can't",
	"refused", "exception", "fatal", "not responding", "is down", "unreachable", "no route", "timed out",
	"timeout", "denied", "rejected", "problem", "broken", "abort", "reset", "severe", "panic", "not be established",
	"拒绝", "失败", "失敗", "超时", "错误", "无法", "fehler", "erreur", "ошибка", "エラー",
	"не удалось", // "could not" (Aspia's "Не удалось подключиться к маршрутизатору x")
}

// lineFails reports whether a line reports a failure.
func lineFails(low string) bool {
	if mayHoldTimeoutSetting(low) {
		// A timeout option given its value states none: "-o
		// ConnectTimeout=15", the source line that made a request,
		// "requests.get('http://x', timeout=(6.05, 27.05), …)".
		low = unsetTimeouts(low)
	}
	tags := failureIndex.scan(low)
	return tags&errorWordTag != 0 || classifyLow(low, low, tags) != FailureNone
}

func (s *scan) lineFailsAt(i int) bool {
	return s.failsAt(i, strings.ToLower(s.text[s.lines[i].start:s.lines[i].end]))
}

// failsAt is lineFails for line i (low is its text, lower-cased), read once
// a line.
func (s *scan) failsAt(i int, low string) bool {
	ln := &s.lines[i]
	if ln.fails == 0 {
		fails := s.lowFails(low)
		ln.fails = -1
		if fails {
			ln.fails = 1
		}
	}
	return ln.fails > 0
}

// classifyLine is classifyFailure of a line's text, lower-cased or as
// written (summaryless weighs kinds a line's capitals say:
// "ConnectionRefusedError"), read once for the paste: a line a log repeats
// ("curl: (6) Could not resolve host: x" down 1 MB) is classified once,
// not once for each word a rule asks about. The text read is the key, so
// both readings share the memo.
func (s *scan) classifyLine(text string) Failure {
	return memo(&s.kinds, text, 0, func() Failure { return classifyFailure(text) })
}
