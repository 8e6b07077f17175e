//go:build windows

package probes

import (
	"context"
	"net"
	"os"
	"time"
	"unsafe"

	"github.com/miekg/dns"
	"golang.org/x/sys/windows"

	"github.com/conndoctor/conndoctor/internal/failure"
)

// DnsQuery_W options: straight to the server, no cache, no hosts file.
const dnsQueryDirect = 0x8 | 0x40 | 0x100 // BYPASS_CACHE | NO_HOSTS_FILE | WIRE_ONLY

// dnsQueryProc is looked up before use: a missing function must not panic.
var dnsQueryProc = windows.NewLazySystemDLL("dnsapi.dll").NewProc("DnsQuery_W")

// exchange asks one server with Windows' own DNS client, DnsQuery_W with
// the server as its only one, for IPv4 servers on port 53: the query then
// goes out the way Windows programs' queries do. Other servers are asked
// over UDP as on Linux.
func exchange(ctx context.Context, c *dns.Client, m *dns.Msg, addr string) (*dns.Msg, time.Duration, error) {
	host, port, err := net.SplitHostPort(addr)
	ip := net.ParseIP(host).To4()
	if err != nil || ip == nil || port != "53" || len(m.Question) != 1 || dnsQueryProc.Find() != nil {
		return c.ExchangeContext(ctx, m, addr)
	}
	type answer struct {
		msg *dns.Msg
		err error
	}
	done := make(chan answer, 1)
	start := time.Now()
	go func() {
		msg, err := dnsQuery(m, ip)
		done <- answer{msg, err}
	}()
	select {
	case a := <-done:
		if a.err == nil && a.msg.Rcode == dns.RcodeServerFailure && underWine() {
			return askAgainOverTCP(ctx, c, m, addr, start)
		}
		return a.msg, time.Since(start), a.err
	case <-ctx.Done():
		// DnsQuery_W has its own time limits; its answer is dropped.
		return nil, time.Since(start), failure.Failure{Kind: failure.TimedOut, Op: "DnsQuery_W", Err: ctx.Err()}
	}
}

// askAgainOverTCP asks the server again over TCP after DnsQuery_W said
// DNS_ERROR_RCODE_SERVER_FAILURE under Wine. Wine 8's DnsQuery_W asks
// through libresolv and returns that code for every failed query: a
// SERVFAIL or REFUSED answer, but also a closed port or no answer. The
// server's answer over TCP is what it says; without one the server's
// answer is not known, and the error says so (a kind that supports no
// verdict) rather than passing Wine's code off as a SERVFAIL.
func askAgainOverTCP(ctx context.Context, c *dns.Client, m *dns.Msg, addr string, start time.Time) (*dns.Msg, time.Duration, error) {
	tc := *c
	tc.Net = "tcp"
	msg, _, err := tc.ExchangeContext(ctx, m, addr)
	if err == nil {
		return msg, time.Since(start), nil
	}
	return nil, time.Since(start), wineServFail{tcp: err}
}

// wineServFail is DnsQuery_W's DNS_ERROR_RCODE_SERVER_FAILURE under Wine
// when the server gave no answer over TCP either.
type wineServFail struct{ tcp error }

func (e wineServFail) Error() string {
	return "DnsQuery_W answered DNS_ERROR_RCODE_SERVER_FAILURE (9002), which Wine gives for any failed query " +
		"(a SERVFAIL or REFUSED answer, a closed port, no answer), and asked again over TCP the server gave no answer: " +
		failure.Classify(e.tcp).Error()
}

// Unwrap is the classification: the emulation cannot say what the server
// answered.
func (e wineServFail) Unwrap() error {
	return failure.Failure{Kind: failure.NotSupported, Op: "DnsQuery_W", Code: "DNS_ERROR_RCODE_SERVER_FAILURE", Number: 9002}
}

// ip4Array is IP4_ARRAY with one address.
type ip4Array struct {
	count uint32
	addr  [4]byte
}

// dnsQuery runs DnsQuery_W and turns its answer into a DNS message: the
// DNS_ERROR_RCODE_* results become response codes, DNS_INFO_NO_RECORDS an
// empty answer.
func dnsQuery(m *dns.Msg, server net.IP) (*dns.Msg, error) {
	q := m.Question[0]
	servers := ip4Array{count: 1}
	copy(servers.addr[:], server)
	name, err := windows.UTF16PtrFromString(q.Name)
	if err != nil {
		return nil, err
	}
	var recs *windows.DNSRecord
	r, _, _ := dnsQueryProc.Call(uintptr(unsafe.Pointer(name)), uintptr(q.Qtype), dnsQueryDirect,
		uintptr(unsafe.Pointer(&servers)), uintptr(unsafe.Pointer(&recs)), 0)
	if recs != nil {
		defer windows.DnsRecordListFree(recs, 1)
	}
	out := new(dns.Msg)
	out.SetReply(m)
	if rcode, ok := dnsQueryRcodes[uint32(r)]; ok {
		out.Rcode = rcode
	} else {
		return nil, failure.Wrap("DnsQuery_W", os.NewSyscallError("DnsQuery_W", windows.Errno(r)))
	}
	for rec := recs; rec != nil; rec = rec.Next {
		hdr := dns.RR_Header{Name: q.Name, Rrtype: rec.Type, Class: dns.ClassINET, Ttl: rec.Ttl}
		switch {
		case rec.Type == dns.TypeA && q.Qtype == dns.TypeA:
			out.Answer = append(out.Answer, &dns.A{Hdr: hdr, A: net.IP(append([]byte(nil), rec.Data[:4]...))})
		case rec.Type == dns.TypeAAAA && q.Qtype == dns.TypeAAAA:
			out.Answer = append(out.Answer, &dns.AAAA{Hdr: hdr, AAAA: net.IP(append([]byte(nil), rec.Data[:16]...))})
		}
	}
	return out, nil
}

// dnsQueryRcodes maps DnsQuery_W's results that are a server's answer to
// response codes.
var dnsQueryRcodes = map[uint32]int{
	0:    dns.RcodeSuccess,
	9501: dns.RcodeSuccess, // DNS_INFO_NO_RECORDS: the name has no such record
	9001: dns.RcodeFormatError,
	9002: dns.RcodeServerFailure,
	9003: dns.RcodeNameError,
	9004: dns.RcodeNotImplemented,
	9005: dns.RcodeRefused,
}
