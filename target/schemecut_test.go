package target

import "testing"

// schemeCutCases are texts wrapped right after a URL's scheme and what
// schemeBreaks makes of them; they are fuzz seeds too.
var schemeCutCases = []struct{ in, want string }{
	// fwupd's message in a quoted reply: the URL's rest moves up, the
	// message's words stay where they were.
	{"failed to download https://\ncdn.fwupd.org/downloads/firmware.xml.gz.asc: Cannot\nresolve hostname_",
		"failed to download https://cdn.fwupd.org/downloads/firmware.xml.gz.asc:\n Cannot\nresolve hostname_"},
	{"GET http://\r\n10.1.2.3:8080/api refused", "GET http://10.1.2.3:8080/api\r\n refused"},
	{"url='https://\n[2001:db8::1]:443/x'", "url='https://[2001:db8::1]:443/x'\n"},
	{"see https://\ndocs.corp.test", "see https://docs.corp.test\n"},
	// Not a cut URL: no host on the next line, a scheme that is no word,
	// a blank before the host, the scheme inside a longer word.
	{"https://\nConnection refused", "https://\nConnection refused"},
	{"a https://\n/path/only", "a https://\n/path/only"},
	{"x-y://\napi.corp.test", "x-y://\napi.corp.test"},
	{"go https://\n api.corp.test", "go https://\n api.corp.test"},
	{"abcdefghijkl://\napi.corp.test", "abcdefghijkl://\napi.corp.test"},
	{"no break https://api.corp.test", "no break https://api.corp.test"},
}

func TestSchemeBreaks(t *testing.T) { keepsShape(t, "schemeBreaks", schemeBreaks, schemeCutCases) }
