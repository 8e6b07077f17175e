package history

import (
	"crypto/sha256"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/conndoctor/conndoctor/diagnose"
	"github.com/conndoctor/conndoctor/engine"
	"github.com/conndoctor/conndoctor/platform"
	"github.com/conndoctor/conndoctor/probes"
	"github.com/conndoctor/conndoctor/target"
)

// TestMain doubles as a helper process for the multi-process tests:
// CONNDOCTOR_HELPER=save,N,PATH saves N runs and prints "saved ID" after
// each commit; aside,N,PATH does the same after setting a damaged file
// aside.
func TestMain(m *testing.M) {
	if h := os.Getenv("CONNDOCTOR_HELPER"); h != "" {
		os.Exit(helper(h))
	}
	os.Exit(m.Run())
}

func helper(spec string) int {
	parts := strings.SplitN(spec, ",", 3)
	n, _ := strconv.Atoi(parts[1])
	s, err := Open(parts[2], OpenOptions{SetAsideCorrupt: parts[0] == "aside"})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer s.Close()
	for i := 0; i < n; i++ {
		id, err := s.Save(sampleReport("app.example.com:443", probes.PortFiltered, time.Now()), SaveOptions{Label: "helper"})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		fmt.Printf("saved %d\n", id)
	}
	return 0
}

// sampleReport builds a realistic report with every check.
func sampleReport(input string, state probes.PortState, started time.Time) *engine.Report {
	t, err := target.Parse(input)
	if err != nil {
		panic(err)
	}
	c := func(id string, s probes.Status, sum string) probes.Check {
		return probes.Check{ID: id, Title: id, Status: s, Summary: sum, Duration: 30 * time.Millisecond}
	}
	portStatus := probes.StatusFail
	if state == probes.PortOpen {
		portStatus = probes.StatusPass
	}
	set := probes.Set{
		Local: &probes.LocalResult{Check: c("local", probes.StatusPass, "route via 10.0.0.1"),
			Route:   &probes.Route{To: "10.9.0.5", Found: true, Iface: "eth0"},
			Gateway: &probes.GatewayCheck{Addr: "10.0.0.1", PingSent: 3, PingRecv: 3, Answered: true}},
		DNS: &probes.DNSResult{Check: c("dns", probes.StatusPass, "resolves"), Name: t.Host,
			System:  probes.Lookup{Kind: probes.AnswerOK, Addrs: []string{"10.9.0.5"}, RTT: probes.Millis(2 * time.Millisecond)},
			Servers: []probes.ServerAnswer{{Server: "10.0.0.53", Lookup: probes.Lookup{Kind: probes.AnswerOK, Addrs: []string{"10.9.0.5"}}}}},
		Port: &probes.PortResult{Check: c("port", portStatus, "port "+string(state)), Addr: "10.9.0.5:443", State: state, Connect: probes.Millis(time.Millisecond)},
		Ping: &probes.PingResult{Check: c("ping", probes.StatusPass, "10/10"), Sent: 10, Recv: 10, Avg: probes.Millis(time.Millisecond),
			RTTs: []probes.Millis{probes.Millis(time.Millisecond), probes.Millis(2 * time.Millisecond)}},
		TraceICMP: &probes.TraceResult{Check: c("trace.icmp", probes.StatusPass, "reached"), Mode: probes.TraceICMP, Reached: true, LastTTL: 3, LastAddr: "10.9.0.5",
			Hops: []probes.Hop{{TTL: 1, Addr: "10.0.0.1", Sent: 3, Recv: 3}, {TTL: 2, Addr: "10.0.1.1", Sent: 3, Recv: 3}, {TTL: 3, Addr: "10.9.0.5", Sent: 3, Recv: 3}}},
	}
	return &engine.Report{Target: t, Addr: "10.9.0.5", Started: started, Duration: 1200 * time.Millisecond, Version: "test",
		Results: set, Diagnosis: diagnose.Diagnose(t, &set),
		Env: engine.Environment{OS: "linux", Hostname: "pc1", DNSServers: []string{"10.0.0.53"},
			Gateways: []platform.Gateway{{Addr: "10.0.0.1", Iface: "eth0"}}}}
}

