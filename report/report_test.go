package report

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/conndoctor/conndoctor/diagnose"
	"github.com/conndoctor/conndoctor/engine"
	"github.com/conndoctor/conndoctor/history"
	"github.com/conndoctor/conndoctor/platform"
	"github.com/conndoctor/conndoctor/probes"
	"github.com/conndoctor/conndoctor/target"
)

var update = flag.Bool("update", false, "rewrite golden files")

var fixed = Options{Now: func() time.Time { return time.Date(2026, 11, 22, 9, 30, 0, 0, time.UTC) }, Location: time.UTC}

const hostile = `<script>alert("x")</script>"' onmouseover=alert(1) ‮evil‬ مرحبا 😀`

// sampleRun is a stored run of a dropped port with a hops-long ICMP trace.
func sampleRun(hops int, evil bool) *history.Run {
	t, _ := target.Parse(`Get "https://app.lab.test/api": dial tcp 10.99.3.10:443: connect: connection timed out`)
	hostname := "helpdesk-pc"
	if evil {
		t.Input += " " + hostile + " " + strings.Repeat("A", 3000)
		t.Evidence = hostile
		hostname = hostile
	}
	c := func(id, title string, s probes.Status, sum string) probes.Check {
		return probes.Check{ID: id, Title: title, Status: s, Summary: sum, Duration: 25 * time.Millisecond}
	}
	tr := &probes.TraceResult{Check: c("trace.icmp", "Traceroute (ICMP)", probes.StatusPass, "reached 10.99.3.10 in 3 hops"), Mode: probes.TraceICMP, MaxTTL: 30}
	for i := 1; i <= hops; i++ {
		h := probes.Hop{TTL: i, Addr: "10.99." + itoa(i) + ".1", Sent: 3, Recv: 3, Avg: probes.Millis(time.Duration(i) * 300 * time.Microsecond)}
		if i%4 == 0 {
			h.Recv, h.Loss = 2, 33.3
		}
		tr.Hops = append(tr.Hops, h)
	}
	tr.Reached, tr.LastTTL, tr.LastAddr = true, hops, tr.Hops[hops-1].Addr
	ping := &probes.PingResult{Check: c("ping", "Ping", probes.StatusPass, "20/20 replies, average 0.30 ms"), Addr: "10.99.3.10", Sent: 20, Recv: 20,
		Min: probes.Millis(200 * time.Microsecond), Avg: probes.Millis(300 * time.Microsecond), Max: probes.Millis(600 * time.Microsecond)}
	for i := 0; i < 20; i++ {
		ping.RTTs = append(ping.RTTs, probes.Millis(time.Duration(200+(i*37)%400)*time.Microsecond))
	}
	set := probes.Set{
		Local: &probes.LocalResult{Check: c("local", "This computer's network", probes.StatusPass, "route via 10.99.1.1 (eth0), gateway answers in 0.05 ms"),
			Route:   &probes.Route{To: "10.99.3.10", Found: true, Iface: "eth0", Source: "10.99.1.2"},
			Gateway: &probes.GatewayCheck{Addr: "10.99.1.1", PingSent: 3, PingRecv: 3, Neighbor: platform.NeighborReachable, Answered: true}},
		DNS: &probes.DNSResult{Check: c("dns", "Name lookup (DNS)", probes.StatusPass, "app.lab.test resolves to 10.99.3.10 in 1.20 ms"), Name: "app.lab.test",
			System:  probes.Lookup{Kind: probes.AnswerOK, Addrs: []string{"10.99.3.10"}},
			Servers: []probes.ServerAnswer{{Server: "10.99.3.200", Lookup: probes.Lookup{Kind: probes.AnswerOK, Addrs: []string{"10.99.3.10"}}}}},
		Port: &probes.PortResult{Check: c("port", "TCP port 443", probes.StatusFail, "no answer from 10.99.3.10:443 within 3000 ms (3 SYNs sent)"),
			Addr: "10.99.3.10:443", State: probes.PortFiltered, SynSent: 3, Explain: "Connection requests (SYN) got no answer at all."},
		Ping: ping, TraceICMP: tr,
		MTU: &probes.MTUResult{Check: c("mtu", "Path MTU", probes.StatusPass, "full-size packets (1500 bytes) pass"), Addr: "10.99.3.10", Iface: "eth0", IfaceMTU: 1500, PathMTU: 1500},
		App: &probes.AppResult{Check: c("app", "HTTPS request", probes.StatusPass, "HTTP 200"), URL: "https://app.lab.test/api", HTTP: true, StatusCode: 200, Server: "nginx",
			Phases: probes.Phases{Connect: probes.Millis(time.Millisecond), TLS: probes.Millis(4 * time.Millisecond), Wrote: probes.Millis(4200 * time.Microsecond),
				FirstByte: probes.Millis(30 * time.Millisecond), Body: probes.Millis(42 * time.Millisecond)},
			TLS: &probes.TLSInfo{Version: "TLS 1.3", Subject: "CN=app.lab.test", Issuer: "CN=Lab CA", Trusted: true}},
	}
	rep := engine.Report{Target: t, Addr: "10.99.3.10", Started: time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC), Duration: 3010 * time.Millisecond,
		Version: "0.1.0-test", Results: set, Diagnosis: diagnose.Diagnose(t, &set),
		Env: engine.Environment{OS: "linux", Arch: "amd64", Hostname: hostname, DNSServers: []string{"10.99.3.200"},
			Gateways:   []platform.Gateway{{Addr: "10.99.1.1", Iface: "eth0"}},
			Interfaces: []probes.Interface{{Name: "eth0", Up: true, MTU: 1500, Addrs: []string{"10.99.1.2/24"}}},
			Proxy:      map[string]string{"HTTPS_PROXY": "http://alice:xxxxx@proxy.lab.test:3128"}}}
	if evil {
		rep.Diagnosis.Verdict.Evidence = append(rep.Diagnosis.Verdict.Evidence, diagnose.Evidence{Check: "input", Text: hostile})
	}
	return &history.Run{ID: 7, Label: "before fix", Report: rep}
}

