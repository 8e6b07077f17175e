package report

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/conndoctor/conndoctor/engine/watch"
	"github.com/conndoctor/conndoctor/history"
)

// maxPDFFailed is how many failed samples the PDF lists one by one.
const maxPDFFailed = 200

// WatchPDF writes a watch as a PDF: the summary sentence, the timeline
// chart, the failure windows with their diagnoses and what happened on the
// computer meanwhile, the events, and the failed samples. Give it the copy
// ScrubWatch returned.
func WatchPDF(out io.Writer, w *history.SavedWatch, o Options) error {
	loc := o.loc()
	clock := func(t time.Time) string { return t.In(loc).Format("2006-01-02 15:04:05") }
	d := newDoc(o, fmt.Sprintf("watch %d", w.ID))
	wd := NewWatchDoc(w, loc)
	d.para("sans", "B", 10, "skip", fmt.Sprintf("Connection Doctor · watch %d", w.ID))
	d.Ln(1)
	d.para("sans", "B", 16, "", "Watch of "+w.Input)
	ended := "not ended"
	if !w.Ended.IsZero() {
		ended = clock(w.Ended)
	}
	d.para("sans", "", 9.5, "skip", fmt.Sprintf("%s – %s, a sample every %s, %s tested", clock(w.Started), ended, w.Every, w.Target))
	d.Ln(2)
	tone := "pass"
	if w.Failed > 0 {
		tone = "fail"
	}
	d.keep(func(d *doc) {
		d.box(tone, func(d *doc) { d.para("sans", "B", 11, "", wd.Summary) })
	})
	d.Ln(2)
	d.keep(func(d *doc) { d.image(watchChart(w, LightPalette, false)) })
	if len(wd.Windows) > 0 {
		d.section("Failure windows", windowBlocks(wd.Windows, clock)...)
	}
	if len(w.Events) > 0 {
		d.section("On this computer", func(d *doc) {
			for _, e := range w.Events {
				d.bullet("•", 9.5, clock(e.At)+"  "+e.Detail)
			}
		})
	}
	var failed []watch.Sample
	for _, s := range w.Samples {
		if !s.OK {
			failed = append(failed, s)
		}
	}
	if len(failed) > 0 {
		title := "Failed samples"
		if len(failed) > maxPDFFailed {
			title = fmt.Sprintf("Failed samples (the first %d of %d)", maxPDFFailed, len(failed))
			failed = failed[:maxPDFFailed]
		}
		d.section(title, func(d *doc) {
			for _, s := range failed {
				d.row(cell{w: 40, family: "sans", size: 9, colour: "skip", text: clock(s.At)},
					cell{family: "sans", size: 9, text: s.Why})
			}
		})
	}
	return d.Output(out)
}

// windowBlocks are the failure windows, one block each.
func windowBlocks(ws []watch.Window, clock func(time.Time) string) []func(*doc) {
	var out []func(*doc)
	for _, win := range ws {
		out = append(out, func(d *doc) {
			d.para("sans", "B", 10, "fail", fmt.Sprintf("%s – %s: %s failed", clock(win.From), clock(win.To), samplesText(win.Failed)))
			var parts []string
			if h := win.Hop; h != nil {
				name := fmt.Sprintf("hop %d", h.TTL)
				if h.Addr != "" {
					name += " (" + h.Addr + ")"
				}
				parts = append(parts, fmt.Sprintf("%s lost %.0f%% of %d probes", name, h.Loss, h.Sent))
			}
			for _, e := range win.Events {
				parts = append(parts, e.Detail+" at "+clock(e.At))
			}
			if len(win.RunIDs) > 0 {
				ids := make([]string, len(win.RunIDs))
				for i, id := range win.RunIDs {
					ids[i] = fmt.Sprint(id)
				}
				parts = append(parts, "diagnosed in run "+strings.Join(ids, ", ")+" (conndoctor-cli history show ID)")
			}
			for _, p := range parts {
				d.bullet("–", 9.5, p)
			}
			d.Ln(1.5)
		})
	}
	return out
}

func samplesText(n int) string {
	if n == 1 {
		return "1 sample"
	}
	return fmt.Sprintf("%d samples", n)
}
