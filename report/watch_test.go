package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/conndoctor/conndoctor/engine/watch"
	"github.com/conndoctor/conndoctor/history"
)

func savedWatch() *history.SavedWatch {
	start := time.Date(2025, 3, 4, 14, 0, 0, 0, time.UTC)
	w := &history.SavedWatch{WatchRow: history.WatchRow{ID: 3, Started: start, Ended: start.Add(time.Minute),
		Input: "https://app.example/<script>", Target: "app.example:443", Every: 5 * time.Second}}
	for i := range 12 {
		s := watch.Sample{Seq: i, At: start.Add(time.Duration(i) * 5 * time.Second), OK: i < 4 || i > 6,
			Connects: []watch.Connect{{Addr: "10.0.0.5", Ms: 2 + float64(i), State: "open"}}, FirstByteMs: 20}
		if !s.OK {
			s.Connects[0].State, s.FirstByteMs = "filtered", 0
			s.Why = "<b>no answer</b>"
			s.Trace = []watch.Hop{{TTL: 1, Addr: "10.0.0.1", Sent: 2, Recv: 2}, {TTL: 2, Sent: 2}}
		}
		if i == 4 {
			s.RunID = 17
		}
		w.Samples = append(w.Samples, s)
	}
	return w
}

func TestWatchExports(t *testing.T) {
	w := savedWatch()
	var b bytes.Buffer
	if err := WatchHTML(&b, w); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	for _, want := range []string{"3 of 12 attempts failed (25.0%)", "hop 2 lost 100%", "<svg", "Timeline", "&lt;b&gt;no answer&lt;/b&gt;", "&lt;script&gt;", "<td>17 </td>"} {
		if !strings.Contains(page, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
	if strings.Contains(page, "<b>no") || strings.Contains(page, "/<script>") {
		t.Error("text from the network reached the HTML unescaped")
	}
	b.Reset()
	if err := JSON(&b, NewWatchDoc(w, time.UTC)); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Summary string
		Samples []watch.Sample
		Windows []watch.Window
	}
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Samples) != 12 || len(doc.Windows) != 1 || doc.Windows[0].RunIDs[0] != 17 ||
		doc.Summary != "3 of 12 attempts failed (25.0%), all between 14:00:20 and 14:00:30; in that window hop 2 lost 100%." {
		t.Errorf("JSON: %+v", doc)
	}
}