func itoa(i int) string { return strconv.Itoa(i) }

func afterRun() *history.Run {
	a := sampleRun(3, false)
	a.ID, a.Label, a.Repeats = 8, "after fix", 7
	a.Report.Started = a.Report.Started.Add(10 * time.Minute)
	p := a.Report.Results.Port
	p.State, p.Status, p.Summary = probes.PortOpen, probes.StatusPass, "10.99.3.10:443 is open: connected in 0.12 ms"
	a.Report.Diagnosis = diagnose.Diagnose(a.Report.Target, &a.Report.Results)
	a.Report.Env.DNSServers = []string{"10.99.3.201"}
	return a
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		os.MkdirAll("testdata", 0o755)
		os.WriteFile(path, got, 0o644)
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test -update writes it)", err)
	}
	if !bytes.Equal(got, want) {
		os.MkdirAll(filepath.Join("testdata", "failed"), 0o755)
		os.WriteFile(filepath.Join("testdata", "failed", name), got, 0o644)
		t.Errorf("%s differs from the golden file; see testdata/failed/%s", name, name)
	}
}

func TestRunHTMLGolden(t *testing.T) {
	var b bytes.Buffer
	if err := HTML(&b, BuildRun(sampleRun(3, false), fixed)); err != nil {
		t.Fatal(err)
	}
	golden(t, "run.html", b.Bytes())
	for _, want := range []string{"Connection Doctor report · run 7", "port.filtered", "<details>", "<svg", "http://xxxxx@proxy.lab.test", "Time spent in each phase", "path MTU"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("report lacks %q", want)
		}
	}
	if strings.Contains(b.String(), "http://") && strings.Contains(b.String(), "<link") || strings.Contains(b.String(), "<script") {
		t.Error("the report must be self-contained, without scripts or external resources")
	}
}

func TestCompareHTMLGolden(t *testing.T) {
	var b bytes.Buffer
	if err := CompareHTML(&b, BuildCompare(sampleRun(3, false), afterRun(), fixed)); err != nil {
		t.Fatal(err)
	}
	golden(t, "compare.html", b.Bytes())
	for _, want := range []string{`<p class="outcome ok">Fixed</p>`, "port.filtered → healthy", "filtered → open", "10.99.3.200 → 10.99.3.201"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("comparison lacks %q", want)
		}
	}
}

