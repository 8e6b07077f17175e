package report

import (
	"strings"
	"testing"

	"github.com/conndoctor/conndoctor/probes"
)

// stopsText is a path as "kind:status" words, for comparing.
func stopsText(p PathView) string {
	var out []string
	for _, s := range p.Stops {
		out = append(out, s.Kind+":"+string(s.Status))
	}
	return strings.Join(out, " ")
}

func TestPathOf(t *testing.T) {
	cases := []struct {
		name  string
		edit  func(s *probes.Set)
		stops string
		last  string // the target stop's detail
	}{
		{"filtered port, TCP trace stops", func(s *probes.Set) { s.TraceTCP = tcpTraceStopping(2) },
			"pc:pass gateway:pass hop:pass hop:fail target:fail", "answers ping, but port 443 gets no answer"},
		{"filtered port, only the ICMP trace", func(s *probes.Set) {},
			"pc:pass gateway:pass hop:pass target:fail", "answers ping, but port 443 gets no answer"},
		{"open port", func(s *probes.Set) {
			s.Port.State, s.Port.Status = probes.PortOpen, probes.StatusPass
		}, "pc:pass gateway:pass hop:pass target:pass", "port 443 open"},
		{"refused, no ping", func(s *probes.Set) {
			s.Port.State = probes.PortRefused
			s.Ping, s.TraceICMP = nil, nil
		}, "pc:pass gateway:pass target:fail", "port 443 refused: nothing listens"},
		{"dead gateway, port not tried", func(s *probes.Set) {
			s.Local.Status, s.Local.Gateway.Answered, s.Local.Gateway.PingRecv = probes.StatusFail, false, 0
			s.Port.Status = probes.StatusSkip
			s.Ping, s.TraceICMP = nil, nil
		}, "pc:fail gateway:fail target:skip", "not tried"},
		{"on-link target, no local check", func(s *probes.Set) {
			s.Local = nil
			s.TraceICMP = nil
		}, "pc:skip target:fail", "answers ping, but port 443 gets no answer"},
		{"many hops folded", func(s *probes.Set) { s.TraceTCP = tcpTraceStopping(9) },
			"pc:pass gateway:pass hop:pass more:pass hop:pass hop:fail target:fail", "answers ping, but port 443 gets no answer"},
	}
	for _, c := range cases {
		r := sampleRun(3, false)
		c.edit(&r.Report.Results)
		p := pathOf(&r.Report)
		if got := stopsText(p); got != c.stops {
			t.Errorf("%s: stops %q, want %q", c.name, got, c.stops)
		}
		if got := p.Stops[len(p.Stops)-1].Detail; got != c.last {
			t.Errorf("%s: target says %q, want %q", c.name, got, c.last)
		}
		if p.Protocol != "TCP" || p.Port != 443 || p.Addr != "10.99.3.10" {
			t.Errorf("%s: flow %+v", c.name, p)
		}
	}
}

// TestPathSource: the source address is the route's, else the first
// interface that is up.
func TestPathSource(t *testing.T) {
	r := sampleRun(3, false)
	if p := pathOf(&r.Report); p.Source != "10.99.1.2" || p.Iface != "eth0" {
		t.Errorf("source %q on %q", p.Source, p.Iface)
	}
	r.Report.Results.Local.Route = nil
	r.Report.Results.Local.Interfaces = []probes.Interface{{Name: "lo", Up: true, Loopback: true, Addrs: []string{"127.0.0.1/8"}},
		{Name: "wlan0", Up: true, Addrs: []string{"192.168.5.7/24"}}}
	if p := pathOf(&r.Report); p.Source != "192.168.5.7" || p.Iface != "wlan0" {
		t.Errorf("without a route: source %q on %q", p.Source, p.Iface)
	}
}
