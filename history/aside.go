package history

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"time"
)

// errNoLock says that this OS build has no file lock; setAside then relies
// on names created exclusively alone.
var errNoLock = errors.New("history: file locks are not implemented on this OS")

// setAside renames a corrupt file (and its WAL and shared-memory files) to
// path.corrupt-<UTC time>, so nothing is lost. The new name is created
// exclusively (a second set-aside in the same second gets "-2", and so on),
// and the whole move happens under a lock on path.lock, after checking
// again that the file is still the damaged one: two programs setting aside
// the same file at once move it once and never overwrite a kept copy, and
// the later one does not move the new database the first one started.
func setAside(e *CorruptError) error {
	unlock, err := lockFile(e.Path + ".lock")
	if err == nil {
		defer unlock()
	} else if !errors.Is(err, errNoLock) {
		return fmt.Errorf("history: lock %s to move the damaged database aside: %w", e.Path, err)
	}
	var again *CorruptError
	if _, _, err := state(e.Path); !errors.As(err, &again) {
		return nil // somebody else moved it aside already
	}
	dest, err := reserveName(e.Path + ".corrupt-" + time.Now().UTC().Format("20060102T150405Z"))
	if err != nil {
		return fmt.Errorf("history: move the damaged database aside: %w", err)
	}
	if err := os.Rename(e.Path, dest); err != nil {
		os.Remove(dest)
		return fmt.Errorf("history: move the damaged database aside: %w", err)
	}
	e.MovedTo = dest
	for _, suffix := range []string{"-wal", "-shm"} {
		if _, err := os.Stat(e.Path + suffix); err == nil {
			if _, err := os.Lstat(dest + suffix); errors.Is(err, os.ErrNotExist) {
				os.Rename(e.Path+suffix, dest+suffix)
			}
		}
	}
	return nil
}

// reserveName creates base, or base-2, base-3 … if taken, exclusively, and
// returns the name it created.
func reserveName(base string) (string, error) {
	for i := 1; i <= 1000; i++ {
		name := base
		if i > 1 {
			name += "-" + strconv.Itoa(i)
		}
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if errors.Is(err, os.ErrExist) {
			continue
		}
		if err != nil {
			return "", err
		}
		f.Close()
		return name, nil
	}
	return "", fmt.Errorf("1000 files named %s… exist already", base)
}
