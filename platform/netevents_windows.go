//go:build windows

package platform

import (
	"context"
	"net"
	"net/netip"
	"sync"
	"time"
	"unsafe"

	"golang.org/x/sys/windows"
)

// The change notifications of the IP Helper API, looked up by name and
// checked before use (Wine lacks some).
var (
	procNotifyIpInterfaceChange      = iphlpapi.NewProc("NotifyIpInterfaceChange")
	procNotifyRouteChange2           = iphlpapi.NewProc("NotifyRouteChange2")
	procNotifyUnicastIpAddressChange = iphlpapi.NewProc("NotifyUnicastIpAddressChange")
	procCancelMibChangeNotify2       = iphlpapi.NewProc("CancelMibChangeNotify2")
	procQueryUnbiasedInterruptTime   = windows.NewLazySystemDLL("kernel32.dll").NewProc("QueryUnbiasedInterruptTime")
)

// winNote is one notification as a callback received it, decoded on the
// callback's thread (the row is only valid there) and handed to the
// watcher's goroutine.
type winNote struct {
	kind      string // NetLink, NetAddr or NetRoute
	idx       int32
	up, gone  bool
	prefix    netip.Prefix // an address, or a route's destination
	gw        netip.Addr
	replace   bool
	connected bool
}

// The callbacks are made once (Windows keeps a fixed number of callback
// slots) and deliver to every WatchNetwork running.
var (
	winCallbacks struct {
		once               sync.Once
		iface, route, addr uintptr
	}
	winSinksMu sync.Mutex
	winSinks   = map[chan winNote]bool{}
)

func winDeliver(n winNote) {
	winSinksMu.Lock()
	defer winSinksMu.Unlock()
	for ch := range winSinks {
		select {
		case ch <- n: // never block the system's notification thread
		default:
		}
	}
}

func winMakeCallbacks() {
	winCallbacks.iface = windows.NewCallback(func(_ uintptr, row *windows.MibIpInterfaceRow, typ uintptr) uintptr {
		if row == nil || typ == windows.MibInitialNotification {
			return 0
		}
		n := winNote{kind: NetLink, idx: int32(row.InterfaceIndex), gone: typ == windows.MibDeleteInstance}
		if !n.gone {
			r := *row // the callback's row carries only the family, LUID and index
			if callIPHelper(procGetIpInterfaceEntry, uintptr(unsafe.Pointer(&r))) != nil {
				return 0
			}
			n.up = r.Connected != 0
		}
		winDeliver(n)
		return 0
	})
	winCallbacks.route = windows.NewCallback(func(_ uintptr, row *windows.MibIpForwardRow2, typ uintptr) uintptr {
		if row == nil || typ == windows.MibInitialNotification || row.DestinationPrefix.PrefixLength != 0 {
			return 0
		}
		gw, _ := netip.AddrFromSlice(sockaddrInetIP(&row.NextHop))
		winDeliver(winNote{kind: NetRoute, idx: int32(row.InterfaceIndex), gw: gw.Unmap(),
			prefix: netip.PrefixFrom(gw.Unmap(), 0), gone: typ == windows.MibDeleteInstance})
		return 0
	})
	winCallbacks.addr = windows.NewCallback(func(_ uintptr, row *windows.MibUnicastIpAddressRow, typ uintptr) uintptr {
		if row == nil || typ == windows.MibInitialNotification || typ == windows.MibParameterNotification {
			return 0
		}
		ip, ok := netip.AddrFromSlice(sockaddrInetIP((*windows.RawSockaddrInet)(unsafe.Pointer(&row.Address))))
		if !ok {
			return 0
		}
		winDeliver(winNote{kind: NetAddr, idx: int32(row.InterfaceIndex),
			prefix: netip.PrefixFrom(ip.Unmap(), int(row.OnLinkPrefixLength)), gone: typ == windows.MibDeleteInstance})
		return 0
	})
}

