package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/conndoctor/conndoctor/report"
)

// appTheme is Fyne's default theme with readable colours: every status
// colour has a contrast of at least 4.5:1 (WCAG AA) on the backgrounds it is
// drawn on, and checkbox and field borders 3:1, in both variants
// (theme_test.go checks them). Held to one variant for "light" and "dark";
// following the desktop for "system".
type appTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
	fixed   bool
}

// rgb is an opaque colour from its hex value.
func rgb(v uint32) color.NRGBA {
	return color.NRGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 0xff}
}

// themeColors replace the default theme's colours by variant. Fyne's own
// are green text at 1.5:1 on white, grey ("skipped", "waiting") at 1.3:1,
// and checkbox borders at 1.3:1.
var themeColors = map[fyne.ThemeVariant]map[fyne.ThemeColorName]color.Color{
	theme.VariantLight: {
		theme.ColorNameForeground:          rgb(0x222222),
		theme.ColorNameDisabled:            rgb(0x656d76),
		theme.ColorNameSuccess:             rgb(0x1a7f37),
		theme.ColorNameWarning:             rgb(0x8a5a00),
		theme.ColorNameError:               rgb(0xcf222e),
		theme.ColorNamePrimary:             rgb(0x0969da),
		theme.ColorNameHyperlink:           rgb(0x0969da),
		theme.ColorNameInputBorder:         rgb(0x8c959f),
		theme.ColorNameForegroundOnSuccess: rgb(0xffffff),
		theme.ColorNameForegroundOnWarning: rgb(0xffffff),
		theme.ColorNameForegroundOnError:   rgb(0xffffff),
		theme.ColorNameForegroundOnPrimary: rgb(0xffffff),
	},
	theme.VariantDark: {
		theme.ColorNameForeground:          rgb(0xf3f3f3),
		theme.ColorNameDisabled:            rgb(0x9198a1),
		theme.ColorNameSuccess:             rgb(0x3fb950),
		theme.ColorNameWarning:             rgb(0xff9800),
		theme.ColorNameError:               rgb(0xff6b5b),
		theme.ColorNamePrimary:             rgb(0x4493f8),
		theme.ColorNameHyperlink:           rgb(0x4493f8),
		theme.ColorNameInputBorder:         rgb(0x6e7681),
		theme.ColorNameForegroundOnSuccess: rgb(0x171718),
		theme.ColorNameForegroundOnWarning: rgb(0x171718),
		theme.ColorNameForegroundOnError:   rgb(0x171718),
		theme.ColorNameForegroundOnPrimary: rgb(0x171718),
	},
}

// Color returns the readable colour of the variant.
func (t appTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if t.fixed {
		v = t.variant
	}
	if c, ok := themeColors[v][n]; ok {
		return c
	}
	return t.Theme.Color(n, v)
}

// themeFor returns the theme for a Settings.Theme value.
func themeFor(name string) fyne.Theme {
	switch name {
	case "light":
		return appTheme{Theme: theme.DefaultTheme(), variant: theme.VariantLight, fixed: true}
	case "dark":
		return appTheme{Theme: theme.DefaultTheme(), variant: theme.VariantDark, fixed: true}
	}
	return appTheme{Theme: theme.DefaultTheme()}
}

// chartPalette is the current theme's colours for report.Charts, so charts
// sit on the page instead of being white boxes in the dark.
func chartPalette(a fyne.App) report.Palette {
	th, v := a.Settings().Theme(), a.Settings().ThemeVariant()
	c := func(n fyne.ThemeColorName) color.Color { return th.Color(n, v) }
	bg, fg := c(theme.ColorNameBackground), c(theme.ColorNameForeground)
	return report.Palette{Background: bg, Text: fg, Grid: mix(bg, fg, 0.15),
		Series: c(theme.ColorNamePrimary), Loss: c(theme.ColorNameError)}
}

// mix is a, moved the fraction t towards b.
func mix(a, b color.Color, t float64) color.Color {
	ca, cb := color.NRGBAModel.Convert(a).(color.NRGBA), color.NRGBAModel.Convert(b).(color.NRGBA)
	m := func(x, y uint8) uint8 { return uint8(float64(x) + (float64(y)-float64(x))*t + 0.5) }
	return color.NRGBA{R: m(ca.R, cb.R), G: m(ca.G, cb.G), B: m(ca.B, cb.B), A: 0xff}
}
