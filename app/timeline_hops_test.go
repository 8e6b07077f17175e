package app

import (
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/conndoctor/conndoctor/engine/watch"
	"github.com/conndoctor/conndoctor/history"
	"github.com/conndoctor/conndoctor/target"
)

// hopWatch is a stored watch of 120 samples 5 s apart (10 minutes): a
// traceroute a minute through three hops, and samples 60–79 failing with
// traces that die at hop 3 (10.0.2.1).
func hopWatch() *history.SavedWatch {
	w := &history.SavedWatch{TargetParsed: target.Target{Host: "app.example", Port: 443}}
	w.ID, w.Every, w.Started, w.Target = 7, 5*time.Second, watchT0, "app.example:443"
	for i := range 120 {
		s := watch.Sample{Seq: i, At: watchT0.Add(time.Duration(i) * 5 * time.Second), OK: i < 60 || i >= 80,
			Connects: []watch.Connect{{Addr: "10.0.2.1", Ms: 2 + float64(i%5), State: "open"}}, FirstByteMs: 8 + float64(i%7)}
		hop3 := watch.Hop{TTL: 3, Addr: "10.0.2.1", Sent: 2, Recv: 2}
		if !s.OK {
			s.Connects[0].State, s.FirstByteMs, s.Why = "filtered", 0, "no answer"
			hop3 = watch.Hop{TTL: 3, Sent: 2}
		}
		if i%12 == 0 || !s.OK || i == 80 { // a minute apart, each failure, the recovery
			s.Trace = []watch.Hop{{TTL: 1, Addr: "10.0.0.1", Sent: 2, Recv: 2}, {TTL: 2, Addr: "10.0.1.1", Sent: 2, Recv: 2}, hop3}
		}
		w.Samples = append(w.Samples, s)
	}
	w.Ended = w.Samples[119].At.Add(5 * time.Second)
	return w
}

// The hop strip's pixels: hop 3 is marked all lost (error colour, the
// row's whole height) exactly over the failed samples, the other hops
// and times show the no-loss tint, and before the first trace nothing.
func TestDrawHops(t *testing.T) {
	var s series
	s.every = 5000
	for _, x := range hopWatch().Samples {
		s.add(x)
	}
	from := watchT0.Add(-time.Minute).UnixMilli() // a minute before the watch: no trace
	to := watchT0.Add(10 * time.Minute).UnixMilli()
	pal := timelineColors(newHarness(t, (&script{}).run).u.app)
	var g watch.HopGrid
	const w, h = 660, 30 // a pixel per second; three rows of 10 pixels
	img := drawHops(&s, from, to, w, h, pal, &g)
	xOf := func(sample int) int { return 60 + sample*5 }
	at := func(x, y int) color.NRGBA { return img.NRGBAAt(x, y) }
	for _, c := range []struct {
		what string
		x, y int
		want color.NRGBA
	}{
		{"before the watch", 30, 5, pal.bg},
		{"hop 1 at the start", xOf(1), 5, pal.hop[watch.LossNone]},
		{"hop 3 before the failure", xOf(30), 25, pal.hop[watch.LossNone]},
		{"hop 3 at the failure's start", xOf(60) + 1, 25, pal.hop[watch.LossAll]},
		{"hop 3 at the failure's top", xOf(70), 21, pal.hop[watch.LossAll]},
		{"hop 3 at the failure's end", xOf(79) + 4, 25, pal.hop[watch.LossAll]},
		{"hop 3 after the failure", xOf(85), 25, pal.hop[watch.LossNone]},
		{"hop 2 during the failure", xOf(70), 15, pal.hop[watch.LossNone]},
		{"between rows", xOf(70), 19, pal.bg},
	} {
		if got := at(c.x, c.y); got != c.want {
			t.Errorf("%s (%d,%d): %v, want %v", c.what, c.x, c.y, got, c.want)
		}
	}
}

