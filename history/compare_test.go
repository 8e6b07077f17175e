package history

import (
	"os"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/conndoctor/conndoctor/diagnose"
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
	if c.SameTarget || c.Note == "" || c.Verdict != NotCompared || c.Outcome != OutcomeOtherTargets || c.Headline != c.Note {
		t.Errorf("different targets: %+v", c)
	}
	for _, d := range c.Checks {
		if d.Change != NotCompared {
			t.Errorf("%s marked %s across different targets", d.ID, d.Change)
		}
	}
}

// run wraps a report as a stored run.
func run(id int64, input string, state probes.PortState, port int) *Run {
	r := sampleReport(input, state, time.Date(2026, 11, 22, 3, int(id), 0, 0, time.UTC))
	r.Results.Port.Title = "TCP port " + strconv.Itoa(port)
	return &Run{ID: id, Report: *r}
}

// TestCompareOtherPortIsNotFixed reproduces the wizard showing the row
// "TCP port 8081" with port 9001's result, marked fixed.
func TestCompareOtherPortIsNotFixed(t *testing.T) {
	c := Compare(run(1, "app.example.com:8081", probes.PortFiltered, 8081), run(2, "app.example.com:9001", probes.PortOpen, 9001))
	port := findCheck(c, "port")
	if c.SameTarget || port.Change != NotCompared || port.Title != "TCP port 8081 / TCP port 9001" || c.Outcome != OutcomeOtherTargets {
		t.Errorf("outcome %s, port row %+v", c.Outcome, port)
	}
	if port.Before != probes.StatusFail || port.After != probes.StatusPass {
		t.Errorf("each side keeps its own status: %+v", port)
	}
	for _, d := range c.Checks {
		if len(d.Metrics) != 0 {
			t.Errorf("%s: figures compared across different targets: %+v", d.ID, d.Metrics)
		}
	}
	if same := Compare(run(1, "APP.example.com:8081", probes.PortFiltered, 8081), run(2, "app.example.com:8081", probes.PortOpen, 8081)); !same.SameTarget {
		t.Error("host names differing in case are the same target")
	}
}

func TestCompareOutcome(t *testing.T) {
	const tgt = "app.example.com:443"
	refused := run(3, tgt, probes.PortRefused, 443)
	cases := []struct {
		name  string
		a, b  *Run
		want  Outcome
		title string
	}{
		{"fixed", run(1, tgt, probes.PortFiltered, 443), run(2, tgt, probes.PortOpen, 443), OutcomeFixed, "Fixed"},
		{"still failing", run(1, tgt, probes.PortFiltered, 443), run(2, tgt, probes.PortFiltered, 443), OutcomeStillFailing, "Still failing"},
		{"changed", run(1, tgt, probes.PortFiltered, 443), refused, OutcomeChanged, "Changed"},
		{"broken", run(1, tgt, probes.PortOpen, 443), refused, OutcomeBroken, "Now failing"},
		{"still working", run(1, tgt, probes.PortOpen, 443), run(2, tgt, probes.PortOpen, 443), OutcomeStillWorking, "Still working"},
		{"other targets", run(1, tgt, probes.PortOpen, 443), run(2, "db.example.com:443", probes.PortOpen, 443), OutcomeOtherTargets, "Different targets"},
	}
	for _, c := range cases {
		got := Compare(c.a, c.b)
		if got.Outcome != c.want || got.Outcome.Title() != c.title || got.Headline == "" {
			t.Errorf("%s: %s %q %q", c.name, got.Outcome, got.Outcome.Title(), got.Headline)
		}
	}
	if s := Compare(run(1, tgt, probes.PortFiltered, 443), run(2, tgt, probes.PortFiltered, 443)); s.Outcome.Severity() != diagnose.SeverityProblem || s.Verdict != Unchanged {
		t.Errorf("a fault that persists is a problem, not neutral: %s %s", s.Outcome.Severity(), s.Verdict)
	}
}

// TestCompareChangedFirst: the checks that moved come first, the
// unchanged after them, each group in display order.
func TestCompareChangedFirst(t *testing.T) {
	a := run(1, "app.example.com:443", probes.PortFiltered, 443)
	b := run(2, "app.example.com:443", probes.PortOpen, 443)
	b.Report.Results.Ping.Check.Status = probes.StatusWarn
	var got []string
	for _, d := range Compare(a, b).Checks {
		got = append(got, d.ID+" "+string(d.Change))
	}
	want := []string{"ping broken", "port fixed", "local unchanged", "dns unchanged", "trace.icmp unchanged"}
	if !slices.Equal(got, want) {
		t.Errorf("order %q, want %q", got, want)
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
