package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/conndoctor/conndoctor/diagnose"
	"github.com/conndoctor/conndoctor/engine"
	"github.com/conndoctor/conndoctor/probes"
	"github.com/conndoctor/conndoctor/target"
)

var update = flag.Bool("update", false, "rewrite golden files")

func TestBadInput(t *testing.T) {
	cases := []struct {
		args  []string
		stdin string
		code  int
		out   string // fragment of stderr (or stdout for help)
	}{
		{nil, "", exitBadInput, "Usage:"},
		{[]string{"frobnicate"}, "", exitBadInput, `unknown command "frobnicate"`},
		{[]string{"help"}, "", exitHealthy, "conndoctor-cli check [flags] TARGET"},
		{[]string{"check"}, "", exitBadInput, "no target given"},
		{[]string{"check", "example.com:99999"}, "", exitBadInput, `"99999" is not a port number`},
		{[]string{"check", "java.net.ConnectException: Connection timed out: connect"}, "", exitBadInput, "Next: enter the host"},
		{[]string{"check", "-"}, "   ", exitBadInput, "Nothing to test"},
		{[]string{"check", "--timeout", "0s", "x"}, "", exitBadInput, "--timeout must be"},
		{[]string{"check", "--bogus", "x"}, "", exitBadInput, "flag provided but not defined"},
		{[]string{"check", "--help"}, "", exitHealthy, "Usage: conndoctor-cli check"},
	}
	for _, c := range cases {
		var out, errOut bytes.Buffer
		code := run(context.Background(), c.args, strings.NewReader(c.stdin), &out, &errOut)
		if code != c.code {
			t.Errorf("%v: exit %d, want %d (%s)", c.args, code, c.code, errOut.String())
		}
		if !strings.Contains(out.String()+errOut.String(), c.out) {
			t.Errorf("%v: output lacks %q:\n%s%s", c.args, c.out, out.String(), errOut.String())
		}
	}
}

func TestInterspersedFlags(t *testing.T) {
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	j := fs.Bool("json", false, "")
	pos, err := parseInterspersed(fs, []string{"app:443", "--json"})
	if err != nil || !*j || len(pos) != 1 || pos[0] != "app:443" {
		t.Errorf("got %v %v %v", pos, *j, err)
	}
}

// sampleReport is a fixed report for the golden output test.
func sampleReport(t *testing.T) *engine.Report {
	tgt, err := target.Parse("dial tcp 10.99.3.10:443: connect: connection timed out")
	if err != nil {
		t.Fatal(err)
	}
	c := func(id string, s probes.Status, sum string, d time.Duration) probes.Check {
		return probes.Check{ID: id, Title: id, Status: s, Summary: sum, Duration: d}
	}
	set := probes.Set{
		Local: &probes.LocalResult{Check: c("local", probes.StatusPass, "route via 10.99.1.1 (eth0), gateway answers in 0.05 ms", 310*time.Millisecond),
			Route: &probes.Route{To: "10.99.3.10", Found: true, Iface: "eth0"}},
		Port: &probes.PortResult{Check: c("port", probes.StatusFail, "no answer from 10.99.3.10:443 within 3000 ms (3 SYNs sent)", 3*time.Second),
			Addr: "10.99.3.10:443", State: probes.PortFiltered, Explain: "Connection requests (SYN) got no answer at all."},
		Ping: &probes.PingResult{Check: c("ping", probes.StatusPass, "10/10 replies, average 0.05 ms, jitter 0.01 ms", 950*time.Millisecond), Sent: 10, Recv: 10},
		TraceICMP: &probes.TraceResult{Check: c("trace.icmp", probes.StatusPass, "reached 10.99.3.10 in 3 hops: 10.99.1.1 → 10.99.2.2 → 10.99.3.10", 4*time.Millisecond),
			Reached: true, LastTTL: 3, LastAddr: "10.99.3.10"},
	}
	return &engine.Report{Target: tgt, Addr: "10.99.3.10", Duration: 3010 * time.Millisecond, Version: "test",
		Results: set, Diagnosis: diagnose.Diagnose(tgt, &set)}
}

func TestHumanOutputGolden(t *testing.T) {
	var b bytes.Buffer
	printReport(term{&b}, sampleReport(t), palette{})
	golden := filepath.Join("testdata", "filtered.txt")
	if *update {
		os.MkdirAll("testdata", 0o755)
		os.WriteFile(golden, b.Bytes(), 0o644)
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if b.String() != string(want) {
		t.Errorf("output differs from %s:\n%s", golden, b.String())
	}
}

func TestJSONShape(t *testing.T) {
	out := jsonReport(sampleReport(t))
	if out.Verdict.Code != diagnose.CodePortFiltered || len(out.Checks) != 4 || out.Checks[1].ID != "port" || out.Checks[1].DurationMs != 3000 {
		t.Errorf("json: %+v", out)
	}
	if out.Secondary == nil {
		t.Error("secondary must be an empty list, not null")
	}
}
