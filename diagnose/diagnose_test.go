package diagnose

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/conndoctor/conndoctor/platform"
	"github.com/conndoctor/conndoctor/probes"
	"github.com/conndoctor/conndoctor/target"
)

// Builders for synthetic results.

func chk(id string, s probes.Status, summary string) probes.Check {
	return probes.Check{ID: id, Title: id, Status: s, Summary: summary}
}

func localOK() *probes.LocalResult {
	return &probes.LocalResult{Check: chk("local", probes.StatusPass, "route via 10.0.0.1"),
		Route:   &probes.Route{To: "10.9.0.5", Found: true, Iface: "eth0"},
		Gateway: &probes.GatewayCheck{Addr: "10.0.0.1", PingSent: 3, PingRecv: 3, Neighbor: platform.NeighborReachable, Answered: true}}
}

func dnsOK() *probes.DNSResult {
	return &probes.DNSResult{Check: chk("dns", probes.StatusPass, "resolves"), Name: "app.example.com",
		System:  probes.Lookup{Kind: probes.AnswerOK, Addrs: []string{"10.9.0.5"}},
		Servers: []probes.ServerAnswer{{Server: "10.0.0.53", Lookup: probes.Lookup{Kind: probes.AnswerOK, Addrs: []string{"10.9.0.5"}}}}}
}

func port(s probes.PortState) *probes.PortResult {
	st := probes.StatusFail
	if s == probes.PortOpen {
		st = probes.StatusPass
	}
	return &probes.PortResult{Check: chk("port", st, "port "+string(s)), Addr: "10.9.0.5:443", State: s}
}

func ping(sent, recv int, avg time.Duration) *probes.PingResult {
	loss := 0.0
	if sent > 0 {
		loss = 100 * float64(sent-recv) / float64(sent)
	}
	return &probes.PingResult{Check: chk("ping", probes.StatusPass, "ping"), Sent: sent, Recv: recv, Loss: loss, Avg: probes.Millis(avg)}
}

func trace(reached bool, last int, lastAddr string) *probes.TraceResult {
	return &probes.TraceResult{Check: chk("trace.icmp", probes.StatusPass, "trace"), Mode: probes.TraceICMP, Reached: reached, LastTTL: last, LastAddr: lastAddr}
}

// healthySet is a run where everything works; cases modify copies of it.
func healthySet() *probes.Set {
	return &probes.Set{Local: localOK(), DNS: dnsOK(), Port: port(probes.PortOpen),
		Ping: ping(10, 10, time.Millisecond), TraceICMP: trace(true, 4, "10.9.0.5")}
}

// invalidName is the DNS check on a name no server can be asked for, and
// what the checks that need an address then do.
func invalidName(s *probes.Set) {
	s.DNS = &probes.DNSResult{Check: chk("dns", probes.StatusFail, `"sqs..amazonaws.com" is not a valid host name (an empty label between two dots): no DNS server can look it up, so none was asked`),
		Name: "sqs..amazonaws.com", Invalid: "an empty label between two dots",
		System: probes.Lookup{Kind: probes.AnswerNXDomain, Error: "lookup sqs..amazonaws.com: no such host"}}
	s.Port = &probes.PortResult{Check: chk("port", probes.StatusSkip, "skipped: the name did not resolve")}
	s.Ping = &probes.PingResult{Check: chk("ping", probes.StatusSkip, "skipped: the name did not resolve")}
	s.TraceICMP = &probes.TraceResult{Check: chk("trace.icmp", probes.StatusSkip, "skipped: the name did not resolve")}
}

func with(mod func(s *probes.Set)) *probes.Set {
	s := healthySet()
	mod(s)
	return s
}

