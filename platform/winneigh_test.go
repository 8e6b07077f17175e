package platform

import (
	"testing"
	"unsafe"
)

// TestMibIPNetRow2Layout checks the struct against netioapi.h's layout on
// 64-bit Windows: 88 bytes, the state at offset 76.
func TestMibIPNetRow2Layout(t *testing.T) {
	var r mibIPNetRow2
	got := []uintptr{unsafe.Sizeof(r), unsafe.Offsetof(r.InterfaceIndex), unsafe.Offsetof(r.InterfaceLuid),
		unsafe.Offsetof(r.PhysicalAddress), unsafe.Offsetof(r.PhysicalAddressLength), unsafe.Offsetof(r.State),
		unsafe.Offsetof(r.Flags), unsafe.Offsetof(r.ReachabilityTime), unsafe.Sizeof(mibIPNetTable2Head{})}
	want := []uintptr{88, 28, 32, 40, 72, 76, 80, 84, 8}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("layout %v, want %v", got, want)
			break
		}
	}
}

func TestWinNeighborState(t *testing.T) {
	mac := []byte{0x02, 0x42, 0xac, 0x11, 0, 2}
	cases := []struct {
		state uint32
		phys  []byte
		want  string
	}{
		{nlnsReachable, mac, NeighborReachable},
		{nlnsStale, mac, NeighborReachable},
		{nlnsPermanent, mac, NeighborReachable},
		{nlnsIncomplete, nil, NeighborIncomplete},
		{nlnsUnreachable, nil, NeighborIncomplete},
		{nlnsReachable, nil, NeighborIncomplete},
		// Wine 8 in the lab's dead-gateway scenario: "reachable", zeros.
		{nlnsReachable, make([]byte, 6), NeighborIncomplete},
		{42, mac, NeighborUnknown},
	}
	for _, c := range cases {
		if got := winNeighborState(c.state, c.phys); got != c.want {
			t.Errorf("state %d phys %x: %s, want %s", c.state, c.phys, got, c.want)
		}
	}
}
