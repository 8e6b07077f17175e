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

// snakeField reports whether the word:N at line[start:colon], ending at
// end, is a log's key:value field, not a host and port: a dotless
// snake_case key (small letters and digits, words joined by '_') standing
// as a word among the message's words, XX-Net's "report_connect_fail
// continue_fail_count:11", "retry_count:3", "cost_ms:68". A DNS name has no
// '_', but Docker Compose names its services' hosts that way, so such a
// word stays a host where the line puts a destination ("connect to
// app_db_1:5432", "dial tcp db_1:5432", see destSlot), after a message's
// colon ("Connection refused: my_app_1:8080"), and in a URL, quoted or
// after '@' or '=' (only a blank or the line's start comes before a
// field).
func (s *scan) snakeField(i int, line string, start, colon, end int) bool {
	if start > 0 && line[start-1] != ' ' && line[start-1] != '\t' {
		return false
	}
	w := line[start:colon]
	if u := strings.IndexByte(w, '_'); u <= 0 || u == len(w)-1 || !erlangAtom(w) {
		return false
	}
	if b := strings.TrimRight(line[:start], " \t"); b != "" && b[len(b)-1] == ':' {
		return false // a message's subject after its colon
	}
	// destSlot reads at most 80 bytes before the word: lower-case only
	// those, so a long line of many fields is not lower-cased at each.
	w0 := max(0, start-96)
	return !s.destSlot(line[w0:end], lowerAligned(line[w0:end]), start-w0, end-w0, s.lines[i].start+w0)
}

// dialplanLocation reports whether the word:N at line[start:end] is the
// context and priority of an Asterisk dialplan location in brackets,
// "[extension@context:priority]", as its PBX logs each step it runs ("--
// Executing [6001@international:1] Dial(\"SIP/6000-00000000\",
// \"SIP/6001,,30\") in new stack"), not a user@host:port: the bracketed
// extension@context:N after "Executing" or before the application it
// calls, `Name("` (appCall). A dotted context
// ("[root@db.example.com:5432]") stays a host.
func dialplanLocation(line string, start, colon, end int) bool {
	if start < 3 || line[start-1] != '@' || end >= len(line) || line[end] != ']' || strings.IndexByte(line[start:colon], '.') >= 0 {
		return false
	}
	open := strings.LastIndexByte(line[:start-1], '[')
	if open < 0 || open+1 == start-1 || strings.ContainsAny(line[open+1:start-1], " \t]@") {
		return false
	}
	return strings.HasSuffix(strings.TrimRight(line[:open], " \t"), "Executing") || appCall(line[end+1:])
}

// appCall reports whether rest starts with a blank and a call of a named
// application, a word of letters, digits and '_' starting with a letter,
// then "(" and its quoted arguments as Asterisk prints them: "Dial(\"",
// "NoOp(\"", "GotoIf(\"" (a function's "Connect() failed" is no dialplan
// step).
func appCall(rest string) bool {
	if rest == "" || rest[0] != ' ' {
		return false
	}
	rest = rest[1:]
	k := 0
	for k < len(rest) && (isLetter(rest[k]) || k > 0 && (isDigit(rest[k]) || rest[k] == '_')) {
		k++
	}
	return k > 0 && k+1 < len(rest) && rest[k] == '(' && rest[k+1] == '"'
}
