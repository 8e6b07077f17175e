package probes

import (
	"context"
	"errors"
	"fmt"
	"net"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/miekg/dns"

	"github.com/conndoctor/conndoctor/internal/failure"
	"github.com/conndoctor/conndoctor/internal/textcap"
	"github.com/conndoctor/conndoctor/platform"
)

// Answer kinds: what one lookup came back with.
const (
	AnswerOK          = "ok"          // addresses returned
	AnswerNXDomain    = "nxdomain"    // the name does not exist
	AnswerNoData      = "nodata"      // the name exists but has no A/AAAA record
	AnswerServFail    = "servfail"    // the server failed to answer
	AnswerRefused     = "refused"     // the server refused the query
	AnswerTimeout     = "timeout"     // no answer in time
	AnswerUnreachable = "unreachable" // the server's port or host is unreachable
	AnswerError       = "error"       // the query could not be sent from this computer: no answer either way
)

// Lookup is the result of one name lookup.
type Lookup struct {
	// Kind classifies the outcome (AnswerOK, AnswerNXDomain...).
	Kind string `json:"kind"`
	// Addrs are the addresses returned.
	Addrs []string `json:"addrs,omitempty"`
	// RTT is how long the lookup took.
	RTT Millis `json:"rtt_ms"`
	// Error is the resolver's error text.
	Error string `json:"error,omitempty"`
}

// Text is the answer for people: the addresses, or the kind of failure.
func (l Lookup) Text() string {
	if l.Kind == AnswerOK {
		return strings.Join(l.Addrs, ", ")
	}
	return l.Kind
}

// ServerAnswer is a direct query to one configured DNS server.
type ServerAnswer struct {
	Lookup
	// Server is the server's address.
	Server string `json:"server"`
	// Rcode is the DNS response code ("NOERROR", "NXDOMAIN"...).
	Rcode string `json:"rcode,omitempty"`
	// CNAMEs is the chain of aliases the answer leads through, the name
	// first, when it has any; CNAMELoop says the chain never ends (it
	// comes back to a name, or is longer than resolvers follow).
	CNAMEs    []string `json:"cnames,omitempty"`
	CNAMELoop bool     `json:"cname_loop,omitempty"`
	// Fresh is the same server asked for a name no cache holds (a random
	// label under the name's zone): its full lookup time.
	Fresh *Lookup `json:"fresh,omitempty"`
}

// DNSResult is the outcome of the DNS check.
type DNSResult struct {
	Check
	// Name is the host name looked up.
	Name string `json:"name"`
	// System is what the operating system resolver returned: what the
	// failing program saw (it includes hosts-file entries).
	System Lookup `json:"system"`
	// Servers are direct queries to each configured server.
	Servers []ServerAnswer `json:"servers"`
	// HostsPath is the hosts file read.
	HostsPath string `json:"hosts_path,omitempty"`
	// Hosts are hosts-file entries for the name.
	Hosts []platform.HostEntry `json:"hosts,omitempty"`
	// HostsOverride says the hosts file sends the name to an address that
	// DNS does not return.
	HostsOverride bool `json:"hosts_override"`
	// CNAMELoop is an endless chain of aliases a server showed for the
	// name (the name first): a mistake in the DNS zone, not a missing name.
	CNAMELoop []string `json:"cname_loop,omitempty"`
	// FreshName is a name no cache holds (a random label under the name's
	// zone), looked up to time each resolver's full work; SystemFresh is
	// the system resolver's lookup of it.
	FreshName   string  `json:"fresh_name,omitempty"`
	SystemFresh *Lookup `json:"system_fresh,omitempty"`
	// DialledAddr is the address the failing program dialled (from its
	// error text), when known; DialledStale says DNS no longer returns it.
	DialledAddr  string `json:"dialled_addr,omitempty"`
	DialledStale bool   `json:"dialled_stale,omitempty"`
	// Invalid says why Name cannot be a DNS name (see InvalidName), when it
	// cannot: no server is asked, and System holds what the system
	// resolver made of it.
	Invalid string `json:"invalid_name,omitempty"`
}

// DNSOptions are the DNS probe's settings and OS inputs.
type DNSOptions struct {
	// Timeout is the usual wait for a lookup (default 2s); lookups get
	// twice as long (the OS retries, and a slow answer is told from none).
	Timeout time.Duration
	// Config returns the configured servers (default platform.DNSConfig).
	Config func() (platform.ResolvConf, error)
	// Hosts returns the hosts file entries and path (default platform.ReadHosts).
	Hosts func() ([]platform.HostEntry, string, error)
	// Resolver is the system resolver (default net.DefaultResolver).
	Resolver *net.Resolver
}

