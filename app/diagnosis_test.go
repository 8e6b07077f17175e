package app

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/conndoctor/conndoctor/diagnose"
	"github.com/conndoctor/conndoctor/engine"
	"github.com/conndoctor/conndoctor/history"
	"github.com/conndoctor/conndoctor/probes"
	"github.com/conndoctor/conndoctor/target"
)

// maxPageWidth is the widest a diagnosis page may ask the window to be:
// it must fit a 1024-pixel screen with the window's borders.
const maxPageWidth = 1000

// longRun is a run of a dropped port in which every string is one unbroken
// word of n characters: target, summaries, evidence, fix text and commands,
// figures, hop addresses, secondary findings.
func longRun(n int) *history.Run {
	word := func(c string) string { return strings.Repeat(c, n) }
	host := word("h")
	tg := target.Target{Input: word("i"), Host: host, Port: 443, Kind: target.KindHostPort, PortFrom: target.PortExplicit, Malformed: word("m")}
	set := scriptedSet(tg, probes.PortFiltered, "")
	set.Port.Summary, set.Port.Explain, set.Port.Errno = word("s"), word("x"), word("E")
	set.Port.Title = word("T")
	set.Local.Route = &probes.Route{To: host, Found: true, Iface: word("f"), Source: word("1")}
	set.Local.Gateway = &probes.GatewayCheck{Addr: word("g"), PingSent: 3, PingRecv: 3, Answered: true}
	set.DNS = &probes.DNSResult{Check: probes.Check{ID: "dns", Title: "Name lookup", Status: probes.StatusPass, Summary: word("d")},
		Name: host, Servers: []probes.ServerAnswer{{Server: word("r"), Lookup: probes.Lookup{Kind: probes.AnswerOK, Addrs: []string{word("a")}}}}}
	set.TraceTCP = &probes.TraceResult{Check: probes.Check{ID: "trace.tcp", Title: "Traceroute (TCP)", Status: probes.StatusFail, Summary: word("t")},
		Mode: probes.TraceTCP, Addr: host, Port: 443, LastTTL: 1, LastAddr: word("l"),
		Hops: []probes.Hop{{TTL: 1, Addr: word("l"), Sent: 2, Recv: 2, Avg: probes.Millis(time.Millisecond)}, {TTL: 2, Sent: 2, Loss: 100}}}
	d := diagnose.Diagnose(tg, &set)
	long := diagnose.Finding{Code: word("c"), Severity: diagnose.SeverityProblem, Summary: word("S"), Explanation: word("X"),
		Evidence: []diagnose.Evidence{{Check: word("k"), Text: word("e")}},
		Fix:      []diagnose.Step{{Text: word("F"), Who: diagnose.Actor(word("w")), Command: word("C"), Admin: true}},
		Who:      []diagnose.Actor{diagnose.Actor(word("w"))}}
	d.Verdict = long
	d.Secondary = append(d.Secondary, long)
	rep := engine.Report{Target: tg, Addr: word("A"), Started: time.Date(2026, 11, 22, 8, 0, 0, 0, time.UTC), Duration: 3 * time.Second,
		Version: word("v"), Results: set, Diagnosis: d,
		Env: engine.Environment{OS: word("o"), Arch: "amd64", Hostname: word("n"), DNSServers: []string{word("r")}}}
	return &history.Run{ID: 17, Label: word("L"), Report: rep}
}

// TestDiagnosisPageFitsWithLongText is the 3300-pixel window: a long line
// anywhere on the page, shown or collapsed, must wrap or scroll instead of
// widening the window.
func TestDiagnosisPageFitsWithLongText(t *testing.T) {
	h := newHarness(t, (&script{}).run)
	for _, n := range []int{400, 2000} {
		var p *diagnosisPage
		h.locked(func() { p = h.u.showDiagnosis(longRun(n), nil, nil) })
		h.waitFor("the charts", func() bool { return p.chartsLoaded })
		h.locked(func() {
			if w := p.content.MinSize().Width; w > maxPageWidth {
				t.Errorf("%d-character words: the page needs %.0f px, more than %d", n, w, maxPageWidth)
			}
			if w := h.u.win.Content().MinSize().Width; w > maxPageWidth {
				t.Errorf("%d-character words: the window needs %.0f px, more than %d", n, w, maxPageWidth)
			}
		})
	}
}

