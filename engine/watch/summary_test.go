package watch

import (
	"testing"
	"time"

	"github.com/conndoctor/conndoctor/target"
)

// timeline builds samples from a script: '.' ok, 'x' failed (with a trace
// that stops after hop 2), one every 5 s from t0.
func timeline(script string) []Sample {
	var out []Sample
	for i, c := range script {
		s := Sample{Seq: i, At: t0.Add(time.Duration(i) * 5 * time.Second), OK: c == '.'}
		switch c {
		case 'x':
			s.Trace = []Hop{{TTL: 1, Addr: "10.0.0.1", Sent: 2, Recv: 2}, {TTL: 2, Addr: "10.0.1.1", Sent: 2, Recv: 2}, {TTL: 3, Sent: 2}}
		case 'h': // failed, hop 3 half lost but the destination answered
			s.Trace = []Hop{{TTL: 1, Sent: 2, Recv: 2}, {TTL: 2, Sent: 2, Recv: 1}, {TTL: 3, Addr: "10.0.2.1", Sent: 2, Recv: 2}}
		case 'T': // ok, with a trace naming hop 3
			s.OK = true
			s.Trace = []Hop{{TTL: 1, Addr: "10.0.0.1", Sent: 2, Recv: 2}, {TTL: 2, Addr: "10.0.1.1", Sent: 2, Recv: 2}, {TTL: 3, Addr: "10.0.2.1", Sent: 2, Recv: 2}}
		}
		out = append(out, s)
	}
	return out
}

func TestSummaryText(t *testing.T) {
	for _, tc := range []struct {
		name, script string
		events       []Event
		from, to     int // sample indexes bounding the zoom (-1: open)
		want         string
	}{
		{"empty", "", nil, -1, -1, "No samples yet."},
		{"healthy", "....", nil, -1, -1, "All 4 attempts succeeded between 14:00:00 and 14:00:15."},
		{"one window", "T..xxx..", nil, -1, -1, "3 of 8 attempts failed (37.5%), all between 14:00:15 and 14:00:25; in that window hop 3 (10.0.2.1) lost 100%."},
		{"one failure", "..x", nil, -1, -1, "1 of 3 attempts failed (33.3%), at 14:00:10; in that window hop 3 lost 100%."},
		{"two windows", "T.x..xx.", nil, -1, -1, "3 of 8 attempts failed (37.5%), in 2 windows: at 14:00:10 (hop 3 (10.0.2.1) lost 100%); between 14:00:25 and 14:00:30 (hop 3 (10.0.2.1) lost 100%)."},
		{"zoomed on the second", "T.x..xx.", nil, 4, -1, "2 of 4 attempts failed (50.0%), all between 14:00:25 and 14:00:30; in that window hop 3 (10.0.2.1) lost 100%."},
		{"zoomed on nothing failing", "T.x..xx.", nil, 0, 2, "All 2 attempts succeeded between 14:00:00 and 14:00:05."},
		{"loss at a hop that recovers is not the break", ".h.", nil, -1, -1, "1 of 3 attempts failed (33.3%), at 14:00:05."},
		{"no trace", ".y.", nil, -1, -1, "1 of 3 attempts failed (33.3%), at 14:00:05."},
		{"with an event", "..xx", []Event{{At: t0.Add(9 * time.Second), Kind: EventNetwork, Detail: "the Wi-Fi reconnected"}}, -1, -1,
			"2 of 4 attempts failed (50.0%), all between 14:00:10 and 14:00:15; in that window hop 3 lost 100% and the Wi-Fi reconnected at 14:00:09."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			samples := timeline(tc.script)
			var from, to time.Time
			if tc.from >= 0 {
				from = samples[tc.from].At
			}
			if tc.to >= 0 {
				to = samples[tc.to].At
			}
			if got := Summarize(samples, tc.events, from, to).Text(time.UTC); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

func TestSummaryLongWatch(t *testing.T) {
	var samples []Sample
	for i := range 720 {
		samples = append(samples, Sample{Seq: i, At: t0.Add(time.Duration(i) * 5 * time.Second), OK: i < 24 || i >= 38})
	}
	got := Summarize(samples, nil, time.Time{}, time.Time{}).Text(time.UTC)
	if want := "14 of 720 attempts failed (1.9%), all between 14:02 and 14:03."; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestSummaryManyWindows(t *testing.T) {
	s := Summarize(timeline(".x.x.x.x.x.x.x."), nil, time.Time{}, time.Time{})
	if len(s.Windows) != 7 {
		t.Fatalf("%d windows", len(s.Windows))
	}
	want := "7 of 15 attempts failed (46.7%), in 7 windows: at 14:00:05 (hop 3 lost 100%); at 14:00:15 (hop 3 lost 100%); at 14:00:25 (hop 3 lost 100%); at 14:00:35 (hop 3 lost 100%); at 14:00:45 (hop 3 lost 100%); and 2 more."
	if got := s.Text(time.UTC); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestEstimateCost(t *testing.T) {
	for _, tc := range []struct {
		target string
		every  time.Duration
		want   string
	}{
		{"https://app.example/", 5 * time.Second, "at most 14.1 MB an hour (19 kB a sample)"},
		{"10.0.0.5:22", 5 * time.Second, "at most 1.9 MB an hour (2 kB a sample)"},
		{"10.0.0.5:22", time.Minute, "at most 684 kB an hour (2 kB a sample)"},
	} {
		tg := parse(t, tc.target)
		if got := EstimateCost(tg, tc.every, 1).Text(); got != tc.want {
			t.Errorf("%s every %s: %s, want %s", tc.target, tc.every, got, tc.want)
		}
	}
}

func parse(t *testing.T, s string) target.Target {
	t.Helper()
	tg, err := target.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return tg
}