// The strip's marks stand out: every level that lost probes reaches 3:1
// (WCAG 1.4.11, graphics) against the background and against the no-loss
// tint, in both variants; the tint is visible on the background.
func TestHopColorsContrast(t *testing.T) {
	for _, v := range variants {
		th := themeFor(v.name)
		c := func(n fyne.ThemeColorName) color.Color { return th.Color(n, v.variant) }
		hop := hopColors(c(theme.ColorNameBackground), c(theme.ColorNameSuccess), c(theme.ColorNameWarning), c(theme.ColorNameError))
		where := fmt.Sprintf("%s theme, variant %d", v.name, v.variant)
		for _, l := range []watch.LossLevel{watch.LossSome, watch.LossMost, watch.LossAll} {
			if r := contrast(hop[l], hop[watch.LossNoData]); r < 3 {
				t.Errorf("%s: %s on the background: %.2f:1", where, l, r)
			}
			if r := contrast(hop[l], hop[watch.LossNone]); r < 3 {
				t.Errorf("%s: %s on the no-loss tint: %.2f:1", where, l, r)
			}
		}
		if r := contrast(hop[watch.LossNone], hop[watch.LossNoData]); r < 1.4 {
			t.Errorf("%s: the no-loss tint is not seen on the background: %.2f:1", where, r)
		}
	}
}

// The wizard's timeline shows a row per hop labelled with its address;
// zooming recomputes the rows for the stretch shown.
func TestTimelineHopStrip(t *testing.T) {
	h := newHarness(t, (&script{}).run)
	w := hopWatch()
	var v *watchView
	h.locked(func() {
		v = watchFromHistory(h.u, w)
		v.show()
	})
	var labels []string
	h.locked(func() {
		for _, l := range v.tl.render.hopLabels {
			if l.Visible() {
				labels = append(labels, l.Text)
			}
		}
	})
	if got := strings.Join(labels, ", "); got != "1 10.0.0.1, 2 10.0.1.1, 3 10.0.2.1" {
		t.Errorf("hop rows: %s", got)
	}
	h.locked(func() {
		if !v.hopLegend.Visible() || v.tl.render.strip.Size().Height < 3*tlRowMin || v.tl.render.strip.Position().X != v.tl.leftMargin() {
			t.Errorf("strip at %v size %v, legend shown %v", v.tl.render.strip.Position(), v.tl.render.strip.Size(), v.hopLegend.Visible())
		}
		if r := v.tl.grid.Rows[2]; r.Loss() >= 100 || r.Loss() <= 0 {
			t.Errorf("hop 3 over the whole watch lost %.0f%%", r.Loss())
		}
		v.setZoom(zoom{from: w.Samples[62].At, to: w.Samples[75].At})
		if r := v.tl.grid.Rows[2]; r.Loss() != 100 || r.Sent != 26 {
			t.Errorf("hop 3 zoomed on the failure: %d/%d answered", r.Recv, r.Sent)
		}
		v.setZoom(zoom{from: w.Samples[2].At, to: w.Samples[10].At})
		if r := v.tl.grid.Rows[2]; r.Loss() != 0 || r.Sent != 0 || v.tl.grid.Level(2, 0) != watch.LossNone {
			t.Errorf("hop 3 zoomed before the failure: %+v (no trace in it: the first one stands for it)", r)
		}
	})
	for _, name := range []string{"light", "dark"} {
		h.locked(func() {
			h.u.app.Settings().SetTheme(themeFor(name))
			v.setZoom(zoom{})
		})
		shot(t, h, "timeline-hops-"+name+".png")
	}
}

// shot writes the window to $CONNDOCTOR_SHOTS/name when that is set, to
// look at.
func shot(t *testing.T, h *harness, name string) {
	dir := os.Getenv("CONNDOCTOR_SHOTS")
	if dir == "" {
		return
	}
	var img image.Image
	h.locked(func() { img = h.u.win.Canvas().Capture() })
	f, err := os.Create(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}
