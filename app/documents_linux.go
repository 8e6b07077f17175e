package app

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// documentsFolder is the user's Documents folder as xdg-user-dir DOCUMENTS
// finds it (XDG_DOCUMENTS_DIR in user-dirs.dirs), or ~/Documents, or home
// when neither is a folder.
func documentsFolder() string {
	home := homeDir()
	config := os.Getenv("XDG_CONFIG_HOME")
	if config == "" {
		config = filepath.Join(home, ".config")
	}
	b, _ := os.ReadFile(filepath.Join(config, "user-dirs.dirs"))
	if dir := userDir(string(b), "DOCUMENTS", home); dir != "" {
		return documentsOr(dir, home)
	}
	return documentsOr(filepath.Join(home, "Documents"), home)
}

// userDir reads XDG_<name>_DIR from the text of a user-dirs.dirs file, as
// the xdg-user-dirs specification writes it: XDG_DOCUMENTS_DIR="$HOME/Docs"
// or an absolute path, in double quotes, \ escaping the next character.
// It returns "" when the entry is missing, not absolute, or home itself
// (the way the file says "no such folder").
func userDir(text, name, home string) string {
	key := "XDG_" + name + "_DIR="
	dir := ""
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, key) {
			continue
		}
		v := strings.TrimPrefix(line, key)
		if len(v) < 2 || v[0] != '"' {
			continue
		}
		var b strings.Builder
		closed := false
		for i := 1; i < len(v); i++ {
			switch c := v[i]; {
			case c == '\\' && i+1 < len(v):
				i++
				b.WriteByte(v[i])
			case c == '"':
				closed = true
			default:
				b.WriteByte(c)
			}
			if closed {
				break
			}
		}
		if !closed {
			continue
		}
		d := b.String()
		if rest, ok := strings.CutPrefix(d, "$HOME"); ok && (rest == "" || rest[0] == '/') {
			d = home + rest
		}
		dir = d // the last entry wins, as when the shell sources the file
	}
	if dir == "" || !filepath.IsAbs(dir) || filepath.Clean(dir) == filepath.Clean(home) {
		return ""
	}
	return filepath.Clean(dir)
}

// openFolderCommand opens a folder in the desktop's file manager.
func openFolderCommand(dir string) *exec.Cmd {
	return exec.Command("xdg-open", dir)
}
