package probes

import (
	"encoding/json"
	"fmt"
)

// Set holds one run's probe results. A nil field means that check did not
// run, which is different from a check that ran and failed.
type Set struct {
	// Local is this computer's interfaces, route and gateway.
	Local *LocalResult `json:"local,omitempty"`
	// DNS is the name lookup; nil when the target is an IP address.
	DNS *DNSResult `json:"dns,omitempty"`
	// Port is the TCP connection attempt.
	Port *PortResult `json:"port,omitempty"`
	// Ping is the ICMP echo test.
	Ping *PingResult `json:"ping,omitempty"`
	// TraceICMP and TraceTCP are the two traceroutes.
	TraceICMP *TraceResult `json:"trace_icmp,omitempty"`
	TraceTCP  *TraceResult `json:"trace_tcp,omitempty"`
	// App is the TLS/HTTP check (for web and TLS targets).
	App *AppResult `json:"app,omitempty"`
	// MTU is the path MTU check.
	MTU *MTUResult `json:"mtu,omitempty"`
}

// Entry is one check's header with its full result, for listing checks in
// a fixed order.
type Entry struct {
	// Check is the common header.
	*Check
	// Data is the full result struct (a *DNSResult, *PortResult...).
	Data any
}

// Entries returns the checks that ran, in display order.
func (s *Set) Entries() []Entry {
	var out []Entry
	add := func(c *Check, data any) { out = append(out, Entry{Check: c, Data: data}) }
	if s.Local != nil {
		add(&s.Local.Check, s.Local)
	}
	if s.DNS != nil {
		add(&s.DNS.Check, s.DNS)
	}
	if s.Port != nil {
		add(&s.Port.Check, s.Port)
	}
	if s.Ping != nil {
		add(&s.Ping.Check, s.Ping)
	}
	if s.TraceICMP != nil {
		add(&s.TraceICMP.Check, s.TraceICMP)
	}
	if s.TraceTCP != nil {
		add(&s.TraceTCP.Check, s.TraceTCP)
	}
	if s.MTU != nil {
		add(&s.MTU.Check, s.MTU)
	}
	if s.App != nil {
		add(&s.App.Check, s.App)
	}
	return out
}

// Skipped returns a result header for a check that could not run, with the
// reason as its summary.
func Skipped(id, title, reason string) Check {
	c := newCheck(id, title)
	c.finish(StatusSkip, reason)
	return c
}

// Put decodes one check's stored JSON (as produced by encoding an Entry's
// Data) into the matching field of the set.
func (s *Set) Put(id string, raw []byte) error {
	var target any
	switch id {
	case "local":
		s.Local = new(LocalResult)
		target = s.Local
	case "dns":
		s.DNS = new(DNSResult)
		target = s.DNS
	case "port":
		s.Port = new(PortResult)
		target = s.Port
	case "ping":
		s.Ping = new(PingResult)
		target = s.Ping
	case "trace.icmp":
		s.TraceICMP = new(TraceResult)
		target = s.TraceICMP
	case "trace.tcp":
		s.TraceTCP = new(TraceResult)
		target = s.TraceTCP
	case "app":
		s.App = new(AppResult)
		target = s.App
	case "mtu":
		s.MTU = new(MTUResult)
		target = s.MTU
	default:
		return fmt.Errorf("probes: unknown check %q", id)
	}
	if err := json.Unmarshal(raw, target); err != nil {
		return fmt.Errorf("probes: decode check %s: %w", id, err)
	}
	return nil
}
