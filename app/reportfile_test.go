package app

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// fileSafeCases are the table of TestFileSafe and the seeds of
// FuzzFileSafe.
var fileSafeCases = []struct{ in, want string }{
	{"app.example.com:443", "app.example.com-443"},
	{"[2001:db8::1]:8443", "2001-db8-1-8443"},
	{"host-1:443", "host-1-443"},
	{"ip-2:22", "ip-2-22"},
	{"compare-app.example.com:443", "compare-app.example.com-443"},
	{"..\\..\\windows/system32", "windows-system32"},
	{"a b\tc\nd", "a-b-c-d"},
	{"CON", "CON"},
	{"bücher.example:80", "bücher.example-80"},
	{"", "report"},
	{":::", "report"},
	{".hidden", "hidden"},
	{"a\x00b\u202ec", "a-b-c"},
	{strings.Repeat("x", 200), strings.Repeat("x", maxNamePart)},
}

func TestFileSafe(t *testing.T) {
	for _, c := range fileSafeCases {
		if got := fileSafe(c.in); got != c.want {
			t.Errorf("fileSafe(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func FuzzFileSafe(f *testing.F) {
	for _, c := range fileSafeCases {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, in string) {
		got := fileSafe(in)
		if got == "" || utf8.RuneCountInString(got) > maxNamePart {
			t.Fatalf("fileSafe(%q) = %q", in, got)
		}
		if strings.ContainsAny(got, `/\:*?"<>| `) || strings.HasPrefix(got, ".") || strings.HasPrefix(got, "-") {
			t.Fatalf("fileSafe(%q) = %q is not a safe name", in, got)
		}
		if got != fileSafe(got) {
			t.Fatalf("fileSafe is not stable on %q", got)
		}
	})
}

func TestReportName(t *testing.T) {
	day := time.Date(2026, 11, 22, 23, 59, 0, 0, time.UTC)
	if got := reportName("app.example.com:443", day, ".pdf"); got != "conndoctor-app.example.com-443-2026-11-22.pdf" {
		t.Errorf("reportName = %q", got)
	}
}

func TestWriteNewNeverOverwrites(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for i := range 3 {
		p, err := writeNew(dir, "r.pdf", func(w io.Writer) error { _, err := w.Write([]byte{byte('a' + i)}); return err })
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, filepath.Base(p))
	}
	if strings.Join(paths, " ") != "r.pdf r-2.pdf r-3.pdf" {
		t.Errorf("names %v", paths)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "r.pdf")); string(b) != "a" {
		t.Errorf("the first file was overwritten: %q", b)
	}
	// A report that fails half-way leaves no file behind.
	if _, err := writeNew(dir, "bad.pdf", func(w io.Writer) error { w.Write([]byte("half")); return errTest }); err == nil {
		t.Error("a failed write reported success")
	}
	if _, err := os.Stat(filepath.Join(dir, "bad.pdf")); !os.IsNotExist(err) {
		t.Errorf("a failed report stays: %v", err)
	}
}

func TestDocumentsOr(t *testing.T) {
	home := t.TempDir()
	docs := filepath.Join(home, "Dokumente")
	if got := documentsOr(docs, home); got != home {
		t.Errorf("a missing folder gave %q", got)
	}
	os.Mkdir(docs, 0o755)
	if got := documentsOr(docs, home); got != docs {
		t.Errorf("an existing folder gave %q", got)
	}
}
