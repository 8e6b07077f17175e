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

// toolTipper is a widget with a tooltip (fyne-tooltip's widgets): told the
// mouse left, it cancels a pending tooltip and hides a shown one.
type toolTipper interface {
	ToolTip() string
	MouseOut()
}

// hideToolTips hides every tooltip shown or pending in the container tree
// of a step leaving the screen. Fyne tells no widget the mouse left when
// the widget itself leaves the window, so a tooltip shown over the Start
// button stayed over the next step, covering its results, until the
// mouse moved.
func hideToolTips(o fyne.CanvasObject) {
	eachToolTipper(o, toolTipper.MouseOut)
}

// eachToolTipper calls f for every tooltip widget in o's container tree.
func eachToolTipper(o fyne.CanvasObject, f func(toolTipper)) {
	switch c := o.(type) {
	case *fyne.Container:
		for _, child := range c.Objects {
			eachToolTipper(child, f)
		}
	case *container.Scroll:
		eachToolTipper(c.Content, f)
	case toolTipper:
		f(c)
	}
}

// retire releases what a step held once it leaves the screen: its tooltips
// are hidden, and a diagnosis page is never shown again (opening a run
// builds a new page), so its images are emptied.
func (u *UI) retire(leaving, coming fyne.CanvasObject) {
	if coming != leaving {
		hideToolTips(leaving)
	}
	if u.diag != nil && leaving == u.diag.content && coming != leaving {
		releaseImages(leaving)
	}
}
