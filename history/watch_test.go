package history

import (
	"errors"
	"os"
	"reflect"
	"runtime"
	"testing"
	"time"

	"github.com/conndoctor/conndoctor/engine/watch"
	"github.com/conndoctor/conndoctor/probes"
	"github.com/conndoctor/conndoctor/target"
)

// fullSample fills every field a sample stores (a new field must be added
// here, or the round trip below misses it).
func fullSample(seq int, at time.Time, ok bool) watch.Sample {
	s := watch.Sample{Seq: seq, At: at, OK: ok, FirstByteMs: 12.5, App: "pass",
		DNS:      &watch.Lookup{Ms: 1.5, Answer: []string{"10.9.0.5", "2001:db8::5"}},
		Connects: []watch.Connect{{Addr: "10.9.0.5", Ms: 2.25, State: "open"}, {Addr: "2001:db8::5", Ms: 3, State: "open"}},
		Gateway:  &watch.Ping{Addr: "10.0.0.1", Sent: 3, Recv: 3, AvgMs: 0.5},
		Target:   &watch.Ping{Addr: "10.9.0.5", Sent: 3, Recv: 2, AvgMs: 9},
	}
	if !ok {
		s.Why, s.App, s.FirstByteMs = "10.9.0.5:443 did not answer", "", 0
		s.Connects[0].State = "filtered"
		s.Trace = []watch.Hop{{TTL: 1, Addr: "10.0.0.1", Sent: 2, Recv: 2, AvgMs: 0.4}, {TTL: 2, Sent: 2}}
	}
	return s
}

