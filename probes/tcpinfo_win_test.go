package probes

import (
	"testing"
	"unsafe"
)

// TestTCPInfoV0Layout checks the struct against mstcpip.h's TCP_INFO_v0
// on 64-bit Windows: 88 bytes, SynRetrans at offset 84.
func TestTCPInfoV0Layout(t *testing.T) {
	var i tcpInfoV0
	got := []uintptr{unsafe.Sizeof(i), unsafe.Offsetof(i.ConnectionTimeMs), unsafe.Offsetof(i.RttUs), unsafe.Offsetof(i.RcvBuf),
		unsafe.Offsetof(i.BytesOut), unsafe.Offsetof(i.BytesIn), unsafe.Offsetof(i.TimeoutEpisodes), unsafe.Offsetof(i.SynRetrans)}
	want := []uintptr{88, 8, 20, 44, 48, 56, 80, 84}
	for k := range want {
		if got[k] != want[k] {
			t.Fatalf("layout %v, want %v", got, want)
		}
	}
}

func TestSynsFromTCPInfo(t *testing.T) {
	cases := []struct {
		retrans  uint8
		returned uint32
		sent     int
		ok       bool
	}{
		{0, 88, 1, true},
		{2, 88, 3, true},
		{2, 85, 3, true},
		{2, 84, 0, false}, // too short to hold SynRetrans: unknown
		{0, 0, 0, false},  // the call failed (Wine 8): unknown, not 0 resent
	}
	for _, c := range cases {
		sent, ok := synsFromTCPInfo(&tcpInfoV0{SynRetrans: c.retrans}, c.returned)
		if sent != c.sent || ok != c.ok {
			t.Errorf("retrans %d, %d bytes: %d %v, want %d %v", c.retrans, c.returned, sent, ok, c.sent, c.ok)
		}
	}
}
