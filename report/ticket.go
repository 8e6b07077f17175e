package report

import (
	"fmt"
	"strings"
)

// TicketText is a short plain-text summary of a run for pasting into a
// helpdesk ticket: the problem code first, then what was tested, the
// evidence and the fix steps. It is built from the cleaned view, so secrets
// are gone and Options.Redact applies.
func TicketText(v *RunView) string {
	var b strings.Builder
	f := v.Verdict
	fmt.Fprintf(&b, "Connection Doctor: %s [%s]\n", f.Summary, f.Code)
	fmt.Fprintf(&b, "Target: %s (tested %s)\n", v.Description, v.Tested)
	if v.Notice != "" {
		fmt.Fprintf(&b, "Note: %s\n", v.Notice)
	}
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
				fmt.Fprintf(&b, "   %s%s\n", s.Prompt, s.Command)
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

// NetworkRequest is a request to the network or firewall team, to paste
// into their ticket queue: the flow that fails (source address, destination,
// port, protocol), when it was seen, and what was seen stop by stop on the
// path. It is built from the view, so secrets are gone and Options.Redact
// applies.
func NetworkRequest(v *RunView) string {
	var b strings.Builder
	p := v.Path
	f := v.Verdict
	fmt.Fprintf(&b, "Request for the network/firewall team: %s [%s]\n\n", f.Summary, f.Code)
	row := func(name, value string) {
		if value != "" {
			fmt.Fprintf(&b, "%-13s %s\n", name+":", value)
		}
	}
	src := orUnknown(p.Source)
	if v.Hostname != "" {
		src += " (computer " + v.Hostname
		if p.Iface != "" {
			src += ", interface " + p.Iface
		}
		src += ")"
	}
	row("Source", src)
	dst := orUnknown(p.Addr)
	if p.Host != "" && p.Host != p.Addr {
		dst += " (" + p.Host + ")"
	}
	row("Destination", dst)
	row("Port", fmt.Sprint(p.Port))
	row("Protocol", p.Protocol)
	row("Seen", v.When)
	if v.ID != 0 {
		row("Reference", fmt.Sprintf("Connection Doctor run #%d", v.ID))
	}
	b.WriteString("\nWhat was seen:\n")
	for _, st := range p.Stops {
		fmt.Fprintf(&b, "- %s", st.Name)
		if st.Addr != "" {
			fmt.Fprintf(&b, " %s", st.Addr)
		}
		if st.Detail != "" {
			fmt.Fprintf(&b, ": %s", st.Detail)
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "\nPlease check the firewall rules, access lists and routes between %s and %s for %s port %d, and open or fix the path for this flow.\n",
		orUnknown(p.Source), orUnknown(p.Addr), p.Protocol, p.Port)
	return b.String()
}

func orUnknown(s string) string {
	if s == "" {
		return "unknown"
	}
	return s
}
