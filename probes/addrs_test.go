package probes

import (
	"fmt"
	"strings"
	"testing"
)

// addrsOf builds the every-address check from "address state" pairs;
// "untested" leaves the address without a port result.
func addrsOf(pairs ...string) *AddrsResult {
	var ordered []string
	for _, p := range pairs {
		a, _, _ := strings.Cut(p, " ")
		ordered = append(ordered, a)
	}
	r := NewAddrs("app.example.com", 443, ordered, AddrOrder{Why: "the DNS answer lists IPv4 first and no rule prefers IPv6"})
	for i, p := range pairs {
		_, state, _ := strings.Cut(p, " ")
		if state == "untested" {
			continue
		}
		st := StatusFail
		switch PortState(state) {
		case PortOpen:
			st = StatusPass
		case PortError:
			st = StatusError
		}
		r.Addrs[i].Port = &PortResult{Check: Check{ID: "port", Status: st}, State: PortState(state)}
	}
	r.Finish()
	return r
}

func TestAddrsFinish(t *testing.T) {
	for _, c := range []struct {
		name   string
		pairs  []string
		status Status
		want   string
		share  float64
	}{
		{"one address", []string{"10.0.0.5 open"}, StatusSkip, "app.example.com has one address, 10.0.0.5: the port check tests it", 0},
		{"all open", []string{"10.0.0.5 open", "2001:db8::5 open"}, StatusPass, "all 2 tested addresses of app.example.com accept connections on port 443; programs try 10.0.0.5 first: the DNS answer", 0},
		{"one dead", []string{"10.0.0.5 open", "10.0.0.6 filtered"}, StatusFail, "1 of 2 addresses of app.example.com does not accept connections on port 443: 10.0.0.6 (no answer); 10.0.0.5 accepts", 0.5},
		{"two dead", []string{"10.0.0.5 refused", "10.0.0.6 open", "10.0.0.7 unreachable"}, StatusFail, "2 of 3 addresses of app.example.com do not accept connections on port 443: 10.0.0.5 (refused), 10.0.0.7 (host unreachable); 10.0.0.6 accepts", 2.0 / 3},
		{"all dead", []string{"10.0.0.5 filtered", "10.0.0.6 filtered"}, StatusFail, "none of the 2 tested addresses of app.example.com accepts connections on port 443", 1},
		{"no IPv6 here", []string{"10.0.0.5 open", "2001:db8::5 no_route"}, StatusPass, "(2001:db8::5: this computer has no route to it, so programs skip it)", 0},
		{"no route at all", []string{"10.0.0.5 no_route", "2001:db8::5 no_route"}, StatusFail, "this computer has no route to any address of app.example.com", 0},
		{"could not test", []string{"10.0.0.5 error", "10.0.0.6 error"}, StatusError, "none of the name's addresses could be tested: 2 could not be tested", 0},
		{"one could not be tested", []string{"10.0.0.5 open", "10.0.0.6 error"}, StatusPass, "(1 could not be tested)", 0},
		{"past the limit", []string{"10.0.0.5 open", "10.0.0.6 untested"}, StatusPass, "(1 more not tested (at most 8 per family))", 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := addrsOf(c.pairs...)
			if r.Status != c.status || !strings.Contains(r.Summary, c.want) {
				t.Errorf("%s %q, want %s and %q", r.Status, r.Summary, c.status, c.want)
			}
			if got := r.Share(); fmt.Sprintf("%.3f", got) != fmt.Sprintf("%.3f", c.share) {
				t.Errorf("share %.3f, want %.3f", got, c.share)
			}
		})
	}
}

func TestAddrsToTestBoundsEachFamily(t *testing.T) {
	var ordered []string
	for i := range 10 {
		ordered = append(ordered, fmt.Sprintf("10.0.0.%d", i+1), fmt.Sprintf("2001:db8::%d", i+1))
	}
	r := NewAddrs("big.example.com", 443, ordered, AddrOrder{})
	n := map[string]int{}
	for _, i := range r.ToTest() {
		n[r.Addrs[i].Family]++
	}
	if n["IPv4"] != MaxPerFamily || n["IPv6"] != MaxPerFamily {
		t.Errorf("tested per family %v, want %d each", n, MaxPerFamily)
	}
}
