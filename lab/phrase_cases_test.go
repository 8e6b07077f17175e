//go:build linux

package lab

import (
	"image"
	"strings"
	"testing"
)

// line lays words out as the reader returns them: left to right at y,
// 8 px per character, a space between words.
func line(y int, text string) []word {
	var out []word
	x := 10
	for _, f := range strings.Fields(text) {
		out = append(out, word{text: f, box: image.Rect(x, y, x+8*len(f), y+14)})
		x += 8*len(f) + 6
	}
	return out
}

func TestFindPhrase(t *testing.T) {
	cases := []struct {
		name, screen, phrase string
		want                 int
	}{
		{"one word", "Check History Settings", "History", 1},
		{"case and punctuation", "(HTML opens in any browser)", "html", 1},
		{"several words", "Run again and compare", "Run again and compare", 1},
		{"run together", "Exportreport… Copy summary", "Export report", 1},
		{"split code", "Problem code port. filtered", "port.filtered", 1},
		{"code kept whole", "#3 route.blackhole after", "route", 0},
		{"family in a menu", "Path broken on the way — route.*", "route", 1},
		{"twice", "route.blackhole before route.blackhole", "route.blackhole", 2},
		{"not a prefix", "Checking app.lab.test", "Check", 0},
		{"a misread letter", "Still faiting", "Still failing", 1},
		{"a misread tab", "Q Chick History", "Check", 1},
		{"short words exact", "Fox", "Fix", 0},
		{"two misread letters", "Stall faiteng", "Still failing", 0},
		{"absent", "Check History", "Settings", 0},
		{"empty phrase", "Check", "…", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := findPhrase(line(20, c.screen), c.phrase); len(got) != c.want {
				t.Errorf("%q in %q: %d places (%v), want %d", c.phrase, c.screen, len(got), got, c.want)
			}
		})
	}
	// Words on two lines do not make one phrase.
	two := append(line(20, "Run again"), line(60, "and compare")...)
	if got := findPhrase(two, "Run again and compare"); len(got) != 0 {
		t.Errorf("a phrase across lines: %v", got)
	}
}

func TestAlone(t *testing.T) {
	words := append(line(20, "Type the address the program could not reach"), line(60, "Address")...)
	got := alone(words, findPhrase(words, "address"))
	if len(got) != 1 || got[0].Min.Y != 60 {
		t.Errorf("the label: %v", got)
	}
}

// TestParseTSV reads tesseract's output of an image read at twice the
// size, placed at (100, 50) on the screen.
func TestParseTSV(t *testing.T) {
	tsv := "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n" +
		"1\t1\t0\t0\t0\t0\t0\t0\t2000\t1400\t-1\t\n" +
		"5\t1\t1\t1\t1\t1\t74\t32\t82\t22\t95.6\tCheck\n" +
		"5\t1\t1\t1\t1\t2\t198\t28\t\t30\t90\tbroken\n" +
		"5\t1\t2\t1\t1\t1\t10\t10\t10\t10\t30\t \n"
	got := parseTSV(tsv, image.Pt(100, 50), 2)
	want := []word{{"Check", image.Rect(137, 66, 178, 77)}}
	if len(got) != len(want) || got[0] != want[0] {
		t.Errorf("got %v, want %v", got, want)
	}
}

func FuzzFindPhrase(f *testing.F) {
	f.Add("Exportreport… Copy summary", "Export report")
	f.Add("Problem code port. filtered", "port.filtered")
	f.Fuzz(func(t *testing.T, screen, phrase string) {
		for _, b := range findPhrase(line(0, screen), phrase) {
			if b.Empty() {
				t.Errorf("an empty box for %q in %q", phrase, screen)
			}
		}
	})
}

// TestCrashPattern: what the Go runtime prints when the wizard dies is
// caught; ordinary output is not.
func TestCrashPattern(t *testing.T) {
	cases := []struct {
		out   string
		crash bool
	}{
		{"panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x5d2c8a]", true},
		{"fatal error: concurrent map writes", true},
		{"SIGSEGV: segmentation violation\nPC=0x7f3a2c", true},
		{"fatal error: unexpected signal during runtime execution", true},
		{"2026/11/23 05:28:25 Fyne error:  Failed to open preferences\n  Cause: no such file", false},
		{"the check said: don't panic: the port is open", false},
	}
	for _, c := range cases {
		if got := crash.MatchString(c.out); got != c.crash {
			t.Errorf("%q: crash %v, want %v", c.out, got, c.crash)
		}
	}
}
