//go:build linux

package lab

import (
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
)

// wineLauncher drives the Windows build exe under Wine: each drive gets a
// prefix of its own, made inside the drive's lab (where wineserver then
// runs, so the program sees the lab's network) with the drive's home
// folder as HOME, so that the prefix's Documents folder is a link to the
// drive's (wineboot links the user folders to the XDG ones).
func wineLauncher(exe string) launcher {
	prefix := func(d *drive) string { return filepath.Join(d.tmp, "wine", "prefix") }
	profile := func(d *drive) string {
		name := "root"
		if u, err := user.Current(); err == nil {
			name = u.Username
		}
		return filepath.Join(prefix(d), "drive_c", "users", name)
	}
	return launcher{
		name: "windows",
		command: func(d *drive) *exec.Cmd {
			if err := os.MkdirAll(filepath.Dir(prefix(d)), 0o700); err != nil {
				d.t.Fatal(err)
			}
			w, err := NewWine(filepath.Dir(prefix(d)), filepath.Join("testdata", "wine", "bcryptprimitives.c"))
			if err != nil {
				d.t.Fatal(err)
			}
			w.Home = d.home
			// Windows trusts its own root store, not SSL_CERT_FILE.
			if err := trustLabCA(d.lab); err != nil {
				d.t.Fatal(err)
			}
			d.t.Cleanup(func() {
				if err := w.Stop(); err != nil {
					d.t.Log(err)
				}
			})
			c, err := w.Command(d.ctx, d.lab, Client, exe)
			if err != nil {
				d.t.Fatal(err)
			}
			return c
		},
		documents: func(d *drive) string { return filepath.Join(profile(d), "Documents") },
		// Go's os.UserConfigDir on Windows is %AppData%.
		db: func(d *drive) string {
			return filepath.Join(profile(d), "AppData", "Roaming", "conndoctor", "history.db")
		},
	}
}
