package app

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
)

// Soak checks target n times in the real window, as a person repeating a
// check would (new check, type, start, read the diagnosis for a moment),
// and writes the process's memory after each run to out, one line a run:
// run number, resident set (VmRSS, kB), Go heap in use after a collection
// (kB) and goroutines. When heapProfile is set, a heap profile is written
// there at the end (go tool pprof). It quits the program at the end. `make
// soak` runs it under Xvfb; call it in its own goroutine after the window
// is shown.
func (u *UI) Soak(n int, target, out, heapProfile string) {
	f, err := os.Create(out)
	if err != nil {
		fmt.Fprintln(os.Stderr, "soak:", err)
		return
	}
	defer f.Close()
	fmt.Fprintln(f, "run\trss_kb\theap_kb\tgoroutines")
	u.waitFor(func() bool { return u.win.Canvas().Size().Width > 0 })
	for i := 0; i <= n; i++ {
		if i > 0 {
			before := u.diag
			fyne.DoAndWait(func() {
				u.newCheck()
				u.target.field.SetText(target)
				u.target.start()
			})
			u.waitFor(func() bool { return u.diag != before && u.diag != nil })
		}
		time.Sleep(1500 * time.Millisecond) // charts drawn, as a person reads
		rss, heap, g := memNow()
		fmt.Fprintf(f, "%d\t%d\t%d\t%d\n", i, rss, heap, g)
	}
	if heapProfile != "" {
		if hf, err := os.Create(heapProfile); err == nil {
			runtime.GC()
			pprof.WriteHeapProfile(hf)
			hf.Close()
		}
	}
	fyne.Do(u.app.Quit)
}

// memNow is the resident set (kB, 0 where /proc is missing), the Go heap in
// use after a collection (kB) and the number of goroutines.
func memNow() (rss, heap uint64, goroutines int) {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	if b, err := os.ReadFile("/proc/self/status"); err == nil {
		rss = statusKB(string(b), "VmRSS:")
	}
	return rss, m.HeapInuse / 1024, runtime.NumGoroutine()
}

// statusKB reads a "Name:   1234 kB" line of /proc/self/status.
func statusKB(status, name string) uint64 {
	for _, line := range strings.Split(status, "\n") {
		if v, ok := strings.CutPrefix(line, name); ok {
			n, _ := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return n
		}
	}
	return 0
}