func openTemp(t testing.TB) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "sub", "history.db")
	s, err := Open(path, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

func TestSaveGetRoundTrip(t *testing.T) {
	s, _ := openTemp(t)
	rep := sampleReport("https://app.example.com/x", probes.PortFiltered, time.Now())
	id, err := s.Save(rep, SaveOptions{Label: "before fix"})
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	if got.Label != "before fix" || got.Report.Target.Input != "https://app.example.com/x" || got.Report.Addr != "10.9.0.5" {
		t.Errorf("run: %+v", got)
	}
	if got.Report.Diagnosis.Verdict.Code != diagnose.CodePortFiltered || got.Report.Results.Port.State != probes.PortFiltered {
		t.Errorf("diagnosis or checks lost: %s %+v", got.Report.Diagnosis.Verdict.Code, got.Report.Results.Port)
	}
	if len(got.Report.Results.TraceICMP.Hops) != 3 || len(got.Report.Results.Ping.RTTs) != 2 || got.Report.Env.Hostname != "pc1" {
		t.Error("check data or environment lost")
	}
	if !got.Report.Started.Equal(rep.Started) || len(got.Report.Results.Entries()) != len(rep.Results.Entries()) {
		t.Error("start time or number of checks differ")
	}
	if _, err := s.Get(id + 100); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing run: %v", err)
	}
}

func TestRepeatsAndDelete(t *testing.T) {
	s, _ := openTemp(t)
	a, _ := s.Save(sampleReport("app.example.com:443", probes.PortFiltered, time.Now()), SaveOptions{Label: "before"})
	b, err := s.Save(sampleReport("app.example.com:443", probes.PortOpen, time.Now()), SaveOptions{Label: "after", Repeats: a})
	if err != nil {
		t.Fatal(err)
	}
	if r, _ := s.Get(b); r.Repeats != a {
		t.Errorf("repeats = %d, want %d", r.Repeats, a)
	}
	if _, err := s.Save(sampleReport("x:1", probes.PortOpen, time.Now()), SaveOptions{Repeats: 999}); !errors.Is(err, ErrNotFound) {
		t.Errorf("repeating a missing run: %v", err)
	}
	if err := s.Delete(a); err != nil {
		t.Fatal(err)
	}
	if r, _ := s.Get(b); r == nil || r.Repeats != 0 {
		t.Errorf("the repeat should survive and lose its link: %+v", r)
	}
	if err := s.Delete(a); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleting twice: %v", err)
	}
	var n int
	s.db.QueryRow("SELECT COUNT(*) FROM checks WHERE run_id = ?", a).Scan(&n)
	if n != 0 {
		t.Errorf("%d checks of a deleted run left", n)
	}
}

