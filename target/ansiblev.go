package target

import (
	"cmp"
	"strings"
)

// ansibleVerbose are the words of Ansible's verbose ssh connection lines
// after the address it connects to, in angle brackets at the line's start
// (the inventory's ansible_host, not its name): "<10.0.0.5> ESTABLISH SSH
// CONNECTION FOR USER: root", "<10.0.0.5> SSH: EXEC ssh -C -o Port=22 …".
var ansibleVerbose = []string{"> ESTABLISH SSH CONNECTION FOR USER", "> SSH: EXEC "}

// ansibleVerboseRead is how many of each of ansibleVerbose's lines above
// an unreachable host ansibleDialled reads, the nearest: a long verbose
// log costs a few lines per host, not all of them.
const ansibleVerboseRead = 16

// ansibleDialled keeps Ansible's "x | UNREACHABLE!" or "fatal: [x]:
// UNREACHABLE!" with the address its verbose lines above (within 64 KB,
// the nearest ansibleVerboseRead of each) connected to in place of the
// inventory name x, when they name one address: its one name not
// redacted, else the redacted one (a redaction, so no target). Lines
// naming two or more addresses leave x.
func ansibleDialled(s *scan, i int, _ *extractor, _ string, _ []int, g map[string]string) bool {
	var named, redacted string
	for _, word := range ansibleVerbose {
		marks := s.markAbove(word, s.lines[i].start, 64<<10)
		for _, at := range marks[max(0, len(marks)-ansibleVerboseRead):] {
			start := strings.LastIndexByte(s.text[:at], '\n') + 1
			open := strings.IndexByte(s.text[start:at], '<')
			if open < 0 || strings.TrimLeft(s.text[start:start+open], " \t") != "" {
				continue
			}
			addr := s.text[start+open+1 : at]
			if addr == "" || strings.ContainsAny(addr, " \t<>") {
				continue
			}
			switch {
			case placeholderName(addr):
				redacted = addr
			case named == "" || strings.EqualFold(named, addr):
				named = addr
			default:
				return true // more than one address: the inventory name stays
			}
		}
	}
	if h := cmp.Or(named, redacted); h != "" && !strings.EqualFold(h, g["host"]) {
		g["host"] = h
	}
	return true
}
