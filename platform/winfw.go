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
}

// WinFwRule is an INetFwRule's fields that decide outbound traffic.
type WinFwRule struct {
	Name    string `json:"name"`
	Enabled bool   `json:"enabled"`
	// Direction is NET_FW_RULE_DIRECTION: 1 in, 2 out.
	Direction int `json:"direction"`
	// Action is NET_FW_ACTION: 0 block, 1 allow.
	Action int `json:"action"`
	// Protocol is the IANA number; 256 is any.
	Protocol int `json:"protocol"`
	// RemoteAddresses and RemotePorts are as the API gives them ("*",
	// "10.0.0.0/255.0.0.0,192.0.2.1-192.0.2.9", "443,8000-8100").
	RemoteAddresses string `json:"remote_addresses"`
	RemotePorts     string `json:"remote_ports"`
	// Profiles is a bit mask of profile types (0x7fffffff: all).
	Profiles int `json:"profiles"`
	// Application is the program the rule is limited to ("" for all).
	Application string `json:"application,omitempty"`
}

var profileNames = map[int]string{1: "Domain", 2: "Private", 4: "Public"}

// windowsFirewall builds the Firewall of recorded profiles and rules.
func windowsFirewall(profiles []WinFwProfile, rules []WinFwRule) *Firewall {
	f := &Firewall{Backend: "Windows Defender Firewall"}
	current := 0
	for _, p := range profiles {
		state := "off"
		if p.Enabled {
			state = "on, outbound allowed by default"
			if p.BlockOutbound {
				state = "on, outbound BLOCKED by default"
			}
		}
		name := profileNames[p.Type] + " profile"
		if p.Current {
			name += " (current)"
			current |= p.Type
			f.Active = f.Active || p.Enabled
		}
		f.Policies = append(f.Policies, name+": "+state)
	}
	f.eval = func(pk Packet) Evaluation { return evaluateWindows(profiles, rules, current, pk) }
	return f
}

// evaluateWindows applies Windows' order: a matching enabled block rule
// wins over any allow rule; else an allow rule allows; else the current
// profile's default outbound action decides. Rules limited to one program
// are listed as uncertain: which program connects is not known here.
func evaluateWindows(profiles []WinFwProfile, rules []WinFwRule, current int, p Packet) Evaluation {
	var ev Evaluation
	var allow *WinFwRule
	for i := range rules {
		r := &rules[i]
		if !r.Enabled || r.Direction != 2 || r.Profiles&current == 0 || !winProtoMatches(r.Protocol, p.Proto) ||
			!winAddrMatches(r.RemoteAddresses, p.Dst) || !winPortMatches(r.RemotePorts, p.Port) {
			continue
		}
		if r.Application != "" {
			ev.Uncertain = append(ev.Uncertain, fmt.Sprintf("%s (only for %s)", r.Name, r.Application))
			continue
		}
		if r.Action == 0 {
			ev.Verdict = RuleVerdict{Action: "drop", Where: "Windows Defender Firewall outbound rules", Rule: r.Name, Comment: winRuleText(r)}
			return ev
		}
		if allow == nil {
			allow = r
		}
	}
	if allow != nil {
		ev.Verdict = RuleVerdict{Action: "accept", Where: "Windows Defender Firewall outbound rules", Rule: allow.Name, Comment: winRuleText(allow)}
		return ev
	}
	ev.Verdict = RuleVerdict{Action: "accept", ByPolicy: true, Where: "Windows Defender Firewall default"}
	for _, pr := range profiles {
		if pr.Current && pr.Enabled && pr.BlockOutbound {
			ev.Verdict = RuleVerdict{Action: "drop", ByPolicy: true, Where: profileNames[pr.Type] + " profile default outbound action"}
		}
	}
	return ev
}

func winRuleText(r *WinFwRule) string {
	action := map[int]string{0: "block", 1: "allow"}[r.Action]
	return fmt.Sprintf("outbound %s, protocol %s, remote addresses %s, remote ports %s", action, winProtoName(r.Protocol), orAny(r.RemoteAddresses), orAny(r.RemotePorts))
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

// winPortMatches reads "*", "443", "80,443", "8000-8100".
func winPortMatches(spec string, port int) bool {
	if spec == "" || spec == "*" {
		return true
	}
	for _, part := range strings.Split(spec, ",") {
		part = strings.TrimSpace(part)
		lo, hi, isRange := strings.Cut(part, "-")
		a, err1 := strconv.Atoi(lo)
		b := a
		var err2 error
		if isRange {
			b, err2 = strconv.Atoi(hi)
		}
		if err1 == nil && err2 == nil && port >= a && port <= b {
			return true
		}
	}
	return false
}

// winAddrMatches reads "*", addresses, "a.b.c.d/255.255.0.0" or "/16"
// subnets and "a-b" ranges. Keywords (LocalSubnet, DNS, Internet...) do not
// match here: they need the interface configuration.
func winAddrMatches(spec string, ip net.IP) bool {
	if spec == "" || spec == "*" {
		return true
	}
	for _, part := range strings.Split(spec, ",") {
		part = strings.TrimSpace(part)
		switch {
		case strings.Contains(part, "/"):
			addr, mask, _ := strings.Cut(part, "/")
			if strings.Contains(mask, ".") {
				if m := net.ParseIP(mask).To4(); m != nil {
					ones, _ := net.IPv4Mask(m[0], m[1], m[2], m[3]).Size()
					mask = strconv.Itoa(ones)
				}
			}
			if _, n, err := net.ParseCIDR(addr + "/" + mask); err == nil && n.Contains(ip) {
				return true
			}
		case strings.Contains(part, "-"):
			lo, hi, _ := strings.Cut(part, "-")
			if a, b := net.ParseIP(lo), net.ParseIP(hi); a != nil && b != nil && ipBetween(ip, a, b) {
				return true
			}
		default:
			if a := net.ParseIP(part); a != nil && a.Equal(ip) {
				return true
			}
		}
	}
	return false
}
