package probes

import (
	"bufio"
	"bytes"
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/conndoctor/conndoctor/platform"
)

// fakeProxy answers CONNECT on loopback with status, recording the
// Proxy-Authorization header.
func fakeProxy(t *testing.T, status string) (addr string, auth func() string) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	var mu sync.Mutex
	var got string
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			req, err := http.ReadRequest(bufio.NewReader(c))
			if err == nil {
				if a := req.Header.Get("Proxy-Authorization"); a != "" {
					mu.Lock()
					got = a
					mu.Unlock()
				}
				c.Write([]byte("HTTP/1.1 " + status + "\r\n\r\n"))
			}
			c.Close()
		}
	}()
	return ln.Addr().String(), func() string { mu.Lock(); defer mu.Unlock(); return got }
}

func closedPort(t *testing.T) string {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

func settings(c ...platform.ProxyConfig) func(context.Context) []platform.ProxyConfig {
	return func(context.Context) []platform.ProxyConfig { return c }
}

func TestProbeProxy(t *testing.T) {
	ok, auth := fakeProxy(t, "200 Connection established")
	authReq, _ := fakeProxy(t, "407 Proxy Authentication Required")
	denied, _ := fakeProxy(t, "403 Forbidden")
	dead := closedPort(t)
	pac := func(script string) func(context.Context, string) (string, error) {
		return func(context.Context, string) (string, error) { return script, nil }
	}
	cases := []struct {
		name    string
		o       ProxyOptions
		status  Status
		summary string
		proxy   string
	}{
		{"none", ProxyOptions{Settings: settings()}, StatusSkip, "no proxy is configured", ""},
		{"none, a pasted proxy", ProxyOptions{Settings: settings(), Via: "github.com"}, StatusSkip, "no proxy is configured: connections go direct; the proxy the pasted error names (on the way to github.com) is the program's own setting, tested as the target", ""},
		{"works", ProxyOptions{Settings: settings(platform.ProxyConfig{Source: "environment", HTTPS: "http://alice:s3cret@" + ok})}, StatusPass, "reaches app.example.com:443", "http://xxxxx@" + ok},
		{"dead", ProxyOptions{Settings: settings(platform.ProxyConfig{Source: "environment", HTTPS: "http://" + dead})}, StatusFail, "connection refused", "http://" + dead},
		{"wants auth", ProxyOptions{Settings: settings(platform.ProxyConfig{Source: "environment", HTTPS: "http://" + authReq})}, StatusWarn, "407", "http://" + authReq},
		{"refuses", ProxyOptions{Settings: settings(platform.ProxyConfig{Source: "environment", HTTPS: "http://" + denied})}, StatusFail, "403 Forbidden", "http://" + denied},
		{"no_proxy", ProxyOptions{Settings: settings(platform.ProxyConfig{Source: "environment", HTTPS: "http://" + ok, NoProxy: ".example.com"})}, StatusSkip, "sends this target direct", ""},
		{"no_proxy, a pasted proxy", ProxyOptions{Settings: settings(platform.ProxyConfig{Source: "environment", HTTPS: "http://" + ok, NoProxy: ".example.com"}), Via: "github.com"}, StatusSkip, "cover it); the proxy the pasted error names (on the way to github.com) is the program's own", ""},
		{"pac proxy", ProxyOptions{Settings: settings(platform.ProxyConfig{Source: "KDE settings", PACURL: "http://pac/p.pac"}),
			FetchPAC: pac(`function FindProxyForURL(u, h) { return shExpMatch(h, "*.example.com") ? "PROXY ` + ok + `; DIRECT" : "DIRECT"; }`)},
			StatusPass, "from KDE settings", "http://" + ok},
		{"pac direct", ProxyOptions{Settings: settings(platform.ProxyConfig{Source: "KDE settings", PACURL: "http://pac/p.pac"}),
			FetchPAC: pac(`function FindProxyForURL(u, h) { return "DIRECT"; }`)}, StatusSkip, "answered DIRECT", ""},
		{"invalid", ProxyOptions{Settings: settings(platform.ProxyConfig{Source: "environment", HTTP: "::::", HTTPS: "::::"})}, StatusFail, "not valid: the https proxy \"::::\" is no proxy address", ""},
		{"invalid, password hidden", ProxyOptions{Settings: settings(platform.ProxyConfig{Source: "environment", HTTPS: "http://alice:s3cret@proxy:99999"})}, StatusFail, `"http://xxxxx@proxy:99999" is no proxy address: "99999" is not a port number`, ""},
		{"invalid but excepted", ProxyOptions{Settings: settings(platform.ProxyConfig{Source: "environment", HTTPS: "::::", NoProxy: ".example.com"})}, StatusSkip, "sends this target direct", ""},
		{"pac broken", ProxyOptions{Settings: settings(platform.ProxyConfig{Source: "GNOME settings", PACURL: "http://pac/p.pac"}),
			FetchPAC: pac(`function FindProxyForURL(u, h) {`)}, StatusSkip, "direct", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := ProbeProxy(context.Background(), "app.example.com", 443, "https", "", c.o)
			if r.Status != c.status || !strings.Contains(r.Summary, c.summary) || r.Proxy != c.proxy {
				t.Errorf("%s %q proxy %q; decisions %+v", r.Status, r.Summary, r.Proxy, r.Decisions)
			}
			for _, s := range r.Sources {
				if strings.Contains(s.HTTPS, "s3cret") {
					t.Error("a password was kept")
				}
			}
			if strings.Contains(r.Summary+r.Invalid+r.Error, "s3cret") {
				t.Error("a password was shown")
			}
		})
	}
	r := ProbeProxy(context.Background(), "app.example.com", 443, "https", "", ProxyOptions{Settings: settings(platform.ProxyConfig{Source: "environment", HTTPS: "http://alice:s3cret@" + ok})})
	if u, _ := r.ProxyFunc()(nil); u == nil || u.String() != "http://alice:s3cret@"+ok {
		t.Errorf("the TLS/HTTP check would use %v", u)
	}
	if u, _ := (&ProxyResult{}).ProxyFunc()(nil); u != nil {
		t.Errorf("no proxy chosen, yet %v", u)
	}
	if a := auth(); a != "Basic YWxpY2U6czNjcmV0" {
		t.Errorf("proxy credentials sent as %q", a)
	}
}

