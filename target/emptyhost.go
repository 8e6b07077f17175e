package target

import "strings"

// emptyHostError reports curl's resolver failure for a name that was
// empty, nil when the text names one: "curl: (6) Could not resolve host:"
// with nothing after it on its line, or older curl's "Couldn't resolve
// host" with an empty quoted name. The URL curl was given had no host (a
// variable left empty, a URL cut or glued to other text), so no host from
// other lines (a retry hint, a URL before it) is read instead. A name a terminal wrapped onto the next line
// ("Could not resolve host:\napi.corp.net") is a name: only a line that
// ends there, with a blank line or nothing after it, names none.
func emptyHostError(text, input, program string) error {
	for i := 0; ; {
		k := strings.Index(text[i:], "resolve host")
		if k < 0 {
			return nil
		}
		k += i
		i = k + len("resolve host")
		before := text[max(0, k-9):k]
		if !strings.HasSuffix(before, "ould not ") && !strings.HasSuffix(before, "ouldn't ") {
			continue
		}
		rest := text[i:]
		empty := strings.HasPrefix(rest, " ''") || strings.HasPrefix(rest, ` ""`) || strings.HasPrefix(rest, ": ''")
		if r, ok := strings.CutPrefix(rest, ":"); ok && !empty {
			line, next, _ := strings.Cut(r, "\n")
			next, _, _ = strings.Cut(next, "\n")
			empty = strings.TrimSpace(line) == "" && strings.TrimSpace(next) == ""
		}
		if !empty {
			continue
		}
		e := noTarget(input, program, FailureNoSuchHost).(*ParseError)
		e.Reason = "the message says a name could not be resolved, but the name is empty: the URL the program was given had no host"
		if program != "" {
			e.Reason = "the " + program + " message says a name could not be resolved, but the name is empty: the URL it was given had no host"
		}
		e.Hint = "check the URL or host setting the program used, or enter the host, host:port or URL it was trying to reach"
		return e
	}
}
