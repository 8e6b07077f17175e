//go:build linux

package platform

import (
	"context"
	"errors"
	"fmt"
	"os"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
)

// resolvedConfPath lists the DNS servers systemd-resolved itself uses (the
// upstream ones, behind its 127.0.0.53 stub in /etc/resolv.conf).
var resolvedConfPath = "/run/systemd/resolve/resolv.conf"

// nlGroups are the rtnetlink multicast groups WatchNetwork joins.
const nlGroups = unix.RTMGRP_LINK | unix.RTMGRP_IPV4_IFADDR | unix.RTMGRP_IPV6_IFADDR |
	unix.RTMGRP_IPV4_ROUTE | unix.RTMGRP_IPV6_ROUTE

// WatchNetwork reports this computer's network changes to fn until ctx is
// done: links up and down, addresses and default routes added and removed
// (rtnetlink: RTMGRP_LINK, the IFADDR and ROUTE groups), DNS servers
// changed (resolv.conf and systemd-resolved's own list, compared every
// 2 s) and resumes from sleep (CLOCK_BOOTTIME, which counts a suspend, run
// ahead of CLOCK_MONOTONIC, which does not). fn is called from one
// goroutine at a time. It returns ctx's error, or why it could not follow
// the changes.
func WatchNetwork(ctx context.Context, fn func(NetChange)) error {
	f, st, err := openNetlink()
	if err != nil {
		return err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	changes := make(chan NetChange, 64)
	done := make(chan struct{})
	go func() {
		defer close(done)
		pollChanges(ctx, linuxDNSServers, asleep, func(c NetChange) {
			select {
			case changes <- c:
			case <-ctx.Done():
			}
		})
	}()
	go func() {
		<-ctx.Done()
		f.SetReadDeadline(time.Now()) // ends the blocked Read
	}()
	readErr := make(chan error, 1)
	go func() { readErr <- readNetlink(f, st, changes) }()
	for {
		select {
		case c := <-changes:
			fn(c)
		case err := <-readErr:
			cancel()
			<-done
			f.Close()
			if ctx.Err() != nil && (errors.Is(err, os.ErrDeadlineExceeded) || err == nil) {
				return context.Cause(ctx)
			}
			return err
		}
	}
}

// openNetlink opens an rtnetlink socket joined to nlGroups, as a file the
// runtime's poller serves (so a read deadline ends a blocked read), and
// seeds the decoder with a dump of the current links, addresses and routes.
func openNetlink() (*os.File, *nlState, error) {
	fd, err := unix.Socket(unix.AF_NETLINK, unix.SOCK_RAW|unix.SOCK_CLOEXEC|unix.SOCK_NONBLOCK, unix.NETLINK_ROUTE)
	if err != nil {
		return nil, nil, fmt.Errorf("platform: netlink socket: %w", err)
	}
	if err := unix.Bind(fd, &unix.SockaddrNetlink{Family: unix.AF_NETLINK, Groups: nlGroups}); err != nil {
		unix.Close(fd)
		return nil, nil, fmt.Errorf("platform: netlink bind: %w", err)
	}
	st := newNLState()
	// The dump goes over its own socket; what changes meanwhile arrives on
	// fd, already joined, so nothing is missed.
	for _, req := range []int{unix.RTM_GETLINK, unix.RTM_GETADDR, unix.RTM_GETROUTE} {
		b, err := syscall.NetlinkRIB(req, unix.AF_UNSPEC)
		if err != nil {
			unix.Close(fd)
			return nil, nil, fmt.Errorf("platform: netlink dump: %w", err)
		}
		if _, err := st.decode(b, true); err != nil {
			unix.Close(fd)
			return nil, nil, err
		}
	}
	return os.NewFile(uintptr(fd), "rtnetlink"), st, nil
}

// readNetlink decodes what arrives on f into out until a read fails. A
// full receive buffer (ENOBUFS: changes were lost) is no reason to stop.
func readNetlink(f *os.File, st *nlState, out chan<- NetChange) error {
	buf := make([]byte, 1<<16)
	for {
		n, err := f.Read(buf)
		if errors.Is(err, unix.ENOBUFS) {
			continue
		}
		if err != nil {
			return err
		}
		cs, _ := st.decode(buf[:n], false)
		for _, c := range cs {
			out <- c
		}
	}
}

// linuxDNSServers are the servers of resolv.conf, then systemd-resolved's
// upstream servers when it runs.
func linuxDNSServers() ([]string, error) {
	rc, err := DNSConfig()
	if err != nil {
		return nil, err
	}
	servers := rc.Servers
	if b, err := readFile(resolvedConfPath); err == nil {
		servers = append(servers, ParseResolvConf(b).Servers...)
	}
	return servers, nil
}

// asleep is the time this computer has spent suspended since boot.
func asleep() (time.Duration, bool) {
	var boot, mono unix.Timespec
	if unix.ClockGettime(unix.CLOCK_BOOTTIME, &boot) != nil || unix.ClockGettime(unix.CLOCK_MONOTONIC, &mono) != nil {
		return 0, false
	}
	return time.Duration(boot.Nano() - mono.Nano()), true
}
