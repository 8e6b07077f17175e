//go:build linux

// Package lab builds a small network out of Linux network namespaces for the
// end-to-end tests: a client, two routers and a server, joined by veth
// pairs, each with an empty nftables table ready for fault rules. Every
// link has IPv6 beside IPv4 (2001:db8:99:N::/64 beside 10.99.N.0/24, the
// same host numbers), so programs see a dual-stack network.
//
//	client 10.99.1.2 ── 10.99.1.1 r1 10.99.2.1 ── 10.99.2.2 r2 10.99.3.1 ── server 10.99.3.10
//	                                                                        (DNS on 10.99.3.200)
//
// All traffic stays inside the namespaces: none of them has a link to the
// host's network. Building a lab needs root (or CAP_NET_ADMIN and
// CAP_SYS_ADMIN), iproute2 and nftables.
package lab

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"

	"golang.org/x/sys/unix"
)

// Roles of the lab's namespaces.
const (
	Client = "client"
	R1     = "r1"
	R2     = "r2"
	Server = "server"
)

// Addresses in the lab.
const (
	ClientAddr   = "10.99.1.2"
	R1Client     = "10.99.1.1" // r1's address on the client's network: the client's gateway
	R1Core       = "10.99.2.1"
	R2Core       = "10.99.2.2"
	R2Server     = "10.99.3.1"
	ServerAddr   = "10.99.3.10"
	DNSAddr      = "10.99.3.200"
	ServerDomain = "lab.test"
)

// IPv6 addresses in the lab: a global prefix (not ULA), so glibc and
// Windows prefer them to IPv4 as they do on real dual-stack networks.
const (
	ClientAddr6 = "2001:db8:99:1::2"
	R1Client6   = "2001:db8:99:1::1"
	R1Core6     = "2001:db8:99:2::1"
	R2Core6     = "2001:db8:99:2::2"
	R2Server6   = "2001:db8:99:3::1"
	ServerAddr6 = "2001:db8:99:3::10"
)

// Lab is one built network.
type Lab struct {
	// Env is added to the environment of commands run in the lab
	// (SSL_CERT_FILE for the lab's CA, say).
	Env   []string
	id    string
	names map[string]string // role → namespace name
	etc   string            // /etc/netns/<client ns>
}

var counter atomic.Int32

// Available says why a lab cannot be built here, or "" when it can.
func Available() string {
	if os.Geteuid() != 0 {
		return "the network lab needs root (network namespaces, veth, nftables): run 'sudo make lab'"
	}
	for _, tool := range []string{"ip", "nft"} {
		if _, err := exec.LookPath(tool); err != nil {
			return "the network lab needs " + tool + " (Debian packages iproute2 and nftables)"
		}
	}
	return ""
}

// New builds the lab. Close removes it.
func New() (*Lab, error) {
	// The process and the lab: two test processes building labs at once
	// (the Windows lab runs beside the others) never share a name.
	id := fmt.Sprintf("%dx%d", os.Getpid()%10000, counter.Add(1))
	l := &Lab{id: id, names: map[string]string{}}
	for _, role := range []string{Client, R1, R2, Server} {
		l.names[role] = "cdlab" + id + "-" + role
	}
	if err := l.build(); err != nil {
		l.Close()
		return nil, err
	}
	return l, nil
}

// NS returns the namespace name of a role.
func (l *Lab) NS(role string) string { return l.names[role] }