// TestFetchPACBounded: a PAC file is read within a size bound, from a
// regular file or over HTTP; more is an error, never a cut script.
func TestFetchPACBounded(t *testing.T) {
	dir := t.TempDir()
	small, big := filepath.Join(dir, "small.pac"), filepath.Join(dir, "big.pac")
	os.WriteFile(small, []byte(`function FindProxyForURL(u, h) { return "DIRECT"; }`), 0o644)
	os.WriteFile(big, bytes.Repeat([]byte("/"), platform.MaxPACScript+1), 0o644)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/endless.pac" {
			for {
				if _, err := w.Write(bytes.Repeat([]byte("/"), 64<<10)); err != nil {
					return
				}
			}
		}
		w.Write([]byte(`function FindProxyForURL(u, h) { return "DIRECT"; }`))
	}))
	defer srv.Close()
	cases := []struct{ url, err string }{
		{"file://" + small, ""},
		{"file://" + big, "at most 1048576 are read"},
		{"file:///dev/zero", "not a regular file"},
		{srv.URL + "/ok.pac", ""},
		{srv.URL + "/endless.pac", "larger than 1048576 bytes"},
	}
	for _, c := range cases {
		script, err := fetchPAC(context.Background(), c.url)
		switch {
		case c.err == "" && (err != nil || !strings.Contains(script, "FindProxyForURL")):
			t.Errorf("%s: %v", c.url, err)
		case c.err != "" && (err == nil || !strings.Contains(err.Error(), c.err) || script != ""):
			t.Errorf("%s: %d bytes, %v; want an error saying %q", c.url, len(script), err, c.err)
		}
	}
}
