package app

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"

	"github.com/conndoctor/conndoctor/internal/xwd"
)

// launched is when the program started, for the launch-time figure.
var launched = time.Now()

// Tour drives the real window through the whole flow for `make screenshot`:
// it types target, runs the checks, waits for the diagnosis, runs again
// and compares, opens history and settings, and writes a PNG of each step
// to dir, with timings in dir/tour.txt. It quits the program at the end.
// Call it in its own goroutine after the window is shown.
func (u *UI) Tour(dir, target string) {
	log := func(format string, a ...any) { fmt.Fprintf(os.Stderr, "tour: "+format+"\n", a...) }
	if err := os.MkdirAll(dir, 0o755); err != nil {
		log("%v", err)
		return
	}
	var notes []string
	shot := func(name string) {
		time.Sleep(700 * time.Millisecond) // let layout, fonts and charts settle
		img := u.screen()
		if err := writePNG(filepath.Join(dir, name), img); err != nil {
			log("%s: %v", name, err)
		}
	}
	var first time.Duration
	for first == 0 {
		fyne.DoAndWait(func() {
			if u.win.Canvas().Size().Width > 0 {
				first = time.Since(launched)
			}
		})
		time.Sleep(10 * time.Millisecond)
	}
	notes = append(notes, fmt.Sprintf("launch to window laid out: %d ms", first.Milliseconds()))
	fyne.DoAndWait(func() { u.target.field.SetText(target) })
	shot("1-target.png")
	start := time.Now()
	fyne.DoAndWait(u.target.start)
	time.Sleep(300 * time.Millisecond)
	shot("2-checking.png")
	u.waitFor(func() bool { return u.diag != nil })
	notes = append(notes, fmt.Sprintf("start to diagnosis: %d ms", time.Since(start).Milliseconds()))
	shot("3-diagnosis.png")
	fyne.DoAndWait(func() { u.diag.scrollToCharts() })
	shot("4-evidence.png")
	fyne.DoAndWait(u.diag.runAgain)
	u.waitFor(func() bool { return u.cmp != nil })
	shot("5-compare.png")
	fyne.DoAndWait(func() { u.tabs.SelectIndex(1) })
	shot("6-history.png")
	fyne.DoAndWait(func() { u.tabs.SelectIndex(2) })
	shot("7-settings.png")
	fyne.DoAndWait(func() { u.tabs.SelectIndex(0); u.exportRun(u.diag.run) })
	shot("8-export.png")
	var peak string
	if b, err := os.ReadFile("/proc/self/status"); err == nil {
		peak = peakRSS(string(b))
	}
	notes = append(notes, "peak memory (VmHWM): "+peak)
	os.WriteFile(filepath.Join(dir, "tour.txt"), []byte(strings.Join(notes, "\n")+"\n"), 0o644)
	log("done: %v", notes)
	fyne.Do(u.app.Quit)
}

// waitFor polls cond on the Fyne thread until it holds (at most 60 s).
func (u *UI) waitFor(cond func() bool) {
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		ok := false
		fyne.DoAndWait(func() { ok = cond() })
		if ok {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func writePNG(path string, img image.Image) error {
	if img == nil {
		return fmt.Errorf("no image captured")
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// peakRSS returns the VmHWM line of /proc/self/status.
func peakRSS(status string) string {
	for _, line := range strings.Split(status, "\n") {
		if len(line) > 6 && line[:6] == "VmHWM:" {
			return strings.TrimSpace(line[6:])
		}
	}
	return "unknown"
}

// screen captures what the X server shows with xwd (the real window as a
// person sees it); without xwd it falls back to Fyne's own capture.
func (u *UI) screen() image.Image {
	if os.Getenv("DISPLAY") != "" {
		if path, err := exec.LookPath("xwd"); err == nil {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			out, err := exec.CommandContext(ctx, path, "-root", "-silent").Output()
			if err == nil {
				if img, err := xwd.Decode(bytes.NewReader(out)); err == nil {
					return img
				}
			}
		}
	}
	var img image.Image
	fyne.DoAndWait(func() { img = u.win.Canvas().Capture() })
	return img
}