// TestHostileInput checks that network- and user-supplied text cannot add
// elements or attributes to the HTML.
func TestHostileInput(t *testing.T) {
	for _, render := range []func(*bytes.Buffer) error{
		func(b *bytes.Buffer) error { return HTML(b, BuildRun(sampleRun(3, true), fixed)) },
		func(b *bytes.Buffer) error {
			return CompareHTML(b, BuildCompare(sampleRun(3, true), afterRun(), fixed))
		},
	} {
		var b bytes.Buffer
		if err := render(&b); err != nil {
			t.Fatal(err)
		}
		z := html.NewTokenizer(bytes.NewReader(b.Bytes()))
		for {
			tt := z.Next()
			if tt == html.ErrorToken {
				break
			}
			tok := z.Token()
			if tok.Data == "script" {
				t.Fatal("a <script> element got into the report")
			}
			for _, a := range tok.Attr {
				if strings.HasPrefix(a.Key, "on") || strings.Contains(a.Val, "alert") {
					t.Fatalf("injected attribute %s=%q", a.Key, a.Val)
				}
			}
		}
		if !strings.Contains(b.String(), "&lt;script&gt;") {
			t.Error("hostile text not shown escaped")
		}
		if strings.ContainsRune(b.String(), '\u202e') {
			t.Error("a right-to-left override character reached the report")
		}
	}
}

func pdfToText(t *testing.T, pdf []byte, args ...string) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (Debian package poppler-utils) is not installed")
	}
	path := filepath.Join(t.TempDir(), "r.pdf")
	os.WriteFile(path, pdf, 0o644)
	out, err := exec.Command("pdftotext", append(args, path, "-")...).Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

func TestPDFText(t *testing.T) {
	var b bytes.Buffer
	if err := PDF(&b, BuildRun(sampleRun(30, false), fixed), fixed); err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(pdfToText(t, b.Bytes())), " ")
	for _, want := range []string{"app.lab.test answers, but connections to port 443 are silently dropped",
		"port.filtered", "Ask the server owner", "Key figures", "Every check",
		"10.99.30.1", "page 1 of", "HTTPS_PROXY"} {
		if !strings.Contains(text, want) {
			t.Errorf("PDF text lacks %q", want)
		}
	}
	var c bytes.Buffer
	if err := ComparePDF(&c, BuildCompare(sampleRun(3, false), afterRun(), fixed), fixed); err != nil {
		t.Fatal(err)
	}
	if text := pdfToText(t, c.Bytes()); !strings.Contains(text, "Fixed\n") || !strings.Contains(text, "port.filtered") || !strings.Contains(text, "filtered → open") {
		t.Errorf("comparison PDF text:\n%s", text)
	}
}

func TestPDFHostileAndPaper(t *testing.T) {
	var b bytes.Buffer
	o := fixed
	o.Paper = "letter"
	if err := PDF(&b, BuildRun(sampleRun(3, true), o), o); err != nil {
		t.Fatalf("hostile text (emoji, RTL, 3000 characters) broke the PDF: %v", err)
	}
	if _, err := exec.LookPath("pdfinfo"); err == nil {
		path := filepath.Join(t.TempDir(), "r.pdf")
		os.WriteFile(path, b.Bytes(), 0o644)
		info, _ := exec.Command("pdfinfo", path).Output()
		if !strings.Contains(string(info), "612 x 792 pts (letter)") {
			t.Errorf("not Letter paper:\n%s", info)
		}
	}
	// fpdf writes right-to-left text in logical order without shaping, so
	// pdftotext may give it reversed; either way it must be there as text.
	if text := pdfToText(t, b.Bytes()); !(strings.Contains(text, "مرحبا") || strings.Contains(text, "ابحرم")) || !strings.Contains(text, "<script>") {
		t.Error("the hostile text should appear as plain text in the PDF")
	}
}

func BenchmarkHTML30Hops(b *testing.B) {
	run := sampleRun(30, false)
	for b.Loop() {
		HTML(&bytes.Buffer{}, BuildRun(run, fixed))
	}
}

func BenchmarkPDF30Hops(b *testing.B) {
	run := sampleRun(30, false)
	for b.Loop() {
		PDF(&bytes.Buffer{}, BuildRun(run, fixed), fixed)
	}
}
