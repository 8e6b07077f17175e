package probes

import (
	"strings"
	"testing"
)

// procNetTCPSample is /proc/net/tcp from a lab namespace: a listener, two
// connections to 10.99.3.10:443 (ESTABLISHED, TIME_WAIT) from ports 40000
// and 40001, one to another server from port 40000.
const procNetTCPSample = `  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 00000000:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1 1 0000000000000000 100 0 0 10 0
   1: 0201630A:9C40 0A03630A:01BB 01 00000000:00000000 00:00000000 00000000     0        0 2 1 0000000000000000 20 4 30 10 -1
   2: 0201630A:9C41 0A03630A:01BB 06 00000000:00000000 03:00000df1 00000000     0        0 0 3 0000000000000000
   3: 0201630A:9C40 0B03630A:01BB 01 00000000:00000000 00:00000000 00000000     0        0 4 1 0000000000000000 20 4 30 10 -1
   4: garbage
`

// procNetTCP6Sample holds one connection to [2001:db8:99:3::10]:443.
const procNetTCP6Sample = `  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: B80D0120010099000000000002000000:9C42 B80D0120030099000000000010000000:01BB 01 00000000:00000000 00:00000000 00000000     0        0 5 1 0000000000000000 20 4 30 10 -1
`

func TestCountProcNetTCP(t *testing.T) {
	c := &PortCensus{To: "10.99.3.10:443", RangeLow: 40000, RangeHigh: 40001}
	in, to := map[int]bool{}, map[int]bool{}
	CountProcNetTCP(c, procNetTCPSample, in, to)
	CountProcNetTCP(c, procNetTCP6Sample, in, to)
	if c.Sockets != 5 || c.ByState["ESTABLISHED"] != 1 || c.ByState["TIME_WAIT"] != 1 || c.ToInRange != 2 || c.InRange != 2 {
		t.Fatalf("census %+v", c)
	}
	if !c.Full() || !strings.HasPrefix(c.Text(), "2 of 2 local ports in use to 10.99.3.10:443 (1 ESTABLISHED, 1 TIME_WAIT); range 40000–40001") {
		t.Errorf("full %v, text %q", c.Full(), c.Text())
	}
	c6 := &PortCensus{To: "[2001:db8:99:3::10]:443", RangeLow: 32768, RangeHigh: 60999}
	CountProcNetTCP(c6, procNetTCP6Sample, map[int]bool{}, map[int]bool{})
	if c6.ByState["ESTABLISHED"] != 1 || c6.Full() {
		t.Errorf("IPv6 census %+v", c6)
	}
}

func TestParsePortRange(t *testing.T) {
	for in, ok := range map[string]bool{"32768\t60999\n": true, "40000 40001": true, "1 2 3": false, "60999 32768": false, "0 100": false, "x y": false} {
		lo, hi, err := ParsePortRange(in)
		if (err == nil) != ok || (ok && lo >= hi) {
			t.Errorf("%q: %d %d %v", in, lo, hi, err)
		}
	}
}

func FuzzCountProcNetTCP(f *testing.F) {
	f.Add(procNetTCPSample)
	f.Add(procNetTCP6Sample)
	f.Fuzz(func(t *testing.T, table string) {
		c := &PortCensus{To: "10.99.3.10:443", RangeLow: 32768, RangeHigh: 60999}
		CountProcNetTCP(c, table, map[int]bool{}, map[int]bool{})
		if c.ToInRange > c.InRange || c.InRange > c.Size() {
			t.Errorf("counts out of bounds: %+v", c)
		}
	})
}
