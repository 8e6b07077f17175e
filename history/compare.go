package history

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/conndoctor/conndoctor/diagnose"
	"github.com/conndoctor/conndoctor/engine"
	"github.com/conndoctor/conndoctor/probes"
)

// Change says how something differs between two runs.
type Change string

// Changes, from the user's point of view.
const (
	Fixed       Change = "fixed"        // failed or warned before, passes now
	Broken      Change = "broken"       // passed before, fails or warns now
	Changed     Change = "changed"      // different, neither clearly better nor worse
	Unchanged   Change = "unchanged"    // the same
	Added       Change = "added"        // only in the later run
	Removed     Change = "removed"      // only in the earlier run
	NotCompared Change = "not compared" // the runs tested different targets
)

// changeRank orders checks for display: what moved first, worst first.
var changeRank = map[Change]int{Broken: 0, Fixed: 1, Changed: 2, Added: 3, Removed: 4, Unchanged: 5, NotCompared: 5}

// Outcome is the answer a comparison gives at a glance.
type Outcome string

// Outcomes of a comparison.
const (
	OutcomeFixed        Outcome = "fixed"             // a problem before, none now
	OutcomeStillFailing Outcome = "still_failing"     // the same problem in both runs
	OutcomeChanged      Outcome = "changed"           // a different problem now
	OutcomeBroken       Outcome = "broken"            // no problem before, one now
	OutcomeStillWorking Outcome = "still_working"     // no problem in either run
	OutcomeOtherTargets Outcome = "different_targets" // not a before and after
)

// outcomeTitles are the banner words of each outcome.
var outcomeTitles = map[Outcome]string{
	OutcomeFixed: "Fixed", OutcomeStillFailing: "Still failing", OutcomeChanged: "Changed",
	OutcomeBroken: "Now failing", OutcomeStillWorking: "Still working", OutcomeOtherTargets: "Different targets",
}

// Title is the outcome in one or two words, for a banner ("Still failing").
func (o Outcome) Title() string { return outcomeTitles[o] }

// Severity is how the outcome should look: ok (fixed, still working),
// problem (still failing, now failing) or warning (changed, not comparable).
func (o Outcome) Severity() diagnose.Severity {
	switch o {
	case OutcomeFixed, OutcomeStillWorking:
		return diagnose.SeverityOK
	case OutcomeStillFailing, OutcomeBroken:
		return diagnose.SeverityProblem
	}
	return diagnose.SeverityWarning
}

// Side describes one of the two runs compared.
type Side struct {
	ID             int64     `json:"id"`
	Started        time.Time `json:"started"`
	Label          string    `json:"label,omitempty"`
	Input          string    `json:"input"`
	Target         string    `json:"target"`
	VerdictCode    string    `json:"verdict_code"`
	VerdictSummary string    `json:"verdict_summary"`
}

// Metric is one figure of a check in both runs.
type Metric struct {
	// Name of the figure ("port state", "average RTT").
	Name string `json:"name"`
	// Before and After are the values as text ("" when absent).
	Before string `json:"before"`
	After  string `json:"after"`
	// Delta is After-Before for numbers, with the unit ("+12.5 ms").
	Delta string `json:"delta,omitempty"`
	// Key marks figures whose change means the check changed; timings are
	// not key, since they always move a little.
	Key bool `json:"key"`
}

// CheckDiff compares one check.
type CheckDiff struct {
	ID string `json:"id"`
	// Title names the check; "TCP port 8081 / TCP port 9001" when the two
	// runs named it differently.
	Title  string        `json:"title"`
	Before probes.Status `json:"before,omitempty"`
	After  probes.Status `json:"after,omitempty"`
	// SummaryBefore and SummaryAfter are the check's one-line summaries.
	SummaryBefore string `json:"summary_before,omitempty"`
	SummaryAfter  string `json:"summary_after,omitempty"`
	// Change is how the check moved; NotCompared when the targets differ.
	Change Change `json:"change"`
	// Metrics are the check's figures in both runs; none when the targets
	// differ.
	Metrics []Metric `json:"metrics"`
}

