package report

import (
	"bytes"
	"encoding/json"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/conndoctor/conndoctor/diagnose"
	"github.com/conndoctor/conndoctor/engine"
	"github.com/conndoctor/conndoctor/history"
	"github.com/conndoctor/conndoctor/internal/failure"
	"github.com/conndoctor/conndoctor/platform"
	"github.com/conndoctor/conndoctor/probes"
	"github.com/conndoctor/conndoctor/target"
)

// Every name, address and credential leakyRun holds, somewhere. A redacted
// report must contain none of them, in any format, in any case.
var (
	leakyNames = []string{
		"app.lab.test", "api.lab.test", "san-only.acme", "proxy.lab.test", "pacproxy.acme", "wpad.acme",
		"cache1.acme", "edge7.cdn.acme", "gateway.acme", "svc.payments.acme", "com.acme.billing", "corp.acme",
		"db.acme", "legacy.acme", "intranet", "appalias", "legacy-app", "helpdesk-pc", "Acme Widgets", "Acme Internal CA",
		"alias.lab.test", "loop-a.acme", "loopb", "wpad7.acme", "bad_proxy.acme", "behindproxy",
	}
	leakyAddrs = []string{
		"10.99.3.10", "10.99.3.200", "10.99.7.7", "fd00:99::53", "10.99.5.5", "10.99.1.1", "10.99.1.2",
		"fe80::1234", "10.99.9.9", "10.99.2.1", "10.99.3.1", "10.99.6.6", "10.0.0.0", "2001:db8:99::1",
		"10.99.3.11", "10.99.8.8", "10.99.4.4", "10.99.3.12",
	}
	// leakyCredentials are always removed, redacted or not.
	leakyCredentials = []string{"bobsmith", "p@ssW0rd", "ssW0rd", "alicejones", "proxyuser7", "ghp_T0kenT0kenT0ken"}
)

// Labels with letters whose lower case has another length in bytes (K
// U+212A: 3 bytes to 1; İ U+0130: 2 to 3; Ⱥ U+023A: 2 to 3) before a name.
const (
	kelvinLabel  = "\u212a\u212a\u212a\u212a before app.lab.test"
	dottedILabel = "\u0130\u0130\u0130\u0130 before db.acme"
	aStrokeLabel = "\u023a\u023a\u023a\u023a before legacy.acme"
)

