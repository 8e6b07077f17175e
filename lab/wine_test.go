//go:build linux

package lab

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// The Windows build under Wine, in the lab: the same scenarios as
// TestScenarios, run by conndoctor-cli.exe in the client namespace.

var (
	wineOnce sync.Once
	wineW    *Wine
	wineErr  error
	wineDir  string
	cliOnce  sync.Once
	cliExe   string
	cliErr   error
)

// sharedPrefix prepares one Wine prefix for the whole test process
// (creating one takes Wine 10–20 s), or skips where Wine cannot run.
func sharedPrefix(t *testing.T) *Wine {
	t.Helper()
	if why := Available(); why != "" {
		t.Skip(why)
	}
	if why := WineAvailable(); why != "" {
		t.Skip(why)
	}
	wineOnce.Do(func() {
		wineDir, wineErr = os.MkdirTemp("", "conndoctor-wine")
		if wineErr == nil {
			wineW, wineErr = NewWine(wineDir, filepath.Join("testdata", "wine", "bcryptprimitives.c"))
		}
	})
	if wineErr != nil {
		t.Fatal(wineErr)
	}
	return wineW
}

// removeSharedPrefix stops the shared prefix's wineserver and removes the
// prefix and the Windows CLI (about 750 MB), once the tests are done.
func removeSharedPrefix() {
	if wineW == nil {
		return
	}
	if err := wineW.Stop(); err != nil {
		fmt.Fprintln(os.Stderr, err)
	}
	os.RemoveAll(wineDir)
}

// sharedWine also cross-builds conndoctor-cli.exe once (mingw-w64 for
// SQLite; Go's build cache keeps it between runs).
func sharedWine(t *testing.T) (*Wine, string) {
	t.Helper()
	w := sharedPrefix(t)
	cliOnce.Do(func() {
		cliExe = filepath.Join(wineDir, "conndoctor-cli.exe")
		// The stalldump build writes its goroutines' stacks when a run
		// hangs (see checkWindows).
		build := exec.Command("go", "build", "-tags", "stalldump", "-o", cliExe, "../cmd/conndoctor-cli")
		build.Env = append(os.Environ(), "GOOS=windows", "GOARCH=amd64", "CGO_ENABLED=1", "CC=x86_64-w64-mingw32-gcc")
		if out, err := build.CombinedOutput(); err != nil {
			cliErr = errors.New("build conndoctor-cli.exe: " + err.Error() + "\n" + string(out))
		}
	})
	if cliErr != nil {
		t.Fatal(cliErr)
	}
	return w, cliExe
}

// checkWindows runs conndoctor-cli.exe check inside the client namespace.
//
// Under Wine 8 the CLI now and then prints its whole result and then does
// not exit: its last thread waits, inside Wine's NtTerminateProcess, for a
// mutex no live thread holds (whatever the exit path; see the README's
// Wine gaps). The result is then read as printed, the hung process's
// stacks are logged (Wine.Backtraces) and it is stopped after exitGrace;
// the exit code is not known (exited is false) and is not asserted. A run
// that prints nothing has its stacks logged at stallTrace.
func checkWindows(t *testing.T, w *Wine, exe string, l *Lab, target string) cliResult {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd, err := w.Command(ctx, l, Client, exe, "check", "--json", "--no-save", target)
	if err != nil {
		t.Fatal(err)
	}
	cmd.Env = append(cmd.Env, "CONNDOCTOR_STALL_DUMP="+stallDump.String())
	var stdout, stderr syncBuffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	var r cliResult
	var printed time.Time
	started := time.Now()
	traced := false
	tick := time.NewTicker(200 * time.Millisecond)
	defer tick.Stop()
wait:
	for {
		select {
		case err := <-done:
			var ee *exec.ExitError
			if errors.As(err, &ee) {
				r.exit = ee.ExitCode()
			} else if err != nil {
				t.Fatalf("run conndoctor-cli.exe: %v\n%s", err, stderr.String())
			}
			r.exited = true
			break wait
		case <-tick.C:
			if printed.IsZero() && json.Valid([]byte(stdout.String())) {
				printed = time.Now()
			}
			hungAtExit := !printed.IsZero() && time.Since(printed) > exitGrace
			if !traced && (hungAtExit || printed.IsZero() && time.Since(started) > stallTrace) {
				traced = true
				t.Logf("conndoctor-cli.exe hangs (printed: %v); Wine's threads:\n%s", !printed.IsZero(), w.Backtraces("conndoctor-cli.exe", cmd.Process.Pid))
			}
			if hungAtExit {
				cmd.Process.Kill()
				<-done
				t.Logf("conndoctor-cli.exe printed its result and did not exit within %s (Wine's hang at exit, see checkWindows): stopped; its standard error:\n%s", exitGrace, stderr.String())
				break wait
			}
		}
	}
	out := stdout.String()
	r.raw = out
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("conndoctor-cli.exe output is not JSON: %v\n%s\n%s", err, out, stderr.String())
	}
	return r
}

