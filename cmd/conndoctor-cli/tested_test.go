package main

import (
	"bytes"
	"strings"
	"testing"
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
