package probes

import (
	"bufio"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/conndoctor/conndoctor/internal/textcap"
	"github.com/conndoctor/conndoctor/platform"
	"github.com/conndoctor/conndoctor/target"
)

// ProxyOptions pass OS inputs to the proxy check.
type ProxyOptions struct {
	// Settings lists the configured proxies (default platform.ProxySettings).
	Settings func(context.Context) []platform.ProxyConfig
	// FetchPAC gets a PAC file (default: HTTP GET without a proxy, or a
	// file:// read).
	FetchPAC func(ctx context.Context, pacURL string) (string, error)
	// PAC is what PAC scripts may ask of the computer.
	PAC platform.PACEnv
	// Timeout bounds the connection to the proxy and the tunnel (default 3s).
	Timeout time.Duration
	// Via is the host behind the target when the target is itself a proxy
	// the pasted error named as the failing hop (target.Target.Via): a
	// program's own proxy setting, which the computer's settings need not
	// name. The check's summary then says so.
	Via string
}

// ProxyDecision is what one configured source says about the target.
type ProxyDecision struct {
	// Source names the settings ("environment", "KDE settings"...).
	Source string `json:"source"`
	// Choice is "DIRECT" or the proxy URL (credentials hidden).
	Choice string `json:"choice"`
	// Detail says how: "HTTPS_PROXY", "PAC http://…/proxy.pac answered
	// PROXY a:3128; DIRECT", or why the source could not decide.
	Detail string `json:"detail,omitempty"`
	// Invalid says the source's proxy setting for the target is no proxy
	// address (Detail says why): programs that follow it fail.
	Invalid bool `json:"invalid,omitempty"`
}

// ProxyResult is the proxy this computer's settings name for the target and
// whether it works.
type ProxyResult struct {
	Check
	// Sources are the configured proxy settings (credentials hidden).
	Sources []platform.ProxyConfig `json:"sources,omitempty"`
	// Decisions say what each source decides for the target.
	Decisions []ProxyDecision `json:"decisions,omitempty"`
	// Proxy is the proxy in use for the target (credentials hidden), ""
	// for a direct connection; From names the source that chose it.
	Proxy string `json:"proxy,omitempty"`
	From  string `json:"from,omitempty"`
	// Reachable says a TCP connection to the proxy succeeded, in Connect.
	Reachable bool   `json:"reachable"`
	Connect   Millis `json:"connect_ms,omitempty"`
	// Error is why the proxy could not be reached.
	Error string `json:"error,omitempty"`
	// Tunnel is the proxy's answer to CONNECT ("200 Connection
	// established"); TunnelOK says it reached the target, in TunnelTime.
	Tunnel     string `json:"tunnel,omitempty"`
	TunnelOK   bool   `json:"tunnel_ok"`
	TunnelTime Millis `json:"tunnel_ms,omitempty"`
	// AuthRequired says the proxy wants credentials (407).
	AuthRequired bool `json:"auth_required,omitempty"`
	// SentCredentials says the proxy setting held a user name and password,
	// sent with CONNECT: a 407 then means they were refused.
	SentCredentials bool `json:"sent_credentials,omitempty"`
	// AuthSchemes are the sign-in methods the proxy offers with its 407
	// (Basic, NTLM, Negotiate…), from its Proxy-Authenticate headers.
	AuthSchemes []string `json:"auth_schemes,omitempty"`
	// Denied says the proxy answered CONNECT with a refusal (403 and the
	// like): it will not carry this connection.
	Denied bool `json:"denied,omitempty"`
	// Invalid is the proxy setting that applies to the target when it is
	// no proxy address (credentials hidden); Error says why.
	Invalid string `json:"invalid,omitempty"`
	// chosen is the proxy URL with its credentials, for the TLS/HTTP
	// check; never stored.
	chosen string
}

// ProxyFunc returns the proxy this check chose for the target, for an
// http.Transport: the system's choice (environment, desktop settings, PAC),
// nil for direct.
func (r *ProxyResult) ProxyFunc() func(*http.Request) (*url.URL, error) {
	var u *url.URL
	if r != nil && r.chosen != "" {
		u, _ = url.Parse(r.chosen)
	}
	return func(*http.Request) (*url.URL, error) { return u, nil }
}

