package watch

import (
	"cmp"
	"math"
	"slices"
	"time"
)

// Figures are what a whole watch amounts to, for comparing two: how often
// the target worked, how long it did not, how fast it answered, what the
// diagnoses said and where the path lost packets.
type Figures struct {
	// ID is the watch's ID in the history (0: not saved); Target is
	// host:port; Input the target as typed.
	ID     int64  `json:"id,omitempty"`
	Target string `json:"target"`
	Input  string `json:"input,omitempty"`
	// Started and Ended bound it; Every is the pace.
	Started time.Time     `json:"started"`
	Ended   time.Time     `json:"ended,omitzero"`
	Every   time.Duration `json:"every_ns"`
	// Attempts and Failed count the samples; Availability is the share of
	// attempts that worked, in percent (0 without attempts).
	Attempts     int     `json:"attempts"`
	Failed       int     `json:"failed"`
	Availability float64 `json:"availability_pct"`
	// Windows counts the failure windows; FailedFor is their total time,
	// each from its first failed sample to the first sample that worked
	// again (a pace past its last one when none did).
	Windows   int           `json:"windows"`
	FailedFor time.Duration `json:"failed_for_ns"`
	// Connect, FirstByte and DNS are the times of the samples that worked.
	Connect   Percentiles `json:"connect_ms"`
	FirstByte Percentiles `json:"first_byte_ms"`
	DNS       Percentiles `json:"dns_ms"`
	// Codes are the verdicts of the diagnoses the watch started, the most
	// frequent first.
	Codes []CodeCount `json:"codes,omitempty"`
	// Hops are the loss per hop over all the watch's traceroutes.
	Hops []HopTotal `json:"hops,omitempty"`
}

// Duration is how long the watch ran (to its last sample while it runs).
func (f Figures) Duration() time.Duration {
	if f.Ended.IsZero() {
		return 0
	}
	return f.Ended.Sub(f.Started)
}

// Percentiles summarise a set of times in ms (nearest rank).
type Percentiles struct {
	N   int     `json:"n"`
	P50 float64 `json:"p50,omitempty"`
	P90 float64 `json:"p90,omitempty"`
	P99 float64 `json:"p99,omitempty"`
	Max float64 `json:"max,omitempty"`
}

// CodeCount is a verdict code and how many diagnoses gave it.
type CodeCount struct {
	Code string `json:"code"`
	Runs int    `json:"runs"`
}

// HopTotal is one hop's loss over a whole watch.
type HopTotal struct {
	TTL  int     `json:"ttl"`
	Addr string  `json:"addr,omitempty"`
	Sent int     `json:"sent"`
	Recv int     `json:"recv"`
	Loss float64 `json:"loss_pct"`
}

// Measure computes the figures of a watch's samples (in time order) taken
// at pace every; codes gives each linked run's verdict code (a run it
// lacks is counted as "unknown").
func Measure(samples []Sample, every time.Duration, codes map[int64]string) Figures {
	var f Figures
	var conn, fb, dns []float64
	inWindow := false
	var winFrom time.Time
	count := map[string]int{}
	var tr Traces
	for i, s := range samples {
		f.Attempts++
		tr.Add(s)
		if s.RunID != 0 {
			code := codes[s.RunID]
			if code == "" {
				code = "unknown"
			}
			count[code]++
		}
		if !s.OK {
			f.Failed++
			if !inWindow {
				inWindow, winFrom = true, s.At
				f.Windows++
			}
			if i == len(samples)-1 {
				f.FailedFor += s.At.Add(every).Sub(winFrom)
			}
			continue
		}
		if inWindow {
			inWindow = false
			f.FailedFor += s.At.Sub(winFrom)
		}
		if c := s.ConnectMs(); c > 0 {
			conn = append(conn, c)
		}
		if s.FirstByteMs > 0 {
			fb = append(fb, s.FirstByteMs)
		}
		if s.DNS != nil && s.DNS.Error == "" && s.DNS.Ms > 0 {
			dns = append(dns, s.DNS.Ms)
		}
	}
	if f.Attempts > 0 {
		f.Availability = 100 * float64(f.Attempts-f.Failed) / float64(f.Attempts)
	}
	f.Connect, f.FirstByte, f.DNS = percentiles(conn), percentiles(fb), percentiles(dns)
	for code, n := range count {
		f.Codes = append(f.Codes, CodeCount{Code: code, Runs: n})
	}
	slices.SortFunc(f.Codes, func(a, b CodeCount) int { return cmp.Or(b.Runs-a.Runs, cmp.Compare(a.Code, b.Code)) })
	var g HopGrid
	if len(samples) > 0 {
		tr.Grid(samples[0].At.UnixMilli(), samples[len(samples)-1].At.UnixMilli()+1, 1, 0, &g)
	}
	for _, r := range g.Rows {
		if r.Sent > 0 {
			f.Hops = append(f.Hops, HopTotal{TTL: r.TTL, Addr: r.Addr, Sent: r.Sent, Recv: r.Recv, Loss: round1(r.Loss())})
		}
	}
	return f
}

// percentiles of v (reordered), nearest rank.
func percentiles(v []float64) Percentiles {
	if len(v) == 0 {
		return Percentiles{}
	}
	slices.Sort(v)
	at := func(p float64) float64 {
		return v[max(int(math.Ceil(p*float64(len(v))))-1, 0)]
	}
	return Percentiles{N: len(v), P50: at(0.5), P90: at(0.9), P99: at(0.99), Max: v[len(v)-1]}
}

func round1(v float64) float64 { return math.Round(v*10) / 10 }