var diagnoseCases = []struct {
	name      string
	input     string // what the user gave; default app.example.com:443
	set       *probes.Set
	code      string
	secondary []string
	summary   string // a fragment the verdict summary must hold
}{
	{name: "healthy", set: healthySet(), code: CodeHealthy},
	{name: "no route", code: CodeLocalNoRoute, summary: "no network route",
		set: with(func(s *probes.Set) {
			s.Local.Route = &probes.Route{To: "10.9.0.5", Found: false, Error: "no route"}
			s.Local.Gateway = nil
			s.Port = port(probes.PortNoRoute)
		})},
	{name: "no route to dns", code: CodeLocalNoRoute, summary: "not even to its DNS server 10.0.0.53",
		set: with(func(s *probes.Set) {
			s.Local.Route = &probes.Route{To: "10.0.0.53", ForDNS: true, Found: false}
			s.Local.Gateway = nil
			s.DNS.System = probes.Lookup{Kind: probes.AnswerError}
			s.DNS.Servers[0].Lookup = probes.Lookup{Kind: probes.AnswerUnreachable}
			s.Port = &probes.PortResult{Check: chk("port", probes.StatusSkip, "skipped")}
		})},
	{name: "dead gateway beats dead dns", code: CodeLocalGateway, summary: "10.0.0.1",
		set: with(func(s *probes.Set) {
			s.Local.Gateway = &probes.GatewayCheck{Addr: "10.0.0.1", PingSent: 3, Neighbor: platform.NeighborIncomplete}
			s.DNS.System = probes.Lookup{Kind: probes.AnswerTimeout}
			s.DNS.Servers[0].Lookup = probes.Lookup{Kind: probes.AnswerTimeout}
			s.Port = &probes.PortResult{Check: chk("port", probes.StatusSkip, "skipped: the name did not resolve")}
		})},
	{name: "gateway drops ping but the connection works", code: CodeInconclusive, summary: "they disagree",
		set: with(func(s *probes.Set) {
			s.Local.Gateway = &probes.GatewayCheck{Addr: "10.0.0.1", PingSent: 3, Neighbor: platform.NeighborIncomplete}
			s.Local.Check = chk("local", probes.StatusFail, "the default gateway 10.0.0.1 does not answer")
		})},
	{name: "dns unreachable", code: CodeDNSUnreachable,
		set: with(func(s *probes.Set) {
			s.DNS.System = probes.Lookup{Kind: probes.AnswerTimeout}
			s.DNS.Servers[0].Lookup = probes.Lookup{Kind: probes.AnswerTimeout}
			s.Port = &probes.PortResult{Check: chk("port", probes.StatusSkip, "skipped")}
		})},
	{name: "dns refused at once", code: CodeDNSRefused, summary: "10.0.0.53 refuses to look up app.example.com",
		set: with(func(s *probes.Set) {
			s.DNS.Check = chk("dns", probes.StatusFail, "app.example.com does not resolve")
			s.DNS.System = probes.Lookup{Kind: probes.AnswerError, Error: "server misbehaving"}
			s.DNS.Servers[0].Lookup = probes.Lookup{Kind: probes.AnswerRefused}
			s.Port = &probes.PortResult{Check: chk("port", probes.StatusSkip, "skipped")}
		})},
	{name: "dns refused by one, the other silent", code: CodeDNSRefused, summary: "10.0.0.54 refuses",
		set: with(func(s *probes.Set) {
			s.DNS.Check = chk("dns", probes.StatusFail, "app.example.com does not resolve")
			s.DNS.System = probes.Lookup{Kind: probes.AnswerTimeout}
			s.DNS.Servers[0].Lookup = probes.Lookup{Kind: probes.AnswerTimeout}
			s.DNS.Servers = append(s.DNS.Servers, probes.ServerAnswer{Server: "10.0.0.54", Lookup: probes.Lookup{Kind: probes.AnswerRefused}})
			s.Port = &probes.PortResult{Check: chk("port", probes.StatusSkip, "skipped")}
		})},
	{name: "dns servfail", code: CodeDNSServFail, summary: "cannot get an answer",
		set: with(func(s *probes.Set) {
			s.DNS.Check = chk("dns", probes.StatusFail, "app.example.com does not resolve")
			s.DNS.System = probes.Lookup{Kind: probes.AnswerServFail}
			s.DNS.Servers[0].Lookup = probes.Lookup{Kind: probes.AnswerServFail}
			s.Port = &probes.PortResult{Check: chk("port", probes.StatusSkip, "skipped")}
		})},
	{name: "one server refuses, another answers", code: CodeHealthy,
		set: with(func(s *probes.Set) {
			s.DNS.Servers = append(s.DNS.Servers, probes.ServerAnswer{Server: "10.0.0.54", Lookup: probes.Lookup{Kind: probes.AnswerRefused}})
		})},
	{name: "cname loop, resolver says nxdomain", code: CodeDNSCNAMELoop, summary: "never reaches an address (a CNAME loop)",
		set: with(func(s *probes.Set) {
			s.DNS.Check = chk("dns", probes.StatusFail, "app.example.com does not resolve: its aliases (CNAME records) never end")
			s.DNS.System = probes.Lookup{Kind: probes.AnswerNXDomain}
			s.DNS.Servers[0].Lookup = probes.Lookup{Kind: probes.AnswerNoData}
			s.DNS.CNAMELoop = []string{"app.example.com.", "b.example.com.", "app.example.com."}
			s.Port = &probes.PortResult{Check: chk("port", probes.StatusSkip, "skipped")}
		})},
	{name: "cname chain too long, resolver gives up", code: CodeDNSCNAMELoop, summary: "a CNAME chain too long to follow",
		set: with(func(s *probes.Set) {
			s.DNS.Check = chk("dns", probes.StatusFail, "app.example.com does not resolve: its aliases (CNAME records) never end")
			s.DNS.System = probes.Lookup{Kind: probes.AnswerServFail}
			s.DNS.Servers[0].Lookup = probes.Lookup{Kind: probes.AnswerServFail}
			s.DNS.CNAMELoop = []string{"app.example.com.", "a1.", "a2.", "a3.", "a4.", "a5.", "a6.", "a7.", "a8."}
			s.Port = &probes.PortResult{Check: chk("port", probes.StatusSkip, "skipped")}
		})},
	{name: "invalid name", code: CodeDNSInvalidName, summary: `"sqs..amazonaws.com" is not a valid host name`,
		input: "dial tcp: lookup sqs..amazonaws.com: no such host",
		set:   with(invalidName)},
	{name: "invalid name, no route either", code: CodeLocalNoRoute, secondary: []string{CodeDNSInvalidName},
		input: "dial tcp: lookup sqs..amazonaws.com: no such host",
		set: with(func(s *probes.Set) {
			invalidName(s)
			s.Local.Route = &probes.Route{To: "10.0.0.53", ForDNS: true, Found: false}
			s.Local.Gateway = nil
		})},
	{name: "nxdomain", code: CodeDNSNXDomain, summary: "does not exist",
		set: with(func(s *probes.Set) {
			s.DNS.System = probes.Lookup{Kind: probes.AnswerNXDomain}
			s.DNS.Servers[0].Lookup = probes.Lookup{Kind: probes.AnswerNXDomain}
			s.Port = &probes.PortResult{Check: chk("port", probes.StatusSkip, "skipped")}
		})},
	{name: "hosts override breaks", code: CodeDNSHostsOverride, summary: "10.1.1.1",
		set: with(func(s *probes.Set) {
			s.DNS.Hosts = []platform.HostEntry{{Addr: "10.1.1.1", Names: []string{"app.example.com"}, Line: 7}}
			s.DNS.HostsPath, s.DNS.HostsOverride = "/etc/hosts", true
			s.Port = port(probes.PortFiltered)
		})},
	{name: "hosts override harmless", code: CodeHealthy, secondary: []string{CodeDNSHostsOverride},
		set: with(func(s *probes.Set) {
			s.DNS.Hosts = []platform.HostEntry{{Addr: "10.1.1.1", Names: []string{"app.example.com"}, Line: 7}}
			s.DNS.HostsPath, s.DNS.HostsOverride = "/etc/hosts", true
		})},
	{name: "refused", code: CodePortRefused, set: with(func(s *probes.Set) { s.Port = port(probes.PortRefused) })},
	{name: "rejected names firewall", code: CodePortRejected, summary: "firewall at 10.0.2.2",
		set: with(func(s *probes.Set) {
			s.Port = port(probes.PortRejected)
			s.Port.ICMP = &probes.ICMPReport{From: "10.0.2.2", Type: 3, Code: 13}
		})},
	{name: "host unreachable", code: CodeHostUnreachable,
		set: with(func(s *probes.Set) { s.Port = port(probes.PortUnreachable); s.Ping = ping(10, 0, 0) })},
	{name: "blackhole names hop", code: CodeRouteBlackhole, summary: "after hop 2 (10.0.2.1)",
		set: with(func(s *probes.Set) {
			s.Port = port(probes.PortFiltered)
			s.Ping = ping(10, 0, 0)
			s.TraceICMP = trace(false, 2, "10.0.2.1")
		})},
	{name: "filtered with host alive", code: CodePortFiltered, summary: "silently dropped",
		set: with(func(s *probes.Set) { s.Port = port(probes.PortFiltered) })},
	{name: "filtered without trace", code: CodePortFiltered, summary: "no answer at all",
		set: with(func(s *probes.Set) {
			s.Port = port(probes.PortFiltered)
			s.Ping = ping(10, 0, 0)
			s.TraceICMP = &probes.TraceResult{Check: chk("trace.icmp", probes.StatusSkip, "needs root")}
		})},
	{name: "lossy", code: CodePathLossy, summary: "40% packet loss",
		set: with(func(s *probes.Set) { s.Ping = ping(10, 6, time.Millisecond) })},
	{name: "slow", code: CodePathLossy,
		set: with(func(s *probes.Set) { s.Ping = ping(10, 10, 800*time.Millisecond) })},
	{name: "lossy is secondary to filtered", code: CodePortFiltered, secondary: []string{CodePathLossy},
		set: with(func(s *probes.Set) { s.Port = port(probes.PortFiltered); s.Ping = ping(10, 5, time.Millisecond) })},
	{name: "one dns server down", code: CodeHealthy, secondary: []string{CodeDNSServerDown},
		set: with(func(s *probes.Set) {
			s.DNS.Servers = append(s.DNS.Servers, probes.ServerAnswer{Server: "10.0.0.54", Lookup: probes.Lookup{Kind: probes.AnswerTimeout}})
		})},
	{name: "stale address", code: CodeHealthy, secondary: []string{CodeDNSStale},
		set: with(func(s *probes.Set) { s.DNS.DialledAddr, s.DNS.DialledStale = "10.9.0.4", true })},
	{name: "mtu blackhole beats stalled app", code: CodeMTUBlackhole, summary: "path MTU is 1400 bytes, not 1500",
		set: with(func(s *probes.Set) {
			s.MTU = &probes.MTUResult{Check: chk("mtu", probes.StatusFail, "vanish"), Iface: "eth0", IfaceMTU: 1500, PathMTU: 1400, Blackhole: true}
			s.App = &probes.AppResult{Check: chk("app", probes.StatusFail, "no answer"), FailedAt: probes.FailFirstByte, TimedOut: true}
		})},
	{name: "mtu lower but signalled", code: CodeHealthy,
		set: with(func(s *probes.Set) {
			s.MTU = &probes.MTUResult{Check: chk("mtu", probes.StatusPass, "ok"), IfaceMTU: 1500, PathMTU: 1400, FragNeeded: true}
		})},
	{name: "gateway 504", code: CodeGatewayTimeout, summary: "backend times out (HTTP 504)",
		set: with(func(s *probes.Set) {
			s.App = &probes.AppResult{Check: chk("app", probes.StatusFail, "HTTP 504"), HTTP: true, StatusCode: 504, Server: "nginx",
				Gateway: &probes.Gateway{Product: "nginx", Upstream: true, Reason: "504"}}
		})},
	{name: "503 with Retry-After", code: CodeAppUnavailable, summary: "unavailable (HTTP 503)",
		set: with(func(s *probes.Set) {
			s.App = &probes.AppResult{Check: chk("app", probes.StatusFail, "HTTP 503"), HTTP: true, StatusCode: 503, RetryAfter: "120"}
		})},
	{name: "502 from nginx, upstream not blamed", code: CodeAppUnavailable, summary: "unavailable (HTTP 502)",
		set: with(func(s *probes.Set) {
			s.App = &probes.AppResult{Check: chk("app", probes.StatusFail, "HTTP 502"), HTTP: true, StatusCode: 502,
				Gateway: &probes.Gateway{Product: "nginx", Reason: "502 Bad Gateway"}}
		})},
	{name: "429", code: CodeAppRateLimited, summary: "too many were sent (HTTP 429)",
		set: with(func(s *probes.Set) {
			s.App = &probes.AppResult{Check: chk("app", probes.StatusFail, "HTTP 429"), HTTP: true, StatusCode: 429, RetryAfter: "30"}
		})},
	{name: "403 names the source address", code: CodeAppForbidden, summary: "HTTP 403",
		set: with(func(s *probes.Set) {
			s.App = &probes.AppResult{Check: chk("app", probes.StatusFail, "HTTP 403"), HTTP: true, StatusCode: 403, Source: "10.0.0.7:51234"}
		})},
	{name: "500", code: CodeAppHTTPError, summary: "server error (HTTP 500 Internal Server Error)",
		set: with(func(s *probes.Set) {
			s.App = &probes.AppResult{Check: chk("app", probes.StatusFail, "HTTP 500"), HTTP: true, StatusCode: 500}
		})},
	{name: "accepts then closes", code: CodeAppReset, summary: "closes it without answering",
		set: with(func(s *probes.Set) {
			s.App = &probes.AppResult{Check: chk("app", probes.StatusFail, "closed"), HTTP: true, Reset: true, FailedAt: probes.FailFirstByte, Error: "EOF"}
		})},
	{name: "answered after 12 s", code: CodeAppSlow, summary: "answered after 12.0 s: a program with a 10 s timeout fails",
		set: with(func(s *probes.Set) {
			s.App = &probes.AppResult{Check: chk("app", probes.StatusWarn, "HTTP 200, late"), HTTP: true, StatusCode: 200, SlowAnswer: true,
				Phases: probes.Phases{Connect: probes.Millis(time.Millisecond), Wrote: probes.Millis(2 * time.Millisecond), FirstByte: probes.Millis(12 * time.Second)}}
		})},
	{name: "smtp refuses in its greeting", input: "smtp://mail.example.com:25", code: CodeAppUnavailable, summary: "refuses to serve: 421 too many connections",
		set: with(func(s *probes.Set) {
			s.Port.Addr = "10.9.0.5:25"
			s.App = &probes.AppResult{Check: chk("app", probes.StatusFail, "the service refuses"), Banner: "421 too many connections", Refusal: "421 too many connections"}
		})},
	{name: "ssh closes at once", input: "ssh://git.example.com", code: CodeAppReset,
		set: with(func(s *probes.Set) {
			s.App = &probes.AppResult{Check: chk("app", probes.StatusFail, "closed without a greeting"), Reset: true, FailedAt: probes.FailFirstByte, Error: "EOF"}
		})},
	{name: "403 for the check's own guess at a page", code: CodeHealthy, secondary: []string{CodeAppForbidden},
		set: with(func(s *probes.Set) {
			s.App = &probes.AppResult{Check: chk("app", probes.StatusWarn, "HTTP 403 for /"), HTTP: true, StatusCode: 403, PathGuessed: true}
		})},
	{name: "proxy wants a password, the request through it failed", code: CodeProxyAuthRequired,
		set: with(func(s *probes.Set) {
			s.Proxy = &probes.ProxyResult{Check: chk("proxy", probes.StatusWarn, "407"), Proxy: "http://10.9.9.9:3128", From: "environment",
				Reachable: true, AuthRequired: true, AuthSchemes: []string{"Basic"}}
			s.App = &probes.AppResult{Check: chk("app", probes.StatusFail, "the TLS handshake failed: Proxy Authentication Required"), HTTP: true,
				Proxy: "http://10.9.9.9:3128", FailedAt: probes.FailTLS, Error: "Proxy Authentication Required"}
		})},
	{name: "404 is an answer, not a fault", code: CodeHealthy,
		set: with(func(s *probes.Set) {
			s.App = &probes.AppResult{Check: chk("app", probes.StatusPass, "HTTP 404"), HTTP: true, StatusCode: 404}
		})},
	{name: "tls timeout", code: CodeTLSFailed, summary: "handshake with app.example.com times out",
		set: with(func(s *probes.Set) {
			s.App = &probes.AppResult{Check: chk("app", probes.StatusFail, "tls"), FailedAt: probes.FailTLS, TimedOut: true}
		})},
	{name: "self-signed", code: CodeTLSFailed, summary: "it is self-signed",
		set: with(func(s *probes.Set) {
			s.App = &probes.AppResult{Check: chk("app", probes.StatusFail, "cert"), HTTP: true, StatusCode: 200,
				TLS: &probes.TLSInfo{SelfSigned: true, VerifyError: "x509: certificate signed by unknown authority"}}
		})},
	{name: "interception", code: CodeTLSFailed, summary: "unknown authority (CN=Corp Inspection CA)",
		set: with(func(s *probes.Set) {
			s.App = &probes.AppResult{Check: chk("app", probes.StatusFail, "cert"), HTTP: true,
				TLS: &probes.TLSInfo{Issuer: "CN=Corp Inspection CA", VerifyError: "x509: certificate signed by unknown authority"}}
		})},
	{name: "slow server", code: CodeAppSlow, summary: "does not answer within 5000 ms",
		set: with(func(s *probes.Set) {
			s.App = &probes.AppResult{Check: chk("app", probes.StatusFail, "slow"), HTTP: true, FailedAt: probes.FailFirstByte, TimedOut: true, Timeout: probes.Millis(5 * time.Second)}
		})},
	{name: "stalled transfer", code: CodeAppSlow, summary: "starts, then stalls",
		set: with(func(s *probes.Set) {
			s.App = &probes.AppResult{Check: chk("app", probes.StatusFail, "stall"), HTTP: true, Stalled: true, BodyBytes: 65536}
		})},
	{name: "trickling body", code: CodeAppSlow, summary: "trickles: 9 bytes in 10000 ms",
		set: with(func(s *probes.Set) {
			s.App = &probes.AppResult{Check: chk("app", probes.StatusFail, "trickle"), HTTP: true, FailedAt: probes.FailBody, TimedOut: true, TooSlow: true, BodyBytes: 9, Phases: probes.Phases{Body: probes.Millis(10 * time.Second)}}
		})},
	{name: "slow headers", code: CodeAppSlow, summary: "does not finish its headers within 5000 ms",
		set: with(func(s *probes.Set) {
			s.App = &probes.AppResult{Check: chk("app", probes.StatusFail, "headers"), HTTP: true, FailedAt: probes.FailHeaders, TimedOut: true, Timeout: probes.Millis(5 * time.Second)}
		})},
	{name: "answer not HTTP", code: CodeAppBadResponse, summary: "answers, but not with HTTP",
		set: with(func(s *probes.Set) {
			s.App = &probes.AppResult{Check: chk("app", probes.StatusFail, "the answer is not valid HTTP"), HTTP: true, FailedAt: probes.FailHeaders, BadResponse: true, Error: `malformed HTTP response "SSH-2.0-OpenSSH_9.6"`}
		})},
	{name: "nothing ran", code: CodeInconclusive, set: &probes.Set{}},
	{name: "pasted timeout not reproduced", code: CodeHealthy, secondary: []string{CodeNotReproduced},
		input: `Get "https://app.example.com/": dial tcp 10.9.0.5:443: i/o timeout`, set: healthySet()},
	{name: "firewall rule", code: CodeLocalFirewall, summary: "own firewall blocks",
		set: with(func(s *probes.Set) {
			s.Port = port(probes.PortError)
			s.Port.Errno = "EPERM"
			s.Firewall = &probes.FirewallResult{Check: chk("firewall", probes.StatusFail, "blocked"), Blocked: true,
				Verdict: &platform.RuleVerdict{Action: "drop", Where: "inet filter output", Handle: 7, Rule: "ip daddr 10.9.0.5 tcp dport 443 drop"}}
		})},
	{name: "firewall unreadable, EPERM", code: CodeLocalFirewall,
		set: with(func(s *probes.Set) { s.Port = port(probes.PortError); s.Port.Errno = "EPERM" })},
	// The rules read say "drop", yet the port opened: the checks disagree,
	// and a healthy verdict over a failed check would hide it.
	{name: "firewall blocks but the port opened", code: CodeInconclusive, secondary: []string{CodeLocalFirewall}, summary: "they disagree",
		set: with(func(s *probes.Set) {
			s.Firewall = &probes.FirewallResult{Check: chk("firewall", probes.StatusFail, "blocked"), Blocked: true,
				Verdict: &platform.RuleVerdict{Action: "drop", ByPolicy: true, Where: "inet filter output"}}
		})},
	{name: "ping and ICMP trace silent, port open", code: CodeHealthy, secondary: []string{CodeICMPFiltered},
		set: with(func(s *probes.Set) {
			s.Ping = ping(20, 0, 0)
			s.Ping.Check = chk("ping", probes.StatusWarn, "no reply to 20 pings")
			s.TraceICMP = trace(false, 2, "10.0.2.1")
			s.TraceICMP.Check = chk("trace.icmp", probes.StatusWarn, "traffic stops after hop 2")
		})},
	{name: "proxy setting unreadable", code: CodeProxyInvalid, summary: "environment is not a proxy address",
		set: with(func(s *probes.Set) {
			s.Proxy = &probes.ProxyResult{Check: chk("proxy", probes.StatusFail, "the proxy setting in environment is not valid"),
				From: "environment", Invalid: "::::", Error: `":::" is neither a host name nor an IP address`}
		})},
	{name: "proxy wants a password, direct dropped", code: CodeProxyAuthRequired, summary: "wants a user name and password",
		set: with(func(s *probes.Set) {
			s.Port = port(probes.PortFiltered)
			s.Proxy = &probes.ProxyResult{Check: chk("proxy", probes.StatusWarn, "407"), Proxy: "http://10.9.9.9:3128", From: "environment",
				Reachable: true, AuthRequired: true, AuthSchemes: []string{"NTLM", "Negotiate"}, Tunnel: "407 Proxy Authentication Required"}
		})},
	{name: "proxy wants a password, direct works", code: CodeHealthy, secondary: []string{CodeProxyAuthRequired},
		set: with(func(s *probes.Set) {
			s.Proxy = &probes.ProxyResult{Check: chk("proxy", probes.StatusWarn, "407"), Proxy: "http://10.9.9.9:3128", From: "environment",
				Reachable: true, AuthRequired: true, AuthSchemes: []string{"Basic"}}
		})},
	{name: "proxy refuses the tunnel", code: CodeProxyDenied, summary: "refuses to connect to 10.9.0.5:443 (403 Forbidden)",
		set: with(func(s *probes.Set) {
			s.Port = port(probes.PortFiltered)
			s.Proxy = &probes.ProxyResult{Check: chk("proxy", probes.StatusFail, "refused"), Proxy: "http://10.9.9.9:3128", From: "environment",
				Reachable: true, Denied: true, Tunnel: "403 Forbidden"}
		})},
	{name: "proxy down", code: CodeProxyUnreachable, summary: "does not answer",
		set: with(func(s *probes.Set) {
			s.Proxy = &probes.ProxyResult{Check: chk("proxy", probes.StatusFail, "the proxy does not answer"), Proxy: "http://10.9.9.9:3128", From: "environment", Error: "connection refused"}
		})},
	{name: "proxy required", code: CodeProxyRequired, summary: "but the proxy http://10.9.9.9:3128 reaches it",
		set: with(func(s *probes.Set) {
			s.Port = port(probes.PortFiltered)
			s.Proxy = &probes.ProxyResult{Check: chk("proxy", probes.StatusPass, "reaches"), Proxy: "http://10.9.9.9:3128", From: "KDE settings", Reachable: true, TunnelOK: true}
		})},
	{name: "IPv6 dropped, tried first", code: CodeIPv6Broken, summary: "IPv6 connections to app.example.com fail while IPv4 works: programs that try IPv6 first hang",
		set: with(func(s *probes.Set) { addrsCheck(s, "2001:db8::5 filtered", "10.9.0.5 open") })},
	{name: "IPv6 dropped, IPv4 tried first", code: CodeIPv6Broken, summary: "IPv6 connections to app.example.com fail while IPv4 works",
		set: with(func(s *probes.Set) { addrsCheck(s, "10.9.0.5 open", "2001:db8::5 filtered", "2001:db8::6 rejected") })},
	{name: "IPv6 not set up here", code: CodeHealthy,
		set: with(func(s *probes.Set) { addrsCheck(s, "10.9.0.5 open", "2001:db8::5 no_route") })},
	{name: "round robin, one dead", code: CodeDNSDeadAddr, summary: "1 of 2 addresses of app.example.com does not accept connections (10.9.0.6): about 50% of connections fail",
		set: with(func(s *probes.Set) { addrsCheck(s, "10.9.0.5 open", "10.9.0.6 filtered") })},
	{name: "round robin, the first dead", code: CodeDNSDeadAddr, summary: "about 33% of connections fail",
		set: with(func(s *probes.Set) { addrsCheck(s, "10.9.0.6 unreachable", "10.9.0.5 open", "10.9.0.7 open") })},
	{name: "one IPv6 address of two dead", code: CodeDNSDeadAddr, summary: "(2001:db8::6)",
		set: with(func(s *probes.Set) { addrsCheck(s, "2001:db8::5 open", "2001:db8::6 refused", "10.9.0.5 open") })},
	{name: "every address dead", code: CodePortFiltered,
		set: with(func(s *probes.Set) { addrsCheck(s, "10.9.0.5 filtered", "10.9.0.6 filtered") })},
	{name: "lost connection requests", code: CodePortIntermittent, summary: "work only some of the time: 2 of 5 attempts failed or had to be resent",
		set: with(func(s *probes.Set) { s.Port = intermittent(1, 1) })},
	{name: "lost requests on a lossy path", code: CodePathLossy, secondary: []string{CodePortIntermittent},
		set: with(func(s *probes.Set) { s.Port = intermittent(2, 0); s.Ping = ping(20, 10, time.Millisecond) })},
	{name: "slow resolver", code: CodeDNSSlow, summary: "Looking up app.example.com takes 2503 ms: the DNS server 10.0.0.53 answers slowly",
		set: with(func(s *probes.Set) { slowDNS(s.DNS, 0, 2503*time.Millisecond) })},
	{name: "slow second resolver", code: CodeHealthy, secondary: []string{CodeDNSSlow},
		set: with(func(s *probes.Set) {
			s.DNS.Servers = append(s.DNS.Servers, probes.ServerAnswer{Server: "10.0.0.54", Lookup: probes.Lookup{Kind: probes.AnswerOK, Addrs: []string{"10.9.0.5"}}})
			slowDNS(s.DNS, 1, 1800*time.Millisecond)
		})},
	{name: "slow resolver, port dropped", code: CodePortFiltered, secondary: []string{CodeDNSSlow},
		set: with(func(s *probes.Set) { slowDNS(s.DNS, 0, 2503*time.Millisecond); s.Port = port(probes.PortFiltered) })},
	{name: "IPv6 router rejects (EACCES from ICMPv6)", code: CodePortRejected, summary: "A firewall at 2001:db8:99:2::2 rejects",
		set: with(func(s *probes.Set) {
			s.Port = port(probes.PortRejected)
			s.Port.Addr, s.Port.Errno = "[2001:db8::5]:443", "EACCES"
			s.Port.ICMP = &probes.ICMPReport{From: "2001:db8:99:2::2", Type: 1, Code: 1, Text: "communication administratively prohibited"}
		})},
	{name: "no local port left", code: CodeLocalPortsExhausted, summary: "run out of local ports for connections to 10.9.0.5:443",
		set: with(func(s *probes.Set) {
			s.Port = port(probes.PortNoLocalPort)
			s.Port.Errno = "EADDRNOTAVAIL"
			s.Port.Census = &probes.PortCensus{To: "10.9.0.5:443", RangeLow: 40000, RangeHigh: 40001, InRange: 2, ToInRange: 2, Sockets: 3,
				ByState: map[string]int{"TIME_WAIT": 2}, Source: "/proc/net/tcp"}
		})},
	{name: "local ports nearly full, connection works", code: CodeHealthy, secondary: []string{CodeLocalPortsExhausted},
		set: with(func(s *probes.Set) {
			s.Port.Census = &probes.PortCensus{To: "10.9.0.5:443", RangeLow: 32768, RangeHigh: 60999, InRange: 28000, ToInRange: 27990, Sockets: 28004,
				ByState: map[string]int{"TIME_WAIT": 27900, "ESTABLISHED": 90}, Source: "/proc/net/tcp"}
		})},
	{name: "port error", code: CodeInconclusive,
		set: with(func(s *probes.Set) { s.Port = port(probes.PortError) })},
}

