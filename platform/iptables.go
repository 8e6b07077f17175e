package platform

import (
	"bufio"
	"bytes"
	"fmt"
	"net"
	"strconv"
	"strings"
)

// IPTables is the filter table of `iptables-save` (or iptables-legacy-save)
// output, reduced to what decides outbound traffic.
type IPTables struct {
	policy map[string]string    // built-in chain → policy
	rules  map[string][]iptRule // chain → rules in order
}

type iptRule struct {
	text string   // the rule as saved, without "-A CHAIN"
	args []string // the rule's words
}

// ParseIPTablesSave reads iptables-save output; only the filter table is
// kept.
func ParseIPTablesSave(b []byte) (*IPTables, error) {
	t := &IPTables{policy: map[string]string{}, rules: map[string][]iptRule{}}
	table := ""
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#") || line == "COMMIT":
		case strings.HasPrefix(line, "*"):
			table = line[1:]
		case table != "filter":
		case strings.HasPrefix(line, ":"):
			f := strings.Fields(line[1:])
			if len(f) < 2 {
				return nil, fmt.Errorf("platform: iptables-save: bad chain line %q", line)
			}
			t.policy[f[0]] = f[1]
		case strings.HasPrefix(line, "-A "):
			args, err := splitQuoted(line[3:])
			if err != nil || len(args) == 0 {
				return nil, fmt.Errorf("platform: iptables-save: bad rule %q", line)
			}
			t.rules[args[0]] = append(t.rules[args[0]], iptRule{text: strings.TrimSpace(strings.TrimPrefix(line[3:], args[0])), args: args[1:]})
		default:
			return nil, fmt.Errorf("platform: iptables-save: line %q not understood", line)
		}
	}
	if len(t.policy) == 0 {
		return nil, fmt.Errorf("platform: iptables-save: no filter table")
	}
	return t, nil
}

// splitQuoted splits on spaces, keeping "quoted strings" whole.
func splitQuoted(s string) ([]string, error) {
	var out []string
	var cur strings.Builder
	inQ, has := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' && inQ && i+1 < len(s):
			i++
			cur.WriteByte(s[i])
		case c == '"':
			inQ, has = !inQ, true
		case c == ' ' && !inQ:
			if has || cur.Len() > 0 {
				out = append(out, cur.String())
				cur.Reset()
				has = false
			}
		default:
			cur.WriteByte(c)
		}
	}
	if inQ {
		return nil, fmt.Errorf("unterminated quote")
	}
	if has || cur.Len() > 0 {
		out = append(out, cur.String())
	}
	return out, nil
}

// OutputPolicy is the OUTPUT chain's policy ("ACCEPT", "DROP").
func (t *IPTables) OutputPolicy() string { return t.policy["OUTPUT"] }

// Evaluate runs p through the filter table's OUTPUT chain.
func (t *IPTables) Evaluate(p Packet) Evaluation {
	var ev Evaluation
	v, decided := t.run("OUTPUT", p, &ev, 0)
	if !decided {
		v = RuleVerdict{Action: strings.ToLower(t.policy["OUTPUT"]), ByPolicy: true, Where: "iptables filter OUTPUT"}
	}
	ev.Verdict = v
	return ev
}

func (t *IPTables) run(chain string, p Packet, ev *Evaluation, depth int) (RuleVerdict, bool) {
	if depth > 16 {
		return RuleVerdict{}, false
	}
	for i, r := range t.rules[chain] {
		target, ok, known := r.match(p)
		where := "iptables filter " + chain
		if !known {
			ev.Uncertain = append(ev.Uncertain, fmt.Sprintf("%s rule %d: %s", where, i+1, r.text))
			continue
		}
		if !ok {
			continue
		}
		switch target {
		case "ACCEPT", "DROP", "REJECT":
			return RuleVerdict{Action: strings.ToLower(target), Where: where, Handle: i + 1, Rule: "-A " + chain + " " + r.text, Comment: r.comment()}, true
		case "RETURN":
			return RuleVerdict{}, false
		case "", "LOG", "MARK", "CONNMARK":
			continue
		default:
			if _, isChain := t.rules[target]; isChain || t.policy[target] == "-" {
				if v, decided := t.run(target, p, ev, depth+1); decided {
					return v, true
				}
			}
		}
	}
	return RuleVerdict{}, false
}

func (r iptRule) comment() string {
	for i := 0; i+1 < len(r.args); i++ {
		if r.args[i] == "--comment" {
			return r.args[i+1]
		}
	}
	return ""
}

// match evaluates a rule's matches for p and returns its -j target; known
// is false when the rule uses a match this evaluator does not read.
func (r iptRule) match(p Packet) (target string, ok, known bool) {
	ok = true
	a := r.args
	for i := 0; i < len(a); i++ {
		neg := false
		if a[i] == "!" {
			neg = true
			i++
			if i >= len(a) {
				return "", false, false
			}
		}
		opt := a[i]
		val := ""
		if i+1 < len(a) {
			val = a[i+1]
		}
		var hit, sure bool
		switch opt {
		case "-j", "-g":
			target = val
			i++
			for i+1 < len(a) && strings.HasPrefix(a[i+1], "--") { // target options
				i += 2
			}
			continue
		case "-m":
			i++
			continue
		case "--comment":
			i++
			continue
		case "-d":
			hit, sure = iptAddr(val, p.Dst)
		case "-p":
			hit, sure = strings.EqualFold(val, p.Proto) || val == "all", true
		case "-o":
			if p.OutIface == "" {
				return "", false, false
			}
			hit, sure = val == p.OutIface || strings.HasSuffix(val, "+") && strings.HasPrefix(p.OutIface, strings.TrimSuffix(val, "+")), true
		case "--dport", "--destination-port":
			hit, sure = iptPorts(val, p.Port)
		case "--dports", "--destination-ports":
			hit, sure = iptPorts(val, p.Port)
		case "--ctstate", "--state":
			hit, sure = strings.Contains(","+val+",", ",NEW,"), true
		default:
			return "", false, false
		}
		i++
		if !sure {
			return "", false, false
		}
		if hit == neg {
			ok = false
		}
	}
	return target, ok, true
}

func iptAddr(spec string, ip net.IP) (bool, bool) {
	for _, part := range strings.Split(spec, ",") {
		if !strings.Contains(part, "/") {
			part += "/32"
		}
		_, n, err := net.ParseCIDR(part)
		if err != nil {
			return false, false
		}
		if n.Contains(ip) {
			return true, true
		}
	}
	return false, true
}

// iptPorts reads "443", "22,8000:8100".
func iptPorts(spec string, port int) (bool, bool) {
	for _, part := range strings.Split(spec, ",") {
		lo, hi, isRange := strings.Cut(part, ":")
		a, err := strconv.Atoi(lo)
		if err != nil {
			return false, false
		}
		b := a
		if isRange {
			if b, err = strconv.Atoi(hi); err != nil {
				return false, false
			}
		}
		if port >= a && port <= b {
			return true, true
		}
	}
	return false, true
}
