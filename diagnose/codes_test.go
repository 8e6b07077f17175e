package diagnose

import (
	"slices"
	"testing"
)

// TestFamiliesCoverEveryVerdict: every verdict code falls in exactly one
// family, every family has a title, and the families the history filter
// once missed are there.
func TestFamiliesCoverEveryVerdict(t *testing.T) {
	fams := Families()
	for _, code := range VerdictCodes() {
		var in []string
		for _, f := range fams {
			if f.Matches(code) {
				in = append(in, f.Match)
			}
		}
		if len(in) != 1 {
			t.Errorf("%s is in families %v, want exactly one", code, in)
		}
		if SeverityOf(code) == "" {
			t.Errorf("%s has no severity", code)
		}
	}
	var matches []string
	for _, f := range fams {
		if f.Title == "" || familyTitles[familyOf(f.Match)] == "" {
			t.Errorf("family %s has no title in familyTitles", f.Match)
		}
		matches = append(matches, f.Match)
	}
	for _, want := range []string{"healthy", "route.", "path.", "gateway.", "app.", "host.", "inconclusive"} {
		if !slices.Contains(matches, want) {
			t.Errorf("families %v lack %s", matches, want)
		}
	}
	if slices.Contains(VerdictCodes(), CodeNotReproduced) {
		t.Error("input.not_reproduced is never a verdict, so it is no filter")
	}
}

func TestSeverityOf(t *testing.T) {
	for code, want := range map[string]Severity{CodeHealthy: SeverityOK, CodePortFiltered: SeverityProblem,
		CodePathLossy: SeverityWarning, CodeInconclusive: SeverityWarning, CodeDNSStale: SeverityInfo, "future.code": ""} {
		if got := SeverityOf(code); got != want {
			t.Errorf("SeverityOf(%s) = %q, want %q", code, got, want)
		}
	}
	for _, f := range Families() {
		if f.Match == "path." && f.Severity != SeverityProblem {
			t.Errorf("path. holds path.mtu_blackhole, a problem; severity %s", f.Severity)
		}
	}
}