func TestDiagnose(t *testing.T) {
	for _, c := range diagnoseCases {
		t.Run(c.name, func(t *testing.T) {
			in := c.input
			if in == "" {
				in = "app.example.com:443"
			}
			tgt, err := target.Parse(in)
			if err != nil {
				t.Fatal(err)
			}
			// Every case also holds the invariant, with each check's status
			// varied to "could not run".
			assertInvariant(t, tgt, c.set)
			d := Diagnose(tgt, c.set)
			if d.Verdict.Code != c.code {
				t.Fatalf("verdict %s (%s), want %s", d.Verdict.Code, d.Verdict.Summary, c.code)
			}
			if !strings.Contains(d.Verdict.Summary, c.summary) {
				t.Errorf("summary %q lacks %q", d.Verdict.Summary, c.summary)
			}
			var sec []string
			for _, f := range d.Secondary {
				sec = append(sec, f.Code)
			}
			for _, want := range c.secondary {
				if !slices.Contains(sec, want) {
					t.Errorf("secondary %v lacks %s", sec, want)
				}
			}
			if slices.Contains(sec, d.Verdict.Code) {
				t.Errorf("verdict %s repeated among secondary findings", d.Verdict.Code)
			}
			v := d.Verdict
			if v.Explanation == "" || len(v.Fix) == 0 || len(v.Who) == 0 {
				t.Errorf("verdict lacks explanation, fix or who: %+v", v)
			}
			if c.code != CodeHealthy && len(v.Evidence) == 0 {
				t.Error("a problem verdict without evidence")
			}
		})
	}
}

