package watch

import (
	"math"
	"sort"
)

// Traces are a watch's traceroutes in compact columns, for loss per hop
// over time: a timeline keeps one beside its samples and asks Grid for
// the stretch it shows at every zoom, so 4,000 traces cost what 40 do.
// Add them in time order.
type Traces struct {
	at    []int64 // each trace's time (Unix ms)
	start []int32 // where each trace's hops begin in hops
	// until is when the first sample that disagreed with each trace's
	// sample (it failed and this one worked, or the reverse) was taken:
	// the path may have changed then (0: none yet).
	until  []int64
	lastOK bool
	hops   []traceHop
	// addrs interns the addresses; last is the last one seen at each TTL.
	addrs  []string
	addrIx map[string]int32
	last   map[int]int32
}

// traceHop is one hop of one trace; addr indexes Traces.addrs (-1: none).
type traceHop struct {
	ttl        uint8
	sent, recv uint16
	addr       int32
}

// Add keeps s's traceroute, if it has one. Give it every sample, traced
// or not, in time order: a trace stands for the path only while the
// samples after it fare as its own did.
func (t *Traces) Add(s Sample) {
	if n := len(t.at); n > 0 && t.until[n-1] == 0 && s.OK != t.lastOK {
		t.until[n-1] = s.At.UnixMilli()
	}
	if s.Trace == nil {
		return
	}
	if t.addrIx == nil {
		t.addrIx, t.last = map[string]int32{}, map[int]int32{}
	}
	t.at = append(t.at, s.At.UnixMilli())
	t.start = append(t.start, int32(len(t.hops)))
	t.until = append(t.until, 0)
	t.lastOK = s.OK
	for _, h := range s.Trace {
		if h.TTL < 1 || h.TTL > 255 {
			continue
		}
		a := int32(-1)
		if h.Addr != "" {
			ix, ok := t.addrIx[h.Addr]
			if !ok {
				ix = int32(len(t.addrs))
				t.addrs = append(t.addrs, h.Addr)
				t.addrIx[h.Addr] = ix
			}
			a = ix
			t.last[h.TTL] = ix
		}
		t.hops = append(t.hops, traceHop{ttl: uint8(h.TTL), sent: clamp16(h.Sent), recv: clamp16(min(h.Recv, h.Sent)), addr: a})
	}
}

func clamp16(n int) uint16 { return uint16(min(max(n, 0), math.MaxUint16)) }

// Addresses is every address any hop answered from, in the order first
// seen (the caller must not change it).
func (t *Traces) Addresses() []string { return t.addrs }

// Len is how many traces there are.
func (t *Traces) Len() int { return len(t.at) }

// hopsOf is trace k's hops.
func (t *Traces) hopsOf(k int) []traceHop {
	end := len(t.hops)
	if k+1 < len(t.start) {
		end = int(t.start[k+1])
	}
	return t.hops[t.start[k]:end]
}

// HopGrid is loss per hop over time: a row per hop (first hop first), a
// cell per time bucket. A trace counts in the bucket it was taken in and
// stands for the path until the next trace, for at most the hold given to
// Grid, and only while the samples fare as its own did (a failed sample's
// trace does not stand for the working ones after it): a strip has no
// holes between traces a minute apart, and shows a gap where the computer
// slept or where no trace says what the path was.
type HopGrid struct {
	// From and To bound the stretch (Unix ms); Cols is the buckets.
	From, To int64
	Cols     int
	// Rows are the hops.
	Rows []HopRow
	// sent and recv are each cell's probes and answers, row after row.
	sent, recv []int32
}

// HopRow is one hop of a HopGrid.
type HopRow struct {
	// TTL is the hop number; Addr what answered there (the last answer in
	// the stretch, else in the whole watch; "" when nothing ever did).
	TTL  int
	Addr string
	// Sent and Recv count the probes and answers of the traces taken in
	// the stretch.
	Sent, Recv int
}

// Loss is the row's loss over the stretch, in percent (0 without probes).
func (r HopRow) Loss() float64 {
	if r.Sent == 0 {
		return 0
	}
	return 100 * float64(r.Sent-r.Recv) / float64(r.Sent)
}

// Cell is the loss (percent) in row r's bucket c; false when no trace
// covers it.
func (g *HopGrid) Cell(r, c int) (float64, bool) {
	i := r*g.Cols + c
	if r < 0 || c < 0 || c >= g.Cols || i >= len(g.sent) || g.sent[i] == 0 {
		return 0, false
	}
	return 100 * float64(g.sent[i]-g.recv[i]) / float64(g.sent[i]), true
}

