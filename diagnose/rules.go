package diagnose

import (
	"fmt"
	"strings"

	"github.com/conndoctor/conndoctor/probes"
)

// Verdict codes. They are stable: history, reports and scripts rely on them.
const (
	CodeHealthy          = "healthy"
	CodeInconclusive     = "inconclusive"
	CodeDNSNXDomain      = "dns.nxdomain"
	CodeDNSUnreachable   = "dns.unreachable"
	CodeDNSHostsOverride = "dns.hosts_override"
	CodeDNSServerDown    = "dns.server_down"
	CodeDNSStale         = "dns.stale_address"
	CodeLocalNoRoute     = "local.no_route"
	CodeLocalGateway     = "local.gateway_unreachable"
	CodeLocalFirewall    = "local.firewall"
	CodeProxyUnreachable = "proxy.unreachable"
	CodeProxyRequired    = "proxy.required"
	CodeHostUnreachable  = "host.unreachable"
	CodeRouteBlackhole   = "route.blackhole"
	CodePortRefused      = "port.refused"
	CodePortFiltered     = "port.filtered"
	CodePortRejected     = "port.rejected"
	CodePathLossy        = "path.lossy"
	CodeNotReproduced    = "input.not_reproduced"
	CodeMTUBlackhole     = "path.mtu_blackhole"
	CodeGatewayTimeout   = "gateway.upstream_timeout"
	CodeTLSFailed        = "tls.failed"
	CodeAppSlow          = "app.slow"
	// CodeChecksWarn gathers, under a healthy verdict, warnings that no other
	// finding explains.
	CodeChecksWarn = "checks.warning"
)

// rule is one row of the rule table.
type rule struct {
	code     string
	severity Severity
	// primary rules may give the verdict; secondary ones are listed after it.
	primary, secondary bool
	// primaryWhen, if set, limits when a primary rule may give the verdict;
	// otherwise it is listed as a secondary finding.
	primaryWhen func(f *facts) bool
	match       func(f *facts) ([]Evidence, bool)
	summary     func(f *facts) string
	explain     func(f *facts) string
	fix         func(f *facts) []Step
}

// SlowRTT is the average ping round trip from which a path counts as slow.
const SlowRTT = 500 // milliseconds

