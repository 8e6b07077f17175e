package platform

import "testing"

// tcpPortRangeCases are MSFT_NetTCPSetting instances shaped as
// Get-NetTCPSetting lists them (written by hand, not captured: the
// Automatic template has no values), and what the range is.
var tcpPortRangeCases = []struct {
	name   string
	rows   []TCPSetting
	lo, hi int
	ok     bool
}{
	{"windows 10 default", []TCPSetting{{"Automatic", -1, -1}, {"InternetCustom", 49152, 16384}, {"DatacenterCustom", 49152, 16384},
		{"Compat", 49152, 16384}, {"Datacenter", 49152, 16384}, {"Internet", 49152, 16384}}, 49152, 65535, true},
	{"widened with netsh", []TCPSetting{{"Internet", 10000, 55536}, {"Datacenter", 10000, 55536}}, 10000, 65535, true},
	{"templates disagree", []TCPSetting{{"Internet", 49152, 16384}, {"Datacenter", 10000, 55536}}, 49152, 65535, true},
	{"disagree, no Internet", []TCPSetting{{"Compat", 49152, 16384}, {"Datacenter", 10000, 55536}}, 0, 0, false},
	{"none", []TCPSetting{{"Automatic", 0, 0}}, 0, 0, false},
	{"no instances", nil, 0, 0, false},
	{"beyond 65535", []TCPSetting{{"Internet", 60000, 16384}}, 0, 0, false},
}

func TestPickTCPPortRange(t *testing.T) {
	for _, c := range tcpPortRangeCases {
		lo, hi, err := PickTCPPortRange(c.rows)
		if (err == nil) != c.ok || lo != c.lo || hi != c.hi {
			t.Errorf("%s: %d–%d %v, want %d–%d ok %v", c.name, lo, hi, err, c.lo, c.hi, c.ok)
		}
	}
}

func FuzzPickTCPPortRange(f *testing.F) {
	for _, c := range tcpPortRangeCases {
		for _, r := range c.rows {
			f.Add(r.Name, r.Start, r.Count)
		}
	}
	f.Fuzz(func(t *testing.T, name string, start, count int64) {
		lo, hi, err := PickTCPPortRange([]TCPSetting{{name, start, count}})
		if err == nil && (lo < 1 || hi > 65535 || lo > hi) {
			t.Errorf("range %d–%d from %d+%d", lo, hi, start, count)
		}
	})
}
