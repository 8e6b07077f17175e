package history

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/conndoctor/conndoctor/engine/watch"
	"github.com/conndoctor/conndoctor/probes"
)

// storeWatch saves a watch from a script ('.' ok, 'x' failed, the first
// of each window linked to a saved run whose port was filtered); ended
// says whether its end is saved.
func storeWatch(t *testing.T, s *Store, start time.Time, script string, ended bool) int64 {
	t.Helper()
	id, err := s.CreateWatch(watchTarget(t), 5*time.Second, start)
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range script {
		x := fullSample(i, start.Add(time.Duration(i)*5*time.Second), c == '.')
		if err := s.AddSample(id, x); err != nil {
			t.Fatal(err)
		}
		if c == 'x' && (i == 0 || script[i-1] != 'x') {
			run, err := s.Save(sampleReport("https://app.example.com/x", probes.PortFiltered, x.At), SaveOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if err := s.LinkRun(id, i, run); err != nil {
				t.Fatal(err)
			}
		}
	}
	if ended {
		if err := s.EndWatch(id, start.Add(time.Duration(len(script))*5*time.Second)); err != nil {
			t.Fatal(err)
		}
	}
	return id
}

func TestCompareWatches(t *testing.T) {
	s, _ := openTemp(t)
	start := time.Now().UTC().Truncate(time.Second).Add(-time.Hour)
	before := storeWatch(t, s, start, "....xxx......xx.......x"+strings.Repeat(".", 27), true)
	after := storeWatch(t, s, start.Add(10*time.Minute), strings.Repeat(".", 50), false)
	c, err := s.CompareWatches(before, after)
	if err != nil {
		t.Fatal(err)
	}
	if c.Verdict != watch.Better || !c.SameTarget || c.A.ID != before || c.B.ID != after {
		t.Errorf("%s (same target %v) %s", c.Verdict, c.SameTarget, c.Why)
	}
	if c.A.Target != "app.example.com:443" || c.A.Input != "https://app.example.com/x" || c.A.Every != 5*time.Second {
		t.Errorf("side A: %+v", c.A)
	}
	if c.A.Failed != 6 || c.A.Windows != 3 || c.A.FailedFor != 30*time.Second || c.A.Duration() != 250*time.Second {
		t.Errorf("side A: %d failed in %d windows for %v over %v", c.A.Failed, c.A.Windows, c.A.FailedFor, c.A.Duration())
	}
	if code := c.A.Codes; len(code) != 1 || code[0].Runs != 3 || code[0].Code != "port.filtered" {
		t.Errorf("side A's diagnoses: %+v", code)
	}
	// The watch never ended: it lasts until a pace after its last sample.
	if c.B.Ended.IsZero() || c.B.Duration() != 250*time.Second || len(c.B.Codes) != 0 {
		t.Errorf("side B: ended %v, lasted %v, codes %v", c.B.Ended, c.B.Duration(), c.B.Codes)
	}
	if len(c.Hops) != 2 || c.Hops[1].LossA == nil || *c.Hops[1].LossA != 100 || c.Hops[1].LossB != nil {
		t.Errorf("hops %+v", c.Hops)
	}
	if _, err := s.CompareWatches(before, 99); !errors.Is(err, ErrNoWatch) {
		t.Errorf("a missing watch: %v", err)
	}
}
