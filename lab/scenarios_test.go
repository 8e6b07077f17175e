//go:build linux

package lab

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/miekg/dns"
)

// scenario stages one fault for real and says what the diagnosis must be.
type scenario struct {
	// name of the subtest.
	name string
	// stage is a script of "role: command" lines run after the lab is built.
	stage string
	// hosts are extra lines for the client's hosts file.
	hosts string
	// target is what the user would type or paste.
	target string
	// code is the expected verdict code.
	code string
	// evidence are fragments the verdict's summary or evidence must contain.
	evidence []string
	// checks maps check IDs to the status each must have.
	checks map[string]string
	// setup starts what the scenario needs beyond the standard lab.
	setup func(t *testing.T, l *Lab)
}

// scenarios has one row per verdict code the engine can give.
var scenarios = []scenario{
	{
		name: "healthy", target: "app.lab.test:443", code: "healthy",
		evidence: []string{"10.99.3.10:443 is open"},
		checks:   map[string]string{"local": "pass", "firewall": "pass", "dns": "pass", "port": "pass", "ping": "pass", "trace.icmp": "pass", "trace.tcp": "pass", "mtu": "pass", "app": "pass"},
	},
	{
		name: "local firewall", target: "https://app.lab.test/", code: "local.firewall",
		stage: "client: nft add rule inet lab output ip daddr 10.99.3.10 tcp dport 443 counter drop",
		// TCP's connect does not see the local drop (no EPERM: the SYN is
		// retransmitted and times out), so only the rule names the cause.
		evidence: []string{"ip daddr 10.99.3.10 tcp dport 443 counter drop", "inet lab output"},
		checks:   map[string]string{"firewall": "fail", "port": "fail", "ping": "pass"},
	},
	{
		name: "local firewall, iptables-legacy", target: "app.lab.test:443", code: "local.firewall",
		stage:    "client: iptables-legacy -A OUTPUT -d 10.99.3.10 -p tcp --dport 443 -j REJECT",
		evidence: []string{"-A OUTPUT -d 10.99.3.10/32 -p tcp -m tcp --dport 443 -j REJECT", "iptables filter OUTPUT"},
		checks:   map[string]string{"firewall": "fail", "port": "fail"},
	},
	{
		name: "proxy required", target: "https://app.lab.test/", code: "proxy.required",
		// Direct connections from the client are dropped at the server; the
		// proxy, on the server itself, gets through. The proxy comes from
		// KDE's settings through a PAC file that picks it for app.lab.test.
		stage:    "server: nft add rule inet lab input ip saddr 10.99.1.2 tcp dport 443 drop",
		setup:    withPAC,
		evidence: []string{"http://10.99.3.10:3128", "KDE settings", "200 Connection established"},
		checks:   map[string]string{"proxy": "pass", "port": "fail"},
	},
	{
		name: "proxy required, found by WPAD", target: "https://app.lab.test/", code: "proxy.required",
		stage:    "server: nft add rule inet lab input ip saddr 10.99.1.2 tcp dport 443 drop",
		setup:    withWPAD,
		evidence: []string{"http://10.99.3.10:3128", "KDE settings"},
		checks:   map[string]string{"proxy": "pass", "port": "fail"},
	},
	{
		name: "pac direct", target: "https://www.lab.test/", code: "healthy",
		setup:  withPAC,
		checks: map[string]string{"proxy": "skip", "port": "pass", "app": "pass"},
	},
	{
		name: "proxy unreachable", target: "https://app.lab.test/", code: "proxy.unreachable",
		setup: func(t *testing.T, l *Lab) {
			l.Env = append(l.Env, "HTTPS_PROXY=http://bob:hunter2@"+ServerAddr+":3129")
		},
		evidence: []string{"http://xxxxx@10.99.3.10:3129", "connection refused"},
		checks:   map[string]string{"proxy": "fail"},
	},
	{
		name: "nxdomain", target: `dial tcp: lookup missing.lab.test on 10.99.3.200:53: no such host`, code: "dns.nxdomain",
		evidence: []string{"missing.lab.test does not exist"},
		checks:   map[string]string{"dns": "fail", "port": "skip"},
	},
	{
		// The name a configuration built with a part left empty: no server
		// is asked (the resolver here would answer NXDOMAIN, which is not
		// what is wrong).
		name: "invalid name", target: `dial tcp: lookup missing..lab.test on 10.99.3.200:53: no such host`, code: "dns.invalid_name",
		evidence: []string{`"missing..lab.test" is not a valid host name`, "an empty label between two dots", "none was asked"},
		checks:   map[string]string{"dns": "fail", "port": "skip"},
	},
	{
		// Two addresses run together into one name (traefik's backend
		// built from two networks' addresses): digits and dots that are no
		// address, which no resolver can find; Go says so unasked.
		name: "addresses run together", target: `level=error msg="Error forwarding to http://10.99.3.210.99.3.2:80, err: dial tcp: lookup 10.99.3.210.99.3.2: invalid domain name"`, code: "dns.invalid_name",
		evidence: []string{`"10.99.3.210.99.3.2" is not a valid host name`, "a last label of digits only", "none was asked"},
		checks:   map[string]string{"dns": "fail", "port": "skip"},
	},
	{
		name: "dead resolver", target: "app.lab.test:443", code: "dns.unreachable",
		stage:    "server: nft add rule inet lab input udp dport 53 drop\nserver: nft add rule inet lab input tcp dport 53 drop",
		evidence: []string{"10.99.3.200 gives no answer in time"},
		checks:   map[string]string{"dns": "fail", "local": "pass"},
	},
	{
		name: "dns refused", target: "app.lab.test:443", code: "dns.refused",
		stage:    "server: ip addr add 10.99.3.201/24 dev eth0",
		evidence: []string{"10.99.3.201 refuses to look up app.lab.test", "refuses to answer"},
		checks:   map[string]string{"dns": "fail", "local": "pass"},
		setup:    resolverSaying(dns.RcodeRefused),
	},
	{
		name: "dns servfail", target: "app.lab.test:443", code: "dns.servfail",
		stage:    "server: ip addr add 10.99.3.201/24 dev eth0",
		evidence: []string{"10.99.3.201 cannot get an answer for app.lab.test"},
		checks:   map[string]string{"dns": "fail", "local": "pass"},
		setup:    resolverSaying(dns.RcodeServerFailure),
	},
	{
		name: "slow resolver", target: "app.lab.test:443", code: "dns.slow",
		// The only resolver answers every query after 2.5 s: it works,
		// too slowly for programs with short timeouts.
		stage:    "server: ip addr add 10.99.3.201/24 dev eth0",
		setup:    slowResolver(2500 * time.Millisecond),
		evidence: []string{"Looking up app.lab.test takes", "the DNS server 10.99.3.201 answers slowly"},
		checks:   map[string]string{"dns": "warn", "port": "pass"},
	},
	{
		name: "hosts override", target: "https://app.lab.test/", code: "dns.hosts_override",
		hosts:    "10.99.3.77 app.lab.test\n",
		evidence: []string{"10.99.3.77", "Line 2 of the hosts file"},
		checks:   map[string]string{"dns": "warn", "port": "fail"},
	},
	{
		name: "no route", target: "app.lab.test:443", code: "local.no_route",
		stage:    "client: ip route del default",
		evidence: []string{"no route"},
		checks:   map[string]string{"local": "fail"},
	},
	{
		name: "dead gateway", target: "app.lab.test:443", code: "local.gateway_unreachable",
		stage:    "r1: ip addr del 10.99.1.1/24 dev eth0",
		evidence: []string{"10.99.1.1", "incomplete"},
		checks:   map[string]string{"local": "fail"},
	},
	{
		name: "IPv6 dead gateway", target: "[2001:db8:99:3::10]:443", code: "local.gateway_unreachable",
		// The client's IPv6 default route goes via a link-local address,
		// as router advertisements set it, and nobody answers for it: the
		// router is gone. IPv4 still works. Neighbour discovery keeps its
		// default timing (3 solicitations 1 s apart, then failed); the
		// gateway's entry is read about 1 s into the run, "incomplete",
		// or "failed" on a machine slow enough: both say nobody answers.
		stage:    "client: ip -6 route replace default via fe80::1 dev eth0",
		evidence: []string{"The default gateway fe80::1%eth0 does not answer", "neighbour discovery (NDP) state is "},
		checks:   map[string]string{"local": "fail"},
	},
	{
		name: "host down", target: "10.99.3.99:443", code: "host.unreachable",
		// r2 gives up on ARP with the kernel's default timing (3 requests
		// 1 s apart), so its "host unreachable" comes about 3 s after the
		// connection request: the port check listens for it past its
		// deadline.
		evidence: []string{"10.99.3.99"},
		checks:   map[string]string{"port": "fail", "ping": "warn"},
	},
	{
		name: "blackhole", target: "app.lab.test:443", code: "route.blackhole",
		stage:    "r2: ip route add blackhole 10.99.3.0/29\nr2: ip route add blackhole 10.99.3.8/29",
		evidence: []string{"after hop 1 (10.99.1.1)"},
		checks:   map[string]string{"port": "fail", "ping": "warn", "trace.icmp": "warn", "trace.tcp": "fail"},
	},
	{
		name: "dual-stack healthy", target: "dual.lab.test:443", code: "healthy",
		evidence: []string{"[2001:db8:99:3::10]:443 is open"},
		checks:   map[string]string{"port": "pass", "addrs": "pass", "app": "pass"},
	},
	{
		name: "dual-stack, IPv6 dropped", target: "dual.lab.test:443", code: "ipv6.broken",
		// r2 forwards no IPv6 at all; IPv4 goes through. glibc's order
		// tries IPv6 first.
		stage:    "r2: nft add rule inet lab forward meta nfproto ipv6 drop",
		evidence: []string{"IPv6 connections to dual.lab.test fail while IPv4 works: programs that try IPv6 first hang", "At 2001:db8:99:3::10 (IPv6), nothing answers"},
		checks:   map[string]string{"port": "fail", "addrs": "fail"},
	},
	{
		name: "round robin, dead member", target: "rr.lab.test:443", code: "dns.dead_address",
		// The second address exists, but drops everything: a dead
		// load-balancer member still in DNS.
		stage:    "server: ip addr add 10.99.3.11/24 dev eth0\nserver: nft add rule inet lab input ip daddr 10.99.3.11 drop",
		evidence: []string{"1 of 2 addresses of rr.lab.test does not accept connections (10.99.3.11): about 50% of connections fail"},
		checks:   map[string]string{"port": "pass", "addrs": "fail", "app": "pass"},
	},
	{
		name: "IPv6 closed port", target: "[2001:db8:99:3::10]:9443", code: "port.refused",
		evidence: []string{"[2001:db8:99:3::10]:9443"},
		checks:   map[string]string{"port": "fail", "ping": "pass", "trace.icmp": "pass", "trace.tcp": "pass"},
	},
	{
		name: "IPv6 drop rule", target: "[2001:db8:99:3::10]:443", code: "port.filtered",
		stage:    "server: nft add rule inet lab input meta nfproto ipv6 tcp dport 443 drop",
		evidence: []string{"answers, but connections to port 443 are silently dropped"},
		checks:   map[string]string{"port": "fail", "ping": "pass", "trace.icmp": "pass", "trace.tcp": "fail"},
	},
	{
		name: "IPv6 reject rule", target: "[2001:db8:99:3::10]:443", code: "port.rejected",
		// ICMPv6 "administratively prohibited" reaches the program as
		// "permission denied" (EACCES): read from the ICMPv6 message, it
		// is the router's refusal, not this computer's.
		stage:    "r2: nft add rule inet lab forward meta nfproto ipv6 tcp dport 443 reject with icmpv6 type admin-prohibited",
		evidence: []string{"2001:db8:99:2::2", "administratively prohibited"},
		checks:   map[string]string{"port": "fail", "ping": "pass"},
	},
	{
		name: "IPv6 black hole", target: "[2001:db8:99:3::10]:443", code: "route.blackhole",
		stage:    "r2: ip -6 route add blackhole 2001:db8:99:3::/120",
		evidence: []string{"after hop 1 (2001:db8:99:1::1)"},
		checks:   map[string]string{"port": "fail", "ping": "warn", "trace.icmp": "warn", "trace.tcp": "fail"},
	},
	{
		name: "IPv6 host down", target: "[2001:db8:99:3::99]:443", code: "host.unreachable",
		// r2's neighbour discovery gives up after 3 s (the kernel's
		// defaults) and answers "address unreachable".
		evidence: []string{"2001:db8:99:3::99"},
		checks:   map[string]string{"port": "fail", "ping": "warn"},
	},
	{
		name: "IPv6 MTU black hole", target: "https://[2001:db8:99:3::10]/big", code: "path.mtu_blackhole",
		// A 1400-byte link between the routers, and both routers' ICMPv6
		// "packet too big" dropped on the way out.
		stage: `r1: ip link set eth1 mtu 1400
r2: ip link set eth0 mtu 1400
r1: nft add rule inet lab output icmpv6 type packet-too-big drop
r2: nft add rule inet lab output icmpv6 type packet-too-big drop`,
		evidence: []string{"path MTU is 1400 bytes, not 1500", "packets over 1400 bytes vanish with no \"packet too big\""},
		checks:   map[string]string{"port": "pass", "mtu": "fail", "app": "fail"},
	},
	{
		name: "IPv6 local firewall", target: "https://[2001:db8:99:3::10]/", code: "local.firewall",
		// As "local firewall": the dropped SYNs are retransmitted and time
		// out, so only the ip6 rule names the cause.
		stage:    "client: nft add rule inet lab output ip6 daddr 2001:db8:99:3::10 tcp dport 443 counter drop",
		evidence: []string{"ip6 daddr 2001:db8:99:3::10 tcp dport 443 counter drop", "inet lab output"},
		checks:   map[string]string{"firewall": "fail", "port": "fail", "ping": "pass"},
	},
	{
		name: "IPv6 no route", target: "[2001:db8:99:3::10]:443", code: "local.no_route",
		// The client's IPv6 default route is gone; IPv4 (and so the DNS
		// server) still works.
		stage:    "client: ip -6 route del default",
		evidence: []string{"the routing table has no route to 2001:db8:99:3::10", "ENETUNREACH"},
		// The TCP traceroute cannot send at all: it could not run (it
		// said "reached in 1 hop" when its sockets were polled anyway).
		checks: map[string]string{"local": "fail", "port": "fail", "trace.tcp": "error"},
	},
	{
		name: "IPv6 lossy path", target: "[2001:db8:99:3::10]:443", code: "path.lossy",
		// As "lossy path", for ICMPv6: 60% of echo requests vanish at r1;
		// with 20 pings a loss under the 20% threshold (or no reply at all)
		// has odds of about 1 in 25,000.
		stage:    "r1: nft add rule inet lab forward icmpv6 type echo-request numgen random mod 100 < 60 drop",
		evidence: []string{"The path to 2001:db8:99:3::10 is unreliable", "packet loss", "of 20 pings lost"},
		checks:   map[string]string{"port": "pass", "ping": "warn"},
	},
	{
		name: "IPv6 SYN loss on a router", target: "[2001:db8:99:3::10]:443", code: "port.intermittent",
		// As "SYN loss on a router", for IPv6: r1 drops 4 of every 10
		// connection requests it forwards in a fixed pattern (numgen inc);
		// traceroute probes (hop limit 32 or less) are not counted.
		stage:    "r1: nft add rule inet lab forward ip6 hoplimit > 32 tcp flags & (syn | ack) == syn numgen inc mod 10 < 4 drop",
		evidence: []string{"[2001:db8:99:3::10]:443 is open, but", "work only some of the time", "connected after", "resent request"},
		checks:   map[string]string{"port": "warn", "ping": "pass"},
	},
	{
		name: "IPv6 client port range exhausted", target: "[2001:db8:99:3::10]:443", code: "local.ports_exhausted",
		// As "client port range exhausted", the two ports held by IPv6
		// connections (counted from /proc/net/tcp6).
		setup:    holdConnections(ServerAddr6, 2),
		evidence: []string{"run out of local ports for connections to [2001:db8:99:3::10]:443", "2 of 2 local ports in use to [2001:db8:99:3::10]:443"},
		checks:   map[string]string{"port": "fail", "ping": "pass"},
	},
	{
		name: "IPv6 round robin, dead member", target: "rr.lab.test:443", code: "dns.dead_address",
		// As "round robin, dead member", with two AAAA records and no A:
		// the second address exists, but drops everything.
		stage: `server: ip addr add 10.99.3.201/24 dev eth0
server: ip -6 addr add 2001:db8:99:3::11/64 dev eth0 nodad
server: nft add rule inet lab input ip6 daddr 2001:db8:99:3::11 drop`,
		setup:    resolverServing(map[string][]string{"rr.lab.test": {ServerAddr6, "2001:db8:99:3::11"}}),
		evidence: []string{"1 of 2 addresses of rr.lab.test does not accept connections (2001:db8:99:3::11): about 50% of connections fail"},
		checks:   map[string]string{"port": "pass", "addrs": "fail", "app": "pass"},
	},
	{
		name: "IPv6 dead resolver", target: "app.lab.test:443", code: "dns.unreachable",
		// The client's only resolver has an IPv6 address, and everything
		// sent to it is dropped.
		stage: `server: ip -6 addr add 2001:db8:99:3::200/64 dev eth0 nodad
server: nft add rule inet lab input ip6 daddr 2001:db8:99:3::200 drop`,
		setup:    onlyResolver("2001:db8:99:3::200"),
		evidence: []string{"2001:db8:99:3::200 gives no answer in time"},
		checks:   map[string]string{"dns": "fail", "local": "pass"},
	},
	{
		name: "client port range exhausted", target: "10.99.3.10:443", code: "local.ports_exhausted",
		// The client may use two local ports, and two connections to the
		// server hold them: a busy server's "cannot assign requested
		// address" in miniature.
		setup:    holdConnections(ServerAddr, 2),
		evidence: []string{"run out of local ports for connections to 10.99.3.10:443", "2 of 2 local ports in use to 10.99.3.10:443"},
		checks:   map[string]string{"port": "fail", "ping": "pass"},
	},
	{
		name: "SYN loss on a router", target: "app.lab.test:443", code: "port.intermittent",
		// r1 drops 4 of every 10 connection requests it forwards, in a
		// fixed pattern (numgen inc, not random: with 10 attempts random
		// loss would leave all of them untouched once in 170 runs).
		// Traceroute probes (TTL 32 or less) are not counted.
		stage:    "r1: nft add rule inet lab forward ip ttl > 32 tcp flags & (syn | ack) == syn numgen inc mod 10 < 4 drop",
		evidence: []string{"work only some of the time", "connected after", "resent request"},
		checks:   map[string]string{"port": "warn", "ping": "pass"},
	},
	{
		name: "closed port", target: "curl: (7) Failed to connect to app.lab.test port 9443 after 2 ms: Couldn't connect to server", code: "port.refused",
		evidence: []string{"10.99.3.10:9443"},
		checks:   map[string]string{"port": "fail", "ping": "pass", "trace.tcp": "pass"},
	},
	{
		name: "drop rule", target: "dial tcp 10.99.3.10:443: connect: connection timed out", code: "port.filtered",
		stage:    "server: nft add rule inet lab input tcp dport 443 drop",
		evidence: []string{"answers, but connections to port 443 are silently dropped", "connection timed out"},
		checks:   map[string]string{"port": "fail", "ping": "pass", "trace.icmp": "pass", "trace.tcp": "fail"},
	},
	{
		name: "reject rule", target: "app.lab.test:443", code: "port.rejected",
		stage:    "r2: nft add rule inet lab forward tcp dport 443 reject with icmp type admin-prohibited",
		evidence: []string{"10.99.2.2", "administratively prohibited"},
		checks:   map[string]string{"port": "fail", "ping": "pass"},
	},
	{
		name: "lossy path", target: "app.lab.test:443", code: "path.lossy",
		// 60% of echo requests vanish at r1; with 20 pings a loss under the
		// 20% threshold (or no reply at all) has odds of about 1 in 25,000.
		stage:    "r1: nft add rule inet lab forward icmp type echo-request numgen random mod 100 < 60 drop",
		evidence: []string{"packet loss"},
		checks:   map[string]string{"port": "pass", "ping": "warn"},
	},
	{
		name: "mtu black hole", target: "https://app.lab.test/big", code: "path.mtu_blackhole",
		// A 1400-byte link between the routers, and both routers' "fragmentation
		// needed" messages dropped on the way out.
		stage: `r1: ip link set eth1 mtu 1400
r2: ip link set eth0 mtu 1400
r1: nft add rule inet lab output icmp type destination-unreachable icmp code frag-needed drop
r2: nft add rule inet lab output icmp type destination-unreachable icmp code frag-needed drop`,
		evidence: []string{"path MTU is 1400 bytes, not 1500", "packets over 1400 bytes vanish with no \"fragmentation needed\""},
		checks:   map[string]string{"port": "pass", "mtu": "fail", "app": "fail"},
	},
	{
		name: "mtu black hole, ICMP echo filtered", target: "https://app.lab.test/big", code: "path.mtu_blackhole",
		// As above, and echo requests dropped: the MTU is measured with TCP
		// connections whose segment size is clamped.
		stage: `r1: ip link set eth1 mtu 1400
r2: ip link set eth0 mtu 1400
r1: nft add rule inet lab output icmp type destination-unreachable icmp code frag-needed drop
r2: nft add rule inet lab output icmp type destination-unreachable icmp code frag-needed drop
r2: nft add rule inet lab forward icmp type echo-request drop`,
		evidence: []string{"measured over TCP", "path MTU is 1400 bytes, not 1500"},
		checks:   map[string]string{"port": "pass", "ping": "warn", "mtu": "fail", "app": "fail"},
	},
	{
		// The same fallback on a clean path must not invent a black hole.
		name: "ICMP echo filtered, clean path", target: "https://app.lab.test/big", code: "healthy",
		stage:  "r2: nft add rule inet lab forward icmp type echo-request drop",
		checks: map[string]string{"port": "pass", "ping": "warn", "mtu": "pass", "app": "pass"},
	},
	{
		name: "slow server", target: `Get "http://app.lab.test:8081/slow": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`, code: "app.slow",
		evidence: []string{"answered after 12.", "a program with a 10 s timeout fails"},
		checks:   map[string]string{"port": "pass", "app": "warn", "mtu": "pass"},
	},
	{
		name: "self-signed certificate", target: "https://app.lab.test:8443/", code: "tls.failed",
		evidence: []string{"self-signed"},
		checks:   map[string]string{"port": "pass", "app": "fail"},
	},
	{
		name: "gateway upstream timeout", target: "http://app.lab.test:8080/api/orders", code: "gateway.upstream_timeout",
		// nginx on the server proxies to a backend whose packets are dropped.
		stage:    "server: ip addr add 10.99.3.11/24 dev eth0\nserver: nft add rule inet lab input ip daddr 10.99.3.11 tcp dport 9000 drop",
		evidence: []string{"HTTP 504", "nginx"},
		checks:   map[string]string{"port": "pass", "app": "fail"},
		setup: func(t *testing.T, l *Lab) {
			stop, err := l.Nginx(t.TempDir(), Server, ServerAddr+":8080", "10.99.3.11:9000")
			if err != nil {
				t.Skip(err)
			}
			t.Cleanup(stop)
		},
	},
	// HTTP answers are findings (a healthy verdict over them would
	// contradict the HTTP check).
	{
		name: "service unavailable", target: "http://app.lab.test:8085/busy", code: "app.unavailable",
		evidence: []string{"HTTP 503", "try again after 120 seconds"},
		checks:   map[string]string{"port": "pass", "app": "fail"},
		setup:    withAnswers,
	},
	{
		name: "rate limited", target: "http://app.lab.test:8085/limited", code: "app.rate_limited",
		evidence: []string{"HTTP 429", "30 seconds"},
		checks:   map[string]string{"port": "pass", "app": "fail"},
		setup:    withAnswers,
	},
	{
		name: "forbidden", target: "http://app.lab.test:8085/forbidden", code: "app.forbidden",
		evidence: []string{"HTTP 403", "connected from 10.99.1.2, a private address"},
		checks:   map[string]string{"port": "pass", "app": "fail"},
		setup:    withAnswers,
	},
	{
		name: "server error", target: "http://app.lab.test:8085/broken", code: "app.http_error",
		evidence: []string{"HTTP 500"},
		checks:   map[string]string{"port": "pass", "app": "fail"},
		setup:    withAnswers,
	},
	{
		name: "accepts then closes", target: "http://app.lab.test:8083/", code: "app.reset",
		evidence: []string{"closed it without answering"},
		checks:   map[string]string{"port": "pass", "app": "fail"},
		setup:    withServer(func(l *Lab, s *Servers) error { return l.Closing(s, Server, ServerAddr+":8083") }),
	},
	// Services that speak first: the greeting shows whether they serve.
	{
		name: "ssh greets", target: "ssh://app.lab.test:2223", code: "healthy",
		evidence: []string{"10.99.3.10:2223 is open"},
		checks:   map[string]string{"port": "pass", "app": "pass"},
		setup: withServer(func(l *Lab, s *Servers) error {
			return l.Greeting(s, Server, ServerAddr+":2223", "SSH-2.0-OpenSSH_9.6\r\n")
		}),
	},
	{
		name: "ssh accepts then closes", target: "ssh://app.lab.test:2222", code: "app.reset",
		evidence: []string{"closed it without a greeting"},
		checks:   map[string]string{"port": "pass", "app": "fail"},
		setup:    withServer(func(l *Lab, s *Servers) error { return l.Closing(s, Server, ServerAddr+":2222") }),
	},
	{
		name: "smtp too many connections", target: "smtp://app.lab.test:2525", code: "app.unavailable",
		evidence: []string{"refuses to serve: 421 4.7.0 Error: too many connections"},
		checks:   map[string]string{"port": "pass", "app": "fail"},
		setup: withServer(func(l *Lab, s *Servers) error {
			return l.Greeting(s, Server, ServerAddr+":2525", "421 4.7.0 Error: too many connections from 10.99.1.2\r\n")
		}),
	},
	{
		// The gateway waits 20 s for its upstream, as API gateways do: the
		// check waits for its answer instead of calling the server slow.
		name: "gateway waits 20 s for its upstream", target: "http://app.lab.test:8084/api/orders", code: "gateway.upstream_timeout",
		evidence: []string{"HTTP 504", "nginx", "gave up after 20.", "that is its upstream timeout"},
		checks:   map[string]string{"port": "pass", "app": "fail"},
		setup: func(t *testing.T, l *Lab) {
			withServer(func(l *Lab, s *Servers) error { return l.Silent(s, Server, ServerAddr+":9001") })(t, l)
			stop, err := l.NginxWaiting(t.TempDir(), Server, ServerAddr+":8084", ServerAddr+":9001", 20*time.Second)
			if err != nil {
				t.Skip(err)
			}
			t.Cleanup(stop)
		},
	},
	{
		// Direct connections are dropped; the proxy in the environment wants
		// Windows sign-in.
		name: "proxy wants a password", target: "https://app.lab.test/", code: "proxy.auth_required",
		stage:    "server: nft add rule inet lab input ip saddr 10.99.1.2 tcp dport 443 drop",
		evidence: []string{"http://10.99.3.10:3131", "NTLM, Negotiate"},
		checks:   map[string]string{"proxy": "warn", "port": "fail"},
		setup: func(t *testing.T, l *Lab) {
			withServer(func(l *Lab, s *Servers) error {
				return l.ProxyAnswering(s, Server, ServerAddr+":3131", "407 Proxy Authentication Required\r\nProxy-Authenticate: NTLM\r\nProxy-Authenticate: Negotiate")
			})(t, l)
			l.Env = append(l.Env, "HTTPS_PROXY=http://"+ServerAddr+":3131")
		},
	},
}

