package target

import (
	"strings"
	"testing"
)

// TestBigramFilterKeepsEveryNeedle: the byte-pair prefilter never rules out
// a needle a line holds, on every line of the corpus and the table.
func TestBigramFilterKeepsEveryNeedle(t *testing.T) {
	var lines []string
	for _, p := range loadPastes(t) {
		lines = append(lines, strings.Split(p.Text, "\n")...)
	}
	for _, c := range parseCases {
		lines = append(lines, strings.Split(c.in, "\n")...)
	}
	ruledOut := 0
	for _, line := range lines {
		low := lowerAligned(line)
		set := lineBigrams(low)
		for k, n := range needles {
			held := strings.Contains(low, n)
			if held && !set.holdAll(needleBigrams[k]) {
				t.Fatalf("line %q holds needle %q but the filter rules it out", line, n)
			}
			if !set.holdAll(needleBigrams[k]) {
				ruledOut++
			}
		}
	}
	if ruledOut == 0 {
		t.Errorf("the filter ruled out no needle on %d lines", len(lines))
	}
}
