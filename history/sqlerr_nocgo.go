//go:build !cgo

package history

import _ "github.com/mattn/go-sqlite3" // the driver's stub: it says it needs cgo

// sqliteCode finds no SQLite code: without cgo there is no SQLite.
func sqliteCode(err error) (int, bool) { return 0, false }
