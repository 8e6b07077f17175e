//go:build linux

package lab

import (
	"context"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/conndoctor/conndoctor/probes"
)

// TestHumanOutput runs the CLI the way a person does, without --json, and
// checks the verdict comes first and the checklist follows.
func TestHumanOutput(t *testing.T) {
	l := newLab(t, "")
	if err := l.Script("server: nft add rule inet lab input tcp dport 443 drop"); err != nil {
		t.Fatal(err)
	}
	out, err := l.Command(Client, cli, "check", "--no-save", "app.lab.test:443").Output()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
		t.Fatalf("exit: %v", err)
	}
	lines := strings.Split(string(out), "\n")
	if !strings.HasPrefix(lines[0], "Connection Doctor — app.lab.test, port 443") ||
		!strings.Contains(lines[2], "[port.filtered]") || !strings.Contains(string(out), "\nChecks:\n") {
		t.Errorf("unexpected layout:\n%s", out)
	}
	if strings.Contains(string(out), "\x1b[") {
		t.Error("colour codes written to a pipe")
	}
	t.Logf("\n%s", out)
}

// benchCheck runs the CLI b.N times and reports the mean diagnosis time.
func benchCheck(b *testing.B, stage, target string) {
	l := newLab(b, "")
	if err := l.Script(stage); err != nil {
		b.Fatal(err)
	}
	var total time.Duration
	for b.Loop() {
		start := time.Now()
		l.Command(Client, cli, "check", "--json", "--no-save", target).Run()
		total += time.Since(start)
	}
	b.ReportMetric(float64(total.Milliseconds())/float64(b.N), "ms/diagnosis")
}

func BenchmarkDiagnoseHealthy(b *testing.B) { benchCheck(b, "", "app.lab.test:443") }

func BenchmarkDiagnoseFilteredPort(b *testing.B) {
	benchCheck(b, "server: nft add rule inet lab input tcp dport 443 drop", "app.lab.test:443")
}

func BenchmarkDiagnoseBlackhole(b *testing.B) {
	benchCheck(b, "r2: ip route add blackhole 10.99.3.0/29\nr2: ip route add blackhole 10.99.3.8/29", "app.lab.test:443")
}

// BenchmarkDiagnoseHealthyDualStack: a name with an IPv4 and an IPv6
// address, both working; the IPv6 one is tried first.
func BenchmarkDiagnoseHealthyDualStack(b *testing.B) { benchCheck(b, "", "dual.lab.test:443") }

// BenchmarkDiagnoseIPv6Dropped: the same name with IPv6 dropped on r2.
func BenchmarkDiagnoseIPv6Dropped(b *testing.B) {
	benchCheck(b, "r2: nft add rule inet lab forward meta nfproto ipv6 drop", "dual.lab.test:443")
}

// BenchmarkDiagnoseDeadMember: a round-robin name, one of its two
// addresses dropping everything.
func BenchmarkDiagnoseDeadMember(b *testing.B) {
	benchCheck(b, "server: ip addr add 10.99.3.11/24 dev eth0\nserver: nft add rule inet lab input ip daddr 10.99.3.11 drop", "rr.lab.test:443")
}

// BenchmarkDiagnoseHostDown: a dead host behind r2, ARP with the kernel's
// default timing.
func BenchmarkDiagnoseHostDown(b *testing.B) { benchCheck(b, "", "10.99.3.99:443") }

// BenchmarkDiagnoseSYNLoss: r1 drops 4 of every 10 connection requests.
func BenchmarkDiagnoseSYNLoss(b *testing.B) {
	benchCheck(b, "r1: nft add rule inet lab forward ip ttl > 32 tcp flags & (syn | ack) == syn numgen inc mod 10 < 4 drop", "app.lab.test:443")
}

func BenchmarkDiagnoseDeadResolver(b *testing.B) {
	benchCheck(b, "server: nft add rule inet lab input udp dport 53 drop\nserver: nft add rule inet lab input tcp dport 53 drop", "app.lab.test:443")
}

// traceSideBySide times this program's ICMP traceroute and the system's
// tools on the same lab path, in one run, and reports each and the ratio.
func traceSideBySide(b *testing.B, stage string) {
	l := newLab(b, "")
	if err := l.Script(stage); err != nil {
		b.Fatal(err)
	}
	tools := map[string][]string{
		"traceroute": {"traceroute", "-n", "-m", "30", ServerAddr},
		"mtr":        {"mtr", "-r", "-n", "-c", "1", "-m", "30", ServerAddr},
	}
	var ours time.Duration
	theirs := map[string]time.Duration{}
	for b.Loop() {
		var hops int
		start := time.Now()
		err := l.Do(Client, func() error {
			tr := probes.Trace(context.Background(), probes.TraceICMP, ServerAddr, 443, probes.TraceOptions{})
			hops = len(tr.Hops)
			return nil
		})
		ours += time.Since(start)
		if err != nil || hops == 0 {
			b.Fatalf("trace: %v, %d hops", err, hops)
		}
		for name, argv := range tools {
			if _, err := exec.LookPath(argv[0]); err != nil {
				continue
			}
			start := time.Now()
			l.Command(Client, argv[0], argv[1:]...).Run()
			theirs[name] += time.Since(start)
		}
	}
	n := float64(b.N)
	b.ReportMetric(float64(ours.Milliseconds())/n, "conndoctor-ms")
	for name, d := range theirs {
		b.ReportMetric(float64(d.Milliseconds())/n, name+"-ms")
		b.ReportMetric(float64(d)/float64(ours), name+"/conndoctor")
	}
}

// BenchmarkTraceLabPath traces the healthy three-hop lab path.
func BenchmarkTraceLabPath(b *testing.B) { traceSideBySide(b, "") }

// BenchmarkTraceSilent30 traces a path where everything after hop 1 is
// silent (a black hole at r2), so hops 2..30 never answer.
func BenchmarkTraceSilent30(b *testing.B) {
	traceSideBySide(b, "r2: ip route add blackhole 10.99.3.0/29\nr2: ip route add blackhole 10.99.3.8/29")
}