// stallDump is when the lab's build of the CLI writes its goroutines'
// stacks to standard error, well after every check's deadline and before
// the run's.
const stallDump = 60 * time.Second

// stallTrace is when a run that printed nothing has its Wine threads'
// stacks logged (winedbg), after the stack dump and before the deadline.
const stallTrace = 70 * time.Second

// exitGrace is how long the CLI may take to exit once its result is out.
const exitGrace = 15 * time.Second

func TestWindowsScenarios(t *testing.T) {
	t.Parallel() // beside TestScenarios: see there
	w, exe := sharedWine(t)
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			l := newLab(t, sc.hosts)
			t.Cleanup(func() {
				if err := w.Stop(); err != nil {
					t.Error(err)
				}
			})
			if err := l.Script(sc.stage); err != nil {
				t.Fatal(err)
			}
			if sc.setup != nil {
				sc.setup(t, l)
			}
			if err := trustLabCA(l); err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			if err := w.Boot(ctx, l, Client); err != nil {
				t.Fatal(err)
			}
			// Windows reads its own hosts file, not /etc/hosts.
			if err := os.WriteFile(w.HostsFile(), []byte("127.0.0.1 localhost\r\n"+strings.ReplaceAll(sc.hosts, "\n", "\r\n")), 0o644); err != nil {
				t.Fatal(err)
			}
			if ws := windowsSetup[sc.name]; ws != nil {
				ws(t, l, w)
			}
			r := checkWindows(t, w, exe, l, sc.target)
			assertWindows(t, sc, r)
			code := sc.code
			if wc := wineCases[sc.name]; wc.code != "" && !(wc.orLinux && r.Verdict.Code == sc.code) {
				code = wc.code
			}
			if want := exitFor(code); r.exited && r.exit != want {
				t.Errorf("exit code %d, want %d", r.exit, want)
			}
		})
	}
}

// wineCase is how a scenario goes under Wine where it cannot go as on
// Linux. Each difference is a gap listed in the README with its evidence.
type wineCase struct {
	// code is the verdict under Wine ("": the Linux one); why says why the
	// run differs. orLinux accepts the Linux verdict as well, where which
	// of the two comes is a race the platform runs (why says which).
	code, why string
	orLinux   bool
	// evidence replaces the Linux evidence fragments; nil keeps them.
	evidence []string
	// checks overrides check statuses (merged over the Linux ones).
	checks map[string]string
}