// build creates namespaces, links, addresses, routes and nft tables.
func (l *Lab) build() error {
	for _, role := range []string{Client, R1, R2, Server} {
		if err := run("ip", "netns", "add", l.names[role]); err != nil {
			return err
		}
		if err := l.Exec(role, "ip", "link", "set", "lo", "up"); err != nil {
			return err
		}
	}
	links := []struct{ a, aIf, b, bIf string }{
		{Client, "eth0", R1, "eth0"},
		{R1, "eth1", R2, "eth0"},
		{R2, "eth1", Server, "eth0"},
	}
	for i, lk := range links {
		va, vb := fmt.Sprintf("cd%sa%d", l.id, i), fmt.Sprintf("cd%sb%d", l.id, i)
		steps := [][]string{
			{"ip", "link", "add", va, "type", "veth", "peer", "name", vb},
			{"ip", "link", "set", va, "netns", l.names[lk.a]},
			{"ip", "link", "set", vb, "netns", l.names[lk.b]},
		}
		for _, s := range steps {
			if err := run(s[0], s[1:]...); err != nil {
				return err
			}
		}
		// No duplicate address detection: addresses are usable at once
		// instead of "tentative" for a second or two.
		for _, end := range []struct{ role, tmp, name string }{{lk.a, va, lk.aIf}, {lk.b, vb, lk.bIf}} {
			if err := l.Exec(end.role, "sysctl", "-qw", "net.ipv6.conf."+end.tmp+".accept_dad=0"); err != nil {
				return err
			}
			if err := l.Exec(end.role, "ip", "link", "set", end.tmp, "name", end.name, "up"); err != nil {
				return err
			}
		}
	}
	return l.Script(strings.Join([]string{
		"client: ip addr add " + ClientAddr + "/24 dev eth0",
		"client: ip route add default via " + R1Client,
		"r1: ip addr add " + R1Client + "/24 dev eth0",
		"r1: ip addr add " + R1Core + "/24 dev eth1",
		"r1: ip route add 10.99.3.0/24 via " + R2Core,
		"r1: sysctl -qw net.ipv4.ip_forward=1",
		"r2: ip addr add " + R2Core + "/24 dev eth0",
		"r2: ip addr add " + R2Server + "/24 dev eth1",
		"r2: ip route add default via " + R1Core,
		"r2: sysctl -qw net.ipv4.ip_forward=1",
		"server: ip addr add " + ServerAddr + "/24 dev eth0",
		"server: ip addr add " + DNSAddr + "/24 dev eth0",
		"server: ip route add default via " + R2Server,
		"client: ip -6 addr add " + ClientAddr6 + "/64 dev eth0 nodad",
		"client: ip -6 route add default via " + R1Client6,
		"r1: ip -6 addr add " + R1Client6 + "/64 dev eth0 nodad",
		"r1: ip -6 addr add " + R1Core6 + "/64 dev eth1 nodad",
		"r1: ip -6 route add 2001:db8:99:3::/64 via " + R2Core6,
		"r1: sysctl -qw net.ipv6.conf.all.forwarding=1",
		"r2: ip -6 addr add " + R2Core6 + "/64 dev eth0 nodad",
		"r2: ip -6 addr add " + R2Server6 + "/64 dev eth1 nodad",
		"r2: ip -6 route add default via " + R1Core6,
		"r2: sysctl -qw net.ipv6.conf.all.forwarding=1",
		"server: ip -6 addr add " + ServerAddr6 + "/64 dev eth0 nodad",
		"server: ip -6 route add default via " + R2Server6,
		// Repeated runs in benchmarks must measure the tool, not the
		// routers' ICMP rate limiter.
		"r1: sysctl -qw net.ipv4.icmp_ratelimit=0",
		"r2: sysctl -qw net.ipv4.icmp_ratelimit=0",
		"r1: sysctl -qw net.ipv6.icmp.ratelimit=0",
		"r2: sysctl -qw net.ipv6.icmp.ratelimit=0",
	}, "\n") + "\n" + nftBase())
}

// nftBase gives every namespace a table "inet lab" with input, forward and
// output chains that accept everything, so scenarios only add rules.
func nftBase() string {
	var b strings.Builder
	for _, role := range []string{Client, R1, R2, Server} {
		b.WriteString(role + ": nft add table inet lab\n")
		for _, hook := range []string{"input", "forward", "output"} {
			b.WriteString(role + ": nft add chain inet lab " + hook + " { type filter hook " + hook + " priority 0 ; policy accept ; }\n")
		}
	}
	return b.String()
}

