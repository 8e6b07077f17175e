//go:build linux

package lab

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// sampleLine is a live sample line of `watch`: "14:02:05 ok  …" or
// "14:02:07 FAIL …".
var sampleLine = regexp.MustCompile(`^\d\d:\d\d:\d\d (ok  |FAIL)`)

// liveWatch is `conndoctor-cli watch` running in the client namespace,
// its live lines read as they come.
type liveWatch struct {
	cmd   *exec.Cmd
	lines chan string
	seen  []string
}

func startWatch(t *testing.T, l *Lab, ctx context.Context, args ...string) *liveWatch {
	t.Helper()
	w := &liveWatch{cmd: l.CommandContext(ctx, Client, cli, append([]string{"watch"}, args...)...), lines: make(chan string, 1000)}
	out, err := w.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	w.cmd.Stderr = os.Stderr
	if err := w.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			w.lines <- sc.Text()
		}
		close(w.lines)
		io.Copy(io.Discard, out)
	}()
	return w
}

// until reads lines until cond holds for one; false when the output ended
// (the watch died, or ctx's deadline killed it).
func (w *liveWatch) until(cond func(line string) bool) bool {
	for line := range w.lines {
		w.seen = append(w.seen, line)
		if cond(line) {
			return true
		}
	}
	return false
}

// samples reads until n sample lines of the kind ("ok  " or "FAIL") came
// in a row.
func (w *liveWatch) samples(n int, kind string) bool {
	run := 0
	return w.until(func(line string) bool {
		if m := sampleLine.FindStringSubmatch(line); m != nil {
			if m[1] == kind {
				run++
			} else {
				run = 0
			}
		}
		return run >= n
	})
}

// watchDoc is the part of `export --watch --format json` the test reads.
type watchDoc struct {
	Summary string `json:"summary"`
	Windows []struct {
		From, To time.Time
		Failed   int
		RunIDs   []int64
	} `json:"windows"`
	Samples []struct {
		Seq int       `json:"seq"`
		At  time.Time `json:"at"`
		OK  bool      `json:"ok"`
		Why string    `json:"why"`
		DNS *struct {
			Answer []string `json:"answer"`
			Error  string   `json:"error"`
		} `json:"dns"`
	} `json:"samples"`
}