// wineCases are the scenarios whose verdict under Wine differs.
var wineCases = map[string]wineCase{
	"local firewall": {code: "port.filtered", why: "the nftables rule in the client namespace is invisible to the Windows firewall API (which Wine does not implement either): the dropped SYNs are all Windows sees",
		evidence: []string{"silently dropped"}, checks: map[string]string{"firewall": "error"}},
	"local firewall, iptables-legacy": {code: "port.refused", why: "the iptables REJECT in the client namespace is invisible to the Windows firewall API: Windows sees a refusal",
		evidence: []string{"10.99.3.10:443"}, checks: map[string]string{"firewall": "error"}},
	"reject rule": {why: "Wine 8 refuses TCP_FAIL_CONNECT_ON_ICMP_ERROR (WSAENOPROTOOPT, 10042), so TCP_ICMP_ERROR_INFO cannot name the rejecting router and the ICMP code: the state rests on how fast the error came",
		evidence: []string{"10.99.3.10:443", "WSAEHOSTUNREACH"}},
	"proxy required": {why: "Windows reads the PAC file's address from WinINET's AutoConfigURL, not from KDE",
		evidence: []string{"http://10.99.3.10:3128", "Windows Internet settings", "200 Connection established"}},
	"proxy required, found by WPAD": {why: "Windows' auto-detect is the flag 0x08 of DefaultConnectionSettings, not KDE's setting",
		evidence: []string{"http://10.99.3.10:3128", "Windows Internet settings"}},
	"proxy unreachable": {why: "Windows words the refusal \"Connection refused.\" (connectex)",
		evidence: []string{"http://xxxxx@10.99.3.10:3129", "Connection refused"}},
	"dual-stack healthy": {why: "Wine 8 reports no IPv6 routes (GetIpForwardTable2 returns an empty table, GetBestRoute2 is a stub), so the IPv6 source address is not known and the address order puts IPv4 first",
		evidence: []string{"10.99.3.10:443 is open"}},
	"dual-stack, IPv6 dropped": {why: "as in \"dual-stack healthy\": IPv4 is tried first, so the port check passes and the IPv6 failure is found among the addresses",
		evidence: []string{"IPv6 connections to dual.lab.test fail while IPv4 works", "At 2001:db8:99:3::10 (IPv6), nothing answers"},
		checks:   map[string]string{"port": "pass"}},
	"client port range exhausted": {why: "the census counts the sockets with GetExtendedTcpTable as on Windows, but Wine 8 has no WMI namespace root\\StandardCimv2 (WBEM_E_INVALID_NAMESPACE), so the dynamic port range (MSFT_NetTCPSetting) is unknown: the ports in use are counted, not weighed against a range; the verdict rests on the bind error (WSAEADDRINUSE for port 0)",
		evidence: []string{"run out of local ports for connections to 10.99.3.10:443", "This computer holds 2 local ports towards 10.99.3.10:443 (how many it may use could not be read)",
			"2 local ports in use to 10.99.3.10:443", "the range of local ports is unknown", "WBEM_E_INVALID_NAMESPACE"}},
	"IPv6 client port range exhausted": {why: "as \"client port range exhausted\" (no WMI root\\StandardCimv2: the range is unknown, the ports held are counted), and the IPv6 ping cannot run (Icmp6CreateFile: ERROR_CALL_NOT_IMPLEMENTED)",
		evidence: []string{"run out of local ports for connections to [2001:db8:99:3::10]:443", "This computer holds 2 local ports towards [2001:db8:99:3::10]:443 (how many it may use could not be read)",
			"2 local ports in use to [2001:db8:99:3::10]:443", "the range of local ports is unknown", "WBEM_E_INVALID_NAMESPACE"},
		checks: map[string]string{"ping": "error"}},
	"IPv6 dead gateway": {code: "port.filtered", why: "Wine 8 lists no IPv6 gateway (GetAdaptersAddresses gives the IPv4 one only) and no IPv6 route (GetIpForwardTable2 is empty), so the route to the target could not be determined (the local check could not run) and no IPv6 gateway is there to check: the unanswered connection attempts are what remains",
		evidence: []string{"[2001:db8:99:3::10]:443", "no answer at all"}, checks: map[string]string{"local": "error"}},
	"ICMP echo filtered, clean path": {why: "the path MTU cannot be measured over TCP on Windows (no MSS option), so with ICMP echo filtered the MTU check is skipped",
		checks: map[string]string{"mtu": "skip"}},
	// IPv6 on the Windows build: ping, the ICMP traceroute and the path MTU
	// use Icmp6CreateFile / Icmp6SendEcho2, which Wine 8 does not implement
	// (ERROR_CALL_NOT_IMPLEMENTED, 120): those checks could not run. The TCP
	// traceroute cannot run either (TCP_FAIL_CONNECT_ON_ICMP_ERROR, see
	// wineChecks). And Wine reports no IPv6 routes.
	"IPv6 closed port": {why: "IPv6 ping and the ICMP traceroute cannot run: Wine 8's Icmp6CreateFile answers ERROR_CALL_NOT_IMPLEMENTED (120)",
		checks: map[string]string{"ping": "error", "trace.icmp": "error"}},
	"IPv6 drop rule": {why: "without an IPv6 ping (Icmp6CreateFile: ERROR_CALL_NOT_IMPLEMENTED under Wine 8) nothing shows that the host itself answers, so the verdict cannot say the drop is for this port only",
		evidence: []string{"[2001:db8:99:3::10]:443", "no answer at all"}, checks: map[string]string{"ping": "error", "trace.icmp": "error"}},
	"IPv6 reject rule": {code: "port.rejected", why: "Linux reports the router's ICMPv6 \"administratively prohibited\" to connect() as EACCES, which Wine passes on as WSAEACCES — on Windows the answer of its own firewall — and Wine offers no TCP_ICMP_ERROR_INFO to read the message: the program, knowing it runs under Wine, says a firewall refused (a router's or this computer's, not told apart) instead of naming the router as Linux does",
		evidence: []string{"WSAEACCES", "under Wine"}, checks: map[string]string{"ping": "error"}},
	"IPv6 black hole": {code: "port.filtered", why: "the black hole is found by the ICMP traceroute, which cannot run under Wine 8 (Icmp6CreateFile: ERROR_CALL_NOT_IMPLEMENTED)",
		evidence: []string{"no answer at all"}, checks: map[string]string{"ping": "error", "trace.icmp": "error"}},
	"IPv6 host down": {code: "port.filtered", orLinux: true, why: "the neighbour-discovery failure is reported by the router in ICMPv6, which neither the Windows port check (under Wine: no TCP_ICMP_ERROR_INFO) nor an IPv6 ping (Icmp6CreateFile: ERROR_CALL_NOT_IMPLEMENTED) can read; but Linux under Wine fails a connection attempt that is still waiting when r2 gives up on neighbour discovery (~3 s, default timing) with EHOSTUNREACH, so on a slow machine a late attempt sees it and the verdict is the Linux one, host.unreachable",
		evidence: []string{"2001:db8:99:3::99"}, checks: map[string]string{"ping": "error"}},
	"IPv6 MTU black hole": {code: "tls.failed", why: "the IPv6 path MTU cannot be measured under Wine 8: the interface is not found (no IPv6 routes), and Icmp6SendEcho2 is not implemented; the stalled TLS handshake is what shows",
		evidence: []string{"TLS handshake"}, checks: map[string]string{"mtu": "error"}},
	"IPv6 lossy path": {code: "healthy", why: "the loss is of ICMPv6 echo requests only, and the IPv6 ping cannot run under Wine 8 (Icmp6CreateFile: ERROR_CALL_NOT_IMPLEMENTED): with the ping's error supporting no verdict, the working connection is what shows",
		evidence: []string{"[2001:db8:99:3::10]:443 is open"}, checks: map[string]string{"ping": "error"}},
	"IPv6 SYN loss on a router": {why: "the IPv6 ping cannot run under Wine 8 (Icmp6CreateFile: ERROR_CALL_NOT_IMPLEMENTED); the intermittent connections are found as on Linux",
		checks: map[string]string{"ping": "error"}},
	"IPv6 local firewall": {code: "port.filtered", why: "as \"local firewall\": the ip6 rule in the client namespace is invisible to the Windows firewall API, and without an IPv6 ping (Icmp6CreateFile: ERROR_CALL_NOT_IMPLEMENTED) nothing shows that the host answers",
		evidence: []string{"[2001:db8:99:3::10]:443", "no answer at all"}, checks: map[string]string{"firewall": "error", "ping": "error"}},
	"IPv6 no route": {why: "Wine 8 lists no IPv6 route (GetIpForwardTable2 is empty), so the routing table cannot be read (the local check could not run); the connection attempt's WSAENETUNREACH still says there is no route",
		evidence: []string{"no network route to 2001:db8:99:3::10"}, checks: map[string]string{"local": "error"}},
	"IPv6 dead resolver": {code: "inconclusive", why: "Windows asks an IPv4 DNS server with DnsQuery_W (its IP4_ARRAY holds IPv4 servers only) and an IPv6 one over a Go UDP socket, which Wine 8 cannot open (WSAIoctl(SIO_UDP_CONNRESET): WSAEOPNOTSUPP, 10045): the server could not be asked (dns: error), and the system's lookup timing out alone names no cause",
		evidence: []string{"the DNS server could not be asked directly", "dial udp [2001:db8:99:3::200]:53", "10045"}, checks: map[string]string{"dns": "error", "local": "error"}},
	"mtu black hole, ICMP echo filtered": {code: "tls.failed", why: "Windows does not let a program set the MSS it announces, so with ICMP echo filtered the path MTU cannot be measured over TCP (on Windows too, not only under Wine): the stalled TLS handshake is what shows",
		evidence: []string{"TLS handshake"}, checks: map[string]string{"mtu": "skip"}},
}

