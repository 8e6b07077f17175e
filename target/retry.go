package target

import "strings"

// lastRetryKind returns the kind the last of a program's retry lines
// states, when they state more than one: Vagrant's "Warning: Connection
// refused. Retrying..." once, then "Warning: Connection timeout.
// Retrying..." until it gives up, ends timed out, the state the retries
// end in. A retry line is one saying "retrying" that names no host or
// names host, the target's: retries of another host say nothing of it.
// Vagrant's "Warning: Remote connection disconnect. Retrying..." (a
// reset: sshd in the booting guest closing a try) after its timeouts
// leaves them the state, one kind too: the port has opened, the guest is
// coming up. FailureNone when the retries state one kind or none (the text's reading
// then stands).
func lastRetryKind(text, host string) Failure {
	if !strings.Contains(text, "etrying") {
		return FailureNone
	}
	first, last, dropped := FailureNone, FailureNone, false
	for line := range linesHolding(text, "etrying") {
		if !strings.Contains(line, "Retrying") && !strings.Contains(line, "retrying") || !retryOfHost(line, host) {
			continue
		}
		if strings.Contains(line, "Remote connection disconnect") {
			dropped = true // the guest's sshd dropping a try, not where the retries end
			continue
		}
		if f := classifyFailure(line); f != FailureNone {
			if first == FailureNone {
				first = f
			}
			last = f
		}
	}
	if last == first && !dropped {
		return FailureNone
	}
	return last
}

// retryOfHost reports whether a retry line is about host: it names host,
// or no host at all.
func retryOfHost(line, host string) bool {
	if strings.Contains(line, host) {
		return true
	}
	for _, w := range strings.Fields(line) {
		w = strings.Trim(w, `"'()[]<>,;`)
		if h, _, ok := strings.Cut(w, ":"); ok && hostLike(h) || hostLike(strings.TrimRight(w, ".")) {
			return false
		}
	}
	return true
}
