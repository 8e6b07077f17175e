//go:build !linux && !windows

package app

import (
	"os/exec"
	"path/filepath"
)

// documentsFolder is ~/Documents, or home when it is not a folder.
func documentsFolder() string {
	home := homeDir()
	return documentsOr(filepath.Join(home, "Documents"), home)
}

// openFolderCommand opens a folder with the system's opener.
func openFolderCommand(dir string) *exec.Cmd {
	return exec.Command("open", dir)
}
