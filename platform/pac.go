package platform

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"time"
)

// PACEnv is what a PAC file may ask of the computer: name lookups and its
// own address. Tests pass fixed answers.
type PACEnv struct {
	// Resolve returns the first IPv4 address of a name ("" if none).
	Resolve func(ctx context.Context, host string) string
	// MyIP is this computer's address.
	MyIP func() string
}

// ProxyChoice is one entry of a PAC answer: "DIRECT" or a proxy.
type ProxyChoice struct {
	// Kind is DIRECT, PROXY, HTTPS, SOCKS, SOCKS4 or SOCKS5.
	Kind string `json:"kind"`
	// Addr is host:port of the proxy ("" for DIRECT).
	Addr string `json:"addr,omitempty"`
}

// String is the choice as a PAC file writes it.
func (c ProxyChoice) String() string {
	if c.Addr == "" {
		return c.Kind
	}
	return c.Kind + " " + c.Addr
}

// Limits on a PAC file and its answer.
const (
	// pacScriptTime is how long a PAC script may run.
	pacScriptTime = 3 * time.Second
	// MaxPACScript is the largest PAC file read or run (1 MiB); a larger
	// one is refused, not cut.
	MaxPACScript = 1 << 20
	// MaxPACAnswer is the longest answer FindProxyForURL may give (4 KiB);
	// a longer one is an error, not cut.
	MaxPACAnswer = 4 << 10
)

// ErrPACTimeout means the PAC script ran too long (an endless loop).
var ErrPACTimeout = errors.New("the proxy auto-config (PAC) script did not finish in time")

// ErrPACMemory means the PAC script used more memory than allowed.
var ErrPACMemory = fmt.Errorf("the proxy auto-config (PAC) script used more than %d MB of memory", pacMemLimit>>20)

// pacHelpers are the standard PAC functions written in JavaScript; the ones
// that need the computer (dnsResolve, myIpAddress) are Go functions.
const pacHelpers = `
function isPlainHostName(h) { return h.indexOf('.') < 0; }
function dnsDomainIs(h, d) { h = h.toLowerCase(); d = d.toLowerCase(); return h.length >= d.length && h.substring(h.length - d.length) === d; }
function localHostOrDomainIs(h, hd) { return h === hd || (h.indexOf('.') < 0 && hd.indexOf(h + '.') === 0); }
function dnsDomainLevels(h) { return h.split('.').length - 1; }
function isResolvable(h) { return dnsResolve(h) !== null; }
function convert_addr(ip) { var p = ip.split('.'); return ((p[0] << 24) | (p[1] << 16) | (p[2] << 8) | (p[3] << 0)) >>> 0; }
function isInNet(h, pat, mask) {
  var ip = /^\d+\.\d+\.\d+\.\d+$/.test(h) ? h : dnsResolve(h);
  if (ip === null) return false;
  var m = convert_addr(mask);
  return (convert_addr(ip) & m) >>> 0 === (convert_addr(pat) & m) >>> 0;
}
function shExpMatch(s, p) {
  var re = '^' + p.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$';
  return new RegExp(re).test(s);
}
var __days = ['SUN','MON','TUE','WED','THU','FRI','SAT'];
function weekdayRange(a, b, gmt) {
  var d = (b === 'GMT' || gmt === 'GMT') ? new Date().getUTCDay() : new Date().getDay();
  var x = __days.indexOf(a), y = (b && b !== 'GMT') ? __days.indexOf(b) : x;
  return x <= y ? (d >= x && d <= y) : (d >= x || d <= y);
}
function timeRange() {
  var a = Array.prototype.slice.call(arguments), gmt = a[a.length - 1] === 'GMT';
  if (gmt) a.pop();
  var n = new Date(), h = gmt ? n.getUTCHours() : n.getHours();
  if (a.length === 1) return h === a[0];
  return a[0] <= a[1] ? (h >= a[0] && h < a[1]) : (h >= a[0] || h < a[1]);
}
function dateRange() { return true; }
function alert() {}
`

// EvalPAC runs a PAC script's FindProxyForURL for a URL and host and
// returns the choices in order. The script gets pacScriptTime and
// pacMemLimit of memory, in a process of its own (see pacproc.go): a
// JavaScript engine cannot stop a script that makes one huge string or
// array, but a process can be ended. Scripts over MaxPACScript and answers
// over MaxPACAnswer are refused.
func EvalPAC(ctx context.Context, script, url, host string, env PACEnv) ([]ProxyChoice, error) {
	if len(script) > MaxPACScript {
		return nil, fmt.Errorf("platform: the PAC file is %d bytes; at most %d are read", len(script), MaxPACScript)
	}
	myIP := "127.0.0.1"
	if env.MyIP != nil {
		myIP = env.MyIP()
	}
	answer, err := runPACProcess(ctx, pacRequest{Script: script, URL: url, Host: host, MyIP: myIP, TimeoutMs: pacScriptTime.Milliseconds()}, env)
	if err != nil {
		return nil, err
	}
	return ParsePACResult(answer)
}

// ParsePACResult reads "PROXY a:3128; SOCKS b:1080; DIRECT".
func ParsePACResult(s string) ([]ProxyChoice, error) {
	var out []ProxyChoice
	for _, part := range strings.Split(s, ";") {
		f := strings.Fields(part)
		if len(f) == 0 {
			continue
		}
		kind := strings.ToUpper(f[0])
		switch {
		case kind == "DIRECT" && len(f) == 1:
			out = append(out, ProxyChoice{Kind: kind})
		case (kind == "PROXY" || kind == "HTTPS" || strings.HasPrefix(kind, "SOCKS")) && len(f) == 2:
			if _, _, err := net.SplitHostPort(f[1]); err != nil {
				return nil, fmt.Errorf("platform: PAC answer %q: %q is not host:port", s, f[1])
			}
			out = append(out, ProxyChoice{Kind: kind, Addr: f[1]})
		default:
			return nil, fmt.Errorf("platform: PAC answer %q is not understood", s)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("platform: the PAC file answered nothing (%q)", s)
	}
	return out, nil
}
