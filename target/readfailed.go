package target

import "strings"

// readFailLeads are the words that say a program could not do what
// readVerbs name, "unable to " read, "failed to " fetch; readFailGerunds
// those before the verb's -ing form, "error " reading, "failed " loading.
var (
	readFailLeads   = []string{"unable to ", "could not ", "couldn't ", "cannot ", "can't ", "can not ", "failed to ", "failure to "}
	readFailGerunds = []string{"error ", "error while ", "failed ", "failure ", "failed while "}
	readVerbs       = []string{"read", "load", "fetch", "download", "retrieve", "open", "access", "get"}
)

// maxReadObject is how many words may name what was read between the verb
// and the URL: "repository at", "metadata from", "the file at".
const maxReadObject = 3

// readFailedBefore reports whether the lower-case text before a URL says
// the program failed to read, load or fetch it: Eclipse p2's "Unable to
// read repository at https://x/site.xml.", "Could not load https://x/",
// "Failed to fetch https://x/a.tgz", "error reading https://x/": the URL
// is the request that failed, never a link to documentation however its
// words ("read") look like one (see isHelpURL), and the host a failing
// line under it that names none (PKIX's "unable to find valid
// certification path to requested target") failed on. Up to
// maxReadObject words of letters may name the thing read between the
// verb and the URL; an opening quote or bracket may start the URL.
func readFailedBefore(before string) bool {
	b := strings.TrimRight(before, `'"<([`+"`")
	if !strings.HasSuffix(b, " ") {
		return false
	}
	b = b[max(0, len(b)-80) : len(b)-1]
	for words := 0; words <= maxReadObject; words++ {
		if readFailVerbEnds(b) {
			return true
		}
		k := strings.LastIndexByte(b, ' ')
		if k < 0 || !letterWord(b[k+1:]) {
			return false
		}
		b = b[:k]
	}
	return false
}

// readFailVerbEnds reports whether b ends in a failure lead and a verb of
// readVerbs ("unable to read", "error reading").
func readFailVerbEnds(b string) bool {
	for _, v := range readVerbs {
		if rest, ok := strings.CutSuffix(b, v); ok && endsWithWords(rest, readFailLeads) {
			return true
		}
		if rest, ok := strings.CutSuffix(b, gerund(v)); ok && endsWithWords(rest, readFailGerunds) {
			return true
		}
	}
	return false
}

// gerund returns a verb of readVerbs in its -ing form.
func gerund(v string) string {
	if v == "get" {
		return "getting"
	}
	return v + "ing"
}

// endsWithWords reports whether s ends in one of suffixes begun at a word's
// start: "unable to " in "… unable to ", not in "xunable to " (hasSuffixAny
// takes any end).
func endsWithWords(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) && (len(s) == len(x) || !isLetter(s[len(s)-len(x)-1])) {
			return true
		}
	}
	return false
}

// letterWord reports whether w is a word of 1 to 16 lower-case letters or
// hyphens, a noun or a preposition ("repository", "at", "meta-data").
func letterWord(w string) bool {
	if w == "" || len(w) > 16 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; (c < 'a' || c > 'z') && c != '-' {
			return false
		}
	}
	return true
}