// wineChecks are the checks Wine cannot carry at all: they must say they
// could not run (status error; skip where the check does not apply, such
// as a TCP traceroute of an IPv6 address on Windows), never pass or fail.
var wineChecks = map[string]string{
	"firewall":  "error", // INetFwPolicy2: Wine 8 fails enumerating the rules (COM error 0x8002802B)
	"trace.tcp": "error", // TCP_FAIL_CONNECT_ON_ICMP_ERROR: WSAENOPROTOOPT
}

// assertWindows checks a Windows run against the scenario, with the
// differences wineCases and wineChecks allow.
func assertWindows(t *testing.T, sc scenario, r cliResult) {
	t.Helper()
	code, evidence, checks := sc.code, sc.evidence, map[string]string{}
	for id, st := range sc.checks {
		checks[id] = st
	}
	for id := range wineChecks {
		delete(checks, id) // asserted below: could not run
	}
	if wc, ok := wineCases[sc.name]; ok {
		if wc.code != "" {
			code = wc.code
		}
		if wc.evidence != nil {
			evidence = wc.evidence
		}
		for id, st := range wc.checks {
			checks[id] = st
		}
		t.Logf("differs under Wine: %s", wc.why)
	}
	if wc := wineCases[sc.name]; wc.orLinux && r.Verdict.Code == sc.code {
		code, evidence = sc.code, sc.evidence
		t.Logf("the Linux verdict, which this case allows")
	}
	if r.Verdict.Code != code {
		t.Fatalf("verdict %q (%s), want %q\n%s", r.Verdict.Code, r.Verdict.Summary, code, r.raw)
	}
	text := r.Verdict.Summary
	for _, e := range r.Verdict.Evidence {
		text += "\n" + e.Text
	}
	for _, want := range evidence {
		if !strings.Contains(text, want) {
			t.Errorf("verdict lacks %q:\n%s", want, text)
		}
	}
	status, summary := map[string]string{}, map[string]string{}
	for _, c := range r.Checks {
		status[c.ID], summary[c.ID] = c.Status, c.Summary
	}
	for id, want := range checks {
		if status[id] != want {
			t.Errorf("check %s is %q, want %q: %s", id, status[id], want, summary[id])
		}
	}
	for id, want := range wineChecks {
		if got, ran := status[id]; ran && got != want && got != "skip" {
			t.Errorf("check %s is %q under Wine, want %q (could not run) or skip", id, got, want)
		}
	}
	if strings.Contains(r.raw, "hunter2") {
		t.Error("a proxy password reached the output")
	}
	t.Logf("%s: %s (%.0f ms)", r.Verdict.Code, r.Verdict.Summary, r.DurationMs)
}

