package probes

import (
	"context"
	"crypto/x509"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"
)

// These tests talk only to servers on 127.0.0.1.

func hostPort(t *testing.T, u string) (string, int) {
	pu, _ := url.Parse(u)
	h, p, _ := net.SplitHostPort(pu.Host)
	n, _ := strconv.Atoi(p)
	return h, n
}

var direct = func(*http.Request) (*url.URL, error) { return nil, nil }

func TestAppHTTPS(t *testing.T) {
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(strings.Repeat("x", 100000)))
	}))
	defer srv.Close()
	roots := x509.NewCertPool()
	roots.AddCert(srv.Certificate())
	ip, port := hostPort(t, srv.URL)
	// httptest's certificate names example.com and 127.0.0.1.
	r := ProbeApp(context.Background(), "https", "example.com", ip, port, "", AppOptions{Roots: roots, Proxy: direct})
	if r.Status != StatusPass || r.StatusCode != 200 || r.BodyBytes != 100000 || r.TLS == nil || !r.TLS.Trusted {
		t.Fatalf("https: %s %s %+v", r.Status, r.Summary, r.TLS)
	}
	if !strings.Contains(r.Summary, ", TLS ") {
		t.Errorf("https: the summary lacks the TLS phase: %q", r.Summary)
	}
	p := r.Phases
	if !(p.Connect > 0 && p.TLS >= p.Connect && p.Wrote >= p.TLS && p.FirstByte >= p.Wrote && p.Body >= p.FirstByte) {
		t.Errorf("phases out of order: %+v", p)
	}
	r = ProbeApp(context.Background(), "https", "example.com", ip, port, "", AppOptions{Proxy: direct})
	if r.Status != StatusFail || r.TLS == nil || r.TLS.Trusted || !strings.Contains(r.Summary, "not trusted") {
		t.Errorf("unknown authority: %s %s", r.Status, r.Summary)
	}
	if !r.TLS.SelfSigned {
		t.Error("httptest's certificate signs itself; SelfSigned should say so")
	}
	r = ProbeApp(context.Background(), "tls", "wrong.name", ip, port, "", AppOptions{Roots: roots})
	if r.TLS == nil || r.TLS.Trusted || !strings.Contains(r.TLS.VerifyError, "wrong.name") {
		t.Errorf("name mismatch: %+v", r.TLS)
	}
}

func TestAppSlowAndStalled(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/stall" {
			w.Write([]byte(strings.Repeat("y", 5000)))
			w.(http.Flusher).Flush()
		}
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	ip, port := hostPort(t, srv.URL)
	o := AppOptions{Timeout: 300 * time.Millisecond, AnswerWait: 400 * time.Millisecond, StallAfter: 300 * time.Millisecond, Proxy: direct}
	r := ProbeApp(context.Background(), "http", ip, ip, port, srv.URL+"/slow", o)
	if r.FailedAt != FailFirstByte || !r.TimedOut || r.Phases.Connect == 0 || !strings.Contains(r.Summary, "no answer within 400 ms") {
		t.Errorf("slow: %+v", r)
	}
	r = ProbeApp(context.Background(), "http", ip, ip, port, srv.URL+"/stall", o)
	if !r.Stalled || r.BodyBytes != 5000 || !strings.Contains(r.Summary, "stalled after 5000 bytes") {
		t.Errorf("stall: %s stalled=%v bytes=%d", r.Summary, r.Stalled, r.BodyBytes)
	}
}

func TestAppTLSHandshakeTimeout(t *testing.T) {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			defer c.Close() // accept, never speak TLS
		}
	}()
	port := ln.Addr().(*net.TCPAddr).Port
	for _, kind := range []string{"tls", "https"} {
		r := ProbeApp(context.Background(), kind, "127.0.0.1", "127.0.0.1", port, "", AppOptions{Timeout: 300 * time.Millisecond, Proxy: direct})
		if r.FailedAt != FailTLS || !r.TimedOut || !strings.Contains(r.Summary, "did not finish") {
			t.Errorf("%s: failed at %q timed out %v: %s", kind, r.FailedAt, r.TimedOut, r.Summary)
		}
	}
}

func TestAppGateway(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Server", "nginx/1.22.1")
		w.WriteHeader(http.StatusGatewayTimeout)
		w.Write([]byte("<html><head><title>504 Gateway Time-out</title></head><body><center><h1>504 Gateway Time-out</h1></center><hr><center>nginx/1.22.1</center></body></html>"))
	}))
	defer srv.Close()
	ip, port := hostPort(t, srv.URL)
	r := ProbeApp(context.Background(), "http", ip, ip, port, "", AppOptions{Proxy: direct})
	if r.Gateway == nil || r.Gateway.Product != "nginx" || !r.Gateway.Upstream || r.Status != StatusFail || strings.Contains(r.Gateway.Reason, "nginx/1.22.1") {
		t.Errorf("gateway: %+v %s", r.Gateway, r.Summary)
	}
}

