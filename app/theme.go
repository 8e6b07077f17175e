package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// variantTheme is the default theme held to one variant (light or dark);
// "system" uses the default theme itself, which follows the desktop.
type variantTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

// Color returns the colour of the fixed variant.
func (t variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.variant)
}

// themeFor returns the theme for a Settings.Theme value.
func themeFor(name string) fyne.Theme {
	switch name {
	case "light":
		return variantTheme{theme.DefaultTheme(), theme.VariantLight}
	case "dark":
		return variantTheme{theme.DefaultTheme(), theme.VariantDark}
	}
	return theme.DefaultTheme()
}