func (o DNSOptions) withDefaults() DNSOptions {
	if o.Timeout <= 0 {
		o.Timeout = 2 * time.Second
	}
	if o.Config == nil {
		o.Config = platform.DNSConfig
	}
	if o.Hosts == nil {
		o.Hosts = platform.ReadHosts
	}
	if o.Resolver == nil {
		o.Resolver = net.DefaultResolver
	}
	return o
}

// Servers returns the configured DNS servers, or nil when they cannot be read.
func (o DNSOptions) Servers() []string {
	rc, err := o.withDefaults().Config()
	if err != nil {
		return nil
	}
	return rc.Servers
}

// SystemLookup resolves name with the OS resolver, as the failing program
// would, under a deadline.
func SystemLookup(ctx context.Context, name string, o DNSOptions) Lookup {
	o = o.withDefaults()
	ctx, cancel := context.WithTimeout(ctx, 2*o.Timeout)
	defer cancel()
	start := time.Now()
	ips, err := o.Resolver.LookupIPAddr(ctx, name)
	l := Lookup{RTT: Millis(time.Since(start))}
	if err != nil {
		l.Kind, l.Error = classifyLookupErr(err), textcap.Cap(err.Error())
		return l
	}
	for _, ip := range ips {
		l.Addrs = append(l.Addrs, ip.IP.String())
	}
	l.Kind = AnswerOK
	return l
}

func classifyLookupErr(err error) string {
	var de *net.DNSError
	switch {
	case errors.As(err, &de) && de.IsNotFound:
		return AnswerNXDomain
	case errors.As(err, &de) && de.IsTimeout, errors.Is(err, context.DeadlineExceeded):
		return AnswerTimeout
	case errors.As(err, &de) && strings.Contains(de.Err, "server misbehaving"):
		return AnswerServFail
	case errors.As(err, &de) && strings.Contains(de.Err, "refused"):
		return AnswerUnreachable
	}
	return AnswerError
}

// ProbeDNS builds the DNS result from the system lookup (done by the
// caller, so other probes can start as soon as it answers) and direct
// queries to every configured server, made here concurrently.
//
// system returns the system lookup; it may block until that lookup ends.
func ProbeDNS(ctx context.Context, name string, system func() Lookup, o DNSOptions) *DNSResult {
	o = o.withDefaults()
	r := &DNSResult{Check: newCheck("dns", "Name lookup (DNS)"), Name: name}
	if entries, path, err := o.Hosts(); err == nil {
		r.HostsPath, r.Hosts = path, platform.LookupHosts(entries, name)
	}
	if why := InvalidName(name); why != "" && len(r.Hosts) == 0 {
		r.Invalid, r.System = why, system()
		r.finish(StatusFail, fmt.Sprintf("\"%s\" is not a valid host name (%s): no DNS server can look it up, so none was asked", name, why))
		return r
	}
	rc, err := o.Config()
	if err != nil {
		r.System = system()
		r.finish(StatusError, "cannot read the DNS configuration: "+err.Error())
		return r
	}
	// A name the hosts file answers, or one without a dot, has no zone
	// to time: no fresh name is asked.
	freshDone := make(chan struct{})
	if len(r.Hosts) == 0 && strings.Contains(strings.TrimSuffix(name, "."), ".") {
		r.FreshName = freshName(name)
		go func() {
			defer close(freshDone)
			r.SystemFresh = systemFresh(ctx, r.FreshName, o)
		}()
	} else {
		close(freshDone)
	}
	r.Servers = queryServers(ctx, name, r.FreshName, rc.Servers, 2*o.Timeout)
	<-freshDone
	for _, s := range r.Servers {
		if s.CNAMELoop && r.CNAMELoop == nil {
			r.CNAMELoop = s.CNAMEs
		}
	}
	r.System = system()
	r.HostsOverride = hostsOverride(r.Hosts, r.Servers)
	r.finish(r.verdict())
	return r
}

// NoteDialled records the address a failing program had dialled and whether
// DNS still returns it.
func (r *DNSResult) NoteDialled(addr string) {
	if addr == "" || r.System.Kind != AnswerOK {
		return
	}
	r.DialledAddr = addr
	r.DialledStale = !contains(r.System.Addrs, addr)
}

