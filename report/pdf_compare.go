package report

import (
	"fmt"
	"io"
)

// ComparePDF writes a comparison report: the outcome in a banner ("Fixed",
// "Still failing", "Changed"…), both runs, then the checks as history
// ordered them (those that moved first). When the runs tested different
// targets each side shows its own statuses and nothing is called fixed.
func ComparePDF(w io.Writer, v *CompareView, o Options) error {
	d := newDoc(o, fmt.Sprintf("run %d → run %d", v.Before.ID, v.After.ID))
	d.para("sans", "B", 10, "skip", fmt.Sprintf("Connection Doctor · before and after · run %d → run %d", v.Before.ID, v.After.ID))
	d.Ln(2)
	d.keep(func(d *doc) {
		d.box(v.Tone, func(d *doc) {
			d.para("sans", "B", 20, v.Tone, v.OutcomeTitle)
			d.Ln(1)
			d.para("sans", "", 10, "", v.Headline)
		})
	})
	d.Ln(2)
	d.keep(func(d *doc) { d.sides(v) })
	title := "Check by check — what moved first"
	if !v.SameTarget {
		title = "Each run's own checks (different targets: not compared)"
	}
	d.section(title, diffBlocks(v)...)
	d.section("On this computer", func(d *doc) {
		if len(v.Env) == 0 {
			d.para("sans", "", 10, "", "No network setting changed between the runs.")
		}
		d.kv(v.Env)
	})
	if v.After.VerdictCode != "healthy" {
		d.section("Still to do", func(d *doc) { d.verdict(v.AfterVerdict, false) })
	}
	return d.Output(w)
}

// sides writes the two runs in two columns.
func (d *doc) sides(v *CompareView) {
	col := (d.width - 6) / 2
	lines := func(name string, s SideView) string {
		head := fmt.Sprintf("%s — run %d", name, s.ID)
		if s.Label != "" {
			head += " “" + s.Label + "”"
		}
		return head
	}
	d.row(cell{w: col + 6, family: "sans", style: "B", size: 10.5, text: lines("Before", v.Before)},
		cell{family: "sans", style: "B", size: 10.5, text: lines("After", v.After)})
	d.row(cell{w: col + 6, family: "sans", size: 9, colour: "skip", text: v.Before.When + " · " + v.Before.Target},
		cell{family: "sans", size: 9, colour: "skip", text: v.After.When + " · " + v.After.Target})
	d.row(cell{w: col + 6, family: "sans", size: 9.5, text: v.Before.VerdictSummary},
		cell{family: "sans", size: 9.5, text: v.After.VerdictSummary})
	d.row(cell{w: col + 6, family: "mono", size: 8.5, colour: "skip", text: v.Before.VerdictCode},
		cell{family: "mono", size: 8.5, colour: "skip", text: v.After.VerdictCode})
}

// diffBlocks are the checks, one block each: how it moved (only when the
// targets are the same), the check, and each side's status and summary,
// then the figures that differ.
func diffBlocks(v *CompareView) []func(*doc) {
	var out []func(*doc)
	for _, c := range v.Checks {
		out = append(out, func(d *doc) {
			if v.SameTarget {
				d.row(cell{w: 24, family: "sans", style: "B", size: 9, colour: c.Change, text: c.Change, upper: true},
					cell{family: "sans", style: "B", size: 9.5, text: c.Title})
			} else {
				d.row(cell{family: "sans", style: "B", size: 9.5, text: c.Title})
			}
			for _, s := range []struct{ name, status, summary string }{{"before", c.Before, c.SummaryBefore}, {"after", c.After, c.SummaryAfter}} {
				d.row(cell{w: 24}, cell{w: 14, family: "sans", size: 8.5, colour: "skip", text: s.name},
					cell{w: 12, family: "sans", style: "B", size: 8.5, colour: s.status, text: s.status, upper: true},
					cell{family: "sans", size: 9, text: s.summary})
			}
			if len(c.Metrics) > 0 {
				l, _, _, _ := d.GetMargins()
				d.SetX(l + 24)
				d.width -= 24
				d.kv(c.Metrics)
				d.width += 24
				d.SetX(l)
			}
			d.Ln(1.5)
		})
	}
	return out
}
