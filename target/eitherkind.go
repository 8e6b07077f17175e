package target

import "strings"

// timeoutWords are the spellings of a timeout that dropRefusedOrTimeout
// pairs with a refusal.
var timeoutWords = []string{"timed out", "timed-out", "timedout", "timeout", "time out", "time-out"}

// dropRefusedOrTimeout writes "failed" for a refusal and a timeout named
// as alternatives in one phrase — "refused or timeout", "refused or timed
// out", "timed out or refused", "timeout or connection refused", "timed
// out or was refused" — which says neither of the failure. It looks only
// where "efused or " or "out or " stands, so a long text is read in
// linear time.
func dropRefusedOrTimeout(text string) string {
	var b strings.Builder
	done := 0
	nextA, nextO := -2, -2 // the next "efused or " and "out or " at or after i; -1 none
	next := func(at *int, i int, word string) {
		if *at == -1 || *at >= i {
			return
		}
		*at = strings.Index(text[i:], word)
		if *at >= 0 {
			*at += i
		}
	}
	for i := 0; i < len(text); {
		next(&nextA, i, "efused or ")
		next(&nextO, i, "out or ")
		k, n := nextA, 0
		if nextO >= 0 && (k < 0 || nextO < k) {
			k, n = nextO, 1
		}
		if k < 0 {
			break
		}
		start, end := -1, -1
		if n == 0 && k > 0 && (text[k-1] == 'r' || text[k-1] == 'R') {
			aux := afterAux(text[k+len("efused or "):])
			after := text[k+len("efused or ")+aux:]
			if w := foldPrefixWord(after, timeoutWords); w > 0 {
				start, end = k-1, k+len("efused or ")+aux+w
			}
		}
		if n == 1 {
			for _, w := range timeoutWords {
				if strings.HasSuffix(w, "out") && k+3 >= len(w) && strings.EqualFold(text[k+3-len(w):k+3], w) && (k+3-len(w) == 0 || !isLetter(text[k+3-len(w)-1])) {
					aux := afterAux(text[k+len("out or "):])
					after := text[k+len("out or ")+aux:]
					if c := foldPrefixWord(after, []string{"connection refused", "refused"}); c > 0 {
						start, end = k+3-len(w), k+len("out or ")+aux+c
					}
					break
				}
			}
		}
		if start < 0 || start < done {
			i = k + 1
			continue
		}
		b.WriteString(text[done:start])
		b.WriteString("failed")
		done, i = end, end
	}
	if done == 0 {
		return text
	}
	b.WriteString(text[done:])
	return b.String()
}

// eitherAux are the words that may stand between "or" and the second
// failure: "timed out or was refused" (OpenTTD's "Connection to the server
// timed out or was refused"), "refused or has timed out".
var eitherAux = []string{"was ", "were ", "is ", "got ", "has ", "had ", "has been ", "had been "}

// afterAux gives the length of the auxiliary word of eitherAux s begins
// with, in any case; 0 when none.
func afterAux(s string) int {
	n := 0
	for _, w := range eitherAux {
		if len(w) > n && len(s) >= len(w) && strings.EqualFold(s[:len(w)], w) {
			n = len(w)
		}
	}
	return n
}

// foldPrefixWord gives the length of the first of words that s begins
// with, in any case and followed by no letter; 0 when none is.
func foldPrefixWord(s string, words []string) int {
	for _, w := range words {
		if len(s) >= len(w) && strings.EqualFold(s[:len(w)], w) && (len(s) == len(w) || !isLetter(s[len(w)])) {
			return len(w)
		}
	}
	return 0
}