// EnvDiff is one machine setting that differs.
type EnvDiff struct {
	Field  string `json:"field"`
	Before string `json:"before"`
	After  string `json:"after"`
}

// Comparison is the before/after view of two runs. Every renderer (the
// wizard, the CLI, HTML and PDF) shows it as it is: the judgement is made
// here, once.
type Comparison struct {
	Before Side `json:"before"`
	After  Side `json:"after"`
	// SameTarget says both runs tested the same host and port; Note says
	// so in words when they did not.
	SameTarget bool   `json:"same_target"`
	Note       string `json:"note,omitempty"`
	// Outcome is the answer at a glance; Headline says it in a sentence.
	Outcome  Outcome `json:"outcome"`
	Headline string  `json:"headline"`
	// Verdict says how the overall result moved (NotCompared when the
	// targets differ).
	Verdict Change `json:"verdict"`
	// Checks compares each check: those that moved first (broken, fixed,
	// changed, added, removed), then the unchanged, each group in display
	// order. When the targets differ they keep display order and every
	// Change is NotCompared.
	Checks []CheckDiff `json:"checks"`
	// Env lists the machine settings that differ.
	Env []EnvDiff `json:"env"`
}

// Compare compares run a (before) with run b (after).
func Compare(a, b *Run) Comparison {
	c := Comparison{Before: side(a), After: side(b), Env: []EnvDiff{}}
	c.SameTarget = strings.EqualFold(c.Before.Target, c.After.Target)
	before, after := entries(&a.Report), entries(&b.Report)
	for _, id := range order(a, b) {
		c.Checks = append(c.Checks, diffCheck(id, before[id], after[id], c.SameTarget))
	}
	if c.SameTarget {
		c.Verdict = verdictChange(c.Before.VerdictCode, c.After.VerdictCode)
		slices.SortStableFunc(c.Checks, func(x, y CheckDiff) int { return changeRank[x.Change] - changeRank[y.Change] })
	} else {
		c.Verdict = NotCompared
		c.Note = fmt.Sprintf("These runs tested different targets (%s and %s), so they are not a before and after: each side shows its own result, and no check is marked fixed or broken.", c.Before.Target, c.After.Target)
	}
	c.Outcome, c.Headline = outcome(c)
	c.Env = diffEnv(a.Report.Env, b.Report.Env)
	return c
}

// outcome judges the comparison and says it: a sentence, then the later
// run's verdict.
func outcome(c Comparison) (Outcome, string) {
	was, is := c.Before.VerdictCode == diagnose.CodeHealthy, c.After.VerdictCode == diagnose.CodeHealthy
	now := sentence(c.After.VerdictSummary)
	switch {
	case !c.SameTarget:
		return OutcomeOtherTargets, c.Note
	case !was && is:
		return OutcomeFixed, "The problem found before (" + c.Before.VerdictCode + ") is gone. " + now
	case was && is:
		return OutcomeStillWorking, "No problem was found in either run. " + now
	case was:
		return OutcomeBroken, "It worked before, and fails now. " + now
	case c.Before.VerdictCode == c.After.VerdictCode:
		return OutcomeStillFailing, "The same problem as before (" + c.After.VerdictCode + "). " + now
	}
	return OutcomeChanged, "A different problem now: " + c.Before.VerdictCode + " before, " + c.After.VerdictCode + " now. " + now
}

// sentence ends s with a full stop unless it has one.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") {
		return s
	}
	return s + "."
}

func side(r *Run) Side {
	v := r.Report.Diagnosis.Verdict
	return Side{ID: r.ID, Started: r.Report.Started, Label: r.Label, Input: r.Report.Target.Input,
		Target: r.Report.Target.HostPort(), VerdictCode: v.Code, VerdictSummary: v.Summary}
}

func verdictChange(before, after string) Change {
	switch {
	case before == after:
		return Unchanged
	case after == diagnose.CodeHealthy:
		return Fixed
	case before == diagnose.CodeHealthy:
		return Broken
	}
	return Changed
}

