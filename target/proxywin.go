package target

import (
	"strings"
)

// proxyAnnouncedAll is proxyAnnounced.FindAllStringSubmatchIndex(text, n),
// run only on the stretches of text around a "proxy" that can begin one
// of its matches: a Go module proxy's "Using go proxy: …" or a name such as
// goproxy.corp.lan, repeated down a long log, is no longer read by the
// expression from end to end.
func proxyAnnouncedAll(text string, n int) [][]int {
	var out [][]int
	for _, w := range proxyWindows(text) {
		if len(out) >= n {
			break
		}
		for _, m := range proxyAnnounced.FindAllStringSubmatchIndex(text[w[0]:w[1]], n-len(out)) {
			for k := range m {
				if m[k] >= 0 {
					m[k] += w[0]
				}
			}
			out = append(out, m)
		}
	}
	return out
}

// proxyWindows returns, in order and merged, the stretches of whole lines
// that can hold a match of proxyAnnounced: each "proxy" that can be its
// keyword (see proxyKeyword), from the line before it to the second line
// after it, not counting blank lines, which the expression's \s crosses.
// Each starts at a line start and ends at a line end, where ^, $ and \b
// read as they do in the whole text.
func proxyWindows(text string) [][2]int {
	var ws [][2]int
	for i := 0; i+5 <= len(text); {
		j := strings.IndexAny(text[i:], "pP")
		if j < 0 {
			break
		}
		p := i + j
		i = p + 1
		if p+5 > len(text) || !strings.EqualFold(text[p:p+5], "proxy") || !proxyKeyword(text, p) {
			continue
		}
		start := prevLines(text, lineStart(text, p), 1)
		end := nextLines(text, lineEnd(text, p), 2)
		if len(ws) > 0 && start <= ws[len(ws)-1][1] {
			ws[len(ws)-1][1] = max(ws[len(ws)-1][1], end)
		} else {
			ws = append(ws, [2]int{start, end})
		}
	}
	return ws
}

// proxyKeyword reports whether the "proxy" at p can be the keyword of a
// match of proxyAnnounced: after a quote, ';', '-' or '_' ("https_proxy",
// "--proxy"), at the start of a line's words ("proxy: x:3128"), before
// an '=' ("proxy = x"), or after a space and one of the words the
// expression puts before it ("using", "uses", "set", "via", "through",
// "the", "a", "an", "http", "https", "socks", "socks5", "parsed"). Go's module
// proxy, "Using go proxy: …", and "goproxy.corp.lan" are none.
func proxyKeyword(text string, p int) bool {
	if p == 0 {
		return true
	}
	if text[p-1] >= 0x80 && strings.HasPrefix(strings.TrimLeft(text[p+5:], " "), ":") {
		// After CJK text or punctuation, "我在mac电脑上运行的，proxy：x:7890"
		// (its full-width colon made ':' before the text is read).
		return true
	}
	switch c := text[p-1]; c {
	case ';', '\'', '"', '-', '_':
		return true
	case ' ', '\t', '\n', '\f', '\r':
	default:
		return false
	}
	k := p + 5
	if k < len(text) && (text[k] == '\'' || text[k] == '"') {
		k++
	}
	for k < len(text) && isSpaceRE(text[k]) {
		k++
	}
	if k < len(text) && text[k] == '=' {
		return true
	}
	b := p
	for b > 0 && isSpaceRE(text[b-1]) && text[b-1] != '\n' {
		b--
	}
	if b == 0 || text[b-1] == '\n' {
		return true
	}
	a := b
	for a > 0 && reWordByte(text[a-1]) {
		a--
	}
	for _, w := range proxyWordsBefore {
		if strings.EqualFold(text[a:b], w) {
			return true
		}
	}
	return false
}

// proxyWordsBefore are the words proxyAnnounced puts a space before
// "proxy" after.
var proxyWordsBefore = []string{"using", "uses", "set", "via", "through", "the", "a", "an", "http", "https", "socks", "socks5", "parsed"}

// isSpaceRE is the expressions' \s: [\t\n\f\r ].
func isSpaceRE(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

// reWordByte is the expressions' \w: [0-9A-Za-z_].
func reWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

// lineStart is the offset of the start of the line holding i.
func lineStart(text string, i int) int { return strings.LastIndexByte(text[:i], '\n') + 1 }

// lineEnd is the offset of the end of the line holding i (its '\n' or the
// text's end).
func lineEnd(text string, i int) int {
	if j := strings.IndexByte(text[i:], '\n'); j >= 0 {
		return i + j
	}
	return len(text)
}

// blankRE reports whether s is only the expressions' \s.
func blankRE(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isSpaceRE(s[i]) {
			return false
		}
	}
	return true
}

// prevLines moves the line start start back over n lines that are not
// blank, and the blank lines among and before them.
func prevLines(text string, start, n int) int {
	for start > 0 {
		s := lineStart(text, start-1)
		if !blankRE(text[s : start-1]) {
			if n == 0 {
				return start
			}
			n--
		}
		start = s
	}
	return start
}

// nextLines moves the line end end on over n lines that are not blank,
// and the blank lines among and after them.
func nextLines(text string, end, n int) int {
	for end < len(text) {
		e := lineEnd(text, end+1)
		if !blankRE(text[end+1 : e]) {
			if n == 0 {
				return end
			}
			n--
		}
		end = e
	}
	return end
}
