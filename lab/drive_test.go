//go:build linux

package lab

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/conndoctor/conndoctor/history"
)

// The end-to-end drive's hands and eyes on one running wizard: start it,
// watch that it lives, wait for the screen, read it, click what it shows,
// press shortcuts, and read the history it saves (see wizard_e2e_test.go).

// launcher says how to start the wizard and where it keeps its files, so
// the same drive runs the Linux build or the Windows build under Wine.
type launcher struct {
	// name is the build driven, for the logs and screenshot names.
	name string
	// command is the wizard's command in the drive's lab, its environment
	// set but for the display and home folder the drive adds.
	command func(d *drive) *exec.Cmd
	// documents is the user's Documents folder and db the history
	// database, for the drive's home folder.
	documents, db func(d *drive) string
}

// e2eLauncher reads CONNDOCTOR_E2E_CMD, or builds the wizard.
func e2eLauncher(t *testing.T) launcher {
	argv := strings.Fields(os.Getenv("CONNDOCTOR_E2E_CMD"))
	if len(argv) == 0 {
		// Built with the race detector: the drive then also catches a data
		// race the real program runs into under real input, and the build
		// is the one `go test -race` already made of the packages (Fyne's
		// C code is not compiled a second time on a fresh machine).
		bin := filepath.Join(t.TempDir(), "conndoctor")
		if out, err := exec.Command("go", "build", "-race", "-o", bin, "../cmd/conndoctor").CombinedOutput(); err != nil {
			t.Fatalf("build the wizard: %v\n%s", err, out)
		}
		argv = []string{bin}
	}
	return launcher{
		name: "linux",
		command: func(d *drive) *exec.Cmd {
			return d.lab.CommandContext(d.ctx, Client, argv[0], argv[1:]...)
		},
		documents: func(d *drive) string { return filepath.Join(d.home, "Documents") },
		db:        func(d *drive) string { return filepath.Join(d.home, ".config", "conndoctor", "history.db") },
	}
}

// drive is the wizard running on one screen, and what the drive saw.
type drive struct {
	t      *testing.T
	ctx    context.Context
	lab    *Lab
	x      *xSession
	ln     launcher
	home   string
	tmp    string
	out    *syncBuffer
	exited chan struct{}
	state  *os.ProcessState
	win    string
	// dir and prefix place the screenshots named in shots.
	dir, prefix string
	shots       []string
	// codes are the verdicts of the runs saved, oldest first.
	codes []string
}

// newDrive builds a lab and a screen, and starts the wizard.
func newDrive(t *testing.T, ln launcher, w, h int, dir string) *drive {
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	d := &drive{t: t, ctx: ctx, lab: newLab(t, ""), ln: ln, home: t.TempDir(), tmp: t.TempDir(),
		out: &syncBuffer{}, dir: dir, prefix: fmt.Sprintf("e2e-%d", w)}
	if ln.name != "linux" {
		d.prefix = fmt.Sprintf("e2e-%s-%d", ln.name, w)
	}
	d.x = startX(t, ctx, w, h)
	for _, sub := range []string{"Documents", ".config", ".cache", ".local/share", "run"} {
		if err := os.MkdirAll(filepath.Join(d.home, sub), 0o700); err != nil {
			t.Fatal(err)
		}
	}
	// The Documents folder, as a desktop's xdg-user-dirs names it.
	dirs := `XDG_DOCUMENTS_DIR="$HOME/Documents"` + "\n"
	if err := os.WriteFile(filepath.Join(d.home, ".config", "user-dirs.dirs"), []byte(dirs), 0o600); err != nil {
		t.Fatal(err)
	}
	d.start()
	return d
}

// start launches the wizard in the lab's client namespace with a fresh
// home folder, and waits for its window.
func (d *drive) start() {
	c := d.ln.command(d)
	c.Env = append(c.Env, d.x.env()...)
	c.Env = append(c.Env, "HOME="+d.home, "XDG_CONFIG_HOME="+filepath.Join(d.home, ".config"),
		"XDG_CACHE_HOME="+filepath.Join(d.home, ".cache"), "XDG_DATA_HOME="+filepath.Join(d.home, ".local/share"),
		"XDG_RUNTIME_DIR="+filepath.Join(d.home, "run"), "LANG=C.UTF-8", "FYNE_SCALE=1", "CONNDOCTOR_TRACE_KEYS=1")
	c.Stdout, c.Stderr = d.out, d.out
	c.SysProcAttr = dieWithTest()
	if err := c.Start(); err != nil {
		d.t.Fatal(err)
	}
	d.exited = make(chan struct{})
	go func() { c.Wait(); d.state = c.ProcessState; close(d.exited) }()
	d.t.Cleanup(func() {
		if d.running() {
			c.Process.Kill()
			<-d.exited
		}
	})
	win, err := d.x.window("Connection Doctor", 60*time.Second)
	if err != nil {
		d.fatalf("the window did not appear: %v", err)
	}
	d.win = win
	d.x.do("windowactivate", "--sync", win)
	d.still()
	d.fits("at launch")
}