// WatchNetwork reports this computer's network changes to fn until ctx is
// done: interfaces connected and disconnected (NotifyIpInterfaceChange),
// addresses added and removed (NotifyUnicastIpAddressChange), default
// routes added and removed (NotifyRouteChange2), DNS servers changed (the
// adapters' lists, compared every 2 s) and resumes from sleep
// (GetTickCount64, which counts a sleep, run ahead of
// QueryUnbiasedInterruptTime, which does not). fn is called from one
// goroutine at a time. It returns ctx's error, or why it could not follow
// the changes.
func WatchNetwork(ctx context.Context, fn func(NetChange)) error {
	winCallbacks.once.Do(winMakeCallbacks)
	st := newNetState()
	seedWinState(st)
	notes := make(chan winNote, 256)
	winSinksMu.Lock()
	winSinks[notes] = true
	winSinksMu.Unlock()
	defer func() {
		winSinksMu.Lock()
		delete(winSinks, notes)
		winSinksMu.Unlock()
	}()
	var handles []windows.Handle
	defer func() {
		for _, h := range handles {
			callIPHelper(procCancelMibChangeNotify2, uintptr(h))
		}
	}()
	for _, n := range []struct {
		p  *windows.LazyProc
		cb uintptr
	}{{procNotifyIpInterfaceChange, winCallbacks.iface}, {procNotifyRouteChange2, winCallbacks.route},
		{procNotifyUnicastIpAddressChange, winCallbacks.addr}} {
		var h windows.Handle
		if err := callIPHelper(n.p, windows.AF_UNSPEC, n.cb, 0, 0, uintptr(unsafe.Pointer(&h))); err != nil {
			return err
		}
		handles = append(handles, h)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	polled := make(chan NetChange, 16)
	done := make(chan struct{})
	go func() {
		defer close(done)
		pollChanges(ctx, func() ([]string, error) {
			rc, err := DNSConfig()
			return rc.Servers, err
		}, asleep, func(c NetChange) {
			select {
			case polled <- c:
			case <-ctx.Done():
			}
		})
	}()
	defer func() { cancel(); <-done }()
	for {
		select {
		case <-ctx.Done():
			return context.Cause(ctx)
		case c := <-polled:
			fn(c)
		case n := <-notes:
			if c := n.apply(st); c != nil {
				fn(*c)
			}
		}
	}
}

// apply gives a notification to the state, naming the interface first.
func (n winNote) apply(st *netState) *NetChange {
	if _, ok := st.names[n.idx]; !ok {
		if ifc, err := net.InterfaceByIndex(int(n.idx)); err == nil {
			st.names[n.idx] = ifc.Name
		}
	}
	switch n.kind {
	case NetLink:
		return st.link(n.idx, "", n.up, n.gone)
	case NetAddr:
		return st.addr(n.idx, n.prefix, n.gone)
	}
	return st.defaultRoute(n.gw.Is6(), n.gw, n.idx, n.gone, false)
}

// seedWinState learns the interfaces, addresses and default routes there
// are now.
func seedWinState(st *netState) {
	ifs, _ := net.Interfaces()
	for _, ifc := range ifs {
		if ifc.Flags&net.FlagLoopback != 0 {
			continue
		}
		st.link(int32(ifc.Index), ifc.Name, ifc.Flags&net.FlagUp != 0 && ifc.Flags&net.FlagRunning != 0, false)
		addrs, _ := ifc.Addrs()
		for _, a := range addrs {
			if p, err := netip.ParsePrefix(a.String()); err == nil {
				st.addr(int32(ifc.Index), netip.PrefixFrom(p.Addr().Unmap(), p.Bits()), false)
			}
		}
	}
	routes, _ := readRoutes(windows.AF_UNSPEC)
	for _, r := range routes {
		if ones, _ := r.prefix.Mask.Size(); ones == 0 {
			gw, _ := netip.AddrFromSlice(r.nextHop)
			st.defaultRoute(gw.Unmap().Is6(), gw.Unmap(), int32(r.ifIndex), false, false)
		}
	}
}

// asleep is the time this computer has spent asleep since boot.
func asleep() (time.Duration, bool) {
	if procQueryUnbiasedInterruptTime.Find() != nil {
		return 0, false
	}
	var unbiased uint64 // 100 ns units, not counting sleep
	if r, _, _ := procQueryUnbiasedInterruptTime.Call(uintptr(unsafe.Pointer(&unbiased))); r == 0 {
		return 0, false
	}
	return windows.DurationSinceBoot() - time.Duration(unbiased)*100, true
}
