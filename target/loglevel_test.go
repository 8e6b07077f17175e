package target

import "testing"

func TestLogLevel(t *testing.T) {
	for _, c := range []struct {
		line string
		want int
	}{
		{"2016-05-03 11:57:07  INFO: [864A6230] timed out", levelRoutine},
		{"2016-05-03 11:57:27  WARN: [7D3C3F8B] error - reset", levelProblem},
		{"[error] giving up", levelProblem},
		{"[Info] retrying", levelRoutine},
		{`time="x" level=warning msg="dial failed"`, levelProblem},
		{"D/OkHttp: --> GET", levelNone},
		{"Error: connect ECONNREFUSED 10.0.0.5:80", levelNone},
		{"Information about the timeout", levelNone},
		{"connection refused", levelNone},
	} {
		if got := logLevel(c.line); got != c.want {
			t.Errorf("logLevel(%q) = %d, want %d", c.line, got, c.want)
		}
	}
}
