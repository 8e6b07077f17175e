package target

import (
	"net/url"
	"strings"
)

// urls adds every URL on the line that is not a help link; one the program
// was fetching ("Get URL", "for URL", "unable to access 'URL'") is stronger.
func (s *scan) urls(i int, line, low string) {
	base := s.lines[i].start
	for _, m := range urlIndexes(line, 8) {
		before := low[max(0, m[0]-30):m[0]]
		if !nodeFetchFailed(before, low[m[1]:]) && (isHelpURL(before, low[m[0]:m[1]]) || checkForHelp(before, low[m[1]:]) || persistAdvice(low[:m[0]]) || sponsorCredit(low[:m[0]])) && !readFailedBefore(low[:m[0]]) {
			continue
		}
		if strings.TrimSpace(low[:m[0]]) == "" && (s.helpAbove(i, low) || s.bannerAbove(i)) {
			continue
		}
		c := cand{strength: plain, line: i, pos: base + m[0], end: base + m[1]}
		for _, w := range requestWords {
			if strings.Contains(before[max(0, len(before)-12):], w) {
				c.strength = structured
				break
			}
		}
		if c.strength == structured && connectedBefore(before) && !s.lineFailsAt(i) {
			// A success names a host that was reached ("[I …] Connected
			// to amqp://x:5672//", Celery's), no URL being requested.
			c.strength = plain
		}
		c.req = methodBefore(before)
		c.keyed = urlKeyBefore(before)
		if failedFetch(low[:m[0]]) {
			c.strength = phrase
		}
		raw := gluedParen(line[m[0]:m[1]])
		c.end = c.pos + len(raw)
		if truncatedURL(raw, line[m[0]+len(raw):]) {
			continue
		}
		if maskedURLHost(raw, line[m[0]+len(raw):]) {
			if lineFails(low) {
				s.placeholder = true
				s.lines[i].redacted = max(s.lines[i].redacted, c.strength)
			}
			continue
		}
		if m[1] == len(line) && strings.HasSuffix(raw, ":") && i+1 < len(s.lines) {
			// A terminal wrapped the URL after "host:"; the port starts
			// the next line.
			next := s.text[s.lines[i+1].start:s.lines[i+1].end]
			k := 0
			for k < len(next) && isDigit(next[k]) {
				k++
			}
			raw += next[:k]
		}
		if s.setURL(&c, raw) {
			s.push(c)
		} else if u, err := url.Parse(strings.TrimRight(raw, urlTrail)); err == nil && isPlaceholder(u.Hostname()) && lineFails(low) {
			s.placeholder = true
			s.lines[i].redacted = max(s.lines[i].redacted, c.strength)
		}
	}
}

