//go:build cgo

package history

import (
	"errors"

	sqlite3 "github.com/mattn/go-sqlite3" // also the database/sql driver
)

// sqliteCode is SQLite's primary result code behind err, if there is one.
func sqliteCode(err error) (int, bool) {
	var se sqlite3.Error
	if errors.As(err, &se) {
		return int(se.Code), true
	}
	return 0, false
}