// withServer starts what start serves, stopped when the test ends.
func withServer(start func(l *Lab, s *Servers) error) func(t *testing.T, l *Lab) {
	return func(t *testing.T, l *Lab) {
		var srv Servers
		t.Cleanup(func() { srv.Close() })
		if err := start(l, &srv); err != nil {
			t.Fatal(err)
		}
	}
}

// withAnswers serves the refusing web application (lab.Answers) at :8085.
var withAnswers = withServer(func(l *Lab, s *Servers) error { return l.Web(s, Server, ServerAddr+":8085", nil, Answers()) })

// withPAC starts a CONNECT proxy on the server at :3128 and a PAC file at
// :8082, and gives the client KDE proxy settings naming the PAC file.
func withPAC(t *testing.T, l *Lab) {
	pacSetup(t, l, ServerAddr+":8082", "ProxyType=2\nProxy Config Script=http://"+ServerAddr+":8082/proxy.pac\n")
}

// withWPAD serves the PAC file as http://wpad/wpad.dat (the lab's DNS
// answers "wpad") and turns on KDE's auto-detection.
func withWPAD(t *testing.T, l *Lab) {
	pacSetup(t, l, ServerAddr+":80", "ProxyType=3\n")
}

// pacSetup starts the proxy and a PAC server on pacAddr (any path), and
// writes kioslaverc with the given [Proxy Settings] lines.
func pacSetup(t *testing.T, l *Lab, pacAddr, settings string) {
	var srv Servers
	t.Cleanup(func() { srv.Close() })
	if err := l.Proxy(&srv, Server, ServerAddr+":3128", zone); err != nil {
		t.Fatal(err)
	}
	pac := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/x-ns-proxy-autoconfig")
		io.WriteString(w, `function FindProxyForURL(url, host) {
  if (dnsDomainIs(host, "app.lab.test")) return "PROXY `+ServerAddr+`:3128; DIRECT";
  return "DIRECT";
}`)
	})
	if err := l.Web(&srv, Server, pacAddr, nil, pac); err != nil {
		t.Fatal(err)
	}
	cfg := t.TempDir()
	if err := os.WriteFile(filepath.Join(cfg, "kioslaverc"), []byte("[Proxy Settings]\n"+settings), 0o644); err != nil {
		t.Fatal(err)
	}
	l.Env = append(l.Env, "XDG_CONFIG_HOME="+cfg)
}

