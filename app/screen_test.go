package app

import (
	"testing"

	"fyne.io/fyne/v2"
)

// TestFitScreen: the default 1000×740 on a 1024×700 screen (a small
// laptop; under Wine the window's bottom was off the screen) and sizes
// that already fit.
func TestFitScreen(t *testing.T) {
	for _, c := range []struct {
		s, area, want fyne.Size
		ok            bool
	}{
		{fyne.NewSize(1000, 740), fyne.NewSize(1024, 700), fyne.NewSize(1000, 660), true},
		{fyne.NewSize(1000, 740), fyne.NewSize(1024, 728), fyne.NewSize(1000, 688), true}, // 768 less a taskbar
		{fyne.NewSize(1000, 740), fyne.NewSize(1920, 1040), fyne.NewSize(1000, 740), true},
		{fyne.NewSize(1600, 1000), fyne.NewSize(1280, 984), fyne.NewSize(1264, 944), true},
		{fyne.NewSize(1000, 740), fyne.Size{}, fyne.NewSize(1000, 740), false},
	} {
		if got := fitScreen(c.s, c.area, c.ok); got != c.want {
			t.Errorf("fitScreen(%v, %v, %v) = %v, want %v", c.s, c.area, c.ok, got, c.want)
		}
	}
}
