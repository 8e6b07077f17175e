package target

import "strings"

// maskedURLHost reports whether a URL's host ends in a dot right before a
// placeholder that stopped the URL (see maskedTail): the poster masked
// the rest of the name ("connecting to https://headscale.`secret-url`:
// context deadline exceeded", "https://api.<redacted>"), so the URL names
// no host, never the name before the dot. A dot that ends a URL's host
// before a '/', a ':' or a blank is the root's, the name whole
// ("https://host.corp.io./"), and a full stop and a blank before a quoted
// word are a sentence's.
func maskedURLHost(raw, after string) bool {
	k := strings.Index(raw, "://")
	if k < 0 || !strings.HasSuffix(raw, ".") || strings.ContainsAny(raw[k+3:], "/?#") {
		return false
	}
	return maskedTail(after)
}

// maskedTail reports whether s starts with a placeholder that stands for
// the rest of a name: a back-quoted word, "<...>", "{...}", "[...]", "***",
// or a shell variable ("$VAR", "${VAR}").
func maskedTail(s string) bool {
	if s == "" {
		return false
	}
	switch s[0] {
	case '`':
		return strings.IndexByte(s[1:], '`') > 0
	case '<':
		return strings.IndexByte(s[1:], '>') > 0
	case '{':
		return strings.IndexByte(s[1:], '}') > 0
	case '[':
		return strings.IndexByte(s[1:], ']') > 0
	case '*':
		return strings.HasPrefix(s, "***")
	case '$':
		return len(s) > 1 && (s[1] == '{' || isLetter(s[1]) || s[1] == '_')
	}
	return false
}