func (r *DNSResult) verdict() (Status, string) {
	answering, asked := 0, 0
	var notAsked []ServerAnswer
	for _, s := range r.Servers {
		switch s.Kind {
		case AnswerOK, AnswerNXDomain, AnswerNoData:
			answering++
		case AnswerError:
			notAsked = append(notAsked, s)
			continue
		}
		asked++
	}
	switch {
	case r.HostsOverride:
		return StatusWarn, fmt.Sprintf("the hosts file sends %s to %s, but DNS says %s", r.Name, r.Hosts[0].Addr, strings.Join(dnsAddrs(r.Servers), ", "))
	case r.CNAMELoop != nil && r.System.Kind != AnswerOK:
		return StatusFail, fmt.Sprintf("%s does not resolve: its aliases (CNAME records) never end: %s", r.Name, chainText(r.CNAMELoop))
	case r.System.Kind == AnswerNXDomain:
		return StatusFail, r.Name + " does not exist in DNS (NXDOMAIN)"
	case r.System.Kind == AnswerOK && (r.SlowSystem() > 0 || len(r.SlowServers()) > 0):
		s := fmt.Sprintf("%s resolves to %s, slowly: %s (over %s, when programs start to give up)", r.Name, strings.Join(r.System.Addrs, ", "), r.slowText(), fmtDur(SlowDNS))
		if answering < asked {
			s += fmt.Sprintf("; %d of %d DNS servers do not answer", asked-answering, asked)
		}
		return StatusWarn, s
	case r.System.Kind == AnswerOK && answering < asked:
		return StatusWarn, fmt.Sprintf("%s resolves to %s, but %d of %d DNS servers do not answer", r.Name, strings.Join(r.System.Addrs, ", "), asked-answering, asked)
	case r.System.Kind == AnswerOK && len(notAsked) > 0:
		return StatusPass, fmt.Sprintf("%s resolves to %s in %s; %s could not be asked directly (%s)", r.Name, strings.Join(r.System.Addrs, ", "), fmtDur(r.System.RTT.D()), plural(len(notAsked), "1 DNS server", "%d DNS servers"), notAsked[0].Error)
	case r.System.Kind == AnswerOK:
		return StatusPass, fmt.Sprintf("%s resolves to %s in %s", r.Name, strings.Join(r.System.Addrs, ", "), fmtDur(r.System.RTT.D()))
	case len(r.Servers) == 0:
		return StatusFail, "no DNS server is configured and the name did not resolve"
	case asked == 0:
		// Nothing reached the network: this says nothing about the servers.
		return StatusError, fmt.Sprintf("%s did not resolve, and the %s could not be asked directly from this computer: %s", r.Name, plural(len(notAsked), "DNS server", "%d DNS servers"), notAsked[0].Error)
	case answering == 0:
		return StatusFail, fmt.Sprintf("%s does not resolve: %s", r.Name, tallyNo(r.Servers))
	}
	return StatusFail, r.Name + " did not resolve: " + r.System.Error
}

// queryServers asks each server for A and AAAA at once, and for the
// fresh name beside them.
func queryServers(ctx context.Context, name, fresh string, servers []string, timeout time.Duration) []ServerAnswer {
	out := make([]ServerAnswer, len(servers))
	var wg sync.WaitGroup
	for i, s := range servers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = queryServer(ctx, name, fresh, s, timeout)
		}()
	}
	wg.Wait()
	return out
}

// queryServer asks one server for the name's A and AAAA records and merges
// the two answers; a fresh name ("" for none) is timed beside them.
func queryServer(ctx context.Context, name, fresh, server string, timeout time.Duration) ServerAnswer {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	addr := server
	if _, _, err := net.SplitHostPort(server); err != nil {
		addr = net.JoinHostPort(strings.SplitN(server, "%", 2)[0], "53")
	}
	var freshLookup *Lookup
	freshDone := make(chan struct{})
	go func() {
		defer close(freshDone)
		if fresh != "" {
			freshLookup = queryFresh(ctx, fresh, addr, timeout)
		}
	}()
	defer func() { <-freshDone }()
	type res struct {
		msg *dns.Msg
		rtt time.Duration
		err error
	}
	ch := make(chan res, 2)
	for _, qt := range []uint16{dns.TypeA, dns.TypeAAAA} {
		go func() {
			m := new(dns.Msg)
			m.SetQuestion(dns.Fqdn(name), qt)
			c := &dns.Client{Timeout: timeout}
			msg, rtt, err := exchange(ctx, c, m, addr)
			ch <- res{msg, rtt, err}
		}()
	}
	a := ServerAnswer{Server: server}
	var qErr error
	var answers []dns.RR
	for range 2 {
		r := <-ch
		if r.err != nil {
			qErr = tellingErr(qErr, r.err)
			continue
		}
		a.RTT = max(a.RTT, Millis(r.rtt))
		if a.Rcode == "" || r.msg.Rcode != dns.RcodeSuccess {
			a.Rcode = dns.RcodeToString[r.msg.Rcode]
		}
		answers = append(answers, r.msg.Answer...)
		for _, rr := range r.msg.Answer {
			switch v := rr.(type) {
			case *dns.A:
				a.Addrs = append(a.Addrs, v.A.String())
			case *dns.AAAA:
				a.Addrs = append(a.Addrs, v.AAAA.String())
			}
		}
	}
	sort.Strings(a.Addrs)
	a.CNAMEs, a.CNAMELoop = cnameChain(dns.Fqdn(name), answers)
	if len(a.Addrs) == 0 && !a.CNAMELoop && a.Rcode == "SERVFAIL" {
		if chain, endless := chaseCNAMEs(ctx, name, addr, &dns.Client{Timeout: timeout}); endless {
			a.CNAMEs, a.CNAMELoop = chain, true
		}
	}
	a.Kind = answerKind(a, qErr)
	if a.Kind != AnswerOK && qErr != nil {
		a.Error = textcap.Cap(qErr.Error())
	}
	<-freshDone
	a.Fresh = freshLookup
	return a
}