func entries(r *engine.Report) map[string]probes.Entry {
	m := map[string]probes.Entry{}
	for _, e := range r.Results.Entries() {
		m[e.ID] = e
	}
	return m
}

// order lists check IDs: the earlier run's order, then any new ones.
func order(a, b *Run) []string {
	var ids []string
	for _, r := range []*Run{a, b} {
		for _, e := range r.Report.Results.Entries() {
			if !slices.Contains(ids, e.ID) {
				ids = append(ids, e.ID)
			}
		}
	}
	return ids
}

// diffCheck compares one check of both runs; comparable says the runs
// tested the same target, so a difference is a change.
func diffCheck(id string, a, b probes.Entry, comparable bool) CheckDiff {
	d := CheckDiff{ID: id}
	var ma, mb map[string]figure
	if a.Check != nil {
		d.Title, d.Before, d.SummaryBefore, ma = a.Title, a.Status, a.Summary, figures(a.Data)
	}
	if b.Check != nil {
		d.After, d.SummaryAfter, mb = b.Status, b.Summary, figures(b.Data)
		if d.Title == "" {
			d.Title = b.Title
		} else if b.Title != d.Title {
			d.Title += " / " + b.Title
		}
	}
	keyChanged := false
	names := slices.Sorted(maps.Keys(union(ma, mb)))
	for _, n := range names {
		fa, fb := ma[n], mb[n]
		m := Metric{Name: n, Before: fa.text, After: fb.text, Key: fa.key || fb.key}
		if fa.num != nil && fb.num != nil && fa.unit == fb.unit {
			m.Delta = fmt.Sprintf("%+.1f %s", *fb.num-*fa.num, fa.unit)
		}
		if m.Key && m.Before != m.After {
			keyChanged = true
		}
		d.Metrics = append(d.Metrics, m)
	}
	if !comparable {
		// Figures of two different targets side by side read as a
		// change ("port state: filtered → open"): statuses only.
		d.Change, d.Metrics = NotCompared, []Metric{}
		return d
	}
	d.Change = statusChange(a.Check != nil, b.Check != nil, d.Before, d.After, keyChanged)
	return d
}

func statusChange(hasA, hasB bool, a, b probes.Status, keyChanged bool) Change {
	good := func(s probes.Status) bool { return s == probes.StatusPass }
	bad := func(s probes.Status) bool {
		return s == probes.StatusFail || s == probes.StatusWarn || s == probes.StatusError
	}
	switch {
	case !hasA:
		return Added
	case !hasB:
		return Removed
	case bad(a) && good(b):
		return Fixed
	case good(a) && bad(b):
		return Broken
	case a != b || keyChanged:
		return Changed
	}
	return Unchanged
}

// figure is one value of a check: text, and a number with its unit when it
// is one.
type figure struct {
	text string
	num  *float64
	unit string
	key  bool
}

func txt(s string) figure { return figure{text: s, key: true} }

func num(v float64, unit string) figure {
	return figure{text: strconv.FormatFloat(v, 'f', -1, 64) + " " + unit, num: &v, unit: unit}
}

// union returns the keys and values of both maps, b's winning.
func union[V any](a, b map[string]V) map[string]V {
	m := map[string]V{}
	maps.Copy(m, a)
	maps.Copy(m, b)
	return m
}

