package target

import "strings"

// Cheap looks for what the "host, port" pair extractors' expressions need
// (see needEx): a whole paste on one line ("{'esp_ip': '192.168.178.72',
// 'host_ip': '0.0.0.0', …}" repeated) is long, and an expression run over
// it costs far more than a look for the bytes its match must hold.

// blanks are the bytes \s matches.
const blanks = " \t\n\f\r"

// hostKeyed is the need of the "host = x, port = N" expressions
// (`(?i)host(?:name)?\s*[=:]…port…` and `(?i)\bhost\s*[=:]…port…`):
// their needle, "port", and "host", "name" or not, blanks, then '=' or
// ':'. A line with bytes outside ASCII is always tried: case folding
// matches 'ſ' (the long s) for an s, which the line's lower case keeps.
func hostKeyed(low string) bool {
	if !strings.Contains(low, "port") {
		return false
	}
	if !isASCII(low) {
		return true
	}
	for i := 0; ; {
		k := strings.Index(low[i:], "host")
		if k < 0 {
			return false
		}
		i += k + len("host")
		w := strings.TrimLeft(strings.TrimPrefix(low[i:], "name"), blanks)
		if w != "" && (w[0] == '=' || w[0] == ':') {
			return true
		}
	}
}

// quotedThenNumber is the need of the sockaddr tuple's expression
// (`[({]\s*['"]host['"]\s*,\s*(?P<port>[0-9]+)…`): its needle, "', ",
// and a closing quote, blanks, a comma, blanks, then a digit.
func quotedThenNumber(low string) bool {
	return strings.Contains(low, "', ") && quotedNumberArg(low)
}

// quotedNumberArg is the need of the connect call's expression
// (`connect\(\s*\(?\s*['"]host['"]\s*,\s*(?P<port>[0-9]{1,5})…`): a
// closing quote, blanks, a comma, blanks, then a digit.
func quotedNumberArg(low string) bool {
	for i := 0; ; {
		k := strings.IndexByte(low[i:], ',')
		if k < 0 {
			return false
		}
		c := i + k
		i = c + 1
		before := strings.TrimRight(low[:c], blanks)
		after := strings.TrimLeft(low[c+1:], blanks)
		if before != "" && (before[len(before)-1] == '\'' || before[len(before)-1] == '"') && after != "" && isDigit(after[0]) {
			return true
		}
	}
}

// settingKeyed reports whether low may hold a match of settingKey: one of
// its keys, a ".N" or not, blanks, then '=' or ':'. A line with bytes
// outside ASCII is always tried (see hostKeyed).
func settingKeyed(low string) bool {
	if !isASCII(low) {
		return true
	}
	for _, key := range []string{"host", "server", "address"} {
		for i := 0; ; {
			k := strings.Index(low[i:], key)
			if k < 0 {
				break
			}
			i += k + len(key)
			// host, hostname or hosts.
			if w := low[i:]; keyEnds(w) || key == "host" && (keyEnds(strings.TrimPrefix(w, "name")) || keyEnds(strings.TrimPrefix(w, "s"))) {
				return true
			}
		}
	}
	return false
}

// keyEnds reports whether w, after a setting's key, begins with what
// settingKey reads there before the value: a ".N" or not, blanks, then
// '=' or ':'.
func keyEnds(w string) bool {
	if len(w) > 1 && w[0] == '.' && isDigit(w[1]) {
		w = strings.TrimLeft(w[1:], "0123456789")
	}
	w = strings.TrimLeft(w, blanks)
	return w != "" && (w[0] == '=' || w[0] == ':')
}
