package app

import (
	"slices"
	"sort"
	"time"

	"github.com/conndoctor/conndoctor/engine/watch"
)

// series is what the timeline plots of a watch, one entry per sample in
// time order, in compact columns: the chart reads nothing else of a sample.
type series struct {
	// at is each sample's time (Unix ms); conn and fb its connect and
	// first-byte times (ms, 0: none); failed whether it failed; run the
	// diagnosis it started (0: none).
	at     []int64
	conn   []float32
	fb     []float32
	failed []bool
	run    []int64
	// events are the times of the watch's events (Unix ms), in order.
	events []int64
	// every is the watch's pace in ms (for breaking lines over gaps).
	every int64
	// traces are the samples' traceroutes, for the hop strip.
	traces watch.Traces
}

// add appends one sample.
func (s *series) add(x watch.Sample) {
	s.at = append(s.at, x.At.UnixMilli())
	s.conn = append(s.conn, float32(x.ConnectMs()))
	s.fb = append(s.fb, float32(x.FirstByteMs))
	s.failed = append(s.failed, !x.OK)
	s.run = append(s.run, x.RunID)
	s.traces.Add(x)
}

// addEvent adds an event's time, keeping them in order.
func (s *series) addEvent(at time.Time) {
	ms := at.UnixMilli()
	i, _ := slices.BinarySearch(s.events, ms)
	s.events = slices.Insert(s.events, i, ms)
}

// link records that sample i started run.
func (s *series) link(i int, run int64) {
	if i >= 0 && i < len(s.run) {
		s.run[i] = run
	}
}

// index is the first sample at or after ms.
func (s *series) index(ms int64) int {
	return sort.Search(len(s.at), func(i int) bool { return s.at[i] >= ms })
}

// span is the first and last sample time (0, 0 without samples).
func (s *series) span() (int64, int64) {
	if len(s.at) == 0 {
		return 0, 0
	}
	return s.at[0], s.at[len(s.at)-1]
}

// column is what the samples falling in one pixel column of the chart
// show: the lowest, highest, first and last connect and first-byte times,
// how many failed, and the first diagnosis one of them started.
type column struct {
	n, failed int
	conn, fb  rangeOf
	run       int64
}

// rangeOf is the spread of one figure within a column.
type rangeOf struct{ lo, hi, first, last float32 }

func (r *rangeOf) add(v float32) {
	if v <= 0 {
		return
	}
	if r.hi == 0 {
		r.lo, r.hi, r.first = v, v, v
	}
	r.lo, r.hi, r.last = min(r.lo, v), max(r.hi, v), v
}

// columns downsamples the samples in [from, to) to width pixel columns
// (min/max per column), so drawing costs the same for 50 samples or 50,000.
// It touches only the samples in the window.
func (s *series) columns(from, to int64, width int, into []column) []column {
	if width <= 0 || to <= from {
		return into[:0]
	}
	cols := slices.Grow(into[:0], width)[:width]
	clear(cols)
	span := float64(to - from)
	for i := s.index(from); i < len(s.at) && s.at[i] < to; i++ {
		x := int(float64(s.at[i]-from) / span * float64(width))
		c := &cols[min(x, width-1)]
		c.n++
		c.conn.add(s.conn[i])
		c.fb.add(s.fb[i])
		if s.failed[i] {
			c.failed++
		}
		if c.run == 0 {
			c.run = s.run[i]
		}
	}
	return cols
}

// figures are the times of the samples in a window, for the line under
// the summary.
type figures struct {
	n                  int
	connMed, connMax   float32
	fbMed, fbMax       float32
	hasConn, hasFirstB bool
}

// figuresIn computes the medians and maxima of the samples in [from, to);
// buf is reused between calls.
func (s *series) figuresIn(from, to int64, buf *[]float32) figures {
	var f figures
	lo, hi := s.index(from), s.index(to)
	f.n = hi - lo
	stat := func(vals []float32) (med, top float32, ok bool) {
		b := (*buf)[:0]
		for _, v := range vals[lo:hi] {
			if v > 0 {
				b = append(b, v)
			}
		}
		*buf = b
		if len(b) == 0 {
			return 0, 0, false
		}
		slices.Sort(b)
		return b[len(b)/2], b[len(b)-1], true
	}
	f.connMed, f.connMax, f.hasConn = stat(s.conn)
	f.fbMed, f.fbMax, f.hasFirstB = stat(s.fb)
	return f
}

// runNear is the first diagnosis started by a sample in [from, to), 0 when
// none.
func (s *series) runNear(from, to int64) int64 {
	for i := s.index(from); i < len(s.at) && s.at[i] < to; i++ {
		if s.run[i] != 0 {
			return s.run[i]
		}
	}
	return 0
}
