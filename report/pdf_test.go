package report

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/conndoctor/conndoctor/history"
)

// keepPDF writes b to $CONNDOCTOR_PDF_DIR/name when that is set, to look
// at (pdftoppm -r 60), and returns a path to it either way.
func keepPDF(t *testing.T, name string, b []byte) string {
	t.Helper()
	dir := os.Getenv("CONNDOCTOR_PDF_DIR")
	if dir == "" {
		dir = t.TempDir()
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// pages counts a PDF's pages with pdfinfo.
func pages(t *testing.T, path string) int {
	t.Helper()
	if _, err := exec.LookPath("pdfinfo"); err != nil {
		t.Skip("pdfinfo (Debian package poppler-utils) is not installed")
	}
	out, err := exec.Command("pdfinfo", path).Output()
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindStringSubmatch(string(out))
	if m == nil {
		t.Fatalf("pdfinfo: %s", out)
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// TestRunPDFFirstPageTellsAll: page 1 holds the verdict, the way to the
// target, what to do and the key figures; raw results are an appendix
// only when asked for (the report was 7 pages, 5 of them raw JSON).
func TestRunPDFFirstPageTellsAll(t *testing.T) {
	run := sampleRun(30, false)
	for _, raw := range []bool{false, true} {
		o := fixed
		o.Raw = raw
		var b bytes.Buffer
		if err := PDF(&b, BuildRun(run, o), o); err != nil {
			t.Fatal(err)
		}
		name := map[bool]string{false: "run.pdf", true: "run-raw.pdf"}[raw]
		path := keepPDF(t, name, b.Bytes())
		n := pages(t, path)
		first := strings.Join(strings.Fields(pdfToText(t, b.Bytes(), "-f", "1", "-l", "1")), " ")
		for _, want := range []string{"app.lab.test answers, but connections to port 443 are silently dropped", "port.filtered",
			"The way to the target", "This PC", "What to do", "Ask the server owner", "Key figures", "TCP port 443", "no answer from"} {
			if !strings.Contains(first, want) {
				t.Errorf("raw=%v: page 1 lacks %q:\n%s", raw, want, first)
			}
		}
		all := pdfToText(t, b.Bytes())
		if got := strings.Contains(all, "Appendix: raw result"); got != raw {
			t.Errorf("raw=%v: appendix present = %v", raw, got)
		}
		if !raw && n > 4 {
			t.Errorf("the run PDF of 30 hops without raw data has %d pages, want 4 at most", n)
		}
		t.Logf("raw=%v: %d pages", raw, n)
	}
}

// pageTexts returns the text of each page.
func pageTexts(t *testing.T, pdf []byte, n int) []string {
	var out []string
	for i := 1; i <= n; i++ {
		p := strconv.Itoa(i)
		out = append(out, pdfToText(t, pdf, "-layout", "-f", p, "-l", p))
	}
	return out
}

// onPage returns the first page (from 1) whose text holds s, or 0.
func onPage(texts []string, s string) int {
	for i, t := range texts {
		if strings.Contains(t, s) {
			return i + 1
		}
	}
	return 0
}

// TestShortRunPDF: a run of a few hops fits three pages, the first
// telling the whole story.
func TestShortRunPDF(t *testing.T) {
	var b bytes.Buffer
	if err := PDF(&b, BuildRun(sampleRun(3, false), fixed), fixed); err != nil {
		t.Fatal(err)
	}
	if n := pages(t, keepPDF(t, "run-short.pdf", b.Bytes())); n > 3 {
		t.Errorf("%d pages, want 3 at most", n)
	}
}

// TestPDFKeepsSectionsTogether: each check of a comparison stays on one
// page with its title (the comparison PDF broke pages after single lines),
// and no page of a run report ends with a section title.
func TestPDFKeepsSectionsTogether(t *testing.T) {
	a, b := sampleRun(30, false), afterRun()
	var ids []string
	for _, r := range []*history.Run{a, b} {
		for _, e := range r.Report.Results.Entries() {
			when := map[bool]string{true: "before", false: "after"}[r == a]
			e.Summary = strings.Repeat("a long summary that wraps over several lines ", 9) + "END-" + e.ID + "-" + when
			if r == a {
				ids = append(ids, e.ID)
			}
		}
	}
	var c bytes.Buffer
	if err := ComparePDF(&c, BuildCompare(a, b, fixed), fixed); err != nil {
		t.Fatal(err)
	}
	path := keepPDF(t, "compare.pdf", c.Bytes())
	n := pages(t, path)
	if n < 2 {
		t.Fatalf("the comparison fits one page (%d); the test needs page breaks", n)
	}
	texts := pageTexts(t, c.Bytes(), n)
	for _, id := range ids {
		start, end := onPage(texts, "END-"+id+"-before"), onPage(texts, "END-"+id+"-after")
		if start == 0 || start != end {
			t.Errorf("check %s is split: before on page %d, after on page %d", id, start, end)
		}
	}
	t.Logf("comparison: %d pages", n)

	var r bytes.Buffer
	if err := PDF(&r, BuildRun(sampleRun(30, false), fixed), fixed); err != nil {
		t.Fatal(err)
	}
	path = keepPDF(t, "run-keep.pdf", r.Bytes())
	n = pages(t, path)
	headings := []string{"The way to the target", "What to do", "Key figures", "Evidence", "Also found", "Hop by hop", "Every check", "This computer"}
	for i, text := range pageTexts(t, r.Bytes(), n) {
		lines := strings.Split(strings.TrimSpace(text), "\n")
		last := ""
		for j := len(lines) - 1; j >= 0; j-- {
			if l := strings.TrimSpace(lines[j]); l != "" && !strings.Contains(l, "page "+strconv.Itoa(i+1)+" of") {
				last = l
				break
			}
		}
		for _, h := range headings {
			if strings.HasPrefix(last, h) {
				t.Errorf("page %d ends with the heading %q", i+1, last)
			}
		}
	}
}

// TestKeepMovesABlockThatDoesNotFit: a block that does not fit in what is
// left of a page starts the next page; one that fits stays.
func TestKeepMovesABlockThatDoesNotFit(t *testing.T) {
	d := newDoc(fixed, "test")
	d.SetY(d.bottom - 20)
	d.keep(func(d *doc) { d.Ln(10) })
	if d.PageNo() != 1 {
		t.Fatalf("a 10 mm block with 20 mm left moved to page %d", d.PageNo())
	}
	y := d.GetY()
	d.keep(func(d *doc) { d.para("sans", "", 10, "", strings.Repeat("word ", 200)) })
	if d.PageNo() != 2 {
		t.Fatalf("a tall block with %.0f mm left stayed on page %d", d.bottom-y, d.PageNo())
	}
	if h := d.height(func(d *doc) { d.Ln(12.5) }); h != 12.5 {
		t.Errorf("measured %.2f mm, want 12.5", h)
	}
}
