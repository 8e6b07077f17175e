package platform

import "errors"

// ErrFirewallRights means the firewall rules could not be read for lack of
// rights (root on Linux).
var ErrFirewallRights = errors.New("reading the firewall rules needs administrator (root) rights")

// Firewall is this computer's host firewall as far as it decides outbound
// traffic.
type Firewall struct {
	// Backend says where the rules were read ("nftables", "Windows Defender
	// Firewall").
	Backend string `json:"backend"`
	// Managers are the tools managing the rules, recognised by their tables
	// and chains ("ufw", "firewalld", "iptables-nft", "docker").
	Managers []string `json:"managers,omitempty"`
	// Active says a firewall filters outbound traffic at all (an output
	// chain exists, or a Windows profile is on).
	Active bool `json:"active"`
	// Policies are the outbound default policies ("inet filter output:
	// accept", "Public profile: allow").
	Policies []string `json:"policies,omitempty"`
	// Notes are limits of what was read ("iptables-legacy tables exist and
	// were not read").
	Notes []string `json:"notes,omitempty"`
	// eval decides a packet.
	eval func(Packet) Evaluation
}

// Evaluate decides what the firewall does with the first packet of a new
// outbound connection.
func (f *Firewall) Evaluate(p Packet) Evaluation {
	if f == nil || f.eval == nil {
		return Evaluation{Verdict: RuleVerdict{Action: "accept", ByPolicy: true, Where: "no firewall rules"}}
	}
	return f.eval(p)
}

// managersOf recognises rule managers by the table and chain names they
// create.
func managersOf(tables []string, chains []string) []string {
	seen := map[string]bool{}
	var out []string
	add := func(m string) {
		if !seen[m] {
			seen[m] = true
			out = append(out, m)
		}
	}
	for _, t := range tables {
		if t == "inet firewalld" || t == "ip firewalld" || t == "ip6 firewalld" {
			add("firewalld")
		}
	}
	for _, c := range chains {
		switch {
		case len(c) > 4 && c[:4] == "ufw-":
			add("ufw")
		case c == "DOCKER" || c == "DOCKER-USER":
			add("docker")
		case c == "OUTPUT" || c == "INPUT" || c == "FORWARD":
			add("iptables-nft")
		}
	}
	return out
}
