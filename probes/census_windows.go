//go:build windows

package probes

import (
	"context"
	"errors"
	"time"

	"github.com/conndoctor/conndoctor/platform"
)

// maxTCPTable bounds each socket table read: 64 MiB is about 2.8 million
// IPv4 or 1.2 million IPv6 sockets.
const maxTCPTable = 64 << 20

// censusWait bounds the read of the dynamic port range (WMI).
const censusWait = 2 * time.Second

// takeCensus counts this computer's TCP sockets to `to` (host:port) and
// the local ports in use, from GetExtendedTcpTable (IPv4 and IPv6, every
// socket with its owning process), against the dynamic port range
// (MSFT_NetTCPSetting). A range that cannot be read leaves the census
// without one (RangeError says why): the counts stand, nothing is
// assumed. Windows has no per-program open-file limit for sockets.
func takeCensus(to string) (*PortCensus, error) {
	c := &PortCensus{To: to, Source: "GetExtendedTcpTable (IPv4, IPv6); the dynamic port range from WMI MSFT_NetTCPSetting"}
	ctx, cancel := context.WithTimeout(context.Background(), censusWait)
	defer cancel()
	lo, hi, err := platform.TCPDynamicPortRange(ctx)
	if err != nil {
		c.RangeError = err.Error()
	} else {
		c.RangeLow, c.RangeHigh = lo, hi
	}
	inRange, toInRange := map[int]bool{}, map[int]bool{}
	var errs []error
	for _, v6 := range []bool{false, true} {
		b, err := platform.TCPTable(v6, maxTCPTable)
		if err != nil {
			// The counts are of the other family only: lower bounds.
			errs = append(errs, err)
			c.Truncated = true
			c.Source += "; " + map[bool]string{false: "the IPv4", true: "the IPv6"}[v6] + " table could not be read: " + err.Error()
			continue
		}
		CountTCPTable(c, b, v6, inRange, toInRange)
	}
	if len(errs) == 2 {
		return nil, errors.Join(errs...)
	}
	return c, nil
}
