package target

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// consoleWidth is the width a console hard-wraps lines at when nothing
// else in the paste shows another: Windows' console and most terminals
// open 80 columns wide.
const consoleWidth = 80

// wideConsoleWidth is Windows Terminal's width when it opens.
const wideConsoleWidth = 120

// joinWrapped undoes a console's hard wrap inside a quoted value or a
// URL: a line exactly as wide as the console (80 or 120 columns, or a
// width at least two of the paste's lines share) that ends inside a
// quote it opened ("HTTPSConnectionPool(host='class.coursera.or"), whose
// next line goes on with the value and closes the quote ("g', port=443):
// …"), is joined with it, and so is a line of exactly 80 or 120 columns
// that ends inside a URL ("Unable to open URL: https://vid") whose next
// line goes on with no blank before it
// ("eo-edge-c2a548.arn03.hls.ttvnw.net/v0/…"), unless the cut falls
// right after a whole host name; so is a line as wide as the console
// that ends inside a bare host name or host:port the next line's first
// word finishes (COW's "CONNECT m-dot-betaspike.appspo" then "t.com:443
// failed", see hostGoesOn), and so is one that ends with the user of a
// user@host operand cut right before its '@' (Vagrant's rsync command
// line, "… vagrant" then "@127.0.0.1:/srv/www", see userGoesOn), and so is
// one that ends inside an errno's name the next line finishes ("… Error:
// EC" then "ONNREFUSED 127.0.0.1:5432", see errnoGoesOn); a quoted value
// is joined at any width when the two parts make a host name ("未能解析此远程名称:
// 'raw.gith" then "ubusercontent.com'”"). The text keeps its length and
// its line count: the line breaks a join removes move to the end of the
// joined line, leaving empty lines, so every line keeps its number.
func joinWrapped(text string) string {
	if !strings.Contains(text, "\n") {
		return text
	}
	padded := strings.Contains(text, "  \n") || strings.Contains(text, "  \r\n")
	lines := strings.Split(text, "\n")
	padW := 0
	if padded {
		padW = paddedWidth(lines)
	}
	var widths map[int]int // rune widths of the lines, counted when first needed
	wrapped := func(l string) bool {
		n := utf8.RuneCountInString(l)
		if n == consoleWidth || n == wideConsoleWidth {
			return true
		}
		if n < 40 {
			return false
		}
		if widths == nil {
			widths = map[int]int{}
			for _, o := range lines {
				widths[utf8.RuneCountInString(strings.TrimSuffix(o, "\r"))]++
			}
		}
		return widths[n] >= 2
	}
	var b strings.Builder
	changed := false
	for i := 0; i < len(lines); {
		j := i         // lines[i..j] are joined
		inURL := false // the last word of lines[i..j] is a URL
		for j+1 < len(lines) {
			if n := quoteRun(lines, j, wrapped); n > 0 {
				j += n
				continue
			}
			inURL = urlEnds(inURL, lines[j])
			if !(quoteGoesOn(lines[j], lines[j+1]) && (wrapped(lines[j]) || quoteHoldsName(lines[j], lines[j+1])) ||
				inURL && urlGoesOn(lines[j], lines[j+1]) && consoleCut(lines[j]) ||
				padW > 0 && paddedCut(lines[j], lines[j+1], padW) ||
				hostGoesOn(lines[j], lines[j+1], wrapped) ||
				userGoesOn(lines[j], lines[j+1], wrapped) ||
				errnoGoesOn(lines[j], lines[j+1], wrapped)) {
				break
			}
			j++
		}
		if j == i {
			b.WriteString(lines[i])
			if i+1 < len(lines) {
				b.WriteByte('\n')
			}
			i++
			continue
		}
		if !changed {
			changed = true
			b.Grow(len(text))
		}
		for k := i; k <= j; k++ {
			b.WriteString(lines[k])
		}
		b.WriteString(strings.Repeat("\n", j-i))
		if j+1 < len(lines) {
			b.WriteByte('\n')
		}
		i = j + 1
	}
	if !changed {
		return text
	}
	return b.String()
}

// paddedWidth returns the width a terminal padded the paste's rows to with
// blanks, 0 when it shows none: the width of at least two rows of 40
// columns or more that end in two or more blanks (a copy of a terminal
// that fills each row to its width, 149 columns in one nginx paste).
func paddedWidth(lines []string) int {
	count := map[int]int{}
	best := 0
	for _, l := range lines {
		l = strings.TrimSuffix(l, "\r")
		if !strings.HasSuffix(l, "  ") {
			continue
		}
		n := utf8.RuneCountInString(l)
		if n < 40 {
			continue
		}
		count[n]++
		if count[n] >= 2 && count[n] > count[best] {
			best = n
		}
	}
	return best
}

// paddedCut reports whether line is a row a padding terminal wrapped
// (see paddedWidth): exactly w columns with no blank at its end, the
// logical line going on in next with no blank before it ("…, server:
// localho" then "st, request: …"). A row cut at a blank is not told from
// one padded by a single blank, and is left.
func paddedCut(line, next string, w int) bool {
	line = strings.TrimSuffix(line, "\r")
	if line == "" || next == "" || next[0] == ' ' || next[0] == '\t' || next[0] == '\r' {
		return false
	}
	if c := line[len(line)-1]; c == ' ' || c == '\t' {
		return false
	}
	return utf8.RuneCountInString(line) == w
}

