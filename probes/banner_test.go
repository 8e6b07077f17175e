package probes

import (
	"context"
	"io"
	"net"
	"strings"
	"testing"
	"time"
)

// greetingCases are services that speak first, as they greet (rows seed
// FuzzReadGreeting).
var greetingCases = []struct {
	name, greeting, banner, refusal string
}{
	{"ssh", "SSH-2.0-OpenSSH_9.6p1 Debian-4\r\n", "SSH-2.0-OpenSSH_9.6p1 Debian-4", ""},
	{"smtp ready", "220 mail.example.com ESMTP Postfix\r\n", "220 mail.example.com ESMTP Postfix", ""},
	{"smtp too many", "421 4.7.0 mail.example.com Error: too many connections from 10.0.0.7\r\n", "421 4.7.0 mail.example.com Error: too many connections from 10.0.0.7", "421 4.7.0 mail.example.com Error: too many connections from 10.0.0.7"},
	{"ftp", "220 (vsFTPd 3.0.3)\r\n", "220 (vsFTPd 3.0.3)", ""},
	{"pop3 refuses", "-ERR [SYS/TEMP] server busy\r\n", "-ERR [SYS/TEMP] server busy", "-ERR [SYS/TEMP] server busy"},
	{"mysql greeting", "J\x00\x00\x00\x0a8.0.36\x00\x08\x00\x00\x00", "MySQL 8.0.36", ""},
	{"mysql too many", "\x17\x00\x00\x00\xff\x10\x04Too many connections", "MySQL error 1040: Too many connections", "Too many connections"},
	{"escape sequences", "220 \x1b[2J\x1b]0;owned\x07hello\r\n", "220 [2J]0;ownedhello", ""},
	{"mysql error cut short", "\x02\x00\x00\x00\xff\x10", "", ""},
	{"text with a line feed fifth", "421\r\n", "421", "421"},
}

func TestReadGreeting(t *testing.T) {
	for _, c := range greetingCases {
		b, r := readGreeting([]byte(c.greeting), strings.HasPrefix(c.name, "mysql"))
		if b != c.banner || r != c.refusal {
			t.Errorf("%s: banner %q refusal %q, want %q %q", c.name, b, r, c.banner, c.refusal)
		}
	}
}

func FuzzReadGreeting(f *testing.F) {
	for _, c := range greetingCases {
		f.Add([]byte(c.greeting))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		banner, refusal := readGreeting(b, len(b) > 0 && b[0]%2 == 0)
		for _, s := range []string{banner, refusal} {
			for _, r := range s {
				if r < 0x20 || r == 0x7f {
					t.Fatalf("control character in %q", s)
				}
			}
		}
	})
}

// TestBannerCheck runs the greeting check against loopback services that
// greet, refuse, close at once and stay silent.
func TestBannerCheck(t *testing.T) {
	cases := []struct {
		name    string
		serve   func(net.Conn)
		status  Status
		summary string
		reset   bool
	}{
		{"greets", func(c net.Conn) { io.WriteString(c, "SSH-2.0-lab\r\n"); time.Sleep(200 * time.Millisecond) }, StatusPass, "SSH-2.0-lab", false},
		{"refuses", func(c net.Conn) { io.WriteString(c, "421 too many connections\r\n") }, StatusFail, "the service refuses: 421 too many connections", false},
		{"closes at once", func(c net.Conn) {}, StatusFail, "closed it without a greeting", true},
		{"silent", func(c net.Conn) { time.Sleep(time.Second) }, StatusFail, "sent no greeting within 300 ms", false},
	}
	for _, c := range cases {
		port := rawServer(t, func(conn net.Conn) { c.serve(conn); conn.Close() })
		r := ProbeApp(context.Background(), KindBanner, "127.0.0.1", "127.0.0.1", port, "", AppOptions{AnswerWait: 300 * time.Millisecond})
		if r.Status != c.status || !strings.Contains(r.Summary, c.summary) || r.Reset != c.reset {
			t.Errorf("%s: %s %q reset %v", c.name, r.Status, r.Summary, r.Reset)
		}
	}
}
