package report

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// literal is one known name, matched without regard to case.
type literal struct {
	text string // the name
	key  string // what its placeholder is given for (the name in lower case)
	kind string // "host" or "name"
	// fenced says a match must not have a letter or digit before (after)
	// it: the name is one label ("corp", not in "corporate") starting
	// (ending) with one. Dotted names go wherever they appear.
	fenced [2]bool
}

func newLiteral(name, key, kind string) literal {
	first, _ := utf8.DecodeRuneInString(name)
	last, _ := utf8.DecodeLastRuneInString(name)
	dotted := kind == "host" && strings.Contains(name, ".")
	return literal{text: name, key: key, kind: kind, fenced: [2]bool{nameRune(first) && !dotted, nameRune(last) && !dotted}}
}

// literals finds known names in text, case-insensitively (Unicode simple
// folding, as regexp's (?i) and strings.EqualFold do), in one pass over the
// text however many names there are (a certificate may carry hundreds).
// Offsets are always taken from the text itself, never from a lower-cased
// copy, so letters whose case changes byte length (K U+212A, İ U+0130,
// Ⱥ U+023A) cannot shift them.
type literals struct {
	// byFirst lists the names by the fold key of their first letter,
	// longest first.
	byFirst map[rune][]literal
}

func newLiterals(ls []literal) literals {
	sort.SliceStable(ls, func(i, j int) bool {
		if len(ls[i].text) != len(ls[j].text) {
			return len(ls[i].text) > len(ls[j].text)
		}
		return ls[i].text < ls[j].text
	})
	m := literals{byFirst: map[rune][]literal{}}
	for _, l := range ls {
		r, _ := utf8.DecodeRuneInString(l.text)
		m.byFirst[foldKey(r)] = append(m.byFirst[foldKey(r)], l)
	}
	return m
}

// replace replaces, left to right, the longest known name at each place,
// a one-label name only where it stands alone (see fenced); dots do not
// join words here, so "corp" goes from "x.corp" too.
func (m literals) replace(s string, rep func(literal) string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		n, l, ok := m.at(s, i, r)
		if !ok {
			i += size
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(rep(l))
		i += n
		last = i
	}
	if b.Len() == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// at returns the longest name that matches s at i (r is the rune there)
// and the length in bytes of the text it matched.
func (m literals) at(s string, i int, r rune) (int, literal, bool) {
	for _, l := range m.byFirst[foldKey(r)] {
		n, ok := foldPrefix(s[i:], l.text)
		if !ok || l.fenced[0] && i > 0 && nameRune(runeBefore(s, i)) || l.fenced[1] && i+n < len(s) && nameRune(runeAfter(s, i+n)) {
			continue
		}
		return n, l, true
	}
	return 0, literal{}, false
}

// foldPrefix reports whether s starts with name, compared rune by rune
// under simple case folding, and how many bytes of s that took.
func foldPrefix(s, name string) (int, bool) {
	n := 0
	for _, want := range name {
		if n >= len(s) {
			return 0, false
		}
		got, size := utf8.DecodeRuneInString(s[n:])
		if got != want && foldKey(got) != foldKey(want) {
			return 0, false
		}
		n += size
	}
	return n, true
}

// foldKey is the smallest rune of r's case-folding orbit (K, k and the
// Kelvin sign all give K), so two runes are equal under folding when their
// keys are.
func foldKey(r rune) rune {
	if r < utf8.RuneSelf {
		if 'a' <= r && r <= 'z' {
			return r - 'a' + 'A'
		}
		return r
	}
	k := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		k = min(k, f)
	}
	return k
}
