package target

import (
	"regexp"
	"strings"
)

// psPosition is the position line of a PowerShell error record, English
// and German: "At line:15 char:1", "In Zeile:15 Zeichen:1", or with the
// script's path, "At C:\x\a.ps1:15 char:1".
var psPosition = regexp.MustCompile(`^\s*(?:At|In) (?:line|Zeile|\S.{0,255}?):[0-9]+ (?:char|Zeichen):[0-9]+\s*$`)

// psErrorEcho reports whether line i is PowerShell's echo of the statement
// that failed, "+ $webclient.DownloadFile(\"https://x/…\" ...", right under
// its error record's position line: the statement names what failed
// ("Exception calling \"DownloadFile\" … (504) Gateway Timeout."),
// unless the cut that ends a long one falls inside its URL's host or port.
func (s *scan) psErrorEcho(i int, line string) bool {
	if i == 0 || !strings.HasPrefix(line, "+ ") {
		return false
	}
	prev := s.text[s.lines[i-1].start:s.lines[i-1].end]
	if !strings.Contains(prev, "char:") && !strings.Contains(prev, "Zeichen:") {
		return false
	}
	if !psPosition.MatchString(prev) {
		return false
	}
	// PowerShell cuts a long statement to the window's width and ends it
	// with " ...": a URL cut inside its host or port ("('http://test:80
	// ..." of "http://test:8080/…") names no target.
	if cut, ok := strings.CutSuffix(strings.TrimRight(line, " \t\r"), " ..."); ok {
		last := cut[strings.LastIndexAny(cut, " \t")+1:]
		if k := strings.Index(last, "://"); k >= 0 && !strings.Contains(last[k+3:], "/") {
			return false
		}
	}
	return true
}
