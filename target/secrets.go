package target

import "strings"

// Hidden replaces the user-info of a URL: user name and password alike, as
// either may be the secret (a token is often given as the user name).
const Hidden = "xxxxx"

// ScrubSecrets replaces the user-info (user and password) of every URL in
// free text (as typed or pasted) with "xxxxx", so it is never shown, stored
// or exported. The user-info is everything between "scheme://" and the LAST
// @ of the authority (the authority ends at /, ?, #, white space, a quote,
// < or >), as url.Parse reads it; a password holding an unencoded @ is
// hidden whole. It reads the text once, so a megabyte of log costs little.
func ScrubSecrets(s string) string {
	var b strings.Builder
	done := 0 // s[:done] is written to b or needs no change
	for from := 0; ; {
		k := strings.Index(s[from:], "://")
		if k < 0 {
			break
		}
		k += from
		from = k + 3
		start := k
		for start > done && isSchemeByte(s[start-1]) {
			start--
		}
		for start < k && !isLetter(s[start]) {
			start++
		}
		if start == k {
			continue
		}
		end := from + strings.IndexFunc(s[from:], endsAuthority)
		if end < from {
			end = len(s)
		}
		at := strings.LastIndexByte(s[from:end], '@')
		if at < 0 {
			continue
		}
		if b.Len() == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[done:from])
		b.WriteString(Hidden)
		done = from + at
		from = done + 1
	}
	if done == 0 {
		return s
	}
	b.WriteString(s[done:])
	return b.String()
}

// endsAuthority reports whether r ends a URL's authority in free text.
func endsAuthority(r rune) bool {
	switch r {
	case '/', '?', '#', ' ', '\t', '\n', '\f', '\r', '"', '<', '>', '`':
		return true
	}
	return false
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

func isSchemeByte(b byte) bool {
	return isLetter(b) || b >= '0' && b <= '9' || b == '+' || b == '-' || b == '.'
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
