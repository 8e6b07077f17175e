package platform

// PAC files run in a process of their own. goja, the JavaScript engine,
// has no memory limit, and one built-in call ("x".repeat(3e7),
// Array(1e8).join(), new Array(3e7).fill(0)) can allocate gigabytes and run
// for many seconds without giving vm.Interrupt a chance. A process can be
// ended at any moment: the PAC process watches its own heap and exits when
// it passes pacMemLimit, and EvalPAC kills it at the deadline.
//
// The PAC process is this same program, started again with pacProcessEnv
// set: the init function below runs the script instead of the program.
// EvalPAC sends the request as one JSON line on its standard input and
// reads JSON lines back: name lookups the script asks for (answered by
// the parent, which owns PACEnv) and the outcome.

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime/metrics"
	"strings"
	"sync/atomic"
	"time"
)

const (
	// pacProcessEnv marks the PAC process.
	pacProcessEnv = "CONNDOCTOR_PAC_PROCESS"
	// pacMemLimit is the heap the PAC process may use.
	pacMemLimit = 128 << 20
	// pacMaxLookups bounds the dnsResolve calls a script may make.
	pacMaxLookups = 32
	// pacMaxOutput bounds what is read from the PAC process.
	pacMaxOutput = 64 << 10
	// exitPACMemory is the PAC process's exit status past pacMemLimit.
	exitPACMemory = 3
)

// pacRequest is what the PAC process evaluates.
type pacRequest struct {
	Script string `json:"script"`
	URL    string `json:"url"`
	Host   string `json:"host"`
	MyIP   string `json:"my_ip"`
	// TimeoutMs is the time the script has.
	TimeoutMs int64 `json:"timeout_ms"`
}

// pacMessage is one line from the PAC process: ready, a name to look up,
// or (Done) the outcome.
type pacMessage struct {
	// Ready says the script starts now: its time runs from here.
	Ready   bool   `json:"ready,omitempty"`
	Resolve string `json:"resolve,omitempty"`
	Done    bool   `json:"done,omitempty"`
	Answer  string `json:"answer,omitempty"`
	Error   string `json:"error,omitempty"`
	// Bound names the limit Error is about: "time", "answer" or "".
	Bound string `json:"bound,omitempty"`
}

// pacLookup answers a pacMessage's Resolve ("" for no address).
type pacLookup struct {
	IP string `json:"ip"`
}

func init() {
	if os.Getenv(pacProcessEnv) == "1" {
		os.Exit(pacProcessMain(os.Stdin, os.Stdout))
	}
}

// runPACProcess evaluates req in a PAC process, answering its lookups with
// env.Resolve. The script gets req.TimeoutMs from the moment the process
// is ready; the process is killed shortly after, and at once when ctx is
// done.
func runPACProcess(ctx context.Context, req pacRequest, env PACEnv) (string, error) {
	answer, _, err := runPACProcessState(ctx, req, env)
	return answer, err
}

// Bounds of the PAC process besides the script's time.
const (
	// pacStartTime bounds starting the process (a race-detector build
	// takes a second or more on a busy machine; a normal one milliseconds).
	pacStartTime = 10 * time.Second
	// pacKillGrace is how long past its time the script may take to stop
	// by itself (vm.Interrupt) before the process is killed.
	pacKillGrace = 200 * time.Millisecond
)

