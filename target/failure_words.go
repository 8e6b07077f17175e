package target

import (
	"regexp"
	"strings"
)

// identifierEnds are the last words of identifiers that name a failure:
// exception and error types, status names ("TimedOut").
// (Not "timeout": "setTimeout", "listOnTimeout" are functions.)
var identifierEnds = []string{"exception", "error", "err", "failure", "failed", "fault", "exceeded", "expired",
	"timedout", "refused", "reset", "unreachable", "unavailable"}

// splitIdentifiers writes the words of CamelCase failure names apart, so
// the phrases that say what failed are found in them:
// "ConnectionRefusedError" → "Connection Refused Error",
// "SSLHandshakeException" → "SSL Handshake Exception", PowerShell's
// "TimedOut" → "Timed Out". Other identifiers ("timeoutMs") are left whole.
func splitIdentifiers(text string) string {
	var b strings.Builder
	done := 0
	for i := 0; i < len(text); {
		if !isLetter(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && (isLetter(text[j]) || isDigit(text[j])) {
			j++
		}
		word := text[i:j]
		if cuts := camelCuts(word); len(cuts) > 0 && endsLikeFailure(word) {
			b.Grow(len(text) + 8)
			b.WriteString(text[done:i])
			last := 0
			for _, c := range cuts {
				b.WriteString(word[last:c])
				b.WriteByte(' ')
				last = c
			}
			b.WriteString(word[last:])
			done = j
		}
		i = j
	}
	if done == 0 {
		return text
	}
	b.WriteString(text[done:])
	return b.String()
}

// camelCuts returns where the words of a CamelCase identifier start (after
// the first): before an upper-case letter that follows a lower-case one or
// a digit, or that starts a word after an acronym ("SSLHandshake").
func camelCuts(w string) []int {
	var cuts []int
	for k := 1; k < len(w); k++ {
		if !isUpper(w[k]) {
			continue
		}
		if isLower(w[k-1]) || isDigit(w[k-1]) || isUpper(w[k-1]) && k+1 < len(w) && isLower(w[k+1]) {
			cuts = append(cuts, k)
		}
	}
	return cuts
}

// endsLikeFailure reports whether the identifier ends in one of
// identifierEnds as a word of its own ("SocketErr", "TimedOut",
// "ECONNREFUSED"), not inside one ("ResponseTimeoutDefault" ends in
// "Default", not "fault").
func endsLikeFailure(w string) bool {
	l := strings.ToLower(w)
	for _, e := range identifierEnds {
		if strings.HasSuffix(l, e) && (len(l) == len(e) || !isLower(w[len(w)-len(e)])) {
			return true
		}
	}
	return false
}

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func isLower(c byte) bool { return c >= 'a' && c <= 'z' }

// refusedSaid reports whether the lower-case text says a connection was
// refused in words of its own ("Connection to x refused", "the server
// refused the connection"): "refused" as a word, and the text is about
// connecting ("Server refused our key" is not). It is the weakest sign:
// Apache HttpClient's "Connection to x refused: Connection timed out"
// wraps every failed connect in it, so it counts only when nothing else is
// said.
func refusedSaid(low string) bool {
	for from := 0; ; {
		k := strings.Index(low[from:], "refused")
		if k < 0 {
			return false
		}
		k += from
		from = k + 7
		if (k == 0 || !isLetter(low[k-1])) && (from >= len(low) || !isLetter(low[from])) {
			return strings.Contains(low, "connect")
		}
	}
}

// resolveFailed reports whether the lower-case text says a name did not
// resolve in words no phrase lists: "failed to resolve host", "cannot
// resolve 'x'", "hostname resolution failed". What is resolved must be a
// host or name ("Could not resolve dependencies" is not): a word saying
// so, a quoted host name, Zabbix's name in brackets ("cannot resolve
// [zabbix-server]", its getaddrinfo failure, whatever the name), or a
// bare domain name that ends the clause ("Failed to resolve
// dyndns.yunohost.org"; not an address, "Failed to resolve 192.168.1.10",
// a reverse look-up, nor Gradle's "Could not resolve
// com.android.tools.build:gradle:3.0.1" nor a module path).
func resolveFailed(low string) bool {
	// The three expressions match within a line, each holding "resol": a
	// line is read once however often a pasted log repeats it.
	seen := map[string]bool{}
	addresses := 8 // mentions of an address passed over, at most
	for line := range linesHolding(low, "resol") {
		if seen[line] {
			continue
		}
		seen[line] = true
		if !strings.Contains(line, " resolve ") && !strings.Contains(line, " resolving ") {
			continue // every match of resolveNamed holds one
		}
		for off := 0; off < len(line) && addresses > 0; {
			m := resolveNamed.FindStringSubmatchIndex(line[off:])
			if m == nil {
				break
			}
			if m[4] >= 0 && !lookedUp(line[off+m[4]:off+m[5]]) {
				off += m[1] // an address, the next mention on
				addresses--
				continue
			}
			named := line[off+max(m[2], m[4], 0) : off+max(m[3], m[5], 0)]
			return named == "" || hostLike(strings.Trim(named, "'\"`‘’“”"))
		}
	}
	for line := range seen {
		if resolutionSaid(line) && resolutionFailed.MatchString(line) || resolveAlone.MatchString(line) {
			return true
		}
	}
	// "Host x cannot be resolved", "Hostname can not be resolved: x"; not
	// a compiler's "x cannot be resolved to a type". Only the first four
	// mentions count.
	left := 4
	matches := map[string]int{}
	for line := range linesHolding(low, "resol") {
		n, ok := matches[line]
		if !ok {
			var ms [][]int
			if strings.Contains(line, "not be resolved") { // every match of beResolved holds it
				ms = beResolved.FindAllStringSubmatchIndex(line, 4)
			}
			for _, m := range ms[:min(len(ms), left)] {
				named := m[2] < 0 || hostLike(strings.Trim(line[m[2]:m[3]], " '\"`"))
				if named && !strings.HasPrefix(line[m[1]:], " to ") {
					return true
				}
			}
			n = len(ms)
			matches[line] = n
		}
		if left -= n; left <= 0 {
			return false
		}
	}
	return false
}

// resolutionSaid reports whether some "resol" in line, with the word
// characters after it, is followed by a word resolutionFailed ends with:
// a line without one holds no match, and a long line is read once by
// this loop instead of by the expression.
func resolutionSaid(line string) bool {
	for i := 0; ; {
		k := strings.Index(line[i:], "resol")
		if k < 0 {
			return false
		}
		i += k + len("resol")
		j := i
		for j < len(line) && (isWordByte(line[j]) || 'A' <= line[j] && line[j] <= 'Z') { // \w
			j++
		}
		rest := line[j:]
		if strings.HasPrefix(rest, " failed") || strings.HasPrefix(rest, " failure") || strings.HasPrefix(rest, " error") || strings.HasPrefix(rest, " timed out") {
			return true
		}
	}
}

// lookedUp reports whether a lower-case dotted name has a letter in its
// last label: a name one looks up, not an address ("192.168.1.10"), which
// is never looked up.
func lookedUp(name string) bool {
	return strings.ContainsAny(name[strings.LastIndexByte(name, '.')+1:], "abcdefghijklmnopqrstuvwxyz")
}

var (
	resolveNamed = regexp.MustCompile(`(?:could ?n[o']t|can'?t|can ?not|unable to|failed to|fail(?:ed|ure)? (?:to|while)|error|not) resolv(?:e|ing)(?: the)? (?:(?:host|hostname|host name|name|address|domain|dns|proxy|server|remote)\b|` +
		`(['"` + "`" + `‘“][a-z0-9_.\-]+['"` + "`" + `’”])|\[[a-z0-9_.\-]+\]|([a-z0-9_\-]+(?:\.[a-z0-9_\-]+)+)(?:$|[\s,;)]|\.(?:$|\s)))`)
	beResolved = regexp.MustCompile(`\b(?:host ?name|host|server|domain|address)( ['"` + "`" + `]?[a-z0-9_.\-]+['"` + "`" + `]?)? can ?not be resolved`)
	// A resolver's failure that names nothing after it, ending the
	// line: shadowsocks-libev's "ss-server: ERROR: unable to resolve".
	resolveAlone     = regexp.MustCompile(`(?:unable to|could ?n[o']t|can'?t|can ?not|failed to) resolve\.?\s*$`)
	resolutionFailed = regexp.MustCompile(`(?:host|name|dns|address|domain) ?resol\w* (?:failed|failure|error|timed out)`)
)