// quoteGoesOn reports whether line ends inside a quoted value it opened
// (a quote after '=', '(', ':', ',', '[', '{' or a space, then no space or
// quote to the end) and next carries on with the value up to the same
// quote, with no space before it.
func quoteGoesOn(line, next string) bool {
	q := strings.LastIndexAny(line, `'"`)
	if q < 0 || q == len(line)-1 {
		return false
	}
	if q > 0 && strings.IndexByte("=(:,[{ ", line[q-1]) < 0 {
		return false
	}
	if strings.ContainsAny(line[q+1:], " \t\r") {
		return false
	}
	k := strings.IndexByte(next, line[q])
	return k >= 0 && !strings.ContainsAny(next[:k], " \t\r'\"")
}

// consoleCut reports whether line is exactly as wide as a console opens
// (80 or 120 columns): a URL is joined only there, as log lines a paste
// shares a width with may well end in one.
func consoleCut(line string) bool {
	n := utf8.RuneCountInString(line)
	return n == consoleWidth || n == wideConsoleWidth
}

// quoteHoldsName reports whether the quoted value line ends in (see
// quoteGoesOn) and its rest on next make a host name together
// ("'raw.gith" and "ubusercontent.com'"), one name whatever the width.
func quoteHoldsName(line, next string) bool {
	q := strings.LastIndexAny(line, `'"`)
	k := strings.IndexByte(next, line[q])
	name := line[q+1:] + next[:k]
	return k > 0 && strings.IndexByte(name, '.') >= 0 && hostLike(name)
}

// urlEnds reports whether line's last word is a URL, or goes on one
// (inURL) when line has no blank.
func urlEnds(inURL bool, line string) bool {
	b := strings.LastIndexAny(line, " \t")
	w := line[b+1:]
	return strings.Contains(w, "://") || b < 0 && inURL
}

// urlGoesOn reports whether next carries on the URL line ends in: it
// starts with no blank, and line's cut is not right after a whole host
// name ("https://example.com" then "Connection refused").
func urlGoesOn(line, next string) bool {
	if next == "" || strings.IndexByte(" \t\r", next[0]) >= 0 || strings.HasSuffix(line, "\r") {
		return false
	}
	w := line[strings.LastIndexAny(line, " \t")+1:]
	if k := strings.Index(w, "://"); k >= 0 {
		host := w[k+3:]
		if strings.IndexAny(host, "/?#") < 0 {
			host = host[strings.LastIndexByte(host, '@')+1:]
			return !hostLike(host) && !hostLike(strings.TrimRight(host, ":0123456789"))
		}
	}
	return true
}

// quoteRun returns how many lines after lines[j] carry on a quoted value
// a console hard-wrapped over three lines or more, 0 when none do: lines[j]
// is as wide as the console (wrapped) and ends inside a quote it opened,
// each line after it up to the one that closes the quote is exactly as
// wide and holds no blank, and the closing line has none before the quote
// (git's "fatal: unable to access 'https://hub.fastg", "it.xyz/Owner/
// moonraker-obi", "co.git/': Failed to connect to …" on rows of 42). A run
// of lines of other widths, or with a blank, is left as it is.
func quoteRun(lines []string, j int, wrapped func(string) bool) int {
	line := strings.TrimSuffix(lines[j], "\r")
	q := strings.LastIndexAny(line, `'"`)
	if q < 0 || q == len(line)-1 || q > 0 && strings.IndexByte("=(:,[{ ", line[q-1]) < 0 ||
		strings.ContainsAny(line[q+1:], " \t") || !wrapped(lines[j]) {
		return 0
	}
	w := utf8.RuneCountInString(lines[j])
	for k := j + 1; k < len(lines) && k <= j+8; k++ {
		next := lines[k]
		if c := strings.IndexByte(next, line[q]); c >= 0 {
			if k < j+2 || strings.ContainsAny(next[:c], " \t\r'\"") {
				return 0
			}
			return k - j
		}
		if next == "" || strings.ContainsAny(next, " \t\r'\"") || utf8.RuneCountInString(next) != w {
			return 0
		}
	}
	return 0
}

// paddedPort is a port a terminal's wrap cut, its row padded with blanks
// and the rows then copied as one line: "tcp connect (database:543" + 190
// blanks + "2): connection refused" (TeslaMate's Postgrex in a Compose log
// as GitHub showed it).
var paddedPort = regexp.MustCompile(`:([0-9]{1,4})( {20,})([0-9]{1,4})([^0-9 ]|$)`)

// paddedPorts joins each port paddedPort finds, moving the blanks after
// it so the text keeps its length: "database:5432" + the blanks + "): …".
// Only a join of five digits at most, a valid port, is made.
func paddedPorts(text string) string {
	if !strings.Contains(text, "                    ") {
		return text
	}
	return paddedPort.ReplaceAllStringFunc(text, func(m string) string {
		g := paddedPort.FindStringSubmatch(m)
		if len(g[1])+len(g[3]) > 5 {
			return m
		}
		if p, err := strconv.Atoi(g[1] + g[3]); err != nil || p > 65535 {
			return m
		}
		return ":" + g[1] + g[3] + g[2] + g[4]
	})
}
