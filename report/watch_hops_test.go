package report

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"github.com/conndoctor/conndoctor/engine/watch"
	"github.com/conndoctor/conndoctor/history"
)

// hopsWatch is ten minutes at 5 s: a traceroute a minute through three
// hops, samples 60–79 failing with traces that die at hop 3, and the
// sample after them traced, as a watch does.
func hopsWatch() *history.SavedWatch {
	start := time.Date(2025, 3, 4, 14, 0, 0, 0, time.UTC)
	w := &history.SavedWatch{WatchRow: history.WatchRow{ID: 4, Started: start, Ended: start.Add(10 * time.Minute),
		Input: "app.example:443", Target: "app.example:443", Every: 5 * time.Second}}
	for i := range 120 {
		s := watch.Sample{Seq: i, At: start.Add(time.Duration(i) * 5 * time.Second), OK: i < 60 || i >= 80,
			Connects: []watch.Connect{{Addr: "10.0.2.1", Ms: 2 + float64(i%5), State: "open"}}, FirstByteMs: 9}
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
	return w
}

// The strip's buckets: hop 3 all lost over the failed samples (5:00 to
// 6:40 of 10:00, buckets 100 to 132 of 200), no loss elsewhere.
func TestHopGridOfWatch(t *testing.T) {
	g := hopGrid(hopsWatch())
	if g.Cols != hopBuckets || len(g.Rows) != 3 || g.Rows[2].Addr != "10.0.2.1" {
		t.Fatalf("%d buckets, rows %+v", g.Cols, g.Rows)
	}
	var b strings.Builder
	for c := range g.Cols {
		b.WriteByte(".0smX"[g.Level(2, c)])
	}
	want := strings.Repeat("0", 100) + strings.Repeat("X", 33) + strings.Repeat("0", 67)
	if got := b.String(); got != want {
		t.Errorf("hop 3:\n%s\nwant\n%s", got, want)
	}
}

// The HTML and PDF reports draw the strip under the timeline, rows named
// by hop and address, with a legend; a watch without traceroutes has none.
func TestWatchReportsHops(t *testing.T) {
	w := hopsWatch()
	var b bytes.Buffer
	if err := WatchHTML(&b, w); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	for _, want := range []string{hopTitle, ">1 10.0.0.1<", ">3 10.0.2.1<", ">half or more lost<", ">all lost<", "Timeline"} {
		if !strings.Contains(page, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
	bare := hopsWatch()
	for i := range bare.Samples {
		bare.Samples[i].Trace = nil
	}
	b.Reset()
	if err := WatchHTML(&b, bare); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), hopTitle) {
		t.Error("a watch without traceroutes got a hop strip")
	}
	img, err := png.Decode(bytes.NewReader(watchChart(w, LightPalette, false)))
	if err != nil {
		t.Fatal(err)
	}
	if h := img.Bounds().Dy(); h <= int(paperSize.h/vg.Inch*150) {
		t.Errorf("the PDF's chart is %d pixels high: no room for the strip", h)
	}
	if dir := os.Getenv("CONNDOCTOR_SHOTS"); dir != "" {
		os.WriteFile(filepath.Join(dir, "watch-report-chart.png"), watchChart(w, LightPalette, false), 0o644)
	}
	b.Reset()
	if err := WatchPDF(&b, ScrubWatch(Options{}, w), Options{}); err != nil || !bytes.HasPrefix(b.Bytes(), []byte("%PDF-")) {
		t.Errorf("PDF: %v", err)
	}
}

// The timeline's and the strip's data areas start and end at the same X,
// so a time on one is straight above the same time on the other.
func TestWatchChartAligned(t *testing.T) {
	w := hopsWatch()
	w.Samples[70].Trace[2].Addr = "2001:db8:99:3::10" // a long label widens the strip's margin
	tl, hops := WatchTimeline(w, LightPalette), WatchHops(w, LightPalette)
	c := vgimg.New(paperSize.w, 12*vg.Centimeter)
	dc := draw.New(c)
	tiles, left := stackTiles(dc, []*plot.Plot{tl, hops}, []vg.Length{paperSize.h, 4 * vg.Centimeter})
	a, b := tl.DataCanvas(tiles[0]), hops.DataCanvas(tiles[1])
	if a.Min.X != b.Min.X || a.Max.X != b.Max.X || a.Min.X != left {
		t.Errorf("data areas: timeline %v–%v, strip %v–%v, left %v", a.Min.X, a.Max.X, b.Min.X, b.Max.X, left)
	}
	if tiles[0].Min.Y != tiles[1].Max.Y {
		t.Errorf("tiles overlap or gape: %v %v", tiles[0].Rectangle, tiles[1].Rectangle)
	}
}
