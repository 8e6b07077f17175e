package probes

import (
	"context"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/miekg/dns"

	"github.com/conndoctor/conndoctor/platform"
)

// cnameZone answers from a table of aliases on 127.0.0.1: as an
// authoritative server, following the aliases into the answer until one
// repeats (like BIND), or, with servfail, as a recursive resolver that
// gives up on A and AAAA but answers CNAME questions.
func cnameZone(t *testing.T, aliases map[string]string, servfail bool) string {
	t.Helper()
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &dns.Server{PacketConn: pc, Handler: dns.HandlerFunc(func(w dns.ResponseWriter, q *dns.Msg) {
		m := new(dns.Msg)
		m.SetReply(q)
		name, qt := q.Question[0].Name, q.Question[0].Qtype
		cname := func(n string) dns.RR {
			return &dns.CNAME{Hdr: dns.RR_Header{Name: n, Rrtype: dns.TypeCNAME, Class: dns.ClassINET, Ttl: 5}, Target: aliases[n]}
		}
		switch {
		case aliases[name] == "":
			m.Rcode = dns.RcodeNameError
		case qt == dns.TypeCNAME:
			m.Answer = append(m.Answer, cname(name))
		case servfail:
			m.Rcode = dns.RcodeServerFailure
		default:
			for seen := map[string]bool{}; aliases[name] != "" && !seen[name]; name = aliases[name] {
				seen[name] = true
				m.Answer = append(m.Answer, cname(name))
			}
		}
		w.WriteMsg(m)
	})}
	go srv.ActivateAndServe()
	t.Cleanup(func() { srv.Shutdown() })
	return pc.LocalAddr().String()
}

// TestDNSCNAMELoop: a name whose aliases loop is reported as such, not as
// a name that does not exist (it was "NXDOMAIN ... check the spelling").
func TestDNSCNAMELoop(t *testing.T) {
	loop := map[string]string{"app.test.": "b.test.", "b.test.": "c.test.", "c.test.": "app.test."}
	long := map[string]string{}
	for i := range 12 {
		long[strings.Repeat("a", i+1)+".test."] = strings.Repeat("a", i+2) + ".test."
	}
	long["app.test."] = "a.test."
	cases := []struct {
		name      string
		aliases   map[string]string
		servfail  bool
		chainHead string
	}{
		{"loop, authoritative", loop, false, "app.test → b.test → c.test → app.test"},
		{"loop, resolver gives up", loop, true, "app.test → b.test → c.test → app.test"},
		{"chain too long", long, false, "app.test → a.test → aa.test"},
	}
	for _, c := range cases {
		server := cnameZone(t, c.aliases, c.servfail)
		o := DNSOptions{Timeout: time.Second,
			Config: func() (platform.ResolvConf, error) { return platform.ResolvConf{Servers: []string{server}}, nil },
			Hosts:  func() ([]platform.HostEntry, string, error) { return nil, "", nil },
			Resolver: &net.Resolver{PreferGo: true, Dial: func(ctx context.Context, network, _ string) (net.Conn, error) {
				var d net.Dialer
				return d.DialContext(ctx, network, server)
			}}}
		sys := func() Lookup { return SystemLookup(context.Background(), "app.test", o) }
		r := ProbeDNS(context.Background(), "app.test", sys, o)
		if r.System.Kind == AnswerOK || r.Status != StatusFail || r.CNAMELoop == nil || !r.Servers[0].CNAMELoop {
			t.Errorf("%s: system %+v, %s %q, loop %v", c.name, r.System, r.Status, r.Summary, r.CNAMELoop)
			continue
		}
		if !strings.Contains(r.Summary, "never end: "+c.chainHead) || strings.Contains(r.Summary, "NXDOMAIN") {
			t.Errorf("%s: %s", c.name, r.Summary)
		}
	}
}

func TestCNAMEChain(t *testing.T) {
	rr := func(from, to string) dns.RR {
		return &dns.CNAME{Hdr: dns.RR_Header{Name: from, Rrtype: dns.TypeCNAME}, Target: to}
	}
	a := &dns.A{Hdr: dns.RR_Header{Name: "b.test.", Rrtype: dns.TypeA}, A: net.IPv4(10, 0, 0, 1)}
	cases := []struct {
		name    string
		rrs     []dns.RR
		chain   string
		endless bool
	}{
		{"no alias", []dns.RR{a}, "", false},
		{"one alias", []dns.RR{rr("x.test.", "b.test."), a}, "x.test → b.test", false},
		{"self", []dns.RR{rr("x.test.", "X.test.")}, "x.test → x.test", true},
		{"loop", []dns.RR{rr("x.test.", "y.test."), rr("y.test.", "x.test.")}, "x.test → y.test → x.test", true},
	}
	for _, c := range cases {
		chain, endless := cnameChain("x.test.", c.rrs)
		if chainText(chain) != c.chain || endless != c.endless {
			t.Errorf("%s: %q %v", c.name, chainText(chain), endless)
		}
	}
}
