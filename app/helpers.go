package app

import (
	"fmt"

	"github.com/conndoctor/conndoctor/probes"
)

func statusWordOf(s string) string {
	if w := statusWords[probes.Status(s)]; w != "" {
		return w
	}
	return s
}

// plural picks the singular text for 1, else formats many with n.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return fmt.Sprintf(many, n)
}
