package history

import (
	"os"
	"testing"
	"time"

	"github.com/conndoctor/conndoctor/probes"
)

func findCheck(c Comparison, id string) CheckDiff {
	for _, d := range c.Checks {
		if d.ID == id {
			return d
		}
	}
	return CheckDiff{}
}

func metric(d CheckDiff, name string) Metric {
	for _, m := range d.Metrics {
		if m.Name == name {
			return m
		}
	}
	return Metric{}
}

func TestCompareFixed(t *testing.T) {
	s, _ := openTemp(t)
	before := sampleReport("app.example.com:443", probes.PortFiltered, time.Now())
	after := sampleReport("app.example.com:443", probes.PortOpen, time.Now().Add(time.Minute))
	after.Env.DNSServers = []string{"10.0.0.54"}
	after.Results.Ping.Avg = probes.Millis(3 * time.Millisecond)
	after.Results.TraceTCP = &probes.TraceResult{Check: probes.Check{ID: "trace.tcp", Title: "trace.tcp", Status: probes.StatusPass}, Reached: true, LastTTL: 3}
	a, _ := s.Save(before, SaveOptions{Label: "before"})
	b, _ := s.Save(after, SaveOptions{Label: "after", Repeats: a})
	ra, _ := s.Get(a)
	rb, _ := s.Get(b)
	c := Compare(ra, rb)
	if !c.SameTarget || c.Note != "" || c.Verdict != Fixed || c.Before.Label != "before" || c.After.VerdictCode != "healthy" {
		t.Errorf("comparison head: %+v", c)
	}
	port := findCheck(c, "port")
	if port.Change != Fixed || metric(port, "port state").Before != "filtered" || metric(port, "port state").After != "open" {
		t.Errorf("port: %+v", port)
	}
	ping := findCheck(c, "ping")
	if ping.Change != Unchanged || metric(ping, "average RTT").Delta != "+2.0 ms" {
		t.Errorf("an RTT shift alone must not count as a change, and must show its delta: %+v", ping)
	}
	if findCheck(c, "trace.tcp").Change != Added || findCheck(c, "dns").Change != Unchanged {
		t.Errorf("trace.tcp %s, dns %s", findCheck(c, "trace.tcp").Change, findCheck(c, "dns").Change)
	}
	if len(c.Env) != 1 || c.Env[0].Field != "DNS servers" || c.Env[0].Before != "10.0.0.53" || c.Env[0].After != "10.0.0.54" {
		t.Errorf("env diff: %+v", c.Env)
	}
	back := Compare(rb, ra)
	if back.Verdict != Broken || findCheck(back, "port").Change != Broken || findCheck(back, "trace.tcp").Change != Removed {
		t.Errorf("reverse comparison: %s %s", back.Verdict, findCheck(back, "port").Change)
	}
}

func TestCompareDifferentTargets(t *testing.T) {
	s, _ := openTemp(t)
	a, _ := s.Save(sampleReport("app.example.com:443", probes.PortOpen, time.Now()), SaveOptions{})
	db := sampleReport("db.example.com:5432", probes.PortRefused, time.Now())
	db.Results.DNS.System.Addrs = []string{"10.9.0.6"}
	b, _ := s.Save(db, SaveOptions{})
	ra, _ := s.Get(a)
	rb, _ := s.Get(b)
	c := Compare(ra, rb)
	if c.SameTarget || c.Note == "" || c.Verdict != Broken {
		t.Errorf("different targets: %+v", c)
	}
	if findCheck(c, "dns").Change != Changed {
		t.Errorf("a different answer must count as changed: %+v", findCheck(c, "dns"))
	}
}

func TestStatusChange(t *testing.T) {
	cases := []struct {
		a, b probes.Status
		key  bool
		want Change
	}{
		{probes.StatusFail, probes.StatusPass, false, Fixed},
		{probes.StatusWarn, probes.StatusPass, false, Fixed},
		{probes.StatusPass, probes.StatusWarn, false, Broken},
		{probes.StatusSkip, probes.StatusPass, false, Changed},
		{probes.StatusFail, probes.StatusFail, true, Changed},
		{probes.StatusFail, probes.StatusFail, false, Unchanged},
	}
	for _, c := range cases {
		if got := statusChange(true, true, c.a, c.b, c.key); got != c.want {
			t.Errorf("%s→%s key=%v: %s, want %s", c.a, c.b, c.key, got, c.want)
		}
	}
}

// BenchmarkHistory10k stores 10,000 runs once, then measures listing the
// newest 100 and comparing two runs; it reports the database size per run.
func BenchmarkHistory10k(b *testing.B) {
	s, path := openTemp(b)
	start := time.Now().Add(-10000 * time.Minute)
	for i := 0; i < 10000; i++ {
		if _, err := s.Save(sampleReport("app.example.com:443", probes.PortFiltered, start.Add(time.Duration(i)*time.Minute)), SaveOptions{}); err != nil {
			b.Fatal(err)
		}
	}
	s.db.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
	st, _ := os.Stat(path)
	b.Run("list100", func(b *testing.B) {
		for b.Loop() {
			if l, err := s.List(Filter{Limit: 100}); err != nil || len(l) != 100 {
				b.Fatal(err)
			}
		}
	})
	b.Run("compare", func(b *testing.B) {
		for b.Loop() {
			ra, _ := s.Get(17)
			rb, _ := s.Get(9999)
			Compare(ra, rb)
		}
	})
	b.Run("size", func(b *testing.B) {
		b.ReportMetric(float64(st.Size())/10000, "bytes/run")
	})
}
