package watch

import (
	"fmt"
	"strings"
	"time"
)

// Texts of a comparison's figures, the same in the terminal and the wizard.

// Text is "11.0 / 12.0 / 12.0 ms" (median, 90th and 99th percentile), "—"
// without times.
func (p Percentiles) Text() string {
	if p.N == 0 {
		return "—"
	}
	return fmt.Sprintf("%s / %s / %s ms", num(p.P50), num(p.P90), num(p.P99))
}

func num(v float64) string {
	if v >= 100 {
		return fmt.Sprintf("%.0f", v)
	}
	return fmt.Sprintf("%.1f", v)
}

// AvailabilityText is "75.0% (10 of 40 failed)".
func (f Figures) AvailabilityText() string {
	if f.Attempts == 0 {
		return "no samples"
	}
	return fmt.Sprintf("%.1f%% (%d of %d failed)", f.Availability, f.Failed, f.Attempts)
}

// WindowsText is "2, 10s in all" or "none".
func (f Figures) WindowsText() string {
	if f.Windows == 0 {
		return "none"
	}
	return fmt.Sprintf("%d, %s in all", f.Windows, DurationText(f.FailedFor))
}

// CodesText names the three commonest verdicts: "port.filtered ×2,
// dns.slow", "none" without diagnoses.
func (f Figures) CodesText() string {
	if len(f.Codes) == 0 {
		return "none"
	}
	var parts []string
	for i, c := range f.Codes {
		if i == 3 {
			parts = append(parts, fmt.Sprintf("%d more", len(f.Codes)-3))
			break
		}
		p := c.Code
		if c.Runs > 1 {
			p += fmt.Sprintf(" ×%d", c.Runs)
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, ", ")
}

// DurationText is d to the second, "—" for none.
func DurationText(d time.Duration) string {
	if d <= 0 {
		return "—"
	}
	return d.Round(time.Second).String()
}

// HopTexts are a hop's address and loss as a comparison shows them: "no
// answer" for a hop probed that never answered, "—" for one the watch
// never reached (loss nil).
func HopTexts(addr string, loss *float64) (string, string) {
	if loss == nil {
		return "—", "—"
	}
	if addr == "" {
		addr = "no answer"
	}
	return addr, fmt.Sprintf("%.0f%% lost", *loss)
}
