package probes

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/conndoctor/conndoctor/internal/textcap"
)

// Status is the outcome of one check.
type Status string

// Check outcomes. Skip means the check could not or need not run (the reason
// is in Summary); Error means the check itself broke, which says nothing
// about the network.
const (
	StatusPass  Status = "pass"
	StatusWarn  Status = "warn"
	StatusFail  Status = "fail"
	StatusSkip  Status = "skip"
	StatusError Status = "error"
)

// Check is the common header of every probe result.
type Check struct {
	// ID is the stable identifier of the check ("dns", "port", "trace.icmp"...).
	ID string `json:"id"`
	// Title is the check's name for people.
	Title string `json:"title"`
	// Status is the outcome.
	Status Status `json:"status"`
	// Summary is one line saying what was found (or why it was skipped).
	Summary string `json:"summary"`
	// Started is when the check began.
	Started time.Time `json:"started"`
	// Duration is how long the check took.
	Duration time.Duration `json:"duration_ns"`
}

// Header returns the check's header; every result type has it by embedding.
func (c *Check) Header() *Check { return c }

// finish sets the outcome and duration. The summary is capped (it quotes
// what servers sent).
func (c *Check) finish(s Status, summary string) {
	c.Status, c.Summary = s, textcap.Cap(summary)
	c.Duration = time.Since(c.Started)
}

func newCheck(id, title string) Check {
	return Check{ID: id, Title: title, Started: time.Now()}
}

// Millis is a duration that marshals to JSON as fractional milliseconds,
// which is how people read network timings.
type Millis time.Duration

// MarshalJSON writes the duration in milliseconds with microsecond precision.
func (m Millis) MarshalJSON() ([]byte, error) {
	return json.Marshal(float64(time.Duration(m).Microseconds()) / 1000)
}

// UnmarshalJSON reads milliseconds back.
func (m *Millis) UnmarshalJSON(b []byte) error {
	var f float64
	if err := json.Unmarshal(b, &f); err != nil {
		return err
	}
	*m = Millis(time.Duration(f * float64(time.Millisecond)))
	return nil
}

// Text prints the value for people: two decimals under 10 ms, whole
// milliseconds above.
func (m Millis) Text() string {
	v := float64(time.Duration(m).Microseconds()) / 1000
	if v < 10 {
		return fmt.Sprintf("%.2f ms", v)
	}
	return fmt.Sprintf("%.0f ms", v)
}

// D returns the value as a time.Duration.
func (m Millis) D() time.Duration { return time.Duration(m) }
