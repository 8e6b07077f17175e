package report

import (
	"fmt"
	"io"
	"strings"
)

// PDF writes a run report. Its first page tells the whole story — the
// verdict, the way to the target, what to do and the key figures — and the
// pages after it hold the evidence and every check's figures. Each check's
// raw result is added as an appendix only when o.Raw is set.
func PDF(w io.Writer, v *RunView, o Options) error {
	title := "run report"
	if v.ID != 0 {
		title = fmt.Sprintf("run %d", v.ID)
	}
	d := newDoc(o, title)
	d.para("sans", "B", 10, "skip", runHead(v))
	d.Ln(2)
	if v.Notice != "" {
		d.para("sans", "B", 10, "warn", v.Notice)
		d.Ln(2)
	}
	d.keep(func(d *doc) { d.verdict(v.Verdict, true) })
	if len(v.Path.Stops) > 0 {
		d.section("The way to the target", func(d *doc) { d.pathStrip(v.Path) })
	}
	if len(v.Verdict.Fix) > 0 {
		d.section(whatToDo(v.Verdict), d.stepBlocks(v.Verdict.Fix)...)
	}
	d.section("Key figures", keyFigures(v)...)
	if len(v.Verdict.Evidence) > 0 {
		d.section("Evidence", evidenceBlocks(v.Verdict.Evidence)...)
	}
	if len(v.Secondary) > 0 {
		var blocks []func(*doc)
		for _, f := range v.Secondary {
			blocks = append(blocks, func(d *doc) { d.verdict(f, false) })
		}
		d.section("Also found", blocks...)
	}
	d.hops(v.Trace)
	for _, c := range charts(v, false, true) {
		d.keep(func(d *doc) { d.image(c.PNG) })
	}
	d.section("Every check", checkBlocks(v.Checks)...)
	d.section("This computer", func(d *doc) {
		d.kv([]Figure{{"Target as given", v.Input}, {"Tested", v.Tested + " — " + v.Description},
			{"Machine", v.Hostname + " (" + v.OS + "), Connection Doctor " + v.Version}})
		d.kv(v.Env)
	})
	if o.Raw {
		d.rawAppendix(v.Checks)
	}
	d.Ln(4)
	note := "Generated " + v.Generated + ". Passwords in URLs are always removed."
	if v.Redacted {
		note += " Host names and addresses are replaced by placeholders."
	}
	if !o.Raw {
		note += " Each check's raw result is left out (export with raw data to add it)."
	}
	d.keep(func(d *doc) { d.para("sans", "", 8, "skip", note) })
	return d.Output(w)
}

// runHead is the line above the verdict: which run, when, how long.
func runHead(v *RunView) string {
	parts := []string{"Connection Doctor report"}
	if v.ID != 0 {
		parts = append(parts, fmt.Sprintf("run %d", v.ID))
	}
	if v.Label != "" {
		parts = append(parts, "“"+v.Label+"”")
	}
	if v.Repeats != 0 {
		parts = append(parts, fmt.Sprintf("repeats run %d", v.Repeats))
	}
	return strings.Join(append(parts, v.When, "took "+v.Duration), " · ")
}

// whatToDo is the title of the fix steps, naming who can act.
func whatToDo(f FindingView) string {
	if f.Who == "" {
		return "What to do"
	}
	return "What to do — " + f.Who
}

// verdict writes a finding in a box of its severity's colour: summary,
// who can fix it, code and explanation. The primary one is set large.
func (d *doc) verdict(f FindingView, primary bool) {
	size := 11.5
	if primary {
		size = 15
	}
	d.box(f.Severity, func(d *doc) {
		d.para("sans", "B", size, f.Severity, f.Summary)
		d.Ln(0.5)
		line := "Problem code " + f.Code
		if f.Who != "" {
			line = "Who can fix it: " + f.Who + " · " + line
		}
		d.para("sans", "", 8.5, "skip", line)
		d.Ln(1)
		d.para("sans", "", 9.5, "", f.Explanation)
		if !primary {
			for _, s := range f.Fix {
				d.bullet("•", 9, s.Text+" ["+s.Who+"]")
			}
		}
	})
	d.Ln(1)
}

// stepBlocks are the fix steps as a checklist, one block each.
func (d *doc) stepBlocks(steps []StepView) []func(*doc) {
	var out []func(*doc)
	for _, s := range steps {
		out = append(out, func(d *doc) {
			x, y := d.GetXY()
			d.SetDrawColor(91, 100, 112)
			d.Rect(x+0.5, y+0.8, 3.2, 3.2, "D")
			who := s.Who
			if s.Admin {
				who += ", needs admin rights"
			}
			d.row(cell{w: 6}, cell{family: "sans", size: 10, text: fmt.Sprintf("%d. %s", s.N, s.Text)})
			d.row(cell{w: 6}, cell{family: "sans", size: 8.5, colour: "skip", text: who})
			if s.Command != "" {
				d.row(cell{w: 6}, cell{family: "mono", size: 8.5, text: s.Prompt + s.Command})
			}
			d.Ln(1.5)
		})
	}
	return out
}

