package target

import "strings"

// malformedName says why a name of valid labels otherwise is no valid DNS
// name, "" when it is one or is broken in some other way: an empty label
// between two dots ("sqs..amazonaws.com", from a configuration whose
// region was empty). A name starting or ending with dots is not read so.
func malformedName(h string) string {
	if !strings.Contains(h, "..") || strings.HasPrefix(h, ".") || strings.HasSuffix(h, ".") {
		return ""
	}
	return "an empty label between two dots"
}

// collapseDots returns h with each run of dots made one.
func collapseDots(h string) string {
	for strings.Contains(h, "..") {
		h = strings.ReplaceAll(h, "..", ".")
	}
	return h
}
