package diagnose

import (
	"strings"
	"time"

	"github.com/conndoctor/conndoctor/probes"
)

// addrsCheck builds the every-address check from "address state" pairs,
// in the order programs try them; the port check becomes the first
// address's result.
func addrsCheck(s *probes.Set, pairs ...string) {
	var list []probes.AddrResult
	for _, p := range pairs {
		addr, state, _ := strings.Cut(p, " ")
		pr := port(probes.PortState(state))
		pr.Addr = addr
		ar := probes.AddrResult{Addr: addr, Family: probes.FamilyOf(addr), Port: pr}
		if len(list) > 0 && ar.Failed() {
			ar.Ping = ping(5, 0, 0)
			ar.Ping.Check = chk("ping", probes.StatusWarn, "no reply to 5 pings")
			ar.TraceICMP = trace(false, 2, "10.0.2.1")
			ar.TraceICMP.Check = chk("trace.icmp", probes.StatusWarn, "traffic stops after hop 2 (10.0.2.1)")
		}
		list = append(list, ar)
	}
	a := probes.NewAddrs("app.example.com", 443, nil, probes.AddrOrder{Policy: "glibc's built-in table (RFC 3484)", Rule: 6, Why: "the DNS answer lists it first"})
	a.Addrs = list
	a.Finish()
	s.Addrs = a
	s.Port = list[0].Port
}

// intermittent is an open port whose five attempts include some that
// needed a resent request and some that got no answer.
func intermittent(retried, failed int) *probes.PortResult {
	p := port(probes.PortOpen)
	for i := range 5 {
		a := probes.PortAttempt{State: probes.PortOpen, Connect: probes.Millis(100 * time.Microsecond), SynSent: 1}
		switch {
		case i < retried:
			a.Connect, a.SynSent = probes.Millis(1003*time.Millisecond), 2
		case i < retried+failed:
			a = probes.PortAttempt{State: probes.PortFiltered, SynSent: 3}
		}
		p.Attempts = append(p.Attempts, a)
	}
	p.Intermittent = true
	p.Check = chk("port", probes.StatusWarn, "10.9.0.5:443 is open, but 2 of 5 connection attempts failed or had to resend their request")
	return p
}

// slowDNS makes server i answer in d, for the name and a fresh name; the
// system resolver takes as long when i is the first server.
func slowDNS(d *probes.DNSResult, i int, took time.Duration) {
	d.FreshName = "cd-k3j9x0q2ab7z.example.com"
	for j := range d.Servers {
		rtt := probes.Millis(20 * time.Millisecond)
		if j == i {
			rtt = probes.Millis(took)
		}
		d.Servers[j].RTT = rtt
		d.Servers[j].Fresh = &probes.Lookup{Kind: probes.AnswerNXDomain, RTT: rtt}
	}
	d.System.RTT = d.Servers[0].RTT
	d.SystemFresh = &probes.Lookup{Kind: probes.AnswerNXDomain, RTT: d.Servers[0].RTT}
	d.Check = chk("dns", probes.StatusWarn, "app.example.com resolves to 10.9.0.5, slowly")
}
