package probes

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/conndoctor/conndoctor/platform"
)

// TestProxyAuthAndDenied: a 407 names the sign-in methods the proxy offers;
// a refused CONNECT is a denial with its time.
func TestProxyAuthAndDenied(t *testing.T) {
	auth, _ := fakeProxy(t, "407 Proxy Authentication Required\r\nProxy-Authenticate: NTLM\r\nProxy-Authenticate: Negotiate\r\nProxy-Authenticate: Basic realm=\"corp\"\r\nProxy-Authenticate: NTLM")
	denied, _ := fakeProxy(t, "403 Forbidden")
	r := ProbeProxy(context.Background(), "app.example.com", 443, "https", "", ProxyOptions{Settings: settings(platform.ProxyConfig{Source: "environment", HTTPS: "http://" + auth})})
	if !r.AuthRequired || !slices.Equal(r.AuthSchemes, []string{"NTLM", "Negotiate", "Basic"}) || r.Status != StatusWarn || !strings.Contains(r.Summary, "sign-in by NTLM, Negotiate, Basic") {
		t.Errorf("407: auth %v schemes %v %s %q", r.AuthRequired, r.AuthSchemes, r.Status, r.Summary)
	}
	r = ProbeProxy(context.Background(), "app.example.com", 443, "https", "", ProxyOptions{Settings: settings(platform.ProxyConfig{Source: "environment", HTTPS: "http://" + denied})})
	if !r.Denied || r.AuthRequired || r.Status != StatusFail || !strings.Contains(r.Summary, "refused the tunnel") || !strings.Contains(r.Summary, "403 Forbidden (after") {
		t.Errorf("403: denied %v %s %q", r.Denied, r.Status, r.Summary)
	}
}

// TestFetchPACLeavesNothing: fetching a PAC file twenty times leaves no
// connection or goroutine behind (the wizard and a watch fetch it on every
// run).
func TestFetchPACLeavesNothing(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, `function FindProxyForURL(u, h) { return "DIRECT"; }`)
	}))
	defer srv.Close()
	before := runtime.NumGoroutine()
	for i := 0; i < 20; i++ {
		if _, err := fetchPAC(context.Background(), srv.URL+"/proxy.pac"); err != nil {
			t.Fatal(err)
		}
	}
	time.Sleep(100 * time.Millisecond) // let closed connections' goroutines end
	if after := runtime.NumGoroutine(); after > before+2 {
		t.Errorf("%d goroutines before 20 PAC fetches, %d after", before, after)
	}
}
