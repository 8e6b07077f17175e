package probes

import (
	"context"
	"strings"
	"testing"
)

// pathFetch simulates a path whose packets over mtu bytes vanish, serving
// an answer of size bytes.
func pathFetch(mtu, size int) mssFetch {
	return func(_ context.Context, _ string, mss int, _ *MTUFallback) (int, bool, error) {
		if mss+40 > mtu && size > mss {
			return mss - 100, false, nil // the handshake's small packets got through
		}
		return size, true, nil
	}
}

func TestSearchMSS(t *testing.T) {
	cases := []struct {
		name      string
		fetch     mssFetch
		pmtu      int
		firstLost int
		blackhole bool
		err       string
	}{
		{name: "1400-byte link", fetch: pathFetch(1400, 50000), pmtu: 1400, firstLost: 1440, blackhole: true},
		{name: "1280-byte tunnel", fetch: pathFetch(1280, 50000), pmtu: 1280, firstLost: 1340, blackhole: true},
		{name: "clean path", fetch: pathFetch(1500, 50000), pmtu: 1500},
		{name: "tiny answer", fetch: pathFetch(1400, 300), err: "too small"},
		{name: "nothing finishes", fetch: func(context.Context, string, int, *MTUFallback) (int, bool, error) { return 0, false, nil }, err: "no TCP exchange"},
		{name: "unsupported", fetch: func(context.Context, string, int, *MTUFallback) (int, bool, error) {
			return 0, false, errMSSUnsupported
		}, err: "cannot be set"},
	}
	for _, c := range cases {
		r := &MTUResult{IfaceMTU: 1500}
		err := searchMSS(context.Background(), r, "10.0.0.5", &MTUFallback{Host: "app.example.com", Port: 443, TLS: true}, c.fetch)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%s: err %v, want %q", c.name, err, c.err)
			}
			continue
		}
		if err != nil || r.PathMTU != c.pmtu || r.FirstLost != c.firstLost || r.Blackhole != c.blackhole || r.Method != "tcp-mss" {
			t.Errorf("%s: %+v %v", c.name, r, err)
		}
	}
}
