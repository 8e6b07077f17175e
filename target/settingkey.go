package target

import "strings"

// settingKeyLines is how far below a setting the failing line that
// names it by its key is looked for.
const settingKeyLines = 30

// settingNamed returns the mention to choose instead of best, when best
// is on no failing line and the first failing line below the settings
// begins with the quoted key of a setting whose value is a host:port:
// vn.py's "stage_setting = {… \"行情服务器\": \"10.0.0.5:21492\", …}"
// then "2023-08-09 16:22:59.052041\t行情服务器连接断开，原因：-1009，连接超时"
// ("market-data server disconnected, … connection timed out") names the
// setting, so its value is the target. It returns best otherwise.
func (s *scan) settingNamed(best int) int {
	if s.lines[s.cands[best].line].err {
		return best
	}
	type setting struct {
		key string
		i   int
	}
	var settings []setting
	last := -1
	for i, o := range s.cands {
		if o.isURL || o.portFrom != PortExplicit {
			continue
		}
		if key := s.settingKey(o); key != "" {
			settings = append(settings, setting{key, i})
			last = max(last, o.line)
		}
	}
	if settings == nil {
		return best
	}
	for i := last + 1; i < len(s.lines) && i <= last+settingKeyLines; i++ {
		line := s.text[s.lines[i].start:s.lines[i].end]
		if !s.lines[i].err && !s.failsAt(i, lowerAligned(line)) {
			continue
		}
		msg := messageStart(line)
		for _, st := range settings {
			if strings.HasPrefix(msg, st.key) {
				return st.i
			}
		}
		return best
	}
	return best
}

// settingKey returns the quoted key whose value mention o is, quoted too
// ("\"行情服务器\": \"10.0.0.5:21492\"", 'host' = 'x:80'), "" when it is
// none. A key is one to 64 bytes without blanks.
func (s *scan) settingKey(o cand) string {
	before := s.text[s.lines[o.line].start:o.pos]
	if before == "" || strings.IndexByte("'\"", before[len(before)-1]) < 0 {
		return ""
	}
	b := strings.TrimRight(before[:len(before)-1], " \t")
	if b == "" || b[len(b)-1] != ':' && b[len(b)-1] != '=' {
		return ""
	}
	b = strings.TrimRight(b[:len(b)-1], " \t")
	if b == "" || strings.IndexByte("'\"", b[len(b)-1]) < 0 {
		return ""
	}
	q := b[len(b)-1]
	b = b[:len(b)-1]
	open := strings.LastIndexByte(b[max(0, len(b)-65):], q)
	if open < 0 {
		return ""
	}
	key := b[max(0, len(b)-65)+open+1:]
	if key == "" || strings.ContainsAny(key, " \t") {
		return ""
	}
	return key
}

// messageStart returns line without the time and log prefix it starts
// with ("2023-08-09 16:22:59.052041\t", "[…] [WARN] ").
func messageStart(line string) string {
	line = strings.TrimLeft(line, "0123456789-:./,+ \t")
	line = line[logPrefixEnd(line):]
	return strings.TrimLeft(line, " \t")
}
