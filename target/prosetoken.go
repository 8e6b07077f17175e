package target

import (
	"unicode"

	"golang.org/x/net/idna"
)

// proseToken reports whether a word with no spaces is a sentence of a
// script written without them rather than a mistyped host: it holds CJK
// punctuation ("，", "。", full-width forms), or letters beyond ASCII that
// have no IDN form ("由于连接方在一段时间后正确答复或者连接的主机没有响应，
// 连接尝试失败。", Windows' WSAETIMEDOUT text as a poster retyped it). Such
// a word is read as error text: no target, and the failure it states.
func proseToken(w string) bool {
	letters := false
	for _, r := range w {
		switch {
		case r >= 0x3000 && r <= 0x303f, r >= 0xff00 && r <= 0xffef:
			return true
		case r > unicode.MaxASCII && unicode.IsLetter(r):
			letters = true
		}
	}
	if !letters {
		return false
	}
	_, err := idna.Lookup.ToASCII(w)
	return err != nil
}
