package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/conndoctor/conndoctor/probes"
)

// TestLongWaitShown: while the application check waits long for the
// server's answer, its row says so, live.
func TestLongWaitShown(t *testing.T) {
	s := &script{port: probes.PortOpen, gate: make(chan struct{}), waiting: true}
	h := newHarness(t, s.run)
	u := h.u
	h.locked(func() { u.target.field.SetText("https://app.example.com/") })
	h.tapButton(u.target.content, "Start checks")
	// The events reach the rows one by one through the bridge: wait for
	// the app check's, which come after the first check has finished.
	h.waitFor("the app row to say it waits for the answer", func() bool {
		return u.run != nil && u.run.done == 1 &&
			strings.Contains(u.run.rows["app"].stateText(), "waiting for the server's answer: 12 s")
	})
	close(s.gate)
	h.waitFor("the diagnosis", func() bool { return u.diag != nil })
}

// TestAnswerWaitSetting: the wait for the server's answer is a setting,
// 30 s by default, kept within 1 s and 10 min.
func TestAnswerWaitSetting(t *testing.T) {
	p := test.NewTempApp(t).Preferences()
	if s := loadSettings(p); s.AnswerWait != probes.DefaultAnswerWait {
		t.Errorf("default wait %s", s.AnswerWait)
	}
	s := defaultSettings()
	s.AnswerWait = time.Minute
	s.save(p)
	if got := loadSettings(p).AnswerWait; got != time.Minute {
		t.Errorf("saved a minute, read %s", got)
	}
	p.SetInt(prefWait, 5)
	if got := loadSettings(p).AnswerWait; got != probes.DefaultAnswerWait {
		t.Errorf("an out-of-range wait read as %s", got)
	}
	if o := s.options(); o.App.AnswerWait != time.Minute {
		t.Errorf("the engine is not given the wait: %s", o.App.AnswerWait)
	}
}
