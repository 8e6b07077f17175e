package target

import "strings"

// rDownloaded reports whether line i, lower-cased low, is R's "trying URL
// 'x'" of a download that worked: download.file's report of it,
// "downloaded 569 KB" (or "downloaded 582690 bytes", "… MB"), follows
// within five lines, before the next "trying URL". x is then no target; a
// later failure (R's "InternetOpenUrl failed: 'The operation timed out'")
// was another request.
func (s *scan) rDownloaded(i int, low string) bool {
	if !strings.HasPrefix(strings.TrimLeft(low, " \t"), "trying url '") {
		return false
	}
	for j := i + 1; j < len(s.lines) && j <= i+5; j++ {
		next := strings.TrimLeft(s.text[s.lines[j].start:s.lines[j].end], " \t")
		if len(next) > len("downloaded ") && strings.HasPrefix(next, "downloaded ") && isDigit(next[len("downloaded ")]) {
			return true
		}
		if len(next) >= len("trying url ") && strings.EqualFold(next[:len("trying url ")], "trying url ") {
			return false
		}
	}
	return false
}