// syncBuffer collects the wizard's output.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func (d *drive) running() bool {
	select {
	case <-d.exited:
		return false
	default:
		return true
	}
}

// crash matches what the Go runtime prints when a program dies, or finds
// a data race.
var crash = regexp.MustCompile(`(?m)^(panic: |fatal error: |SIGSEGV|unexpected signal|WARNING: DATA RACE)|segmentation (fault|violation)`)

// alive stops the drive when the wizard has exited or printed a crash.
func (d *drive) alive(doing string) {
	d.t.Helper()
	if !d.running() {
		d.fatalf("the wizard exited while %s (%v); its output:\n%s", doing, d.state, tail(d.out.String(), 40))
	}
	if m := crash.FindString(d.out.String()); m != "" {
		d.fatalf("the wizard printed %q while %s:\n%s", m, doing, tail(d.out.String(), 40))
	}
}

// fatalf keeps what the screen shows and stops the drive.
func (d *drive) fatalf(format string, a ...any) {
	d.t.Helper()
	msg := fmt.Sprintf(format, a...)
	if img, err := d.x.capture(); err == nil {
		path := filepath.Join(os.TempDir(), d.prefix+"-failed.png")
		if savePNG(path, img) == nil {
			msg += "\n(the screen then: " + path + ")"
		}
	}
	d.t.Fatal(msg)
}

func tail(s string, lines int) string {
	l := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return strings.Join(l[max(0, len(l)-lines):], "\n")
}

// still waits for the screen to stop changing and returns it.
func (d *drive) still() *image.RGBA {
	d.t.Helper()
	img, err := d.x.settled(30 * time.Second)
	if img == nil {
		d.fatalf("%v", err)
	}
	d.alive("drawing")
	return img
}

// read waits for the screen to settle and reads the words in the window,
// or in its top strip (the tabs) when top is set.
func (d *drive) read(top bool) *reading {
	d.t.Helper()
	img := d.still()
	area := d.window()
	if top {
		area.Max.Y = area.Min.Y + 60
	}
	r, err := readScreen(d.ctx, d.tmp, img, area)
	if err != nil {
		d.fatalf("%v", err)
	}
	return r
}

// window is where the window is on the screen.
func (d *drive) window() image.Rectangle {
	d.t.Helper()
	r, err := d.x.geometry(d.win)
	if err != nil {
		d.fatalf("%v", err)
	}
	return r
}

// find reads the screen and returns where phrase stands.
func (d *drive) find(phrase string, top bool) ([]image.Rectangle, *reading) {
	d.t.Helper()
	r := d.read(top)
	boxes, err := r.find(phrase)
	if err != nil {
		d.fatalf("%v", err)
	}
	return boxes, r
}

// waitFor reads the screen until phrase shows.
func (d *drive) waitFor(phrase string, within time.Duration) (*reading, bool) {
	d.t.Helper()
	end := time.Now().Add(within)
	for {
		boxes, r := d.find(phrase, false)
		if len(boxes) > 0 || time.Now().After(end) {
			return r, len(boxes) > 0
		}
	}
}

// clickText clicks phrase, the highest on the screen of several, waiting
// a few seconds for it to show (a menu the wizard is still opening).
func (d *drive) clickText(phrase string, top bool) {
	d.t.Helper()
	d.clickIn(phrase, top, image.Rectangle{})
}

