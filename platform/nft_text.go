package platform

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// RuleText renders a rule roughly as `nft list ruleset` prints it, for
// evidence ("ip daddr 10.99.3.10 tcp dport 443 counter drop").
func (n *Nftables) RuleText(c *nftChain, r nftRule) string {
	var parts []string
	for _, e := range r.Expr {
		for kind, raw := range e {
			parts = append(parts, exprText(kind, raw))
		}
	}
	s := strings.Join(parts, " ")
	if r.Comment != "" {
		s += fmt.Sprintf(" comment %q", r.Comment)
	}
	return s
}

func exprText(kind string, raw json.RawMessage) string {
	var v any
	json.Unmarshal(raw, &v)
	switch kind {
	case "match":
		m, _ := v.(map[string]any)
		left := leftText(m["left"])
		op, _ := m["op"].(string)
		right := valueText(m["right"])
		if op == "==" || op == "in" {
			return left + " " + right
		}
		return left + " " + op + " " + right
	case "accept", "drop", "return", "continue":
		return kind
	case "reject":
		if m, ok := v.(map[string]any); ok {
			if t, ok := m["type"].(string); ok {
				return "reject with " + t
			}
		}
		return "reject"
	case "jump", "goto":
		m, _ := v.(map[string]any)
		return fmt.Sprintf("%s %v", kind, m["target"])
	case "counter", "log", "limit", "meter", "notrack":
		return kind
	}
	return kind + " …"
}

func leftText(l any) string {
	m, _ := l.(map[string]any)
	for kind, raw := range m {
		f, _ := raw.(map[string]any)
		switch kind {
		case "payload":
			return fmt.Sprintf("%v %v", f["protocol"], f["field"])
		case "meta":
			key := fmt.Sprint(f["key"])
			if key == "oif" || key == "oifname" || key == "iif" || key == "iifname" {
				return key
			}
			return "meta " + key
		case "ct":
			return fmt.Sprintf("ct %v", f["key"])
		}
		return kind
	}
	return "?"
}

func valueText(v any) string {
	switch r := v.(type) {
	case string:
		if strings.HasPrefix(r, "@") {
			return r
		}
		return strconv.Quote(r)[1 : len(strconv.Quote(r))-1]
	case float64:
		return strconv.Itoa(int(r))
	case []any:
		var parts []string
		for _, e := range r {
			parts = append(parts, valueText(e))
		}
		return strings.Join(parts, ",")
	case map[string]any:
		if set, ok := r["set"].([]any); ok {
			var parts []string
			for _, e := range set {
				parts = append(parts, valueText(e))
			}
			return "{ " + strings.Join(parts, ", ") + " }"
		}
		if pre, ok := r["prefix"].(map[string]any); ok {
			return fmt.Sprintf("%v/%v", pre["addr"], pre["len"])
		}
		if rng, ok := r["range"].([]any); ok && len(rng) == 2 {
			return valueText(rng[0]) + "-" + valueText(rng[1])
		}
	}
	return fmt.Sprint(v)
}
