//go:build linux

package lab

import (
	"image"
	"strings"
	"unicode"
)

// Finding a phrase among the words tesseract read, forgiving what reading
// a screen gets wrong: words run together or split, a misread letter.

// tokens splits the words read into the parts compared, cut at punctuation
// other than the dots, colons and dashes inside addresses and codes
// ("(HTML" → "html", "port.filtered." → "port.filtered"). A part keeps its
// word's box.
func tokens(words []word) []word {
	var out []word
	for _, w := range words {
		parts := strings.FieldsFunc(strings.ToLower(w.text), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune(".:-_#", r)
		})
		for _, p := range parts {
			if p = strings.Trim(p, ".:-_"); p != "" {
				out = append(out, word{text: p, box: w.box})
			}
		}
	}
	return out
}

// findPhrase returns the boxes of every place the words of phrase stand
// one after the other on a line. Words are compared by their letters and
// digits, one misread letter allowed in words of five or more ("Still
// faiting"); words the reader ran together ("Exportreport") or split
// ("port. filtered") match when their letters are the same.
func findPhrase(words []word, phrase string) []image.Rectangle {
	var want []string
	for _, p := range tokens([]word{{text: phrase}}) {
		if k := key(p.text); k != "" {
			want = append(want, k)
		}
	}
	if len(want) == 0 {
		return nil
	}
	toks := tokens(words)
	var found []image.Rectangle
	for i := range toks {
		if box, ok := matchWords(toks, i, want); ok {
			found = append(found, box)
		} else if box, ok := matchJoined(toks, i, strings.Join(want, "")); ok {
			found = append(found, box)
		}
	}
	return found
}

// matchWords matches want word for word from toks[i] on.
func matchWords(toks []word, i int, want []string) (image.Rectangle, bool) {
	box := toks[i].box
	for j, w := range want {
		if j > 0 {
			n, ok := nextToken(toks, i)
			if !ok {
				return box, false
			}
			i = n
			box = box.Union(toks[i].box)
		}
		if !alike(key(toks[i].text), w) {
			return box, false
		}
	}
	return box, true
}

// matchJoined matches the letters of want, without spaces, from toks[i] on.
func matchJoined(toks []word, i int, want string) (image.Rectangle, bool) {
	acc, box := key(toks[i].text), toks[i].box
	if acc == "" || !strings.HasPrefix(want, acc) {
		return box, false
	}
	for acc != want {
		n, ok := nextToken(toks, i)
		if !ok || !strings.HasPrefix(want, acc+key(toks[n].text)) {
			return box, false
		}
		acc, box, i = acc+key(toks[n].text), box.Union(toks[n].box), n
	}
	return box, true
}

// alike says a word read is the word wanted, allowing one letter misread,
// added or dropped in words of five letters or more.
func alike(read, want string) bool {
	if read == want {
		return true
	}
	if len(want) < 5 || len(read) < 4 {
		return false
	}
	return distance(read, want) <= 1
}

// distance is the Levenshtein distance between a and b.
func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

// key is a token's letters and digits.
func key(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}

// nextToken is the token after toks[i] on its line: the next part of the
// same word, or the first part of the nearest word to the right.
func nextToken(toks []word, i int) (int, bool) {
	if i+1 < len(toks) && toks[i+1].box == toks[i].box {
		return i + 1, true
	}
	n, ok := nextOnLine(toks, toks[i])
	if !ok {
		return 0, false
	}
	for j, t := range toks {
		if t.box == n.box {
			return j, true
		}
	}
	return 0, false
}

// nextOnLine is the nearest word to the right of cur on the same line, at
// most two line heights away.
func nextOnLine(words []word, cur word) (word, bool) {
	var best word
	found := false
	mid := (cur.box.Min.Y + cur.box.Max.Y) / 2
	for _, w := range words {
		if w.box.Min.X < cur.box.Max.X-2 || w.box.Min.Y > mid || w.box.Max.Y < mid {
			continue
		}
		if w.box.Min.X-cur.box.Max.X > 2*max(cur.box.Dy(), 10) {
			continue
		}
		if !found || w.box.Min.X < best.box.Min.X {
			best, found = w, true
		}
	}
	return best, found
}

// rightOf is the nearest word right of label on its line, however far (a
// form field's value).
func rightOf(words []word, label image.Rectangle) (image.Rectangle, bool) {
	mid := center(label).Y
	var best image.Rectangle
	found := false
	for _, w := range words {
		if w.box.Min.X <= label.Max.X || w.box.Min.Y > mid || w.box.Max.Y < mid {
			continue
		}
		if !found || w.box.Min.X < best.Min.X {
			best, found = w.box, true
		}
	}
	return best, found
}

// alone keeps the boxes that have no word close by on their line, as a
// form field's label has (not the same word inside a sentence).
func alone(words []word, boxes []image.Rectangle) []image.Rectangle {
	var out []image.Rectangle
	for _, b := range boxes {
		mid := center(b).Y
		near := false
		for _, w := range words {
			if w.box.Overlaps(b) || w.box.Min.Y > mid || w.box.Max.Y < mid {
				continue
			}
			gap := max(w.box.Min.X-b.Max.X, b.Min.X-w.box.Max.X)
			if gap < 2*b.Dy() {
				near = true
			}
		}
		if !near {
			out = append(out, b)
		}
	}
	return out
}

// center is the middle of r.
func center(r image.Rectangle) image.Point {
	return image.Pt((r.Min.X+r.Max.X)/2, (r.Min.Y+r.Max.Y)/2)
}
