package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
)

// releaseImages empties every image in the container tree of a page that
// has left the screen for good. Fyne's caches keep a removed object for
// about a minute, and with it a chart's decoded pixels and its texture
// (together 5–9 MB a diagnosis); emptied and refreshed, the image's pixels
// can be collected and the painter frees its texture on the next frame.
func releaseImages(o fyne.CanvasObject) {
	switch c := o.(type) {
	case *fyne.Container:
		for _, child := range c.Objects {
			releaseImages(child)
		}
	case *container.Scroll:
		releaseImages(c.Content)
	case *canvas.Image:
		c.Image, c.Resource, c.File = nil, nil, ""
		c.Refresh()
	}
}

// retire releases what a step held once it leaves the screen: a diagnosis
// page is never shown again (opening a run builds a new page).
func (u *UI) retire(leaving, coming fyne.CanvasObject) {
	if u.diag != nil && leaving == u.diag.content && coming != leaving {
		releaseImages(leaving)
	}
}
