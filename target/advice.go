package target

import "strings"

// adviceLeadIns end a line that introduces a command for the reader to
// run later: Bun's "Bun upgrade failed with error: ConnectionRefused" is
// followed by "Please upgrade manually:" and "  curl -fsSL
// https://bun.com/install | bash".
var adviceLeadIns = []string{" manually:", " try:", " run:"}

// adviceCommand reports whether line i (low, lower-cased) is a command a
// program's advice gives after its failure: the line above ends with an
// advice lead-in and neither line states a failure, so what the command
// names is no target ("Failed to run:" above a command names what failed).
func (s *scan) adviceCommand(i int, low string) bool {
	if i == 0 || s.failsAt(i, low) {
		return false
	}
	above := strings.ToLower(strings.TrimSpace(s.text[s.lines[i-1].start:s.lines[i-1].end]))
	for _, w := range adviceLeadIns {
		if strings.HasSuffix(above, w) {
			return !s.failsAt(i-1, above)
		}
	}
	return false
}
