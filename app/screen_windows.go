package app

import (
	"unsafe"

	"fyne.io/fyne/v2"
	"golang.org/x/sys/windows"
)

var (
	user32               = windows.NewLazySystemDLL("user32.dll")
	systemParametersInfo = user32.NewProc("SystemParametersInfoW")
	getDpiForSystem      = user32.NewProc("GetDpiForSystem")
)

const spiGetWorkArea = 0x0030 // SPI_GETWORKAREA

// workArea is the primary screen's work area (the screen less the
// taskbar) in Fyne's units: SystemParametersInfo(SPI_GETWORKAREA), in
// pixels, over the system's scale (GetDpiForSystem / 96; Windows 10 1607
// and later, else 96 dpi). Windows, unlike Linux window managers, leaves
// a window larger than the screen as it is.
func workArea() (fyne.Size, bool) {
	var r windows.Rect
	if ok, _, _ := systemParametersInfo.Call(spiGetWorkArea, 0, uintptr(unsafe.Pointer(&r)), 0); ok == 0 {
		return fyne.Size{}, false
	}
	dpi := uintptr(96)
	if getDpiForSystem.Find() == nil {
		if d, _, _ := getDpiForSystem.Call(); d > 0 {
			dpi = d
		}
	}
	scale := float32(dpi) / 96
	return fyne.NewSize(float32(r.Right-r.Left)/scale, float32(r.Bottom-r.Top)/scale), true
}
