package report

import (
	"fmt"
	"strings"
)

// Chart is one chart of a run, rendered as a PNG image for a screen.
type Chart struct {
	// Title names the chart.
	Title string
	// PNG is the image.
	PNG []byte
}

// Charts renders the charts of a run view (traceroute latency and loss per
// hop, ping round trips, connection phases) as PNG images, in report order.
func Charts(v *RunView) []Chart {
	var out []Chart
	for _, c := range charts(v, false, true) {
		out = append(out, Chart{Title: c.Title, PNG: c.PNG})
	}
	return out
}

// TicketText is a short plain-text summary of a run for pasting into a
// helpdesk ticket: the problem code first, then what was tested, the
// evidence and the fix steps. It is built from the cleaned view, so secrets
// are gone and Options.Redact applies.
func TicketText(v *RunView) string {
	var b strings.Builder
	f := v.Verdict
	fmt.Fprintf(&b, "Connection Doctor: %s [%s]\n", f.Summary, f.Code)
	fmt.Fprintf(&b, "Target: %s (tested %s)\n", v.Description, v.Tested)
	fmt.Fprintf(&b, "When: %s on %s (%s), run took %s", v.When, v.Hostname, v.OS, v.Duration)
	if v.ID != 0 {
		fmt.Fprintf(&b, ", saved as run #%d", v.ID)
	}
	if v.Label != "" {
		fmt.Fprintf(&b, " %q", v.Label)
	}
	b.WriteString("\n")
	if len(f.Evidence) > 0 {
		b.WriteString("\nEvidence:\n")
		for _, e := range f.Evidence {
			fmt.Fprintf(&b, "- [%s] %s\n", e.Check, e.Text)
		}
	}
	if len(f.Fix) > 0 {
		b.WriteString("\nFix:\n")
		for _, s := range f.Fix {
			fmt.Fprintf(&b, "%d. (%s) %s\n", s.N, s.Who, s.Text)
			if s.Command != "" {
				fmt.Fprintf(&b, "   %s\n", s.Command)
			}
		}
	}
	for _, s := range v.Secondary {
		fmt.Fprintf(&b, "\nAlso: %s [%s]\n", s.Summary, s.Code)
	}
	b.WriteString("\nChecks:\n")
	for _, c := range v.Checks {
		fmt.Fprintf(&b, "- %-4s %s: %s\n", c.Status, c.Title, c.Summary)
	}
	return b.String()
}
