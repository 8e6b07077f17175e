package app

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
	"unicode"
)

// maxNamePart bounds the target part of a report's file name.
const maxNamePart = 60

// reportName is a report's default file name: conndoctor-<what>-<date>.<ext>,
// with what (the target as the report shows it, so redacted when host
// names are hidden) made safe for file names on Linux and Windows.
func reportName(what string, day time.Time, ext string) string {
	return "conndoctor-" + fileSafe(what) + "-" + day.Format("2006-01-02") + ext
}

// fileSafe keeps letters, digits, dot, underscore and hyphen; anything else
// (':', '/', '\\', brackets, spaces, controls) becomes one hyphen. The
// result has no leading or trailing dot or hyphen, is at most maxNamePart
// runes long, and is "report" when nothing is left.
func fileSafe(s string) string {
	var b strings.Builder
	n := 0
	hyphen := false
	for _, r := range s {
		if n == maxNamePart {
			break
		}
		ok := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '_' || r == '-'
		if !ok || r == '-' {
			if !hyphen && b.Len() > 0 {
				b.WriteByte('-')
				n++
			}
			hyphen = true
			continue
		}
		b.WriteRune(r)
		n++
		hyphen = false
	}
	out := strings.Trim(b.String(), ".-")
	if out == "" {
		return "report"
	}
	return out
}

// createNew creates dir/name, or dir/stem-2.ext, -3… when the name is
// taken: an export never overwrites an earlier file.
func createNew(dir, name string) (*os.File, error) {
	ext := filepath.Ext(name)
	stem := strings.TrimSuffix(name, ext)
	for i := 1; i <= 999; i++ {
		p := filepath.Join(dir, name)
		if i > 1 {
			p = filepath.Join(dir, fmt.Sprintf("%s-%d%s", stem, i, ext))
		}
		f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if !errors.Is(err, fs.ErrExist) {
			return f, err
		}
	}
	return nil, fmt.Errorf("%s and 998 numbered copies exist already in %s", name, dir)
}

// writeNew writes a new file in dir (see createNew) and returns its path.
// A file that could not be written completely is removed.
func writeNew(dir, name string, write func(io.Writer) error) (string, error) {
	f, err := createNew(dir, name)
	if err != nil {
		return "", err
	}
	err = write(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(f.Name())
		return "", err
	}
	return f.Name(), nil
}

// documentsOr is dir when it is a folder, else home.
func documentsOr(dir, home string) string {
	if dir != "" {
		if st, err := os.Stat(dir); err == nil && st.IsDir() {
			return dir
		}
	}
	return home
}

// homeDir is the user's home folder ("." when unknown).
func homeDir() string {
	if h, err := os.UserHomeDir(); err == nil {
		return h
	}
	return "."
}

// openFolder shows a folder in the file manager: a fixed program with the
// folder as its one argument, started and reaped in the background.
func openFolder(dir string) error {
	if !filepath.IsAbs(dir) {
		return fmt.Errorf("%q is not a full folder path", dir)
	}
	cmd := openFolderCommand(dir)
	if err := cmd.Start(); errors.Is(err, exec.ErrNotFound) {
		return fmt.Errorf("%s, which opens folders, is not installed", cmd.Args[0])
	} else if err != nil {
		return fmt.Errorf("the file manager could not be started: %w", err)
	}
	go cmd.Wait()
	return nil
}
