package platform

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"time"

	"github.com/dop251/goja"
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

// ErrPACTimeout means the PAC script ran too long (an endless loop).
var ErrPACTimeout = errors.New("the proxy auto-config (PAC) script did not finish in time")

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
// returns the choices in order. The script gets 3 seconds.
func EvalPAC(ctx context.Context, script, url, host string, env PACEnv) ([]ProxyChoice, error) {
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	vm := goja.New()
	stop := context.AfterFunc(ctx, func() { vm.Interrupt(ErrPACTimeout) })
	defer stop()
	vm.Set("dnsResolve", func(h string) any {
		if env.Resolve == nil {
			return nil
		}
		if ip := env.Resolve(ctx, h); ip != "" {
			return ip
		}
		return nil
	})
	vm.Set("myIpAddress", func() string {
		if env.MyIP == nil {
			return "127.0.0.1"
		}
		return env.MyIP()
	})
	if _, err := vm.RunString(pacHelpers); err != nil {
		return nil, fmt.Errorf("platform: PAC helpers: %w", err)
	}
	if _, err := vm.RunString(script); err != nil {
		return nil, pacError("the PAC file has an error", err)
	}
	find, ok := goja.AssertFunction(vm.Get("FindProxyForURL"))
	if !ok {
		return nil, errors.New("platform: the PAC file defines no FindProxyForURL function")
	}
	v, err := find(goja.Undefined(), vm.ToValue(url), vm.ToValue(host))
	if err != nil {
		return nil, pacError("FindProxyForURL failed", err)
	}
	return ParsePACResult(v.String())
}

func pacError(what string, err error) error {
	var ie *goja.InterruptedError
	if errors.As(err, &ie) {
		return fmt.Errorf("platform: %w", ErrPACTimeout)
	}
	return fmt.Errorf("platform: %s: %v", what, err)
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
