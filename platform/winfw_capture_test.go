package platform

import (
	"bufio"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// testdata/windows/firewall holds the rule stores and profile settings of
// four real Windows SYSTEM hives (Windows 7, 8.x, 10 1709 twice; see its
// PROVENANCE.md): the default rule sets Windows installs plus what
// installed programs added.

// winStore is one captured store.
type winStore struct {
	name     string
	rules    []WinFwRule
	byID     map[string]WinFwRule // by registry value name
	profiles []WinFwProfile
}

// loadWinStore reads <prefix>.FirewallRules.tsv and
// <prefix>.FirewallPolicy-settings.tsv.
func loadWinStore(t testing.TB, prefix string) winStore {
	t.Helper()
	dir := filepath.Join("testdata", "windows", "firewall")
	s := winStore{name: prefix, byID: map[string]WinFwRule{}}
	f, err := os.Open(filepath.Join(dir, prefix+".FirewallRules.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		id, data, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			t.Fatalf("%s: line without a tab: %q", prefix, sc.Text())
		}
		r, err := ParseWinFwRegRule(data)
		if err != nil {
			t.Fatalf("%s: rule %s: %v", prefix, id, err)
		}
		s.rules = append(s.rules, r)
		s.byID[id] = r
	}
	b, err := os.ReadFile(filepath.Join(dir, prefix+".FirewallPolicy-settings.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	keys := map[string]int{`FirewallPolicy\DomainProfile`: 1, `FirewallPolicy\StandardProfile`: 2, `FirewallPolicy\PublicProfile`: 4}
	byType := map[int]*WinFwProfile{}
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		f := strings.Split(line, "\t")
		typ, ok := keys[f[0]]
		if !ok || len(f) != 4 {
			continue
		}
		p := byType[typ]
		if p == nil {
			p = &WinFwProfile{Type: typ}
			byType[typ] = p
		}
		switch f[1] {
		case "EnableFirewall":
			p.Enabled = f[3] == "0x00000001"
		case "DefaultOutboundAction":
			p.BlockOutbound = f[3] == "0x00000001"
		}
	}
	for _, typ := range []int{1, 2, 4} {
		if p := byType[typ]; p != nil {
			s.profiles = append(s.profiles, *p)
		}
	}
	return s
}

// withCurrent marks one profile current and sets its outbound default.
func (s winStore) withCurrent(typ int, block bool) []WinFwProfile {
	out := append([]WinFwProfile(nil), s.profiles...)
	for i := range out {
		out[i].Current = out[i].Type == typ
		if out[i].Current {
			out[i].BlockOutbound = block
		}
	}
	return out
}

var winStores = []struct {
	prefix     string
	rules      int
	outEnabled int
	global     int // enabled outbound TCP-capable allow rules with no limits
}{
	{"regipy-SYSTEM-win7", 323, 55, 0},
	{"regipy-SYSTEM_2-win8x", 400, 84, 0},
	{"regipy-SYSTEM_B-win10", 443, 109, 0},
	{"regipy-SYSTEM_WIN_10_1709", 478, 132, 0},
}

func TestWinFwCapturedStores(t *testing.T) {
	web := Packet{Dst: net.ParseIP("203.0.113.10"), Proto: "tcp", Port: 443}
	for _, c := range winStores {
		t.Run(c.prefix, func(t *testing.T) {
			s := loadWinStore(t, c.prefix)
			if len(s.rules) != c.rules || len(s.profiles) != 3 {
				t.Fatalf("%d rules, %d profiles", len(s.rules), len(s.profiles))
			}
			out, global := 0, 0
			for i := range s.rules {
				r := &s.rules[i]
				if r.Enabled && r.Direction == 2 {
					out++
					if r.Action == 1 && len(r.limits()) == 0 && winProtoMatches(r.Protocol, "tcp") {
						global++
					}
				}
			}
			if out != c.outEnabled || global != c.global {
				t.Errorf("%d enabled outbound rules (want %d), %d for every program over TCP (want %d)", out, c.outEnabled, global, c.global)
			}
			// The Public profile blocking outbound: no rule for every
			// program allows HTTPS, so the default policy drops it.
			fw := windowsFirewall(s.withCurrent(4, true), s.rules, nil)
			ev := fw.Evaluate(web)
			if ev.Verdict.Action != "drop" || !ev.Verdict.ByPolicy || ev.Verdict.Where != "Public profile default outbound action" {
				t.Errorf("public, block outbound: %+v", ev.Verdict)
			}
			if len(ev.Uncertain) == 0 || len(ev.Uncertain) > maxUncertain+1 {
				t.Errorf("%d rules listed as limited to a program, service or app", len(ev.Uncertain))
			}
			t.Logf("blocked by policy; %d uncertain, e.g. %s", len(ev.Uncertain), ev.Uncertain[0])
			// As stored (no DefaultOutboundAction: the built-in allow).
			ev = windowsFirewall(s.withCurrent(4, false), s.rules, nil).Evaluate(web)
			// Rules limited to programs that only allow cannot block it:
			// nothing is uncertain.
			if ev.Verdict.Action != "accept" || !ev.Verdict.ByPolicy || len(ev.Uncertain) != 0 {
				t.Errorf("public, as stored: %+v", ev)
			}
		})
	}
}