// pathStrip draws This PC → gateway → hops → target side by side, each
// with a bar and its detail in the colour of its state.
func (d *doc) pathStrip(p PathView) {
	const gap = 5.0
	n := float64(len(p.Stops))
	w := (d.width - gap*(n-1)) / n
	x0, y0 := d.GetXY()
	bottom := y0
	for i, s := range p.Stops {
		x := x0 + float64(i)*(w+gap)
		c := colour(string(s.Status))
		d.SetFillColor(c[0], c[1], c[2])
		d.Rect(x, y0, w, 1.2, "F")
		d.SetXY(x, y0+2)
		d.font("sans", "B", 8.5, "")
		d.MultiCell(w, 3.8, pdfText(s.Name), "", "L", false)
		if s.Addr != "" {
			d.SetX(x)
			d.font("mono", "", 7.5, "")
			d.MultiCell(w, 3.4, pdfText(s.Addr), "", "L", false)
		}
		d.SetX(x)
		d.font("sans", "", 7.5, string(s.Status))
		d.MultiCell(w, 3.4, pdfText(s.Detail), "", "L", false)
		bottom = max(bottom, d.GetY())
		if i+1 < len(p.Stops) {
			d.SetXY(x+w, y0+2)
			d.font("sans", "B", 10, "skip")
			d.CellFormat(gap, 4, "→", "", 0, "C", false, 0, "")
		}
	}
	d.SetXY(x0, bottom+2)
}

// keyFigures are the figures that matter on the first page: what was
// tested, when, and each check's outcome in a line.
func keyFigures(v *RunView) []func(*doc) {
	out := []func(*doc){func(d *doc) {
		d.kv([]Figure{{"Tested", v.Tested}, {"When", v.When + ", took " + v.Duration}})
		d.Ln(1)
	}}
	for _, c := range v.Checks {
		out = append(out, func(d *doc) {
			d.row(cell{w: 16, family: "sans", style: "B", size: 8.5, colour: c.Status, text: c.Status, upper: true},
				cell{w: 40, family: "sans", style: "B", size: 9, text: c.Title},
				cell{family: "sans", size: 9, text: c.Summary})
			d.Ln(0.8)
		})
	}
	return out
}

// evidenceBlocks list the facts behind the verdict, one block each.
func evidenceBlocks(ev []EvidenceView) []func(*doc) {
	var out []func(*doc)
	for _, e := range ev {
		out = append(out, func(d *doc) {
			d.row(cell{w: 22, family: "mono", size: 8, colour: "skip", text: e.Check}, cell{family: "sans", size: 9.5, text: e.Text})
			d.Ln(1)
		})
	}
	return out
}

// hops writes the charted trace as a table: hop, address, latency, loss.
func (d *doc) hops(t *TraceView) {
	if t == nil || len(t.Hops) == 0 {
		return
	}
	title := "Hop by hop: " + t.Title
	if t.Failed {
		title += " (the one that failed)"
	}
	head := func(d *doc) {
		d.row(cell{w: 14, family: "sans", style: "B", size: 8.5, text: "Hop"}, cell{w: 70, family: "sans", style: "B", size: 8.5, text: "Address"},
			cell{w: 30, family: "sans", style: "B", size: 8.5, text: "Latency"}, cell{family: "sans", style: "B", size: 8.5, text: "Loss"})
	}
	blocks := []func(*doc){}
	for i, h := range t.Hops {
		blocks = append(blocks, func(d *doc) {
			if i == 0 || d.GetY() < d.top+0.5 {
				head(d) // again at the top of a new page
			}
			addr, lat, loss, st := h.Addr, fmt.Sprintf("%.2f ms", h.AvgMs), fmt.Sprintf("%.0f %%", h.Loss), "pass"
			switch {
			case addr == "":
				addr, lat, st = "* (no answer)", "—", "skip"
			case h.Loss > 0:
				st = "warn"
			}
			if h.Note != "" {
				addr += " (" + h.Note + ")"
			}
			d.row(cell{w: 14, family: "sans", size: 8.5, text: fmt.Sprint(h.TTL)}, cell{w: 70, family: "mono", size: 8, text: addr},
				cell{w: 30, family: "sans", size: 8.5, text: lat}, cell{family: "sans", size: 8.5, colour: st, text: loss})
		})
	}
	d.section(title, blocks...)
}

// checkBlocks are the checks in detail: status, title, time, summary and
// figures, one block each.
func checkBlocks(checks []CheckView) []func(*doc) {
	var out []func(*doc)
	for _, c := range checks {
		out = append(out, func(d *doc) {
			d.row(cell{w: 16, family: "sans", style: "B", size: 9, colour: c.Status, text: c.Status, upper: true},
				cell{family: "sans", style: "B", size: 9.5, text: c.Title + "  (" + c.Duration + ")"})
			d.row(cell{w: 16}, cell{family: "sans", size: 9.5, text: c.Summary})
			if len(c.Figures) > 0 {
				d.Ln(0.5)
				d.SetX(d.GetX() + 16)
				d.width -= 16
				d.kv(c.Figures)
				d.width += 16
				l, _, _, _ := d.GetMargins()
				d.SetX(l)
			}
			d.Ln(1.5)
		})
	}
	return out
}

// rawAppendix writes each check's full result, on pages of their own.
func (d *doc) rawAppendix(checks []CheckView) {
	d.AddPage()
	d.para("sans", "B", 12.5, "", "Appendix: raw result of each check")
	for _, c := range checks {
		if d.bottom-d.GetY() < 40 {
			d.AddPage()
		}
		d.heading(strings.ToUpper(c.Status) + " — " + c.Title + " (" + c.ID + ")")
		d.para("mono", "", 7, "", c.Raw)
	}
}
