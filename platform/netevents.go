package platform

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
)

// NetChange is one change of this computer's network, as the operating
// system reported it: a link that went up or down, an address or a default
// route added or removed, other DNS servers, a resume from sleep.
type NetChange struct {
	// Kind is one of the NetChange kinds (NetLink, NetAddr…).
	Kind string `json:"kind"`
	// Iface is the interface's name ("" when none or unknown).
	Iface string `json:"iface,omitempty"`
	// Detail says what happened, in words: "link eth0 went down".
	Detail string `json:"detail"`
}

// NetChange kinds.
const (
	NetLink   = "link"   // a link went up or down, appeared or was removed
	NetAddr   = "addr"   // an address was added or removed
	NetRoute  = "route"  // a default route was added or removed
	NetDNS    = "dns"    // the DNS servers changed
	NetResume = "resume" // the computer resumed from sleep
)

// pollEvery is how often WatchNetwork compares the DNS servers and the
// time spent asleep with what it saw last: a file read and a clock read.
var pollEvery = 2 * time.Second

// minSleep is the least time asleep reported as a sleep (a resume from a
// shorter suspend is indistinguishable from clock noise on some systems).
const minSleep = time.Second

// dnsChange says how the DNS server list went from old to now, "" when it
// did not change.
func dnsChange(old, now []string) string {
	if slices.Equal(old, now) {
		return ""
	}
	list := func(s []string) string {
		if len(s) == 0 {
			return "none"
		}
		return strings.Join(s, ", ")
	}
	return fmt.Sprintf("DNS servers changed from %s to %s", list(old), list(now))
}

// pollChanges compares the DNS servers (servers) and the time spent asleep
// (asleep: total since boot, ok false where the system cannot say) every
// pollEvery until ctx is done, and reports what changed to fn.
func pollChanges(ctx context.Context, servers func() ([]string, error), asleep func() (time.Duration, bool), fn func(NetChange)) {
	last, lastErr := servers()
	slept, sleepOK := asleep()
	t := time.NewTicker(pollEvery)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if now, err := servers(); err == nil || lastErr == nil {
			if d := dnsChange(last, now); d != "" {
				fn(NetChange{Kind: NetDNS, Detail: d})
			}
			last, lastErr = now, err
		}
		if s, ok := asleep(); ok && sleepOK {
			if d := s - slept; d >= minSleep {
				fn(NetChange{Kind: NetResume, Detail: "the computer resumed after sleeping " + d.Round(time.Second).String()})
			}
			slept = s
		}
	}
}
