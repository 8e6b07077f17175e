package probes

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"net"
	"sort"
	"time"

	"github.com/conndoctor/conndoctor/internal/failure"
	"github.com/conndoctor/conndoctor/platform"
)

// MTUResult is the path MTU check.
type MTUResult struct {
	Check
	// Addr is the target address.
	Addr string `json:"addr"`
	// Iface and IfaceMTU are the interface traffic leaves by and its MTU.
	Iface    string `json:"iface,omitempty"`
	IfaceMTU int    `json:"iface_mtu"`
	// PathMTU is the largest IP packet (bytes) that got an answer with the
	// don't-fragment bit set; FirstLost the smallest that did not (0: none).
	PathMTU   int `json:"path_mtu"`
	FirstLost int `json:"first_lost,omitempty"`
	// FragNeeded says a router answered "fragmentation needed", as it
	// should; FragFrom and NextHopMTU are from that message.
	FragNeeded bool   `json:"frag_needed"`
	FragFrom   string `json:"frag_from,omitempty"`
	NextHopMTU int    `json:"next_hop_mtu,omitempty"`
	// Blackhole says large packets vanish without any "fragmentation needed":
	// transfers that fill packets hang.
	Blackhole bool `json:"blackhole"`
	// Method is how the path MTU was measured: "" (don't-fragment pings) or
	// "tcp-mss" (fetches over connections with clamped segment sizes, when
	// ICMP echo is filtered).
	Method string `json:"method,omitempty"`
}

// MTUOptions tune the MTU check.
type MTUOptions struct {
	// Wait is how long each round waits for answers (default 400ms).
	Wait time.Duration
	// Fallback, when set, is a TCP service used when ICMP echo is filtered.
	Fallback *MTUFallback
}

// fragInfo is a "fragmentation needed" message seen during a round.
type fragInfo struct {
	from string
	mtu  int
}

// mtuRound sends reps don't-fragment echo requests per size and reports
// which sizes got at least one answer. Implemented per OS.
type mtuRound func(ctx context.Context, dst net.IP, sizes []int, reps int, wait time.Duration) (map[int]bool, *fragInfo, error)

// Probes per size: searchReps in the search rounds, confirmReps to confirm
// a black hole, so that loss on the path is not taken for a size limit
// (at 60% loss, 16 lost probes in a row happen 3 times in 10,000).
const (
	searchReps  = 2
	confirmReps = 16
)

// ProbeMTU measures the path MTU to addr.
func ProbeMTU(ctx context.Context, addr string, o MTUOptions) *MTUResult {
	if o.Wait <= 0 {
		o.Wait = 400 * time.Millisecond
	}
	r := &MTUResult{Check: newCheck("mtu", "Path MTU"), Addr: addr}
	dst := net.ParseIP(addr)
	v6 := dst != nil && dst.To4() == nil
	switch {
	case dst == nil:
		r.finish(StatusError, "path MTU could not be measured: "+addr+" is not an IP address")
		return r
	case v6 && !mtuIPv6:
		r.finish(StatusSkip, "path MTU of IPv6 addresses is not measured on this operating system yet")
		return r
	case !v6:
		dst = dst.To4()
	}
	if dst.IsLoopback() {
		r.finish(StatusSkip, "the target is this computer: no network path to measure")
		return r
	}
	var err error
	r.Iface, r.IfaceMTU, err = ifaceFor(ctx, addr)
	if err == nil && r.IfaceMTU < 576 {
		err = fmt.Errorf("%s reports an MTU of %d bytes", r.Iface, r.IfaceMTU)
	}
	if err != nil {
		r.finish(StatusError, "the interface MTU could not be read: "+err.Error())
		return r
	}
	if v6 {
		o.Fallback = nil // the TCP fallback's header sizes are IPv4's
	}
	if err := searchMTU(ctx, r, dst, runMTURound, o.Wait); err != nil {
		// No echo answered at all is the network's doing (ICMP filtered):
		// nothing to measure with. Anything else is a failure here.
		st := StatusError
		if errors.Is(err, errNoEcho) {
			st = StatusSkip
		}
		if o.Fallback == nil || !errors.Is(err, errNoEcho) {
			r.finish(st, "path MTU could not be measured: "+err.Error())
			return r
		}
		if ferr := searchMSS(ctx, r, addr, o.Fallback, fetchClamped); ferr != nil {
			r.finish(st, "path MTU could not be measured: "+err.Error()+"; over TCP: "+ferr.Error())
			return r
		}
	}
	r.finish(r.verdict())
	return r
}

// errNoEcho means no echo request was answered at all.
var errNoEcho = errors.New("no echo reply")

// maxProbe is the largest packet probed: the biggest jumbo frame in use.
// Larger interface MTUs (loopback, some virtual links) are probed up to it.
const maxProbe = 9216

