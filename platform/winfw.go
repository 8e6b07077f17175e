package platform

import (
	"fmt"
	"net"
	"strconv"
	"strings"
)

// WinFwProfile is one Windows Defender Firewall profile as INetFwPolicy2
// reports it.
type WinFwProfile struct {
	// Type is NET_FW_PROFILE_TYPE2: 1 domain, 2 private, 4 public.
	Type int `json:"type"`
	// Enabled is FirewallEnabled; Current says the profile applies now.
	Enabled bool `json:"enabled"`
	Current bool `json:"current"`
	// BlockOutbound is DefaultOutboundAction == NET_FW_ACTION_BLOCK (0).
	BlockOutbound bool `json:"block_outbound"`
	// OutboundUnknown says DefaultOutboundAction could not be read.
	OutboundUnknown bool `json:"outbound_unknown,omitempty"`
}

// WinFwRule is an INetFwRule's fields that decide outbound traffic.
type WinFwRule struct {
	// Name is the display name. It is not unique, and built-in rules whose
	// resource is missing come back as the resource reference itself
	// ("@FirewallAPI.dll,-80206").
	Name    string `json:"name"`
	Enabled bool   `json:"enabled"`
	// Direction is NET_FW_RULE_DIRECTION: 1 in, 2 out.
	Direction int `json:"direction"`
	// Action is NET_FW_ACTION: 0 block, 1 allow.
	Action int `json:"action"`
	// Protocol is the IANA number; 256 is any.
	Protocol int `json:"protocol"`
	// RemoteAddresses and RemotePorts are as the API gives them ("*",
	// "10.0.0.0/255.0.0.0,192.0.2.1-192.0.2.9", "LocalSubnet",
	// "443,8000-8100", "IPHTTPSOut"). LocalPorts limits the source port.
	RemoteAddresses string `json:"remote_addresses"`
	RemotePorts     string `json:"remote_ports"`
	LocalPorts      string `json:"local_ports,omitempty"`
	// Profiles is a bit mask of profile types (7 or 0x7fffffff: all).
	Profiles int `json:"profiles"`
	// Application is the program the rule is limited to ("" for all).
	Application string `json:"application,omitempty"`
	// Service is the Windows service it is limited to (INetFwRule
	// serviceName; "" for all, "*" for any service).
	Service string `json:"service,omitempty"`
	// Package is the Store app package SID it is limited to (INetFwRule3
	// LocalAppPackageId).
	Package string `json:"package,omitempty"`
	// Users is the SDDL of the users it is limited to (INetFwRule3
	// LocalUserAuthorizedList).
	Users string `json:"users,omitempty"`
	// InterfaceTypes limits it to kinds of interface ("Wireless", "Lan",
	// "RemoteAccess"; "" or "All" for every one).
	InterfaceTypes string `json:"interface_types,omitempty"`
}

// limits lists what the rule is limited to beyond addresses and ports:
// conditions on the program, service, app package, user or interface kind
// that this check cannot know for the failing program. A rule with limits
// is not a rule for every program.
func (r *WinFwRule) limits() []string {
	var out []string
	if r.Application != "" {
		out = append(out, "the program "+r.Application)
	}
	if r.Service != "" {
		out = append(out, "the service "+r.Service)
	}
	if r.Package != "" {
		out = append(out, "the app package "+r.Package)
	}
	if r.Users != "" {
		out = append(out, "some users ("+r.Users+")")
	}
	if t := r.InterfaceTypes; t != "" && !strings.EqualFold(t, "All") {
		out = append(out, t+" interfaces")
	}
	if p := r.LocalPorts; p != "" && p != "*" {
		out = append(out, "local ports "+p)
	}
	return out
}

// DisplayName is the rule's name for people, saying when Windows could not
// resolve it.
func (r *WinFwRule) DisplayName() string {
	switch {
	case r.Name == "":
		return "(a rule with no name)"
	case strings.HasPrefix(r.Name, "@"):
		return "a built-in rule whose name Windows could not resolve (" + r.Name + ")"
	}
	return r.Name
}

var profileNames = map[int]string{1: "Domain", 2: "Private", 4: "Public"}

// windowsFirewall builds the Firewall of recorded profiles and rules.
// local are this computer's on-link subnets, for the LocalSubnet keyword.
func windowsFirewall(profiles []WinFwProfile, rules []WinFwRule, local []*net.IPNet) *Firewall {
	f := &Firewall{Backend: "Windows Defender Firewall"}
	current := 0
	for _, p := range profiles {
		state := "off"
		switch {
		case p.Enabled && p.OutboundUnknown:
			state = "on, outbound default action could not be read"
		case p.Enabled && p.BlockOutbound:
			state = "on, outbound BLOCKED by default"
		case p.Enabled:
			state = "on, outbound allowed by default"
		}
		name := profileNames[p.Type] + " profile"
		if p.Current {
			name += " (current)"
			current |= p.Type
			f.Active = f.Active || p.Enabled
		}
		f.Policies = append(f.Policies, name+": "+state)
	}
	f.eval = func(pk Packet) Evaluation { return evaluateWindows(profiles, rules, current, local, pk) }
	return f
}

