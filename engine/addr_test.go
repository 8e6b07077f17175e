package engine

import (
	"context"
	"net"
	"net/netip"
	"strconv"
	"testing"

	"github.com/miekg/dns"

	"github.com/conndoctor/conndoctor/diagnose"
	"github.com/conndoctor/conndoctor/platform"
	"github.com/conndoctor/conndoctor/probes"
	"github.com/conndoctor/conndoctor/target"
)

// loopbackDNS serves name → addrs (A records) on a loopback UDP port and
// returns the server's address.
func loopbackDNS(t *testing.T, name string, addrs ...string) string {
	t.Helper()
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	h := dns.HandlerFunc(func(w dns.ResponseWriter, q *dns.Msg) {
		m := new(dns.Msg)
		m.SetReply(q)
		if q.Question[0].Name == dns.Fqdn(name) && q.Question[0].Qtype == dns.TypeA {
			for _, a := range addrs {
				m.Answer = append(m.Answer, &dns.A{Hdr: dns.RR_Header{Name: q.Question[0].Name, Rrtype: dns.TypeA, Class: dns.ClassINET, Ttl: 60}, A: net.ParseIP(a)})
			}
		}
		w.WriteMsg(m)
	})
	srv := &dns.Server{PacketConn: pc, Handler: h}
	go srv.ActivateAndServe()
	t.Cleanup(func() { srv.Shutdown() })
	return pc.LocalAddr().String()
}

// TestRunEveryAddress: a name with two loopback addresses, of which only
// the first has the port open. The port check tests the first, the
// every-address check finds the second refusing, and the verdict names it.
func TestRunEveryAddress(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	server := loopbackDNS(t, "multi.test", "127.0.0.2", "127.0.0.1")
	tgt, err := target.Parse("multi.test:" + strconv.Itoa(ln.Addr().(*net.TCPAddr).Port))
	if err != nil {
		t.Fatal(err)
	}
	o := loopbackOptions()
	o.NoTrace, o.NoMTU = true, true
	o.DNS.Config = func() (platform.ResolvConf, error) { return platform.ResolvConf{Servers: []string{server}}, nil }
	o.DNS.Resolver = &net.Resolver{PreferGo: true, Dial: func(ctx context.Context, _, _ string) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, "udp", server)
	}}
	// Sent from 127.0.0.1/8: glibc's longest-prefix rule puts 127.0.0.1
	// first, whatever the DNS order.
	o.Order = probes.OrderOptions{Policy: platform.GlibcPolicy, Source: func(netip.Addr) (netip.Prefix, bool) {
		return netip.MustParsePrefix("127.0.0.1/8"), true
	}}
	rep := Run(context.Background(), tgt, o, nil)
	a := rep.Results.Addrs
	if rep.Addr != "127.0.0.1" || a == nil || len(a.Addrs) != 2 || a.Addrs[1].Addr != "127.0.0.2" {
		t.Fatalf("addresses: tested %q, every-address check %+v", rep.Addr, a)
	}
	if a.Addrs[0].Port != rep.Results.Port || a.Addrs[1].Port == nil || a.Addrs[1].Port.State != probes.PortRefused || a.Addrs[1].Ping == nil {
		t.Errorf("per-address results: %+v / %+v", a.Addrs[0], a.Addrs[1])
	}
	if a.Status != probes.StatusFail || a.Order.Policy != "glibc's built-in table (RFC 3484)" {
		t.Errorf("every-address check %s (%s), order %+v", a.Status, a.Summary, a.Order)
	}
	if code := rep.Diagnosis.Verdict.Code; code != diagnose.CodeDNSDeadAddr {
		t.Errorf("verdict %s (%s), want %s", code, rep.Diagnosis.Verdict.Summary, diagnose.CodeDNSDeadAddr)
	}
	if v := diagnose.Violations(rep.Diagnosis, &rep.Results); len(v) > 0 {
		t.Errorf("the diagnosis contradicts its checks: %v", v)
	}
}
