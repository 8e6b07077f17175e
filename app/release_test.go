package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"github.com/conndoctor/conndoctor/probes"
)

// TestLeavingDiagnosisEmptiesItsImages: a diagnosis page that leaves the
// screen for good lets its images go (see releaseImages).
func TestLeavingDiagnosisEmptiesItsImages(t *testing.T) {
	h := diagnosed(t, probes.PortFiltered)
	h.waitFor("the charts", func() bool { return h.u.diag.chartsLoaded })
	page := h.u.diag.content
	var images []*canvas.Image
	h.locked(func() {
		eachInTree(page, func(o fyne.CanvasObject) {
			if img, ok := o.(*canvas.Image); ok && (img.Image != nil || img.Resource != nil || img.File != "") {
				images = append(images, img)
			}
		})
	})
	if len(images) == 0 {
		t.Fatal("the diagnosis page shows no chart image")
	}
	h.locked(h.u.newCheck)
	h.locked(func() {
		for _, img := range images {
			if img.Image != nil || img.Resource != nil || img.File != "" {
				t.Errorf("image kept after its page left: %p", img)
			}
		}
	})
}
