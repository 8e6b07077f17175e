package target

import "strings"

// adviceLeadIns end a line that introduces a command for the reader to
// run later: Bun's "Bun upgrade failed with error: ConnectionRefused" is
// followed by "Please upgrade manually:" and "  curl -fsSL
// https://bun.com/install | bash".
var adviceLeadIns = []string{" manually:", " try:", " run:"}

// adviceCommand reports whether line i (low, lower-cased) is a command a
// program's advice gives after its failure: the line above is an advice
// lead-in and neither line states a failure, so what the command names is
// no target ("Failed to run:" above a command names what failed).
func (s *scan) adviceCommand(i int, low string) bool {
	if i == 0 || s.failsAt(i, low) {
		return false
	}
	above := strings.ToLower(strings.TrimSpace(s.text[s.lines[i-1].start:s.lines[i-1].end]))
	return adviceLeadIn(above) && !s.failsAt(i-1, above)
}

// adviceLeadIn reports whether the lower-cased line above introduces a
// program's advice. " manually:" always does; " try:" and " run:" only in
// a program's imperative, the line begun with the verb or holding
// "please" ("Try again or run:", "Please run:"). A person's "When I run:",
// "I tried to run:" or "If I run:" above the command they ran is no
// advice: that command is what failed.
func adviceLeadIn(above string) bool {
	end := ""
	for _, w := range adviceLeadIns {
		if strings.HasSuffix(above, w) {
			end = w
		}
	}
	switch {
	case end == "":
		return false
	case end == " manually:":
		return true
	}
	words := strings.FieldsFunc(above, func(r rune) bool { return (r < 'a' || r > 'z') && r != '\'' })
	for _, w := range words {
		if w == "i" || w == "we" || w == "i'm" || w == "i've" || w == "we've" {
			return false
		}
	}
	return len(words) > 0 && (words[0] == "try" || words[0] == "run" || strings.Contains(above, "please"))
}
