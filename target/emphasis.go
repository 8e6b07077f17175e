package target

import "strings"

// unemphasiseHosts removes the Markdown emphasis a poster put around a
// URL's whole host, "**" or "__" ("Could not connect to the endpoint URL:
// \"https://**s3.amazonaws.com**/MYBUCKET?location"): the marks are the
// page's bold, no part of the name. Marks around more than the host, or
// around no host, are left as they are.
func unemphasiseHosts(text string) string {
	if !strings.Contains(text, "://**") && !strings.Contains(text, "://__") {
		return text
	}
	var b strings.Builder
	from := 0
	for i := 0; ; {
		k := strings.Index(text[i:], "://")
		if k < 0 {
			break
		}
		k += i + 3
		i = k
		if k+2 > len(text) || text[k:k+2] != "**" && text[k:k+2] != "__" {
			continue
		}
		mark := text[k : k+2]
		j := k + 2
		for j < len(text) && (isLetter(text[j]) || isDigit(text[j]) || strings.IndexByte(".-:", text[j]) >= 0) {
			j++
		}
		if j == k+2 || !isLetter(text[k+2]) && !isDigit(text[k+2]) || !strings.HasPrefix(text[j:], mark) {
			continue
		}
		if e := j + 2; e < len(text) && (isLetter(text[e]) || isDigit(text[e]) || text[e] == '.' || text[e] == '_' || text[e] == '*') {
			continue
		}
		if from == 0 {
			b.Grow(len(text))
		}
		b.WriteString(text[from:k])
		b.WriteString(text[k+2 : j])
		from, i = j+2, j+2
	}
	if from == 0 {
		return text
	}
	b.WriteString(text[from:])
	return b.String()
}
