package watch

import (
	"fmt"
	"strings"
	"time"
)

// Summary is what a stretch of a watch shows: how many attempts failed,
// when, and where the path broke meanwhile. Summarize computes it for any
// time window, so a view can zoom and recompute.
type Summary struct {
	// From and To bound the samples summarised (the first and last).
	From, To time.Time
	// Attempts counts the samples, Failed the failed ones.
	Attempts, Failed int
	// Windows are the stretches of consecutive failed samples, in order.
	Windows []Window
	// Events are the events between From and To.
	Events []Event
}

// Window is a stretch of consecutive failed samples.
type Window struct {
	// From and To are the first and last failed sample's times.
	From, To time.Time
	// Failed counts its samples; FirstSeq is the first one's Seq.
	Failed, FirstSeq int
	// Hop is where the path lost packets during the window, from the
	// traceroutes taken then (nil when none shows it).
	Hop *HopLoss
	// Events are the events from a minute before the window (but after the
	// window before it ended) to the sample that ended it (a link that came
	// back up ends a window).
	Events []Event
	// RunIDs are the diagnoses its samples started.
	RunIDs []int64
}

// HopLoss is one hop's loss over several traceroutes.
type HopLoss struct {
	// TTL is the hop number; Addr what answered there (from any trace of
	// the watch when nothing did in the window).
	TTL  int
	Addr string
	// Sent and Recv count probes and answers; Loss is the percentage lost.
	Sent, Recv int
	Loss       float64
}

// lossyHop is the loss from which a hop counts as losing packets.
const lossyHop = 20.0

// maxListed is how many windows the sentence names one by one.
const maxListed = 5

// Summarize summarises the samples (in order) and events taken in
// [from, to); a zero from or to leaves that side open.
func Summarize(samples []Sample, events []Event, from, to time.Time) Summary {
	in := func(t time.Time) bool { return (from.IsZero() || !t.Before(from)) && (to.IsZero() || t.Before(to)) }
	var s Summary
	names := hopNames(samples)
	var cur *Window
	var traces [][]Hop
	var lastEnd time.Time // the sample that ended the window before
	closeWindow := func(until time.Time) {
		if cur != nil {
			cur.Hop = brokenHop(traces, names)
			from := cur.From.Add(-time.Minute)
			if lastEnd.After(from) {
				from = lastEnd.Add(time.Nanosecond)
			}
			cur.Events = eventsIn(events, from, until.Add(time.Nanosecond))
			lastEnd = until
			s.Windows = append(s.Windows, *cur)
			cur, traces = nil, nil
		}
	}
	for _, x := range samples {
		if !in(x.At) {
			continue
		}
		if s.Attempts == 0 {
			s.From = x.At
		}
		s.To = x.At
		s.Attempts++
		if x.OK {
			closeWindow(x.At)
			continue
		}
		s.Failed++
		if cur == nil {
			cur = &Window{From: x.At, FirstSeq: x.Seq}
		}
		cur.To = x.At
		cur.Failed++
		if x.RunID != 0 {
			cur.RunIDs = append(cur.RunIDs, x.RunID)
		}
		if x.Trace != nil {
			traces = append(traces, x.Trace)
		}
	}
	if cur != nil {
		closeWindow(cur.To)
	}
	for _, e := range events {
		if in(e.At) {
			s.Events = append(s.Events, e)
		}
	}
	return s
}

// hopNames is the last address seen at each TTL over the whole watch.
func hopNames(samples []Sample) map[int]string {
	m := map[int]string{}
	for _, s := range samples {
		for _, h := range s.Trace {
			if h.Addr != "" {
				m[h.TTL] = h.Addr
			}
		}
	}
	return m
}

