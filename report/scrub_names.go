package report

import (
	"net"
	"net/netip"
	"strings"
	"unicode"
)

// Where names sit in a run, by the JSON name of the field (or the
// lower-cased map key, for the proxy variables) holding them. Fields not
// listed are free text, searched with the generic patterns only.
var (
	// vocabularyKeys hold the program's own words (check IDs, verdict
	// codes, states, check titles such as "HTTPS request"): never names,
	// never changed, so the scrubbed run stays well formed (a host named
	// "https", a broken URL setting's, leaves the title alone).
	vocabularyKeys = set("id", "code", "check", "status", "severity", "who", "kind", "mode", "state", "title",
		"port_from", "failure", "basis", "scheme", "errno", "rcode", "action", "neighbor", "failed_at", "method", "version", "auth_schemes")
	// urlKeys hold one URL or proxy setting ("http://u@proxy:3128",
	// "proxy:3128", "DIRECT"): its host is a name, whatever its shape.
	urlKeys = set("url", "proxy", "http", "https", "pac_url", "wpad_found", "choice", "invalid",
		"http_proxy", "https_proxy", "all_proxy", "ftp_proxy")
	// listKeys hold host names, alone or in a list (hosts-file aliases,
	// certificate names, CNAME chains, NO_PROXY, the host behind a proxy,
	// the proxies of a Via header): one-label names count too.
	listKeys = set("host", "hostname", "names", "cnames", "cname_loop", "no_proxy", "via")
	// addrKeys hold addresses: dotted names in them count, one-label words
	// do not ("eth0", "environment").
	addrKeys = set("addr", "addrs", "server", "dns_servers", "to", "from", "source",
		"last_addr", "frag_from", "dialled_addr", "name")
	// dnKeys hold certificate distinguished names ("CN=app,O=Acme").
	dnKeys = set("subject", "issuer")
	// pastedKeys hold what the user typed or pasted, or a label: any
	// dotted word ending in letters is taken for a host name there
	// ("com.acme.Client", "backend.acme").
	pastedKeys = set("input", "evidence", "label")
)

func set(words ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range words {
		m[w] = true
	}
	return m
}

// tokens splits text into the words that may be names or addresses.
func tokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(",;()[]{}<>\"'`=|/\\", r)
	})
}

// bareHost strips what surrounds a host name in settings: a port, a
// CIDR length, brackets, a leading "*." or "." (NO_PROXY, wildcard
// certificates) and a trailing dot. port says a port was there.
func bareHost(tok string) (host string, port bool) {
	tok = strings.TrimSpace(tok)
	if h, p, err := net.SplitHostPort(tok); err == nil && p != "" && strings.Trim(p, "0123456789") == "" {
		tok, port = h, true
	}
	if i := strings.IndexByte(tok, '/'); i >= 0 {
		tok = tok[:i]
	}
	tok = strings.Trim(tok, "[]")
	tok = strings.TrimPrefix(tok, "*")
	return strings.Trim(tok, "."), port
}

// urlHost returns the host of a URL or proxy setting ("http://u@h:3128/x",
// "h:3128", "DIRECT"), and whether the value's shape says it is a host even
// without a dot (a scheme or a port).
func urlHost(v string) (string, bool) {
	v = strings.TrimSpace(v)
	i := strings.Index(v, "://")
	if i < 0 {
		h, port := bareHost(v)
		return h, port
	}
	auth := v[i+3:]
	if end := strings.IndexAny(auth, "/?#"); end >= 0 {
		auth = auth[:end]
	}
	if at := strings.LastIndex(auth, "@"); at >= 0 {
		auth = auth[at+1:]
	}
	h, _ := bareHost(auth)
	return h, true
}

// isIP reports whether s is an IP address.
func isIP(s string) bool {
	_, err := netip.ParseAddr(s)
	return err == nil
}

// hostLike reports whether s has the shape of a host name: labels of
// letters, digits, '-' and '_', not starting or ending with '-', the last
// holding a letter (so "1.5" and "eth0.100" are not names). dotted says it
// has more than one label.
func hostLike(s string) (ok, dotted bool) {
	if s == "" || len(s) > 253 || isIP(s) {
		return false, false
	}
	labels := strings.Split(s, ".")
	for _, l := range labels {
		if l == "" || len(l) > 63 || l[0] == '-' || l[len(l)-1] == '-' || strings.IndexFunc(l, notNameRune) >= 0 {
			return false, false
		}
	}
	return strings.IndexFunc(labels[len(labels)-1], unicode.IsLetter) >= 0, len(labels) > 1
}

// nameRune reports whether r can be part of a host name label.
func nameRune(r rune) bool {
	return r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

func notNameRune(r rune) bool { return !nameRune(r) }

// dnValue is one value of a distinguished name, as printed (raw, with
// its escapes) and as meant (plain).
type dnValue struct{ raw, plain string }

// dnValues returns the values of a distinguished name as printed by
// crypto/x509 ("CN=app.corp,O=Acme\\, Inc.,C=US") that name someone or
// something: all but the country, state and locality.
func dnValues(dn string) []dnValue {
	var out []dnValue
	for _, rdn := range splitUnescaped(dn, ",+") {
		k, v, ok := strings.Cut(rdn, "=")
		if !ok {
			continue
		}
		switch strings.ToUpper(strings.TrimSpace(k)) {
		case "C", "ST", "L":
			continue
		}
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, dnValue{raw: v, plain: unescapeDN(v)})
		}
	}
	return out
}

// splitUnescaped splits s at the separators not preceded by a backslash.
func splitUnescaped(s, seps string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\\':
			i++
		case strings.IndexByte(seps, s[i]) >= 0:
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

func unescapeDN(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