// TestDiagnosisPageFitsNarrowWindow lays the page out in a window 800
// pixels wide: nothing shown may reach past the window's right edge.
func TestDiagnosisPageFitsNarrowWindow(t *testing.T) {
	const width = 800
	h := newHarness(t, (&script{}).run)
	var p *diagnosisPage
	h.locked(func() {
		p = h.u.showDiagnosis(longRun(400), nil, nil)
		h.u.win.Resize(fyne.NewSize(width, 600))
	})
	h.waitFor("the charts", func() bool { return p.chartsLoaded })
	h.locked(func() {
		d := fyne.CurrentApp().Driver()
		walkShown(p.content, func(o fyne.CanvasObject) {
			if right := d.AbsolutePositionForObject(o).X + o.Size().Width; right > width+1 {
				t.Errorf("%T reaches %.0f px in a %d px window", o, right, width)
			}
		})
	})
}

// walkShown visits what is shown under o: it skips hidden objects and
// everything inside them.
func walkShown(o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	if o == nil || !o.Visible() {
		return
	}
	visit(o)
	switch c := o.(type) {
	case *fyne.Container:
		for _, child := range c.Objects {
			walkShown(child, visit)
		}
	case fyne.Widget:
		for _, child := range test.WidgetRenderer(c).Objects() {
			walkShown(child, visit)
		}
	}
}

// TestArrowsDrawnAlone is "→�": Fyne's text font has no "→", its symbol
// font has one but no space, and a space shaped after the arrow in the
// symbol font is drawn as "�". No text drawn on the checking or diagnosis
// step may go on after an arrow.
func TestArrowsDrawnAlone(t *testing.T) {
	h := newHarness(t, (&script{port: probes.PortFiltered}).run)
	h.start("app.example.com:443")
	h.waitFor("the diagnosis", func() bool { return h.u.diag != nil })
	r := longRun(3)
	r.Report.Results.TraceICMP.Summary = "reached 10.0.0.9 in 3 hops: 10.0.0.1 → 10.0.0.2 → 10.0.0.9"
	r.Report.Diagnosis.Verdict.Evidence[0].Text = "the path 10.0.0.1 → 10.0.0.2 → * stops"
	h.locked(func() { h.u.run.rows["trace.icmp"].finish(&r.Report.Results.TraceICMP.Check) })
	var p *diagnosisPage
	h.locked(func() { p = h.u.showDiagnosis(r, nil, nil) })
	if arrows := arrowsAlone(t, h, h.u.run.content, p.content); arrows < 4 {
		t.Errorf("only %d arrows drawn; the test did not see the texts", arrows)
	}
}

