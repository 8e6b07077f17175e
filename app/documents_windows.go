package app

import (
	"os/exec"
	"path/filepath"

	"golang.org/x/sys/windows"
)

// documentsFolder is the user's Documents folder from the Known Folder API
// (FOLDERID_Documents, which follows a folder moved to OneDrive or another
// drive), or home when it is not a folder.
func documentsFolder() string {
	home := homeDir()
	dir, err := windows.KnownFolderPath(windows.FOLDERID_Documents, windows.KF_FLAG_DEFAULT)
	if err != nil {
		dir = filepath.Join(home, "Documents")
	}
	return documentsOr(dir, home)
}

// openFolderCommand opens a folder in File Explorer.
func openFolderCommand(dir string) *exec.Cmd {
	return exec.Command("explorer.exe", dir)
}
