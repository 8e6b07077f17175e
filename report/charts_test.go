package report

import (
	"bytes"
	"image/color"
	"image/png"
	"strings"
	"testing"
	"time"

	"github.com/conndoctor/conndoctor/probes"
)

func TestNiceCeil(t *testing.T) {
	cases := []struct{ in, want float64 }{
		{1.008, 2}, {1, 1}, {0.3, 0.5}, {0.21, 0.25}, {7, 10}, {42, 50}, {100, 100}, {0, 1}, {-3, 1}, {2.4, 2.5}, {1500, 2000},
	}
	for _, c := range cases {
		if got := niceCeil(c.in); got != c.want {
			t.Errorf("niceCeil(%v) = %v, want %v", c.in, got, c.want)
		}
		if got := niceCeil(c.in); c.in > 0 && got < c.in {
			t.Errorf("niceCeil(%v) = %v is below the value", c.in, got)
		}
	}
}

// tcpTraceStopping is a TCP trace that stops after hop last, the next hop
// silent: what a drop rule on the path looks like.
func tcpTraceStopping(last int) *probes.TraceResult {
	tr := &probes.TraceResult{Check: probes.Check{ID: "trace.tcp", Title: "Traceroute (TCP)", Status: probes.StatusFail, Summary: "traffic stops"},
		Mode: probes.TraceTCP, Addr: "10.99.3.10", Port: 443, LastTTL: last, LastAddr: "10.99." + itoa(last) + ".1"}
	for i := 1; i <= last; i++ {
		tr.Hops = append(tr.Hops, probes.Hop{TTL: i, Addr: "10.99." + itoa(i) + ".1", Sent: 2, Recv: 2, Avg: probes.Millis(time.Duration(i) * time.Millisecond)})
	}
	tr.Hops = append(tr.Hops, probes.Hop{TTL: last + 1, Sent: 2, Loss: 100})
	return tr
}

// TestChartedTraceIsTheFailedOne: for a filtered port the healthy ICMP
// trace is not the story; the TCP trace that stops is.
func TestChartedTraceIsTheFailedOne(t *testing.T) {
	r := sampleRun(3, false)
	r.Report.Results.TraceTCP = tcpTraceStopping(2)
	v := BuildRun(r, fixed)
	if v.Trace == nil || v.Trace.Mode != probes.TraceTCP || !v.Trace.Failed {
		t.Fatalf("charted trace %+v, want the failed TCP one", v.Trace)
	}
	// With the port open and both traces passing, the ICMP one is shown.
	a := afterRun()
	tcp := tcpTraceStopping(2)
	tcp.Status = probes.StatusPass
	a.Report.Results.TraceTCP = tcp
	if v := BuildRun(a, fixed); v.Trace == nil || v.Trace.Mode != probes.TraceICMP {
		t.Errorf("healthy run charts %+v, want the ICMP trace", v.Trace)
	}
}

func TestChartsInPalette(t *testing.T) {
	dark := Palette{Background: color.RGBA{0x17, 0x17, 0x18, 0xff}, Text: color.RGBA{0xf3, 0xf3, 0xf3, 0xff},
		Grid: color.RGBA{0x30, 0x30, 0x30, 0xff}, Series: color.RGBA{0x5c, 0x9d, 0xff, 0xff}, Loss: color.RGBA{0xff, 0x6b, 0x5b, 0xff}}
	cs := Charts(BuildRun(sampleRun(5, false), fixed), dark)
	if len(cs) != 2 {
		t.Fatalf("want 2 screen charts (ping, phases), got %d", len(cs))
	}
	for _, c := range cs {
		img, err := png.Decode(bytes.NewReader(c.PNG))
		if err != nil || c.Title == "" {
			t.Fatalf("chart %q: %v", c.Title, err)
		}
		b := img.Bounds()
		if b.Dx() < 400 || b.Dy() < 150 || b.Dy() > 300 {
			t.Errorf("chart %q is %v, want compact (400+ wide, 150–300 high)", c.Title, b)
		}
		// The corner is the palette's background, not a white box.
		r, g, bl, _ := img.At(b.Min.X+1, b.Min.Y+1).RGBA()
		if r>>8 != 0x17 || g>>8 != 0x17 || bl>>8 != 0x18 {
			t.Errorf("chart %q background is %02x%02x%02x, want the palette's", c.Title, r>>8, g>>8, bl>>8)
		}
	}
}

// TestReportChartsHideEmptyLoss: a trace that lost nothing gets no loss
// chart; one that did gets it.
func TestReportChartsHideEmptyLoss(t *testing.T) {
	titles := func(hops int) string {
		var out []string
		for _, c := range charts(BuildRun(sampleRun(hops, false), fixed), true, false) {
			out = append(out, c.Title)
		}
		return strings.Join(out, "|")
	}
	if got := titles(3); strings.Contains(got, "Loss") || !strings.Contains(got, "Latency per hop") {
		t.Errorf("3 hops without loss: charts %q", got)
	}
	if got := titles(5); !strings.Contains(got, "Loss per hop") {
		t.Errorf("5 hops, one lossy: charts %q", got)
	}
}

// TestHopChartLabelsAddresses: hops are named by address, not only number.
func TestHopChartLabelsAddresses(t *testing.T) {
	cs := charts(BuildRun(sampleRun(3, false), fixed), true, false)
	if len(cs) == 0 || !bytes.Contains(cs[0].SVG, []byte("10.99.2.1")) {
		t.Errorf("the latency chart does not name hop 2's address")
	}
}
