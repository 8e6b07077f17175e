package watch

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/conndoctor/conndoctor/platform"
)

// noGateway keeps the prober off this machine's real gateway.
func noGateway() ([]platform.Gateway, error) { return nil, nil }

// The prober on loopback: a working HTTP server, then a closed port.
func TestProberLoopback(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "hello") }))
	defer srv.Close()
	p := &Prober{Every: time.Second, Gateways: noGateway}
	s := p.Sample(context.Background(), parse(t, srv.URL+"/"), false)
	if !s.OK || len(s.Connects) != 1 || s.Connects[0].State != "open" || s.FirstByteMs <= 0 || s.App != "pass" {
		t.Fatalf("working server: %+v", s)
	}
	if s.DNS != nil || s.Gateway != nil || s.Trace != nil {
		t.Errorf("an IP target has no lookup, no gateway here, no trace unless due: %+v", s)
	}

	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	s = p.Sample(context.Background(), parse(t, addr), false)
	if s.OK || s.Connects[0].State != "refused" || !strings.Contains(s.Why, "refused") {
		t.Fatalf("closed port: %+v", s)
	}
}

// A cancelled sample returns at once.
func TestProberCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	p := &Prober{Every: time.Second, Gateways: noGateway}
	s := p.Sample(ctx, parse(t, "127.0.0.1:9"), true)
	if s.OK {
		t.Errorf("a cancelled sample is no success: %+v", s)
	}
}

func TestProberGatewayOfFamily(t *testing.T) {
	p := &Prober{Gateways: func() ([]platform.Gateway, error) {
		return []platform.Gateway{{Addr: "fe80::1"}, {Addr: "192.0.2.1"}}, nil
	}}
	for addr, want := range map[string]string{"198.51.100.7": "192.0.2.1", "2001:db8::7": "fe80::1", "127.0.0.1": "", "::1": ""} {
		if got := p.gateway(addr); got != want {
			t.Errorf("gateway for %s: %q, want %q", addr, got, want)
		}
	}
}
