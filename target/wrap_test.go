package target

import (
	"strings"
	"testing"
)

// wrapCases are texts a console wrapped and what joinWrapped makes of
// them; the fuzz corpus gets them too.
var wrapCases = []struct{ in, want string }{
	{strings.Repeat("x", 61) + "(host='a.company.or\ng', port=443): refused", strings.Repeat("x", 61) + "(host='a.company.org', port=443): refused\n"},
	// Two wraps in a row; the moved line breaks end the joined line.
	{strings.Repeat("x", 66) + " q='abcdefghij\n" + strings.Repeat("y", 75) + "'z \"k\nl\" tail\nnext", strings.Repeat("x", 66) + " q='abcdefghij" + strings.Repeat("y", 75) + "'z \"kl\" tail\n\n\nnext"},
	// A quoted host name cut at any width is one name.
	{"host='a.company.or\ng', port=443", "host='a.company.org', port=443\n"},
	{"使用“1”个参数调用“DownloadString”时发生异常:“未能解析此远程名称: 'raw.gith\nubusercontent.com'”\n所在位置 行:1 字符: 1", "使用“1”个参数调用“DownloadString”时发生异常:“未能解析此远程名称: 'raw.githubusercontent.com'”\n\n所在位置 行:1 字符: 1"},
	// A quoted value cut over three rows of one width, every row but the
	// last as wide and blank-free, is one value.
	{"fatal: unable to access 'https://hub.fastg\nit.xyz/TheSpaghettiDetective/moonraker-obi\nco.git/': Failed to connect to hub.fastgit\n.xyz port 443: Connection timed out",
		"fatal: unable to access 'https://hub.fastgit.xyz/TheSpaghettiDetective/moonraker-obico.git/': Failed to connect to hub.fastgit\n\n\n.xyz port 443: Connection timed out"},
	// Not so: a middle row of another width, or holding a blank.
	{"fatal: unable to access 'https://hub.fastg\nit.xyz/TheSpaghettiDetective/moonraker-ob\nco.git/': Failed to connect to hub.fastgit\nnext", "fatal: unable to access 'https://hub.fastg\nit.xyz/TheSpaghettiDetective/moonraker-ob\nco.git/': Failed to connect to hub.fastgit\nnext"},
	{"fatal: unable to access 'https://hub.fastg\nit.xyz/TheSpaghettiDetective moonraker-obi\nco.git/': Failed to connect to hub.fastgit\nnext", "fatal: unable to access 'https://hub.fastg\nit.xyz/TheSpaghettiDetective moonraker-obi\nco.git/': Failed to connect to hub.fastgit\nnext"},
	// A URL cut at 80 or 120 columns goes on on the next line.
	{strings.Repeat("x", 48) + " Unable to open URL: https://vid\neo-edge-c2a548.arn03.hls.ttvnw.net/v0/" + strings.Repeat("A", 42) + "\n" + strings.Repeat("B", 20) + "/index.m3u8 (('Connection aborted.'",
		strings.Repeat("x", 48) + " Unable to open URL: https://video-edge-c2a548.arn03.hls.ttvnw.net/v0/" + strings.Repeat("A", 42) + strings.Repeat("B", 20) + "/index.m3u8 (('Connection aborted.'\n\n"},
	{strings.Repeat("x", 85) + " GET https://api.example.com/v1/ite\nms?page=2 failed", strings.Repeat("x", 85) + " GET https://api.example.com/v1/items?page=2 failed\n"},
	// A bare host or host:port cut at 80 or 120 columns goes on on the
	// next line; so does a port cut there, and a name cut at a width two
	// lines share.
	{strings.Repeat("x", 58) + " CONNECT api.eu.corp.t\nest:8443 failed", strings.Repeat("x", 58) + " CONNECT api.eu.corp.test:8443 failed\n"},
	{strings.Repeat("x", 99) + " to db-primary.relay.\ntest, retrying", strings.Repeat("x", 99) + " to db-primary.relay.test, retrying\n"},
	{strings.Repeat("x", 60) + " dial 10.20.30.40:54\n32: refused", strings.Repeat("x", 60) + " dial 10.20.30.40:5432: refused\n"},
	{strings.Repeat("x", 40) + " from cdn.pkgs.corp.te\nst:8080 failed" + strings.Repeat("y", 48) + "\nnext", strings.Repeat("x", 40) + " from cdn.pkgs.corp.test:8080 failed" + strings.Repeat("y", 48) + "\n\nnext"},
	// A user@host operand cut right before its '@' at 80 or 120 columns,
	// or at a width two lines share, is one operand.
	{strings.Repeat("x", 112) + " vagrant\n@127.0.0.1:/srv/www\nnext", strings.Repeat("x", 112) + " vagrant@127.0.0.1:/srv/www\n\nnext"},
	{strings.Repeat("x", 76) + " ops\n@files.corp.test:/tmp/", strings.Repeat("x", 76) + " ops@files.corp.test:/tmp/\n"},
	{strings.Repeat("x", 54) + " deploy\n@web1.corp.test:/var/www/ " + strings.Repeat("y", 35), strings.Repeat("x", 54) + " deploy@web1.corp.test:/var/www/ " + strings.Repeat("y", 35) + "\n"},
	// Not a cut operand: a next line that starts with '@' and no host
	// (an npm scope), a line of 119 columns, a line ending in a dot or in
	// a path, a next line that starts with another word.
	{strings.Repeat("x", 112) + " install\n@types/node", strings.Repeat("x", 112) + " install\n@types/node"},
	{strings.Repeat("x", 111) + " vagrant\n@127.0.0.1:/srv/www", strings.Repeat("x", 111) + " vagrant\n@127.0.0.1:/srv/www"},
	{strings.Repeat("x", 111) + " vagrant.\n@127.0.0.1:/srv/www", strings.Repeat("x", 111) + " vagrant.\n@127.0.0.1:/srv/www"},
	{strings.Repeat("x", 107) + " /srv/vagrant\n@127.0.0.1:/srv/www", strings.Repeat("x", 107) + " /srv/vagrant\n@127.0.0.1:/srv/www"},
	{strings.Repeat("x", 112) + " vagrant\nError: 127.0.0.1", strings.Repeat("x", 112) + " vagrant\nError: 127.0.0.1"},
	// A terminal that pads each row with blanks to its width: a row of
	// that width with no blank at its end goes on on the next.
	{"$ tail error.log" + strings.Repeat(" ", 34) + "\n" + strings.Repeat("x", 34) + " server: localho\nst, upstream: \"http://127.0.0.1:81/health\"" + strings.Repeat(" ", 8) + "\nnext",
		"$ tail error.log" + strings.Repeat(" ", 34) + "\n" + strings.Repeat("x", 34) + " server: localhost, upstream: \"http://127.0.0.1:81/health\"" + strings.Repeat(" ", 8) + "\n\nnext"},
	// Not a padded wrap: one padded row only, a row cut at a blank, a
	// next row that starts with a blank.
	{strings.Repeat("x", 48) + "  \n" + strings.Repeat("y", 50) + "\nz", strings.Repeat("x", 48) + "  \n" + strings.Repeat("y", 50) + "\nz"},
	{strings.Repeat("x", 48) + "  \n" + strings.Repeat("w", 48) + "  \n" + strings.Repeat("y", 49) + " \nz", strings.Repeat("x", 48) + "  \n" + strings.Repeat("w", 48) + "  \n" + strings.Repeat("y", 49) + " \nz"},
	{strings.Repeat("x", 48) + "  \n" + strings.Repeat("w", 48) + "  \n" + strings.Repeat("y", 50) + "\n  at z", strings.Repeat("x", 48) + "  \n" + strings.Repeat("w", 48) + "  \n" + strings.Repeat("y", 50) + "\n  at z"},
	// Not a wrap: a short line, a quoted value no name, an apostrophe, a
	// quote closed, a space before the quote closes, a CRLF line, a URL
	// line of another width, a URL cut right after a whole host name, a
	// URL line before an indented one.
	{"path='/usr/lo\ncal', port=443", "path='/usr/lo\ncal', port=443"},
	{strings.Repeat("x", 52) + " Unable to open URL: https://vid\neo-edge.example.net/", strings.Repeat("x", 52) + " Unable to open URL: https://vid\neo-edge.example.net/"},
	{strings.Repeat("x", 46) + " connecting to https://example.com\nConnection refused", strings.Repeat("x", 46) + " connecting to https://example.com\nConnection refused"},
	{strings.Repeat("x", 42) + " connecting to https://example.com/a/b\n  at Socket.connect", strings.Repeat("x", 42) + " connecting to https://example.com/a/b\n  at Socket.connect"},
	{strings.Repeat("x", 74) + " can't\ngo", strings.Repeat("x", 74) + " can't\ngo"},
	// Not a cut host: a whole name ending the line, a word with no dot
	// before a name, a sentence before a lower-case word that is a
	// top-level domain, a whole name and a sentence's dot before one, a
	// name that makes no valid one, a path, a port cut at a shared width
	// only or before a date, a line of 79 columns.
	{strings.Repeat("x", 63) + " to api.corp.test\nRetrying", strings.Repeat("x", 63) + " to api.corp.test\nRetrying"},
	{strings.Repeat("x", 59) + " reach api.corp.test.\nit will retry", strings.Repeat("x", 59) + " reach api.corp.test.\nit will retry"},
	{strings.Repeat("x", 67) + " registry for\nregistry.corp.test: refused", strings.Repeat("x", 67) + " registry for\nregistry.corp.test: refused"},
	{strings.Repeat("x", 56) + " connection. Retrying...\ninfo There", strings.Repeat("x", 56) + " connection. Retrying...\ninfo There"},
	{strings.Repeat("x", 66) + " host api..cor\np.test", strings.Repeat("x", 66) + " host api..cor\np.test"},
	{strings.Repeat("x", 60) + " GET /files/cdn.exam\nple.com/x", strings.Repeat("x", 60) + " GET /files/cdn.exam\nple.com/x"},
	{strings.Repeat("x", 52) + " addr=127.0.0.1:44\n3 " + strings.Repeat("y", 50) + " addr=127.0.0.1:43\nnext", strings.Repeat("x", 52) + " addr=127.0.0.1:44\n3 " + strings.Repeat("y", 50) + " addr=127.0.0.1:43\nnext"},
	{strings.Repeat("x", 62) + " addr=127.0.0.1:44\n22/Aug/2016 next", strings.Repeat("x", 62) + " addr=127.0.0.1:44\n22/Aug/2016 next"},
	{strings.Repeat("x", 57) + " CONNECT api.eu.corp.t\nest:8443 failed", strings.Repeat("x", 57) + " CONNECT api.eu.corp.t\nest:8443 failed"},
	{strings.Repeat("x", 70) + " 'abcdefg'\nhi'", strings.Repeat("x", 70) + " 'abcdefg'\nhi'"},
	{strings.Repeat("x", 73) + " 'abcde\nf g'", strings.Repeat("x", 73) + " 'abcde\nf g'"},
	{strings.Repeat("x", 73) + " 'abcde\r\nf'", strings.Repeat("x", 73) + " 'abcde\r\nf'"},
}

func TestJoinWrapped(t *testing.T) { keepsShape(t, "joinWrapped", joinWrapped, wrapCases) }

// keepsShape checks a rewrite of the text that must keep its length and
// its line count against its table of texts and what it makes of them.
func keepsShape(t *testing.T, name string, f func(string) string, cases []struct{ in, want string }) {
	t.Helper()
	for _, c := range cases {
		got := f(c.in)
		if got != c.want {
			t.Errorf("%s(%q) = %q, want %q", name, c.in, got, c.want)
		}
		if len(got) != len(c.in) || strings.Count(got, "\n") != strings.Count(c.in, "\n") {
			t.Errorf("%s(%q) changed the length or the line count", name, c.in)
		}
	}
}
