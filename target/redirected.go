package target

import (
	"regexp"
	"slices"
	"strings"
)

// redirectedTo is where a request was sent instead of the URL before it,
// as a failing download states it (Jenkins' "Failed to download from
// https://updates.jenkins.io/… (redirected to: https://mirror/…)"); the
// URL is the submatch.
var redirectedTo = regexp.MustCompile(`(?i)\(redirected to:? ([a-z][a-z0-9+.\-]*://[^\s)]+)\)`)

// redirectedAway drops the mentions of a host that a failing line says
// redirected its request elsewhere: that host answered with the redirect,
// and the failure is the redirect target's (Jenkins' update center
// answering, its mirror timing out). A redirect to the same host, or to
// one the text names nowhere else, leaves the mentions as they are.
func (s *scan) redirectedAway() {
	if !strings.Contains(s.text, "edirected to") {
		return
	}
	away := map[string]bool{}
	for i, ln := range s.lines {
		line := s.text[ln.start:ln.end]
		if !strings.Contains(line, "edirected to") || !ln.err && !s.lineFailing(line) {
			continue
		}
		for _, m := range redirectedTo.FindAllStringSubmatchIndex(line, 4) {
			from, to := "", ""
			for _, c := range s.cands {
				switch {
				case c.line != i || !c.isURL:
				case c.pos < ln.start+m[0]:
					from = c.host // the last URL before the redirect
				case c.pos == ln.start+m[2] && to == "":
					to = c.host
				}
			}
			if from != "" && to != "" && !strings.EqualFold(from, to) {
				away[strings.ToLower(from)] = true
			}
		}
	}
	if len(away) > 0 {
		s.cands = slices.DeleteFunc(s.cands, func(c cand) bool { return away[strings.ToLower(c.host)] })
	}
}
