package target

import "testing"

func TestDecodeHTMLRefs(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"host &quot;db&quot; (10.0.0.5)", `host "db" (10.0.0.5)`},
		{"in &lt;top (required)&gt;&#39;", "in <top (required)>'"},
		{"&#x27;db&#X27; &apos;x&apos;", "'db' 'x'"},
		{"&amp;quot;", "&quot;"},
		{"?a=1&b=2&copy=3&amp", "?a=1&b=2&copy=3&amp"},
		{"&nbsp; &#0; &#xD800; &#99999999; &#; &#x;", "&nbsp; &#0; &#xD800; &#99999999; &#; &#x;"},
		{"a & b &&quot;", `a & b &"`},
		{"no refs", "no refs"},
	} {
		if got := decodeHTMLRefs(c.in); got != c.want {
			t.Errorf("decodeHTMLRefs(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