// evaluateWindows applies Windows' order: a matching enabled block rule
// wins over any allow rule; else an allow rule allows; else the current
// profile's default outbound action decides. A rule limited to a program,
// service, app package, user or interface kind — or whose address or port
// is a keyword not evaluated here — is listed as uncertain and does not
// decide: it is not a rule for every program.
func evaluateWindows(profiles []WinFwProfile, rules []WinFwRule, current int, local []*net.IPNet, p Packet) Evaluation {
	var ev Evaluation
	var allow *WinFwRule
	// Limited rules only matter where they could change the outcome: a
	// block rule could stop an allowed packet, an allow rule could let a
	// packet the default policy drops through for its program.
	var mayBlock, mayAllow []string
	for i := range rules {
		r := &rules[i]
		if !r.Enabled || r.Direction != 2 || r.Profiles&current == 0 || !winProtoMatches(r.Protocol, p.Proto) {
			continue
		}
		am, akw := winAddrMatch(r.RemoteAddresses, p.Dst, local)
		pm, pkw := winPortMatch(r.RemotePorts, p.Port)
		if am == noMatch || pm == noMatch {
			continue
		}
		limits := r.limits()
		if am == mayMatch {
			limits = append(limits, "remote address "+akw+" (not evaluated here)")
		}
		if pm == mayMatch {
			limits = append(limits, "remote port "+pkw+" (not evaluated here)")
		}
		if len(limits) > 0 {
			line := fmt.Sprintf("%s: %s, only for %s", r.DisplayName(), winActionName(r.Action), strings.Join(limits, ", "))
			if r.Action == 0 {
				mayBlock = append(mayBlock, line)
			} else {
				mayAllow = append(mayAllow, line)
			}
			continue
		}
		if r.Action == 0 {
			ev.Verdict = RuleVerdict{Action: "drop", Where: "Windows Defender Firewall outbound rules", Rule: r.DisplayName(), Comment: winRuleText(r)}
			return ev
		}
		if allow == nil {
			allow = r
		}
	}
	ev.Uncertain = capList(mayBlock, maxUncertain)
	if allow != nil {
		ev.Verdict = RuleVerdict{Action: "accept", Where: "Windows Defender Firewall outbound rules", Rule: allow.DisplayName(), Comment: winRuleText(allow)}
		return ev
	}
	ev.Verdict = RuleVerdict{Action: "accept", ByPolicy: true, Where: "Windows Defender Firewall default"}
	for _, pr := range profiles {
		switch {
		case !pr.Current || !pr.Enabled:
		case pr.OutboundUnknown:
			ev.Uncertain = append(ev.Uncertain, profileNames[pr.Type]+" profile: the default outbound action could not be read; taken as allow, the Windows default")
		case pr.BlockOutbound:
			ev.Verdict = RuleVerdict{Action: "drop", ByPolicy: true, Where: profileNames[pr.Type] + " profile default outbound action"}
			ev.Uncertain = capList(append(mayBlock, mayAllow...), maxUncertain)
		}
	}
	return ev
}

// maxUncertain bounds the rules listed as uncertain: a stock Windows 10
// has dozens of allow rules limited to one program each.
const maxUncertain = 12

// capList keeps the first n lines and says how many more there were.
func capList(lines []string, n int) []string {
	if len(lines) <= n {
		return lines
	}
	return append(lines[:n:n], fmt.Sprintf("and %d more rules limited the same way", len(lines)-n))
}

func winActionName(a int) string { return map[int]string{0: "block", 1: "allow"}[a] }

func winRuleText(r *WinFwRule) string {
	return fmt.Sprintf("outbound %s, protocol %s, remote addresses %s, remote ports %s", winActionName(r.Action), winProtoName(r.Protocol), orAny(r.RemoteAddresses), orAny(r.RemotePorts))
}

func orAny(s string) string {
	if s == "" {
		return "*"
	}
	return s
}

func winProtoName(n int) string {
	switch n {
	case 6:
		return "TCP"
	case 17:
		return "UDP"
	case 256:
		return "any"
	}
	return strconv.Itoa(n)
}

func winProtoMatches(n int, proto string) bool {
	return n == 256 || n == 0 || (n == 6 && proto == "tcp") || (n == 17 && proto == "udp")
}