// leakyRun is a run with names and addresses in every field a run stores.
func leakyRun(id int64, label string) *history.Run {
	t, err := target.Parse(`Get "https://bobsmith:p@ssW0rd@App.Lab.Test:8443/api?u=1": dial tcp 10.99.3.10:8443: connect: connection timed out ` +
		`(via gateway.acme:3128 to svc.payments.acme, java.net.ConnectException at com.acme.billing.Client; token https://ghp_T0kenT0kenT0ken@intranet/)`)
	if err != nil {
		panic(err)
	}
	t.Via = "behindproxy"
	// Malformed holds a fixed reason; a name put in it must go all the same.
	t.Malformed = "an empty label between two dots of svc.payments.acme"
	c := func(id, title string, s probes.Status, sum string) probes.Check {
		return probes.Check{ID: id, Title: title, Status: s, Summary: sum, Duration: 20 * time.Millisecond}
	}
	set := probes.Set{
		Local: &probes.LocalResult{Check: c("local", "This computer's network", probes.StatusPass, "route via 10.99.1.1 (eth0) from 10.99.1.2"),
			Interfaces: []probes.Interface{{Name: "eth0", Up: true, MTU: 1500, Addrs: []string{"10.99.1.2/24", "fe80::1234/64"}}},
			Gateways:   []platform.Gateway{{Addr: "10.99.1.1", Iface: "eth0"}},
			Route:      &probes.Route{To: "10.99.3.10", Found: true, Iface: "eth0", Source: "10.99.1.2", Error: "no route to 10.99.4.4 first"},
			Gateway: &probes.GatewayCheck{Addr: "10.99.1.1", Iface: "eth0", PingSent: 3, PingRecv: 3, Neighbor: platform.NeighborReachable, Answered: true,
				PingError: "ping 10.99.1.1: operation not permitted"}},
		Firewall: &probes.FirewallResult{Check: c("firewall", "This computer's firewall", probes.StatusPass, "nothing blocks 10.99.3.10:8443"),
			Backend: "nftables", Managers: []string{"firewalld"}, Policies: []string{"output: accept"}, Notes: []string{"a rule names 10.99.8.8"},
			Uncertain: []string{"ip daddr @blocked drop (set of 10.99.8.8)"}, Packet: "TCP to 10.99.3.10:8443 via eth0",
			Verdict: &platform.RuleVerdict{Action: "accept", Where: "inet filter output", Rule: "ip daddr 10.99.3.0/24 tcp dport 8443 accept", Comment: "to intranet"}},
		DNS: &probes.DNSResult{Check: c("dns", "Name lookup (DNS)", probes.StatusWarn, "app.lab.test resolves to 10.99.3.10; server 10.99.7.7 does not answer"),
			Name: "app.lab.test",
			// Invalid holds a fixed reason; a name put in it must go all the same.
			Invalid: "an empty label between two dots of svc.payments.acme",
			System:  probes.Lookup{Kind: probes.AnswerOK, Addrs: []string{"10.99.3.10", "2001:db8:99::1"}},
			Servers: []probes.ServerAnswer{
				{Server: "10.99.3.200", Lookup: probes.Lookup{Kind: probes.AnswerOK, Addrs: []string{"10.99.3.10"}}, Rcode: "NOERROR",
					CNAMEs: []string{"app.lab.test", "alias.lab.test"}},
				// In raw JSON the > is written \u003e, right before the address.
				{Server: "10.99.7.7", Lookup: probes.Lookup{Kind: probes.AnswerTimeout, Error: "read udp 10.99.1.2:40000->10.99.7.7:53: i/o timeout"}},
				{Server: "fd00:99::53", Lookup: probes.Lookup{Kind: probes.AnswerRefused, Error: "server [fd00:99::53]:53 refused"}},
			},
			HostsPath: "/etc/hosts", CNAMELoop: []string{"loop-a.acme", "loopb", "loop-a.acme"}, DialledAddr: "10.99.3.11", DialledStale: true,
			FreshName: "cd-7f3a9.app.lab.test",
			Hosts:     []platform.HostEntry{{Addr: "10.99.5.5", Names: []string{"app.lab.test", "appalias", "legacy-app"}, Line: 7}}},
		Proxy: &probes.ProxyResult{Check: c("proxy", "Proxy", probes.StatusPass, "http://proxy.lab.test:3128 reaches app.lab.test:8443"),
			Sources: []platform.ProxyConfig{
				{Source: "environment", HTTP: "http://proxy.lab.test:3128", HTTPS: "http://alicejones:xxxxx@proxy.lab.test:3128", NoProxy: "localhost,.corp.acme,intranet,10.0.0.0/8,<local>"},
				{Source: "KDE settings", PACURL: "http://wpad.acme/wpad.dat", WPADFound: "http://wpad7.acme/wpad.dat"},
			},
			Decisions: []probes.ProxyDecision{
				{Source: "environment", Choice: "http://alicejones:xxxxx@proxy.lab.test:3128", Detail: "HTTPS_PROXY"},
				{Source: "KDE settings", Choice: "PROXY pacproxy.acme:8080", Detail: "PAC http://wpad.acme/wpad.dat answered PROXY pacproxy.acme:8080; DIRECT"},
			},
			Proxy: "http://proxyuser7:xxxxx@proxy.lab.test:3128", From: "environment", Reachable: true,
			Invalid: "http://bad_proxy.acme:99999", Error: "dial tcp 10.99.3.12:3128: connect: connection refused",
			Tunnel: "200 Connection established by cache1.acme", TunnelOK: true, AuthSchemes: []string{"NTLM", "Negotiate"}},
		Port: &probes.PortResult{Check: c("port", "TCP port 8443", probes.StatusFail, "no answer from 10.99.3.10:8443"),
			Addr: "10.99.3.10:8443", State: probes.PortFiltered, SynSent: 3, Errno: "EHOSTUNREACH", Failure: failure.HostUnreachable,
			Basis: probes.BasisICMP, Explain: "10.99.9.9 says the administrator prohibits it",
			ICMP:     &probes.ICMPReport{From: "10.99.9.9", Type: 3, Code: 13, Text: "administratively prohibited"},
			Attempts: []probes.PortAttempt{{State: probes.PortFiltered, SynSent: 3, Errno: "ETIMEDOUT"}},
			Census: &probes.PortCensus{To: "10.99.3.10:8443", ByState: map[string]int{"TIME_WAIT": 3}, RangeLow: 40000, RangeHigh: 40001,
				Source: "/proc/net/tcp", RangeError: "MSFT_NetTCPSetting on app.lab.test: access denied"}},
		Addrs: &probes.AddrsResult{Check: c("addrs", "Every address of the name", probes.StatusFail, "2001:db8:99::1 of app.lab.test does not accept connections"),
			Name: "app.lab.test", Port: 8443,
			Addrs: []probes.AddrResult{{Addr: "10.99.3.10", Family: "IPv4"}, {Addr: "2001:db8:99::1", Family: "IPv6"}},
			Order: probes.AddrOrder{Policy: "/etc/gai.conf", Changed: []string{"precedence ::ffff:0:0/96 100"}, Rule: 6, Why: "IPv4 2001:db8:99::1 loses to 10.99.3.10 by precedence"}},
		TraceICMP: &probes.TraceResult{Check: c("trace.icmp", "Traceroute (ICMP)", probes.StatusPass, "reached 10.99.3.10 in 3 hops"),
			Mode: probes.TraceICMP, Addr: "10.99.3.10", Reached: true, LastTTL: 3, LastAddr: "10.99.3.10", MaxTTL: 30,
			Hops: []probes.Hop{{TTL: 1, Addr: "10.99.1.1", Sent: 3, Recv: 3, Avg: probes.Millis(time.Millisecond)},
				{TTL: 2, Addr: "10.99.2.1", Sent: 3, Recv: 3, Avg: probes.Millis(2 * time.Millisecond)},
				{TTL: 3, Addr: "10.99.3.10", Sent: 3, Recv: 3, Avg: probes.Millis(3 * time.Millisecond), Note: "destination"}}},
		MTU: &probes.MTUResult{Check: c("mtu", "Path MTU", probes.StatusWarn, "1400 bytes; 10.99.3.1 said fragmentation needed"),
			Addr: "10.99.3.10", Iface: "eth0", IfaceMTU: 1500, PathMTU: 1400, FragNeeded: true, FragFrom: "10.99.3.1", NextHopMTU: 1400, Method: "tcp-mss"},
		Ping: &probes.PingResult{Check: c("ping", "Ping", probes.StatusPass, "3/3 replies from 10.99.3.10"), Addr: "10.99.3.10", Sent: 3, Recv: 3},
		App: &probes.AppResult{Check: c("app", "HTTPS request", probes.StatusFail, "certificate for san-only.acme, *.api.lab.test"),
			URL: "https://xxxxx@app.lab.test:8443/api?u=1", Proxy: "http://proxyuser7:xxxxx@proxy.lab.test:3128", HTTP: true,
			StatusCode: 502, Server: "nginx/1.25.3", Via: "1.1 edge7.cdn.acme (squid/6.1)", RetryAfter: "120", Source: "10.99.1.2",
			Banner: "220 app.lab.test ESMTP ready for 10.99.1.2", Refusal: "421 app.lab.test too many connections from 10.99.1.2",
			Phases: probes.Phases{Connect: probes.Millis(time.Millisecond), TLS: probes.Millis(4 * time.Millisecond)},
			TLS: &probes.TLSInfo{Version: "TLS 1.3", Subject: `CN=san-only.acme,OU=Billing,O=Acme Widgets\, Inc.,L=Springfield,C=US`,
				Issuer: "CN=Acme Internal CA,O=Acme Widgets", Names: []string{"san-only.acme", "*.api.lab.test", "10.99.6.6"},
				VerifyError: "x509: certificate is valid for san-only.acme, *.api.lab.test, not App.Lab.Test"},
			FailedAt: "response", Error: "502 from upstream 10.99.6.6:8080 (legacy-app)",
			Gateway: &probes.Gateway{Product: "nginx", Upstream: true, Reason: "connect() failed (111) while connecting to upstream, upstream: \"http://10.99.6.6:8080/\", host: \"app.lab.test\""}},
	}
	rep := engine.Report{Target: t, Addr: "10.99.3.10", Started: time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC), Duration: 3 * time.Second,
		Version: "0.1.0-test", Results: set, Diagnosis: diagnose.Diagnose(t, &set),
		Env: engine.Environment{OS: "linux", Arch: "amd64", Hostname: "helpdesk-pc", DNSServers: []string{"10.99.3.200", "10.99.7.7", "fd00:99::53"},
			Gateways:   []platform.Gateway{{Addr: "10.99.1.1", Iface: "eth0"}},
			Interfaces: []probes.Interface{{Name: "eth0", Up: true, MTU: 1500, Addrs: []string{"10.99.1.2/24", "fe80::1234/64"}}},
			Proxy: map[string]string{"HTTPS_PROXY": "http://alicejones:xxxxx@proxy.lab.test:3128",
				"NO_PROXY": "localhost,.corp.acme,intranet,10.0.0.0/8"}}}
	rep.Diagnosis.Verdict.Evidence = append(rep.Diagnosis.Verdict.Evidence,
		diagnose.Evidence{Check: "dns", Text: "server >10.99.7.7 timed out; hosts file line 7 maps appalias"})
	return &history.Run{ID: id, Label: label, Report: rep}
}

