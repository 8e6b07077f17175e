package probes

import (
	"errors"
	"net"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/conndoctor/conndoctor/internal/failure"
)

// TestPingRunAdd counts the answers of Windows' ICMP API as the ping
// does: replies, silence, a router's ICMP error, and requests that failed
// on this computer (not sent).
func TestPingRunAdd(t *testing.T) {
	payload := pingPayload(1)
	server, router := net.ParseIP("10.99.3.10").To4(), net.ParseIP("10.99.2.2").To4()
	apiErr := failure.Failure{Kind: failure.NotSupported, Op: "Icmp6SendEcho2", Code: "ERROR_CALL_NOT_IMPLEMENTED", Number: 120}
	cases := []struct {
		name    string
		answers []pingAnswer
		sent    int
		recv    int
		notes   []string // fragments of notesText
		err     string   // the run's error ("" none)
		rtts    []time.Duration
	}{
		{"all answered", []pingAnswer{
			{rep: echoReply{from: server, data: payload}, took: time.Millisecond, payload: payload},
			{rep: echoReply{from: server}, took: 2 * time.Millisecond, payload: payload}, // no data to compare
		}, 2, 2, nil, "", nil},
		{"silence", []pingAnswer{
			{rep: echoReply{status: ipReqTimedOut}, payload: payload},
			{rep: echoReply{from: server, data: payload}, took: time.Millisecond, payload: payload},
		}, 2, 1, nil, "", nil},
		{"a router's host unreachable", []pingAnswer{
			{rep: echoReply{from: router, status: ipDestHostUnreach}, payload: payload},
			{rep: echoReply{from: router, status: ipDestHostUnreach}, payload: payload},
		}, 2, 0, []string{`instead: 10.99.2.2 answered "host unreachable" (IP_DEST_HOST_UNREACHABLE 11003) (2 times)`}, "", nil},
		// Under Wine the call took 16 ms for a 4 ms round trip (the capture
		// "echo-reply"): the system's figure bounds it.
		{"the call's own time", []pingAnswer{
			{rep: echoReply{from: server, rtt: 4 * time.Millisecond, data: payload}, took: 16 * time.Millisecond, payload: payload},
			{rep: echoReply{from: server}, took: 300 * time.Microsecond, payload: payload},
		}, 2, 2, nil, "", []time.Duration{5 * time.Millisecond, 300 * time.Microsecond}},
		{"someone else's echo", []pingAnswer{
			{rep: echoReply{from: server, data: []byte("other")}, payload: payload},
		}, 1, 0, []string{"does not carry the request's data (once)"}, "", nil},
		{"the API is missing", []pingAnswer{
			{err: apiErr, payload: payload},
			{err: apiErr, payload: payload},
		}, 0, 0, nil, "ERROR_CALL_NOT_IMPLEMENTED 120", nil},
		{"a general failure here", []pingAnswer{
			{rep: echoReply{status: ipGeneralFailure}, payload: payload},
		}, 0, 0, nil, "(IP_GENERAL_FAILURE 11050) in IcmpSendEcho2", nil},
		{"one of two failed here", []pingAnswer{
			{rep: echoReply{status: ipGeneralFailure}, payload: payload},
			{rep: echoReply{from: server, data: payload}, took: time.Millisecond, payload: payload},
		}, 1, 1, []string{"the request failed on this computer: unknown failure (IP_GENERAL_FAILURE 11050) in IcmpSendEcho2 (once)"}, "", nil},
	}
	for _, c := range cases {
		var run pingRun
		var local error
		heard := 0
		for _, a := range c.answers {
			if e := run.add(a, false, "IcmpSendEcho2", func(time.Duration) { heard++ }); e != nil {
				local = e
			}
		}
		got, err := run.orLocal(local)
		switch {
		case c.err == "" && err != nil, c.err != "" && (err == nil || !strings.Contains(err.Error(), c.err)):
			t.Errorf("%s: error %v, want %q", c.name, err, c.err)
			continue
		case c.err != "":
			continue
		}
		if c.rtts != nil && !slices.Equal(got.rtts, c.rtts) {
			t.Errorf("%s: round trips %v, want %v", c.name, got.rtts, c.rtts)
		}
		if got.sent != c.sent || len(got.rtts) != c.recv || heard != c.recv {
			t.Errorf("%s: sent %d, %d replies (%d heard), want %d and %d", c.name, got.sent, len(got.rtts), heard, c.sent, c.recv)
		}
		for _, n := range c.notes {
			if !strings.Contains(got.notesText(), n) {
				t.Errorf("%s: notes %q lack %q", c.name, got.notesText(), n)
			}
		}
		if c.notes == nil && got.notesText() != "" {
			t.Errorf("%s: notes %q", c.name, got.notesText())
		}
	}
}

// A local failure of the API is kept as the failure it is.
func TestPingRunLocalFailure(t *testing.T) {
	var run pingRun
	err := run.add(pingAnswer{rep: echoReply{status: 11006}}, true, "Icmp6SendEcho2", nil)
	var f failure.Failure
	if !errors.As(err, &f) || f.Kind != failure.NoBuffers || f.Op != "Icmp6SendEcho2" || f.Code != "IP_NO_RESOURCES" {
		t.Errorf("got %v (%+v)", err, f)
	}
}

func TestPingFill(t *testing.T) {
	var r PingResult
	r.fill(pingRun{sent: 4, rtts: []time.Duration{1 * time.Millisecond, 3 * time.Millisecond, 2 * time.Millisecond}})
	if r.Sent != 4 || r.Recv != 3 || r.Loss != 25 || r.Min.D() != time.Millisecond || r.Max.D() != 3*time.Millisecond || r.Avg.D() != 2*time.Millisecond {
		t.Errorf("got %+v", r)
	}
	// Population standard deviation of 1, 2, 3 ms: sqrt(2/3) ms.
	if j := r.Jitter.D(); j < 816*time.Microsecond || j > 817*time.Microsecond {
		t.Errorf("jitter %s", j)
	}
	var none PingResult
	none.fill(pingRun{sent: 2})
	if none.Loss != 100 || none.Recv != 0 || none.RTTs != nil {
		t.Errorf("no replies: %+v", none)
	}
}

func TestPingPayload(t *testing.T) {
	if p := pingPayload(7); len(p) != 32 || !strings.HasPrefix(string(p), "conndoctor ping 0007") {
		t.Errorf("payload %q", p)
	}
}
