package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
)

// eachInTree calls visit for every object in o's container tree that is
// neither a container nor a scroller: what a step is built of.
func eachInTree(o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	switch c := o.(type) {
	case *fyne.Container:
		for _, child := range c.Objects {
			eachInTree(child, visit)
		}
	case *container.Scroll:
		eachInTree(c.Content, visit)
	default:
		visit(o)
	}
}

// releaseImages empties every image in the container tree of a page that
// has left the screen for good. Fyne's caches keep a removed object for
// about a minute, and with it a chart's decoded pixels and its texture
// (together 5–9 MB a diagnosis); emptied and refreshed, the image's pixels
// can be collected and the painter frees its texture on the next frame.
func releaseImages(o fyne.CanvasObject) {
	eachInTree(o, func(o fyne.CanvasObject) {
		if c, ok := o.(*canvas.Image); ok {
			c.Image, c.Resource, c.File = nil, nil, ""
			c.Refresh()
		}
	})
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
	eachInTree(o, func(o fyne.CanvasObject) {
		if t, ok := o.(toolTipper); ok {
			f(t)
		}
	})
}

// retire releases what a step held once it leaves the screen: its tooltips
// are hidden, and a diagnosis page is never shown again (opening a run
// builds a new page), so its images are emptied.
func (u *UI) retire(leaving, coming fyne.CanvasObject) {
	if coming == leaving {
		return
	}
	hideToolTips(leaving)
	if u.diag != nil && leaving == u.diag.content {
		releaseImages(leaving)
	}
}
