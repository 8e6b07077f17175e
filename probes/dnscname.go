package probes

import (
	"context"
	"strings"

	"github.com/miekg/dns"
)

// maxCNAMEChain is how many CNAME records are followed before a chain
// counts as endless; resolvers give up at about this length.
const maxCNAMEChain = 8

// cnameChain follows name through the CNAME records among rrs. It returns
// the names in order, name first, when there is at least one CNAME, and
// endless when the chain comes back to a name or is longer than
// maxCNAMEChain.
func cnameChain(name string, rrs []dns.RR) (chain []string, endless bool) {
	next := map[string]string{}
	for _, rr := range rrs {
		if c, ok := rr.(*dns.CNAME); ok {
			next[strings.ToLower(c.Hdr.Name)] = strings.ToLower(c.Target)
		}
	}
	return follow(strings.ToLower(name), func(n string) (string, bool) {
		t, ok := next[n]
		return t, ok
	})
}

// follow walks a chain of names through step, stopping at a name without
// a successor, a name seen before (endless) or past maxCNAMEChain links
// (endless).
func follow(name string, step func(string) (string, bool)) (chain []string, endless bool) {
	seen := map[string]bool{name: true}
	chain = []string{name}
	for {
		t, ok := step(name)
		if !ok {
			break
		}
		chain = append(chain, t)
		if seen[t] || len(chain) > maxCNAMEChain {
			return chain, true
		}
		seen[t] = true
		name = t
	}
	if len(chain) == 1 {
		return nil, false
	}
	return chain, false
}

// chaseCNAMEs asks server for the CNAME record of each name in turn, for a
// server that gave up on the name (SERVFAIL): a recursive resolver answers
// CNAME questions without following them, so a loop it could not resolve
// shows. Every query is under ctx.
func chaseCNAMEs(ctx context.Context, name, addr string, c *dns.Client) (chain []string, endless bool) {
	return follow(strings.ToLower(dns.Fqdn(name)), func(n string) (string, bool) {
		m := new(dns.Msg)
		m.SetQuestion(n, dns.TypeCNAME)
		r, _, err := c.ExchangeContext(ctx, m, addr)
		if err != nil || r.Rcode != dns.RcodeSuccess {
			return "", false
		}
		for _, rr := range r.Answer {
			if cn, ok := rr.(*dns.CNAME); ok && strings.EqualFold(cn.Hdr.Name, n) {
				return strings.ToLower(cn.Target), true
			}
		}
		return "", false
	})
}

// chainText writes a CNAME chain for people: "a.test → b.test → a.test".
func chainText(chain []string) string {
	out := make([]string, len(chain))
	for i, n := range chain {
		out[i] = strings.TrimSuffix(n, ".")
	}
	return strings.Join(out, " → ")
}