// TestCompareArrowsDrawnAlone: the comparison page's summaries and
// before → after lines are drawn like the diagnosis page's, no "→�".
func TestCompareArrowsDrawnAlone(t *testing.T) {
	h := newHarness(t, (&script{}).run)
	save := func(state probes.PortState, dns string) *history.Run {
		tg, err := target.Parse("app.example.com:443")
		if err != nil {
			t.Fatal(err)
		}
		rep := (&script{port: state}).run(context.Background(), tg, engine.Options{}, nil)
		rep.Results.TraceICMP.Summary = "reached 10.0.0.9 in 3 hops: 10.0.0.1 → 10.0.0.2 → 10.0.0.9"
		rep.Diagnosis.Verdict.Summary = "the path 10.0.0.1 → 10.0.0.2 → * stops"
		rep.Env.DNSServers = []string{dns}
		id, err := h.u.store.Save(rep, history.SaveOptions{})
		if err != nil {
			t.Fatal(err)
		}
		r, err := h.u.store.Get(id)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	a, b := save(probes.PortFiltered, "10.0.0.53"), save(probes.PortOpen, "10.0.0.54")
	var p *comparePage
	h.locked(func() { p = h.u.showCompare(a, b, nil) })
	if arrows := arrowsAlone(t, h, p.content); arrows < 4 {
		t.Errorf("only %d arrows drawn; the test did not see the texts", arrows)
	}
}

// arrowsAlone fails the test for every text drawn on objs that goes on
// after an arrow, and counts the arrows drawn.
func arrowsAlone(t *testing.T, h *harness, objs ...fyne.CanvasObject) (arrows int) {
	t.Helper()
	h.locked(func() {
		for _, o := range objs {
			walk(o, func(o fyne.CanvasObject) {
				tx, ok := o.(*canvas.Text)
				if !ok {
					return
				}
				if i := strings.Index(tx.Text, "→"); i >= 0 {
					arrows++
					if rest := tx.Text[i+len("→"):]; rest != "" {
						t.Errorf("%q is drawn with %q after its arrow", tx.Text, rest)
					}
				}
			})
		}
	})
	return arrows
}

func TestSplitArrows(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"a → b → c", []string{"a →", " b →", " c"}},
		{"no arrow", []string{"no arrow"}},
		{"ends →", []string{"ends →"}},
		{"→→", []string{"→", "→"}},
		{"", []string{""}},
	}
	for _, c := range cases {
		out := splitArrows([]widget.RichTextSegment{paragraph(c.in, theme.ColorNameForeground, false)})
		var got []string
		for i, s := range out {
			got = append(got, s.Textual())
			if inline := s.(*widget.TextSegment).Style.Inline; inline != (i < len(out)-1) {
				t.Errorf("%q: piece %d inline = %v", c.in, i, inline)
			}
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("splitArrows(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestRunLine(t *testing.T) {
	now := time.Date(2026, 11, 22, 9, 0, 0, 0, time.Local)
	cases := []struct {
		id      int64
		label   string
		started time.Time
		took    time.Duration
		want    string
	}{
		{17, "", now.Add(-5 * time.Hour), 3400 * time.Millisecond, "Run #17 · today 04:00 · took 3.4 s"},
		{3, "before", now.Add(-20 * time.Hour), 900 * time.Millisecond, "Run #3 “before” · yesterday 13:00 · took 0.9 s"},
		{0, "", now.Add(-3 * 24 * time.Hour), 12 * time.Second, "Not saved · Thu 19 Nov 09:00 · took 12.0 s"},
		{9, "", now.Add(-40 * 24 * time.Hour), time.Second, "Run #9 · 2026-10-13 09:00 · took 1.0 s"},
	}
	for _, c := range cases {
		r := &history.Run{ID: c.id, Label: c.label, Report: engine.Report{Started: c.started, Duration: c.took}}
		if got := runLine(r, now); got != c.want {
			t.Errorf("runLine = %q, want %q", got, c.want)
		}
	}
}

// TestBackToHistory: a page opened with setBack shows the way back, which
// calls the hook.
func TestBackToHistory(t *testing.T) {
	h := newHarness(t, (&script{}).run)
	back := 0
	var p *diagnosisPage
	h.locked(func() {
		p = h.u.showDiagnosis(longRun(3), nil, nil)
		p.setBack("Back to History", func() { back++ })
	})
	if all := strings.Join(h.texts(p.content), "\n"); !strings.Contains(all, "Run #17 “LLL” · ") {
		t.Errorf("no run line on the page:\n%s", all)
	}
	h.tapButton(p.content, "Back to History")
	if back != 1 {
		t.Errorf("the hook was called %d times", back)
	}
}

// TestRawResultsDialog: the raw results open in a dialog that fits the
// window, not on the page.
func TestRawResultsDialog(t *testing.T) {
	h := newHarness(t, (&script{}).run)
	var p *diagnosisPage
	h.locked(func() { p = h.u.showDiagnosis(longRun(400), nil, nil) })
	if all := strings.Join(h.texts(p.content), "\n"); strings.Contains(all, `"status"`) {
		t.Error("raw JSON is laid out on the page")
	}
	h.tapButton(p.content, "Raw results…")
	h.locked(func() {
		o := h.overlay()
		if o == nil || !strings.Contains(strings.Join(texts(o), "\n"), `"status"`) {
			t.Fatal("no dialog with the raw results")
		}
		win := h.u.win.Canvas().Size()
		if sz := o.Size(); sz.Width > win.Width || sz.Height > win.Height {
			t.Errorf("the dialog is %v in a %v window", sz, win)
		}
	})
}

// TestDiagnosisSaysNameIsBroken: a run whose pasted program dialled a broken
// name says so in the warning colour under the run line, before the
// verdict; a run of a valid name has no such line.
func TestDiagnosisSaysNameIsBroken(t *testing.T) {
	h := newHarness(t, (&script{}).run)
	run := longRun(3)
	want := "The name \"hhh\" is not a valid host name (mmm): check the setting it was built from."
	var p *diagnosisPage
	h.locked(func() { p = h.u.showDiagnosis(run, nil, nil) })
	var found *widget.Label
	h.locked(func() {
		walk(p.content, func(o fyne.CanvasObject) {
			if l, ok := o.(*widget.Label); ok && l.Text == want {
				found = l
			}
		})
	})
	if found == nil || found.Importance != widget.WarningImportance {
		t.Fatalf("no warning %q on the page: %v", want, found)
	}
	run.Report.Target.Malformed = ""
	h.locked(func() { p = h.u.showDiagnosis(run, nil, nil) })
	if all := strings.Join(h.texts(p.content), "\n"); strings.Contains(all, "not a valid host name") {
		t.Errorf("a valid name has the notice:\n%s", all)
	}
}
