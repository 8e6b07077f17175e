package target

import "strings"

// routineTail is a timestamped log line's message without its header:
// the text after the last "] " in its first 100 bytes, a clock time
// before it ("[2023-07-04 11:51:48.064617 +05:30] DEBUG
// [src\rendezvous_mediator.rs:592] query onlines timeout 3s" → "query
// onlines timeout 3s"); "" for any other line: a periodic message is a
// log's, told by its time.
func routineTail(line string) string {
	head := line[:min(len(line), 100)]
	k := strings.LastIndex(head, "] ")
	if k < 0 || !clockIn(head[:k]) {
		return ""
	}
	return strings.TrimSpace(line[k+2:])
}

// clockIn reports whether s holds a time of day, "11:51:48".
func clockIn(s string) bool {
	for i := 0; i+8 <= len(s); i++ {
		if isDigit(s[i]) && isDigit(s[i+1]) && s[i+2] == ':' && isDigit(s[i+3]) && isDigit(s[i+4]) && s[i+5] == ':' && isDigit(s[i+6]) && isDigit(s[i+7]) {
			return true
		}
	}
	return false
}

// routineLines returns the routine lines around line, for reading a
// failure the target's own line does not state: a program's periodic
// message, the same words both above and below the target's line, not
// naming host, is none of this failure's cause. RustDesk logs "query
// onlines timeout 3s" every few seconds, before and after "Failed to
// connect to rs-ny.rustdesk.com:21115", which states no kind; the timeout
// is the presence query's. A line said only after the failure ("caused
// by: connection timed out") or only before it is no routine. Up to 200
// lines each way are compared; nil when there are none.
func (s *scan) routineLines(line int, host string) map[int]bool {
	if line <= 0 || line+1 >= len(s.lines) {
		return nil
	}
	tail := func(i int) string { return routineTail(s.text[s.lines[i].start:s.lines[i].end]) }
	above := map[string][]int{}
	for i := max(0, line-200); i < line; i++ {
		if t := tail(i); len(t) >= 8 && (host == "" || !strings.Contains(t, host)) {
			above[t] = append(above[t], i)
		}
	}
	var routine map[int]bool
	for i := line + 1; i < min(len(s.lines), line+200); i++ {
		t := tail(i)
		if t == "" || len(above[t]) == 0 {
			continue
		}
		if routine == nil {
			routine = map[int]bool{}
		}
		routine[i] = true
		for _, k := range above[t] {
			routine[k] = true
		}
	}
	return routine
}

// linesWithout returns lines [from, to) of the text, those in skip left
// out.
func (s *scan) linesWithout(from, to int, skip map[int]bool) string {
	to = min(to, len(s.lines))
	if len(skip) == 0 {
		return s.text[s.lines[from].start:s.lines[to-1].end]
	}
	var b strings.Builder
	for i := from; i < to; i++ {
		if skip[i] {
			continue
		}
		b.WriteString(s.text[s.lines[i].start:s.lines[i].end])
		b.WriteByte('\n')
	}
	return b.String()
}