// brokenHop is the first hop from which every later hop lost packets in
// the traces: where the path broke (a router that merely rate-limits its
// own answers, with later hops fine, is not it).
func brokenHop(traces [][]Hop, names map[int]string) *HopLoss {
	agg := map[int]*HopLoss{}
	maxTTL := 0
	for _, tr := range traces {
		for _, h := range tr {
			a := agg[h.TTL]
			if a == nil {
				a = &HopLoss{TTL: h.TTL, Addr: names[h.TTL]}
				agg[h.TTL] = a
			}
			a.Sent += h.Sent
			a.Recv += h.Recv
			if h.Addr != "" {
				a.Addr = h.Addr
			}
			maxTTL = max(maxTTL, h.TTL)
		}
	}
	var found *HopLoss
	for ttl := maxTTL; ttl >= 1; ttl-- {
		a := agg[ttl]
		if a == nil || a.Sent == 0 {
			continue
		}
		a.Loss = 100 * float64(a.Sent-a.Recv) / float64(a.Sent)
		if a.Loss < lossyHop {
			break
		}
		found = a
	}
	return found
}

func eventsIn(events []Event, from, to time.Time) []Event {
	var out []Event
	for _, e := range events {
		if !e.At.Before(from) && e.At.Before(to) {
			out = append(out, e)
		}
	}
	return out
}

// Text is the summary as one plain sentence: "14 of 720 attempts failed
// (1.9%), all between 14:02 and 14:05; in that window hop 3 (10.0.0.1)
// lost 60%." Times are shown in loc.
func (s Summary) Text(loc *time.Location) string {
	if s.Attempts == 0 {
		return "No samples yet."
	}
	f := clockFormat(s.From, s.To)
	at := func(t time.Time) string { return t.In(loc).Format(f) }
	if s.Failed == 0 {
		return fmt.Sprintf("All %s succeeded between %s and %s.", plural(s.Attempts, "attempt"), at(s.From), at(s.To))
	}
	head := fmt.Sprintf("%d of %s failed (%.1f%%)", s.Failed, plural(s.Attempts, "attempt"), 100*float64(s.Failed)/float64(s.Attempts))
	if len(s.Windows) == 1 {
		w := s.Windows[0]
		text := head + ", " + span(w, at, "all ")
		if d := w.detail(at); d != "" {
			text += "; in that window " + d
		}
		return text + "."
	}
	parts := make([]string, 0, maxListed)
	for i, w := range s.Windows {
		if i == maxListed {
			parts = append(parts, fmt.Sprintf("and %d more", len(s.Windows)-maxListed))
			break
		}
		p := span(w, at, "")
		if d := w.detail(at); d != "" {
			p += " (" + d + ")"
		}
		parts = append(parts, p)
	}
	return fmt.Sprintf("%s, in %d windows: %s.", head, len(s.Windows), strings.Join(parts, "; "))
}

// span says when a window was: "at 14:02" or "between 14:02 and 14:05".
func span(w Window, at func(time.Time) string, all string) string {
	if at(w.From) == at(w.To) {
		return "at " + at(w.From)
	}
	return all + "between " + at(w.From) + " and " + at(w.To)
}

// detail is what the window's traces and events show, "" when nothing.
func (w Window) detail(at func(time.Time) string) string {
	var parts []string
	if h := w.Hop; h != nil {
		name := fmt.Sprintf("hop %d", h.TTL)
		if h.Addr != "" {
			name += " (" + h.Addr + ")"
		}
		parts = append(parts, fmt.Sprintf("%s lost %.0f%%", name, h.Loss))
	}
	for _, e := range w.Events {
		parts = append(parts, e.Detail+" at "+at(e.At))
	}
	return strings.Join(parts, " and ")
}

// clockFormat shows seconds for a span under half an hour, the date for one
// that crosses midnight.
func clockFormat(from, to time.Time) string {
	switch {
	case to.Sub(from) < 30*time.Minute && from.YearDay() == to.YearDay():
		return "15:04:05"
	case from.YearDay() != to.YearDay() || from.Year() != to.Year():
		return "Jan 2 15:04"
	}
	return "15:04"
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
