package target

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// htmlRefs maps the named character references an HTML page escapes
// error text with to the characters they stand for.
var htmlRefs = map[string]string{"quot": `"`, "apos": "'", "lt": "<", "gt": ">", "amp": "&"}

// maxRefName is the longest reference read between '&' and ';'
// ("#x10FFFF").
const maxRefName = 8

// decodeHTMLRefs replaces the character references HTML escapes text
// with (&quot; &#39; &lt; &gt; &amp; &apos;, and numeric ones &#NN; and
// &#xHH;) by the characters they stand for, once: "&amp;quot;" is
// "&quot;". A reference needs its ';'; "&" in other text ("?a=1&b=2")
// and unknown names ("&nbsp;", "&copy") are kept as they are.
func decodeHTMLRefs(text string) string {
	i := strings.IndexByte(text, '&')
	if i < 0 {
		return text
	}
	var b strings.Builder
	for i >= 0 {
		semi := strings.IndexByte(text[i+1:min(len(text), i+2+maxRefName)], ';')
		if semi < 0 {
			i = nextAmp(text, i)
			continue
		}
		c, ok := refChar(text[i+1 : i+1+semi])
		if !ok {
			i = nextAmp(text, i)
			continue
		}
		if b.Len() == 0 {
			b.Grow(len(text))
		}
		b.WriteString(text[:i])
		b.WriteString(c)
		text = text[i+2+semi:]
		i = strings.IndexByte(text, '&')
	}
	if b.Len() == 0 {
		return text
	}
	b.WriteString(text)
	return b.String()
}

// nextAmp returns the index of the first '&' after i, or -1.
func nextAmp(text string, i int) int {
	j := strings.IndexByte(text[i+1:], '&')
	if j < 0 {
		return -1
	}
	return i + 1 + j
}

// refChar returns the character a reference's name ("quot", "#39",
// "#x27") stands for. A control character ("&#10;", "&#13;", "&#9;") is
// refused, the reference left as written: a line break decoded would
// split the user's line, so that Target.Line no longer counted the lines
// of the paste.
func refChar(name string) (string, bool) {
	if c, ok := htmlRefs[name]; ok {
		return c, true
	}
	if len(name) < 2 || name[0] != '#' {
		return "", false
	}
	var n uint64
	var err error
	if name[1] == 'x' || name[1] == 'X' {
		n, err = strconv.ParseUint(name[2:], 16, 32)
	} else {
		n, err = strconv.ParseUint(name[1:], 10, 32)
	}
	if err != nil || n == 0 || n > utf8.MaxRune || !utf8.ValidRune(rune(n)) || unicode.IsControl(rune(n)) {
		return "", false
	}
	return string(rune(n)), true
}