// tellingErr is the more telling of two queries' errors, so that a
// server's answer does not depend on which of its queries failed last: the
// network's answer (refused, unreachable) over no answer in time, and
// either over a query that could not be sent; the first of two alike.
func tellingErr(a, b error) error {
	if a == nil || b != nil && errRank(b) > errRank(a) {
		return b
	}
	return a
}

func errRank(err error) int {
	switch answerKind(ServerAnswer{}, err) {
	case AnswerUnreachable:
		return 2
	case AnswerTimeout:
		return 1
	}
	return 0
}

func answerKind(a ServerAnswer, err error) string {
	switch {
	case len(a.Addrs) > 0:
		return AnswerOK
	case a.Rcode == "NXDOMAIN":
		return AnswerNXDomain
	case a.Rcode == "SERVFAIL":
		return AnswerServFail
	case a.Rcode == "REFUSED":
		return AnswerRefused
	case a.Rcode == "NOERROR":
		return AnswerNoData
	case err == nil:
		return AnswerError
	}
	// A failure is the network's answer (no answer, refused, unreachable)
	// or a query that could not be sent from here at all.
	switch f := failure.Classify(err); {
	case f.Kind == failure.TimedOut:
		return AnswerTimeout
	case f.Kind == failure.Refused, f.Kind == failure.HostUnreachable, f.Kind == failure.NetUnreachable:
		return AnswerUnreachable
	case f.Kind == failure.Unknown && f.Number == 0 &&
		(strings.Contains(err.Error(), "refused") || strings.Contains(err.Error(), "unreachable")):
		return AnswerUnreachable // last resort, for errors that carry only text
	}
	return AnswerError
}

// hostsOverride reports whether a hosts entry names an address no DNS
// server returned (while at least one server did return addresses).
func hostsOverride(hosts []platform.HostEntry, servers []ServerAnswer) bool {
	dnsSet := dnsAddrs(servers)
	if len(hosts) == 0 || len(dnsSet) == 0 {
		return false
	}
	for _, h := range hosts {
		if !contains(dnsSet, h.Addr) {
			return true
		}
	}
	return false
}

// dnsAddrs is the union of all servers' answers.
func dnsAddrs(servers []ServerAnswer) []string {
	var out []string
	for _, s := range servers {
		for _, a := range s.Addrs {
			if !contains(out, a) {
				out = append(out, a)
			}
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// tallyNo says how the DNS servers that gave no usable answer failed: an
// answer that says no (REFUSED, SERVFAIL) is not silence.
func tallyNo(servers []ServerAnswer) string {
	words := []struct{ kind, one, many string }{
		{AnswerRefused, "1 DNS server refuses to answer (REFUSED)", "%d DNS servers refuse to answer (REFUSED)"},
		{AnswerServFail, "1 DNS server cannot get an answer (SERVFAIL)", "%d DNS servers cannot get an answer (SERVFAIL)"},
		{AnswerTimeout, "1 DNS server gives no answer in time", "%d DNS servers give no answer in time"},
		{AnswerUnreachable, "1 DNS server cannot be reached", "%d DNS servers cannot be reached"},
	}
	var parts []string
	for _, w := range words {
		n := 0
		for _, s := range servers {
			if s.Kind == w.kind {
				n++
			}
		}
		if n > 0 {
			parts = append(parts, plural(n, w.one, w.many))
		}
	}
	if len(parts) == 0 {
		return "no DNS server asked gives a usable answer"
	}
	return strings.Join(parts, ", ")
}
