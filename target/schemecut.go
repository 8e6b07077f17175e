package target

import (
	"iter"
	"net"
	"strings"
)

// schemeBreaks undoes a wrap right after a URL's scheme: a line that ends
// with "https://" (a mail client's or a quoted reply's wrap, made at any
// width) whose next line starts with the URL's host ("failed to download
// https://" then "cdn.fwupd.org/downloads/firmware.xml.gz.asc: Cannot").
// The rest of the URL, up to the next line's first blank, moves up to
// close the line and the words after it stay on theirs, so a message the
// same wrap cut ("Cannot" then "resolve hostname") reads on. A URL never
// ends at "://", so no width is asked for. The text keeps its length and
// its line count.
func schemeBreaks(text string) string {
	if !strings.Contains(text, "://\n") && !strings.Contains(text, "://\r\n") {
		return text
	}
	var b strings.Builder
	from := 0
	for k := range afterSchemes(text) { // text[:k] ends with "://"
		if k < from {
			continue
		}
		brk := "\n"
		if strings.HasPrefix(text[k:], "\r\n") {
			brk = "\r\n"
		} else if !strings.HasPrefix(text[k:], "\n") {
			continue
		}
		if !bareScheme(text[from:k]) {
			continue
		}
		rest := k + len(brk)
		end := rest + strings.IndexAny(text[rest:]+"\n", " \t\r\n")
		if !urlHostStarts(text[rest:end]) {
			continue
		}
		if b.Len() == 0 {
			b.Grow(len(text))
		}
		b.WriteString(text[from:k])
		b.WriteString(text[rest:end])
		b.WriteString(brk)
		from = end
	}
	if from == 0 {
		return text
	}
	b.WriteString(text[from:])
	return b.String()
}

// afterSchemes yields the offset just after each "://" in text, in order.
func afterSchemes(text string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; ; {
			k := strings.Index(text[i:], "://")
			if k < 0 || !yield(i+k+3) {
				return
			}
			i += k + 3
		}
	}
}

// bareScheme reports whether s ends with a URL scheme and "://" that
// starts a word: one to ten ASCII letters after a blank, a quote or an
// opening bracket, or at the start of s.
func bareScheme(s string) bool {
	s = strings.TrimSuffix(s, "://")
	w := s[strings.LastIndexAny(s, " \t\n\"'(<[=")+1:]
	if w == "" || len(w) > 10 {
		return false
	}
	for _, r := range w {
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') {
			return false
		}
	}
	return true
}

// urlHostStarts reports whether w, a line's first word, starts with a
// URL's host: a dotted host name or an IP address up to the first ':',
// '/', '?', '#' or closing quote or bracket.
func urlHostStarts(w string) bool {
	h := w
	if strings.HasPrefix(h, "[") {
		if k := strings.IndexByte(h, ']'); k > 0 {
			return net.ParseIP(h[1:k]) != nil
		}
		return false
	}
	if k := strings.IndexAny(h, ":/?#\"'>)]"); k >= 0 {
		h = h[:k]
	}
	return net.ParseIP(h) != nil || strings.IndexByte(h, '.') > 0 && hostLike(h)
}