// ProbeProxy finds the proxy the computer's settings name for the target
// (environment first, then the desktop's settings with PAC and WPAD) and
// tests it: a TCP connection, then CONNECT host:port through it.
func ProbeProxy(ctx context.Context, host string, port int, scheme, rawURL string, o ProxyOptions) *ProxyResult {
	r := &ProxyResult{Check: newCheck("proxy", "Proxy settings")}
	if o.Settings == nil {
		o.Settings = platform.ProxySettings
	}
	if o.FetchPAC == nil {
		o.FetchPAC = fetchPAC
	}
	if o.Timeout == 0 {
		o.Timeout = 3 * time.Second
	}
	u := targetURL(host, port, scheme, rawURL)
	var chosen string
	deciding := -1 // the decision that counts: the first source that decides
	for _, c := range o.Settings(ctx) {
		d, proxyURL := decide(ctx, c, u, o)
		d.Choice, d.Detail = textcap.Cap(d.Choice), textcap.Cap(d.Detail)
		if deciding < 0 && (d.Choice != "" || d.Invalid) {
			deciding, r.From, chosen = len(r.Decisions), c.Source, proxyURL
			if d.Invalid {
				r.Invalid = textcap.Cap(target.RedactURL(invalidSetting(c, u)))
			}
		}
		c.HTTP, c.HTTPS, c.PACURL = target.RedactURL(c.HTTP), target.RedactURL(c.HTTPS), target.RedactURL(c.PACURL)
		c.HTTP, c.HTTPS, c.PACURL, c.NoProxy = textcap.Cap(c.HTTP), textcap.Cap(c.HTTPS), textcap.Cap(c.PACURL), textcap.Cap(c.NoProxy)
		r.Sources = append(r.Sources, c)
		r.Decisions = append(r.Decisions, d)
	}
	switch {
	case len(r.Sources) == 0:
		r.finish(StatusSkip, "no proxy is configured: connections go direct"+ownProxy(o.Via))
		return r
	case r.Invalid != "":
		r.Error = r.Decisions[deciding].Detail
		r.finish(StatusFail, fmt.Sprintf("the proxy setting in %s is not valid: %s", r.From, r.Error))
		return r
	case chosen == "":
		why := "the settings send this target direct"
		if deciding >= 0 {
			why = r.From + " sends this target direct (" + r.Decisions[deciding].Detail + ")"
		}
		r.finish(StatusSkip, why+ownProxy(o.Via))
		return r
	}
	r.Proxy, r.chosen = textcap.Cap(target.RedactURL(chosen)), chosen
	r.test(ctx, chosen, net.JoinHostPort(host, strconv.Itoa(port)), o.Timeout)
	return r
}

// ownProxy is what a skipped check adds when the target is a proxy the
// pasted error named, on the way to via: the computer's settings did not
// choose it, the program's own did, and it is tested as the target.
func ownProxy(via string) string {
	if via == "" {
		return ""
	}
	return "; the proxy the pasted error names (on the way to " + textcap.Cap(via) + ") is the program's own setting, tested as the target"
}

// targetURL is the URL a program would fetch for the target.
func targetURL(host string, port int, scheme, rawURL string) *url.URL {
	if u, err := url.Parse(rawURL); err == nil && rawURL != "" && u.Host != "" {
		return u
	}
	if scheme != "http" && scheme != "https" {
		scheme = "https"
		if port == 80 || port == 8080 || port == 8081 {
			scheme = "http"
		}
	}
	return &url.URL{Scheme: scheme, Host: net.JoinHostPort(host, strconv.Itoa(port)), Path: "/"}
}

// decide asks one settings source what it does with u; proxyURL is the
// proxy chosen ("" for direct or undecided).
func decide(ctx context.Context, c platform.ProxyConfig, u *url.URL, o ProxyOptions) (d ProxyDecision, proxyURL string) {
	d.Source = c.Source
	p, err := c.StaticFor(u)
	var pe *platform.ProxySettingError
	switch {
	case errors.As(err, &pe):
		d.Invalid = true
		d.Detail = fmt.Sprintf("the %s proxy %q is no proxy address: %s", pe.Scheme, target.RedactURL(pe.Value), pe.Reason)
		return d, ""
	case p != "":
		d.Choice, d.Detail = target.RedactURL(p), "fixed proxy for "+u.Scheme
		return d, p
	}
	if c.HTTP != "" || c.HTTPS != "" {
		d.Choice, d.Detail = "DIRECT", "the exceptions ("+c.NoProxy+") cover it"
		return d, ""
	}
	pacURL, via := c.PACURL, "PAC "+target.RedactURL(c.PACURL)
	if pacURL == "" && c.AutoDetect {
		pacURL, via = "http://wpad/wpad.dat", "WPAD (http://wpad/wpad.dat)"
	}
	if pacURL == "" {
		return d, ""
	}
	script, err := o.FetchPAC(ctx, pacURL)
	if err != nil {
		d.Detail = via + " could not be fetched: " + err.Error()
		return d, ""
	}
	choices, err := platform.EvalPAC(ctx, script, u.String(), u.Hostname(), o.PAC)
	if err != nil {
		d.Detail = via + ": " + err.Error()
		return d, ""
	}
	var parts []string
	for _, ch := range choices {
		parts = append(parts, ch.String())
	}
	d.Detail = via + " answered " + strings.Join(parts, "; ")
	switch first := choices[0]; first.Kind {
	case "DIRECT":
		d.Choice = "DIRECT"
		return d, ""
	case "PROXY":
		d.Choice = "http://" + first.Addr
	case "HTTPS":
		d.Choice = "https://" + first.Addr
	default:
		d.Choice = strings.ToLower(first.Kind) + "://" + first.Addr
	}
	return d, d.Choice
}

