package probes

import (
	"net"
	"os"
	"strings"
	"syscall"
	"testing"

	"github.com/conndoctor/conndoctor/internal/failure"
)

// wineUDP is what a DNS query's UDP dial returns under Wine 8.
var wineUDP = &net.OpError{Op: "dial", Net: "udp", Err: failure.Failure{Kind: failure.NotSupported, Op: "wsaioctl", Code: "WSAEOPNOTSUPP", Number: 10045}}

func TestAnswerKindTyped(t *testing.T) {
	cases := []struct {
		err  error
		want string
	}{
		{&net.OpError{Op: "read", Net: "udp", Err: os.NewSyscallError("recvfrom", syscall.ECONNREFUSED)}, AnswerUnreachable},
		{os.NewSyscallError("sendto", syscall.ENETUNREACH), AnswerUnreachable},
		{os.NewSyscallError("socket", syscall.EAFNOSUPPORT), AnswerError},
		{os.NewSyscallError("sendto", syscall.EPERM), AnswerError},
		{wineUDP, AnswerError},
	}
	for _, c := range cases {
		if got := answerKind(ServerAnswer{}, c.err); got != c.want {
			t.Errorf("answerKind(%v) = %s, want %s", c.err, got, c.want)
		}
	}
}

// TestTellingErr: of a server's two failed queries (A and AAAA), the answer
// keeps the more telling error, whichever order they came in.
func TestTellingErr(t *testing.T) {
	refused := &net.OpError{Op: "read", Net: "udp", Err: os.NewSyscallError("recvfrom", syscall.ECONNREFUSED)}
	timeout := failure.Failure{Kind: failure.TimedOut, Op: "DnsQuery_W"}
	cases := []struct {
		a, b, want error
	}{
		{nil, nil, nil},
		{nil, timeout, timeout},
		{timeout, nil, timeout},
		{refused, timeout, refused},
		{timeout, refused, refused},
		{wineUDP, timeout, timeout},
		{timeout, wineUDP, timeout},
		{wineUDP, refused, refused},
	}
	for _, c := range cases {
		if got := tellingErr(c.a, c.b); got != c.want {
			t.Errorf("tellingErr(%v, %v) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestDNSCouldNotAsk checks that servers a query could not even be sent to
// are never counted as servers that do not answer.
func TestDNSCouldNotAsk(t *testing.T) {
	notAsked := ServerAnswer{Server: "10.99.3.200", Lookup: Lookup{Kind: AnswerError, Error: wineUDP.Error()}}
	timeout := ServerAnswer{Server: "10.0.0.2", Lookup: Lookup{Kind: AnswerTimeout}}
	ok := Lookup{Kind: AnswerOK, Addrs: []string{"10.99.3.10"}}
	failed := Lookup{Kind: AnswerTimeout, Error: "i/o timeout"}
	cases := []struct {
		system  Lookup
		servers []ServerAnswer
		status  Status
		summary string
	}{
		{ok, []ServerAnswer{notAsked}, StatusPass, "1 DNS server could not be asked directly (dial udp: operation not supported (WSAEOPNOTSUPP 10045) in wsaioctl)"},
		{failed, []ServerAnswer{notAsked}, StatusError, "could not be asked directly from this computer"},
		{ok, []ServerAnswer{notAsked, timeout}, StatusWarn, "1 of 1 DNS servers do not answer"},
		{failed, []ServerAnswer{notAsked, timeout}, StatusFail, "app.lab.test does not resolve: 1 DNS server gives no answer in time"},
		{failed, []ServerAnswer{timeout, {Server: "10.0.0.3", Lookup: Lookup{Kind: AnswerRefused}}, {Server: "10.0.0.4", Lookup: Lookup{Kind: AnswerRefused}}},
			StatusFail, "2 DNS servers refuse to answer (REFUSED), 1 DNS server gives no answer in time"},
		{failed, []ServerAnswer{{Server: "10.0.0.3", Lookup: Lookup{Kind: AnswerServFail}}}, StatusFail, "1 DNS server cannot get an answer (SERVFAIL)"},
	}
	for _, c := range cases {
		r := &DNSResult{Name: "app.lab.test", System: c.system, Servers: c.servers}
		st, sum := r.verdict()
		if st != c.status || !strings.Contains(sum, c.summary) {
			t.Errorf("%s %v: %s %q, want %s with %q", c.system.Kind, c.servers, st, sum, c.status, c.summary)
		}
	}
}
