package app

import "fyne.io/fyne/v2"

// Room the window's frame takes around its content, in Fyne's units: the
// title bar and the borders of a Windows 10/11 window at 100 %.
const frameWidth, frameHeight = 16, 40

// fitScreen shrinks a window content size so that the window, with its
// frame, fits a work area (when ok); the remembered size of a larger
// screen must not leave the window's buttons off a smaller one.
func fitScreen(s, area fyne.Size, ok bool) fyne.Size {
	if !ok {
		return s
	}
	return fyne.NewSize(min(s.Width, area.Width-frameWidth), min(s.Height, area.Height-frameHeight))
}