// leaks returns the secrets found in text: every credential, and, when
// redacted, every name and address, compared case-insensitively (Unicode
// simple folding, as the scrubber does).
func leaks(text string, redacted bool) []string {
	secrets := leakyCredentials
	if redacted {
		secrets = append(append(append([]string{}, secrets...), leakyNames...), leakyAddrs...)
	}
	var found []string
	for _, s := range secrets {
		if regexp.MustCompile(`(?i)` + regexp.QuoteMeta(s)).MatchString(text) {
			found = append(found, s)
		}
	}
	return found
}

// renderAll writes every format of a run and of a comparison, as text to
// search: HTML, the PDFs' text (pdftotext), JSON, the ticket text.
func renderAll(t *testing.T, o Options, a, b *history.Run) map[string]string {
	t.Helper()
	out := map[string]string{}
	var h, ch, p, cp, j bytes.Buffer
	if err := HTML(&h, BuildRun(a, o)); err != nil {
		t.Fatal(err)
	}
	if err := CompareHTML(&ch, BuildCompare(a, b, o)); err != nil {
		t.Fatal(err)
	}
	if err := PDF(&p, BuildRun(a, o), o); err != nil {
		t.Fatal(err)
	}
	if err := ComparePDF(&cp, BuildCompare(a, b, o), o); err != nil {
		t.Fatal(err)
	}
	if err := JSON(&j, RunDocument(a, o)); err != nil {
		t.Fatal(err)
	}
	out["html"], out["compare html"], out["json"] = h.String(), ch.String(), j.String()
	out["ticket"] = TicketText(BuildRun(a, o))
	for name, pdf := range map[string][]byte{"pdf": p.Bytes(), "compare pdf": cp.Bytes()} {
		text := pdfToText(t, pdf)
		out[name] = text
		// A name broken over two lines must not slip through either.
		out[name+" unwrapped"] = strings.Join(strings.Fields(text), "")
	}
	return out
}

