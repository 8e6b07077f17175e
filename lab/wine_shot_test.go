//go:build linux

package lab

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/conndoctor/conndoctor/internal/xwd"
)

// TestWindowsScreenshot starts the Windows desktop program under Wine and
// Xvfb inside the lab's client namespace, lets it check a target whose
// port the server drops (its own screenshot tour types the target and
// presses Start), and writes what the X server shows once the diagnosis
// is up to $CONNDOCTOR_WINE_SHOT/windows-diagnosis.png. `make
// screenshot-windows` runs it with the program `make build-windows` built
// ($CONNDOCTOR_WINE_GUI); without those variables it is skipped.
func TestWindowsScreenshot(t *testing.T) {
	out, exe := os.Getenv("CONNDOCTOR_WINE_SHOT"), os.Getenv("CONNDOCTOR_WINE_GUI")
	if out == "" || exe == "" {
		t.Skip("set CONNDOCTOR_WINE_SHOT (a folder) and CONNDOCTOR_WINE_GUI (conndoctor.exe): make screenshot-windows")
	}
	for _, tool := range []string{"Xvfb", "xwd"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skip("needs " + tool + " (Debian packages xvfb, x11-apps)")
		}
	}
	w := sharedPrefix(t)
	l := newLab(t, "")
	t.Cleanup(func() { w.Stop() })
	if err := trustLabCA(l); err != nil {
		t.Fatal(err)
	}
	if err := l.Script("server: nft add rule inet lab input tcp dport 443 drop"); err != nil {
		t.Fatal(err)
	}
	display := startXvfb(t, "1100x820x24")
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	if err := w.Boot(ctx, l, Client); err != nil {
		t.Fatal(err)
	}
	tour := t.TempDir()
	cmd, err := w.Command(ctx, l, Client, exe)
	if err != nil {
		t.Fatal(err)
	}
	cmd.Env = append(cmd.Env, "DISPLAY="+display, "CONNDOCTOR_TOUR="+tour, "CONNDOCTOR_TOUR_TARGET=app.lab.test:443")
	var logs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &logs, &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	// The tour writes 3-diagnosis.png once the diagnosis is shown.
	if err := waitForFile(ctx, filepath.Join(tour, "3-diagnosis.png"), done); err != nil {
		t.Fatalf("%v\n%s", err, logs.String())
	}
	// The tour moves on at once (it scrolls to the charts, then runs
	// again): capture now.
	if err := captureX(display, filepath.Join(out, "windows-diagnosis.png")); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-done:
		t.Logf("conndoctor.exe ended: %v", err)
	case <-time.After(90 * time.Second):
		t.Log("conndoctor.exe still running after the tour; stopping it")
	}
	t.Logf("wrote %s\n%s", filepath.Join(out, "windows-diagnosis.png"), logs.String())
}

// startXvfb starts Xvfb on a free display and stops it when the test ends.
func startXvfb(t *testing.T, screen string) string {
	t.Helper()
	for n := 91; n < 120; n++ {
		if _, err := os.Stat(fmt.Sprintf("/tmp/.X11-unix/X%d", n)); err == nil {
			continue
		}
		display := fmt.Sprintf(":%d", n)
		x := exec.Command("Xvfb", display, "-screen", "0", screen, "-nolisten", "tcp")
		if err := x.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { x.Process.Kill(); x.Wait() })
		for i := 0; i < 100; i++ {
			if _, err := os.Stat(fmt.Sprintf("/tmp/.X11-unix/X%d", n)); err == nil {
				return display
			}
			time.Sleep(50 * time.Millisecond)
		}
		t.Fatalf("Xvfb %s did not start", display)
	}
	t.Fatal("no free X display")
	return ""
}

// waitForFile waits until path exists, the program ends, or ctx ends.
func waitForFile(ctx context.Context, path string, done <-chan error) error {
	for {
		if _, err := os.Stat(path); err == nil {
			return nil
		}
		select {
		case err := <-done:
			return fmt.Errorf("the program ended before %s: %v", filepath.Base(path), err)
		case <-ctx.Done():
			return errors.New("no diagnosis on the screen in time")
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// captureX writes what the X server shows as a PNG.
func captureX(display, path string) error {
	raw, err := exec.Command("xwd", "-root", "-silent", "-display", display).Output()
	if err != nil {
		return fmt.Errorf("xwd: %w", err)
	}
	img, err := xwd.Decode(bytes.NewReader(raw))
	if err != nil {
		return err
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		return err
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}
