package target

import "testing"

func TestUnescapeUTF8Bytes(t *testing.T) {
	cases := []struct{ in, want string }{
		{`[Errno -2] Nome ou servi\xc3\xa7o desconhecido`, "[Errno -2] Nome ou serviço desconhecido"},
		{`[Errno -3] Tempor\xC3\xA4rer Fehler bei der Namensaufl\xC3\xB6sung`, "[Errno -3] Temporärer Fehler bei der Namensauflösung"},
		{`[Errno 111] \xd0\x9e\xd1\x82\xd0\xba\xd0\xb0\xd0\xb7\xd0\xb0\xd0\xbd\xd0\xbe \xd0\xb2 \xd1\x81\xd0\xbe\xd0\xb5\xd0\xb4\xd0\xb8\xd0\xbd\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb8`, "[Errno 111] Отказано в соединении"},
		{`[Errno 11001] getaddrinfo failed: \xe4\xb8\x8d\xe7\x9f\xa5\xe9\x81\x93\xe8\xbf\x99\xe6\xa0\xb7\xe7\x9a\x84\xe4\xb8\xbb\xe6\x9c\xba\xe3\x80\x82`, "[Errno 11001] getaddrinfo failed: 不知道这样的主机。"},
		// A repr of a repr doubles the backslashes.
		{`NewConnectionError('x: [Errno -2] Nome ou servi\\xc3\\xa7o desconhecido',)`, "NewConnectionError('x: [Errno -2] Nome ou serviço desconhecido',)"},
		// Not UTF-8 bytes: kept as written.
		{`C:\xampp\htdocs`, `C:\xampp\htdocs`},
		{`\x41\x42 and \xff\xfe and \xc3 alone and \xe4\xb8`, `\x41\x42 and \xff\xfe and \xc3 alone and \xe4\xb8`},
		{`ends in \x`, `ends in \x`},
		{`\xc3\xa7\xc3`, `ç\xc3`},
	}
	for _, c := range cases {
		if got := unescapeUTF8Bytes(c.in); got != c.want {
			t.Errorf("unescapeUTF8Bytes(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
