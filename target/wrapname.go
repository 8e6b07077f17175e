package target

import "strings"

// wrappedName joins a host name that ends line i with the rest of it at
// the start of the next line, where e-mail or a terminal wrapped it before
// a dot ("dial tcp: lookup www" then ".googleapis.com on 127.0.0.53:53:
// no such host"). The joined name must be a full one (a dot and a
// top-level domain) where the part before the break was none, and must be
// the host of a URL on one of the ten lines before or be followed on the next line by
// more of the message, so a sentence ending in "www" and a line starting
// ".net is great" join nothing. It returns the joined name and the offset
// its end has in the text, or "".
func (s *scan) wrappedName(i int, head string) (string, int) {
	if i+1 >= len(s.lines) || hostLike(head) || strings.IndexByte(head, '.') >= 0 {
		return "", 0
	}
	next := s.text[s.lines[i+1].start:s.lines[i+1].end]
	if len(next) < 3 || next[0] != '.' {
		return "", 0
	}
	j := 1
	for j < len(next) && isHostByte(next[j]) {
		j++
	}
	tail := strings.TrimRight(next[1:j], ".")
	name := head + "." + tail
	if tail == "" || !hostLike(name) {
		return "", 0
	}
	rest := next[j:]
	message := strings.HasPrefix(rest, " on ") || strings.HasPrefix(rest, ": ") || strings.HasPrefix(rest, ":") && len(rest) > 1 && isDigit(rest[1])
	if !message && !strings.Contains(s.text[s.lines[max(0, i-10)].start:s.lines[i].start], "://"+name) {
		return "", 0 // no URL of the ten lines before names it
	}
	return name, s.lines[i+1].start + 1 + len(tail)
}
