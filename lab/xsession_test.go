//go:build linux

package lab

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/conndoctor/conndoctor/internal/xwd"
)

// xTools are the programs the end-to-end drive needs, with the Debian
// package of each.
var xTools = [][2]string{
	{"Xvfb", "xvfb"}, {"xwd", "x11-apps"}, {"xdotool", "xdotool"}, {"openbox", "openbox"},
	{"tesseract", "tesseract-ocr"}, {"pdfinfo", "poppler-utils"}, {"pdftotext", "poppler-utils"},
}

// xMissing says which of xTools is not installed, or "".
func xMissing() string {
	for _, tool := range xTools {
		if _, err := exec.LookPath(tool[0]); err != nil {
			return tool[0] + " (Debian package " + tool[1] + "; 'make e2e' installs it)"
		}
	}
	return ""
}

// xSession is a virtual screen (Xvfb) with a window manager (openbox),
// driven with real X input through xdotool.
type xSession struct {
	t       testing.TB
	display string // ":N"
	w, h    int
	ctx     context.Context
}

// startX starts Xvfb with a w×h screen on a free display, and openbox on
// it; both stop when the test ends.
func startX(t testing.TB, ctx context.Context, w, h int) *xSession {
	t.Helper()
	// -displayfd: Xvfb picks a free display and writes its number, so
	// drives running side by side never collide.
	r, wr, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	xvfb := exec.CommandContext(ctx, "Xvfb", "-displayfd", "3", "-nolisten", "tcp",
		"-screen", "0", fmt.Sprintf("%dx%dx24", w, h))
	xvfb.ExtraFiles = []*os.File{wr}
	xvfb.SysProcAttr = dieWithTest()
	var xlog bytes.Buffer
	xvfb.Stderr = &xlog
	if err := xvfb.Start(); err != nil {
		t.Fatal(err)
	}
	wr.Close()
	t.Cleanup(func() { xvfb.Process.Kill(); xvfb.Wait() })
	num := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(r).ReadString('\n')
		num <- strings.TrimSpace(line)
		r.Close()
	}()
	var n string
	select {
	case n = <-num:
	case <-time.After(20 * time.Second):
	}
	if _, err := strconv.Atoi(n); err != nil {
		t.Fatalf("Xvfb did not start: %q\n%s", n, xlog.String())
	}
	x := &xSession{t: t, display: ":" + n, w: w, h: h, ctx: ctx}

	// openbox runs --startup once it manages the screen: a file appears.
	dir := t.TempDir()
	ready := filepath.Join(dir, "wm-ready")
	wm := exec.CommandContext(ctx, "openbox", "--sm-disable", "--startup", "touch "+ready)
	wm.Env = append(os.Environ(), "DISPLAY="+x.display, "HOME="+dir)
	var wlog bytes.Buffer
	wm.Stdout, wm.Stderr = &wlog, &wlog
	wm.SysProcAttr = dieWithTest()
	if err := wm.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { wm.Process.Kill(); wm.Wait() })
	if !poll(ctx, 20*time.Second, func() bool { _, err := os.Stat(ready); return err == nil }) {
		t.Fatalf("openbox did not start:\n%s", wlog.String())
	}
	return x
}

// dieWithTest makes a program end when the test process does, even when
// the test is killed before its cleanups run.
func dieWithTest() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}

