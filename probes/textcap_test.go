package probes

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/conndoctor/conndoctor/internal/textcap"
	"github.com/conndoctor/conndoctor/platform"
)

// These tests talk only to servers on 127.0.0.1. A hostile server sends
// huge text; what the probes keep of it must stay within textcap.Max per
// field (and valid UTF-8), however much arrived.

// huge is 30 KB of text with escape sequences in it: more than the cap,
// less than any limit on headers.
var huge = strings.Repeat("\x1b]0;owned\x07 upstream \u202e ", 30<<10/26)

// hugeHeader is as big, without the controls net/http refuses in headers.
var hugeHeader = strings.Repeat("upstream \u202e ", 30<<10/13)

// assertCapped fails when a kept field is over the cap or broken UTF-8.
func assertCapped(t *testing.T, what string, fields map[string]string) {
	t.Helper()
	for name, s := range fields {
		if len(s) > textcap.Max || !utf8.ValidString(s) {
			t.Errorf("%s: %s keeps %d bytes (valid UTF-8: %v)", what, name, len(s), utf8.ValidString(s))
		}
	}
}

func TestAppKeepsHugeTextCapped(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Server", "nginx "+hugeHeader)
		w.Header().Set("Via", "1.1 gw "+hugeHeader)
		w.WriteHeader(http.StatusBadGateway)
		fmt.Fprint(w, "<html><body><h1>502 Bad Gateway: upstream "+huge+"</h1></body></html>")
	}))
	defer srv.Close()
	ip, port := hostPort(t, srv.URL)
	r := ProbeApp(context.Background(), "http", "app.example.com", ip, port, "", AppOptions{Proxy: direct})
	if r.StatusCode != 502 || r.Gateway == nil || !strings.HasSuffix(r.Server, " bytes more)") {
		t.Fatalf("502: %d %+v server %d bytes: %s", r.StatusCode, r.Gateway, len(r.Server), r.Summary[:min(200, len(r.Summary))])
	}
	assertCapped(t, "502", map[string]string{"Server": r.Server, "Via": r.Via, "Gateway.Reason": r.Gateway.Reason})
	if len(r.Summary) > 2*textcap.Max {
		t.Errorf("502: summary of %d bytes", len(r.Summary))
	}

	// Not HTTP: net/http quotes the bad status line in its error.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			buf := make([]byte, 4096)
			c.Read(buf)
			c.Write([]byte("HTTP/1.1 5x2 " + huge + "\r\n\r\n"))
			c.Close()
		}
	}()
	bad := ln.Addr().(*net.TCPAddr)
	r = ProbeApp(context.Background(), "http", "app.example.com", "127.0.0.1", bad.Port, "", AppOptions{Proxy: direct})
	if r.Error == "" {
		t.Fatalf("bad status line: no error (%s)", r.Summary)
	}
	assertCapped(t, "bad status line", map[string]string{"Error": r.Error, "Summary": r.Summary})
}

// hostileCert makes a self-signed certificate with a huge subject and a
// thousand long names holding escape sequences.
func hostileCert(t *testing.T) tls.Certificate {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for i := range 1000 {
		names = append(names, fmt.Sprintf("n%04d-\x1b]0;owned\x07-%s.example", i, strings.Repeat("x", 40)))
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: strings.Repeat("\x1b[2J subject ", 1000)},
		DNSNames: names, NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour)}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}
}

func TestCertificateTextCapped(t *testing.T) {
	srv := httptest.NewUnstartedServer(http.NotFoundHandler())
	srv.TLS = &tls.Config{Certificates: []tls.Certificate{hostileCert(t)}}
	srv.StartTLS()
	defer srv.Close()
	ip, port := hostPort(t, srv.URL)
	r := ProbeApp(context.Background(), "tls", "wrong.name", ip, port, "", AppOptions{})
	if r.TLS == nil || r.TLS.Trusted || r.TLS.VerifyError == "" {
		t.Fatalf("tls: %s %+v", r.Summary, r.TLS)
	}
	total := 0
	for _, n := range r.TLS.Names {
		total += len(n)
	}
	if total > textcap.Max || len(r.TLS.Names) < 2 || !strings.HasSuffix(r.TLS.Names[len(r.TLS.Names)-1], " more)") {
		t.Errorf("names: %d kept, %d bytes", len(r.TLS.Names), total)
	}
	assertCapped(t, "certificate", map[string]string{"Subject": r.TLS.Subject, "Issuer": r.TLS.Issuer, "VerifyError": r.TLS.VerifyError, "Summary": r.Summary})
}

func TestProxyKeepsHugeTextCapped(t *testing.T) {
	refuses, _ := fakeProxy(t, "403 "+huge)
	r := ProbeProxy(context.Background(), "app.example.com", 443, "https", "", ProxyOptions{
		Settings: settings(platform.ProxyConfig{Source: "environment", HTTPS: "http://" + refuses})})
	if r.Status != StatusFail || !strings.HasPrefix(r.Tunnel, "403 ") {
		t.Fatalf("403: %s %s", r.Status, r.Tunnel[:min(len(r.Tunnel), 40)])
	}
	assertCapped(t, "CONNECT reason", map[string]string{"Tunnel": r.Tunnel, "Summary": r.Summary})

	// A proxy whose status line never ends.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		c.Write([]byte("HTTP/1.1 200 "))
		chunk := []byte(strings.Repeat("y", 64<<10))
		for {
			if _, err := c.Write(chunk); err != nil {
				return
			}
		}
	}()
	r = ProbeProxy(context.Background(), "app.example.com", 443, "https", "", ProxyOptions{
		Settings: settings(platform.ProxyConfig{Source: "environment", HTTPS: "http://" + ln.Addr().String()}), Timeout: 5 * time.Second})
	if r.TunnelOK || r.Tunnel == "" {
		t.Fatalf("endless status line: %s %q", r.Status, r.Tunnel[:min(len(r.Tunnel), 40)])
	}
	assertCapped(t, "endless status line", map[string]string{"Tunnel": r.Tunnel, "Summary": r.Summary})

	for name, o := range map[string]ProxyOptions{
		"PAC fetch error": {FetchPAC: func(context.Context, string) (string, error) { return "", errors.New("HTTP 404 " + huge) }},
		"PAC script error": {FetchPAC: func(context.Context, string) (string, error) {
			return `function FindProxyForURL(u, h) { throw new Error("\x1b]0;owned\x07" + "z".repeat(50000)); }`, nil
		}},
		"PAC answer": {FetchPAC: func(context.Context, string) (string, error) {
			return `function FindProxyForURL(u, h) { return "PROXY " + "p".repeat(50000) + ":3128"; }`, nil
		}},
	} {
		o.Settings = settings(platform.ProxyConfig{Source: "KDE settings", PACURL: "http://pac/p.pac"})
		r := ProbeProxy(context.Background(), "app.example.com", 443, "https", "", o)
		if len(r.Decisions) != 1 {
			t.Fatalf("%s: %d decisions", name, len(r.Decisions))
		}
		d := r.Decisions[0]
		assertCapped(t, name, map[string]string{"Detail": d.Detail, "Choice": d.Choice, "Proxy": r.Proxy, "Summary": r.Summary})
	}
}
