//go:build linux

package lab

import (
	"context"
	"encoding/json"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestWatchNetworkEvents: while the CLI watches from the client, the
// client's link loses its carrier (r1's end goes down) and comes back, its
// default route is replaced by a dead one and restored, and its resolv.conf
// gains a server. Each change is on the watch's timeline, stamped after it
// was made and before the next, and the failure window the dead link
// caused says when the link went down.
func TestWatchNetworkEvents(t *testing.T) {
	l := newLab(t, "")
	db := filepath.Join(t.TempDir(), "history.db")
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := l.CommandContext(ctx, Client, cli, "watch", "--json", "--no-diagnose", "--every", "2s", "--for", "22s", "--db", db, "app.lab.test:443")
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	resolv := func(s string) func() error {
		return func() error { return l.SetClientFiles(s, "127.0.0.1 localhost\n") }
	}
	script := func(s string) func() error { return func() error { return l.Script(s) } }
	plan := []struct {
		at   time.Duration
		do   func() error
		want string
		was  time.Time // when the change was started
	}{
		{at: 4 * time.Second, do: script("r1: ip link set eth0 down"), want: "link eth0 went down"},
		{at: 8 * time.Second, do: script("r1: ip link set eth0 up"), want: "link eth0 came up"},
		{at: 11 * time.Second, do: script("client: ip route replace default via 10.99.1.3 dev eth0"),
			want: "default route via " + R1Client + " on eth0 replaced by one via 10.99.1.3 on eth0"},
		{at: 14 * time.Second, do: script("client: ip route replace default via " + R1Client + " dev eth0"),
			want: "default route via 10.99.1.3 on eth0 replaced by one via " + R1Client + " on eth0"},
		{at: 17 * time.Second, do: resolv("nameserver " + DNSAddr + "\nnameserver 10.99.3.201\n"),
			want: "DNS servers changed from " + DNSAddr + " to " + DNSAddr + ", 10.99.3.201"},
	}
	start := time.Now()
	for i := range plan {
		time.Sleep(time.Until(start.Add(plan[i].at)))
		plan[i].was = time.Now()
		if err := plan[i].do(); err != nil {
			t.Fatal(err)
		}
	}
	err := cmd.Wait()
	if ee, ok := err.(*exec.ExitError); err != nil && (!ok || ee.ExitCode() != 1) {
		t.Fatalf("watch: %v\n%s", err, stderr.String())
	}
	var w struct {
		Summary string `json:"summary"`
		Events  []struct {
			At     time.Time `json:"at"`
			Kind   string    `json:"kind"`
			Detail string    `json:"detail"`
		} `json:"events"`
	}
	if err := json.Unmarshal([]byte(stdout.String()), &w); err != nil {
		t.Fatalf("%v\n%s\n%s", err, stdout.String(), stderr.String())
	}
	t.Log(w.Summary)
	for i, p := range plan {
		next := time.Now()
		if i+1 < len(plan) {
			next = plan[i+1].was
		}
		found := false
		for _, e := range w.Events {
			if strings.HasPrefix(e.Detail, p.want) && e.Kind == "network" {
				found = true
				if e.At.Before(p.was) || e.At.After(next) {
					t.Errorf("%q at %s: the change was made at %s, the next at %s", e.Detail,
						e.At.Sub(start).Round(time.Millisecond), p.was.Sub(start).Round(time.Millisecond), next.Sub(start).Round(time.Millisecond))
				}
			}
		}
		if !found {
			t.Errorf("no event %q on the timeline: %+v", p.want, w.Events)
		}
	}
	if !strings.Contains(w.Summary, "link eth0 went down at ") {
		t.Errorf("the summary does not say when the link went down: %s", w.Summary)
	}
}
