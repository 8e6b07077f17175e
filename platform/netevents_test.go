package platform

import (
	"context"
	"testing"
	"time"
)

func TestDNSChange(t *testing.T) {
	for _, tc := range []struct {
		old, now []string
		want     string
	}{
		{[]string{"10.0.0.1"}, []string{"10.0.0.1"}, ""},
		{nil, nil, ""},
		{[]string{"10.0.0.1"}, []string{"10.0.0.53", "1.1.1.1"}, "DNS servers changed from 10.0.0.1 to 10.0.0.53, 1.1.1.1"},
		{[]string{"10.0.0.1"}, nil, "DNS servers changed from 10.0.0.1 to none"},
		{[]string{"1.1.1.1", "10.0.0.1"}, []string{"10.0.0.1", "1.1.1.1"}, "DNS servers changed from 1.1.1.1, 10.0.0.1 to 10.0.0.1, 1.1.1.1"},
	} {
		if got := dnsChange(tc.old, tc.now); got != tc.want {
			t.Errorf("dnsChange(%q, %q) = %q, want %q", tc.old, tc.now, got, tc.want)
		}
	}
}

// TestPollChanges drives the poller with scripted DNS server lists and
// sleep totals: each change is reported once, a sleep with its length.
func TestPollChanges(t *testing.T) {
	old := pollEvery
	pollEvery = time.Millisecond
	defer func() { pollEvery = old }()
	servers := [][]string{{"10.0.0.1"}, {"10.0.0.1"}, {"10.0.0.53"}, {"10.0.0.53"}}
	sleeps := []time.Duration{0, 0, 0, 5 * time.Minute, 5 * time.Minute}
	i, j := 0, 0
	next := func() ([]string, error) {
		s := servers[min(i, len(servers)-1)]
		i++
		return s, nil
	}
	slept := func() (time.Duration, bool) {
		d := sleeps[min(j, len(sleeps)-1)]
		j++
		return d, true
	}
	ctx, cancel := context.WithCancel(context.Background())
	var got []NetChange
	pollChanges(ctx, next, slept, func(c NetChange) {
		got = append(got, c)
		if len(got) == 2 {
			cancel()
		}
	})
	want := []NetChange{{Kind: NetDNS, Detail: "DNS servers changed from 10.0.0.1 to 10.0.0.53"},
		{Kind: NetResume, Detail: "the computer resumed after sleeping 5m0s"}}
	if len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("got %+v, want %+v", got, want)
	}
}
