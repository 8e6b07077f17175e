package probes

import (
	"context"
	"net"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/miekg/dns"

	"github.com/conndoctor/conndoctor/platform"
)

func TestFreshName(t *testing.T) {
	for name, zone := range map[string]string{"app.lab.test": ".lab.test", "app.lab.test.": ".lab.test", "example.com": ".example.com", "a.b.c.example.com": ".b.c.example.com"} {
		got := freshName(name)
		if !regexp.MustCompile(`^cd-[a-z0-9]{12}` + regexp.QuoteMeta(zone) + `$`).MatchString(got) {
			t.Errorf("freshName(%q) = %q, want cd-<12 random>%s", name, got, zone)
		}
		if got == freshName(name) {
			t.Errorf("freshName(%q) is the same twice", name)
		}
	}
}

// slowDNSServer answers every query on loopback after delay: app.test has
// an address, every other name is NXDOMAIN.
func slowDNSServer(t *testing.T, delay time.Duration) string {
	t.Helper()
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &dns.Server{PacketConn: pc, Handler: dns.HandlerFunc(func(w dns.ResponseWriter, q *dns.Msg) {
		time.Sleep(delay)
		m := new(dns.Msg)
		m.SetReply(q)
		m.RecursionAvailable = true // else Go's resolver takes an empty answer for a lame referral and asks again
		switch {
		case q.Question[0].Name != "app.test.":
			m.Rcode = dns.RcodeNameError
		case q.Question[0].Qtype == dns.TypeA:
			m.Answer = append(m.Answer, &dns.A{Hdr: dns.RR_Header{Name: "app.test.", Rrtype: dns.TypeA, Class: dns.ClassINET, Ttl: 5}, A: net.ParseIP("127.0.0.9")})
		}
		w.WriteMsg(m)
	})}
	go srv.ActivateAndServe()
	t.Cleanup(func() { srv.Shutdown() })
	return pc.LocalAddr().String()
}

// TestDNSSlowIsNotSilence: a server that answers after 1.2 s, past the
// usual wait of 1 s here, is slow, not silent; the fresh name is timed on
// it and on the system resolver.
func TestDNSSlowIsNotSilence(t *testing.T) {
	server := slowDNSServer(t, 1200*time.Millisecond)
	o := DNSOptions{Timeout: time.Second,
		Config: func() (platform.ResolvConf, error) { return platform.ResolvConf{Servers: []string{server}}, nil },
		Hosts:  func() ([]platform.HostEntry, string, error) { return nil, "", nil },
		Resolver: &net.Resolver{PreferGo: true, Dial: func(ctx context.Context, network, _ string) (net.Conn, error) {
			var d net.Dialer
			return d.DialContext(ctx, network, server)
		}}}
	sys := func() Lookup { return SystemLookup(context.Background(), "app.test", o) }
	r := ProbeDNS(context.Background(), "app.test", sys, o)
	s := r.Servers[0]
	if s.Kind != AnswerOK || s.Fresh == nil || s.Fresh.Kind != AnswerNXDomain || s.Fresh.RTT.D() < time.Second {
		t.Fatalf("slow server: %+v, fresh %+v", s, s.Fresh)
	}
	if r.SystemFresh == nil || r.SystemFresh.Kind != AnswerNXDomain || !strings.HasSuffix(r.FreshName, ".test") {
		t.Errorf("system fresh lookup of %q: %+v", r.FreshName, r.SystemFresh)
	}
	if r.SlowSystem() < time.Second || len(r.SlowServers()) != 1 || r.Status != StatusWarn || !strings.Contains(r.Summary, "slowly") {
		t.Errorf("slow %v %v: %s %q", r.SlowSystem(), r.SlowServers(), r.Status, r.Summary)
	}
}

// TestDNSFreshNameSkipped: a name from the hosts file, or without a dot,
// has no zone to ask about.
func TestDNSFreshNameSkipped(t *testing.T) {
	dead, _ := net.ListenPacket("udp", "127.0.0.1:0") // never answers
	defer dead.Close()
	o := DNSOptions{Timeout: 100 * time.Millisecond,
		Config: func() (platform.ResolvConf, error) {
			return platform.ResolvConf{Servers: []string{dead.LocalAddr().String()}}, nil
		},
		Hosts: func() ([]platform.HostEntry, string, error) {
			return []platform.HostEntry{{Addr: "127.0.0.5", Names: []string{"app.test"}, Line: 1}}, "/etc/hosts", nil
		}}
	sys := func() Lookup { return Lookup{Kind: AnswerOK, Addrs: []string{"127.0.0.5"}} }
	for _, name := range []string{"app.test", "intranet"} {
		r := ProbeDNS(context.Background(), name, sys, o)
		if r.FreshName != "" || r.SystemFresh != nil {
			t.Errorf("%s: fresh name %q asked", name, r.FreshName)
		}
	}
}
