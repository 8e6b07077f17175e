//go:build !linux && !windows

package history

// lockFile is not implemented on this OS.
func lockFile(path string) (unlock func(), err error) { return nil, errNoLock }
