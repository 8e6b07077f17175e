package probes

import (
	"context"
	"encoding/json"
	"errors"
	"net"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/miekg/dns"

	"github.com/conndoctor/conndoctor/platform"
)

// These tests send traffic only to loopback.

func TestAnswerKind(t *testing.T) {
	timeout := &net.DNSError{Err: "i/o timeout", IsTimeout: true}
	cases := []struct {
		a    ServerAnswer
		err  error
		want string
	}{
		{ServerAnswer{Lookup: Lookup{Addrs: []string{"10.0.0.1"}}, Rcode: "NOERROR"}, nil, AnswerOK},
		{ServerAnswer{Rcode: "NXDOMAIN"}, nil, AnswerNXDomain},
		{ServerAnswer{Rcode: "SERVFAIL"}, nil, AnswerServFail},
		{ServerAnswer{Rcode: "REFUSED"}, nil, AnswerRefused},
		{ServerAnswer{Rcode: "NOERROR"}, nil, AnswerNoData},
		{ServerAnswer{}, timeout, AnswerTimeout},
		{ServerAnswer{}, context.DeadlineExceeded, AnswerTimeout},
		{ServerAnswer{}, errors.New("read udp: connection refused"), AnswerUnreachable},
		{ServerAnswer{}, errors.New("weird"), AnswerError},
	}
	for _, c := range cases {
		if got := answerKind(c.a, c.err); got != c.want {
			t.Errorf("answerKind(%+v, %v) = %s, want %s", c.a, c.err, got, c.want)
		}
	}
}

func TestHostsOverride(t *testing.T) {
	entry := []platform.HostEntry{{Addr: "10.1.1.1", Names: []string{"app"}}}
	ok := []ServerAnswer{{Lookup: Lookup{Addrs: []string{"10.2.2.2"}}}}
	same := []ServerAnswer{{Lookup: Lookup{Addrs: []string{"10.1.1.1"}}}}
	dead := []ServerAnswer{{Lookup: Lookup{Kind: AnswerTimeout}}}
	if !hostsOverride(entry, ok) || hostsOverride(entry, same) || hostsOverride(entry, dead) || hostsOverride(nil, ok) {
		t.Error("hostsOverride decisions wrong")
	}
}

func TestMillisJSON(t *testing.T) {
	b, err := json.Marshal(Millis(1500 * time.Microsecond))
	if err != nil || string(b) != "1.5" {
		t.Fatalf("got %s %v", b, err)
	}
	var m Millis
	if err := json.Unmarshal(b, &m); err != nil || m.D() != 1500*time.Microsecond {
		t.Errorf("round trip: %v %v", m.D(), err)
	}
}

func TestPortOnLoopback(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	open := ln.Addr().(*net.TCPAddr).Port
	ln2, _ := net.Listen("tcp", "127.0.0.1:0")
	closed := ln2.Addr().(*net.TCPAddr).Port
	ln2.Close()
	defer ln.Close()
	ctx := context.Background()
	r := ProbePort(ctx, "127.0.0.1", open, PortOptions{Timeout: time.Second})
	if r.State != PortOpen || r.Status != StatusPass || r.Explain == "" {
		t.Errorf("open port: %+v", r)
	}
	r = ProbePort(ctx, "127.0.0.1", closed, PortOptions{Timeout: time.Second})
	if r.State != PortRefused || r.Errno != "ECONNREFUSED" && r.Errno != "" || !strings.Contains(r.Summary, "refused") {
		t.Errorf("closed port: %+v", r)
	}
	r = ProbePort(ctx, "not-an-ip", 1, PortOptions{})
	if r.State != PortError || r.Status != StatusError {
		t.Errorf("bad address: %+v", r)
	}
}

func TestPortHonoursCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	start := time.Now()
	// 127.0.0.1:9 is discard, usually closed; either way a cancelled
	// context must return at once.
	ProbePort(ctx, "127.0.0.1", 9, PortOptions{Timeout: time.Minute})
	if time.Since(start) > 2*time.Second {
		t.Errorf("a cancelled probe took %v", time.Since(start))
	}
}

// loopbackDNS serves one name on 127.0.0.1 and returns its address.
func loopbackDNS(t *testing.T) string {
	t.Helper()
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &dns.Server{PacketConn: pc, Handler: dns.HandlerFunc(func(w dns.ResponseWriter, q *dns.Msg) {
		m := new(dns.Msg)
		m.SetReply(q)
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

func TestDNSOnLoopback(t *testing.T) {
	server := loopbackDNS(t)
	dead, _ := net.ListenPacket("udp", "127.0.0.1:0") // bound but never answers
	defer dead.Close()
	hosts := []platform.HostEntry{{Addr: "127.0.0.5", Names: []string{"app.test"}, Line: 3}}
	o := DNSOptions{Timeout: 300 * time.Millisecond,
		Config: func() (platform.ResolvConf, error) {
			return platform.ResolvConf{Servers: []string{server, dead.LocalAddr().String()}}, nil
		},
		Hosts: func() ([]platform.HostEntry, string, error) { return hosts, "/etc/hosts", nil }}
	sys := func() Lookup { return Lookup{Kind: AnswerOK, Addrs: []string{"127.0.0.5"}} }
	r := ProbeDNS(context.Background(), "app.test", sys, o)
	if len(r.Servers) != 2 || r.Servers[0].Kind != AnswerOK || r.Servers[0].Addrs[0] != "127.0.0.9" {
		t.Fatalf("live server: %+v", r.Servers)
	}
	if r.Servers[1].Kind != AnswerTimeout {
		t.Errorf("silent server: %+v", r.Servers[1])
	}
	if !r.HostsOverride || r.Status != StatusWarn {
		t.Errorf("hosts override not seen: %+v", r)
	}
	// The fresh name's system lookup goes to the loopback server too.
	o.Resolver = &net.Resolver{PreferGo: true, Dial: func(ctx context.Context, _, _ string) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, "udp", server)
	}}
	r = ProbeDNS(context.Background(), "missing.test", func() Lookup { return Lookup{Kind: AnswerNXDomain} }, o)
	if r.Servers[0].Kind != AnswerNXDomain || r.Status != StatusFail {
		t.Errorf("nxdomain: %+v", r)
	}
	r.NoteDialled("127.0.0.1")
	if r.DialledStale {
		t.Error("no stale flag without a successful lookup")
	}
}

func TestSystemLookupHostsFile(t *testing.T) {
	// localhost comes from the hosts file: no DNS traffic.
	l := SystemLookup(context.Background(), "localhost", DNSOptions{Timeout: time.Second})
	if l.Kind != AnswerOK || len(l.Addrs) == 0 {
		t.Errorf("localhost: %+v", l)
	}
}

func TestLocalWithInjectedOS(t *testing.T) {
	noGateways := func() ([]platform.Gateway, error) { return nil, nil }
	r := ProbeLocal(context.Background(), "127.0.0.1", 443, false, LocalOptions{Gateways: noGateways})
	if r.Route == nil || !r.Route.Found || !r.Route.OnLink || r.Gateway != nil {
		t.Errorf("loopback route: %+v", r.Route)
	}
	down := func() ([]net.Interface, error) {
		return []net.Interface{{Name: "eth0", Flags: 0, MTU: 1500}}, nil
	}
	r = ProbeLocal(context.Background(), "", 443, false, LocalOptions{Interfaces: down, Gateways: noGateways})
	if r.Status != StatusFail || !strings.Contains(r.Summary, "no network interface is up") {
		t.Errorf("all down: %s %s", r.Status, r.Summary)
	}
	broken := func() ([]net.Interface, error) { return nil, errors.New("boom") }
	if r = ProbeLocal(context.Background(), "", 443, false, LocalOptions{Interfaces: broken}); r.Status != StatusError {
		t.Errorf("broken interfaces: %s", r.Status)
	}
}

func TestPickGateway(t *testing.T) {
	gws := []platform.Gateway{{Addr: "10.0.0.1", Iface: "eth0"}, {Addr: "10.8.0.1", Iface: "tun0"}}
	cases := []struct {
		rt   *Route
		want string
	}{
		{nil, "10.0.0.1"},
		{&Route{Found: true, Iface: "tun0"}, "10.8.0.1"},
		{&Route{Found: true, Iface: "eth0", OnLink: true}, ""},
		{&Route{Found: false}, ""},
		{&Route{To: "127.0.0.53", ForDNS: true, Found: true, OnLink: true}, "10.0.0.1"},
	}
	for _, c := range cases {
		got := pickGateway(gws, c.rt)
		if (got == nil && c.want != "") || (got != nil && got.Addr != c.want) {
			t.Errorf("route %+v: got %v, want %q", c.rt, got, c.want)
		}
	}
}

func TestPingAndTraceOnLoopback(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("ping fallback and traceroute need root here")
	}
	p := Ping(context.Background(), "127.0.0.1", PingOptions{Count: 3, Interval: 20 * time.Millisecond})
	if p.Recv != 3 || p.Status != StatusPass {
		t.Errorf("ping loopback: %+v", p)
	}
	for _, mode := range []string{TraceICMP, TraceTCP} {
		ln, _ := net.Listen("tcp", "127.0.0.1:0")
		tr := Trace(context.Background(), mode, "127.0.0.1", ln.Addr().(*net.TCPAddr).Port, TraceOptions{})
		ln.Close()
		if !tr.Reached || tr.LastTTL != 1 || tr.Status != StatusPass {
			t.Errorf("%s trace of loopback: %+v", mode, tr)
		}
	}
	// IPv6 too, where this build traces it.
	for _, mode := range []string{TraceICMP, TraceTCP} {
		ln, err := net.Listen("tcp", "[::1]:0")
		if err != nil {
			t.Skip("no IPv6 loopback here")
		}
		tr := Trace(context.Background(), mode, "::1", ln.Addr().(*net.TCPAddr).Port, TraceOptions{})
		ln.Close()
		switch {
		case !traceIPv6 && tr.Status != StatusSkip:
			t.Errorf("IPv6 %s trace should skip: %+v", mode, tr)
		case traceIPv6 && (!tr.Reached || tr.LastTTL != 1 || tr.Status != StatusPass):
			t.Errorf("%s trace of ::1: %+v", mode, tr)
		}
	}
}

func TestSetPutRoundTrip(t *testing.T) {
	in := Set{Port: &PortResult{Check: Check{ID: "port", Status: StatusFail}, State: PortFiltered, SynSent: 3},
		TraceICMP: &TraceResult{Check: Check{ID: "trace.icmp"}, Hops: []Hop{{TTL: 1, Addr: "10.0.0.1", RTTs: []Millis{Millis(time.Millisecond)}}}}}
	var out Set
	for _, e := range in.Entries() {
		b, err := json.Marshal(e.Data)
		if err != nil {
			t.Fatal(err)
		}
		if err := out.Put(e.ID, b); err != nil {
			t.Fatal(err)
		}
	}
	if out.Port.State != PortFiltered || out.Port.SynSent != 3 || out.TraceICMP.Hops[0].RTTs[0].D() != time.Millisecond || out.DNS != nil {
		t.Errorf("round trip lost data: %+v %+v", out.Port, out.TraceICMP)
	}
	if err := out.Put("bogus", []byte("{}")); err == nil {
		t.Error("unknown check accepted")
	}
	if err := out.Put("port", []byte("{")); err == nil {
		t.Error("bad JSON accepted")
	}
}
