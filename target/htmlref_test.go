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
		{"x&#10;y&#13;&#x0A;&#9;&#127;&#x85;z", "x&#10;y&#13;&#x0A;&#9;&#127;&#x85;z"},
		{"&#32;&#160;&#xe9;", " \u00a0é"},
		{"no refs", "no refs"},
	} {
		if got := decodeHTMLRefs(c.in); got != c.want {
			t.Errorf("decodeHTMLRefs(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestHTMLRefLineBreaks checks that a line break written as a reference
// splits no line: Target.Line counts the lines of the paste as pasted.
func TestHTMLRefLineBreaks(t *testing.T) {
	for _, in := range []string{
		"Error:&#13;&#10;Failed to connect to db.corp.net:5432: Connection refused",
		"&lt;pre&gt;could not connect to server: Connection refused&#10;\tIs the server running on host &quot;db.corp.net&quot; and accepting&#10;\tTCP/IP connections on port 5432?&lt;/pre&gt;",
	} {
		tg, err := Parse(in)
		if err != nil || tg.Host != "db.corp.net" || tg.Line != 1 {
			t.Errorf("Parse(%q) = %q line %d, %v; want db.corp.net on line 1", in, tg.Host, tg.Line, err)
		}
	}
}