// TestEveryCodeHasACase keeps the table complete as rules are added.
func TestEveryCodeHasACase(t *testing.T) {
	covered := map[string]bool{}
	for _, c := range diagnoseCases {
		covered[c.code] = true
		for _, s := range c.secondary {
			covered[s] = true
		}
	}
	for _, r := range rules {
		if !covered[r.code] {
			t.Errorf("rule %s has no test case", r.code)
		}
	}
}

func TestPastedErrorIsEvidence(t *testing.T) {
	tgt, err := target.Parse("dial tcp 10.9.0.5:443: connect: connection timed out")
	if err != nil {
		t.Fatal(err)
	}
	d := Diagnose(tgt, with(func(s *probes.Set) { s.Port = port(probes.PortFiltered); s.DNS = nil }))
	if d.Verdict.Evidence[0].Check != "input" || !strings.Contains(d.Verdict.Evidence[0].Text, "The Go error you pasted says the connection timed out") {
		t.Errorf("first evidence = %+v", d.Verdict.Evidence[0])
	}
	d = Diagnose(tgt, healthySet())
	found := false
	for _, f := range d.Secondary {
		found = found || f.Code == CodeNotReproduced
	}
	if !found {
		t.Error("a pasted timeout with an open port should say the failure did not happen now")
	}
}

