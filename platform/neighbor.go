package platform

// Neighbour states beside NeighborReachable, NeighborIncomplete and
// NeighborUnknown, as Linux names the entries of its neighbour discovery
// (NDP) table: the IPv6 gateway's state is reported in these words.
const (
	NeighborStale     = "stale"     // the address was known, not confirmed lately
	NeighborDelay     = "delay"     // known, traffic sent, confirmation awaited
	NeighborProbe     = "probe"     // known, being asked again
	NeighborFailed    = "failed"    // asked, never answered: resolution gave up
	NeighborPermanent = "permanent" // configured by hand
	NeighborNoARP     = "noarp"     // needs no resolution
)

// NeighborAlive says a neighbour state shows that the neighbour answered:
// its link-layer address is known (reachable; stale, delay or probe while
// it is reconfirmed; or set by hand). This is what Linux's ARP table
// shows as complete (ATF_COM, /proc/net/arp), so IPv4 and IPv6 gateways
// are judged alike. Incomplete, failed and unknown (no entry) do not.
func NeighborAlive(state string) bool {
	switch state {
	case NeighborReachable, NeighborStale, NeighborDelay, NeighborProbe, NeighborPermanent, NeighborNoARP:
		return true
	}
	return false
}