// Script runs lines of the form "role: command args...". Arguments are split
// on white space; no shell is involved.
func (l *Lab) Script(script string) error {
	for _, line := range strings.Split(script, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		role, cmd, ok := strings.Cut(line, ":")
		if !ok || l.names[strings.TrimSpace(role)] == "" {
			return fmt.Errorf("lab: bad script line %q (want \"role: command\")", line)
		}
		f := strings.Fields(cmd)
		if len(f) == 0 {
			return fmt.Errorf("lab: empty command in %q", line)
		}
		if err := l.Exec(strings.TrimSpace(role), f[0], f[1:]...); err != nil {
			return err
		}
	}
	return nil
}

// Exec runs a command inside a role's namespace and returns an error holding
// its output when it fails.
func (l *Lab) Exec(role, name string, args ...string) error {
	return run("ip", append([]string{"netns", "exec", l.names[role], name}, args...)...)
}

// Command returns a command that runs inside a role's namespace.
func (l *Lab) Command(role, name string, args ...string) *exec.Cmd {
	return l.CommandContext(context.Background(), role, name, args...)
}

// CommandContext is Command with a context that kills the command.
func (l *Lab) CommandContext(ctx context.Context, role, name string, args ...string) *exec.Cmd {
	c := exec.CommandContext(ctx, "ip", append([]string{"netns", "exec", l.names[role], name}, args...)...)
	c.Env = append(os.Environ(), l.Env...)
	return c
}

// SetClientFiles writes the client's own resolv.conf and hosts file;
// `ip netns exec` mounts them over /etc/resolv.conf and /etc/hosts.
func (l *Lab) SetClientFiles(resolv, hosts string) error {
	l.etc = filepath.Join("/etc/netns", l.names[Client])
	if err := os.MkdirAll(l.etc, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(l.etc, "resolv.conf"), []byte(resolv), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(l.etc, "hosts"), []byte(hosts), 0o644)
}

// Close deletes the namespaces (which deletes their links) and files.
func (l *Lab) Close() error {
	var errs []error
	for _, n := range l.names {
		if _, err := os.Stat(filepath.Join("/var/run/netns", n)); err == nil {
			errs = append(errs, run("ip", "netns", "del", n))
		}
	}
	if l.etc != "" {
		errs = append(errs, os.RemoveAll(l.etc))
	}
	return errors.Join(errs...)
}

// Do runs fn on an OS thread switched into a role's namespace. Sockets fn
// opens stay in that namespace after the thread switches back, so the test
// process can serve inside the lab.
func (l *Lab) Do(role string, fn func() error) error {
	runtime.LockOSThread()
	orig, err := os.Open("/proc/thread-self/ns/net")
	if err != nil {
		runtime.UnlockOSThread()
		return err
	}
	defer orig.Close()
	ns, err := os.Open(filepath.Join("/var/run/netns", l.names[role]))
	if err != nil {
		runtime.UnlockOSThread()
		return err
	}
	defer ns.Close()
	if err := unix.Setns(int(ns.Fd()), unix.CLONE_NEWNET); err != nil {
		runtime.UnlockOSThread()
		return fmt.Errorf("lab: setns %s: %w", role, err)
	}
	ferr := fn()
	if err := unix.Setns(int(orig.Fd()), unix.CLONE_NEWNET); err != nil {
		// Leave the thread locked: Go discards it when this goroutine ends,
		// so no other goroutine ever runs in the wrong namespace.
		return fmt.Errorf("lab: setns back: %w", err)
	}
	runtime.UnlockOSThread()
	return ferr
}

func run(name string, args ...string) error {
	var out bytes.Buffer
	c := exec.Command(name, args...)
	c.Stdout, c.Stderr = &out, &out
	if err := c.Run(); err != nil {
		return fmt.Errorf("lab: %s %s: %v: %s", name, strings.Join(args, " "), err, strings.TrimSpace(out.String()))
	}
	return nil
}
