//go:build !windows

package app

import "fyne.io/fyne/v2"

// workArea is not needed off Windows: Linux window managers keep a new
// window inside the screen (openbox, mutter and KWin shrink it).
func workArea() (fyne.Size, bool) { return fyne.Size{}, false }