// resolverSaying starts a DNS server at 10.99.3.201 that answers every
// query at once with rcode, and makes it the client's only resolver.
func resolverSaying(rcode int) func(t *testing.T, l *Lab) {
	return func(t *testing.T, l *Lab) {
		var srv Servers
		t.Cleanup(func() { srv.Close() })
		if err := l.DNSRcode(&srv, Server, "10.99.3.201", rcode); err != nil {
			t.Fatal(err)
		}
		if err := l.SetClientFiles("nameserver 10.99.3.201\n", "127.0.0.1 localhost\n"); err != nil {
			t.Fatal(err)
		}
	}
}

// slowResolver starts a DNS server at 10.99.3.201 that answers the lab's
// zone after delay, and makes it the client's only resolver.
func slowResolver(delay time.Duration) func(t *testing.T, l *Lab) {
	return func(t *testing.T, l *Lab) {
		var srv Servers
		t.Cleanup(func() { srv.Close() })
		if err := l.DNSSlow(&srv, Server, "10.99.3.201", zone, delay); err != nil {
			t.Fatal(err)
		}
		if err := l.SetClientFiles("nameserver 10.99.3.201\n", "127.0.0.1 localhost\n"); err != nil {
			t.Fatal(err)
		}
	}
}

// resolverServing starts a DNS server at 10.99.3.201 answering the lab's
// zone with these names replaced, and makes it the client's only resolver.
func resolverServing(names map[string][]string) func(t *testing.T, l *Lab) {
	return func(t *testing.T, l *Lab) {
		z := map[string][]string{}
		for k, v := range zone {
			z[k] = v
		}
		for k, v := range names {
			z[k] = v
		}
		var srv Servers
		t.Cleanup(func() { srv.Close() })
		if err := l.DNS(&srv, Server, "10.99.3.201", z); err != nil {
			t.Fatal(err)
		}
		onlyResolver("10.99.3.201")(t, l)
	}
}

// onlyResolver makes addr the client's only resolver.
func onlyResolver(addr string) func(t *testing.T, l *Lab) {
	return func(t *testing.T, l *Lab) {
		if err := l.SetClientFiles("nameserver "+addr+"\n", "127.0.0.1 localhost\n"); err != nil {
			t.Fatal(err)
		}
	}
}

// holdConnections narrows the client's local port range to n ports (the
// sysctl is named ipv4 but rules IPv6 too) and opens n connections from the
// client to the server's HTTPS port at addr, kept open until the test ends.
func holdConnections(addr string, n int) func(t *testing.T, l *Lab) {
	return func(t *testing.T, l *Lab) {
		lo := 40000
		if err := l.Exec(Client, "sysctl", "-qw", fmt.Sprintf("net.ipv4.ip_local_port_range=%d %d", lo, lo+n-1)); err != nil {
			t.Fatal(err)
		}
		for range n {
			var c net.Conn
			if err := l.Do(Client, func() (err error) {
				c, err = net.DialTimeout("tcp", net.JoinHostPort(addr, "443"), 2*time.Second)
				return err
			}); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { c.Close() })
		}
	}
}
