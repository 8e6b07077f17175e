package diagnose

import (
	"strings"

	"github.com/conndoctor/conndoctor/probes"
)

// healthyExplain says what the checks showed for a working connection, and
// only that: a name lookup when there was one to make, a clean path when
// ping passed, and always the port.
func healthyExplain(f *facts) string {
	var shown []string
	if f.s.DNS != nil && f.s.DNS.Status == probes.StatusPass {
		shown = append(shown, "the name resolves")
	}
	if f.pingRan() && f.s.Ping.Status == probes.StatusPass {
		shown = append(shown, "the path is clean")
	}
	shown = append(shown, "the port accepts connections")
	s := shown[0]
	if n := len(shown); n > 1 {
		s = strings.Join(shown[:n-1], ", ") + " and " + shown[n-1]
	}
	return strings.ToUpper(s[:1]) + s[1:] + ". If a program still times out, the problem is in the application layer (the server answers slowly) or was temporary."
}
