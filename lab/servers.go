//go:build linux

package lab

import (
	"errors"
	"net"
	"strings"
	"sync"
	"time"

	"github.com/miekg/dns"
)

// Servers are the programs the lab runs inside its namespaces, served from
// the test process itself.
type Servers struct {
	mu      sync.Mutex
	closers []func() error
}

// Close stops every server.
func (s *Servers) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	var errs []error
	for _, c := range s.closers {
		errs = append(errs, c())
	}
	s.closers = nil
	return errors.Join(errs...)
}

func (s *Servers) add(c func() error) {
	s.mu.Lock()
	s.closers = append(s.closers, c)
	s.mu.Unlock()
}

// serve accepts TCP connections on addr inside role's namespace and hands
// each to handle in its own goroutine; s closes the listener.
func (l *Lab) serve(s *Servers, role, addr string, handle func(net.Conn)) error {
	var ln net.Listener
	err := l.Do(role, func() (err error) {
		ln, err = net.Listen("tcp", addr)
		return err
	})
	if err != nil {
		return err
	}
	s.add(ln.Close)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go handle(c)
		}
	}()
	return nil
}

// DNS serves the zone (name → addresses: A records for IPv4, AAAA for
// IPv6) on addr:53, UDP and TCP, inside role's namespace. Names not in
// the zone get NXDOMAIN.
func (l *Lab) DNS(s *Servers, role, addr string, zone map[string][]string) error {
	return l.DNSSlow(s, role, addr, zone, 0)
}

// DNSSlow is DNS answering every query only after delay: a resolver that
// works, slowly.
func (l *Lab) DNSSlow(s *Servers, role, addr string, zone map[string][]string, delay time.Duration) error {
	h := dns.HandlerFunc(func(w dns.ResponseWriter, q *dns.Msg) {
		time.Sleep(delay)
		m := new(dns.Msg)
		m.SetReply(q)
		m.Authoritative = true
		name := strings.TrimSuffix(strings.ToLower(q.Question[0].Name), ".")
		addrs, ok := zone[name]
		if !ok {
			m.Rcode = dns.RcodeNameError
		}
		hdr := dns.RR_Header{Name: q.Question[0].Name, Rrtype: q.Question[0].Qtype, Class: dns.ClassINET, Ttl: 60}
		for _, a := range addrs {
			ip := net.ParseIP(a)
			switch {
			case q.Question[0].Qtype == dns.TypeA && ip.To4() != nil:
				m.Answer = append(m.Answer, &dns.A{Hdr: hdr, A: ip})
			case q.Question[0].Qtype == dns.TypeAAAA && ip.To4() == nil:
				m.Answer = append(m.Answer, &dns.AAAA{Hdr: hdr, AAAA: ip})
			}
		}
		w.WriteMsg(m)
	})
	return l.serveDNS(s, role, addr, h)
}

// DNSRcode serves DNS on addr:53 (UDP and TCP) inside role's namespace,
// answering every query at once with rcode (REFUSED, SERVFAIL...): a
// resolver that answers, but says no.
func (l *Lab) DNSRcode(s *Servers, role, addr string, rcode int) error {
	h := dns.HandlerFunc(func(w dns.ResponseWriter, q *dns.Msg) {
		m := new(dns.Msg)
		m.SetRcode(q, rcode)
		w.WriteMsg(m)
	})
	return l.serveDNS(s, role, addr, h)
}

// serveDNS serves h on addr:53, UDP and TCP, inside role's namespace.
func (l *Lab) serveDNS(s *Servers, role, addr string, h dns.Handler) error {
	var pc net.PacketConn
	var ln net.Listener
	err := l.Do(role, func() (err error) {
		if pc, err = net.ListenPacket("udp", net.JoinHostPort(addr, "53")); err != nil {
			return err
		}
		ln, err = net.Listen("tcp", net.JoinHostPort(addr, "53"))
		return err
	})
	if err != nil {
		if pc != nil {
			pc.Close()
		}
		return err
	}
	udp := &dns.Server{PacketConn: pc, Handler: h}
	tcp := &dns.Server{Listener: ln, Handler: h}
	go udp.ActivateAndServe()
	go tcp.ActivateAndServe()
	s.add(func() error { return errors.Join(udp.Shutdown(), tcp.Shutdown()) })
	return nil
}
