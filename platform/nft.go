package platform

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"sort"
	"strconv"
	"strings"
)

// Nftables is a ruleset as `nft -j list ruleset` prints it, reduced to what
// decides whether this computer's own outbound traffic leaves.
type Nftables struct {
	// Tables are "family name" pairs in order.
	Tables []string
	chains map[string]*nftChain // key: family table chain
	sets   map[string][]any     // key: family table set
}

type nftChain struct {
	Family, Table, Name string
	Type, Hook          string
	Prio                int
	Policy              string
	Rules               []nftRule
}

type nftRule struct {
	Handle  int
	Comment string
	Expr    []map[string]json.RawMessage
}

// ParseNftJSON reads the output of `nft -j list ruleset`.
func ParseNftJSON(b []byte) (*Nftables, error) {
	var doc struct {
		Nftables []map[string]json.RawMessage `json:"nftables"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		return nil, fmt.Errorf("platform: nft ruleset: %w", err)
	}
	n := &Nftables{chains: map[string]*nftChain{}, sets: map[string][]any{}}
	for _, obj := range doc.Nftables {
		for kind, raw := range obj {
			if err := n.add(kind, raw); err != nil {
				return nil, fmt.Errorf("platform: nft ruleset %s: %w", kind, err)
			}
		}
	}
	return n, nil
}

func (n *Nftables) add(kind string, raw json.RawMessage) error {
	switch kind {
	case "table":
		var t struct{ Family, Name string }
		if err := json.Unmarshal(raw, &t); err != nil {
			return err
		}
		n.Tables = append(n.Tables, t.Family+" "+t.Name)
	case "chain":
		var c struct {
			Family, Table, Name, Type, Hook, Policy string
			Prio                                    int
		}
		if err := json.Unmarshal(raw, &c); err != nil {
			return err
		}
		n.chains[c.Family+" "+c.Table+" "+c.Name] = &nftChain{Family: c.Family, Table: c.Table, Name: c.Name,
			Type: c.Type, Hook: c.Hook, Prio: c.Prio, Policy: c.Policy}
	case "set":
		var s struct {
			Family, Table, Name string
			Elem                []any
		}
		if err := json.Unmarshal(raw, &s); err != nil {
			return err
		}
		n.sets[s.Family+" "+s.Table+" "+s.Name] = s.Elem
	case "rule":
		var r struct {
			Family, Table, Chain, Comment string
			Handle                        int
			Expr                          []map[string]json.RawMessage
		}
		if err := json.Unmarshal(raw, &r); err != nil {
			return err
		}
		c := n.chains[r.Family+" "+r.Table+" "+r.Chain]
		if c == nil {
			return fmt.Errorf("rule %d in unknown chain %s", r.Handle, r.Chain)
		}
		c.Rules = append(c.Rules, nftRule{Handle: r.Handle, Comment: r.Comment, Expr: r.Expr})
	}
	return nil
}

// OutputPolicies lists each base chain on the output hook with its policy
// ("inet filter output: accept").
func (n *Nftables) OutputPolicies() []string {
	var out []string
	for _, c := range n.outputChains(0) {
		out = append(out, c.Family+" "+c.Table+" "+c.Name+": "+c.Policy)
	}
	return out
}

// outputChains are the filter/route base chains on the output hook that see
// packets of IP version v (0: either), in priority order.
func (n *Nftables) outputChains(v int) []*nftChain {
	var out []*nftChain
	for _, c := range n.chains {
		if c.Hook != "output" || c.Type == "nat" || !familySees(c.Family, v) {
			continue
		}
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Prio != out[j].Prio {
			return out[i].Prio < out[j].Prio
		}
		return out[i].Family+out[i].Table+out[i].Name < out[j].Family+out[j].Table+out[j].Name
	})
	return out
}

func familySees(family string, v int) bool {
	switch family {
	case "inet":
		return true
	case "ip":
		return v != 6
	case "ip6":
		return v != 4
	}
	return false
}

// Packet is the first packet of a new outbound connection.
type Packet struct {
	// Dst is the destination address; Proto "tcp" or "udp"; Port the
	// destination port.
	Dst   net.IP
	Proto string
	Port  int
	// OutIface is the interface it leaves by ("" if unknown).
	OutIface string
}

// RuleVerdict is what the firewall does with a packet and why.
type RuleVerdict struct {
	// Action is "accept", "drop" or "reject".
	Action string `json:"action"`
	// ByPolicy says no rule decided: the chain's default policy did.
	ByPolicy bool `json:"by_policy,omitempty"`
	// Where names the table and chain ("inet filter output").
	Where string `json:"where"`
	// Handle identifies the rule within its chain (0 for a policy).
	Handle int `json:"handle,omitempty"`
	// Rule is the rule as text, Comment its comment.
	Rule    string `json:"rule,omitempty"`
	Comment string `json:"comment,omitempty"`
}

// Blocks reports whether the verdict stops the packet.
func (v RuleVerdict) Blocks() bool { return v.Action == "drop" || v.Action == "reject" }

// Evaluation is the outcome of running a packet through the rules.
type Evaluation struct {
	// Verdict is the deciding rule or policy.
	Verdict RuleVerdict `json:"verdict"`
	// Uncertain lists rules on the way that use matches this program does
	// not evaluate; they were taken as not matching, and might.
	Uncertain []string `json:"uncertain,omitempty"`
}

// Evaluate runs p through the output hook: every base chain in priority
// order; accept passes to the next chain, drop or reject ends it.
func (n *Nftables) Evaluate(p Packet) Evaluation {
	v := 4
	if p.Dst.To4() == nil {
		v = 6
	}
	var ev Evaluation
	ev.Verdict = RuleVerdict{Action: "accept", ByPolicy: true, Where: "no output chain"}
	for _, c := range n.outputChains(v) {
		r, decided := n.run(c, p, v, &ev, 0)
		if !decided {
			r = RuleVerdict{Action: c.Policy, ByPolicy: true, Where: c.Family + " " + c.Table + " " + c.Name}
			if r.Action == "" {
				r.Action = "accept"
			}
		}
		ev.Verdict = r
		if r.Blocks() {
			break
		}
	}
	return ev
}

// run runs a chain; decided is false when the chain ended (or returned)
// without a verdict.
func (n *Nftables) run(c *nftChain, p Packet, v int, ev *Evaluation, depth int) (RuleVerdict, bool) {
	if depth > 16 {
		return RuleVerdict{}, false
	}
	where := c.Family + " " + c.Table + " " + c.Name
	for _, r := range c.Rules {
		ok, known := n.matches(c, r, p, v)
		if !known {
			ev.Uncertain = append(ev.Uncertain, where+" handle "+strconv.Itoa(r.Handle)+": "+n.RuleText(c, r))
			continue
		}
		if !ok {
			continue
		}
		for _, e := range r.Expr {
			for kind, raw := range e {
				verdict := RuleVerdict{Action: kind, Where: where, Handle: r.Handle, Rule: n.RuleText(c, r), Comment: r.Comment}
				switch kind {
				case "accept", "drop", "reject":
					return verdict, true
				case "return":
					return RuleVerdict{}, false
				case "jump", "goto":
					var t struct{ Target string }
					json.Unmarshal(raw, &t)
					sub := n.chains[c.Family+" "+c.Table+" "+t.Target]
					if sub == nil {
						continue
					}
					if res, decided := n.run(sub, p, v, ev, depth+1); decided {
						return res, true
					}
					if kind == "goto" {
						return RuleVerdict{}, false
					}
				}
			}
		}
	}
	return RuleVerdict{}, false
}

// matches evaluates a rule's match expressions; known is false when one of
// them is beyond this evaluator.
func (n *Nftables) matches(c *nftChain, r nftRule, p Packet, v int) (ok, known bool) {
	for _, e := range r.Expr {
		raw, isMatch := e["match"]
		if !isMatch {
			if _, verdictLike := e["queue"]; verdictLike {
				return false, false
			}
			continue
		}
		var m struct {
			Op    string
			Left  map[string]json.RawMessage
			Right json.RawMessage
		}
		if err := json.Unmarshal(raw, &m); err != nil {
			return false, false
		}
		val, known := packetField(m.Left, p, v)
		if !known {
			return false, false
		}
		if val == nil { // the field is absent from this packet (e.g. ip6 on IPv4)
			return false, true
		}
		var right any
		json.Unmarshal(m.Right, &right)
		hit, known := n.compare(c, val, right)
		if !known {
			return false, false
		}
		if m.Op == "!=" {
			hit = !hit
		} else if m.Op != "==" && m.Op != "in" {
			return false, false
		}
		if !hit {
			return false, true
		}
	}
	return true, true
}

// packetField returns the packet's value for a match's left side: a
// net.IP, an int, or a string. nil means the packet has no such field.
func packetField(left map[string]json.RawMessage, p Packet, v int) (any, bool) {
	var f struct{ Protocol, Field, Key string }
	for kind, raw := range left {
		json.Unmarshal(raw, &f)
		switch kind {
		case "payload":
			switch {
			case (f.Protocol == "ip" || f.Protocol == "ip6") && f.Field == "daddr":
				if (f.Protocol == "ip") != (v == 4) {
					return nil, true
				}
				return p.Dst, true
			case (f.Protocol == "tcp" || f.Protocol == "udp" || f.Protocol == "th") && f.Field == "dport":
				if f.Protocol != "th" && f.Protocol != p.Proto {
					return nil, true
				}
				return p.Port, true
			}
		case "meta":
			switch f.Key {
			case "l4proto":
				return p.Proto, true
			case "nfproto":
				return map[int]string{4: "ipv4", 6: "ipv6"}[v], true
			case "oif", "oifname":
				if p.OutIface == "" {
					return nil, false
				}
				return p.OutIface, true
			}
		case "ct":
			if f.Key == "state" {
				return "new", true
			}
		}
	}
	return nil, false
}

// compare matches a packet value against a right-hand side.
func (n *Nftables) compare(c *nftChain, val, right any) (bool, bool) {
	switch r := right.(type) {
	case string:
		if strings.HasPrefix(r, "@") {
			elems, ok := n.sets[c.Family+" "+c.Table+" "+r[1:]]
			if !ok {
				return false, false
			}
			return n.compare(c, val, map[string]any{"set": elems})
		}
		return scalarEq(val, r)
	case float64:
		return scalarEq(val, strconv.Itoa(int(r)))
	case []any: // a list of flags or values
		for _, e := range r {
			if hit, known := n.compare(c, val, e); !known || hit {
				return hit, known
			}
		}
		return false, true
	case map[string]any:
		if set, ok := r["set"].([]any); ok {
			return n.compare(c, val, set)
		}
		if pre, ok := r["prefix"].(map[string]any); ok {
			ip, isIP := val.(net.IP)
			addr, _ := pre["addr"].(string)
			l, _ := pre["len"].(float64)
			_, cidr, err := net.ParseCIDR(addr + "/" + strconv.Itoa(int(l)))
			return isIP && err == nil && cidr.Contains(ip), isIP && err == nil
		}
		if rng, ok := r["range"].([]any); ok && len(rng) == 2 {
			return inRange(val, rng[0], rng[1])
		}
	}
	return false, false
}

func scalarEq(val any, s string) (bool, bool) {
	switch v := val.(type) {
	case net.IP:
		ip := net.ParseIP(s)
		return ip != nil && ip.Equal(v), ip != nil
	case int:
		n, err := strconv.Atoi(s)
		if err != nil {
			return false, false
		}
		return n == v, true
	case string:
		if strings.HasSuffix(s, "*") {
			return strings.HasPrefix(v, strings.TrimSuffix(s, "*")), true
		}
		return v == s || protoNumbers[s] == v, true
	}
	return false, false
}

// protoNumbers lets "6" match "tcp".
var protoNumbers = map[string]string{"6": "tcp", "17": "udp"}

func inRange(val, lo, hi any) (bool, bool) {
	switch v := val.(type) {
	case int:
		a, ok1 := lo.(float64)
		b, ok2 := hi.(float64)
		return ok1 && ok2 && float64(v) >= a && float64(v) <= b, ok1 && ok2
	case net.IP:
		a, _ := lo.(string)
		b, _ := hi.(string)
		la, lb := net.ParseIP(a), net.ParseIP(b)
		if la == nil || lb == nil {
			return false, false
		}
		return ipBetween(v, la, lb), true
	}
	return false, false
}

// ipBetween reports whether ip lies in [a, b] (IPv4 or IPv6).
func ipBetween(ip, a, b net.IP) bool {
	x := ip.To16()
	return x != nil && bytes.Compare(x, a.To16()) >= 0 && bytes.Compare(x, b.To16()) <= 0
}