// invalidSetting is the proxy setting of c that applies to u.
func invalidSetting(c platform.ProxyConfig, u *url.URL) string {
	if u.Scheme == "https" {
		return c.HTTPS
	}
	return c.HTTP
}

// fetchPAC gets a PAC file directly (never through a proxy), within 3
// seconds and platform.MaxPACScript bytes: a larger file is an error, not
// cut. A file:// address must name a regular file (not /dev/zero or a pipe).
func fetchPAC(ctx context.Context, pacURL string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	if strings.HasPrefix(pacURL, "file://") {
		return readPACFile(pacPath(pacURL))
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, pacURL, nil)
	if err != nil {
		return "", err
	}
	// One request, one connection, closed after: a kept-alive connection
	// (and its two goroutines) would outlive every run.
	tr := &http.Transport{Proxy: nil, MaxResponseHeaderBytes: 64 << 10, DisableKeepAlives: true}
	defer tr.CloseIdleConnections()
	resp, err := (&http.Client{Transport: tr}).Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("HTTP %s", resp.Status)
	}
	return readPAC(resp.Body)
}

// pacPath is the file a file:// PAC address names ("file:///C:/x.pac" is
// C:/x.pac on Windows).
func pacPath(pacURL string) string {
	p := strings.TrimPrefix(pacURL, "file://")
	if u, err := url.Parse(pacURL); err == nil && u.Path != "" {
		p = u.Path
	}
	if runtime.GOOS == "windows" && len(p) > 2 && p[0] == '/' && p[2] == ':' {
		p = p[1:]
	}
	return p
}

// readPACFile reads a PAC file, which must be a regular file.
func readPACFile(path string) (string, error) {
	fi, err := os.Stat(path)
	switch {
	case err != nil:
		return "", err
	case !fi.Mode().IsRegular():
		return "", fmt.Errorf("%s is not a regular file", path)
	case fi.Size() > platform.MaxPACScript:
		return "", fmt.Errorf("the PAC file is %d bytes; at most %d are read", fi.Size(), platform.MaxPACScript)
	}
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	return readPAC(f)
}

// readPAC reads at most platform.MaxPACScript bytes, and fails if there
// are more.
func readPAC(r io.Reader) (string, error) {
	b, err := io.ReadAll(io.LimitReader(r, platform.MaxPACScript+1))
	if err != nil {
		return "", err
	}
	if len(b) > platform.MaxPACScript {
		return "", fmt.Errorf("the PAC file is larger than %d bytes", platform.MaxPACScript)
	}
	return string(b), nil
}

// test connects to the proxy and asks it for a tunnel to hostPort.
func (r *ProxyResult) test(ctx context.Context, proxyURL, hostPort string, timeout time.Duration) {
	pu, err := url.Parse(proxyURL)
	if err != nil || pu.Host == "" {
		r.finish(StatusError, "the proxy address "+r.Proxy+" cannot be read")
		return
	}
	addr := pu.Host
	if pu.Port() == "" {
		port := "80"
		if pu.Scheme == "https" {
			port = "443"
		}
		addr = net.JoinHostPort(pu.Hostname(), port)
	}
	ctx, cancel := context.WithTimeout(ctx, 2*timeout)
	defer cancel()
	start := time.Now()
	conn, err := (&net.Dialer{Timeout: timeout}).DialContext(ctx, "tcp", addr)
	if err != nil {
		r.Error = textcap.Cap(dialText(err))
		r.finish(StatusFail, fmt.Sprintf("the proxy %s (from %s) does not answer: %s", r.Proxy, r.From, r.Error))
		return
	}
	defer conn.Close()
	r.Reachable, r.Connect = true, Millis(time.Since(start))
	if pu.Scheme != "http" {
		r.finish(StatusPass, fmt.Sprintf("the proxy %s (from %s) answers in %s; %s proxies are not tested further", r.Proxy, r.From, r.Connect.Text(), pu.Scheme))
		return
	}
	r.tunnel(ctx, conn, pu, hostPort)
}

