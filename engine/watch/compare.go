package watch

import (
	"fmt"
	"math"
)

// Verdict is what comparing two watches says of the second (B) against
// the first (A).
type Verdict string

// Verdicts of a comparison.
const (
	Better       Verdict = "better"            // B failed less often, or answered clearly faster
	Worse        Verdict = "worse"             // B failed more often, or answered clearly slower
	Same         Verdict = "same"              // no difference beyond chance
	OtherTargets Verdict = "different_targets" // not the same target: not a before and after
	NotCompared  Verdict = "not_compared"      // a watch without samples
)

// Title is the verdict in a word or two, for a banner.
func (v Verdict) Title() string {
	switch v {
	case Better:
		return "Better"
	case Worse:
		return "Worse"
	case Same:
		return "Same"
	case OtherTargets:
		return "Different targets"
	}
	return "Not compared"
}

// Comparison is two watches side by side and what B's figures say
// against A's.
type Comparison struct {
	A Figures `json:"a"`
	B Figures `json:"b"`
	// SameTarget says both watched the same host:port; only then are hops
	// paired row by row.
	SameTarget bool    `json:"same_target"`
	Verdict    Verdict `json:"verdict"`
	Title      string  `json:"title"`
	// Why says in one sentence what the verdict rests on.
	Why string `json:"why"`
	// Hops pairs the hops by number (same target only).
	Hops []HopPair `json:"hops,omitempty"`
}

// HopPair is one hop in both watches; a nil loss: the hop was not seen.
type HopPair struct {
	TTL   int      `json:"ttl"`
	AddrA string   `json:"addr_a,omitempty"`
	AddrB string   `json:"addr_b,omitempty"`
	LossA *float64 `json:"loss_a_pct,omitempty"`
	LossB *float64 `json:"loss_b_pct,omitempty"`
}

// Thresholds of a verdict.
const (
	// zSignificant: a difference in failure rates counts when a two-
	// proportion z-test puts it this many standard errors from none (95%).
	zSignificant = 1.96
	// slowerRatio and slowerMs: a median at least this many times and this
	// many ms above the other's is clearly slower.
	slowerRatio = 1.5
	slowerMs    = 5.0
	// minTimed is the fewest timed samples on each side for times to count.
	minTimed = 5
)

// Compare judges watch b against watch a.
func Compare(a, b Figures) Comparison {
	c := Comparison{A: a, B: b, SameTarget: a.Target == b.Target}
	c.Verdict, c.Why = judge(a, b, c.SameTarget)
	c.Title = c.Verdict.Title()
	if c.SameTarget {
		c.Hops = pairHops(a.Hops, b.Hops)
	}
	return c
}

// Name is how a sentence names a watch: "w3", or "A"/"B" when unsaved.
func (f Figures) Name(side string) string {
	if f.ID != 0 {
		return fmt.Sprintf("w%d", f.ID)
	}
	return side
}

func judge(a, b Figures, same bool) (Verdict, string) {
	na, nb := a.Name("A"), b.Name("B")
	switch {
	case !same:
		return OtherTargets, fmt.Sprintf("%s watched %s and %s watched %s: their figures are side by side, but neither is better or worse.", na, a.Target, nb, b.Target)
	case a.Attempts == 0:
		return NotCompared, na + " has no samples."
	case b.Attempts == 0:
		return NotCompared, nb + " has no samples."
	}
	if z := failureZ(a, b); math.Abs(z) >= zSignificant {
		v := Better
		if z > 0 {
			v = Worse
		}
		return v, fmt.Sprintf("%s failed %d of %d attempts (%.1f%%) against %d of %d (%.1f%%) in %s.",
			nb, b.Failed, b.Attempts, 100-b.Availability, a.Failed, a.Attempts, 100-a.Availability, na)
	}
	often := fmt.Sprintf("%s failed about as often as %s (%d of %d attempts against %d of %d", nb, na, b.Failed, b.Attempts, a.Failed, a.Attempts)
	if a.Failed*b.Attempts != b.Failed*a.Attempts {
		often += ": within chance for this many attempts"
	}
	often += ")"
	for _, m := range []struct {
		what   string
		pa, pb Percentiles
	}{{"connections took", a.Connect, b.Connect}, {"the first byte took", a.FirstByte, b.FirstByte}} {
		if m.pa.N < minTimed || m.pb.N < minTimed {
			continue
		}
		times := fmt.Sprintf(", but %s %s at the median against %s.", m.what, msText(m.pb.P50), msText(m.pa.P50))
		switch {
		case m.pb.P50 >= slowerRatio*m.pa.P50 && m.pb.P50-m.pa.P50 >= slowerMs:
			return Worse, often + times
		case m.pa.P50 >= slowerRatio*m.pb.P50 && m.pa.P50-m.pb.P50 >= slowerMs:
			return Better, often + times
		}
	}
	return Same, often + " and answered about as fast."
}

// failureZ is the two-proportion z statistic of b's failure rate against
// a's: positive when b fails more often (0 when neither or both always
// fail).
func failureZ(a, b Figures) float64 {
	pa, pb := float64(a.Failed)/float64(a.Attempts), float64(b.Failed)/float64(b.Attempts)
	p := float64(a.Failed+b.Failed) / float64(a.Attempts+b.Attempts)
	se := math.Sqrt(p * (1 - p) * (1/float64(a.Attempts) + 1/float64(b.Attempts)))
	if se == 0 {
		return 0
	}
	return (pb - pa) / se
}

func msText(v float64) string {
	if v >= 100 {
		return fmt.Sprintf("%.0f ms", v)
	}
	return fmt.Sprintf("%.1f ms", v)
}

// pairHops pairs two watches' hops by number.
func pairHops(a, b []HopTotal) []HopPair {
	byTTL := map[int]*HopPair{}
	maxTTL := 0
	get := func(ttl int) *HopPair {
		if byTTL[ttl] == nil {
			byTTL[ttl] = &HopPair{TTL: ttl}
		}
		maxTTL = max(maxTTL, ttl)
		return byTTL[ttl]
	}
	for _, h := range a {
		p, l := get(h.TTL), h.Loss
		p.AddrA, p.LossA = h.Addr, &l
	}
	for _, h := range b {
		p, l := get(h.TTL), h.Loss
		p.AddrB, p.LossB = h.Addr, &l
	}
	var out []HopPair
	for ttl := 1; ttl <= maxTTL; ttl++ {
		if p := byTTL[ttl]; p != nil {
			out = append(out, *p)
		}
	}
	return out
}
