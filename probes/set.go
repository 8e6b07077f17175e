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
	// Port is the TCP connection attempt to the address programs try
	// first.
	Port *PortResult `json:"port,omitempty"`
	// Addrs is the port check on every address of the name (nil for an
	// IP address target, and in runs stored before it existed).
	Addrs *AddrsResult `json:"addrs,omitempty"`
	// Ping is the ICMP echo test.
	Ping *PingResult `json:"ping,omitempty"`
	// TraceICMP and TraceTCP are the two traceroutes.
	TraceICMP *TraceResult `json:"trace_icmp,omitempty"`
	TraceTCP  *TraceResult `json:"trace_tcp,omitempty"`
	// App is the TLS/HTTP check (for web and TLS targets).
	App *AppResult `json:"app,omitempty"`
	// MTU is the path MTU check.
	MTU *MTUResult `json:"mtu,omitempty"`
	// Firewall is this computer's own firewall, evaluated for the target.
	Firewall *FirewallResult `json:"firewall,omitempty"`
	// Proxy is the proxy the settings name for the target, tested.
	Proxy *ProxyResult `json:"proxy,omitempty"`
}

// Entry is one check's header with its full result, for listing checks in
// a fixed order.
type Entry struct {
	// Check is the common header.
	*Check
	// Data is the full result struct (a *DNSResult, *PortResult...).
	Data any
}

// slot is one check's place in a Set: how to read it and how to make a new
// result there. The table's order is the display order.
type slot struct {
	id    string
	get   func(*Set) (*Check, any) // nil Check when the check did not run
	put   func(*Set) any           // allocates the result and returns it
	clear func(*Set)               // removes the result
}

// slotFor builds a slot for a result field of type T, which embeds Check.
func slotFor[T any, P interface {
	*T
	Header() *Check
}](id string, field func(*Set) *P) slot {
	return slot{id: id,
		get: func(s *Set) (*Check, any) {
			if p := *field(s); p != nil {
				return p.Header(), p
			}
			return nil, nil
		},
		put: func(s *Set) any {
			p := P(new(T))
			*field(s) = p
			return p
		},
		clear: func(s *Set) { *field(s) = nil }}
}

var slots = []slot{
	slotFor("local", func(s *Set) **LocalResult { return &s.Local }),
	slotFor("firewall", func(s *Set) **FirewallResult { return &s.Firewall }),
	slotFor("dns", func(s *Set) **DNSResult { return &s.DNS }),
	slotFor("proxy", func(s *Set) **ProxyResult { return &s.Proxy }),
	slotFor("port", func(s *Set) **PortResult { return &s.Port }),
	slotFor("addrs", func(s *Set) **AddrsResult { return &s.Addrs }),
	slotFor("ping", func(s *Set) **PingResult { return &s.Ping }),
	slotFor("trace.icmp", func(s *Set) **TraceResult { return &s.TraceICMP }),
	slotFor("trace.tcp", func(s *Set) **TraceResult { return &s.TraceTCP }),
	slotFor("mtu", func(s *Set) **MTUResult { return &s.MTU }),
	slotFor("app", func(s *Set) **AppResult { return &s.App }),
}

// Entries returns the checks that ran, in display order.
func (s *Set) Entries() []Entry {
	var out []Entry
	for _, sl := range slots {
		if c, data := sl.get(s); c != nil {
			out = append(out, Entry{Check: c, Data: data})
		}
	}
	return out
}

// Ran returns a copy of the set without the checks that did not run
// (skipped, or broken with an error): what a conclusion may rest on. The
// results themselves are shared, not copied.
func (s *Set) Ran() *Set {
	out := *s
	for _, sl := range slots {
		if c, _ := sl.get(&out); c != nil && (c.Status == StatusSkip || c.Status == StatusError) {
			sl.clear(&out)
		}
	}
	return &out
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
	for _, sl := range slots {
		if sl.id == id {
			if err := json.Unmarshal(raw, sl.put(s)); err != nil {
				return fmt.Errorf("probes: decode check %s: %w", id, err)
			}
			return nil
		}
	}
	return fmt.Errorf("probes: unknown check %q", id)
}
