package report

import (
	"fmt"
	"html/template"
	"io"

	"github.com/conndoctor/conndoctor/history"
)

// SideView is one run of a comparison.
type SideView struct {
	ID                          int64
	Label, When, Input, Target  string
	VerdictCode, VerdictSummary string
}

// DiffView is one check of a comparison.
type DiffView struct {
	ID, Title, Before, After, Change string
	SummaryBefore, SummaryAfter      string
	// Metrics lists the figures that differ ("port state: filtered → open").
	Metrics []Figure
}

// CompareView is everything a comparison report shows.
type CompareView struct {
	Generated, Version string
	Before, After      SideView
	SameTarget         bool
	Note               string
	Verdict            string
	// Outcome is history's judgement (history.Outcome); OutcomeTitle its
	// banner words ("Still failing"), Headline the sentence under them and
	// Tone the severity it is shown in (ok, problem, warning).
	Outcome, OutcomeTitle, Headline, Tone string
	// Checks are in history's order: those that moved first.
	Checks []DiffView
	Env    []Figure
	// Fix is the later run's verdict, shown in full when something is
	// still wrong.
	AfterVerdict FindingView
	Redacted     bool
}

// BuildCompare makes the view of a comparison of run a (before) and b,
// from copies scrubbed together as o says (a name has the same placeholder
// in both).
func BuildCompare(a, b *history.Run, o Options) *CompareView {
	s := Scrub(o, a, b)
	a, b = s[0], s[1]
	c := history.Compare(a, b)
	side := func(s history.Side) SideView {
		return SideView{ID: s.ID, Label: s.Label, When: s.Started.In(o.loc()).Format("2006-01-02 15:04:05 MST"),
			Input: s.Input, Target: s.Target, VerdictCode: s.VerdictCode, VerdictSummary: s.VerdictSummary}
	}
	v := &CompareView{Generated: o.now().In(o.loc()).Format("2006-01-02 15:04 MST"), Version: b.Report.Version,
		Before: side(c.Before), After: side(c.After), SameTarget: c.SameTarget, Note: c.Note, Verdict: string(c.Verdict),
		Outcome: string(c.Outcome), OutcomeTitle: c.Outcome.Title(), Headline: c.Headline, Tone: string(c.Outcome.Severity()),
		AfterVerdict: findingView(b.Report.Diagnosis.Verdict), Redacted: o.Redact}
	for _, d := range c.Checks {
		dv := DiffView{ID: d.ID, Title: d.Title, Before: dash(string(d.Before)), After: dash(string(d.After)), Change: string(d.Change),
			SummaryBefore: d.SummaryBefore, SummaryAfter: d.SummaryAfter}
		for _, m := range d.Metrics {
			if m.Before == m.After {
				continue
			}
			val := dash(m.Before) + " → " + dash(m.After)
			if m.Delta != "" {
				val += " (" + m.Delta + ")"
			}
			dv.Metrics = append(dv.Metrics, Figure{m.Name, val})
		}
		v.Checks = append(v.Checks, dv)
	}
	for _, e := range c.Env {
		v.Env = append(v.Env, Figure{e.Field, dash(e.Before) + " → " + dash(e.After)})
	}
	return v
}

func dash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// CompareHTML writes a comparison report as one self-contained HTML file.
func CompareHTML(w io.Writer, v *CompareView) error {
	return cmpTmpl.Execute(w, struct {
		V   *CompareView
		CSS template.CSS
	}{v, template.CSS(css)})
}

// Title is a one-line name of the comparison.
func (v *CompareView) Title() string {
	return fmt.Sprintf("run %d → run %d: %s", v.Before.ID, v.After.ID, v.OutcomeTitle)
}
