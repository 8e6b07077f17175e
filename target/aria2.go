package target

import "strings"

// aria2Redirected makes aria2's summary of a download that failed, "[ERROR]
// CUID#8 - Download aborted. URI=http://x/…", no failing line when the
// exception under it names another URI ("Exception: [AbstractCommand.cc:350]
// errorCode=1 URI=https://x/…", then "-> [SocketCore.cc:975] errorCode=1
// SSL/TLS handshake failure"): the summary gives the URI the download
// started from, the exception the one aria2 was fetching when it failed,
// after a redirect.
func (s *scan) aria2Redirected() {
	if !strings.Contains(s.text, "Download aborted. URI=") {
		return
	}
	for i := 0; i+1 < len(s.lines); i++ {
		line := s.text[s.lines[i].start:s.lines[i].end]
		k := strings.Index(line, "Download aborted. URI=")
		if k < 0 {
			continue
		}
		uri, _, _ := strings.Cut(line[k+len("Download aborted. URI="):], " ")
		next := strings.TrimLeft(s.text[s.lines[i+1].start:s.lines[i+1].end], " \t")
		j := strings.Index(next, " URI=")
		if !strings.HasPrefix(next, "Exception: [") || j < 0 {
			continue
		}
		other, _, _ := strings.Cut(next[j+len(" URI="):], " ")
		if other != "" && strings.TrimRight(other, "\r") != strings.TrimRight(uri, "\r") {
			s.lines[i].err = false
			s.lines[i+1].err = true
		}
	}
}