// figures extracts the comparable figures of each kind of check.
func figures(data any) map[string]figure {
	m := map[string]figure{}
	switch r := data.(type) {
	case *probes.LocalResult:
		if r.Route != nil {
			m["route"] = txt(routeText(r.Route))
		}
		if g := r.Gateway; g != nil {
			m["gateway"] = txt(fmt.Sprintf("%s answered=%v", g.Addr, g.Answered))
		}
	case *probes.FirewallResult:
		m["blocked"] = txt(strconv.FormatBool(r.Blocked))
		if r.Verdict != nil {
			m["deciding rule"] = txt(r.Verdict.Where + " " + r.Verdict.Rule)
		}
	case *probes.ProxyResult:
		m["proxy"] = txt(r.Proxy)
		m["proxy reachable"] = txt(strconv.FormatBool(r.Reachable))
		m["tunnel"] = txt(r.Tunnel)
	case *probes.DNSResult:
		m["answer"] = txt(r.System.Text())
		m["lookup time"] = num(round(r.System.RTT), "ms")
		ok := 0
		for _, s := range r.Servers {
			if s.Kind == probes.AnswerOK || s.Kind == probes.AnswerNXDomain || s.Kind == probes.AnswerNoData {
				ok++
			}
		}
		m["servers answering"] = txt(fmt.Sprintf("%d of %d", ok, len(r.Servers)))
		m["hosts override"] = txt(strconv.FormatBool(r.HostsOverride))
	case *probes.PortResult:
		m["port state"] = txt(string(r.State))
		if r.State == probes.PortOpen {
			m["connect time"] = num(round(r.Connect), "ms")
		}
	case *probes.PingResult:
		if r.Sent > 0 {
			loss := num(r.Loss, "%")
			loss.key = true
			loss.text = fmt.Sprintf("%.0f %%", r.Loss)
			m["loss"] = loss
			m["average RTT"] = num(round(r.Avg), "ms")
		}
	case *probes.TraceResult:
		if r.Status != probes.StatusSkip {
			m["reached"] = txt(strconv.FormatBool(r.Reached))
			m["last hop"] = txt(fmt.Sprintf("%d %s", r.LastTTL, r.LastAddr))
		}
	case *probes.MTUResult:
		if r.Status != probes.StatusSkip {
			m["path MTU"] = txt(strconv.Itoa(r.PathMTU))
			m["black hole"] = txt(strconv.FormatBool(r.Blackhole))
		}
	case *probes.AppResult:
		if r.Status != probes.StatusSkip {
			m["outcome"] = txt(appOutcome(r))
			for name, v := range map[string]probes.Millis{"connect": r.Phases.Connect, "TLS handshake": r.Phases.TLS, "first byte": r.Phases.FirstByte, "complete": r.Phases.Body} {
				if v > 0 {
					m[name+" at"] = num(round(v), "ms")
				}
			}
		}
	}
	return m
}

// appOutcome names how the request ended: "HTTP 200", "failed at tls"...
func appOutcome(r *probes.AppResult) string {
	switch {
	case r.FailedAt != "":
		return "failed at " + r.FailedAt
	case r.TLS != nil && !r.TLS.Trusted:
		return "certificate not trusted"
	case r.StatusCode != 0:
		return "HTTP " + strconv.Itoa(r.StatusCode)
	}
	return "ok"
}

func routeText(r *probes.Route) string {
	if r.Unknown {
		return "route unknown"
	}
	if !r.Found {
		return "no route"
	}
	return "via " + r.Iface
}

func round(m probes.Millis) float64 {
	return float64(m.D().Microseconds()/10) / 100
}

// diffEnv lists the machine settings that differ between two snapshots.
func diffEnv(a, b engine.Environment) []EnvDiff {
	var out []EnvDiff
	add := func(field, x, y string) {
		if x != y {
			out = append(out, EnvDiff{Field: field, Before: x, After: y})
		}
	}
	add("hostname", a.Hostname, b.Hostname)
	add("DNS servers", strings.Join(a.DNSServers, ", "), strings.Join(b.DNSServers, ", "))
	add("default gateways", gatewaysText(a), gatewaysText(b))
	add("interfaces", ifacesText(a), ifacesText(b))
	for _, k := range slices.Sorted(maps.Keys(union(a.Proxy, b.Proxy))) {
		add("proxy "+k, a.Proxy[k], b.Proxy[k])
	}
	if out == nil {
		out = []EnvDiff{}
	}
	return out
}

func gatewaysText(e engine.Environment) string {
	var s []string
	for _, g := range e.Gateways {
		s = append(s, g.Addr+" ("+g.Iface+")")
	}
	return strings.Join(s, ", ")
}

func ifacesText(e engine.Environment) string {
	var s []string
	for _, i := range e.Interfaces {
		s = append(s, i.Name+" "+strings.Join(i.Addrs, " "))
	}
	return strings.Join(s, "; ")
}