// TestRedactionEveryFormat renders a run full of names and addresses in
// every format, redacted, and searches each output for all of them.
func TestRedactionEveryFormat(t *testing.T) {
	o := fixed
	o.Redact = true
	for _, labels := range [][2]string{{kelvinLabel, dottedILabel}, {aStrokeLabel, kelvinLabel}} {
		a, b := leakyRun(7, labels[0]), leakyRun(8, labels[1])
		b.Report.Env.DNSServers = []string{"10.99.3.200"}
		for name, text := range renderAll(t, o, a, b) {
			if found := leaks(text, true); len(found) > 0 {
				t.Errorf("%s (labels %q, %q) still shows %q", name, labels[0], labels[1], found)
			}
			if !strings.Contains(text, "host-1") || !strings.Contains(text, "ip-1") {
				t.Errorf("%s has no placeholders", name)
			}
		}
	}
}

// TestScrubKeepsReportsUseful checks what redaction must not change: the
// verdict code, the check IDs, the JSON's shape, the credentials' absence
// when not redacting, and one placeholder per name across a comparison.
func TestScrubKeepsReportsUseful(t *testing.T) {
	a, b := leakyRun(7, kelvinLabel), leakyRun(8, "after")
	plain := renderAll(t, fixed, a, b)
	for name, text := range plain {
		if found := leaks(text, false); len(found) > 0 {
			t.Errorf("%s shows credentials %q", name, found)
		}
	}
	if !strings.Contains(plain["html"], "app.lab.test") || !strings.Contains(plain["json"], "10.99.7.7") {
		t.Error("without Redact, names and addresses must stay")
	}
	o := fixed
	o.Redact = true
	var doc struct {
		Target target.Target
		Checks []struct{ ID string }
		Env    engine.Environment
	}
	var j bytes.Buffer
	JSON(&j, RunDocument(a, o))
	if err := json.Unmarshal(j.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Checks) != 10 || doc.Checks[2].ID != "dns" || doc.Target.Port != 8443 || !placeholderRe.MatchString(doc.Env.Hostname) {
		t.Errorf("redacted JSON lost its shape: %+v", doc)
	}
	s := Scrub(o, a, b)
	if s[0].Report.Target.Host != "host-1" || s[1].Report.Target.Host != "host-1" || s[0].Report.Addr != s[1].Report.Addr {
		t.Errorf("one name, one placeholder in both runs: %q %q", s[0].Report.Target.Host, s[1].Report.Target.Host)
	}
	if s[0].Report.Diagnosis.Verdict.Code != a.Report.Diagnosis.Verdict.Code {
		t.Error("the verdict code changed")
	}
	if a.Report.Target.Host != "app.lab.test" || a.Report.Results.DNS.Servers[1].Server != "10.99.7.7" {
		t.Error("Scrub changed the run it was given")
	}
}