// Level is the cell's loss as a LossLevel.
func (g *HopGrid) Level(r, c int) LossLevel {
	l, ok := g.Cell(r, c)
	if !ok {
		return LossNoData
	}
	return LevelOf(l)
}

// Grid fills g with the loss per hop of the traces in [from, to) (Unix ms)
// in cols buckets; a trace stands for the path for at most hold ms after
// it was taken. g's memory is reused.
func (t *Traces) Grid(from, to int64, cols int, hold int64, g *HopGrid) {
	g.From, g.To, g.Cols, g.Rows = from, to, max(cols, 0), g.Rows[:0]
	g.sent, g.recv = g.sent[:0], g.recv[:0]
	if cols <= 0 || to <= from {
		g.Cols = 0
		return
	}
	lo := sort.Search(len(t.at), func(i int) bool { return t.at[i] >= from-hold })
	hi := sort.Search(len(t.at), func(i int) bool { return t.at[i] >= to })
	maxTTL := 0
	for k := lo; k < hi; k++ {
		for _, h := range t.hopsOf(k) {
			maxTTL = max(maxTTL, int(h.ttl))
		}
	}
	if maxTTL == 0 {
		return
	}
	n := maxTTL * cols
	g.sent, g.recv = grow(g.sent, n), grow(g.recv, n)
	seen := make([]int32, maxTTL) // the last address in the stretch, +1
	for r := range maxTTL {
		g.Rows = append(g.Rows, HopRow{TTL: r + 1})
	}
	span := float64(to - from)
	col := func(ms int64) int { return int(math.Floor(float64(ms-from) / span * float64(cols))) }
	for k := lo; k < hi; k++ {
		end := t.at[k] + hold
		if k+1 < len(t.at) {
			end = min(end, t.at[k+1])
		}
		if t.until[k] != 0 {
			end = min(end, t.until[k])
		}
		c0, c1 := min(col(t.at[k]), cols-1), min(col(min(end, to)), cols)
		own := t.at[k] >= from
		for _, h := range t.hopsOf(k) {
			r := int(h.ttl) - 1
			base := r * cols
			if own {
				g.sent[base+c0] += int32(h.sent)
				g.recv[base+c0] += int32(h.recv)
				g.Rows[r].Sent += int(h.sent)
				g.Rows[r].Recv += int(h.recv)
				if h.addr >= 0 {
					seen[r] = h.addr + 1
				}
			}
			// Until the next trace: the buckets after its own.
			for c := max(c0+1, 0); c < c1; c++ {
				g.sent[base+c], g.recv[base+c] = int32(h.sent), int32(h.recv)
			}
		}
	}
	for r := range g.Rows {
		switch a, ok := t.last[r+1]; {
		case seen[r] > 0:
			g.Rows[r].Addr = t.addrs[seen[r]-1]
		case ok:
			g.Rows[r].Addr = t.addrs[a]
		}
	}
}

// grow is v resized to n zeros, reusing its memory.
func grow(v []int32, n int) []int32 {
	if cap(v) < n {
		return make([]int32, n)
	}
	v = v[:n]
	clear(v)
	return v
}

// LossLevel is how a loss shows on a chart: a few steps, so a colour reads
// the same wherever it is drawn.
type LossLevel int

// Loss levels, from no trace to every probe lost.
const (
	LossNoData LossLevel = iota // no trace covers it
	LossNone                    // every probe answered
	LossSome                    // under half lost
	LossMost                    // half or more lost, not all
	LossAll                     // every probe lost
)

// LossLevels are the levels a chart's legend names, in order.
var LossLevels = []LossLevel{LossNone, LossSome, LossMost, LossAll}

// Thirds is how many thirds of a hop's row a level's mark fills on a
// chart (the wizard's timeline and the watch report draw it alike).
func (l LossLevel) Thirds() int {
	switch l {
	case LossSome:
		return 1
	case LossMost:
		return 2
	case LossAll:
		return 3
	}
	return 0
}

// LevelOf is the level of a loss in percent.
func LevelOf(loss float64) LossLevel {
	switch {
	case loss <= 0:
		return LossNone
	case loss < 50:
		return LossSome
	case loss < 100:
		return LossMost
	}
	return LossAll
}

// String names the level for a legend.
func (l LossLevel) String() string {
	switch l {
	case LossNone:
		return "no loss"
	case LossSome:
		return "under half lost"
	case LossMost:
		return "half or more lost"
	case LossAll:
		return "all lost"
	}
	return "no trace"
}
