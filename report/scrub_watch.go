package report

import "github.com/conndoctor/conndoctor/history"

// ScrubWatch returns a deep copy of a stored watch for a report, scrubbed
// as Scrub scrubs runs: control and invisible format characters and URL
// user-info removed from every string and, when o.Redact is set, every host
// name and address replaced by a placeholder. The names to hide are
// collected from the whole watch first (the target as typed and parsed,
// each sample's answers, connections, pings and traceroute hops, the
// events), then every string is replaced, the failure reasons and event
// texts too. Every watch format (HTML, PDF, JSON) renders the copy this
// returns, and the summary is computed from it, so a hop named there is a
// placeholder as well.
func ScrubWatch(o Options, w *history.SavedWatch) *history.SavedWatch {
	s := newScrubber(o.Redact)
	c := deepCopy(w)
	if s.redact {
		eachString(c, watchKeys(s.collect))
		s.names = newLiterals(s.found)
	}
	eachString(c, watchKeys(s.text))
	return c
}

// watchFields say where names sit in a watch, in the terms of the key
// tables (scrub_names.go), for the fields only a watch has: the target
// ("host:port") holds a host name; a sample's failure reason, application
// answer and an event's text are built from errors and system reports, so
// any dotted word ending in letters there is taken for a name, as in
// pasted text.
var watchFields = map[string]string{"target": "host", "answer": "addrs", "why": "evidence", "app": "evidence", "detail": "evidence"}

// watchKeys passes fn the key a watch's field has in the key tables.
func watchKeys(fn func(key, v string) string) func(key, v string) string {
	return func(key, v string) string {
		if k, ok := watchFields[key]; ok {
			key = k
		}
		return fn(key, v)
	}
}