// poll calls cond every 100 ms until it holds or d passes.
func poll(ctx context.Context, d time.Duration, cond func() bool) bool {
	end := time.Now().Add(d)
	for {
		if cond() {
			return true
		}
		if time.Now().After(end) || ctx.Err() != nil {
			return false
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// env is what a program needs to reach this screen.
func (x *xSession) env() []string { return []string{"DISPLAY=" + x.display} }

// xdotool runs xdotool on this screen and returns its output.
func (x *xSession) xdotool(args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(x.ctx, 30*time.Second)
	defer cancel()
	c := exec.CommandContext(ctx, "xdotool", args...)
	c.Env = append(os.Environ(), x.env()...)
	out, err := c.CombinedOutput()
	if err != nil {
		return string(out), fmt.Errorf("xdotool %s: %v: %s", strings.Join(args, " "), err, out)
	}
	return string(out), nil
}

// do runs xdotool and fails the test when it fails.
func (x *xSession) do(args ...string) string {
	x.t.Helper()
	out, err := x.xdotool(args...)
	if err != nil {
		x.t.Fatal(err)
	}
	return out
}

// key presses key combinations ("ctrl+e", "Escape", "Tab") one after the
// other, as a person would.
func (x *xSession) key(keys ...string) {
	x.t.Helper()
	for _, k := range keys {
		parts := strings.Split(k, "+")
		if len(parts) == 1 {
			x.do("key", "--clearmodifiers", k)
		} else {
			// A chord as a hand plays it: the modifiers held down a moment
			// before the key and released after it.
			mods := parts[:len(parts)-1]
			args := append([]string{"keydown"}, mods...)
			args = append(args, "sleep", "0.08", "key", parts[len(parts)-1], "sleep", "0.08", "keyup")
			x.do(append(args, mods...)...)
		}
		time.Sleep(80 * time.Millisecond)
	}
}

// typeText types text into whatever has the keyboard focus.
func (x *xSession) typeText(text string) {
	x.t.Helper()
	x.do("type", "--clearmodifiers", "--delay", "15", "--", text)
}

// click moves the pointer to (px, py) on the screen and clicks, then
// parks the pointer in the screen's bottom-left corner so no hover effect
// or tooltip stays in the next screenshot. Fyne takes the pointer's place
// from the motion events it has handled, so a click right after a jump
// lands where the pointer was before; the pointer rests and moves a pixel
// first, as a hand's does.
func (x *xSession) click(px, py int) {
	x.t.Helper()
	x.do("mousemove", "--sync", strconv.Itoa(px), strconv.Itoa(py), "sleep", "0.1",
		"mousemove", "--sync", strconv.Itoa(px+1), strconv.Itoa(py), "sleep", "0.05", "click", "1")
	time.Sleep(150 * time.Millisecond)
	x.park()
}

// park moves the pointer out of the way.
func (x *xSession) park() {
	x.t.Helper()
	x.do("mousemove", "--sync", "0", strconv.Itoa(x.h-1))
}

// window waits for a visible window whose title is title and returns its
// ID.
func (x *xSession) window(title string, d time.Duration) (string, error) {
	var id string
	var last error
	poll(x.ctx, d, func() bool {
		out, err := x.xdotool("search", "--onlyvisible", "--name", "^"+title+"$")
		last = err
		f := strings.Fields(out)
		if err == nil && len(f) > 0 {
			id = f[0]
			return true
		}
		return false
	})
	if id == "" {
		return "", fmt.Errorf("no window titled %q: %v", title, last)
	}
	return id, nil
}

// geometry returns a window's position and size on the screen.
// xdotool's getwindowgeometry counts a window manager's frame twice in the
// position, so the position is where the pointer lands when moved to the
// window's corner.
func (x *xSession) geometry(id string) (image.Rectangle, error) {
	out, err := x.xdotool("getwindowgeometry", "--shell", id)
	if err != nil {
		return image.Rectangle{}, err
	}
	size := shellVars(out)
	if _, err := x.xdotool("mousemove", "--sync", "--window", id, "0", "0"); err != nil {
		return image.Rectangle{}, err
	}
	out, err = x.xdotool("getmouselocation", "--shell")
	x.park()
	if err != nil {
		return image.Rectangle{}, err
	}
	at := shellVars(out)
	return image.Rect(at["X"], at["Y"], at["X"]+size["WIDTH"], at["Y"]+size["HEIGHT"]), nil
}

// shellVars reads xdotool's --shell output (X=1 Y=2 ...).
func shellVars(out string) map[string]int {
	v := map[string]int{}
	for _, f := range strings.Fields(out) {
		k, val, _ := strings.Cut(f, "=")
		v[k], _ = strconv.Atoi(val)
	}
	return v
}

// capture grabs the whole screen as the X server shows it.
func (x *xSession) capture() (*image.RGBA, error) {
	ctx, cancel := context.WithTimeout(x.ctx, 20*time.Second)
	defer cancel()
	c := exec.CommandContext(ctx, "xwd", "-root", "-silent", "-display", x.display)
	out, err := c.Output()
	if err != nil {
		return nil, fmt.Errorf("xwd: %w", err)
	}
	img, err := xwd.Decode(bytes.NewReader(out))
	if err != nil {
		return nil, err
	}
	return img.(*image.RGBA), nil
}

// settled captures the screen until two captures 300 ms apart differ in
// at most a text cursor's worth of pixels (so a blinking cursor does not
// count as movement), and returns the last one.
func (x *xSession) settled(d time.Duration) (*image.RGBA, error) {
	prev, err := x.capture()
	if err != nil {
		return nil, err
	}
	end := time.Now().Add(d)
	for {
		time.Sleep(300 * time.Millisecond)
		cur, err := x.capture()
		if err != nil {
			return nil, err
		}
		if changed(prev, cur) <= 120 {
			return cur, nil
		}
		if time.Now().After(end) {
			return cur, errors.New("the screen kept changing")
		}
		prev = cur
	}
}

// changed counts the pixels that differ between two screens, looking only
// at the rows that differ (a blinking cursor touches a few).
func changed(a, b *image.RGBA) int {
	if a.Bounds() != b.Bounds() || len(a.Pix) != len(b.Pix) {
		return len(a.Pix) / 4
	}
	n := 0
	for y := 0; y+a.Stride <= len(a.Pix); y += a.Stride {
		ra, rb := a.Pix[y:y+a.Stride], b.Pix[y:y+a.Stride]
		if bytes.Equal(ra, rb) {
			continue
		}
		for i := 0; i+3 < len(ra); i += 4 {
			if ra[i] != rb[i] || ra[i+1] != rb[i+1] || ra[i+2] != rb[i+2] {
				n++
			}
		}
	}
	return n
}

// diff is the smallest rectangle holding every pixel that differs between
// two screens.
func diff(a, b *image.RGBA) image.Rectangle {
	var r image.Rectangle
	if a.Bounds() != b.Bounds() {
		return b.Bounds()
	}
	w := a.Bounds().Dx()
	for i := 0; i+3 < len(a.Pix); i += 4 {
		if a.Pix[i] != b.Pix[i] || a.Pix[i+1] != b.Pix[i+1] || a.Pix[i+2] != b.Pix[i+2] {
			p := image.Pt((i/4)%w, (i/4)/w)
			r = r.Union(image.Rectangle{Min: p, Max: p.Add(image.Pt(1, 1))})
		}
	}
	return r
}

// paletted maps img onto its 256 commonest colours: a screen of text and
// flat colours loses nothing a reader sees, and its PNG is a third the
// size.
func paletted(img *image.RGBA) *image.Paletted {
	rgb := func(i int) uint32 { return uint32(img.Pix[i])<<16 | uint32(img.Pix[i+1])<<8 | uint32(img.Pix[i+2]) }
	count := map[uint32]int{}
	for i := 0; i+3 < len(img.Pix); i += 4 {
		count[rgb(i)]++
	}
	common := slices.Collect(maps.Keys(count))
	slices.SortFunc(common, func(a, b uint32) int { return cmp.Or(count[b]-count[a], cmp.Compare(a, b)) })
	common = common[:min(len(common), 256)]
	pal := make(color.Palette, len(common))
	for i, c := range common {
		pal[i] = color.RGBA{uint8(c >> 16), uint8(c >> 8), uint8(c), 255}
	}
	out := image.NewPaletted(img.Bounds(), pal)
	index := map[uint32]uint8{}
	w := img.Bounds().Dx()
	for i := 0; i+3 < len(img.Pix); i += 4 {
		c := rgb(i)
		n, ok := index[c]
		if !ok {
			n = uint8(pal.Index(color.RGBA{uint8(c >> 16), uint8(c >> 8), uint8(c), 255}))
			index[c] = n
		}
		out.Pix[(i/4/w)*out.Stride+(i/4)%w] = n
	}
	return out
}

// savePNG writes img to path.
func savePNG(path string, img image.Image) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(f, img); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
