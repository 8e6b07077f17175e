//go:build linux

package lab

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// cli is the conndoctor-cli binary built by TestMain.
var cli string

// labCA is the certificate authority every lab of this test process
// trusts, made by TestMain (the CA is a setting of the lab, not of what
// it tests). Made one per process while looking for why, under Wine, a
// scenario now and then finds a server's certificate "issued by an
// unknown authority (CN=Connection Doctor Lab CA)": Wine's crypt32 keeps
// the Windows root store in the prefix's registry, brought in line with
// the Unix store when a program opens it. It happens with one CA per
// process as with one per lab (1 of 4 full runs each), so the cause is
// elsewhere.
var labCA *CA

func TestMain(m *testing.M) {
	code := func() int {
		if Available() != "" {
			return m.Run() // the tests skip with the reason
		}
		dir, err := os.MkdirTemp("", "conndoctor-lab")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		defer os.RemoveAll(dir)
		cli = filepath.Join(dir, "conndoctor-cli")
		if out, err := exec.Command("go", "build", "-o", cli, "../cmd/conndoctor-cli").CombinedOutput(); err != nil {
			fmt.Fprintf(os.Stderr, "build conndoctor-cli: %v\n%s", err, out)
			return 1
		}
		if labCA, err = NewCA(dir); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		defer removeSharedPrefix()
		return m.Run()
	}()
	os.Exit(code)
}

// zone is the lab DNS server's data.
// dual.lab.test has an IPv6 address beside its IPv4 one; rr.lab.test two
// IPv4 addresses (round robin), 10.99.3.11 only served where a scenario
// adds it.
var zone = map[string][]string{"app.lab.test": {ServerAddr}, "www.lab.test": {ServerAddr}, "wpad": {ServerAddr},
	"dual.lab.test": {ServerAddr, ServerAddr6}, "rr.lab.test": {ServerAddr, "10.99.3.11"}}

// newLab builds a lab with the server's HTTPS port and DNS running, or skips
// the test where a lab cannot be built.
func newLab(t testing.TB, hosts string) *Lab {
	t.Helper()
	if why := Available(); why != "" {
		t.Skip(why)
	}
	l, err := New()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	var srv Servers
	t.Cleanup(func() { srv.Close() })
	stop := make(chan struct{})
	t.Cleanup(func() { close(stop) })
	ca := labCA
	l.Env = append(l.Env, "SSL_CERT_FILE="+ca.File)
	good, err := Leaf(ca, "app.lab.test", "www.lab.test", "dual.lab.test", "rr.lab.test", ServerAddr, ServerAddr6)
	if err != nil {
		t.Fatal(err)
	}
	self, err := Leaf(nil, "app.lab.test", ServerAddr)
	if err != nil {
		t.Fatal(err)
	}
	site := Site(stop)
	for _, w := range []struct {
		addr string
		cert *tls.Certificate
	}{{ServerAddr + ":443", &good}, {"[" + ServerAddr6 + "]:443", &good}, {ServerAddr + ":8443", &self}, {ServerAddr + ":8081", nil}} {
		if err := l.Web(&srv, Server, w.addr, w.cert, site); err != nil {
			t.Fatal(err)
		}
	}
	if err := l.DNS(&srv, Server, DNSAddr, zone); err != nil {
		t.Fatal(err)
	}
	if err := l.SetClientFiles("nameserver "+DNSAddr+"\n", "127.0.0.1 localhost\n"+hosts); err != nil {
		t.Fatal(err)
	}
	return l
}

// cliResult is the part of the --json output the tests read.
type cliResult struct {
	// exited is false when the CLI was stopped after printing its result
	// (see checkWindows); exit is then unknown.
	exited  bool
	Verdict struct {
		Code     string `json:"code"`
		Summary  string `json:"summary"`
		Evidence []struct {
			Check, Text string
		} `json:"evidence"`
		Fix []struct {
			Text, Who string
		} `json:"fix"`
	} `json:"verdict"`
	Checks []struct {
		ID, Status, Summary string
	} `json:"checks"`
	RunID      *int64  `json:"run_id"`
	DurationMs float64 `json:"duration_ms"`
	exit       int
	raw        string
}