// rules in priority order: causes nearer this computer come first, because
// they explain everything further away; after them a name no server can be
// asked for (dns.invalid_name), which fails on every network and path.
var rules = []rule{
	{
		code: CodeLocalNoRoute, severity: SeverityProblem, primary: true,
		// A connection that worked had a route: the checks then disagree.
		primaryWhen: func(f *facts) bool { return f.portState() != probes.PortOpen },
		match: func(f *facts) ([]Evidence, bool) {
			l := f.s.Local
			if l != nil && l.Route.Missing() {
				return append(f.fromError(), ev(&l.Check)), true
			}
			if f.portState() == probes.PortNoRoute {
				return append(f.fromError(), f.portEvidence()...), true
			}
			return nil, false
		},
		summary: func(f *facts) string {
			if l := f.s.Local; l != nil && l.Route.Missing() && l.Route.ForDNS {
				return "This computer has no network route, not even to its DNS server " + l.Route.To
			}
			return "This computer has no network route to " + f.host()
		},
		explain: func(f *facts) string {
			return "The computer does not know where to send traffic for this address: no network connection or VPN covers it, and there is no default gateway. Nothing leaves the computer, so every program fails at once."
		},
		fix: func(f *facts) []Step {
			return []Step{
				{Text: "Check that the computer is connected (cable, Wi-Fi) and, if the address is internal, that the VPN is connected.", Who: ActorUser},
				{Text: "Check the computer's routes: a default gateway must exist, or a route for the target's network.", Who: ActorHelpdesk, Command: routeCommand()},
				{Text: "If the target's network should be reachable through a VPN, ask the network team to add its route to the VPN profile.", Who: ActorNetwork},
			}
		},
	},
	{
		code: CodeLocalGateway, severity: SeverityProblem, primary: true,
		// A gateway that only drops ping still forwards a connection that
		// worked: the checks then disagree.
		primaryWhen: func(f *facts) bool { return f.portState() != probes.PortOpen },
		match: func(f *facts) ([]Evidence, bool) {
			g := f.gateway()
			if g == nil || g.Answered {
				return nil, false
			}
			return append(f.fromError(), ev(&f.s.Local.Check),
				Evidence{Check: "local", Text: fmt.Sprintf("The default gateway %s does not answer: %d of %d pings came back. Technically: its %s state is %s.", g.Addr, g.PingRecv, g.PingSent, neighbourTable(g.Addr), g.Neighbor)}), true
		},
		summary: func(f *facts) string { return "The default gateway " + f.gateway().Addr + " does not answer" },
		explain: func(f *facts) string {
			lookup := "ARP"
			if strings.Contains(f.gateway().Addr, ":") {
				lookup = "IPv6 neighbour discovery"
			}
			return "Everything beyond your local network goes through the default gateway (your router). It answers neither ping nor the network's address lookup (" + lookup + "), so it is switched off, disconnected, or the computer is on the wrong network."
		},
		fix: func(f *facts) []Step {
			return []Step{
				{Text: "Check the cable or Wi-Fi connection, and restart the router if you have one at home.", Who: ActorUser},
				{Text: "Check that the computer got the right address and gateway (DHCP); renew the lease.", Who: ActorHelpdesk, Admin: true, Command: renewCommand()},
				{Text: "If other computers on the same network have the same problem, the gateway or its switch port is down.", Who: ActorNetwork},
			}
		},
	},
	{
		code: CodeLocalFirewall, severity: SeverityProblem, primary: true, secondary: true,
		// A rule that blocks but a connection that worked is a contradiction
		// worth listing, not a verdict.
		primaryWhen: func(f *facts) bool { return f.portState() != probes.PortOpen },
		match: func(f *facts) ([]Evidence, bool) {
			fw := f.s.Firewall
			blocked := fw != nil && fw.Blocked
			// EACCES with an ICMPv6 "administratively prohibited" read for
			// the attempt is a router's refusal, not this computer's.
			eperm := f.s.Port != nil && (f.s.Port.State == probes.PortBlocked ||
				(f.s.Port.ICMP == nil && (f.s.Port.Errno == "EPERM" || f.s.Port.Errno == "EACCES")))
			if !blocked && !eperm {
				return nil, false
			}
			var e []Evidence
			if blocked {
				e = append(e, ev(&fw.Check))
				if fw.Verdict.Rule != "" {
					e = append(e, Evidence{Check: "firewall", Text: "The firewall rule that decides: " + fw.Verdict.Rule})
				}
			}
			if eperm {
				e = append(e, Evidence{Check: "port", Text: "This computer refused to send the connection request: a rule here stopped it before it left. Technically: the system call failed with " + f.s.Port.Errno + "."})
			}
			return append(f.fromError(), e...), true
		},
		summary: func(f *facts) string {
			return "This computer's own firewall blocks connections to " + f.addr()
		},
		explain: func(f *facts) string {
			if fw := f.s.Firewall; fw != nil && fw.Blocked && fw.Verdict.ByPolicy {
				return "The firewall on this computer blocks outgoing traffic by default (" + fw.Verdict.Where + "), and no rule allows this connection. The traffic never leaves the computer, so the network and the server are not at fault."
			}
			if fw := f.s.Firewall; fw != nil && fw.Blocked {
				return "A rule in the firewall on this computer (" + fw.Verdict.Where + ") drops or rejects this connection before it leaves. The network and the server are not at fault."
			}
			return "The operating system refused to send the connection request: a firewall rule on this computer stops it. Its rules could not be read (that needs administrator rights), so the rule is not named."
		},
		fix: func(f *facts) []Step {
			steps := []Step{{Text: "Ask whoever manages this computer's firewall whether this connection should be allowed; it may be blocked on purpose.", Who: ActorHelpdesk}}
			fw := f.s.Firewall
			switch {
			case fw != nil && fw.Blocked && fw.Verdict.Handle == 0 && fw.Verdict.Rule != "":
				steps = append(steps, Step{Text: fmt.Sprintf("Open Windows Defender Firewall with Advanced Security, Outbound Rules, and disable or change the rule “%s” if the block is a mistake.", fw.Verdict.Rule),
					Who: ActorHelpdesk, Admin: true, Command: "wf.msc"})
			case fw != nil && fw.Blocked && strings.HasPrefix(fw.Verdict.Where, "iptables "):
				chain := strings.TrimPrefix(fw.Verdict.Where, "iptables filter ")
				steps = append(steps, Step{Text: fmt.Sprintf("Look at rule %d of the iptables-legacy chain %s and remove or change it if the block is a mistake.", fw.Verdict.Handle, chain),
					Who: ActorHelpdesk, Admin: true, Command: "iptables-legacy -L " + chain + " -n -v --line-numbers"})
			case fw != nil && fw.Blocked && fw.Verdict.Handle != 0:
				steps = append(steps, Step{Text: fmt.Sprintf("Look at the rule (handle %d in %s) and remove or change it if the block is a mistake.", fw.Verdict.Handle, fw.Verdict.Where),
					Who: ActorHelpdesk, Admin: true, Command: "nft -a list chain " + fw.Verdict.Where})
			default:
				steps = append(steps, Step{Text: "List the firewall rules for outgoing traffic and find the one that blocks this address and port.", Who: ActorHelpdesk, Admin: true, Command: firewallCommand()})
			}
			return steps
		},
	},
	portsExhausted,
	dnsInvalidName,
	proxyInvalid,
	{
		code: CodeProxyUnreachable, severity: SeverityProblem, primary: true,
		match: func(f *facts) ([]Evidence, bool) {
			p := f.s.Proxy
			if p == nil || p.Proxy == "" || p.Reachable {
				return nil, false
			}
			return append(f.fromError(), ev(&p.Check)), true
		},
		summary: func(f *facts) string { return "The proxy " + f.s.Proxy.Proxy + " does not answer" },
		explain: func(f *facts) string {
			return "This computer's " + f.s.Proxy.From + " send the traffic for " + f.host() + " through the proxy " + f.s.Proxy.Proxy +
				", and the proxy does not accept connections (" + f.s.Proxy.Error + "). Every program that follows these settings fails, whatever the target."
		},
		fix: func(f *facts) []Step {
			return []Step{
				{Text: "Check whether the proxy setting is still right (" + f.s.Proxy.From + "): an old proxy, or one only reachable at the office or over VPN, breaks every connection.", Who: ActorUser},
				{Text: "If the proxy should work, ask the network team whether it is running and reachable from this network.", Who: ActorNetwork},
			}
		},
	},
	{
		code: CodeProxyRequired, severity: SeverityProblem, primary: true,
		match: func(f *facts) ([]Evidence, bool) {
			p := f.s.Proxy
			st := f.portState()
			if p == nil || !p.TunnelOK || (st != probes.PortFiltered && st != probes.PortRejected) {
				return nil, false
			}
			return append(append(f.fromError(), f.portEvidence()...), ev(&p.Check)), true
		},
		summary: func(f *facts) string {
			return "Direct connections to " + f.addr() + " are blocked, but the proxy " + f.s.Proxy.Proxy + " reaches it"
		},
		explain: func(f *facts) string {
			return "On this network the way out is through the proxy: direct connections get no answer, while the proxy named in the " + f.s.Proxy.From +
				" connects to " + f.host() + " at once. The program that timed out is not using the proxy."
		},
		fix: func(f *facts) []Step {
			return []Step{
				{Text: "Set the proxy " + f.s.Proxy.Proxy + " in the failing program's own network or proxy settings (many programs ignore the system's).", Who: ActorUser},
				{Text: "For command-line tools and services, set the environment variables HTTPS_PROXY and HTTP_PROXY to the proxy.", Who: ActorHelpdesk, Command: proxyEnvCommand(f.s.Proxy.Proxy)},
				{Text: "If the program must connect directly, ask the network team to allow " + f.addr() + " through the firewall.", Who: ActorNetwork},
			}
		},
	},
	proxyRules[0], proxyRules[1],
	dnsCNAMELoop, dnsNoRules[0], dnsNoRules[1],
	{
		code: CodeDNSUnreachable, severity: SeverityProblem, primary: true,
		match: func(f *facts) ([]Evidence, bool) {
			d := f.s.DNS
			answering, total := f.dnsServersAnswering()
			if d == nil || d.System.Kind == probes.AnswerOK || d.System.Kind == probes.AnswerNXDomain || answering > 0 || total == 0 {
				return nil, false
			}
			out := append(f.fromError(), ev(&d.Check))
			for _, s := range d.Servers {
				out = append(out, Evidence{Check: "dns", Text: dnsServerEvidence(s)})
			}
			return out, true
		},
		summary: func(f *facts) string { return "No DNS server answers, so " + f.host() + " cannot be looked up" },
		explain: func(f *facts) string {
			return "Before connecting, the computer must turn the name into an address by asking a DNS server. None of the configured DNS servers answers, so every program that uses names fails, usually after waiting: this often shows up as a timeout."
		},
		fix: func(f *facts) []Step {
			return []Step{
				{Text: "If you use a VPN, reconnect it: internal DNS servers are often only reachable through it.", Who: ActorUser},
				{Text: "Check the DNS servers the computer uses and that they are the right ones for this network.", Who: ActorHelpdesk, Command: dnsConfigCommand()},
				{Text: "Check that the DNS servers are running and that firewalls allow DNS (UDP and TCP port 53) from this network.", Who: ActorNetwork},
			}
		},
	},
	{
		code: CodeDNSNXDomain, severity: SeverityProblem, primary: true,
		match: func(f *facts) ([]Evidence, bool) {
			d := f.s.DNS
			if d == nil || d.System.Kind != probes.AnswerNXDomain {
				return nil, false
			}
			return append(f.fromError(), ev(&d.Check)), true
		},
		summary: func(f *facts) string { return f.host() + " does not exist in DNS" },
		explain: func(f *facts) string {
			return "The DNS servers answered, and their answer is that no such name exists (NXDOMAIN). The name is misspelled, was removed, or only exists in another network's DNS (an internal name used from outside, or without the VPN)."
		},
		fix: func(f *facts) []Step {
			return []Step{
				{Text: "Check the spelling of " + f.host() + " in the program's settings.", Who: ActorUser},
				{Text: "If it is an internal name, connect the VPN and try again.", Who: ActorUser},
				{Text: "Ask the owner of the service whether the name changed; the DNS record may have been removed.", Who: ActorServer},
			}
		},
	},
	{
		code: CodeDNSHostsOverride, severity: SeverityProblem, primary: true, secondary: true,
		match: func(f *facts) ([]Evidence, bool) {
			d := f.s.DNS
			if d == nil || !d.HostsOverride {
				return nil, false
			}
			h := d.Hosts[0]
			return append(f.fromError(), ev(&d.Check),
				Evidence{Check: "dns", Text: fmt.Sprintf("Line %d of the hosts file %s sends %s to %s. The line reads: %s %s", h.Line, d.HostsPath, f.host(), h.Addr, h.Addr, strings.Join(h.Names, " "))}), true
		},
		primaryWhen: func(f *facts) bool { return f.portState() != probes.PortOpen },
		summary: func(f *facts) string {
			return fmt.Sprintf("The hosts file sends %s to %s instead of the address DNS gives", f.host(), f.s.DNS.Hosts[0].Addr)
		},
		explain: func(f *facts) string {
			return fmt.Sprintf("The computer's hosts file (%s) has a fixed entry for this name, and it wins over DNS. Such entries are left behind by tests, old migrations or malware. Programs connect to the address in the file, not to the real server.", f.s.DNS.HostsPath)
		},
		fix: func(f *facts) []Step {
			return []Step{
				{Text: fmt.Sprintf("Remove or correct line %d of %s (it names %s).", f.s.DNS.Hosts[0].Line, f.s.DNS.HostsPath, f.host()), Who: ActorHelpdesk, Admin: true},
				{Text: "Flush the DNS cache afterwards so programs see the change.", Who: ActorHelpdesk, Admin: true, Command: flushCommand()},
			}
		},
	},
	addrRules[0], addrRules[1],
	{
		code: CodePortRefused, severity: SeverityProblem, primary: true,
		match: func(f *facts) ([]Evidence, bool) {
			if f.portState() != probes.PortRefused {
				return nil, false
			}
			return append(f.fromError(), f.portEvidence()...), true
		},
		summary: func(f *facts) string { return "Nothing is listening on " + f.addr() },
		explain: func(f *facts) string {
			return "The server is reachable and answered at once, but with a refusal: no program accepts connections on this port. The service is stopped, listens on another port, or listens only on its own local address."
		},
		fix: func(f *facts) []Step {
			return []Step{
				{Text: "Check that the port number in the program's settings is right.", Who: ActorUser},
				{Text: "Check that the service is running on the server and listening on this port on its network address (not only 127.0.0.1). On a Linux server:", Who: ActorServer, Command: fmt.Sprintf("ss -ltnp 'sport = :%d'", f.t.Port), Shell: ShellPOSIX},
				{Text: "On a Windows server (PowerShell):", Who: ActorServer, Command: fmt.Sprintf("Get-NetTCPConnection -State Listen -LocalPort %d", f.t.Port), Shell: ShellPowerShell},
			}
		},
	},
	{
		code: CodePortRejected, severity: SeverityProblem, primary: true,
		match: func(f *facts) ([]Evidence, bool) {
			if f.portState() != probes.PortRejected {
				return nil, false
			}
			return append(append(f.fromError(), f.portEvidence()...), Evidence{Check: "port", Text: f.s.Port.Explain}), true
		},
		summary: func(f *facts) string {
			if p := f.s.Port; p.ICMP != nil {
				return fmt.Sprintf("A firewall at %s rejects connections to %s", p.ICMP.From, f.addr())
			}
			return "A firewall rejects connections to " + f.addr()
		},
		explain: func(f *facts) string {
			return "A firewall or router on the way answers for the server with an \"unreachable\" message: a rule rejects this traffic on purpose. Programs then show misleading errors such as \"no route to host\"."
		},
		fix: func(f *facts) []Step {
			from := "the firewall"
			if p := f.s.Port; p.ICMP != nil {
				from = "the firewall at " + p.ICMP.From
			}
			return []Step{{Text: fmt.Sprintf("Ask the network team to allow TCP port %d to %s on %s; attach this report.", f.t.Port, f.host(), from), Who: ActorNetwork}}
		},
	},
	{
		code: CodeHostUnreachable, severity: SeverityProblem, primary: true,
		match: func(f *facts) ([]Evidence, bool) {
			t, unreach := f.traceUnreach()
			hostUnreach := unreach && t.Unreach.HostUnreachable()
			if f.portState() != probes.PortUnreachable && !(hostUnreach && f.portState() != probes.PortOpen) {
				return nil, false
			}
			out := append(f.fromError(), f.portEvidence()...)
			if unreach {
				out = append(out, ev(&t.Check))
			}
			return out, true
		},
		summary: func(f *facts) string { return f.host() + " is unreachable: nothing answers at its address" },
		explain: func(f *facts) string {
			return "The network delivered the traffic to the target's own network, but no device there answers for the address. The server is switched off, disconnected, or has moved to another address."
		},
		fix: func(f *facts) []Step {
			return []Step{
				{Text: "Check that the address is right (an old address in a config file or DNS record is common).", Who: ActorUser},
				{Text: "Check that the server is switched on and connected, and still has this address.", Who: ActorServer},
			}
		},
	},
	{
		code: CodeRouteBlackhole, severity: SeverityProblem, primary: true,
		match: func(f *facts) ([]Evidence, bool) {
			if f.portState() != probes.PortFiltered || f.hostAlive() || len(f.traces()) == 0 {
				return nil, false
			}
			out := append(f.fromError(), f.portEvidence()...)
			for _, t := range f.traces() {
				out = append(out, ev(&t.Check))
			}
			if f.pingRan() {
				out = append(out, ev(&f.s.Ping.Check))
			}
			return out, true
		},
		summary: func(f *facts) string {
			ttl, addr := f.lastHop()
			if ttl == 0 {
				return "Traffic to " + f.host() + " is lost right after this computer"
			}
			return fmt.Sprintf("Traffic to %s dies after hop %d (%s)", f.host(), ttl, addr)
		},
		explain: func(f *facts) string {
			ttl, addr := f.lastHop()
			return fmt.Sprintf("Routers up to hop %d (%s) answer, then nothing: neither the server nor any router after it answers ping, traceroute or the connection. The router after %s drops the traffic (a missing or black-hole route, or a firewall that drops everything), or the server's whole network is down.", ttl, addr, addr)
		},
		fix: func(f *facts) []Step {
			_, addr := f.lastHop()
			return []Step{
				{Text: fmt.Sprintf("Send this report to the network team: the path breaks after %s.", addr), Who: ActorHelpdesk},
				{Text: fmt.Sprintf("Check the routes and firewall rules for %s on the router after %s.", f.host(), addr), Who: ActorNetwork},
			}
		},
	},
	{
		code: CodePortFiltered, severity: SeverityProblem, primary: true,
		match: func(f *facts) ([]Evidence, bool) {
			if f.portState() != probes.PortFiltered {
				return nil, false
			}
			out := append(f.fromError(), f.portEvidence()...)
			if f.s.Port != nil {
				out = append(out, Evidence{Check: "port", Text: f.s.Port.Explain})
			}
			if f.pingAnswered() {
				out = append(out, ev(&f.s.Ping.Check))
			}
			for _, t := range f.traces() {
				out = append(out, ev(&t.Check))
			}
			return out, true
		},
		summary: func(f *facts) string {
			if f.hostAlive() {
				return fmt.Sprintf("%s answers, but connections to port %d are silently dropped", f.host(), f.t.Port)
			}
			return fmt.Sprintf("Connections to %s get no answer at all", f.addr())
		},
		explain: func(f *facts) string {
			s := "Connection requests get no answer at all, which is what a firewall \"drop\" rule does: the program waits and finally reports \"connection timed out\"."
			if f.hostAlive() {
				s += " The server itself is reachable (it answers ping or traceroute), so the block is for this port only: a firewall on the server or in front of it."
			}
			return s
		},
		fix: func(f *facts) []Step {
			return []Step{
				{Text: fmt.Sprintf("Ask the server owner whether TCP port %d is open in the server's own firewall and whether the service listens on it.", f.t.Port), Who: ActorServer},
				{Text: fmt.Sprintf("Ask the network team to check firewall rules between this computer and %s for TCP port %d.", f.host(), f.t.Port), Who: ActorNetwork},
			}
		},
	},
	portIntermittent,
	appRules[0], appRules[1], appRules[2], appRules[3], appBadResponse,
	httpRules[0], httpRules[1], httpRules[2], httpRules[3], httpRules[4],
	{
		code: CodePathLossy, severity: SeverityWarning, primary: true, secondary: true,
		match: func(f *facts) ([]Evidence, bool) {
			p := f.s.Ping
			if !f.pingAnswered() || (p.Loss < probes.LossyPercent && p.Avg.D().Milliseconds() < SlowRTT) {
				return nil, false
			}
			return []Evidence{ev(&p.Check)}, true
		},
		primaryWhen: func(f *facts) bool { return f.portState() == probes.PortOpen || f.portState() == "" },
		summary: func(f *facts) string {
			p := f.s.Ping
			return fmt.Sprintf("The path to %s is unreliable: %.0f%% packet loss, %s average round trip", f.host(), p.Loss, fmtMs(p.Avg))
		},
		explain: func(f *facts) string {
			return "The server can be reached, but many packets are lost or delayed on the way. Connections then stall and retry, and programs with short timeouts report \"timed out\" now and then."
		},
		fix: func(f *facts) []Step {
			return []Step{
				{Text: "If you are on Wi-Fi, move closer to the access point or use a cable, and try again.", Who: ActorUser},
				{Text: "Send this report to the network team: the traceroute shows where loss starts.", Who: ActorHelpdesk},
				{Text: "Find the congested or faulty link on the path.", Who: ActorNetwork},
			}
		},
	},
	dnsSlowRule,
	{
		code: CodeHealthy, severity: SeverityOK, primary: true,
		match: func(f *facts) ([]Evidence, bool) {
			if f.portState() != probes.PortOpen {
				return nil, false
			}
			return f.portEvidence(), true
		},
		summary: func(f *facts) string { return "The connection to " + f.addr() + " works" },
		explain: healthyExplain,
		fix: func(f *facts) []Step {
			return []Step{{Text: "If the program still fails, run this check again while the failure happens and compare the two runs.", Who: ActorUser}}
		},
	},
	{
		code: CodeDNSServerDown, severity: SeverityWarning, secondary: true,
		match: func(f *facts) ([]Evidence, bool) {
			answering, total := f.dnsServersAnswering()
			if answering == 0 || answering == total {
				return nil, false
			}
			var out []Evidence
			for _, s := range f.s.DNS.Servers {
				if s.Kind != probes.AnswerOK && s.Kind != probes.AnswerNXDomain && s.Kind != probes.AnswerNoData {
					out = append(out, Evidence{Check: "dns", Text: dnsServerEvidence(s)})
				}
			}
			return out, true
		},
		summary: func(f *facts) string {
			if silent(f) == 0 {
				return "Some configured DNS servers answer, but refuse or fail"
			}
			return "Some configured DNS servers do not answer"
		},
		explain: func(f *facts) string {
			if silent(f) == 0 {
				return "Lookups still work through the other servers. The servers listed below answer at once, but with a refusal or a failure (REFUSED, SERVFAIL): a program that asks them first gets an error for this name, and some programs do not try the next server."
			}
			return "Lookups still work through the other servers, but every lookup that tries a dead server first waits several seconds: programs with short timeouts fail now and then."
		},
		fix: func(f *facts) []Step {
			return []Step{{Text: "Remove the DNS servers listed from the network settings (or DHCP options), or make them answer for this name.", Who: ActorNetwork}}
		},
	},
	{
		code: CodeDNSStale, severity: SeverityInfo, secondary: true,
		match: func(f *facts) ([]Evidence, bool) {
			d := f.s.DNS
			if d == nil || !d.DialledStale {
				return nil, false
			}
			return []Evidence{{Check: "dns", Text: fmt.Sprintf("The program connected to %s, but DNS now gives %s.", d.DialledAddr, joinAddrs(d.System.Addrs))}}, true
		},
		summary: func(f *facts) string { return "The failing program used an address DNS no longer returns" },
		explain: func(f *facts) string {
			return "The error shows the program connecting to an older address. It may have cached the old DNS answer: restarting it (or flushing the DNS cache) makes it look the name up again."
		},
		fix: func(f *facts) []Step {
			return []Step{
				{Text: "Restart the program that failed.", Who: ActorUser},
				{Text: "Flush the DNS cache of this computer.", Who: ActorHelpdesk, Admin: true, Command: flushCommand()},
			}
		},
	},
	{
		code: CodeNotReproduced, severity: SeverityInfo, secondary: true,
		match: func(f *facts) ([]Evidence, bool) {
			if f.portState() != probes.PortOpen || len(f.fromError()) == 0 || f.t.Failure == "tls" {
				return nil, false
			}
			return f.fromError(), true
		},
		summary: func(f *facts) string { return "The failure in the pasted error did not happen now" },
		explain: func(f *facts) string {
			return "The error you pasted reports a failure, but the connection works now. The problem is intermittent, was fixed meanwhile, or happens only for that program (its proxy settings, its own timeout, or the server's answer)."
		},
		fix: func(f *facts) []Step {
			return []Step{{Text: "Run the check again when the error happens and compare the two runs.", Who: ActorUser}}
		},
	},
	icmpFiltered,
}

func fmtMs(m probes.Millis) string { return m.Text() }

// neighbourTable names the table a gateway's link-layer state is read
// from: ARP for IPv4, neighbour discovery for IPv6.
func neighbourTable(addr string) string {
	if strings.Contains(addr, ":") {
		return "neighbour discovery (NDP)"
	}
	return "neighbour (ARP)"
}