// codeReference reports whether before, lower-cased, ends in an errno
// code in parentheses and the parenthesis that opens the URL: the code's
// reference, http-proxy-middleware's "(ECONNREFUSED)
// (https://nodejs.org/api/errors.html#errors_common_system_errors)", in
// any spacing a translator gave the URL.
func codeReference(before string) bool {
	b, ok := strings.CutSuffix(before, ") (")
	if !ok {
		return false
	}
	k := strings.LastIndexByte(b, '(')
	if k < 0 || len(b)-k < 4 || b[k+1] != 'e' {
		return false
	}
	for _, r := range b[k+2:] {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// gluedParen returns raw up to a '(' in its host and port: no name or
// port holds one, so the URL ended there and a note glued to it began,
// http-proxy-middleware's "to http://localhost:3000(ECONNRESET)". A '('
// before an '@' is a password's.
func gluedParen(raw string) string {
	k := strings.Index(raw, "://")
	auth := raw[k+3:]
	if e := strings.IndexAny(auth, "/?#"); e >= 0 {
		auth = auth[:e]
	}
	p := strings.IndexByte(auth, '(')
	if p < 0 || strings.IndexByte(auth[p:], '@') >= 0 {
		return raw
	}
	return raw[:k+3+p]
}

// setURL is c.setURL(raw), remembered for the paste: what it makes of a
// URL depends on the URL and on c's strength and request marks alone, so a
// paste that repeats one ("mysql://db:3307/x" a line) parses it once.
func (s *scan) setURL(c *cand, raw string) bool {
	key := urlKey{raw, c.strength, c.req, c.keyed}
	r := memo(&s.urlsRead, key, maxHostPortsRead, func() hostPortRead {
		r := hostPortRead{c: cand{strength: c.strength, req: c.req, keyed: c.keyed}}
		r.ok = r.c.setURL(raw)
		return r
	})
	line, pos, end := c.line, c.pos, c.end
	*c = r.c
	c.line, c.pos, c.end = line, pos, end
	return r.ok
}

// urlKey is what setURL's reading of a URL depends on.
type urlKey struct {
	raw        string
	strength   int
	req, keyed bool
}

// inProse reports whether the text of a line before a command's name is a
// word of a sentence ("Open ssh connection x"), not a prompt ("$ ", "# ",
// "+ "), a label ("Executing: ") or a command that runs another (sudo,
// time, proxychains, …: runnerWords): there "ssh" is a word, and the word after it a host
// only when it looks like one.
func inProse(before string) bool {
	b := strings.TrimRight(before, " \t")
	if k := strings.LastIndexAny(b, "\n"); k >= 0 {
		b = b[k+1:]
	}
	if b == "" {
		return false
	}
	c := b[len(b)-1]
	if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
		return false
	}
	w := b[strings.LastIndexAny(b, " \t$#>%+:")+1:]
	return !runnerWords[strings.ToLower(w)]
}

// localHostLookup reports whether host is the name in a Java
// UnknownHostException thrown by InetAddress.getLocalHost: the JVM looked
// up this computer's own name ("java.net.UnknownHostException: x: x: Name
// or service not known" then "at java.net.InetAddress.getLocalHost("), not
// a host it was connecting to.
func localHostLookup(text, host string) bool {
	if !strings.Contains(text, "InetAddress.getLocalHost(") {
		return false
	}
	k := strings.Index(lowerAligned(text), "unknownhostexception: "+lowerAligned(host)) // offsets into text
	if k < 0 {
		return false
	}
	// The frame is among the four lines under that exception's.
	rest, end := text[k:], 0
	for n := 0; n < 5; n++ {
		j := strings.IndexByte(rest[end:], '\n')
		if j < 0 {
			end = len(rest)
			break
		}
		end += j + 1
	}
	return strings.Contains(rest[:end], "InetAddress.getLocalHost(")
}

// sponsorCredit reports whether the lower-case line before a URL is a
// banner's credit to its sponsor, the whole line "Sponsored by Name - "
// (WPScan's "Sponsored by Sucuri - https://sucuri.net"): the sponsor's
// home page, no target.
func sponsorCredit(lineBefore string) bool {
	b := strings.TrimRight(lineBefore, " ")
	if !strings.HasSuffix(b, " -") {
		return false
	}
	k := strings.LastIndex(b, "sponsored by ")
	return k >= 0 && len(b)-k < 60 && strings.TrimSpace(b[:k]) == ""
}

// failedFetch reports whether the lower-case text before a URL ends in
// failure words and an opening bracket: the URL names what the failed
// request really fetched, as RubyGems' FetchError appends it to its
// message ("Unable to download data from https://rubygems.org/ - timed
// out(https://api.rubygems.org/specs.4.8.gz)", "… - SSL_connect
// returned=1 errno=0 state=error: certificate verify failed
// (https://index.rubygems.org/…)", "… - no such name
// (https://api.rubygems.org/…)"), beating the source the line names first.
func failedFetch(before string) bool {
	b := strings.TrimRight(before, " ")
	if !strings.HasSuffix(b, "(") {
		return false
	}
	b = strings.TrimRight(b[:len(b)-1], " ")
	b = b[max(0, len(b)-80):]
	if b == "" || isDigit(b[len(b)-1]) {
		return false
	}
	// The words are read with their bracket, as RubyGems spaces it: its
	// "no such name (" is a failure only before one.
	b += " ("
	return classifyLow(b, b, failureIndex.scan(b)) != FailureNone
}

// urlKeyBefore reports whether the lower-case text before a URL is a key
// naming it the URL of a request in a dump or a config ("url: '",
// "_currentUrl: '", "\"href\": \"", "requestUri="): an identifier ending in
// url, uri or href, then ':' or '=' and an optional quote.
func urlKeyBefore(before string) bool {
	b := strings.TrimRight(before, "'\"` ")
	if b == "" || b[len(b)-1] != ':' && b[len(b)-1] != '=' {
		return false
	}
	b = strings.TrimRight(b[:len(b)-1], "'\"` ")
	for _, k := range []string{"url", "uri", "href"} {
		if strings.HasSuffix(b, k) {
			return true
		}
	}
	return false
}

// truncatedURL reports whether a URL was cut short after its host name by
// the program that printed it or by the person who pasted it ("[url]
// http://ww....", PowerShell's "'https://raw.githubuse ..."): the name is
// not whole, so it is no target.
func truncatedURL(raw, after string) bool {
	trimmed := strings.TrimRight(raw, ".…")
	cut := raw[len(trimmed):]
	after = strings.TrimLeft(after, " ")
	cutShort := strings.HasPrefix(cut, "..") || strings.HasPrefix(cut, "…")
	if !cutShort && !strings.HasPrefix(after, "...") && !strings.HasPrefix(after, "…") {
		return false
	}
	u, err := url.Parse(strings.TrimRight(trimmed, ",;:'\"`"))
	return err == nil && u.Path == "" && u.RawQuery == ""
}

// httpMethods are the HTTP request methods a client names before a URL,
// lower-case: the one list methodBefore, requestLine (with CONNECT, a
// proxy's) and requestUnexpectedEOF (as Go's url.Error writes them,
// "Get") read.
var httpMethods = []string{"get", "post", "put", "patch", "delete", "head", "options"}

// methodAlt returns httpMethods as a regexp alternation, each with its
// first letter upper-case when title is set ("Get|Post|…").
func methodAlt(title bool) string {
	ms := make([]string, len(httpMethods))
	for i, m := range httpMethods {
		if title {
			m = strings.ToUpper(m[:1]) + m[1:]
		}
		ms[i] = m
	}
	return strings.Join(ms, "|")
}

// methodBefore reports whether the lower-case text before a URL ends in
// an HTTP method ("get ", "post \"").
func methodBefore(before string) bool {
	b := strings.TrimSuffix(before, "\"")
	if !strings.HasSuffix(b, " ") {
		return false
	}
	b = b[:len(b)-1]
	for _, m := range httpMethods {
		if strings.HasSuffix(b, m) && (len(b) == len(m) || !isWordByte(b[len(b)-len(m)-1])) {
			return true
		}
	}
	return false
}

// nodeFetchFailed reports whether the lower-case text around a URL is
// node-fetch's FetchError, "request to URL failed, reason: …": the URL
// was requested, whatever its path holds (a WebDAV folder "/Docs/" is no
// documentation link).
func nodeFetchFailed(before, after string) bool {
	return strings.HasSuffix(before, "request to ") && strings.HasPrefix(after, " failed, reason:")
}

// isHelpURL reports whether a URL is documentation printed with an error
// ("see https://curl.haxx.se/libcurl/c/libcurl-errors.html", a wiki link, a
// bug tracker) rather than something the program tried to reach.
func isHelpURL(before, u string) bool {
	if strings.HasSuffix(strings.TrimSpace(before), "](") && !autolink(before, u) || strings.Contains(before, "![") {
		return true
	}
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	for _, p := range helpPaths {
		if pathHolds(u, p) {
			return true
		}
	}
	if versionBanner(before) || codeReference(before) {
		return true
	}
	from := max(0, len(before)-20)
	for _, w := range helpWords {
		if wordAt(before, from, w) {
			return true
		}
	}
	return false
}

// helpPurposes end the sentence that sends the reader to a URL for help,
// right after it: "for possible solutions", "for more information".
var helpPurposes = []string{"for possible solution", "for more information", "for more info", "for details",
	"for more details", "for further information", "for help", "for more help", "for troubleshooting",
	"for instructions"}

// checkForHelp reports whether the lower-case text around a URL sends the
// reader there for help whatever its path: a verb of reading just before
// it ("check", "consult") and a purpose just after it, Zigbee2MQTT's
// "Check https://www.zigbee2mqtt.io/… for possible solutions", "Check
// https://x for more information". A URL checked for anything else ("check
// https://x is reachable") stays a candidate.
func checkForHelp(before, after string) bool {
	b := strings.TrimRight(before, " ")
	if w := b[strings.LastIndexAny(b, " \t(\"'")+1:]; w != "check" && w != "consult" {
		return false
	}
	a := strings.TrimLeft(after, " ")
	for _, p := range helpPurposes {
		if strings.HasPrefix(a, p) {
			return true
		}
	}
	return false
}

// wordAt reports whether w begins a word in text at or after from: a
// help word inside another ("refer" in logcat's "Preferences: url: …",
// "read" in "thread") is none.
func wordAt(text string, from int, w string) bool {
	for i := from; ; {
		k := strings.Index(text[i:], w)
		if k < 0 {
			return false
		}
		k += i
		if k == 0 || !isLetter(text[k-1]) {
			return true
		}
		i = k + 1
	}
}

// helpLeadIns are words of a line that sends the reader to the link on
// the line under it for help: Anki's "Please post on the add-on forum:"
// above "https://anki.tenderapp.com/discussions/add-ons", "Please report
// it at:", "For more help, visit:".
var helpLeadIns = []string{"post on", "post in", "post it on", "forum", "report", "help", "visit", "refer to",
	"documentation", "more info", "faq", "wiki", "troubleshoot"}

// helpAbove reports whether line i (low, lower-cased), a URL starting it,
// is the help link a lead-in on the line above introduces: that line ends
// in a colon, holds a help lead-in word, is no person's ("I posted on the
// forum:") and, like line i, states no failure ("Failed to report to:"
// names what failed).
func (s *scan) helpAbove(i int, low string) bool {
	if i == 0 || s.failsAt(i, low) {
		return false
	}
	above := strings.ToLower(strings.TrimSpace(s.text[s.lines[i-1].start:s.lines[i-1].end]))
	if !strings.HasSuffix(above, ":") || len(above) > 200 {
		return false
	}
	words := strings.FieldsFunc(above, func(r rune) bool { return (r < 'a' || r > 'z') && r != '\'' })
	for _, w := range words {
		if w == "i" || w == "we" || w == "i'm" || w == "i've" || w == "we've" {
			return false
		}
	}
	for _, w := range helpLeadIns {
		if wordAt(above, 0, w) {
			return !s.failsAt(i-1, above)
		}
	}
	return false
}

// bannerAbove reports whether the line above line i, a URL starting it,
// ends in a version banner's opening (see versionBanner): the banner
// wrapped before its URL (rsyslog's "[v8.2212.0 try" over
// "https://www.rsyslog.com/e/2027 ]").
func (s *scan) bannerAbove(i int) bool {
	return i > 0 && versionBanner(strings.ToLower(strings.TrimSpace(s.text[s.lines[i-1].start:s.lines[i-1].end])))
}

// persistAdvice reports whether the lower-case line before a URL gives the
// advice a program prints with an error for when it keeps happening, the
// URL its documentation: ESPHome's "ERROR (If this error persists, please
// set a static IP address: https://esphome.io/components/wifi.html#…)",
// "If the problem persists, …".
func persistAdvice(before string) bool {
	for _, w := range []string{"if this error persists", "if the error persists", "if this problem persists",
		"if the problem persists", "if this issue persists", "if the issue persists"} {
		if strings.Contains(before, w) {
			return true
		}
	}
	return false
}

// pathHolds reports whether the lower-case URL u holds the help path p; a
// path that starts a segment ("/wiki", "/help") must be the whole segment
// or its start before a non-letter ("/wiki/Errors", "/help.html"), so
// "/data/wikipedia_article.sql.bin" and "/helpers/" are no help pages.
func pathHolds(u, p string) bool {
	for i := 0; ; {
		k := strings.Index(u[i:], p)
		if k < 0 {
			return false
		}
		end := i + k + len(p)
		if p[0] != '/' || !isLetter(p[len(p)-1]) || end == len(u) || !isWordByte(u[end]) {
			return true
		}
		i = end
	}
}

// versionBanner reports whether the text before a URL is a program's
// version in its banner, the URL in parentheses after it: the program's
// home page ("Ncat: Version 7.91 ( https://nmap.org/ncat )", "Nmap 7.91 (
// https://nmap.org )").
//
// Also a User-Agent's comment, a version (or "compatible") first and "+"
// before the URL
// (nodemailer's debug "Creating transport: nodemailer (6.7.5;
// +https://nodemailer.com/; SMTP/6.7.5…)", a crawler's "(compatible;
// Googlebot/2.1; +http://www.google.com/bot.html)"), and ", version"
// and a number then a colon (GHCi's "GHCi, version 8.4.3: http://www.haskell.org/ghc/
// :? for help"), and a bracketed version and "try" (rsyslog's tag ending
// each message, "[v8.2212.0 try https://www.rsyslog.com/e/2027 ]", the
// page of its error code).
func versionBanner(before string) bool {
	b := strings.TrimRight(before, " ")
	if t, ok := strings.CutSuffix(b, " try"); ok {
		tag, ok := strings.CutPrefix(t[max(0, strings.LastIndexByte(t, '[')):], "[v")
		v, _, _ := strings.Cut(tag, "-")
		return ok && versionNumber(v)
	}
	if strings.HasSuffix(b, "+") {
		open := strings.LastIndexByte(b, '(')
		if open < 0 || strings.Contains(b[open:], ")") {
			return false
		}
		first, _, _ := strings.Cut(b[open+1:], ";")
		first = strings.TrimSpace(first)
		return first != strings.TrimSpace(b[open+1:]) &&
			(versionNumber(first) || first == "compatible")
	}
	if strings.HasSuffix(b, ":") {
		b = strings.TrimSuffix(b, ":")
		v := b[max(0, strings.LastIndexByte(b, ' ')+1):]
		w := strings.TrimRight(b[:len(b)-len(v)], " ")
		return strings.HasSuffix(w, ", version") && versionNumber(strings.TrimPrefix(v, "v"))
	}
	if !strings.HasSuffix(b, "(") {
		return false
	}
	b = strings.TrimRight(b[:len(b)-1], " ")
	v := b[max(0, strings.LastIndexByte(b, ' ')+1):]
	return versionNumber(strings.TrimPrefix(v, "v"))
}

// versionNumber reports whether v is a version, digits and dots ("7.91").
func versionNumber(v string) bool {
	return strings.Count(v, ".") >= 1 && v != "" && isDigit(v[0]) && strings.Trim(v, "0123456789.") == ""
}

// autolink reports whether a Markdown link's text is its own URL, with or
// without the scheme ("[christitus.com/win](http://christitus.com/win)",
// what an issue tracker makes of a command's argument): a mention, not a
// link to documentation.
func autolink(before, u string) bool {
	b := strings.TrimSuffix(strings.TrimSpace(before), "](")
	i := strings.LastIndexByte(b, '[')
	if i < 0 {
		return false
	}
	text := strings.TrimSuffix(b[i+1:], "/")
	bare := u
	if k := strings.Index(bare, "://"); k >= 0 {
		bare = bare[k+3:]
	}
	return text != "" && (text == strings.TrimSuffix(u, "/") || text == strings.TrimSuffix(bare, "/"))
}

// connectedBefore reports whether the lower-case text before a URL ends in
// "connected to", a connection made.
func connectedBefore(before string) bool {
	b := strings.TrimRight(before, " \t")
	return strings.HasSuffix(b, "connected to") && wordEnds(b, len(b)-len("connected to"))
}