func watchTarget(t testing.TB) target.Target {
	tg, err := target.Parse("https://app.example.com/x")
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

func TestWatchRoundTrip(t *testing.T) {
	s, _ := openTemp(t)
	start := time.Date(2025, 3, 4, 14, 0, 0, 0, time.UTC)
	id, err := s.CreateWatch(watchTarget(t), 5*time.Second, start)
	if err != nil {
		t.Fatal(err)
	}
	var want []watch.Sample
	for i, ok := range []bool{true, false, false, true} {
		x := fullSample(i, start.Add(time.Duration(i)*5*time.Second), ok)
		if err := s.AddSample(id, x); err != nil {
			t.Fatal(err)
		}
		want = append(want, x)
	}
	runID, err := s.Save(sampleReport("https://app.example.com/x", probes.PortFiltered, start.Add(5*time.Second)), SaveOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.LinkRun(id, 1, runID); err != nil {
		t.Fatal(err)
	}
	want[1].RunID = runID
	ev := watch.Event{At: start.Add(7 * time.Second), Kind: watch.EventGap, Detail: "no samples for 1m0s"}
	if err := s.AddEvent(id, ev); err != nil {
		t.Fatal(err)
	}
	if err := s.EndWatch(id, start.Add(20*time.Second)); err != nil {
		t.Fatal(err)
	}
	w, err := s.GetWatch(id)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(w.Samples, want) {
		t.Errorf("samples\n got %+v\nwant %+v", w.Samples, want)
	}
	if !reflect.DeepEqual(w.Events, []watch.Event{ev}) {
		t.Errorf("events %+v", w.Events)
	}
	if w.Every != 5*time.Second || !w.Started.Equal(start) || !w.Ended.Equal(start.Add(20*time.Second)) ||
		w.Samples != nil && (w.WatchRow.Samples != 4 || w.Failed != 2) || w.Target != "app.example.com:443" ||
		w.TargetParsed.Host != "app.example.com" || !reflect.DeepEqual(w.Runs, []int64{runID}) {
		t.Errorf("watch row %+v", w.WatchRow)
	}
	if got := w.Summary(time.Time{}, time.Time{}).Text(time.UTC); got != "2 of 4 attempts failed (50.0%), all between 14:00:05 and 14:00:10; in that window hop 2 lost 100% and no samples for 1m0s at 14:00:07." {
		t.Errorf("summary: %s", got)
	}
	list, err := s.ListWatches(0)
	if err != nil || len(list) != 1 || !reflect.DeepEqual(list[0], w.WatchRow) {
		t.Errorf("list %+v %v\nwant %+v", list, err, w.WatchRow)
	}
	// The linked run is an ordinary run: deleting it unlinks it.
	if err := s.Delete(runID); err != nil {
		t.Fatal(err)
	}
	if w, _ = s.GetWatch(id); w.Runs != nil || w.Samples[1].RunID != 0 {
		t.Errorf("a deleted run stays linked: %v", w.Runs)
	}
	if err := s.DeleteWatch(id); err != nil {
		t.Fatal(err)
	}
	if _, err := s.GetWatch(id); !errors.Is(err, ErrNoWatch) {
		t.Errorf("deleted watch: %v", err)
	}
	var n int
	s.db.QueryRow("SELECT COUNT(*) FROM watch_samples").Scan(&n)
	if n != 0 {
		t.Errorf("%d samples outlived their watch", n)
	}
}

func TestWatchRetention(t *testing.T) {
	s, _ := openTemp(t)
	old := time.Now().AddDate(0, 0, -40)
	var ids []int64
	for i, at := range []time.Time{old, time.Now().Add(-time.Hour), time.Now().Add(-time.Minute), time.Now()} {
		id, err := s.CreateWatch(watchTarget(t), time.Second, at)
		if err != nil {
			t.Fatal(err)
		}
		s.AddSample(id, fullSample(0, at, i%2 == 0))
		ids = append(ids, id)
	}
	if _, err := s.SetRetention(Retention{KeepDays: 30}); err != nil {
		t.Fatal(err)
	}
	if l, _ := s.ListWatches(0); len(l) != 3 {
		t.Errorf("keep 30 days: %d watches left, want 3", len(l))
	}
	if _, err := s.SetRetention(Retention{KeepLast: 2}); err != nil {
		t.Fatal(err)
	}
	l, _ := s.ListWatches(0)
	if len(l) != 2 || l[0].ID != ids[3] || l[1].ID != ids[2] {
		t.Errorf("keep the last 2: %+v", l)
	}
}

func TestWatchErrors(t *testing.T) {
	s, _ := openTemp(t)
	if err := s.EndWatch(99, time.Now()); !errors.Is(err, ErrNoWatch) {
		t.Errorf("end a missing watch: %v", err)
	}
	if err := s.DeleteWatch(99); !errors.Is(err, ErrNoWatch) {
		t.Errorf("delete a missing watch: %v", err)
	}
	if err := s.AddSample(99, fullSample(0, time.Now(), true)); err == nil {
		t.Error("a sample of a missing watch was stored")
	}
	id, _ := s.CreateWatch(watchTarget(t), time.Second, time.Now())
	if err := s.LinkRun(id, 0, 12345); err == nil {
		t.Error("a missing run was linked")
	}
}

// BenchmarkWatchSample measures storing one sample (every tenth a failed
// one, with its traceroute), loading a 50,000-sample watch and summarising
// it; it reports the database bytes a sample takes and the memory a loaded
// sample holds.
func BenchmarkWatchSample(b *testing.B) {
	s, path := openTemp(b)
	start := time.Now()
	b.Run("write", func(b *testing.B) {
		id, _ := s.CreateWatch(watchTarget(b), time.Second, start)
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			if err := s.AddSample(id, fullSample(i, start.Add(time.Duration(i)*time.Second), i%10 == 0)); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})
	const n = 50000
	id, _ := s.CreateWatch(watchTarget(b), time.Second, start)
	tx, _ := s.db.Begin()
	for i := range n {
		x := fullSample(i, start.Add(time.Duration(i)*time.Second), i%10 != 0)
		d := `{"dns":{"ms":1.5,"answer":["10.9.0.5"]},"conns":[{"addr":"10.9.0.5","ms":2.25,"state":"open"}],"app":"pass","gw":{"addr":"10.0.0.1","sent":3,"recv":3,"avg_ms":0.5},"tgt":{"addr":"10.9.0.5","sent":3,"recv":3,"avg_ms":9}}`
		if _, err := tx.Exec(`INSERT INTO watch_samples (watch_id, seq, at_ms, ok, connect_ms, first_byte_ms, detail) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			id, i, x.At.UnixMilli(), x.OK, x.ConnectMs(), x.FirstByteMs, d); err != nil {
			b.Fatal(err)
		}
	}
	tx.Commit()
	s.db.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
	// One load of the whole watch (a load takes about a second, too long
	// to repeat 200 times), reported as metrics; the loop recomputes the
	// summary over all 50,000 samples, as a zoomed view does.
	b.Run("load50k+summary", func(b *testing.B) {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		t0 := time.Now()
		w, err := s.GetWatch(id)
		took := time.Since(t0)
		if err != nil || len(w.Samples) != n {
			b.Fatal(err)
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		b.ReportAllocs()
		for b.Loop() {
			w.Summary(time.Time{}, time.Time{})
		}
		runtime.KeepAlive(w)
		// After the loop: b.Loop's start clears metrics reported before.
		st, _ := os.Stat(path)
		b.ReportMetric(float64(st.Size())/n, "db-B/sample")
		b.ReportMetric(float64(took.Milliseconds()), "load-ms")
		b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/n, "heap-B/sample")
	})
}
