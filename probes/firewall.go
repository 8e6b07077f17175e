package probes

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"

	"github.com/conndoctor/conndoctor/platform"
)

// FirewallOptions pass OS inputs to the firewall check.
type FirewallOptions struct {
	// Read reads the host firewall (default platform.ReadFirewall).
	Read func(context.Context) (*platform.Firewall, error)
}

// FirewallResult is what this computer's own firewall does with the
// connection to the target.
type FirewallResult struct {
	Check
	// Backend, Managers, Active, Policies and Notes describe the firewall
	// (see platform.Firewall).
	Backend  string   `json:"backend,omitempty"`
	Managers []string `json:"managers,omitempty"`
	Active   bool     `json:"active"`
	Policies []string `json:"policies,omitempty"`
	Notes    []string `json:"notes,omitempty"`
	// Packet describes the traffic evaluated ("TCP to 10.0.0.5:443 via eth0").
	Packet string `json:"packet,omitempty"`
	// Verdict is the deciding rule or policy; nil when the rules could not
	// be read.
	Verdict *platform.RuleVerdict `json:"verdict,omitempty"`
	// Blocked says the firewall drops or rejects the traffic.
	Blocked bool `json:"blocked"`
	// Uncertain lists rules that might match but could not be evaluated.
	Uncertain []string `json:"uncertain,omitempty"`
}

// ProbeFirewall reads the host firewall and decides what it does with a new
// TCP connection to addr:port leaving by iface ("" if unknown).
func ProbeFirewall(ctx context.Context, addr string, port int, iface string, o FirewallOptions) *FirewallResult {
	r := &FirewallResult{Check: newCheck("firewall", "This computer's firewall")}
	read := o.Read
	if read == nil {
		read = platform.ReadFirewall
	}
	ip := net.ParseIP(addr)
	if ip == nil {
		r.finish(StatusSkip, "no address to check the rules against")
		return r
	}
	fw, err := read(ctx)
	switch {
	case errors.Is(err, platform.ErrFirewallRights):
		r.finish(StatusSkip, "could not read the firewall rules: administrator (root) rights are needed; run the check as administrator, or run: sudo nft list ruleset")
		return r
	case errors.Is(err, platform.ErrNotSupported):
		r.finish(StatusSkip, "the firewall rules cannot be read on this system: "+err.Error())
		return r
	case err != nil:
		r.finish(StatusError, "could not read the firewall rules: "+err.Error())
		return r
	}
	r.Backend, r.Managers, r.Active, r.Policies, r.Notes = fw.Backend, fw.Managers, fw.Active, fw.Policies, fw.Notes
	r.Packet = "TCP to " + net.JoinHostPort(addr, strconv.Itoa(port))
	if iface != "" {
		r.Packet += " via " + iface
	}
	ev := fw.Evaluate(platform.Packet{Dst: ip, Proto: "tcp", Port: port, OutIface: iface})
	r.Verdict, r.Uncertain, r.Blocked = &ev.Verdict, ev.Uncertain, ev.Verdict.Blocks()
	r.finish(r.outcome())
	return r
}

func (r *FirewallResult) outcome() (Status, string) {
	v := r.Verdict
	switch {
	case r.Blocked && v.ByPolicy:
		return StatusFail, fmt.Sprintf("%s is blocked by the default policy of %s (%s)", r.Packet, v.Where, v.Action)
	case r.Blocked:
		return StatusFail, fmt.Sprintf("%s is blocked (%s) by the rule %q in %s", r.Packet, v.Action, v.Rule, v.Where)
	case !r.Active:
		return StatusPass, "no firewall filters outgoing traffic (" + r.Backend + ")"
	case len(r.Uncertain) > 0:
		return StatusWarn, fmt.Sprintf("%s passes, but %d rule(s) could not be evaluated and might block it: %s", r.Packet, len(r.Uncertain), strings.Join(r.Uncertain, "; "))
	case v.ByPolicy:
		return StatusPass, fmt.Sprintf("%s is allowed (default policy of %s)", r.Packet, v.Where)
	}
	return StatusPass, fmt.Sprintf("%s is allowed by the rule %q in %s", r.Packet, v.Rule, v.Where)
}