// scrubRows are strings as a field of a run (by its JSON name) may hold
// them, and what redaction makes of them when the run holds the names of
// leakyRun; placeholders are numbered in order of use, from 1 for each row.
// The rows seed FuzzRedact too.
var scrubRows = []struct{ key, in, want string }{
	{"summary", "read udp 10.99.1.2:40000->10.99.7.7:53: i/o timeout", "read udp ip-1:40000->ip-2:53: i/o timeout"},
	{"raw", `"error": "x\u003e10.99.7.7"`, `"error": "x\u003eip-1"`}, // escaped text is text like any other
	{"label", kelvinLabel, "\u212a\u212a\u212a\u212a before host-1"},
	{"summary", "\u212a\u0130\u023aapp.lab.test\u023a", "\u212a\u0130\u023ahost-1\u023a"},
	{"label", dottedILabel, "\u0130\u0130\u0130\u0130 before host-1"},
	{"label", aStrokeLabel, "\u023a\u023a\u023a\u023a before host-1"},
	{"summary", "APP.LAB.TEST and app.lab.test", "host-1 and host-1"},
	{"summary", "intranet:8080, intranets, the intranet.", "host-1:8080, intranets, the host-1."},
	{"summary", "[fd00:99::53]:53 and FD00:0099::0053", "[ip-1]:53 and ip-1"},
	{"summary", "::ffff:10.99.7.7 is 10.99.7.7", "ip-1 is ip-1"},
	{"summary", "x10.99.3.10y and 010.099.003.010", "xip-1y and ip-1"},
	{"summary", "fe80::1234: then ::fd00:99::53", "ip-1: then ip-2ip-3"}, // ::fd00:99, then ::53
	{"summary", "at 03:00:12, version 2026.11.22.09, error:0A000086, std::vector", "at 03:00:12, version 2026.11.22.09, error:0A000086, std::vector"},
	{"summary", "see resolv.conf and wpad.dat", "see resolv.conf and wpad.dat"},
	{"summary", "other.example.com, backend.acme, svc.cluster.local", "host-1, host-2, host-3"},
	{"input", "at com.acme.billing.Client(Client.java:42)", "at host-2(host-1:42)"},
	{"summary", "ssh://git:tok@en@db.acme:22/x", "ssh://xxxxx@host-1:22/x"},
	{"proxy", "http://bobsmith:p@ssW0rd@proxy.lab.test:3128/", "http://xxxxx@host-1:3128/"},
	{"choice", "PROXY pacproxy.acme:8080; DIRECT", "PROXY host-1:8080; DIRECT"},
	{"subject", `CN=san-only.acme,OU=Billing,O=Acme Widgets\, Inc.,L=Springfield,C=US`, "CN=host-1,OU=name-1,O=name-2,L=Springfield,C=US"},
	{"summary", "a\u202eapp.lab\u200b.test", "ahost-1"},
	{"code", "app.slow", "app.slow"},
}

