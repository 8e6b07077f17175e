package engine

import (
	"context"
	"net"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/conndoctor/conndoctor/diagnose"
	"github.com/conndoctor/conndoctor/platform"
	"github.com/conndoctor/conndoctor/probes"
	"github.com/conndoctor/conndoctor/target"
)

// loopbackOptions keep every probe on loopback: no gateway, and a DNS
// server list that points at a closed loopback port.
func loopbackOptions() Options {
	return Options{
		PortTimeout: time.Second,
		Local:       probes.LocalOptions{Gateways: func() ([]platform.Gateway, error) { return nil, nil }},
		DNS: probes.DNSOptions{Timeout: 200 * time.Millisecond,
			Config: func() (platform.ResolvConf, error) { return platform.ResolvConf{Servers: []string{"127.0.0.1:1"}}, nil }},
		Ping:  probes.PingOptions{Count: 3, Interval: 20 * time.Millisecond},
		Proxy: probes.ProxyOptions{Settings: func(context.Context) []platform.ProxyConfig { return nil }},
	}
}

func TestRunLoopback(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	tgt, err := target.Parse("localhost:" + strconv.Itoa(ln.Addr().(*net.TCPAddr).Port))
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	started, finished := map[string]int{}, map[string]int{}
	rep := Run(context.Background(), tgt, loopbackOptions(), func(e Event) {
		mu.Lock()
		defer mu.Unlock()
		if e.Phase == Started {
			started[e.ID]++
		} else {
			finished[e.ID]++
		}
	})
	if rep.Addr != "127.0.0.1" || rep.Results.Port == nil || rep.Results.Port.State != probes.PortOpen {
		t.Fatalf("report: addr %q port %+v", rep.Addr, rep.Results.Port)
	}
	if rep.Diagnosis.Verdict.Code != diagnose.CodeHealthy {
		t.Errorf("verdict %s: %s", rep.Diagnosis.Verdict.Code, rep.Diagnosis.Verdict.Summary)
	}
	for _, p := range Plan(tgt, Options{}) {
		if started[p.ID] != 1 || finished[p.ID] != 1 {
			t.Errorf("check %s: started %d finished %d, want 1 and 1", p.ID, started[p.ID], finished[p.ID])
		}
	}
	if len(rep.Results.Entries()) != len(Plan(tgt, Options{})) {
		t.Errorf("%d results for %d planned checks", len(rep.Results.Entries()), len(Plan(tgt, Options{})))
	}
}

func TestRunUnresolvedSkipsAddressChecks(t *testing.T) {
	tgt, _ := target.Parse("nothing.invalid:443")
	o := loopbackOptions()
	o.DNS.Resolver = &net.Resolver{PreferGo: true, Dial: func(ctx context.Context, _, _ string) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, "udp", "127.0.0.1:1") // closed: refused at once
	}}
	rep := Run(context.Background(), tgt, o, nil)
	if rep.Addr != "" || rep.Results.Port.Status != probes.StatusSkip || rep.Results.TraceTCP.Status != probes.StatusSkip {
		t.Errorf("address checks should be skipped: %+v", rep.Results.Port)
	}
	if rt := rep.Results.Local.Route; rt == nil || !rt.ForDNS || rt.To != "127.0.0.1" || !rt.Found {
		t.Errorf("the route to the DNS server should be looked up and found: %+v", rt)
	}
	if code := rep.Diagnosis.Verdict.Code; code != diagnose.CodeDNSUnreachable {
		t.Errorf("verdict %s (%s), want %s", code, rep.Diagnosis.Verdict.Summary, diagnose.CodeDNSUnreachable)
	}
}

func TestRunCancelled(t *testing.T) {
	tgt, _ := target.Parse("127.0.0.1:9")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	start := time.Now()
	rep := Run(ctx, tgt, loopbackOptions(), nil)
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("a cancelled run took %v", d)
	}
	if !rep.Cancelled || rep.Diagnosis.Verdict.Code != "" {
		t.Errorf("cancelled %v, verdict %q: a cancelled run has no verdict", rep.Cancelled, rep.Diagnosis.Verdict.Code)
	}
}

func TestPlan(t *testing.T) {
	ip, _ := target.Parse("10.0.0.1:22")
	name, _ := target.Parse("example.com")
	// A name adds the DNS check and the port check on its every address.
	if len(Plan(ip, Options{})) != 9 || len(Plan(name, Options{})) != 11 || len(Plan(name, Options{NoTrace: true, NoMTU: true})) != 8 {
		t.Errorf("plans: %v / %v", Plan(ip, Options{}), Plan(name, Options{}))
	}
	has := func(p []Planned, id string) bool {
		return slices.ContainsFunc(p, func(x Planned) bool { return x.ID == id })
	}
	if has(Plan(ip, Options{}), "addrs") || !has(Plan(name, Options{}), "addrs") {
		t.Error("the every-address check is planned for names only")
	}
}

func TestEnvironmentRedactsProxy(t *testing.T) {
	t.Setenv("HTTPS_PROXY", "http://alice:hunter2@proxy.corp:3128")
	e := CaptureEnvironment(loopbackOptions())
	if e.Proxy["HTTPS_PROXY"] != "http://xxxxx@proxy.corp:3128" || e.OS == "" {
		t.Errorf("env: %+v", e)
	}
	if len(e.DNSServers) != 1 || e.DNSServers[0] != "127.0.0.1:1" {
		t.Errorf("injected DNS config not used: %v", e.DNSServers)
	}
}

// TestRunPastedProxySaysWhose: when the paste names a proxy as the failing
// hop (git's own proxy setting) and the computer has none configured, the
// proxy check says the proxy under test is the program's, not "direct" alone.
func TestRunPastedProxySaysWhose(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close() // nothing listens: the proxy refuses
	tgt, err := target.Parse("fatal: unable to access 'https://github.com/o/r.git/': Failed to connect to 127.0.0.1 port " + strconv.Itoa(port) + " after 0 ms: Connection refused")
	if err != nil || tgt.Via != "github.com" || tgt.Port != port {
		t.Fatalf("parsed %+v, %v", tgt, err)
	}
	rep := Run(context.Background(), tgt, loopbackOptions(), nil)
	want := "no proxy is configured: connections go direct; the proxy the pasted error names (on the way to github.com) is the program's own setting, tested as the target"
	if s := rep.Results.Proxy.Summary; s != want {
		t.Errorf("proxy check: %q\nwant %q", s, want)
	}
	if rep.Diagnosis.Verdict.Code != diagnose.CodePortRefused {
		t.Errorf("verdict %s: %s", rep.Diagnosis.Verdict.Code, rep.Diagnosis.Verdict.Summary)
	}
}
