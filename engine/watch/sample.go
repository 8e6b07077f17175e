// Package watch samples one target at a steady pace for minutes or hours
// and keeps a timeline: each sample is a name lookup, a TCP connection to
// each of the name's addresses, the TLS/HTTP answer's first byte where the
// target has one, and a few pings of the gateway and the target; a
// traceroute every minute and after every failed sample. When a failure
// window opens, a full diagnosis runs at once (Options.Diagnose), so the
// failure gets a verdict like any other run.
//
// Time is injectable (Clock) and so is the sampling (Sampler): tests drive a
// whole watch with a scripted clock and scripted samples.
//
//	w := watch.New(t, watch.Options{Every: 5 * time.Second, For: time.Hour,
//		OnSample: func(s watch.Sample) { fmt.Println(s.Line()) }})
//	res := w.Run(ctx)
//	fmt.Println(watch.Summarize(res.Samples, res.Events, time.Time{}, time.Time{}).Text(time.Local))
package watch

import (
	"time"
)

// Sample is one light check of the target.
type Sample struct {
	// Seq numbers the samples of a watch from 0.
	Seq int `json:"seq"`
	// At is when the sample began.
	At time.Time `json:"at"`
	// OK says the target worked: the name resolved, every address
	// accepted the connection and the application answered.
	OK bool `json:"ok"`
	// Why says in words what failed ("" when OK).
	Why string `json:"why,omitempty"`
	// DNS is the name lookup (nil for an IP address target).
	DNS *Lookup `json:"dns,omitempty"`
	// Connects are the TCP connections, one per address of the name.
	Connects []Connect `json:"connects,omitempty"`
	// FirstByteMs is the time to the application's first byte (TLS
	// handshake done for a TLS service), 0 when not checked or failed;
	// App says how the application check ended ("" when not checked).
	FirstByteMs float64 `json:"first_byte_ms,omitempty"`
	App         string  `json:"app,omitempty"`
	// Gateway and Target are the pings (nil when not sent).
	Gateway *Ping `json:"gateway,omitempty"`
	Target  *Ping `json:"target,omitempty"`
	// Trace is the traceroute taken with this sample (nil when none was).
	Trace []Hop `json:"trace,omitempty"`
	// RunID is the saved diagnosis this sample started (0: none).
	RunID int64 `json:"run_id,omitempty"`
}

// Lookup is a sample's name lookup.
type Lookup struct {
	// Ms is how long the system resolver took.
	Ms float64 `json:"ms"`
	// Answer is the addresses it returned; Error why it returned none.
	Answer []string `json:"answer,omitempty"`
	Error  string   `json:"error,omitempty"`
}

// Connect is a TCP connection attempt to one address.
type Connect struct {
	// Addr is the address; Ms how long the connection took (or waited).
	Addr string  `json:"addr"`
	Ms   float64 `json:"ms"`
	// State is probes.PortState: "open", "refused", "filtered"…
	State string `json:"state"`
}

// Ping is a few echo requests to one address.
type Ping struct {
	// Addr is the address pinged.
	Addr string `json:"addr"`
	// Sent and Recv count requests and replies; AvgMs is the mean round trip.
	Sent  int     `json:"sent"`
	Recv  int     `json:"recv"`
	AvgMs float64 `json:"avg_ms,omitempty"`
}

// Hop is one hop of a traceroute.
type Hop struct {
	// TTL is the hop number; Addr what answered ("" when nothing did).
	TTL  int    `json:"ttl"`
	Addr string `json:"addr,omitempty"`
	// Sent and Recv count probes and answers.
	Sent int `json:"sent"`
	Recv int `json:"recv"`
	// AvgMs is the answers' mean round trip.
	AvgMs float64 `json:"avg_ms,omitempty"`
}

// ConnectMs is the first address's connection time, 0 when none connected.
func (s Sample) ConnectMs() float64 {
	for _, c := range s.Connects {
		if c.State == "open" {
			return c.Ms
		}
	}
	return 0
}

// Event is something that happened on this computer during a watch, shown
// as a marker on the timeline.
type Event struct {
	// At is when it happened (for a gap: when it ended).
	At time.Time `json:"at"`
	// Kind is one of the Event kinds.
	Kind string `json:"kind"`
	// Detail says what happened, in words.
	Detail string `json:"detail"`
}

// Event kinds.
const (
	// EventGap is a stretch without samples: the computer slept or the
	// program was stopped.
	EventGap = "gap"
	// EventNetwork is a change of links, addresses, routes or DNS servers.
	EventNetwork = "network"
)
