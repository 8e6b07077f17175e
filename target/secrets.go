package target

import (
	"regexp"
	"strings"
)

// Hidden replaces the user-info of a URL: user name and password alike, as
// either may be the secret (a token is often given as the user name).
const Hidden = "xxxxx"

// urlUserinfo matches scheme:// and the user-info after it in text: the
// greedy run stops at the end of the authority (/, ?, #, a space or a quote),
// so the match ends at the LAST @ before the host, as url.Parse reads it; a
// password holding an unencoded @ is hidden whole.
var urlUserinfo = regexp.MustCompile("([a-zA-Z][a-zA-Z0-9+.\\-]*://)[^/?#\\s\"<>`]*@")

// ScrubSecrets replaces the user-info (user and password) of every URL in
// free text (as typed or pasted) with "xxxxx", so it is never shown, stored
// or exported.
func ScrubSecrets(s string) string {
	return urlUserinfo.ReplaceAllString(s, "${1}"+Hidden+"@")
}

// RedactURL replaces the user-info of one URL-like value (a proxy setting,
// say) with "xxxxx": everything between "://" and the last @ of the
// authority. A value without a scheme (user:pass@proxy:3128) has everything
// before its last @ replaced.
func RedactURL(s string) string {
	start := 0
	if i := strings.Index(s, "://"); i > 0 && validScheme(s[:i]) {
		start = i + 3
	}
	auth := s[start:]
	if start > 0 {
		if end := strings.IndexAny(auth, "/?#"); end >= 0 {
			auth = auth[:end]
		}
	}
	at := strings.LastIndex(auth, "@")
	if at <= 0 {
		return s
	}
	return s[:start] + Hidden + s[start+at:]
}

// validScheme reports whether s is a URL scheme: a letter, then letters,
// digits, +, - or . (RFC 3986 section 3.1).
func validScheme(s string) bool {
	for i, r := range s {
		letter := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
		if !letter && (i == 0 || !(r >= '0' && r <= '9' || r == '+' || r == '-' || r == '.')) {
			return false
		}
	}
	return s != ""
}