func TestDetectGateway(t *testing.T) {
	cases := []struct {
		name             string
		status           int
		server, via      string
		body             string
		product          string
		upstream, isNone bool
	}{
		{"nginx 504", 504, "nginx", "", "<center>nginx</center>", "nginx", true, false},
		{"envoy", 504, "envoy", "", "upstream request timeout", "envoy", true, false},
		{"envoy 503 reset", 503, "istio-envoy", "", "upstream connect error or disconnect/reset before headers. reset reason: connection timeout", "envoy", true, false},
		{"kong 504", 504, "kong/3.4.0", "", `{"message":"The upstream server is timing out"}`, "Kong", true, false},
		{"kong 502", 502, "", "1.1 kong/3.4.0", `{"message":"An invalid response was received from the upstream server"}`, "Kong", true, false},
		{"aws elb", 504, "awselb/2.0", "", "<html><body><h1>504 Gateway Time-out</h1></body></html>", "AWS load balancer", true, false},
		{"cloudflare 524", 504, "cloudflare", "", "error code: 524", "Cloudflare", true, false},
		{"tyk", 502, "", "", `{"error": "There was a problem proxying the request"}`, "Tyk", true, false},
		{"app 503 maintenance", 503, "", "", "We are down for maintenance", "", false, true},
		{"app 500", 500, "nginx", "", "error", "", false, true},
		{"200", 200, "envoy", "", "", "", false, true},
	}
	for _, c := range cases {
		g := detectGateway(c.status, c.server, c.via, c.body)
		if c.isNone {
			if g != nil {
				t.Errorf("%s: detected %+v", c.name, g)
			}
			continue
		}
		if g == nil || g.Product != c.product || g.Upstream != c.upstream || g.Reason == "" {
			t.Errorf("%s: got %+v", c.name, g)
		}
	}
}

func TestAppKind(t *testing.T) {
	cases := map[[2]string]string{
		{"https", "8443"}: "https", {"", "443"}: "https", {"http", "8080"}: "http", {"", "80"}: "http",
		{"ldaps", "636"}: "tls", {"", "6443"}: "tls", {"", "22"}: "banner", {"ssh", "2222"}: "banner", {"smtp", "25"}: "banner", {"", "3306"}: "banner", {"postgres", "5432"}: "", {"redis", "22"}: "",
	}
	for in, want := range cases {
		p, _ := strconv.Atoi(in[1])
		if got := AppKind(in[0], p); got != want {
			t.Errorf("AppKind(%q, %d) = %q, want %q", in[0], p, got, want)
		}
	}
}

// lossyPath passes everything, but loses every probe of the largest size
// unless many are sent: loss, not a size limit.
func lossyPath(top int) mtuRound {
	return func(ctx context.Context, dst net.IP, sizes []int, reps int, wait time.Duration) (map[int]bool, *fragInfo, error) {
		ok := map[int]bool{}
		for _, s := range sizes {
			ok[s] = s < top || reps >= confirmReps
		}
		return ok, nil, nil
	}
}

func TestSearchMTUIgnoresLoss(t *testing.T) {
	r := &MTUResult{IfaceMTU: 1500}
	if err := searchMTU(context.Background(), r, net.IPv4(10, 0, 0, 9), lossyPath(1500), time.Millisecond); err != nil || r.Blackhole || r.PathMTU != 1500 {
		t.Errorf("loss taken for a black hole: %+v %v", r, err)
	}
	dead := func(ctx context.Context, dst net.IP, sizes []int, reps int, wait time.Duration) (map[int]bool, *fragInfo, error) {
		return map[int]bool{576: reps < confirmReps}, nil, nil
	}
	if err := searchMTU(context.Background(), &MTUResult{IfaceMTU: 1500}, net.IPv4(10, 0, 0, 9), dead, time.Millisecond); err == nil || !strings.Contains(err.Error(), "too much packet loss") {
		t.Errorf("a path that stops answering must not be called a black hole: %v", err)
	}
}

// fakePath answers sizes up to mtu; frag says whether a router reports
// "fragmentation needed".
func fakePath(mtu int, frag, icmpBlocked bool) mtuRound {
	return func(ctx context.Context, dst net.IP, sizes []int, reps int, wait time.Duration) (map[int]bool, *fragInfo, error) {
		ok := map[int]bool{}
		var fi *fragInfo
		for _, s := range sizes {
			switch {
			case icmpBlocked:
			case s <= mtu:
				ok[s] = true
			case frag:
				fi = &fragInfo{from: "10.0.0.1", mtu: mtu}
			}
		}
		return ok, fi, nil
	}
}

func TestSearchMTU(t *testing.T) {
	cases := []struct {
		name            string
		iface, path     int
		want            int // expected path MTU when not path
		frag, blocked   bool
		blackhole, fail bool
	}{
		{name: "full path", iface: 1500, path: 1500},
		{name: "blackhole 1400", iface: 1500, path: 1400, blackhole: true},
		{name: "blackhole odd size", iface: 1500, path: 1337, blackhole: true},
		{name: "signalled 1400", iface: 1500, path: 1400, frag: true},
		{name: "jumbo iface", iface: 9000, path: 1500, blackhole: true},
		{name: "jumbo path", iface: 9000, path: 9000},
		{name: "huge iface capped", iface: 65536, path: 65536, want: maxProbe},
		{name: "icmp blocked", iface: 1500, path: 1500, blocked: true, fail: true},
	}
	for _, c := range cases {
		r := &MTUResult{IfaceMTU: c.iface}
		err := searchMTU(context.Background(), r, net.IPv4(10, 0, 0, 9), fakePath(c.path, c.frag, c.blocked), time.Millisecond)
		if (err != nil) != c.fail {
			t.Errorf("%s: err %v", c.name, err)
			continue
		}
		if c.fail {
			continue
		}
		if c.want != 0 {
			c.path = c.want
		}
		if r.PathMTU < c.path-2 || r.PathMTU > c.path || r.Blackhole != c.blackhole || r.FragNeeded != c.frag {
			t.Errorf("%s: path MTU %d (want %d within 2), blackhole %v frag %v", c.name, r.PathMTU, c.path, r.Blackhole, r.FragNeeded)
		}
	}
}