func TestListFilters(t *testing.T) {
	s, _ := openTemp(t)
	base := time.Date(2026, 11, 1, 10, 0, 0, 0, time.UTC)
	for i, in := range []string{"app.example.com:443", "db.example.com:5432", "app.example.com:443", "100%_odd.example.com:1"} {
		state := probes.PortFiltered
		if i == 2 {
			state = probes.PortOpen
		}
		if _, err := s.Save(sampleReport(strings.Replace(in, "100%_odd", "odd", 1), state, base.Add(time.Duration(i)*time.Hour)), SaveOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	cases := []struct {
		f    Filter
		want int
	}{
		{Filter{}, 4},
		{Filter{Target: "app.example"}, 2},
		{Filter{Target: "5432"}, 1},
		{Filter{Target: "100%"}, 0},
		{Filter{Verdict: "healthy"}, 1},
		{Filter{Verdict: "port."}, 3},
		{Filter{Since: base.Add(90 * time.Minute)}, 2},
		{Filter{Until: base.Add(90 * time.Minute)}, 2},
		{Filter{Limit: 1}, 1},
	}
	for _, c := range cases {
		got, err := s.List(c.f)
		if err != nil || len(got) != c.want {
			t.Errorf("List(%+v) = %d runs (%v), want %d", c.f, len(got), err, c.want)
		}
	}
	got, _ := s.List(Filter{})
	if !got[0].Started.After(got[1].Started) || got[0].Target != "odd.example.com:1" {
		t.Errorf("not newest first: %+v", got[0])
	}
}

func TestRetention(t *testing.T) {
	s, _ := openTemp(t)
	now := time.Now()
	for i := 0; i < 5; i++ {
		s.Save(sampleReport("app.example.com:443", probes.PortOpen, now.AddDate(0, 0, -i*10)), SaveOptions{})
	}
	if n, err := s.SetRetention(Retention{KeepDays: 25}); err != nil || n != 2 {
		t.Errorf("keep 25 days deleted %d (%v), want 2", n, err)
	}
	if n, err := s.SetRetention(Retention{KeepLast: 2}); err != nil || n != 1 {
		t.Errorf("keep last 2 deleted %d (%v), want 1", n, err)
	}
	s.Save(sampleReport("app.example.com:443", probes.PortOpen, now), SaveOptions{})
	if n, _ := s.Count(); n != 2 {
		t.Errorf("after a save with keep-last 2: %d runs", n)
	}
	if r, _ := s.Retention(); r.KeepLast != 2 {
		t.Errorf("retention not stored: %+v", r)
	}
	if _, err := s.SetRetention(Retention{KeepLast: -1}); err == nil {
		t.Error("negative retention accepted")
	}
}

func hashFile(t *testing.T, path string) [32]byte {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

func TestForeignFileNeverOverwritten(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.db")
	os.WriteFile(path, []byte("these are my notes, not a database\n"), 0o600)
	before := hashFile(t, path)
	_, err := Open(path, OpenOptions{})
	var ce *CorruptError
	if !errors.As(err, &ce) || !strings.Contains(err.Error(), "not an SQLite database") {
		t.Fatalf("Open = %v, want a CorruptError", err)
	}
	if hashFile(t, path) != before {
		t.Fatal("the file was modified")
	}
	s, err := Open(path, OpenOptions{SetAsideCorrupt: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.MovedAside == "" || !strings.Contains(s.MovedAside, ".corrupt-") || hashFile(t, s.MovedAside) != before {
		t.Errorf("not moved aside intact: %q", s.MovedAside)
	}
	if _, err := s.Save(sampleReport("a:1", probes.PortOpen, time.Now()), SaveOptions{}); err != nil {
		t.Errorf("new database unusable: %v", err)
	}
}

func TestDamagedDatabaseDetected(t *testing.T) {
	s, path := openTemp(t)
	for i := 0; i < 50; i++ {
		s.Save(sampleReport("app.example.com:443", probes.PortOpen, time.Now()), SaveOptions{})
	}
	s.db.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
	s.Close()
	b, _ := os.ReadFile(path)
	for i := 4096; i < len(b); i++ { // keep the header page, scribble over the rest
		b[i] = byte(i * 7)
	}
	os.WriteFile(path, b, 0o600)
	before := hashFile(t, path)
	_, err := Open(path, OpenOptions{})
	var ce *CorruptError
	if !errors.As(err, &ce) {
		t.Fatalf("Open of a damaged database = %v, want a CorruptError", err)
	}
	if hashFile(t, path) != before {
		t.Error("the damaged file was modified")
	}
}

func TestNewerSchemaRefusedUntouched(t *testing.T) {
	s, path := openTemp(t)
	s.db.Exec(fmt.Sprintf("PRAGMA user_version = %d", SchemaVersion()+1))
	s.db.Exec("PRAGMA journal_mode=DELETE")
	s.Close()
	before := hashFile(t, path)
	_, err := Open(path, OpenOptions{})
	if !errors.Is(err, ErrTooNew) || !strings.Contains(err.Error(), "not modified") {
		t.Fatalf("Open = %v, want ErrTooNew", err)
	}
	if hashFile(t, path) != before {
		t.Error("a newer database was modified")
	}
}

func TestSchemaVersion(t *testing.T) {
	s, _ := openTemp(t)
	var v int
	s.db.QueryRow("PRAGMA user_version").Scan(&v)
	var mode string
	s.db.QueryRow("PRAGMA journal_mode").Scan(&mode)
	if v != SchemaVersion() || v < 1 || mode != "wal" {
		t.Errorf("user_version %d journal %s", v, mode)
	}
	var fk int
	s.db.QueryRow("PRAGMA foreign_keys").Scan(&fk)
	if fk != 1 {
		t.Error("foreign keys off")
	}
	_ = sql.ErrNoRows
}

func TestSetLabel(t *testing.T) {
	s, _ := openTemp(t)
	a, _ := s.Save(sampleReport("app.example.com:443", probes.PortFiltered, time.Now()), SaveOptions{})
	if err := s.SetLabel(a, "before"); err != nil {
		t.Fatal(err)
	}
	if r, _ := s.Get(a); r.Label != "before" {
		t.Errorf("label = %q", r.Label)
	}
	if err := s.SetLabel(a+100, "x"); !errors.Is(err, ErrNotFound) {
		t.Errorf("labelling a missing run: %v", err)
	}
	long := strings.Repeat("x", MaxLabel+1)
	if err := s.SetLabel(a, long); err == nil {
		t.Error("an over-long label was accepted")
	}
	if _, err := s.Save(sampleReport("x:1", probes.PortOpen, time.Now()), SaveOptions{Label: long}); err == nil {
		t.Error("Save accepted an over-long label")
	}
	if r, _ := s.Get(a); r.Label != "before" {
		t.Errorf("a refused label changed the run: %q", r.Label)
	}
}
