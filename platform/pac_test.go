package platform

import (
	"context"
	"errors"
	"strings"
	"testing"
)

const samplePAC = `
function FindProxyForURL(url, host) {
  if (isPlainHostName(host) || dnsDomainIs(host, ".corp.example")) return "DIRECT";
  if (isInNet(host, "10.0.0.0", "255.0.0.0")) return "DIRECT";
  if (shExpMatch(host, "*.lab.test")) return "PROXY 10.99.3.10:3128; DIRECT";
  if (localHostOrDomainIs(host, "intranet.example")) return "DIRECT";
  if (url.substring(0, 6) == "https:") return "PROXY secure-proxy.example:8443";
  return "PROXY proxy.example:3128; SOCKS5 socks.example:1080";
}`

func TestEvalPAC(t *testing.T) {
	env := PACEnv{Resolve: func(_ context.Context, h string) string {
		return map[string]string{"db.example": "10.1.2.3", "www.example": "203.0.113.9"}[h]
	}}
	cases := []struct{ url, host, want string }{
		{"https://app.lab.test/", "app.lab.test", "PROXY 10.99.3.10:3128; DIRECT"},
		{"http://fileserver/", "fileserver", "DIRECT"},
		{"http://wiki.corp.example/", "wiki.corp.example", "DIRECT"},
		{"http://db.example/", "db.example", "DIRECT"},
		{"http://10.9.8.7/", "10.9.8.7", "DIRECT"},
		{"https://www.example/", "www.example", "PROXY secure-proxy.example:8443"},
		{"http://www.example/", "www.example", "PROXY proxy.example:3128; SOCKS5 socks.example:1080"},
		{"http://intranet/", "intranet", "DIRECT"},
	}
	for _, c := range cases {
		got, err := EvalPAC(context.Background(), samplePAC, c.url, c.host, env)
		if err != nil {
			t.Fatalf("%s: %v", c.url, err)
		}
		var s []string
		for _, ch := range got {
			s = append(s, ch.String())
		}
		if strings.Join(s, "; ") != c.want {
			t.Errorf("%s: %v, want %s", c.url, s, c.want)
		}
	}
}

func TestEvalPACFailures(t *testing.T) {
	cases := []struct{ name, script, want string }{
		{"syntax", "function FindProxyForURL(u, h) { return ", "has an error"},
		{"no function", "var x = 1;", "no FindProxyForURL"},
		{"throws", "function FindProxyForURL(u, h) { throw new Error('boom') }", "boom"},
		{"bad answer", "function FindProxyForURL(u, h) { return 'PROXY'; }", "not understood"},
		{"empty answer", "function FindProxyForURL(u, h) { return ''; }", "answered nothing"},
	}
	for _, c := range cases {
		_, err := EvalPAC(context.Background(), c.script, "http://x.example/", "x.example", PACEnv{})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want %q", c.name, err, c.want)
		}
	}
	_, err := EvalPAC(context.Background(), "function FindProxyForURL(u, h) { while (true) {} }", "http://x/", "x", PACEnv{})
	if !errors.Is(err, ErrPACTimeout) {
		t.Errorf("endless loop: %v", err)
	}
}

func FuzzParsePACResult(f *testing.F) {
	for _, s := range []string{"DIRECT", "PROXY a:1; DIRECT", "SOCKS5 [::1]:1080", "", ";;", "PROXY"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { ParsePACResult(s) })
}