// maxConnectAnswer bounds what is read of the proxy's answer to CONNECT
// (status line and headers).
const maxConnectAnswer = 64 << 10

// tunnel sends CONNECT and reads the status line.
func (r *ProxyResult) tunnel(ctx context.Context, conn net.Conn, pu *url.URL, hostPort string) {
	deadline, _ := ctx.Deadline()
	conn.SetDeadline(deadline)
	start := time.Now()
	req := "CONNECT " + hostPort + " HTTP/1.1\r\nHost: " + hostPort + "\r\nUser-Agent: conndoctor\r\n"
	if pu.User != nil {
		r.SentCredentials = true
		pass, _ := pu.User.Password()
		req += "Proxy-Authorization: Basic " + base64.StdEncoding.EncodeToString([]byte(pu.User.Username()+":"+pass)) + "\r\n"
	}
	if _, err := io.WriteString(conn, req+"\r\n"); err != nil {
		r.finish(StatusFail, "the proxy "+r.Proxy+" closed the connection: "+err.Error())
		return
	}
	resp, err := http.ReadResponse(bufio.NewReader(io.LimitReader(conn, maxConnectAnswer)), &http.Request{Method: http.MethodConnect})
	r.TunnelTime = Millis(time.Since(start))
	if err != nil {
		var ne net.Error
		if errors.As(err, &ne) && ne.Timeout() {
			r.Tunnel = "no answer"
			r.finish(StatusFail, fmt.Sprintf("the proxy %s accepted the connection but gave no answer to CONNECT %s within %s", r.Proxy, hostPort, r.TunnelTime.Text()))
			return
		}
		r.Tunnel = textcap.Cap(err.Error())
		r.finish(StatusFail, fmt.Sprintf("the proxy %s gave no valid answer to CONNECT %s: %s", r.Proxy, hostPort, r.Tunnel))
		return
	}
	resp.Body.Close()
	r.Tunnel = textcap.Cap(resp.Status)
	switch {
	case resp.StatusCode == http.StatusOK:
		r.TunnelOK = true
		r.finish(StatusPass, fmt.Sprintf("the proxy %s (from %s) reaches %s: CONNECT answered %q in %s", r.Proxy, r.From, hostPort, r.Tunnel, r.TunnelTime.Text()))
	case resp.StatusCode == http.StatusProxyAuthRequired:
		r.AuthRequired = true
		r.AuthSchemes = authSchemes(resp.Header.Values("Proxy-Authenticate"))
		what := "wants a user name and password"
		if r.SentCredentials {
			what = "refused the user name and password in the proxy setting"
		}
		r.finish(StatusWarn, fmt.Sprintf("the proxy %s %s (407, %s); the check could not go further", r.Proxy, what, schemesText(r.AuthSchemes)))
	default:
		r.Denied = true
		r.finish(StatusFail, fmt.Sprintf("the proxy %s refused the tunnel to %s: %s (after %s)", r.Proxy, hostPort, r.Tunnel, r.TunnelTime.Text()))
	}
}

// authSchemes are the first words of Proxy-Authenticate headers, once
// each, capped: "Basic realm=…", "NTLM", "Negotiate" → Basic, NTLM,
// Negotiate.
func authSchemes(headers []string) []string {
	var out []string
	for _, h := range headers {
		f := strings.Fields(h)
		if len(f) > 0 && !slices.Contains(out, f[0]) && len(out) < 8 {
			out = append(out, textcap.CapN(f[0], 40))
		}
	}
	return out
}

// schemesText says the offered sign-in methods.
func schemesText(s []string) string {
	if len(s) == 0 {
		return "no sign-in method named"
	}
	return "sign-in by " + strings.Join(s, ", ")
}

// dialText says why a dial failed, in words (elsewhere than Linux and
// BSD, the system's own message).
func dialText(err error) string {
	var ne net.Error
	var dnsErr *net.DNSError
	switch {
	case errors.As(err, &ne) && ne.Timeout():
		return "no answer (timed out)"
	case errors.Is(err, syscall.ECONNREFUSED):
		return "connection refused (nothing listens on that port)"
	case errors.As(err, &dnsErr):
		return "its name does not resolve"
	}
	return err.Error()
}
