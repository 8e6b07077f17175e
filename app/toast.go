package app

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// toastTime is how long a toast stays.
const toastTime = 2500 * time.Millisecond

// toast shows a short message at the bottom of the window for a few
// seconds. It is drawn in a layer of the window's content, not as a pop-up,
// so it takes neither the keyboard focus nor the clicks meant for the page.
func (u *UI) toast(msg string) {
	l := widget.NewLabel(msg)
	l.Importance = widget.SuccessImportance
	l.Wrapping = fyne.TextWrapWord
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground))
	bg.StrokeColor = theme.Color(theme.ColorNameSeparator)
	bg.StrokeWidth = 1
	bg.CornerRadius = theme.Size(theme.SizeNameInputRadius)
	box := container.NewStack(bg, l)
	sz := u.win.Canvas().Size()
	w := min(box.MinSize().Width, sz.Width-32)
	l.Resize(fyne.NewSize(w, 1))
	h := box.MinSize().Height
	box.Resize(fyne.NewSize(w, h))
	box.Move(fyne.NewPos((sz.Width-w)/2, sz.Height-h-24))
	u.toasts.Objects = []fyne.CanvasObject{box}
	u.toasts.Refresh()
	u.lastToast = msg
	time.AfterFunc(toastTime, func() {
		u.bridge.apply(func() {
			if len(u.toasts.Objects) == 1 && u.toasts.Objects[0] == box {
				u.toasts.Objects = nil
				u.toasts.Refresh()
			}
		})
	})
}
