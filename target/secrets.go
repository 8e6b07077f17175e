package target

import (
	"net/url"
	"regexp"
	"strings"
)

// urlUserinfo matches the password part of scheme://user:password@ in text.
var urlUserinfo = regexp.MustCompile(`([a-zA-Z][a-zA-Z0-9+.\-]*://[^/\s:@]*):[^@\s/]*@`)

// ScrubSecrets replaces passwords inside URLs in free text (as typed or
// pasted) with "xxxxx", so they are never shown, stored or exported.
func ScrubSecrets(s string) string {
	return urlUserinfo.ReplaceAllString(s, "${1}:xxxxx@")
}

// RedactURL replaces the password of one URL-like value (a proxy setting,
// say) with "xxxxx"; a value without a scheme that looks like
// user:pass@host has its password replaced too.
func RedactURL(s string) string {
	if u, err := url.Parse(s); err == nil && u.User != nil {
		if _, has := u.User.Password(); has {
			u.User = url.UserPassword(u.User.Username(), "xxxxx")
			return u.String()
		}
		return s
	}
	if at := strings.LastIndex(s, "@"); at > 0 {
		if colon := strings.Index(s[:at], ":"); colon >= 0 {
			return s[:colon+1] + "xxxxx" + s[at:]
		}
	}
	return s
}
