// Package report renders a stored run, or a before/after comparison of two
// runs, as a self-contained HTML file, a PDF or JSON, to attach to a ticket.
//
// Every format renders from one view model (RunView, CompareView) built from
// history's stored copies, so the formats cannot disagree. The views and
// the JSON Document are built from copies Scrub made first: URL user-info
// is always removed, and Options.Redact also replaces host names and
// addresses with placeholders, for reports sent outside.
package report

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/conndoctor/conndoctor/diagnose"
	"github.com/conndoctor/conndoctor/history"
	"github.com/conndoctor/conndoctor/probes"
)

// Options tune a report.
type Options struct {
	// Redact replaces host names and IP addresses with placeholders (see
	// Scrub).
	Redact bool
	// Paper is "A4" (default) or "Letter", for PDF.
	Paper string
	// Raw adds each check's full result (JSON) to a PDF run report, as an
	// appendix; off, the PDF holds what a person reads.
	Raw bool
	// Now is the generation time printed in the report (default time.Now);
	// tests fix it.
	Now func() time.Time
	// Location is the time zone times are shown in (default time.Local).
	Location *time.Location
}

func (o Options) now() time.Time {
	if o.Now != nil {
		return o.Now()
	}
	return time.Now()
}

func (o Options) loc() *time.Location {
	if o.Location != nil {
		return o.Location
	}
	return time.Local
}

// Figure is a named value.
type Figure struct {
	Name, Value string
}

// StepView is one fix step.
type StepView struct {
	N                  int
	Text, Who, Command string
	// Prompt is the prompt of the command's shell ("$ ", "PS> "), shown
	// before it and never copied with it.
	Prompt string
	Admin  bool
}

// EvidenceView is one evidence line.
type EvidenceView struct {
	Check, Text string
}

// FindingView is a verdict or secondary finding, ready to print.
type FindingView struct {
	Code, Severity, Summary, Explanation, Who string
	Fix                                       []StepView
	Evidence                                  []EvidenceView
}

// CheckView is one check, ready to print.
type CheckView struct {
	ID, Title, Status, Summary, Duration string
	// Figures are the check's key figures.
	Figures []Figure
	// Raw is the check's full result as indented JSON.
	Raw string
}

// RunView is everything a run report shows.
type RunView struct {
	ID            int64
	Label         string
	Repeats       int64
	Generated     string
	Input, Tested string
	Description   string
	// Notice warns that the target's name is broken as the pasted text
	// shows a program dialling it (target.Target.Notice), "" otherwise.
	Notice         string
	When, Duration string
	OS, Hostname   string
	Version        string
	Verdict        FindingView
	Secondary      []FindingView
	Checks         []CheckView
	Env            []Figure
	Trace          *TraceView
	Path           PathView
	Ping           *pingData
	Phases         *phaseData
	Redacted       bool
}

// BuildRun makes the view of a stored run, from a copy scrubbed as o says.
func BuildRun(r *history.Run, o Options) *RunView {
	r = Scrub(o, r)[0]
	rep := &r.Report
	v := &RunView{ID: r.ID, Label: r.Label, Repeats: r.Repeats, Redacted: o.Redact,
		Generated: o.now().In(o.loc()).Format("2006-01-02 15:04 MST"),
		Input:     rep.Target.Input, Description: rep.Target.Describe(), Notice: rep.Target.Notice(),
		Tested:   rep.Target.HostPort(),
		When:     rep.Started.In(o.loc()).Format("2006-01-02 15:04:05 MST"),
		Duration: fmtDuration(rep.Duration),
		OS:       rep.Env.OS + "/" + rep.Env.Arch, Hostname: rep.Env.Hostname, Version: rep.Version,
		Verdict: findingView(rep.Diagnosis.Verdict)}
	if rep.Addr != "" && rep.Addr != rep.Target.Host {
		v.Tested += " (" + rep.Addr + ")"
	}
	for _, f := range rep.Diagnosis.Secondary {
		v.Secondary = append(v.Secondary, findingView(f))
	}
	for _, e := range rep.Results.Entries() {
		raw, _ := json.MarshalIndent(e.Data, "", "  ")
		v.Checks = append(v.Checks, CheckView{ID: e.ID, Title: e.Title, Status: string(e.Status), Summary: e.Summary,
			Duration: fmtDuration(e.Duration), Figures: figures(e.Data), Raw: string(raw)})
	}
	v.Env = envFigures(rep.Env.DNSServers, rep.Env.Gateways, rep.Env.Interfaces, rep.Env.Proxy)
	v.Trace = traceOf(&rep.Results)
	v.Ping = pingOf(rep.Results.Ping)
	v.Phases = phasesOf(rep.Results.App)
	v.Path = pathOf(rep)
	return v
}

func findingView(f diagnose.Finding) FindingView {
	v := FindingView{Code: f.Code, Severity: string(f.Severity), Summary: f.Summary, Explanation: f.Explanation}
	// A connection that works has nothing to fix: its steps (run again
	// while the program fails) still say who takes them.
	if f.Severity != diagnose.SeverityOK {
		var who []string
		for _, a := range f.Who {
			who = append(who, string(a))
		}
		v.Who = strings.Join(who, ", ")
	}
	for i, s := range f.Fix {
		v.Fix = append(v.Fix, StepView{N: i + 1, Text: s.Text, Who: string(s.Who), Command: s.Command, Prompt: s.Shell.Prompt(), Admin: s.Admin})
	}
	for _, e := range f.Evidence {
		v.Evidence = append(v.Evidence, EvidenceView{Check: e.Check, Text: e.Text})
	}
	return v
}