// searchMTU narrows the path MTU down in rounds of sizes sent at once.
func searchMTU(ctx context.Context, r *MTUResult, dst net.IP, round mtuRound, wait time.Duration) error {
	top := min(r.IfaceMTU, maxProbe)
	pass, fail := 0, top+1
	sizes := []int{576, 1000, 1200, 1280, 1350, 1400, 1420, 1450, 1460, 1472, 1480, 1492, 1500, 4000, 8000, 9000, top}
	for i := 0; i < 4 && fail-pass > 2 && ctx.Err() == nil; i++ {
		sizes = within(sizes, pass, fail)
		if len(sizes) == 0 {
			break
		}
		ok, frag, err := round(ctx, dst, sizes, searchReps, wait)
		if err != nil {
			return err
		}
		if frag != nil && !r.FragNeeded {
			r.FragNeeded, r.FragFrom, r.NextHopMTU = true, frag.from, frag.mtu
		}
		for _, s := range sizes {
			switch {
			case ok[s] && s > pass:
				pass = s
			case !ok[s] && s < fail:
				fail = s
			}
		}
		if pass == 0 {
			return fmt.Errorf("not even a %d-byte ping was answered (ICMP is filtered or the host is down): %w", sizes[0], errNoEcho)
		}
		sizes = spread(pass, fail, 15)
	}
	if pass < top && !r.FragNeeded {
		var err error
		if pass, fail, err = confirm(ctx, dst, round, wait, pass, fail, top); err != nil {
			return err
		}
	}
	r.PathMTU = pass
	if fail <= top {
		r.FirstLost = fail
	}
	r.Blackhole = r.PathMTU < top && !r.FragNeeded
	return nil
}

// confirm re-probes a suspected black hole many times: an answer at full
// size means the search only met loss; no answer even at the passing size
// means there is too much loss to tell.
func confirm(ctx context.Context, dst net.IP, round mtuRound, wait time.Duration, pass, fail, top int) (int, int, error) {
	ok, _, err := round(ctx, dst, []int{pass, top}, confirmReps, wait)
	switch {
	case err != nil:
		return pass, fail, err
	case ok[top]:
		return top, top + 1, nil
	case !ok[pass]:
		return pass, fail, fmt.Errorf("too much packet loss to measure it (no answer to %d pings of %d bytes that passed before)", confirmReps, pass)
	}
	return pass, fail, nil
}

// within keeps the sizes in (lo, hi), sorted.
func within(sizes []int, lo, hi int) []int {
	var out []int
	for _, s := range sizes {
		if s > lo && s < hi && (len(out) == 0 || out[len(out)-1] != s) {
			out = append(out, s)
		}
	}
	sort.Ints(out)
	return out
}

// spread returns up to n sizes evenly between lo and hi (exclusive).
func spread(lo, hi, n int) []int {
	var out []int
	for i := 1; i <= n; i++ {
		s := lo + (hi-lo)*i/(n+1)
		if s > lo && s < hi && (len(out) == 0 || out[len(out)-1] != s) {
			out = append(out, s)
		}
	}
	return out
}

func (r *MTUResult) verdict() (Status, string) {
	tooBig := "fragmentation needed" // ICMPv4's message; ICMPv6 says "packet too big"
	if FamilyOf(r.Addr) == "IPv6" {
		tooBig = "packet too big"
	}
	switch {
	case r.Method == "tcp-mss" && r.Blackhole:
		return StatusFail, fmt.Sprintf("TCP segments over %d bytes (packets over %d) never arrive, smaller ones do (measured over TCP: ICMP echo is filtered; %s MTU is %d)", r.PathMTU-40, r.PathMTU, r.Iface, r.IfaceMTU)
	case r.Method == "tcp-mss":
		return StatusPass, fmt.Sprintf("TCP transfers with full-size packets (%d bytes) get through (measured over TCP: ICMP echo is filtered)", r.PathMTU)
	case r.Blackhole:
		return StatusFail, fmt.Sprintf("packets over %d bytes vanish with no \"%s\" message (%s MTU is %d)", r.PathMTU, tooBig, r.Iface, r.IfaceMTU)
	case r.PathMTU < min(r.IfaceMTU, maxProbe) && r.NextHopMTU == 0: // Windows' ICMP API does not pass it on
		return StatusPass, fmt.Sprintf("path MTU %d bytes; %s reports \"%s\", so the OS adapts", r.PathMTU, cmp.Or(r.FragFrom, "a router"), tooBig)
	case r.PathMTU < min(r.IfaceMTU, maxProbe):
		return StatusPass, fmt.Sprintf("path MTU %d bytes; %s reports \"%s\" (next hop MTU %d), so the OS adapts", r.PathMTU, r.FragFrom, tooBig, r.NextHopMTU)
	}
	return StatusPass, fmt.Sprintf("full-size packets (%d bytes) pass", r.PathMTU)
}

// ifaceFor returns the interface and MTU the kernel would use for addr.
func ifaceFor(ctx context.Context, addr string) (string, int, error) {
	ri, err := platform.RouteTo(ctx, net.ParseIP(addr), 9)
	if err != nil {
		return "", 0, failure.Wrap(ri.API, err)
	}
	return platform.LinkMTU(ri)
}