// rowScrubber is a scrubber that has collected the names of leakyRun.
func rowScrubber() *scrubber {
	s := newScrubber(true)
	eachString(leakyRun(7, ""), s.collect)
	s.names = newLiterals(s.found)
	return s
}

func TestScrubRows(t *testing.T) {
	for _, row := range scrubRows {
		if got := rowScrubber().text(row.key, row.in); got != row.want {
			t.Errorf("%s %q became %q, want %q", row.key, row.in, got, row.want)
		}
	}
}

// FuzzRedact puts any text in a run's label, input, a check's summary and a
// hosts-file alias: Scrub must not panic, and no name or address of the
// run may survive in the scrubbed run or its report view, unless the text glued
// it to more letters or digits, making it another word ("intranets").
func FuzzRedact(f *testing.F) {
	for _, row := range scrubRows {
		f.Add(row.in)
	}
	f.Add(strings.Join(append(append(leakyNames, leakyAddrs...), leakyCredentials...), " "))
	o := Options{Redact: true}
	f.Fuzz(func(t *testing.T, text string) {
		r := leakyRun(7, text)
		r.Report.Target.Input += " " + text
		r.Report.Results.Port.Summary = text
		r.Report.Results.DNS.Hosts[0].Names = append(r.Report.Results.DNS.Hosts[0].Names, text)
		s := Scrub(o, r)[0]
		var all []string
		keep := func(_, v string) string { all = append(all, v); return v }
		eachString(s, keep)
		eachString(BuildRun(r, o), keep)
		for _, v := range all {
			if leak := standalone(v); leak != "" {
				t.Fatalf("%q survived in %q", leak, v)
			}
		}
	})
}

var allSecrets = append(append(append([]string{}, leakyCredentials...), leakyNames...), leakyAddrs...)

// secretRes find each of allSecrets, case-insensitively.
var secretRes = func() []*regexp.Regexp {
	var res []*regexp.Regexp
	for _, s := range allSecrets {
		res = append(res, regexp.MustCompile(`(?i)`+regexp.QuoteMeta(s)))
	}
	return res
}()

// standalone returns a secret of leakyRun that appears in v as a word of
// its own: not glued to letters or digits (and, for addresses, to more
// digits, dots or colons).
func standalone(v string) string {
	for i, s := range allSecrets {
		for _, loc := range secretRes[i].FindAllStringIndex(v, -1) {
			glue := nameRune
			if isIP(s) {
				glue = func(r rune) bool { return nameRune(r) || r == '.' || r == ':' }
			} else if strings.Contains(s, ".") || strings.ContainsAny(s, "@_ ") {
				glue = func(rune) bool { return false }
			}
			if (loc[0] == 0 || !glue(runeBefore(v, loc[0]))) && (loc[1] == len(v) || !glue(runeAfter(v, loc[1]))) {
				return s
			}
		}
	}
	return ""
}