// check runs conndoctor-cli inside the client namespace. Runs are saved in
// a database of the test's own unless args say otherwise.
func check(t testing.TB, l *Lab, target string, args ...string) cliResult {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if !slices.Contains(args, "--db") && !slices.Contains(args, "--no-save") {
		args = append(args, "--db", filepath.Join(t.TempDir(), "history.db"))
	}
	cmd := l.CommandContext(ctx, Client, cli, append(append([]string{"check", "--json"}, args...), target)...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	var r cliResult
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		r.exit = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("run CLI: %v\n%s", err, stderr.String())
	}
	r.raw = string(out)
	if err := json.Unmarshal(out, &r); err != nil {
		t.Fatalf("CLI output is not JSON: %v\n%s\n%s", err, out, stderr.String())
	}
	return r
}

// TestScenarios runs every scenario with the Linux CLI, one after the
// other, beside TestWindowsScenarios (each lab has namespaces of its own):
// the two take minutes each, mostly waiting on the network's timings.
func TestScenarios(t *testing.T) {
	t.Parallel()
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			l := newLab(t, sc.hosts)
			if err := l.Script(sc.stage); err != nil {
				t.Fatal(err)
			}
			if sc.setup != nil {
				sc.setup(t, l)
			}
			r := check(t, l, sc.target)
			if r.Verdict.Code != sc.code {
				t.Fatalf("verdict %q (%s), want %q\n%s", r.Verdict.Code, r.Verdict.Summary, sc.code, r.raw)
			}
			wantExit := 1
			if sc.code == "healthy" {
				wantExit = 0
			}
			if r.exit != wantExit {
				t.Errorf("exit code %d, want %d", r.exit, wantExit)
			}
			text := r.Verdict.Summary
			for _, e := range r.Verdict.Evidence {
				text += "\n" + e.Text
			}
			for _, want := range sc.evidence {
				if !strings.Contains(text, want) {
					t.Errorf("verdict lacks %q:\n%s", want, text)
				}
			}
			status := map[string]string{}
			for _, c := range r.Checks {
				status[c.ID] = c.Status
			}
			for id, want := range sc.checks {
				if status[id] != want {
					t.Errorf("check %s is %q, want %q\n%s", id, status[id], want, r.raw)
				}
			}
			if len(r.Verdict.Fix) == 0 {
				t.Error("verdict has no fix steps")
			}
			if strings.Contains(r.raw, "hunter2") {
				t.Error("a proxy password reached the output")
			}
			assertRecorded(t, sc.name, r.raw)
			t.Logf("%s: %s (%.0f ms)", r.Verdict.Code, r.Verdict.Summary, r.DurationMs)
		})
	}
}

// TestProxyPasswordNeverStored checks a proxy password and user name stay
// out of the history database and of every export, and that --redact
// leaves none of the lab's names and addresses in any format.
func TestProxyPasswordNeverStored(t *testing.T) {
	l := newLab(t, "")
	l.Env = append(l.Env, "HTTPS_PROXY=http://bob:hunter2@"+ServerAddr+":3129")
	dir := t.TempDir()
	db := filepath.Join(dir, "history.db")
	r := check(t, l, "https://app.lab.test/", "--db", db)
	if r.RunID == nil {
		t.Fatal("not saved")
	}
	id := strconv.FormatInt(*r.RunID, 10)
	for _, format := range []string{"html", "pdf", "json"} {
		for name, redact := range map[string][]string{"run": nil, "redacted": {"--redact"}} {
			out := filepath.Join(dir, name+"."+format)
			args := append([]string{"export", "--db", db, "--format", format, "-o", out}, append(redact, id)...)
			if err := l.Exec(Client, cli, args...); err != nil {
				t.Fatal(err)
			}
			if format == "pdf" { // The PDF's text is compressed: read it through pdftotext.
				if err := exec.Command("pdftotext", out, out+".txt").Run(); err != nil {
					t.Fatalf("pdftotext (poppler-utils): %v", err)
				}
			}
		}
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	for _, f := range files {
		b, _ := os.ReadFile(f)
		if bytes.Contains(b, []byte("hunter2")) {
			t.Errorf("%s holds the proxy password", filepath.Base(f))
		}
		if !strings.HasSuffix(f, ".pdf") && bytes.Contains(b, []byte("bob")) {
			t.Errorf("%s holds the proxy user name", filepath.Base(f))
		}
	}
	redacted, _ := filepath.Glob(filepath.Join(dir, "redacted.*"))
	for _, f := range redacted {
		b, _ := os.ReadFile(f)
		for _, name := range []string{ServerAddr, ClientAddr, R1Client, DNSAddr, "app." + ServerDomain, ServerDomain} {
			if !strings.HasSuffix(f, ".pdf") && bytes.Contains(bytes.ToLower(b), []byte(name)) {
				t.Errorf("%s (--redact) still shows %s", filepath.Base(f), name)
			}
		}
	}
}
