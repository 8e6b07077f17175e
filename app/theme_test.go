package app

import (
	"fmt"
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/conndoctor/conndoctor/diagnose"
	"github.com/conndoctor/conndoctor/probes"
)

// luminance is a colour's WCAG 2 relative luminance.
func luminance(c color.Color) float64 {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	lin := func(v uint8) float64 {
		x := float64(v) / 255
		if x <= 0.04045 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(n.R) + 0.7152*lin(n.G) + 0.0722*lin(n.B)
}

// contrast is the WCAG 2 contrast ratio of two colours (1 to 21).
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

func TestContrastFormula(t *testing.T) {
	cases := []struct {
		a, b color.Color
		want float64
	}{
		{color.White, color.Black, 21}, {rgb(0x777777), color.White, 4.48}, {rgb(0x43f436), color.White, 1.48}, {rgb(0xe3e3e3), color.White, 1.28},
	}
	for _, c := range cases {
		if got := contrast(c.a, c.b); math.Abs(got-c.want) > 0.01 {
			t.Errorf("contrast(%v, %v) = %.2f, want %.2f", c.a, c.b, got, c.want)
		}
	}
}

// variants are the themes a user can pick, each with the variants it
// shows ("system" follows the desktop, so both).
var variants = []struct {
	name    string
	variant fyne.ThemeVariant
}{
	{"light", theme.VariantLight}, {"dark", theme.VariantDark}, {"system", theme.VariantLight}, {"system", theme.VariantDark},
}

// TestStatusTextContrast: every status's text reaches WCAG AA (4.5:1) on
// every background it is drawn on, in both variants; the verdict banner's
// text on its fill too; checkbox and field borders reach 3:1 (WCAG 1.4.11).
func TestStatusTextContrast(t *testing.T) {
	statuses := []probes.Status{probes.StatusPass, probes.StatusWarn, probes.StatusFail, probes.StatusSkip, probes.StatusError, "running", ""}
	for _, v := range variants {
		th := themeFor(v.name)
		c := func(n fyne.ThemeColorName) color.Color { return th.Color(n, v.variant) }
		where := fmt.Sprintf("%s theme, variant %d", v.name, v.variant)
		for _, s := range statuses {
			for _, bg := range []fyne.ThemeColorName{theme.ColorNameBackground, theme.ColorNameOverlayBackground, theme.ColorNameHeaderBackground, theme.ColorNameButton} {
				if r := contrast(c(statusColor(s)), c(bg)); r < 4.5 {
					t.Errorf("%s: %q text (%s) on %s: %.2f:1, want 4.5:1", where, s, statusColor(s), bg, r)
				}
			}
		}
		for _, n := range []fyne.ThemeColorName{theme.ColorNameForeground, theme.ColorNamePrimary, theme.ColorNameHyperlink} {
			if r := contrast(c(n), c(theme.ColorNameBackground)); r < 4.5 {
				t.Errorf("%s: %s text: %.2f:1", where, n, r)
			}
		}
		for sev, bc := range severityColors {
			if r := contrast(c(bc.text), c(bc.fill)); r < 4.5 {
				t.Errorf("%s: %s banner text on its fill: %.2f:1", where, sev, r)
			}
		}
		if r := contrast(c(theme.ColorNameInputBorder), c(theme.ColorNameBackground)); r < 3 {
			t.Errorf("%s: checkbox border: %.2f:1, want 3:1", where, r)
		}
		if r := contrast(c(theme.ColorNamePrimary), c(theme.ColorNameInputBackground)); r < 3 {
			t.Errorf("%s: latency bar on its track: %.2f:1, want 3:1", where, r)
		}
	}
	if _, ok := severityColors[diagnose.SeverityInfo]; !ok {
		t.Error("no banner colours for info")
	}
}

// TestLabelsUseStatusColors: widget.Label draws each importance in the
// colour statusColor names, so the contrast test checks what is drawn.
func TestLabelsUseStatusColors(t *testing.T) {
	a := test.NewTempApp(t)
	for _, v := range variants[:2] {
		a.Settings().SetTheme(themeFor(v.name))
		for imp, name := range importanceColors {
			l := widget.NewLabel("status")
			l.Importance = imp
			w := test.NewTempWindow(t, l)
			w.Resize(fyne.NewSize(200, 50))
			var got color.Color
			walk(l, func(o fyne.CanvasObject) {
				if tx, ok := o.(*canvas.Text); ok && got == nil {
					got = tx.Color
				}
			})
			if want := themeFor(v.name).Color(name, v.variant); got == nil || !sameColor(got, want) {
				t.Errorf("%s: importance %v drawn in %v, want %s %v", v.name, imp, got, name, want)
			}
		}
	}
}

func sameColor(a, b color.Color) bool {
	return color.NRGBAModel.Convert(a) == color.NRGBAModel.Convert(b)
}

// TestChartPalette: charts get the theme's background and readable text.
func TestChartPalette(t *testing.T) {
	a := test.NewTempApp(t)
	for _, v := range variants[:2] {
		a.Settings().SetTheme(themeFor(v.name))
		p := chartPalette(a)
		if !sameColor(p.Background, themeFor(v.name).Color(theme.ColorNameBackground, v.variant)) {
			t.Errorf("%s: chart background %v is not the page's", v.name, p.Background)
		}
		if r := contrast(p.Text, p.Background); r < 4.5 {
			t.Errorf("%s: chart text %.2f:1", v.name, r)
		}
		if r := contrast(p.Series, p.Background); r < 3 {
			t.Errorf("%s: chart series %.2f:1", v.name, r)
		}
	}
}
