package probes

import (
	"context"
	"crypto/rand"
	"fmt"
	"strings"
	"time"

	"github.com/miekg/dns"

	"github.com/conndoctor/conndoctor/internal/textcap"
)

// SlowDNS is the lookup time from which DNS counts as slow: programs and
// libraries commonly give a whole connection a few seconds, and a lookup
// over a second eats most of it (and resolvers' own retry after 1 s on
// many systems).
const SlowDNS = time.Second

// freshName returns a name no cache can hold: a random label under the
// name's zone ("cd-k3j9x0q2ab7z.lab.test" for app.lab.test), as ChromeOS's
// DNS latency test does, so the time measured is a resolver's full work.
// The zone is taken to be the name without its first label when the name
// has three labels or more, else the name itself.
func freshName(name string) string {
	name = strings.TrimSuffix(name, ".")
	zone := name
	if labels := strings.Split(name, "."); len(labels) >= 3 {
		zone = strings.Join(labels[1:], ".")
	}
	const letters = "abcdefghijklmnopqrstuvwxyz0123456789"
	b := make([]byte, 12)
	rand.Read(b)
	for i := range b {
		b[i] = letters[int(b[i])%len(letters)]
	}
	return "cd-" + string(b) + "." + zone
}

// answered says a lookup got an answer of any kind from DNS (addresses, no
// such name, no data, a refusal or failure): the resolver is alive.
func answered(kind string) bool {
	switch kind {
	case AnswerOK, AnswerNXDomain, AnswerNoData, AnswerServFail, AnswerRefused:
		return true
	}
	return false
}

// systemFresh times the system resolver on a fresh name (its answer is
// normally "no such name"), under the system lookup's deadline.
func systemFresh(ctx context.Context, fresh string, o DNSOptions) *Lookup {
	l := SystemLookup(ctx, fresh, o)
	return &l
}

// queryFresh times one server on a fresh name (type A) under timeout.
func queryFresh(ctx context.Context, fresh, addr string, timeout time.Duration) *Lookup {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	m := new(dns.Msg)
	m.SetQuestion(dns.Fqdn(fresh), dns.TypeA)
	c := &dns.Client{Timeout: timeout}
	start := time.Now()
	msg, _, err := c.ExchangeContext(ctx, m, addr)
	l := &Lookup{RTT: Millis(time.Since(start))}
	if err != nil {
		l.Kind, l.Error = answerKind(ServerAnswer{}, err), textcap.Cap(err.Error())
		return l
	}
	a := ServerAnswer{Rcode: dns.RcodeToString[msg.Rcode]}
	for _, rr := range msg.Answer {
		if v, ok := rr.(*dns.A); ok {
			a.Addrs = append(a.Addrs, v.A.String())
		}
	}
	l.Kind, l.Addrs = answerKind(a, nil), a.Addrs
	return l
}

// slowLookup says a lookup answered, but after SlowDNS.
func slowLookup(l *Lookup) bool {
	return l != nil && answered(l.Kind) && l.RTT.D() > SlowDNS
}

// SlowSystem returns how long the system resolver took when it answered
// after SlowDNS, for the name or the fresh name (the longer), else 0.
func (r *DNSResult) SlowSystem() time.Duration {
	var d time.Duration
	for _, l := range []*Lookup{&r.System, r.SystemFresh} {
		if slowLookup(l) {
			d = max(d, l.RTT.D())
		}
	}
	return d
}

// SlowServers lists the servers that answered, but after SlowDNS, for
// the name or for the fresh name.
func (r *DNSResult) SlowServers() []ServerAnswer {
	var out []ServerAnswer
	for _, s := range r.Servers {
		if slowLookup(&s.Lookup) || slowLookup(s.Fresh) {
			out = append(out, s)
		}
	}
	return out
}

// Slowest is a server's longest answer time, for the name or the fresh
// name.
func (s ServerAnswer) Slowest() time.Duration {
	d := time.Duration(0)
	for _, l := range []*Lookup{&s.Lookup, s.Fresh} {
		if l != nil && answered(l.Kind) {
			d = max(d, l.RTT.D())
		}
	}
	return d
}

// slowText says which lookups were slow: "a fresh lookup took 2503 ms;
// 10.99.3.200 answers in 2502 ms".
func (r *DNSResult) slowText() string {
	var parts []string
	if d := r.SlowSystem(); d > 0 {
		parts = append(parts, fmt.Sprintf("the system's lookup took %s", fmtDur(d)))
	}
	for _, s := range r.SlowServers() {
		parts = append(parts, fmt.Sprintf("%s answers in %s", s.Server, fmtDur(s.Slowest())))
	}
	return strings.Join(parts, "; ")
}
