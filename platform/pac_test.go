package platform

import (
	"context"
	"errors"
	"runtime"
	"strings"
	"testing"
	"time"
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

// hostilePAC are scripts that try to take the machine's memory or time.
// Each must end with a clear error while memory stays bounded; err lists
// the errors that count as clear (which bound is hit first may vary).
var hostilePAC = []struct {
	name, script string
	want         []error
	// slow rows may take long to reach their memory bound on a busy
	// machine; they get 30 s instead of 1 s (their time is not tested).
	slow bool
}{
	{"huge answer (issue 12)", `function FindProxyForURL(u, h) { return "DIRECT; ".repeat(3e7); }`, []error{ErrPACMemory, errPACLong}, true},
	{"long answer", `function FindProxyForURL(u, h) { return "DIRECT; ".repeat(1000); }`, []error{errPACLong}, false},
	{"doubling string", `var s = "DIRECT"; while (true) s += s;`, []error{ErrPACMemory}, true},
	{"doubling in FindProxyForURL", `function FindProxyForURL(u, h) { var s = "x"; for (;;) s = s + s; }`, []error{ErrPACMemory}, true},
	{"one huge join", `function FindProxyForURL(u, h) { return Array(3e8).join("x"); }`, []error{ErrPACMemory, ErrPACTimeout}, false},
	{"one huge fill", `var a = new Array(3e7).fill(0);`, []error{ErrPACMemory, ErrPACTimeout}, false},
	{"array from length", `var a = Array.from({length: 3e7});`, []error{ErrPACMemory, ErrPACTimeout}, false},
	{"stringify", `var s = JSON.stringify(Array(3e8));`, []error{ErrPACMemory, ErrPACTimeout}, false},
	{"native loop without allocation", `Array(4e9).indexOf(1);`, []error{ErrPACTimeout}, false},
	{"endless loop", `function FindProxyForURL(u, h) { while (true) {} }`, []error{ErrPACTimeout}, false},
}

func TestEvalPACHostile(t *testing.T) {
	var before runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for _, c := range hostilePAC {
		start := time.Now()
		limit := time.Second
		if c.slow {
			limit = 30 * time.Second
		}
		_, ps, err := runPACProcessState(context.Background(), pacRequest{Script: c.script, URL: "http://x.example/", Host: "x.example", TimeoutMs: limit.Milliseconds()}, PACEnv{})
		t.Logf("%s: %v after %s, peak %d MB", c.name, err, time.Since(start).Round(time.Millisecond), peakRSS(ps)>>20)
		clear := false
		for _, w := range c.want {
			clear = clear || errors.Is(err, w)
		}
		if !clear {
			t.Errorf("%s: %v, want one of %v", c.name, err, c.want)
		}
		// The PAC process's peak memory: its heap limit plus the
		// runtime's own and one allocation in flight.
		if rss := peakRSS(ps); rss > 512<<20 {
			t.Errorf("%s: the PAC process reached %d MB", c.name, rss>>20)
		}
		var now runtime.MemStats
		runtime.ReadMemStats(&now)
		if now.HeapAlloc > before.HeapAlloc+256<<20 {
			t.Errorf("%s: this process's heap grew by %d MB", c.name, (now.HeapAlloc-before.HeapAlloc)>>20)
		}
	}
}

func TestEvalPACScriptSize(t *testing.T) {
	big := "function FindProxyForURL(u, h) { return 'DIRECT'; }\n//" + strings.Repeat("x", MaxPACScript)
	if _, err := EvalPAC(context.Background(), big, "http://x/", "x", PACEnv{}); err == nil || !strings.Contains(err.Error(), "at most 1048576") {
		t.Errorf("a PAC file over 1 MiB: %v", err)
	}
}
