package main

import (
	"bytes"
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

// TestTestedLineWithoutAddress: when the name did not resolve there is no
// address; the last line names what was tested instead of a gap
// ("Tested  in 298 ms").
func TestTestedLineWithoutAddress(t *testing.T) {
	rep := sampleReport(t)
	rep.Addr = ""
	var b bytes.Buffer
	printReport(term{&b}, rep, palette{})
	if !strings.Contains(b.String(), "Tested 10.99.3.10:443 (the name did not resolve) in 3010 ms.") || strings.Contains(b.String(), "Tested  in") {
		t.Errorf("last line:\n%s", b.String())
	}
}

// TestBrokenNameNotice: a pasted error whose program dialled a broken name
// says so under the header, before a verdict that may be about this
// network; the whole output is a golden file.
func TestBrokenNameNotice(t *testing.T) {
	tgt, err := target.Parse("dial tcp: lookup missing..lab.test on 10.99.3.200:53: no such host")
	if err != nil {
		t.Fatal(err)
	}
	skip := func(id string) probes.Check {
		return probes.Check{ID: id, Title: id, Status: probes.StatusSkip, Summary: "skipped: the name did not resolve, so there is no address to test"}
	}
	set := probes.Set{
		DNS: &probes.DNSResult{Check: probes.Check{ID: "dns", Title: "Name lookup (DNS)", Status: probes.StatusFail, Duration: 2 * time.Millisecond,
			Summary: `"missing..lab.test" is not a valid host name (an empty label between two dots): no DNS server can look it up, so none was asked`},
			Name: "missing..lab.test", Invalid: "an empty label between two dots", System: probes.Lookup{Kind: probes.AnswerNXDomain}},
		Port: &probes.PortResult{Check: skip("port")},
	}
	rep := &engine.Report{Target: tgt, Duration: 290 * time.Millisecond, Version: "test", Results: set, Diagnosis: diagnose.Diagnose(tgt, &set)}
	var b bytes.Buffer
	printReport(term{&b}, rep, palette{})
	lines := strings.Split(b.String(), "\n")
	if len(lines) < 5 || lines[1] != `! The name "missing..lab.test" is not a valid host name (an empty label` ||
		!strings.Contains(lines[4], "[dns.invalid_name]") {
		t.Errorf("notice and verdict:\n%s", b.String())
	}
	golden := filepath.Join("testdata", "invalid_name.txt")
	if *update {
		os.WriteFile(golden, b.Bytes(), 0o644)
	}
	if want, err := os.ReadFile(golden); err != nil || b.String() != string(want) {
		t.Errorf("output differs from %s (%v):\n%s", golden, err, b.String())
	}
	// A valid name has no notice line.
	b.Reset()
	printReport(term{&b}, sampleReport(t), palette{})
	if strings.Contains(b.String(), "not a valid host name") {
		t.Errorf("notice on a valid name:\n%s", b.String())
	}
}