// figures are the key numbers of each kind of check.
func figures(data any) []Figure {
	var f []Figure
	add := func(n, v string) { f = append(f, Figure{n, v}) }
	switch r := data.(type) {
	case *probes.LocalResult:
		if r.Route != nil {
			add("route", routeText(r.Route))
		}
		if g := r.Gateway; g != nil {
			add("gateway", fmt.Sprintf("%s — %d/%d pings answered, ARP %s", g.Addr, g.PingRecv, g.PingSent, g.Neighbor))
		}
	case *probes.FirewallResult:
		if r.Backend != "" {
			add("firewall", r.Backend+" "+strings.Join(r.Managers, ", "))
		}
		for _, p := range r.Policies {
			add("outbound policy", p)
		}
		if v := r.Verdict; v != nil {
			add("decides", v.Action+" — "+v.Where)
			if v.Rule != "" {
				add("rule", v.Rule)
			}
		}
		for _, u := range r.Uncertain {
			add("not evaluated", u)
		}
		for _, n := range r.Notes {
			add("note", n)
		}
	case *probes.ProxyResult:
		for _, d := range r.Decisions {
			add(d.Source, strings.TrimSpace(d.Choice+" "+d.Detail))
		}
		if r.Proxy != "" {
			add("proxy used", r.Proxy)
		}
		if r.Tunnel != "" {
			add("CONNECT answer", r.Tunnel+" in "+ms(r.TunnelTime))
		}
	case *probes.DNSResult:
		add("system answer", r.System.Text())
		for _, s := range r.Servers {
			add("server "+s.Server, s.Lookup.Text()+" in "+ms(s.RTT))
		}
		for _, h := range r.Hosts {
			add("hosts file line "+fmt.Sprint(h.Line), h.Addr+" "+strings.Join(h.Names, " "))
		}
	case *probes.PortResult:
		if r.Status == probes.StatusSkip {
			break
		}
		add("state", string(r.State))
		if r.Errno != "" {
			add("socket error", r.Errno)
		}
		if r.State == probes.PortOpen {
			add("connect time", ms(r.Connect))
		}
		if r.SynSent > 0 {
			add("SYNs sent", fmt.Sprint(r.SynSent))
		}
		if r.ICMP != nil {
			add("ICMP", fmt.Sprintf("%s from %s (type %d code %d)", r.ICMP.Text, r.ICMP.From, r.ICMP.Type, r.ICMP.Code))
		}
	case *probes.PingResult:
		if r.Sent > 0 {
			add("replies", fmt.Sprintf("%d of %d (%.0f%% loss)", r.Recv, r.Sent, r.Loss))
			add("round trip min/avg/max", ms(r.Min)+" / "+ms(r.Avg)+" / "+ms(r.Max))
			add("jitter", ms(r.Jitter))
		}
	case *probes.TraceResult:
		if r.Status != probes.StatusSkip {
			add("reached", fmt.Sprint(r.Reached))
			add("last hop", fmt.Sprintf("%d (%s)", r.LastTTL, r.LastAddr))
		}
	case *probes.MTUResult:
		if r.Status != probes.StatusSkip {
			add("path MTU", fmt.Sprintf("%d bytes (interface %s: %d)", r.PathMTU, r.Iface, r.IfaceMTU))
			if r.FragNeeded {
				add("fragmentation needed", fmt.Sprintf("from %s, next hop MTU %d", r.FragFrom, r.NextHopMTU))
			}
		}
	case *probes.AppResult:
		if r.Status == probes.StatusSkip {
			break
		}
		add("URL", r.URL)
		if r.Proxy != "" {
			add("proxy", r.Proxy)
		}
		if r.StatusCode != 0 {
			add("HTTP status", fmt.Sprintf("%d (Server: %s)", r.StatusCode, r.Server))
		}
		p := r.Phases
		add("phases", fmt.Sprintf("connect %s, TLS %s, request sent %s, first byte %s, done %s", ms(p.Connect), ms(p.TLS), ms(p.Wrote), ms(p.FirstByte), ms(p.Body)))
		if t := r.TLS; t != nil {
			add("certificate", fmt.Sprintf("%s, issued by %s, valid %s to %s, trusted: %v", t.Subject, t.Issuer, t.NotBefore.Format("2006-01-02"), t.NotAfter.Format("2006-01-02"), t.Trusted))
		}
		if r.FailedAt != "" {
			add("failed at", r.FailedAt+": "+r.Error)
		}
	}
	return f
}

func routeText(r *probes.Route) string {
	if r.Unknown {
		return "to " + r.To + " could not be determined: " + r.Error
	}
	if !r.Found {
		return "none to " + r.To
	}
	return fmt.Sprintf("to %s via %s from %s", r.To, r.Iface, r.Source)
}

func ms(m probes.Millis) string { return m.Text() }

func fmtDuration(d time.Duration) string { return ms(probes.Millis(d)) }
