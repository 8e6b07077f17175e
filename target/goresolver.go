package target

import "strings"

// goResolverSlot reports whether the host:port at line[start:end] is the
// server in Go's resolver error "lookup NAME on SERVER: …" (any number of
// spaces before "on", as gost prints it): the DNS server that was asked
// about NAME, never the target, whatever NAME is. A name the parser reads
// is the target there; a masked one or a placeholder ("lookup <redacted>
// on 10.0.0.2:53", "lookup db.`corp` on …", "lookup *** on …", "lookup
// {x} on …") leaves the paste naming none, not the server. A server that
// failed to answer says so in its own words after the colon ("read udp
// 10.0.0.5:41234->10.0.0.2:53: i/o timeout", "dial udp 10.0.0.2:53:
// connect: connection refused"), which are read as ever.
//
// The slot is Go's wording only where "lookup" starts an error's text:
// at the line's start or after punctuation, a log's stamp or a prefix
// ("dial tcp: lookup", `err="lookup`, "12:00:00 lookup"), and the server
// ends at a colon or the line's end; after a word, "lookup" is a noun of
// a sentence ("cannot reach lookup service on 10.0.0.9:8500: connection
// refused" names that service's address).
func goResolverSlot(line string, start, end int) bool {
	if end < len(line) && line[end] != ':' {
		return false
	}
	before, ok := strings.CutSuffix(line[:start], " on ")
	if !ok {
		return false
	}
	before = strings.TrimRight(before, " ")
	sp := strings.LastIndexByte(before, ' ')
	if sp < 0 || sp == len(before)-1 {
		return false
	}
	head, ok := strings.CutSuffix(before[:sp], "lookup")
	if !ok {
		return false
	}
	return lookupStartsText(head)
}

// goLookupWording keeps Go's "lookup NAME …" where "lookup" starts an
// error's text (see goResolverSlot): after a word it is a noun of a
// sentence, "cannot reach lookup service on 10.0.0.9:8500" or "cache
// lookup user42 on 10.0.0.9:6379", whose NAME is no host looked up.
func goLookupWording(_ *scan, _ int, _ *extractor, src string, m []int, _ map[string]string) bool {
	return lookupStartsText(src[:m[0]])
}

// lookupStartsText reports whether "lookup" after head starts an error's
// text: head is empty or ends, spaces aside, in something other than a
// letter (punctuation, a stamp's digits, a quote).
func lookupStartsText(head string) bool {
	head = strings.TrimRight(head, " \t")
	return head == "" || !isLetter(head[len(head)-1])
}
