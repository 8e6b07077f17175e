package target

import "strings"

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
	lines := strings.SplitAfter(text, "\n")
	for i, l := range lines {
		if strings.Contains(l, mark) {
			lines[i] = strings.ReplaceAll(l, `\'`, `'`)
		}
	}
	return strings.Join(lines, "")
}
