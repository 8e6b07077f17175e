package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// userDirCases are captured user-dirs.dirs texts (xdg-user-dirs-update
// writes them) and the DOCUMENTS folder they name, for home /home/ana.
var userDirCases = []struct{ name, text, want string }{
	{"default", "# This file is written by xdg-user-dirs-update\nXDG_DESKTOP_DIR=\"$HOME/Desktop\"\nXDG_DOCUMENTS_DIR=\"$HOME/Documents\"\n", "/home/ana/Documents"},
	{"german", "XDG_DOCUMENTS_DIR=\"$HOME/Dokumente\"\nXDG_MUSIC_DIR=\"$HOME/Musik\"\n", "/home/ana/Dokumente"},
	{"absolute", "XDG_DOCUMENTS_DIR=\"/data/ana/docs\"\n", "/data/ana/docs"},
	{"escaped quote and space", `XDG_DOCUMENTS_DIR="$HOME/My \"Docs\" here"`, `/home/ana/My "Docs" here`},
	{"disabled (home itself)", "XDG_DOCUMENTS_DIR=\"$HOME/\"\n", ""},
	{"missing", "XDG_DESKTOP_DIR=\"$HOME/Desktop\"\n", ""},
	{"commented out", "# XDG_DOCUMENTS_DIR=\"$HOME/Old\"\n", ""},
	{"relative", "XDG_DOCUMENTS_DIR=\"Documents\"\n", ""},
	{"unquoted", "XDG_DOCUMENTS_DIR=$HOME/Documents\n", ""},
	{"unterminated", "XDG_DOCUMENTS_DIR=\"$HOME/Documents\n", ""},
	{"$HOMEX is not $HOME", "XDG_DOCUMENTS_DIR=\"$HOMEX/d\"\n", ""},
	{"last wins", "XDG_DOCUMENTS_DIR=\"$HOME/a\"\nXDG_DOCUMENTS_DIR=\"$HOME/b\"\n", "/home/ana/b"},
	{"crlf and spaces", "  XDG_DOCUMENTS_DIR=\"$HOME/Docs\"  \r\n", "/home/ana/Docs"},
	{"empty", "", ""},
}

func TestUserDir(t *testing.T) {
	for _, c := range userDirCases {
		if got := userDir(c.text, "DOCUMENTS", "/home/ana"); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

func FuzzUserDir(f *testing.F) {
	for _, c := range userDirCases {
		f.Add(c.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got := userDir(text, "DOCUMENTS", "/home/ana"); got != "" && (!filepath.IsAbs(got) || got == "/home/ana") {
			t.Fatalf("userDir(%q) = %q", text, got)
		}
	})
}

func TestDocumentsFolderFollowsUserDirs(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, "cfg"))
	if got := documentsFolder(); got != home {
		t.Errorf("no Documents folder: got %q, want home", got)
	}
	os.Mkdir(filepath.Join(home, "Documents"), 0o755)
	if got := documentsFolder(); got != filepath.Join(home, "Documents") {
		t.Errorf("~/Documents: got %q", got)
	}
	os.MkdirAll(filepath.Join(home, "cfg"), 0o755)
	os.Mkdir(filepath.Join(home, "Dokumente"), 0o755)
	os.WriteFile(filepath.Join(home, "cfg", "user-dirs.dirs"), []byte("XDG_DOCUMENTS_DIR=\"$HOME/Dokumente\"\n"), 0o644)
	if got := documentsFolder(); got != filepath.Join(home, "Dokumente") {
		t.Errorf("user-dirs.dirs: got %q", got)
	}
}

func TestOpenFolderIsOneArgument(t *testing.T) {
	cmd := openFolderCommand("/home/ana/My Documents; rm -rf ~")
	if len(cmd.Args) != 2 || cmd.Args[0] != "xdg-open" || cmd.Args[1] != "/home/ana/My Documents; rm -rf ~" {
		t.Errorf("argv %q", cmd.Args)
	}
	if err := openFolder("relative/dir"); err == nil {
		t.Error("a relative folder was opened")
	}
	t.Setenv("PATH", t.TempDir())
	if err := openFolder(t.TempDir()); err == nil || !strings.Contains(err.Error(), "xdg-open, which opens folders, is not installed") {
		t.Errorf("without xdg-open: %v", err)
	}
}
