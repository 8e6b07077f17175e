package probes

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readTCPTable reads a captured GetExtendedTcpTable answer
// (testdata/windows-tcptable, see PROVENANCE.md).
func readTCPTable(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "windows-tcptable", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// tcpTableCases count the captured tables towards each listener: one
// connection open, one closed by the client (TIME_WAIT), a listener and
// the server's side of the open connection (not towards the target).
var tcpTableCases = []struct {
	name, file, to string
	v6             bool
	lo, hi         int
	states         map[string]int
	toIn, in       int
	sockets        int
	text           string
}{
	{"IPv4, range unknown (Wine)", "tcptable4.bin", "127.0.0.1:44301", false, 0, 0,
		map[string]int{"ESTABLISHED": 1, "TIME_WAIT": 1}, 2, 3, 4,
		"2 local ports in use to 127.0.0.1:44301 (1 ESTABLISHED, 1 TIME_WAIT); the range of local ports is unknown (no WMI)"},
	{"IPv4, Windows' default range", "tcptable4.bin", "127.0.0.1:44301", false, 49152, 65535,
		map[string]int{"ESTABLISHED": 1, "TIME_WAIT": 1}, 0, 0, 4,
		"0 of 16384 local ports in use to 127.0.0.1:44301 (1 ESTABLISHED, 1 TIME_WAIT); range 49152–65535"},
	{"IPv4, the client ports' range", "tcptable4.bin", "127.0.0.1:44301", false, 32768, 60999,
		map[string]int{"ESTABLISHED": 1, "TIME_WAIT": 1}, 2, 3, 4,
		"2 of 28232 local ports in use to 127.0.0.1:44301 (1 ESTABLISHED, 1 TIME_WAIT); range 32768–60999"},
	{"IPv6", "tcptable6.bin", "[::1]:44302", true, 32768, 60999,
		map[string]int{"ESTABLISHED": 1, "TIME_WAIT": 1}, 2, 3, 4,
		"2 of 28232 local ports in use to [::1]:44302 (1 ESTABLISHED, 1 TIME_WAIT); range 32768–60999"},
	{"another target", "tcptable4.bin", "127.0.0.1:9", false, 32768, 60999, nil, 0, 3, 4,
		"0 of 28232 local ports in use to 127.0.0.1:9; range 32768–60999"},
}

func TestCountTCPTable(t *testing.T) {
	for _, c := range tcpTableCases {
		t.Run(c.name, func(t *testing.T) {
			p := &PortCensus{To: c.to, RangeLow: c.lo, RangeHigh: c.hi}
			if c.lo == 0 {
				p.RangeError = "no WMI"
			}
			CountTCPTable(p, readTCPTable(t, c.file), c.v6, map[int]bool{}, map[int]bool{})
			if p.Sockets != c.sockets || p.ToInRange != c.toIn || p.InRange != c.in || p.Truncated || len(p.ByState) != len(c.states) {
				t.Fatalf("census %+v", p)
			}
			for st, n := range c.states {
				if p.ByState[st] != n {
					t.Errorf("%s: %d, want %d", st, p.ByState[st], n)
				}
			}
			if p.Text() != c.text {
				t.Errorf("text %q\nwant %q", p.Text(), c.text)
			}
			if p.Full() {
				t.Error("a range of thousands is not full with 2 ports")
			}
		})
	}
}

// TestCountTCPTableBothFamilies counts the two tables into one census,
// as takeCensus does, and a table whose row count overruns its bytes.
func TestCountTCPTableBothFamilies(t *testing.T) {
	p := &PortCensus{To: "127.0.0.1:44301", RangeLow: 44807, RangeHigh: 44807}
	in, to := map[int]bool{}, map[int]bool{}
	CountTCPTable(p, readTCPTable(t, "tcptable4.bin"), false, in, to)
	CountTCPTable(p, readTCPTable(t, "tcptable6.bin"), true, in, to)
	// The range is the one port of the closed connection: full.
	if p.Sockets != 8 || p.ToInRange != 1 || !p.Full() || !strings.HasPrefix(p.Holds(), "This computer holds 1 of the 1 local ports") {
		t.Errorf("census %+v, %s", p, p.Holds())
	}
	b := readTCPTable(t, "tcptable4.bin")
	cut := &PortCensus{To: "127.0.0.1:44301"}
	CountTCPTable(cut, b[:len(b)-10], false, map[int]bool{}, map[int]bool{})
	if !cut.Truncated || cut.Sockets != 3 {
		t.Errorf("cut table: %+v", cut)
	}
	empty := &PortCensus{To: "127.0.0.1:44301"}
	CountTCPTable(empty, nil, true, map[int]bool{}, map[int]bool{})
	if !empty.Truncated || empty.Sockets != 0 {
		t.Errorf("no table: %+v", empty)
	}
}

func FuzzCountTCPTable(f *testing.F) {
	f.Add(readTCPTable(f, "tcptable4.bin"), false)
	f.Add(readTCPTable(f, "tcptable6.bin"), true)
	f.Fuzz(func(t *testing.T, b []byte, v6 bool) {
		c := &PortCensus{To: "[::1]:44302", RangeLow: 32768, RangeHigh: 60999}
		CountTCPTable(c, b, v6, map[int]bool{}, map[int]bool{})
		if c.ToInRange > c.InRange || c.InRange > c.Size() || c.InRange > c.Sockets {
			t.Errorf("counts out of bounds: %+v", c)
		}
	})
}
