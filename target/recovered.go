package target

import (
	"regexp"
	"strings"
)

// logComponent is a Go-style log line's component before its message,
// after the log package's date and time: "2024/10/16 22:24:44 logtail:
// upload …" is logtail's.
var logComponent = regexp.MustCompile(`^\s*(?:[0-9]{4}[/-][0-9]{2}[/-][0-9]{2}[ T][0-9]{2}:[0-9]{2}:[0-9]{2}(?:[.,][0-9]+)?Z?\s+)?([a-z][a-z0-9_.-]*): `)

// recoveredWord is a component's word for its next attempt working:
// "upload succeeded after 1 failures", "derp-4 connected".
var recoveredWord = regexp.MustCompile(`\bsucceeded\b|(?:^|[^a-z])connected\b`)

// recoveredFailures makes no failing line of one whose component says
// on a later line, within maxRecoverLines and before failing again, that
// it worked: tailscaled's "logtail: upload: log upload of 424 bytes
// compressed failed: Post \"https://log.tailscale.io/…\": … connection
// reset by peer" then "logtail: upload succeeded after 1 failures and
// 32s"; "magicsock: … derp.Recv(derp-4): … connection reset by peer"
// then "magicsock: derp-4 connected". What a program got past is not
// what failed; its later failure (the control server's "read: connection
// timed out") is. Only lines that share a component count.
func (s *scan) recoveredFailures() {
	if !strings.Contains(s.text, "succeeded") && !strings.Contains(s.text, "connected") {
		return
	}
	for i := range s.lines {
		if !s.lines[i].err {
			continue
		}
		m := logComponent.FindStringSubmatch(s.text[s.lines[i].start:s.lines[i].end])
		if m == nil {
			continue
		}
		for j := i + 1; j < len(s.lines) && j <= i+maxRecoverLines; j++ {
			line := s.text[s.lines[j].start:s.lines[j].end]
			n := logComponent.FindStringSubmatch(line)
			if n == nil || n[1] != m[1] {
				continue
			}
			low := strings.ToLower(line[len(n[0]):])
			if recoveredWord.MatchString(low) && !strings.Contains(low, "not connected") && !strings.Contains(low, "not succeeded") &&
				classifyFailure(low) == FailureNone {
				s.lines[i].err = false // ("succeeded after 1 failures" says what it got past)
				break
			}
			if s.lines[j].err || s.lineFailsAt(j) {
				break
			}
		}
	}
}

// maxRecoverLines is how far below a failure a component's word that
// it worked is looked for.
const maxRecoverLines = 20
