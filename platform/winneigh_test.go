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
	cases := []struct {
		state, phys uint32
		want        string
	}{
		{nlnsReachable, 6, NeighborReachable},
		{nlnsStale, 6, NeighborReachable},
		{nlnsPermanent, 6, NeighborReachable},
		{nlnsIncomplete, 0, NeighborIncomplete},
		{nlnsUnreachable, 0, NeighborIncomplete},
		{nlnsReachable, 0, NeighborIncomplete},
		{42, 6, NeighborUnknown},
	}
	for _, c := range cases {
		if got := winNeighborState(c.state, c.phys); got != c.want {
			t.Errorf("state %d phys %d: %s, want %s", c.state, c.phys, got, c.want)
		}
	}
}
