package probes

import (
	"context"
	"net"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/conndoctor/conndoctor/platform"
)

// invalidNames are names programs were really seen dialling (rows of the
// target package's corpus) and near misses that are valid.
var invalidNames = []struct{ name, why string }{
	{"sqs..amazonaws.com", "an empty label between two dots"},
	{".s3.us-east-1.amazonaws.com", "an empty label before its first dot"},
	{".harvestapp.com", "an empty label before its first dot"},
	{"(db)", "the character '(', which no host name holds"},
	{"my host.corp", "the character ' ', which no host name holds"},
	{"api.corp/v1", "the character '/', which no host name holds"},
	{"", "no label at all"},
	{".", "no label at all"},
	{strings.Repeat("a", 64) + ".com", "a label of 64 bytes; DNS labels end at 63"},
	{strings.Repeat("abcdefghi.", 26) + "com", "a length of 263 bytes; DNS names end at 253"},
	{"172.19.0.4172.18.0.4", "a last label of digits only, which no top-level domain is"},
	{"10.0.0.256", "a last label of digits only, which no top-level domain is"},
	// A proxy set to a bare port, which curl dialled as a name (git's
	// "Failed to connect to 8123 port 1080"): Go asks for no such name.
	{"8123", "digits only, which no host name is"},
	{"8123.", "digits only, which no host name is"},
	// Valid: these are asked for.
	{"app.lab.test", ""},
	{"app.lab.test.", ""},
	{"https", ""},
	{"_sip._tcp.example.net", ""},
	{"xn--bcher-kva.example", ""},
	{"bücher.example", ""},
	{strings.Repeat("a", 63) + ".com", ""},
	{"localhost", ""},
	{"10.0.0.5", ""},
	{"1a.123", ""},
	{"10.0.0.5x", ""},
}

func TestInvalidName(t *testing.T) {
	for _, c := range invalidNames {
		if got := InvalidName(c.name); got != c.why {
			t.Errorf("InvalidName(%q) = %q, want %q", c.name, got, c.why)
		}
	}
}

func FuzzInvalidName(f *testing.F) {
	for _, c := range invalidNames {
		f.Add(c.name)
	}
	f.Fuzz(func(t *testing.T, name string) {
		why := InvalidName(name)
		if !utf8.ValidString(why) {
			t.Fatalf("reason %q is not UTF-8", why)
		}
		// Whatever Go's own resolver asks servers for is never called
		// invalid: a valid name of ASCII letters, digits and hyphens,
		// not digits and dots alone, dotted or not (Go asks for no such
		// name).
		if why != "" && asciiHostName(name) {
			t.Fatalf("%q is a valid host name, called invalid: %s", name, why)
		}
	})
}

// asciiHostName is a plain valid name, built the other way round: labels
// of 1 to 63 letters, digits or hyphens, 253 bytes at most.
func asciiHostName(s string) bool {
	s = strings.TrimSuffix(s, ".")
	if s == "" || len(s) > 253 {
		return false
	}
	for _, l := range strings.Split(s, ".") {
		if l == "" || len(l) > 63 || strings.Trim(l, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") != "" {
			return false
		}
	}
	return strings.Trim(s, "0123456789.") != ""
}

// TestDNSInvalidNameAsksNoServer: an invalid name fails the check with its
// reason and no server is asked (the configured one does not exist: asking
// it would show in Servers), unless the hosts file names it.
func TestDNSInvalidNameAsksNoServer(t *testing.T) {
	conf := func() (platform.ResolvConf, error) { return platform.ResolvConf{Servers: []string{"127.0.0.1:1"}}, nil }
	system := func() Lookup { return Lookup{Kind: AnswerNXDomain, Error: "lookup sqs..amazonaws.com: no such host"} }
	o := DNSOptions{Config: conf, Hosts: func() ([]platform.HostEntry, string, error) { return nil, "/etc/hosts", nil }}
	r := ProbeDNS(context.Background(), "sqs..amazonaws.com", system, o)
	if r.Status != StatusFail || r.Invalid != "an empty label between two dots" || len(r.Servers) != 0 ||
		!strings.Contains(r.Summary, `"sqs..amazonaws.com" is not a valid host name (an empty label between two dots)`) ||
		r.System.Kind != AnswerNXDomain {
		t.Errorf("%s %q invalid=%q servers=%v system=%v", r.Status, r.Summary, r.Invalid, r.Servers, r.System)
	}
	o.Hosts = func() ([]platform.HostEntry, string, error) {
		return []platform.HostEntry{{Addr: "127.0.0.1", Names: []string{"(db)"}, Line: 3}}, "/etc/hosts", nil
	}
	o.Resolver = &net.Resolver{PreferGo: true}
	if r := ProbeDNS(context.Background(), "(db)", func() Lookup { return Lookup{Kind: AnswerOK, Addrs: []string{"127.0.0.1"}} }, o); r.Invalid != "" {
		t.Errorf("a name the hosts file holds is looked up as usual: %q", r.Invalid)
	}
}
