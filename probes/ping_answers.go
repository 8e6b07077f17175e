package probes

import (
	"fmt"
	"time"
)

// How the answers to echo requests sent with Windows' ICMP API count,
// compiled on every OS so that it is tested everywhere (ping_windows.go
// sends the requests).

// pingAnswer is one request's outcome.
type pingAnswer struct {
	rep echoReply
	// err is a failure of the call itself.
	err error
	// took is the time the call took.
	took time.Duration
	// payload is what the request carried.
	payload []byte
}

// add counts one answer; it returns the error of a request that failed on
// this computer, which is not counted as sent. op names the API.
func (p *pingRun) add(a pingAnswer, v6 bool, op string, onReply func(time.Duration)) error {
	st := ipStatusOf(a.rep.status)
	switch {
	case a.err != nil:
		p.note("the request failed on this computer: " + a.err.Error())
		return a.err
	case !st.answered:
		f := st.failure(a.rep.status, v6, op)
		p.note("the request failed on this computer: " + f.Error())
		return f
	}
	p.sent++
	switch {
	case a.rep.status == ipSuccess && a.rep.data != nil && string(a.rep.data) != string(a.payload):
		p.note("an echo reply that does not carry the request's data")
	case a.rep.status == ipSuccess:
		// The call is timed at microsecond resolution, but it also takes
		// the API's own time (under Wine a trip through a device process):
		// the system's figure, whole milliseconds cut down, bounds it.
		rtt := min(a.took, a.rep.rtt+time.Millisecond)
		p.rtts = append(p.rtts, rtt)
		if onReply != nil {
			onReply(rtt)
		}
	case a.rep.status != ipReqTimedOut:
		p.note(answerText(st, a.rep, v6))
	}
	return nil
}

// orLocal returns the run, or the local failure when no request went out.
func (p pingRun) orLocal(local error) (pingRun, error) {
	if p.sent == 0 && local != nil {
		return pingRun{}, local
	}
	return p, nil
}

// answerText says who answered what instead of a reply:
// `10.99.2.2 answered "host unreachable" (IP_DEST_HOST_UNREACHABLE 11003)`.
func answerText(st ipStatus, rep echoReply, v6 bool) string {
	what := fmt.Sprintf("%s %d", st.name(v6), rep.status)
	if r := st.report(v6, ""); r != nil {
		what = fmt.Sprintf("%q (%s)", r.Text, what)
	}
	if rep.from == nil {
		return "the system reported " + what
	}
	return rep.from.String() + " answered " + what
}

// pingPayload is 32 bytes, as Windows' ping sends, that name the request.
func pingPayload(seq int) []byte {
	return []byte(fmt.Sprintf("conndoctor ping %04d abcdefghijkl", seq%10000))[:32]
}
