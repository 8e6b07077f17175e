package probes

import (
	"context"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/conndoctor/conndoctor/internal/textcap"
)

// KindBanner is the application check for services that speak first: SSH,
// SMTP, FTP, IMAP, POP3 and MySQL greet every new connection. Reading the
// greeting shows whether the service really serves, beyond accepting the
// connection.
const KindBanner = "banner"

// bannerSchemes and bannerPorts name the services that speak first.
var (
	bannerSchemes = map[string]bool{"ssh": true, "sftp": true, "smtp": true, "ftp": true, "imap": true, "pop3": true, "mysql": true}
	bannerPorts   = map[int]bool{22: true, 21: true, 25: true, 587: true, 110: true, 143: true, 3306: true}
)

// maxBanner bounds what is read of a greeting.
const maxBanner = 512

// bannerWait bounds the wait for a greeting: services greet at once, so
// this is shorter than the wait for an HTTP answer.
const bannerWait = 10 * time.Second

// probeBanner connects and reads the service's greeting: its first line,
// or a refusal in it (SMTP or FTP 421, a MySQL error packet), or nothing
// (closed or reset at once, or silence).
func probeBanner(ctx context.Context, r *AppResult, addr string, port int, mysql bool, o AppOptions) {
	start := time.Now()
	dctx, cancel := context.WithTimeout(ctx, o.Timeout)
	defer cancel()
	c, err := dialer(addr, port)(dctx, "tcp", "")
	if err != nil {
		r.fail(FailConnect, err)
		return
	}
	defer c.Close()
	r.Phases.Connect = Millis(time.Since(start))
	r.Source = c.LocalAddr().String()
	wait := min(o.AnswerWait, bannerWait)
	r.AnswerWait = Millis(wait)
	deadline := time.Now().Add(wait)
	if d, ok := ctx.Deadline(); ok && d.Before(deadline) {
		deadline = d
	}
	c.SetReadDeadline(deadline)
	stop := context.AfterFunc(ctx, func() { c.SetReadDeadline(time.Now()) })
	defer stop()
	buf := make([]byte, maxBanner)
	n, err := io.ReadAtLeast(c, buf, 1)
	r.Phases.FirstByte = Millis(time.Since(start))
	if n == 0 {
		r.fail(FailFirstByte, err)
		r.Reset = !r.TimedOut && closedEarly(err)
		return
	}
	r.Banner, r.Refusal = readGreeting(buf[:n], mysql)
	r.Phases.Body = Millis(time.Since(start))
}

// readGreeting returns a greeting's first line as text and, when the
// greeting refuses service, the refusal: an SMTP/FTP/POP3 reply 421 ("too
// many connections", "service not available"), a POP3 "-ERR", or a MySQL
// error packet (its fifth byte is 0xff, its message follows the code).
//
// MySQL's binary packets are read only when mysql is set (the scheme or
// port is MySQL's): a text greeting may have any byte fifth.
func readGreeting(b []byte, mysql bool) (banner, refusal string) {
	if mysql && len(b) >= 7 && b[4] == 0xff { // 3-byte length, sequence, 0xff, 2-byte code, message
		msg := printable(b[7:])
		if strings.HasPrefix(msg, "#") && len(msg) > 6 {
			msg = msg[6:] // "#HY000" SQL state
		}
		return "MySQL error " + strconv.Itoa(int(b[5])|int(b[6])<<8) + ": " + msg, msg
	}
	if mysql && len(b) > 5 && b[4] == 0x0a { // MySQL greeting: protocol 10, then the version
		v, _, _ := strings.Cut(string(b[5:]), "\x00")
		return "MySQL " + printable([]byte(v)), ""
	}
	line, _, _ := strings.Cut(string(b), "\n")
	line = printable([]byte(strings.TrimRight(line, "\r")))
	if strings.HasPrefix(line, "421") || strings.HasPrefix(line, "-ERR") {
		return line, line
	}
	return line, ""
}

// printable keeps the printable ASCII of a greeting, capped.
func printable(b []byte) string {
	var sb strings.Builder
	for _, c := range b {
		if c >= 0x20 && c < 0x7f {
			sb.WriteByte(c)
		}
	}
	return textcap.CapN(strings.TrimSpace(sb.String()), 200)
}

// bannerVerdict summarises the greeting check.
func (r *AppResult) bannerVerdict() (Status, string) {
	p := r.Phases
	switch {
	case r.FailedAt == FailConnect:
		return StatusFail, "could not connect: " + r.Error
	case r.Reset:
		return StatusFail, "the service accepted the connection (" + fmtDur(p.Connect.D()) + "), then closed it without a greeting: " + r.Error
	case r.FailedAt == FailFirstByte && r.TimedOut:
		return StatusFail, "connected (" + fmtDur(p.Connect.D()) + ") but the service sent no greeting within " + fmtDur(r.AnswerWait.D())
	case r.FailedAt != "":
		return StatusFail, "the greeting could not be read: " + r.Error
	case r.Refusal != "":
		return StatusFail, "the service refuses: " + r.Refusal
	}
	return StatusPass, "the service greets in " + fmtDur(p.FirstByte.D()) + ": " + r.Banner
}

// bannerKind says a scheme or port is a service that speaks first.
func bannerKind(scheme string, port int) bool {
	return bannerSchemes[scheme] || scheme == "" && bannerPorts[port]
}
