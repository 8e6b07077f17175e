//go:build linux

package probes

import (
	"errors"
	"io"
	"os"

	"golang.org/x/sys/unix"
)

// The files the census reads; tests point them elsewhere.
var (
	procNetTCP    = []string{"/proc/net/tcp", "/proc/net/tcp6"}
	procPortRange = "/proc/sys/net/ipv4/ip_local_port_range"
)

// maxProcTCP bounds how much of each socket table is read: 64 MiB is
// about 430,000 sockets.
const maxProcTCP = 64 << 20

// takeCensus counts this computer's TCP sockets to `to` (host:port) and the
// ephemeral ports in use, from /proc/net/tcp and tcp6 (the network
// namespace of this process), and reads the open-file limit.
func takeCensus(to string) (*PortCensus, error) {
	b, err := os.ReadFile(procPortRange)
	if err != nil {
		return nil, err
	}
	c := &PortCensus{To: to, Source: "/proc/net/tcp, /proc/net/tcp6, " + procPortRange}
	if c.RangeLow, c.RangeHigh, err = ParsePortRange(string(b)); err != nil {
		return nil, err
	}
	inRange, toInRange := map[int]bool{}, map[int]bool{}
	var errs []error
	for _, path := range procNetTCP {
		f, err := os.Open(path)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		table, err := io.ReadAll(io.LimitReader(f, maxProcTCP+1))
		f.Close()
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if len(table) > maxProcTCP {
			table, c.Truncated = table[:maxProcTCP], true
		}
		CountProcNetTCP(c, string(table), inRange, toInRange)
	}
	if len(errs) == len(procNetTCP) {
		return nil, errors.Join(errs...)
	}
	var lim unix.Rlimit
	if unix.Getrlimit(unix.RLIMIT_NOFILE, &lim) == nil {
		c.FileLimit = lim.Cur
	}
	return c, nil
}
