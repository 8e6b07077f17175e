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
	if j := strings.Index(line[k:], ", server: "); j >= 0 {
		from := k + j + len(", server: ")
		to := strings.Index(line[from:], ", ")
		if to < 0 {
			to = len(line) - from
		}
		spans = append(spans, [2]int{from, from + to})
	}
	if j := strings.Index(line[k:], ", host: \""); j >= 0 {
		from := k + j + len(", host: \"")
		to := strings.IndexByte(line[from:], '"')
		if to < 0 {
			to = len(line) - from
		}
		spans = append(spans, [2]int{from, from + to})
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

// inSpans reports whether p lies in one of spans.
func inSpans(p int, spans [][2]int) bool {
	for _, sp := range spans {
		if p >= sp[0] && p < sp[1] {
			return true
		}
	}
	return false
}
