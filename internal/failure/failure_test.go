package failure

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"strconv"
	"strings"
	"testing"
)

func containsNumber(s string, n uint32) bool {
	return strings.Contains(s, strconv.FormatUint(uint64(n), 10))
}

type timeoutErr struct{}

func (timeoutErr) Error() string   { return "i/o timeout" }
func (timeoutErr) Timeout() bool   { return true }
func (timeoutErr) Temporary() bool { return true }

func TestClassifyPortable(t *testing.T) {
	cases := []struct {
		err  error
		kind Kind
		op   string
	}{
		{nil, None, ""},
		{context.Canceled, Canceled, ""},
		{fmt.Errorf("query: %w", context.DeadlineExceeded), TimedOut, ""},
		{&net.OpError{Op: "read", Err: timeoutErr{}}, TimedOut, "read"},
		{&net.OpError{Op: "dial", Err: os.ErrDeadlineExceeded}, TimedOut, "dial"},
		{errors.New("weird"), Unknown, ""},
		{Failure{Kind: Refused, Op: "connect"}, Refused, "connect"},
	}
	for _, c := range cases {
		f := Classify(c.err)
		if f.Kind != c.kind || f.Op != c.op {
			t.Errorf("Classify(%v) = %+v, want %s in %q", c.err, f, c.kind, c.op)
		}
	}
}

func TestFailureText(t *testing.T) {
	cases := []struct {
		f    Failure
		want string
	}{
		{Failure{}, "no error"},
		{Failure{Kind: NotSupported, Op: "wsaioctl", Code: "WSAEOPNOTSUPP", Number: 10045}, "operation not supported (WSAEOPNOTSUPP 10045) in wsaioctl"},
		{Failure{Kind: Unknown, Number: 4242}, "unknown failure (error 4242)"},
		{Failure{Kind: Unknown, Err: errors.New("boom")}, "unknown failure: boom"},
		{Wrap("GetBestRoute2", Failure{Kind: Unknown, Number: 87}), "unknown failure (error 87) in GetBestRoute2"},
	}
	for _, c := range cases {
		if got := c.f.Error(); got != c.want {
			t.Errorf("%+v: %q, want %q", c.f, got, c.want)
		}
	}
	if !TimedOut.Answered() || NotSupported.Answered() || Permission.Answered() {
		t.Error("Answered: a timeout is the network's answer; unsupported and permission are local")
	}
}
