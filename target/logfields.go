package target

import "strings"

// kodiThread reports whether the word:N at line[start:colon] is the thread
// field of Kodi's log, "T:<thread id>" right after its timestamp
// ("2020-07-18 16:03:50.427 T:15716   ERROR: CCurlFile::FillBuffer -
// Failed: …"), not a host and port.
func kodiThread(line string, start, colon int) bool {
	return line[start:colon] == "T" && (start == 0 || logStamp(strings.TrimSpace(line[:start])))
}

// erlangLocation reports whether the word:N at line[start:colon] is the
// function and line of an Erlang log location, lager's
// "@module:function:line" ("<0.4501.3>@ejabberd_s2s_out:process_closed:153
// Failed to establish …"), not a host and port.
func erlangLocation(line string, start, colon int) bool {
	if start < 3 || line[start-1] != ':' || !erlangAtom(line[start:colon]) {
		return false
	}
	at := strings.LastIndexByte(line[:start-1], '@')
	return at >= 0 && erlangAtom(line[at+1:start-1])
}

// erlangAtom reports whether w is an unquoted Erlang atom: a small letter,
// then letters, digits and '_'.
func erlangAtom(w string) bool {
	if w == "" || !isLower(w[0]) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isLower(w[i]) && !isUpper(w[i]) && !isDigit(w[i]) && w[i] != '_' {
			return false
		}
	}
	return true
}

// nwConnectionID reports whether the word:N at line[start:end] is Apple
// Network.framework's connection id in brackets, "[C31.1:1]" ("[C<n>]",
// "[C<n>.<n>…:<n>]": nw_socket_handle_socket_event [C31.1:1] Socket
// SO_ERROR [61: Connection refused]), not a host and port.
func nwConnectionID(line string, start, colon, end int) bool {
	if start == 0 || line[start-1] != '[' || end >= len(line) || line[end] != ']' || line[start] != 'C' {
		return false
	}
	w := line[start+1 : colon]
	return w != "" && strings.Trim(w, "0123456789.") == "" && isDigit(w[0])
}
