package target

import "strings"

// firstDialAttempt returns text with the later attempts cut from a line
// that lists several of Go's dials to one address, when the first states
// a kind: v2ray's retry, "retry: [dial tcp x:12585: connectex: A
// connection attempt failed because the connected party did not properly
// respond … dial tcp x:12585: connectex: No connection could be made
// because the target machine actively refused it. … dial tcp x:12585:
// operation was canceled] > …: all retry attempts failed", failed first
// by a timeout, as the corpus reads the first failing attempt, not by
// the refusal a later retry met (a refusal outranks a timeout on one
// line). The list ends at its "]" or the line's end; dials to other
// addresses (Go's fallback from IPv6 to IPv4) are left.
func firstDialAttempt(text string) string {
	if strings.Count(text, "dial tcp ") < 2 {
		return text
	}
	seen := map[string]bool{}
	for line := range linesHolding(text, "dial tcp ") {
		if seen[line] || strings.Count(line, "dial tcp ") < 2 {
			continue
		}
		seen[line] = true
		if cut := laterDials(line); cut != line {
			text = strings.ReplaceAll(text, line, cut)
		}
		if len(seen) == 8 {
			break
		}
	}
	return text
}

// laterDials returns line without the dials after its first that go to
// the first's address, up to the "]" that ends their list, when the
// first dial's words state a kind.
func laterDials(line string) string {
	k := strings.Index(line, "dial tcp ")
	from := k + len("dial tcp ")
	sp := strings.IndexByte(line[from:], ' ')
	if sp <= 1 || line[from+sp-1] != ':' {
		return line
	}
	again := strings.Index(line[from+sp:], "dial tcp "+line[from:from+sp])
	if again < 0 {
		return line
	}
	again += from + sp
	if classifyFailure(line[k:again]) == FailureNone {
		return line
	}
	end := len(line)
	if b := strings.IndexByte(line[again:], ']'); b >= 0 {
		end = again + b
	}
	return line[:again] + line[end:]
}
