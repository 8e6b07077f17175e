package target

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// unescapeRepr reads Python's repr of a repr as the inner one: an
// exception repr'd inside another escapes the inner one's quotes
// (legendary's "ConnectionError(MaxRetryError('HTTPSConnectionPool(host=
// \'x\', port=443): … Failed to resolve \'x\' …'))"), so on a line whose
// pool says host=\'…\' every \' is a quote.
func unescapeRepr(text string) string {
	const mark = `(host=\'`
	if !strings.Contains(text, mark) {
		return text
	}
	return replaceOnLines(text, `\'`, `'`, func(l string) bool { return strings.Contains(l, mark) })
}

// replaceOnLines replaces old with new on the lines of text that on
// holds for.
func replaceOnLines(text, old, new string, on func(line string) bool) string {
	lines := strings.SplitAfter(text, "\n")
	for i, l := range lines {
		if on(l) {
			lines[i] = strings.ReplaceAll(l, old, new)
		}
	}
	return strings.Join(lines, "")
}

// unescapeUTF8Bytes reads the escapes Python 2 writes for the bytes of
// UTF-8 text in a repr as the characters they encode: glibc's Portuguese
// "Nome ou servi\xc3\xa7o desconhecido" inside urllib3's
// NewConnectionError('…: [Errno -2] …',) is "Nome ou serviço
// desconhecido". Only a run of \xHH escapes that is one whole UTF-8
// character of two to four bytes is read so; a lone "\x41", an invalid
// sequence or a path's "C:\xampp" stays as written. It reads the text once.
func unescapeUTF8Bytes(text string) string {
	i := strings.Index(text, `\x`)
	if i < 0 {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	last := 0
	for i >= 0 {
		// A repr of a repr doubles each backslash: "\\xc3\\xa7".
		start, width := i, 4
		if i > last && text[i-1] == '\\' {
			start, width = i-1, 5
		}
		var seq [4]byte
		n := 0
		for k := start; n < 4; k += width {
			c, ok := hexEscape(text, k, width)
			if !ok {
				break
			}
			seq[n] = c
			n++
		}
		if size := utf8Prefix(seq[:n]); size > 1 {
			b.WriteString(text[last:start])
			b.Write(seq[:size])
			last = start + width*size
			i = last
		} else {
			i += 2
		}
		j := strings.Index(text[i:], `\x`)
		if j < 0 {
			break
		}
		i += j
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// hexEscape returns the byte of the escape at text[i:], if one is there:
// "\xHH" when width is 4, "\\xHH" (its backslash escaped) when 5.
func hexEscape(text string, i, width int) (byte, bool) {
	if i+width > len(text) || text[i] != '\\' || width == 5 && text[i+1] != '\\' {
		return 0, false
	}
	i += width - 4
	if text[i+1] != 'x' {
		return 0, false
	}
	if !isHexDigit(text[i+2]) || !isHexDigit(text[i+3]) {
		return 0, false
	}
	b, err := strconv.ParseUint(text[i+2:i+4], 16, 8)
	return byte(b), err == nil
}

// utf8Prefix returns the length of the UTF-8 character seq starts with,
// 0 when it starts with none (or with an ASCII byte, which needs no
// escape).
func utf8Prefix(seq []byte) int {
	if len(seq) < 2 {
		return 0
	}
	r, size := utf8.DecodeRune(seq)
	if r == utf8.RuneError {
		return 0
	}
	return size
}

// logfmtValue is a logfmt field whose value is quoted: `msg="`,
// `error="`; jsonValue a JSON object's string field: `"text":"`;
// bracketValue a field of the bracketed log format of TiDB's and Milvus'
// logger (pingcap/log), a quoted string in brackets: `["grpc: …"]`.
var (
	logfmtValue  = regexp.MustCompile(`(?:^|\s)[a-z_.]+="`)
	jsonValue    = regexp.MustCompile(`"[A-Za-z_][A-Za-z0-9_.\-]*"\s*:\s*"`)
	bracketValue = regexp.MustCompile(`(?:^|\s)\["`)
)

// unescapeLogfmt reads the escaped quotes inside a logfmt value as quotes:
// logrus and Go's slog quote a message with its inner quotes escaped
// (Watchtower's `msg="… Head \"https://registry-1.docker.io/v2/…\": Get
// \"https://auth.docker.io/token?…\": net/http: TLS handshake timeout"`),
// and the error inside reads as Go printed it; so does a JSON log line's
// string field (tailscaled's `{"logtail":{…},"text":"logtail: dial
// \"log.tailscale.io:443\" failed: dial tcp [2600:…]:443: …"}`), and a
// bracketed field's (Milvus' `["… failed to connect to {Addr:
// \"localhost:2379\", …}. Err: …"]`). Only a line holding such a field
// and an escaped quote changes.
func unescapeLogfmt(text string) string {
	if !strings.Contains(text, `\"`) || !strings.Contains(text, `="`) && !strings.Contains(text, `":`) && !strings.Contains(text, `["`) {
		return text
	}
	return replaceOnLines(text, `\"`, `"`, func(l string) bool {
		return strings.Contains(l, `\"`) && (logfmtValue.MatchString(l) || jsonValue.MatchString(l) || bracketValue.MatchString(l))
	})
}
