package target

// bannerCount reports whether the word:N at line[start:colon], ending at
// end, is a count or setting a program's start-up banner or a hardware
// summary prints, not a host and port: a dotless word in capitals (digits
// after its first letter allowed) and a one-digit number, on a line that
// reports no failure. XMRig's CPU line, "L2:32.0 MB L3:60.5 MB 32C/64T
// NUMA:2", names NUMA nodes; "CPU:4", "GPU:0", "RAID:1" read alike. No
// service listens on a one-digit port a capitalised name would be written
// with; a failing line's "DB:5432" or "connect to REDIS:6379" keeps its
// mention, and so does any name in small letters ("db:5").
func (s *scan) bannerCount(i int, line string, start, colon, end int) bool {
	if end-colon != 2 || colon-start < 2 || !isUpper(line[start]) {
		return false
	}
	for k := start + 1; k < colon; k++ {
		if !isUpper(line[k]) && !isDigit(line[k]) {
			return false
		}
	}
	return !s.lineFailsAt(i)
}