// trustLabCA gives the client namespace an /etc/ssl holding only the lab's
// CA (the last SSL_CERT_FILE set, as for the Linux CLI): Wine builds
// Windows' trusted root store from the host's /etc/ssl/certs, which `ip
// netns exec` mounts from /etc/netns/<ns>/ssl.
func trustLabCA(l *Lab) error {
	var caFile string
	for _, v := range l.Env {
		if f, ok := strings.CutPrefix(v, "SSL_CERT_FILE="); ok {
			caFile = f
		}
	}
	pem, err := os.ReadFile(caFile)
	if err != nil {
		return err
	}
	dir := filepath.Join(l.etc, "ssl", "certs")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "ca-certificates.crt"), pem, 0o644)
}

// inetSettings is the per-user WinINET key.
const inetSettings = `HKCU\Software\Microsoft\Windows\CurrentVersion\Internet Settings`

// windowsSetup gives the scenarios that configure a proxy on the Linux
// desktop (KDE's kioslaverc) the same setting where Windows keeps it.
var windowsSetup = map[string]func(t *testing.T, l *Lab, w *Wine){
	"proxy required": withPACURL,
	"pac direct":     withPACURL,
	"proxy required, found by WPAD": func(t *testing.T, l *Lab, w *Wine) {
		// The Windows 10 default, direct with auto-detect (flags 0x09), as a
		// real Windows 10 22H2 hive holds it.
		blob, err := os.ReadFile("../platform/testdata/windows/wininet/regipy-NTUSER-WSL-win10.DefaultConnectionSettings.bin")
		if err != nil {
			t.Fatal(err)
		}
		setRegistry(t, l, w, inetSettings+`\Connections`, "DefaultConnectionSettings", "REG_BINARY", fmt.Sprintf("%x", blob))
	},
}

// withPACURL names the lab's PAC file in WinINET's AutoConfigURL.
func withPACURL(t *testing.T, l *Lab, w *Wine) {
	setRegistry(t, l, w, inetSettings, "AutoConfigURL", "REG_SZ", "http://"+ServerAddr+":8082/proxy.pac")
}

// setRegistry sets a value with Wine's reg.exe and deletes it when the test
// ends (the prefix is shared by the scenarios).
func setRegistry(t *testing.T, l *Lab, w *Wine, key, name, typ, data string) {
	t.Helper()
	reg := func(args ...string) error {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		c, err := w.Command(ctx, l, Client, "reg", args...)
		if err != nil {
			return err
		}
		if out, err := c.CombinedOutput(); err != nil {
			return fmt.Errorf("reg %s: %v: %s", strings.Join(args, " "), err, out)
		}
		return nil
	}
	if err := reg("add", key, "/v", name, "/t", typ, "/d", data, "/f"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := reg("delete", key, "/v", name, "/f"); err != nil {
			t.Error(err)
		}
	})
}

// exitFor is the CLI's exit code for a verdict: 0 only when healthy.
func exitFor(code string) int {
	if code == "healthy" {
		return 0
	}
	return 1
}
