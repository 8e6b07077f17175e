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
	for k := range afterSchemes(text) {
		if k < from || k+2 > len(text) || text[k:k+2] != "**" && text[k:k+2] != "__" {
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
		from = j + 2
	}
	if from == 0 {
		return text
	}
	b.WriteString(text[from:])
	return b.String()
}

// unemphasiseLines blanks the Markdown emphasis a poster put around whole
// lines of a message, an italic quote of an error ("> _Unable to download
// firmware updates …" down to "resolve hostname_"): the marks are the
// page's italics or bold, no part of the last word, whose end a phrase
// is read at. An opening mark ("_", "*", "__" or "**") starts a line,
// after any "> " quote marks, right before a letter or digit; its closing
// mark ends that line or a later one of the same paragraph right after a
// character that is neither a blank nor the mark's. Both become blanks,
// so the text keeps its length and its lines; a mark with no partner is
// left as it is.
func unemphasiseLines(text string) string {
	if !strings.Contains(text, "_") && !strings.Contains(text, "*") {
		return text
	}
	var out []byte // text's copy, made at the first pair
	open, mark := -1, ""
	start := 0
	for l := range strings.Lines(text) {
		line := strings.TrimSuffix(l, "\n")
		if strings.TrimSpace(line) == "" {
			open = -1 // emphasis ends with its paragraph
		}
		if open < 0 {
			open, mark = emphasisOpens(line)
			if open >= 0 {
				open += start
			}
		}
		if open >= 0 {
			body := strings.TrimRight(line, " \t\r")
			c := start + len(body) - len(mark) // where a closing mark would start
			if c > open+len(mark) && strings.HasSuffix(body, mark) && strings.IndexByte(" \t_*", text[c-1]) < 0 {
				if out == nil {
					out = []byte(text)
				}
				for k := range len(mark) {
					out[open+k], out[c+k] = ' ', ' '
				}
				open = -1
			}
		}
		start += len(l)
	}
	if out == nil {
		return text
	}
	return string(out)
}

// emphasisOpens returns where an emphasis mark opens line, after any "> "
// quote marks, and the mark; -1 when none does.
func emphasisOpens(line string) (int, string) {
	i := 0
	for i < len(line) && (line[i] == '>' || line[i] == ' ' || line[i] == '\t') {
		i++
	}
	for _, m := range []string{"__", "**", "_", "*"} {
		if strings.HasPrefix(line[i:], m) && i+len(m) < len(line) {
			if c := line[i+len(m)]; isLetter(c) || isDigit(c) {
				return i, m
			}
		}
	}
	return -1, ""
}