func TestWindowsCommands(t *testing.T) {
	old := goos
	defer func() { goos = old }()
	goos = "windows"
	if flushCommand() != "ipconfig /flushdns" || routeCommand() != "route print" {
		t.Error("windows commands")
	}
	goos = "linux"
	if flushCommand() != "resolvectl flush-caches" || routeCommand() != "ip route" {
		t.Error("linux commands")
	}
}

func BenchmarkDiagnose(b *testing.B) {
	tgt, _ := target.Parse("app.example.com:443")
	set := with(func(s *probes.Set) {
		s.Port = port(probes.PortFiltered)
		s.Ping = ping(10, 0, 0)
		s.TraceICMP = trace(false, 2, "10.0.2.1")
	})
	for b.Loop() {
		Diagnose(tgt, set)
	}
}

// TestRefusedPortStepsNameBothServers: the server's OS is unknown to the
// client, so checking what listens is given for Linux and Windows servers,
// each on the port that was refused.
func TestRefusedPortStepsNameBothServers(t *testing.T) {
	tgt, err := target.Parse("db.corp.test:5432")
	if err != nil {
		t.Fatal(err)
	}
	d := Diagnose(tgt, with(func(s *probes.Set) { s.Port = port(probes.PortRefused) }))
	if d.Verdict.Code != CodePortRefused {
		t.Fatalf("verdict %s", d.Verdict.Code)
	}
	want := map[string]bool{"ss -ltnp 'sport = :5432'": false, "Get-NetTCPConnection -State Listen -LocalPort 5432": false}
	for _, s := range d.Verdict.Fix {
		if _, ok := want[s.Command]; ok {
			want[s.Command] = s.Who == ActorServer
		}
	}
	for cmd, ok := range want {
		if !ok {
			t.Errorf("no server-owner step with %q in %+v", cmd, d.Verdict.Fix)
		}
	}
}