// TestWatchResolverStops is a resolver that stops for a while: the CLI
// watches app.lab.test by name every 2 s; after three good samples the
// client's only DNS server stops answering, for at least 20 s and until
// the diagnosis the failure started is saved; then it answers again, and
// the watch is stopped with Ctrl-C after three more good samples. The
// watch holds one failure window, every sample before and after it
// worked, every sample in it failed on the name lookup, and its one
// diagnosis is a dns.* verdict that names the resolver. The steps follow
// the watch's own output, not the clock: only the fault's least length
// is a duration.
//
// Two ways to stop: silent (its packets dropped: every lookup waits for
// its deadline) and gone (the server process shut down and started
// again: the port is closed meanwhile).
func TestWatchResolverStops(t *testing.T) {
	const second = "10.99.3.201" // a resolver of the "gone" case's own
	for _, tc := range []struct {
		name     string
		setup    func(t *testing.T, l *Lab) (stop, start func() error)
		resolver string
	}{
		{"silent", func(t *testing.T, l *Lab) (func() error, func() error) {
			return func() error {
					return l.Script("server: nft add rule inet lab input udp dport 53 drop\nserver: nft add rule inet lab input tcp dport 53 drop")
				}, func() error {
					return l.Script("server: nft flush chain inet lab input")
				}
		}, DNSAddr},
		{"gone", func(t *testing.T, l *Lab) (func() error, func() error) {
			if err := l.Script("server: ip addr add " + second + "/24 dev eth0"); err != nil {
				t.Fatal(err)
			}
			srv := &Servers{}
			t.Cleanup(func() { srv.Close() })
			if err := l.DNS(srv, Server, second, zone); err != nil {
				t.Fatal(err)
			}
			if err := l.SetClientFiles("nameserver "+second+"\n", "127.0.0.1 localhost\n"); err != nil {
				t.Fatal(err)
			}
			return srv.Close, func() error { return l.DNS(srv, Server, second, zone) }
		}, second},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := newLab(t, "")
			stop, start := tc.setup(t, l)
			db := filepath.Join(t.TempDir(), "history.db")
			// A bound for a wedged run, not an assertion: the steps below
			// take about a minute.
			ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
			defer cancel()
			w := startWatch(t, l, ctx, "--every", "2s", "--db", db, "app.lab.test:443")
			fail := func(what string) {
				t.Helper()
				w.cmd.Process.Kill()
				t.Fatalf("%s; the watch said:\n%s", what, strings.Join(w.seen, "\n"))
			}
			if !w.samples(3, "ok  ") {
				fail("no three good samples before the fault")
			}
			if err := stop(); err != nil {
				t.Fatal(err)
			}
			stopped := time.Now()
			if !w.until(func(line string) bool { return strings.Contains(line, "diagnosis saved as run") }) {
				fail("the failure's diagnosis was never saved")
			}
			time.Sleep(time.Until(stopped.Add(20 * time.Second))) // the outage lasts at least 20 s
			if err := start(); err != nil {
				t.Fatal(err)
			}
			if !w.samples(3, "ok  ") {
				fail("no three good samples after the resolver came back")
			}
			w.cmd.Process.Signal(os.Interrupt) // Ctrl-C: the watch ends and keeps what it sampled
			for range w.lines {
			}
			err := w.cmd.Wait()
			if ee, ok := err.(*exec.ExitError); err != nil && (!ok || ee.ExitCode() != 1) {
				t.Fatalf("watch: %v (exit 1 expected: failures seen)", err)
			}

			path := filepath.Join(t.TempDir(), "w.json")
			if out, err := exec.Command(cli, "export", "--watch", "--db", db, "--format", "json", "-o", path, "w1").CombinedOutput(); err != nil {
				t.Fatalf("export: %v\n%s", err, out)
			}
			b, _ := os.ReadFile(path)
			var doc watchDoc
			if err := json.Unmarshal(b, &doc); err != nil {
				t.Fatal(err)
			}
			t.Log(doc.Summary)
			if len(doc.Windows) != 1 {
				t.Fatalf("%d failure windows, want 1: %s", len(doc.Windows), doc.Summary)
			}
			win := doc.Windows[0]
			var before, in, after int
			for _, s := range doc.Samples {
				switch {
				case s.At.Before(win.From):
					before++
				case s.At.After(win.To):
					after++
				default:
					in++
				}
				inside := !s.At.Before(win.From) && !s.At.After(win.To)
				if s.OK == inside {
					t.Errorf("sample %d at %s: ok %v, inside the window %v", s.Seq, s.At.Format("15:04:05"), s.OK, inside)
				}
				switch {
				case s.DNS == nil:
					t.Errorf("sample %d has no lookup", s.Seq)
				case s.OK && (len(s.DNS.Answer) != 1 || s.DNS.Answer[0] != ServerAddr):
					t.Errorf("good sample %d looked up %v", s.Seq, s.DNS.Answer)
				case !s.OK && (s.DNS.Error == "" || !strings.Contains(s.Why, "did not resolve")):
					t.Errorf("failed sample %d: %q (lookup error %q), want the name not resolving", s.Seq, s.Why, s.DNS.Error)
				}
			}
			if before < 3 || after < 3 || in != win.Failed {
				t.Errorf("%d samples before the window, %d in it (%d failed), %d after", before, in, win.Failed, after)
			}
			if len(win.RunIDs) != 1 {
				t.Fatalf("the window's diagnoses: %v, want one", win.RunIDs)
			}
			out, err := exec.Command(cli, "history", "show", "--json", "--db", db, strconv.FormatInt(win.RunIDs[0], 10)).Output()
			if err != nil {
				t.Fatalf("history show: %v", err)
			}
			var run cliResult
			if err := json.Unmarshal(out, &run); err != nil {
				t.Fatal(err)
			}
			var evidence []string
			for _, e := range run.Verdict.Evidence {
				evidence = append(evidence, e.Text)
			}
			t.Logf("diagnosis %d: %s — %s; %s", win.RunIDs[0], run.Verdict.Code, run.Verdict.Summary, strings.Join(evidence, "; "))
			if !strings.HasPrefix(run.Verdict.Code, "dns.") {
				t.Errorf("the window's diagnosis is %s, want a dns.* code", run.Verdict.Code)
			}
			if !strings.Contains(run.Verdict.Summary+" "+strings.Join(evidence, " "), tc.resolver) {
				t.Errorf("the diagnosis does not name the resolver %s: %s; %v", tc.resolver, run.Verdict.Summary, evidence)
			}
		})
	}
}
