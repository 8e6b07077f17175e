//go:build windows

package probes

import (
	"context"
	"net"
	"sync"
	"time"
)

// mtuIPv6 says this build measures the path MTU of IPv6 addresses.
const mtuIPv6 = true

// runMTURound sends echo requests of each size with IcmpSendEcho2 (IPv4,
// don't-fragment set) or Icmp6SendEcho2 (IPv6: routers never fragment),
// all at once. IP_PACKET_TOO_BIG is Windows' "fragmentation needed" or
// "packet too big"; the API does not pass on the next hop's MTU. A size
// at or above one the path refused that still got an answer was
// fragmented here, by a system that had learnt the smaller MTU: it does
// not count. A request that fails on this computer fails the round.
func runMTURound(ctx context.Context, dst net.IP, sizes []int, reps int, wait time.Duration) (map[int]bool, *fragInfo, error) {
	ic, err := openICMP(dst)
	if err != nil {
		return nil, nil, err
	}
	defer ic.Close()
	header := 28 // IPv4 and ICMP headers
	if ic.v6 {
		header = 48
	}
	if dl, ok := ctx.Deadline(); ok {
		wait = min(wait, time.Until(dl))
	}
	ok := map[int]bool{}
	var frag *fragInfo
	tooBig := 0
	var local firstErr
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := 0; i < len(sizes)*reps; i++ {
		s := sizes[i%len(sizes)]
		wg.Add(1)
		go func() {
			defer wg.Done()
			rep, err := ic.echo(dst, echoOpts{payload: make([]byte, max(s-header, 8)), df: true, timeout: wait})
			st := ipStatusOf(rep.status)
			if err == nil && !st.answered {
				err = st.failure(rep.status, ic.v6, ic.send.Name)
			}
			mu.Lock()
			defer mu.Unlock()
			switch {
			case err != nil:
				local.set(err)
			case rep.status == ipSuccess:
				ok[s] = true
			case rep.status == ipPacketTooBig:
				if frag == nil {
					frag = &fragInfo{}
					if rep.from != nil {
						frag.from = rep.from.String()
					}
				}
				if tooBig == 0 || s < tooBig {
					tooBig = s
				}
			}
		}()
	}
	wg.Wait()
	if err := local.get(); err != nil {
		return nil, nil, err
	}
	for s := range ok {
		if tooBig > 0 && s >= tooBig {
			delete(ok, s)
		}
	}
	return ok, frag, nil
}
