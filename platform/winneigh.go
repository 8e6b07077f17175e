package platform

// mibIPNetRow2 is MIB_IPNET_ROW2, one entry of Windows' neighbour (ARP and
// NDP) table, laid out as netioapi.h declares it for 64-bit Windows. It is
// declared on every OS so that its layout is tested everywhere.
type mibIPNetRow2 struct {
	Address               [28]byte // SOCKADDR_INET
	InterfaceIndex        uint32
	InterfaceLuid         uint64
	PhysicalAddress       [32]byte
	PhysicalAddressLength uint32
	State                 uint32 // NL_NEIGHBOR_STATE
	Flags                 uint8  // IsRouter, IsUnreachable
	_                     [3]byte
	ReachabilityTime      uint32
}

// mibIPNetTable2Head is MIB_IPNET_TABLE2 up to its first row.
type mibIPNetTable2Head struct {
	NumEntries uint32
	_          uint32
}

// NL_NEIGHBOR_STATE values.
const (
	nlnsUnreachable = 0
	nlnsIncomplete  = 1
	nlnsProbe       = 2
	nlnsDelay       = 3
	nlnsStale       = 4
	nlnsReachable   = 5
	nlnsPermanent   = 6
)

// winNeighborState turns a neighbour entry's state and link-layer address
// into the portable words: an entry with an address (reachable, stale,
// being confirmed, permanent) means the neighbour answered at some point;
// an incomplete or unreachable one, or one whose address is all zeros (as
// Wine 8 reports Linux's failed entries), means it did not.
func winNeighborState(state uint32, phys []byte) string {
	switch state {
	case nlnsReachable, nlnsPermanent, nlnsStale, nlnsDelay, nlnsProbe:
		for _, b := range phys {
			if b != 0 {
				return NeighborReachable
			}
		}
		return NeighborIncomplete
	case nlnsIncomplete, nlnsUnreachable:
		return NeighborIncomplete
	}
	return NeighborUnknown
}
