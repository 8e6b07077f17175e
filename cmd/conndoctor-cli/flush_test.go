package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/conndoctor/conndoctor/platform"
)

func TestFlushDNS(t *testing.T) {
	cases := []struct {
		name        string
		res         platform.FlushResult
		err         error
		code        int
		out, errOut string
	}{
		{"flushed", platform.FlushResult{Caches: []string{"systemd-resolved"}}, nil, exitHealthy, "Flushed the DNS cache: systemd-resolved.", ""},
		{"no cache", platform.FlushResult{}, platform.ErrNoDNSCache, exitHealthy, "Nothing to flush", ""},
		{"needs root", platform.FlushResult{}, &platform.FlushError{Cache: "nscd", NeedsAdmin: true, Detail: "Only root"}, exitProblem, "", "Next: run it again with sudo"},
		{"broken", platform.FlushResult{}, &platform.FlushError{Cache: "systemd-resolved", Detail: "resolvectl is not installed"}, exitProblem, "", "resolvectl is not installed"},
	}
	for _, c := range cases {
		var out, errOut bytes.Buffer
		code := runFlushDNS(context.Background(), nil, term{&out}, term{&errOut}, func(context.Context) (platform.FlushResult, error) { return c.res, c.err })
		if code != c.code || !strings.Contains(out.String(), c.out) || !strings.Contains(errOut.String(), c.errOut) {
			t.Errorf("%s: code %d out %q err %q", c.name, code, out.String(), errOut.String())
		}
	}
	var errOut bytes.Buffer
	if code := runFlushDNS(context.Background(), []string{"now"}, term{&errOut}, term{&errOut}, nil); code != exitBadInput {
		t.Errorf("an argument: code %d", code)
	}
}