// TestLeakyRunFillsEveryField makes sure the redaction tests see every
// string a run can store: a field added to a result must get a name or an
// address in leakyRun (and, if it holds names, a place in the key tables of
// scrub_names.go), or this test fails.
func TestLeakyRunFillsEveryField(t *testing.T) {
	all, got := map[string]bool{}, map[string]bool{}
	stringFields(reflect.TypeFor[history.Run](), map[reflect.Type]bool{}, all)
	filledFields(reflect.ValueOf(leakyRun(7, kelvinLabel)), got)
	for f := range all {
		if !got[f] {
			t.Errorf("leakyRun leaves %s empty: give it a name or an address", f)
		}
	}
}

// stringFields lists the string fields (and string slices and maps) a type
// can hold, as Type.Field.
func stringFields(t reflect.Type, seen map[reflect.Type]bool, out map[string]bool) {
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Map:
		stringFields(t.Elem(), seen, out)
	case reflect.Struct:
		if seen[t] {
			return
		}
		seen[t] = true
		for i := range t.NumField() {
			if f := t.Field(i); f.IsExported() {
				if holdsStrings(f.Type) {
					out[t.Name()+"."+f.Name] = true
				}
				stringFields(f.Type, seen, out)
			}
		}
	}
}

func holdsStrings(t reflect.Type) bool {
	return t.Kind() == reflect.String || (t.Kind() == reflect.Slice || t.Kind() == reflect.Map) && t.Elem().Kind() == reflect.String
}

// filledFields lists the string fields that hold something in v.
func filledFields(v reflect.Value, out map[string]bool) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			filledFields(v.Elem(), out)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			filledFields(v.Index(i), out)
		}
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			if f := t.Field(i); f.IsExported() {
				if fv := v.Field(i); holdsStrings(f.Type) && fv.Len() > 0 {
					out[t.Name()+"."+f.Name] = true
				}
				filledFields(v.Field(i), out)
			}
		}
	}
}

// TestBrokenNameNoticeEveryFormat: the notice that the pasted program
// dialled a broken name is in the run's HTML, PDF and ticket text, with
// the name itself redacted like any other.
func TestBrokenNameNoticeEveryFormat(t *testing.T) {
	a, b := leakyRun(7, "before"), leakyRun(8, "after")
	plain, red := fixed, fixed
	red.Redact = true
	for _, c := range []struct {
		o    Options
		want string
	}{
		{plain, "is not a valid host name (an empty label between two dots of svc.payments.acme): check the setting it was built from."},
		{red, "is not a valid host name (an empty label between two dots of host-"},
	} {
		out := renderAll(t, c.o, a, b)
		for _, format := range []string{"html", "ticket", "pdf unwrapped"} {
			want := c.want
			if format == "pdf unwrapped" {
				want = strings.Join(strings.Fields(want), "")
			}
			if !strings.Contains(out[format], want) {
				t.Errorf("%s (redact %v) lacks %q", format, c.o.Redact, c.want)
			}
		}
	}
}

// TestScrubKeepsTitles: a check's title is the program's own words, kept
// when the run's host is the same word: Ruby's `connect(2) for "https"
// port 443` makes the host "https", and the HTTPS check stays "HTTPS
// request", not "host-1 request", while the name itself goes.
func TestScrubKeepsTitles(t *testing.T) {
	r := leakyRun(7, "")
	r.Report.Target.Host = "https"
	r.Report.Results.App.Title = "HTTPS request"
	r.Report.Results.App.Summary = "https:443 did not answer"
	o := fixed
	o.Redact = true
	s := Scrub(o, r)[0]
	if got := s.Report.Results.App.Title; got != "HTTPS request" {
		t.Errorf("title %q", got)
	}
	if got := s.Report.Results.App.Summary; strings.Contains(got, "https") {
		t.Errorf("summary %q keeps the name", got)
	}
}
