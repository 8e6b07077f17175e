//go:build linux

package lab

import (
	"context"
	"image"
	"image/draw"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestReadExportDialog reads real screens of the export dialog as the
// drive does: the Linux build in its dark theme, and the Windows build
// under Wine in its light theme, where a white dialog sits on a dimmed
// page (one background for the whole screen made the dialog black).
func TestReadExportDialog(t *testing.T) {
	if _, err := exec.LookPath("tesseract"); err != nil {
		t.Skip("needs tesseract (Debian packages tesseract-ocr, tesseract-ocr-eng)")
	}
	for _, c := range []struct {
		file string
		area image.Rectangle
	}{
		{"linux-dark-export-dialog.png", image.Rect(1, 22, 1001, 697)},
		{"wine-light-export-dialog.png", image.Rect(4, 23, 1004, 700)},
	} {
		t.Run(c.file, func(t *testing.T) {
			f, err := os.Open(filepath.Join("testdata", "ocr", c.file))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			src, err := png.Decode(f)
			if err != nil {
				t.Fatal(err)
			}
			img := image.NewRGBA(src.Bounds())
			draw.Draw(img, img.Bounds(), src, image.Point{}, draw.Src)
			r, err := readScreen(context.Background(), t.TempDir(), img, c.area)
			if err != nil {
				t.Fatal(err)
			}
			// What the drive reads: the choices and the buttons.
			for _, phrase := range []string{"PDF (for the ticket)", "HTML", "Hide host names", "Save (Enter)", "Choose another place"} {
				boxes, err := r.find(phrase)
				if err != nil {
					t.Fatal(err)
				}
				if len(boxes) == 0 {
					t.Errorf("%q not read; the screen reads:\n%s", phrase, r.text())
				} else if !boxes[0].In(c.area) {
					t.Errorf("%q read at %v, outside the window %v", phrase, boxes[0], c.area)
				}
			}
		})
	}
}
