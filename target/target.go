// Package target works out what a user was trying to reach from what they
// typed or pasted: a host name, an address, host:port, a URL, or an error line
// copied out of some program's log.
//
//	t, err := target.Parse(`dial tcp 10.0.0.5:443: connect: connection timed out`)
//	// t.Host == "10.0.0.5", t.Port == 443, t.Failure == target.FailureTimeout
//
// Parse never touches the network. Everything it learns from pasted text (which
// program wrote it, what the failure was) is kept as evidence for the diagnosis.
package target

import (
	"net"
	"strconv"
	"strings"
)

// Target is what will be tested: one host and one TCP port, plus what the
// input said about it.
type Target struct {
	// Input is the text exactly as the user typed or pasted it.
	Input string `json:"input"`
	// Host is a DNS name or an IP literal (without brackets).
	Host string `json:"host"`
	// Port is the TCP port to test, 1..65535.
	Port int `json:"port"`
	// PortFrom says where Port came from: "explicit", "scheme" (the URL's
	// scheme default) or "assumed" (nothing said; HTTPS assumed).
	PortFrom string `json:"port_from"`
	// Scheme is the URL scheme when the input held a URL ("https", "ssh"...).
	Scheme string `json:"scheme,omitempty"`
	// URL is the full URL when the input held one.
	URL string `json:"url,omitempty"`
	// Addr is an IP address the failing program had already resolved and was
	// dialling, when the text shows both a name and an address.
	Addr string `json:"addr,omitempty"`
	// Kind says what the input was: "host", "host:port", "url" or "error text".
	Kind string `json:"kind"`
	// Program names the software whose error text was recognised ("Go",
	// "curl", "Java"...), empty for plain targets.
	Program string `json:"program,omitempty"`
	// Failure is what the pasted text says went wrong.
	Failure Failure `json:"failure,omitempty"`
	// Evidence is the fragment of pasted text the target and failure were read
	// from.
	Evidence string `json:"evidence,omitempty"`
	// Line is the 1-based line of the pasted text that Evidence comes from,
	// 0 for plain targets.
	Line int `json:"line,omitempty"`
}

// IsIP reports whether Host is an IP literal rather than a name.
func (t Target) IsIP() bool { return net.ParseIP(t.Host) != nil }

// HostPort returns Host and Port joined for dialling ("[::1]:443").
func (t Target) HostPort() string { return net.JoinHostPort(t.Host, strconv.Itoa(t.Port)) }

// Describe returns a short plain-language line saying what will be tested,
// for example "app.example.com, port 443, HTTPS — from the Go error you pasted".
func (t Target) Describe() string {
	s := t.Host + ", port " + strconv.Itoa(t.Port)
	if name := serviceName(t.Scheme, t.Port); name != "" {
		s += ", " + name
	}
	switch {
	case t.Kind == KindError && t.Program != "":
		s += " — from the " + t.Program + " error you pasted"
	case t.Kind == KindError:
		s += " — from the error text you pasted"
	case t.PortFrom == PortAssumed:
		s += " (no port given: HTTPS assumed)"
	}
	return s
}

// Preview is Describe plus where in a multi-line paste the target was read:
// "app.example.com, port 443, HTTPS — from the PHP cURL error you pasted,
// line 3". It is what the wizard shows while the user types.
func (t Target) Preview() string {
	s := t.Describe()
	if t.Kind == KindError && t.Line > 0 && strings.Contains(strings.TrimSpace(t.Input), "\n") {
		s += ", line " + strconv.Itoa(t.Line)
	}
	return s
}

// Input kinds, as stored in Target.Kind.
const (
	KindHost     = "host"
	KindHostPort = "host:port"
	KindURL      = "url"
	KindError    = "error text"
)

// Where Target.Port came from.
const (
	PortExplicit = "explicit"
	PortScheme   = "scheme"
	PortAssumed  = "assumed"
)

// DefaultPort is the port tested when the input names none (HTTPS).
const DefaultPort = 443