// clickIn is clickText for a phrase inside area (all the screen when
// area is empty).
func (d *drive) clickIn(phrase string, top bool, area image.Rectangle) {
	d.t.Helper()
	var boxes []image.Rectangle
	var r *reading
	end := time.Now().Add(5 * time.Second)
	for len(boxes) == 0 {
		var all []image.Rectangle
		all, r = d.find(phrase, top)
		boxes = boxes[:0]
		for _, b := range all {
			if area.Empty() || b.In(area) {
				boxes = append(boxes, b)
			}
		}
		if len(boxes) == 0 && time.Now().After(end) {
			kept := filepath.Join(os.TempDir(), d.prefix+"-read.png")
			if b, err := os.ReadFile(r.file); err == nil && os.WriteFile(kept, b, 0o644) == nil {
				d.t.Logf("the image read: %s", kept)
			}
			d.fatalf("%q is not on the screen (in %v); it shows:\n%s", phrase, area, r.text())
		}
	}
	b := boxes[0]
	for _, o := range boxes {
		if o.Min.Y < b.Min.Y {
			b = o
		}
	}
	p := center(b)
	d.t.Logf("click %q at %v", phrase, p)
	d.clickAt(p)
}

// openMenu clicks p, which opens a menu, and returns where the menu is:
// the part of the screen that changed.
func (d *drive) openMenu(p image.Point) image.Rectangle {
	d.t.Helper()
	before := d.still()
	d.clickAt(p)
	return diff(before, d.still())
}

// clickAt clicks p and waits a moment for the wizard to react: a screen
// that has not changed yet is not a screen that will not change.
func (d *drive) clickAt(p image.Point) {
	d.t.Helper()
	before, err := d.x.capture()
	if err != nil {
		d.fatalf("%v", err)
	}
	d.x.click(p.X, p.Y)
	d.changes(before, 2*time.Second)
}

// changes says whether the screen moves away from before within d.
func (d *drive) changes(before *image.RGBA, within time.Duration) bool {
	return poll(d.ctx, within, func() bool {
		cur, err := d.x.capture()
		return err == nil && changed(before, cur) > 400
	})
}

// shortcut presses keys, which must change the screen. When they do not,
// the shortcut is reported broken and the button is clicked instead, so
// the drive goes on to find what else is wrong.
func (d *drive) shortcut(keys, button string) {
	d.t.Helper()
	before := d.still()
	d.x.key(keys)
	// Generous: a loaded machine's software OpenGL can take seconds.
	if d.changes(before, 10*time.Second) {
		return
	}
	d.alive("after " + keys)
	d.t.Errorf("%s did nothing (issue 11: every main action has a shortcut); clicking %q instead; the wizard's last words:\n%s",
		keys, button, tail(d.out.String(), 8))
	d.clickText(button, false)
}

// shot writes the screen as the X server shows it, in 256 colours, when
// name is one of this screen's screenshots not yet written.
func (d *drive) shot(name string) {
	d.t.Helper()
	i := slices.Index(d.shots, name)
	if i < 0 {
		return
	}
	d.shots = slices.Delete(d.shots, i, i+1)
	if err := savePNG(filepath.Join(d.dir, d.prefix+"-"+name+".png"), paletted(d.still())); err != nil {
		d.t.Error(err)
	}
}

// fits checks the window lies inside the screen.
func (d *drive) fits(when string) {
	d.t.Helper()
	r := d.window()
	if !r.In(image.Rect(0, 0, d.x.w, d.x.h)) {
		d.t.Errorf("%s the window (at %v, %d×%d) does not fit the %d×%d screen", when, r.Min, r.Dx(), r.Dy(), d.x.w, d.x.h)
	}
}

// runs lists the runs the wizard saved, newest first.
func (d *drive) runs() []history.Summary {
	d.t.Helper()
	path := d.ln.db(d)
	if _, err := os.Stat(path); err != nil {
		return nil
	}
	s, err := history.Open(path, history.OpenOptions{})
	if err != nil {
		d.fatalf("open the wizard's history: %v", err)
	}
	defer s.Close()
	list, err := s.List(history.Filter{Limit: 1000})
	if err != nil {
		d.fatalf("read the wizard's history: %v", err)
	}
	return list
}

// waitRun waits for the wizard to save one more run and its screen to
// settle, and returns that run.
func (d *drive) waitRun(doing string) history.Summary {
	d.t.Helper()
	n := len(d.codes) + 1
	var list []history.Summary
	if !poll(d.ctx, 120*time.Second, func() bool {
		d.alive(doing)
		list = d.runs()
		return len(list) >= n
	}) {
		d.fatalf("no run saved while %s (%d saved, want %d)", doing, len(list), n)
	}
	if len(list) > n {
		d.t.Errorf("%s saved %d runs, want %d", doing, len(list), n)
	}
	d.codes = append(d.codes, list[0].VerdictCode)
	d.still()
	return list[0]
}
