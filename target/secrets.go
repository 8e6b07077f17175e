package target

import "regexp"

// urlUserinfo matches the password part of scheme://user:password@ in text.
var urlUserinfo = regexp.MustCompile(`([a-zA-Z][a-zA-Z0-9+.\-]*://[^/\s:@]*):[^@\s/]*@`)

// ScrubSecrets replaces passwords inside URLs in free text (as typed or
// pasted) with "xxxxx", so they are never shown, stored or exported.
func ScrubSecrets(s string) string {
	return urlUserinfo.ReplaceAllString(s, "${1}:xxxxx@")
}
