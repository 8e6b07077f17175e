package target

import (
	"regexp"
	"strings"
)

// borgValueOptions are borg's options whose value is a pattern or a file
// of them, never a repository ("--exclude 'sh:/home/*/.cache/*'").
var borgValueOptions = map[string]bool{"--exclude": true, "--exclude-from": true, "--pattern": true, "--patterns-from": true, "-e": true}

// borgStyles are borg's pattern style prefixes ("sh:", "fm:", "pp:",
// "pf:", "re:", "path:"), which a pattern puts where a repository's
// host:path would be.
var borgStyles = map[string]bool{"sh": true, "fm": true, "pp": true, "pf": true, "re": true, "path": true}

// borgPattern reports whether the host read at src[hs:he] on a borg
// command line is a pattern, an option's value or a style prefix, not a
// repository's host: "borg create --exclude 'sh:/home/*/.cache/*' /mnt/usb/borg::x".
func borgPattern(src string, hs, he int) bool {
	ts := strings.LastIndexAny(src[:hs], " \t") + 1 // the token: a quote, user@, the host
	before := strings.TrimRight(src[:ts], " \t")
	if borgValueOptions[before[strings.LastIndexAny(before, " \t")+1:]] {
		return true
	}
	return !strings.Contains(src[ts:hs], "@") && borgStyles[strings.ToLower(src[hs:he])]
}

// borgRepository tries re again past the pattern whose host starts at
// hs, and past up to seven more, each blanked with its offsets kept: the
// repository on the line after them, with its match, or nil. k is re's
// host group.
func borgRepository(re *regexp.Regexp, src string, hs, k int) (string, []int) {
	for range 8 {
		end := strings.IndexAny(src[hs:], " \t")
		if end < 0 {
			end = len(src) - hs
		}
		src = src[:hs] + strings.Repeat(" ", end) + src[hs+end:]
		m := re.FindStringSubmatchIndex(src)
		if m == nil || !borgPattern(src, m[2*k], m[2*k+1]) {
			return src, m
		}
		hs = m[2*k]
	}
	return src, nil
}

// borgRepositoryOnly keeps the borg command line's match unless its host
// is a pattern ("--exclude 'sh:/home/*'"); then the repository further on
// the line, if any, is added in its place.
func borgRepositoryOnly(s *scan, i int, e *extractor, src string, m []int, _ map[string]string) bool {
	k := e.re.SubexpIndex("host")
	if !borgPattern(src, m[2*k], m[2*k+1]) {
		return true
	}
	if rest, next := borgRepository(e.re, src, m[2*k], k); next != nil {
		s.add(i, e, rest, next)
	}
	return false
}
