package target

import "strings"

// failsNextLine reports whether the bare word at line[start:end], line i,
// is quoted as the first argument of a call on a line that ends with the
// call's "):", and line i+1 starts with the failure: one message a
// poster's copy broke after the call, each line ending in a blank
// (Asterisk's "ast_sockaddr_resolve: getaddrinfo(\"x\", \"(null)\",
// ...): " then "Temporary failure in name resolution"), read as the line
// it was: the name the call was given failed as the next line says.
func (s *scan) failsNextLine(i int, line string, start, end int) bool {
	if i+1 >= len(s.lines) || start < 2 || line[start-2] != '(' || (line[start-1] != '"' && line[start-1] != '\'') ||
		end >= len(line) || line[end] != line[start-1] || !strings.HasSuffix(strings.TrimRight(line, " \t\r"), "):") {
		return false
	}
	next := s.text[s.lines[i+1].start:s.lines[i+1].end]
	return failureFollows(strings.ToLower(next[:min(len(next), 64)]))
}
