package target

import "strings"

// nginxTrailer is where nginx's error log line starts its trailing fields
// on the request being served (ngx_http_log_error): ", client: X, server:
// Y, request: \"…\", upstream: \"…\", host: \"Z\"".
const nginxTrailer = ", client: "

// dropNginxOwn drops the candidates from n on that lie in the server or
// host field of nginx's error log trailer on the line starting at base:
// this nginx's own server_name and the Host header the client sent, never
// where nginx connected ("[lua] test2.lua:17: failed to connect to redis:
// timeout, client: 127.0.0.1, server: api.x.com, request: \"GET / …\",
// host: \"api.x.com\""). The upstream field, and a CONNECT request's
// target, still name it.
func (s *scan) dropNginxOwn(n, base int, line string) {
	k := strings.Index(line, nginxTrailer)
	if k < 0 {
		return
	}
	var spans [][2]int
	for _, f := range [...]struct{ key, end string }{{", server: ", ", "}, {", host: \"", `"`}} {
		if sp, ok := fieldSpan(line, k, f.key, f.end); ok {
			spans = append(spans, sp)
		}
	}
	if len(spans) == 0 {
		return
	}
	kept := s.cands[:n]
	for _, c := range s.cands[n:] {
		at := c.pos
		if h := strings.Index(lowerAligned(s.text[c.pos:c.end]), lowerAligned(c.host)); c.host != "" && h >= 0 {
			at += h // the mention may start with its key (" host: \"x\"")
		}
		if !inSpans(at-base, spans) {
			kept = append(kept, c)
		}
	}
	s.cands = kept
}

// fieldSpan is where the value of the field key (", server: ") after k in
// line lies: up to end, or to the line's end.
func fieldSpan(line string, k int, key, end string) ([2]int, bool) {
	j := strings.Index(line[k:], key)
	if j < 0 {
		return [2]int{}, false
	}
	from := k + j + len(key)
	to := strings.Index(line[from:], end)
	if to < 0 {
		to = len(line) - from
	}
	return [2]int{from, from + to}, true
}

// inSpans reports whether p lies in one of spans.
func inSpans(p int, spans [][2]int) bool {
	for _, sp := range spans {
		if p >= sp[0] && p < sp[1] {
			return true
		}
	}
	return false
}