// runPACProcessState is runPACProcess that also returns how the process
// ended (tests read its peak memory).
func runPACProcessState(ctx context.Context, req pacRequest, env PACEnv) (string, *os.ProcessState, error) {
	exe, err := os.Executable()
	if err != nil {
		return "", nil, fmt.Errorf("platform: cannot start the PAC process: %w", err)
	}
	cmd := exec.CommandContext(ctx, exe)
	// Two processors: one for the script (JavaScript runs on one), one
	// for the heap watch, so it is not kept waiting by a long copy. The
	// rest of the machine stays with the other checks (a busy CPU delays
	// pings, which would look like loss on the path).
	cmd.Env = append(os.Environ(), pacProcessEnv+"=1", "GOMAXPROCS=2")
	cmd.WaitDelay = time.Second
	var stderr capped
	cmd.Stderr = &stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return "", nil, fmt.Errorf("platform: cannot start the PAC process: %w", err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return "", nil, fmt.Errorf("platform: cannot start the PAC process: %w", err)
	}
	if err := cmd.Start(); err != nil {
		return "", nil, fmt.Errorf("platform: cannot start the PAC process: %w", err)
	}
	// One timer kills the process: first at pacStartTime, then, once the
	// script has started, at its time plus pacKillGrace.
	var started, killed atomic.Bool
	timer := time.AfterFunc(pacStartTime, func() {
		killed.Store(true)
		cmd.Process.Kill()
	})
	ready := func() {
		started.Store(true)
		timer.Reset(time.Duration(req.TimeoutMs)*time.Millisecond + pacKillGrace)
	}
	m, talkErr := talkPAC(ctx, stdin, io.LimitReader(stdout, pacMaxOutput), req, env, ready)
	timer.Stop()
	stdin.Close()
	waitErr := cmd.Wait()
	ps := cmd.ProcessState
	var ee *exec.ExitError
	switch {
	case talkErr == nil && m.Bound == "time":
		return "", ps, fmt.Errorf("platform: %w", ErrPACTimeout)
	case talkErr == nil && m.Bound == "answer":
		return "", ps, fmt.Errorf("%w%s", errPACLong, strings.TrimPrefix(m.Error, errPACLong.Error()))
	case talkErr == nil && m.Error != "":
		return "", ps, errors.New(m.Error)
	case talkErr == nil:
		return m.Answer, ps, nil
	case killed.Load() && started.Load():
		return "", ps, fmt.Errorf("platform: %w", ErrPACTimeout)
	case killed.Load():
		return "", ps, fmt.Errorf("platform: the PAC process did not start within %s", pacStartTime)
	case ctx.Err() != nil:
		return "", ps, fmt.Errorf("platform: the PAC script was stopped: %w", ctx.Err())
	case errors.As(waitErr, &ee) && ee.ExitCode() == exitPACMemory, strings.Contains(stderr.String(), "out of memory"):
		return "", ps, fmt.Errorf("platform: %w", ErrPACMemory)
	}
	return "", ps, fmt.Errorf("platform: the PAC process failed: %v (%v)", talkErr, waitErr)
}

// talkPAC sends req, calls ready when the process says it has begun the
// script, and answers lookups until the outcome arrives.
func talkPAC(ctx context.Context, w io.Writer, r io.Reader, req pacRequest, env PACEnv, ready func()) (pacMessage, error) {
	enc, dec := json.NewEncoder(w), json.NewDecoder(r)
	if err := enc.Encode(req); err != nil {
		return pacMessage{}, err
	}
	for lookups := 0; ; {
		var m pacMessage
		if err := dec.Decode(&m); err != nil {
			return m, err
		}
		switch {
		case m.Done:
			return m, nil
		case m.Ready:
			ready()
			continue
		}
		var l pacLookup
		if lookups < pacMaxLookups && env.Resolve != nil && len(m.Resolve) <= 253 {
			l.IP = env.Resolve(ctx, m.Resolve)
		}
		lookups++
		if err := enc.Encode(l); err != nil {
			return m, err
		}
	}
}

// pacProcessMain is the PAC process: it reads one request from in,
// evaluates it and writes the outcome to out; it exits with exitPACMemory
// as soon as its heap passes pacMemLimit.
func pacProcessMain(in io.Reader, out io.Writer) int {
	go watchHeap(pacMemLimit, time.Millisecond, func() { os.Exit(exitPACMemory) })
	enc, dec := json.NewEncoder(out), json.NewDecoder(in)
	var req pacRequest
	if err := dec.Decode(&req); err != nil {
		return 2
	}
	if enc.Encode(pacMessage{Ready: true}) != nil {
		return 2
	}
	resolve := func(host string) string {
		var l pacLookup
		if enc.Encode(pacMessage{Resolve: host}) != nil || dec.Decode(&l) != nil {
			return ""
		}
		return l.IP
	}
	answer, err := runPAC(req, time.Duration(req.TimeoutMs)*time.Millisecond, resolve)
	m := pacMessage{Done: true, Answer: answer}
	if err != nil {
		m.Error = err.Error()
		switch {
		case errors.Is(err, ErrPACTimeout):
			m.Bound = "time"
		case errors.Is(err, errPACLong):
			m.Bound = "answer"
		}
	}
	if enc.Encode(m) != nil {
		return 2
	}
	return 0
}

// watchHeap calls exceeded once the heap's objects take more than limit
// bytes, checking every interval.
func watchHeap(limit uint64, interval time.Duration, exceeded func()) {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	t := time.NewTicker(interval)
	defer t.Stop()
	for range t.C {
		metrics.Read(s)
		if s[0].Value.Kind() == metrics.KindUint64 && s[0].Value.Uint64() > limit {
			exceeded()
			return
		}
	}
}

// capped keeps the first 4 KiB written to it.
type capped struct{ bytes.Buffer }

func (c *capped) Write(p []byte) (int, error) {
	if room := 4<<10 - c.Len(); room > 0 {
		c.Buffer.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}
