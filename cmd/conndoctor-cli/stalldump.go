//go:build stalldump

package main

import (
	"os"
	"runtime"
	"strconv"
	"time"
)

// A build for the lab (go build -tags stalldump) writes every goroutine's
// stack to standard error when the program is still running
// CONNDOCTOR_STALL_DUMP after it started (a Go duration), and says when
// main returns to the OS: the lab reads both when a run under Wine hangs.
func init() {
	d, err := time.ParseDuration(os.Getenv("CONNDOCTOR_STALL_DUMP"))
	if err != nil || d <= 0 {
		return
	}
	time.AfterFunc(d, func() {
		buf := make([]byte, 4<<20)
		n := runtime.Stack(buf, true)
		os.Stderr.WriteString("stalldump: still running after " + d.String() + "\n")
		os.Stderr.Write(buf[:n])
	})
	exitHook = func(code int) {
		os.Stderr.WriteString("stalldump: exit " + strconv.Itoa(code) + "\n")
	}
}