// TestPasteAndCheckDisagree: when the port check finds the other connect
// failure than the paste reports, the evidence says so under the paste's
// line, and the verdict is the check's.
func TestPasteAndCheckDisagree(t *testing.T) {
	cases := []struct {
		paste string
		state probes.PortState
		want  string // "" for no second line
		code  string
		down  bool // the host answers neither ping nor traceroute
	}{
		{"dial tcp 10.9.0.5:443: connect: connection timed out", probes.PortRefused, "refused at once instead of timing out", CodePortRefused, false},
		{"dial tcp 10.9.0.5:443: connect: connection refused", probes.PortFiltered, "the host answers, so a firewall rule", "", false},
		{"dial tcp 10.9.0.5:443: connect: connection refused", probes.PortFiltered, "a firewall rule, or the host is down", "", true},
		{"dial tcp 10.9.0.5:443: connect: connection refused", probes.PortRefused, "", CodePortRefused, false},
		{"dial tcp 10.9.0.5:443: connect: connection timed out", probes.PortFiltered, "", "", false},
	}
	for _, c := range cases {
		tgt, err := target.Parse(c.paste)
		if err != nil {
			t.Fatal(err)
		}
		d := Diagnose(tgt, with(func(s *probes.Set) {
			s.Port, s.DNS = port(c.state), nil
			if c.down {
				s.Ping, s.TraceICMP, s.TraceTCP = ping(3, 0, 0), nil, nil
			}
		}))
		ev := d.Verdict.Evidence
		if len(ev) == 0 || ev[0].Check != "input" {
			t.Fatalf("%s / %s: first evidence %+v", c.paste, c.state, ev)
		}
		second := len(ev) > 1 && ev[1].Check == "input"
		switch {
		case c.want == "" && second:
			t.Errorf("%s / %s: a second input line %q, want none", c.paste, c.state, ev[1].Text)
		case c.want != "" && (!second || !strings.Contains(ev[1].Text, c.want)):
			t.Errorf("%s / %s: evidence %+v, want a line with %q", c.paste, c.state, ev, c.want)
		}
		if c.code != "" && d.Verdict.Code != c.code {
			t.Errorf("%s / %s: verdict %s, want %s (the check's)", c.paste, c.state, d.Verdict.Code, c.code)
		}
	}
}
