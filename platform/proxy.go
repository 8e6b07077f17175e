package platform

import (
	"bufio"
	"bytes"
	"fmt"
	"net"
	"net/url"
	"strconv"
	"strings"

	"golang.org/x/net/http/httpproxy"
)

// ProxyConfig is one place where this computer names a proxy.
type ProxyConfig struct {
	// Source names the place: "environment", "GNOME settings",
	// "KDE settings", "Windows Internet settings".
	Source string `json:"source"`
	// HTTP and HTTPS are the proxies for each scheme as URLs
	// ("http://proxy:3128"); NoProxy the exceptions, comma-separated.
	HTTP    string `json:"http,omitempty"`
	HTTPS   string `json:"https,omitempty"`
	NoProxy string `json:"no_proxy,omitempty"`
	// PACURL is the proxy auto-config file's address.
	PACURL string `json:"pac_url,omitempty"`
	// AutoDetect says WPAD is on: the PAC file is found on the network.
	AutoDetect bool `json:"auto_detect,omitempty"`
	// WPADFound is the PAC URL WPAD found when it last ran, as Windows
	// remembers it: not a setting, and the network may have changed since.
	WPADFound string `json:"wpad_found,omitempty"`
}

// Empty reports whether the config names no proxy at all.
func (c ProxyConfig) Empty() bool {
	return c.HTTP == "" && c.HTTPS == "" && c.PACURL == "" && !c.AutoDetect
}

// StaticFor returns the fixed proxy for u ("" for a direct connection),
// with NO_PROXY applied as Go's net/http does (golang.org/x/net/http/httpproxy).
// When a proxy applies to u but its setting cannot be read as a proxy
// address, the error says why (a ProxySettingError): programs then fail,
// or, like Go's net/http, silently connect directly.
func (c ProxyConfig) StaticFor(u *url.URL) (string, error) {
	setting := c.HTTP
	if u.Scheme == "https" {
		setting = c.HTTPS
	}
	// Whether a proxy applies is asked with a valid stand-in: httpproxy
	// reads an unreadable setting as "direct", like an exception.
	const standIn = "http://proxy.invalid:1"
	exempt := (&httpproxy.Config{HTTPProxy: standIn, HTTPSProxy: standIn, NoProxy: c.NoProxy}).ProxyFunc()
	if p, err := exempt(u); setting == "" || err != nil || p == nil {
		return "", nil
	}
	pu, err := ParseProxy(setting)
	if err != nil {
		return "", &ProxySettingError{Scheme: u.Scheme, Value: setting, Reason: err.Error()}
	}
	return pu.String(), nil
}

// ProxySettingError is a proxy setting that is not a proxy address.
type ProxySettingError struct {
	// Scheme is the scheme the setting is for ("http", "https").
	Scheme string
	// Value is the setting as written (it may hold a password).
	Value string
	// Reason says what is wrong with it.
	Reason string
}

func (e *ProxySettingError) Error() string {
	return "platform: the " + e.Scheme + " proxy setting is not a proxy address: " + e.Reason
}

// proxySchemes are the proxy kinds programs understand.
var proxySchemes = map[string]bool{"http": true, "https": true, "socks5": true, "socks5h": true, "socks4": true, "socks4a": true}

// ParseProxy reads a proxy setting as programs do ("proxy:3128" means
// http://proxy:3128) and refuses what is no proxy address: no host, a host
// that is neither a name nor an IP address, a port that is no number from
// 1 to 65535, an unknown scheme, a path, spaces.
func ParseProxy(s string) (*url.URL, error) {
	if s == "" || strings.ContainsFunc(s, func(r rune) bool { return r <= ' ' || r == 0x7f }) {
		return nil, fmt.Errorf("it is empty or has spaces or control characters")
	}
	raw := s
	if !strings.Contains(s, "://") {
		raw = "http://" + s
	}
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("it cannot be read as an address")
	}
	host, port := u.Hostname(), u.Port()
	switch {
	case !proxySchemes[strings.ToLower(u.Scheme)]:
		return nil, fmt.Errorf("%q is not a kind of proxy (http, https, socks5, socks4)", u.Scheme)
	case host == "":
		return nil, fmt.Errorf("it names no host")
	case net.ParseIP(host) == nil && !hostName(host):
		return nil, fmt.Errorf("%q is neither a host name nor an IP address", host)
	case u.Path != "" && u.Path != "/", u.RawQuery != "", u.Fragment != "":
		return nil, fmt.Errorf("a proxy address has no path")
	}
	if port != "" {
		if n, err := strconv.Atoi(port); err != nil || n < 1 || n > 65535 {
			return nil, fmt.Errorf("%q is not a port number", port)
		}
	} else if strings.HasSuffix(u.Host, ":") {
		return nil, fmt.Errorf("the port is missing after the colon")
	}
	return u, nil
}

// hostName says s is a DNS host name: labels of letters, digits, hyphens
// and underscores, separated by dots.
func hostName(s string) bool {
	if len(s) > 253 {
		return false
	}
	for _, label := range strings.Split(strings.TrimSuffix(s, "."), ".") {
		if label == "" || len(label) > 63 || strings.Trim(label, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_") != "" {
			return false
		}
	}
	return true
}

// proxyEnvNames are the variables programs read, upper and lower case.
var proxyEnvNames = []string{"HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy", "NO_PROXY", "no_proxy"}

// EnvProxy reads the proxy environment variables through getenv.
func EnvProxy(getenv func(string) string) ProxyConfig {
	first := func(names ...string) string {
		for _, n := range names {
			if v := getenv(n); v != "" {
				return v
			}
		}
		return ""
	}
	all := first("ALL_PROXY", "all_proxy")
	c := ProxyConfig{Source: "environment",
		HTTP:    first("HTTP_PROXY", "http_proxy"),
		HTTPS:   first("HTTPS_PROXY", "https_proxy"),
		NoProxy: first("NO_PROXY", "no_proxy")}
	if c.HTTP == "" {
		c.HTTP = all
	}
	if c.HTTPS == "" {
		c.HTTPS = all
	}
	return c
}

// ParseGSettings reads GNOME's org.gnome.system.proxy settings; get returns
// what `gsettings get SCHEMA KEY` prints ("'manual'", "3128",
// "['localhost', '127.0.0.0/8']").
func ParseGSettings(get func(schema, key string) string) ProxyConfig {
	c := ProxyConfig{Source: "GNOME settings"}
	const base = "org.gnome.system.proxy"
	switch unquoteG(get(base, "mode")) {
	case "manual":
		hostPort := func(s string) string {
			host, port := unquoteG(get(base+"."+s, "host")), strings.TrimSpace(get(base+"."+s, "port"))
			if host == "" || port == "" || port == "0" {
				return ""
			}
			return "http://" + host + ":" + port
		}
		c.HTTP, c.HTTPS = hostPort("http"), hostPort("https")
		var ignore []string
		for _, h := range strings.Split(strings.Trim(strings.TrimSpace(get(base, "ignore-hosts")), "[]"), ",") {
			if h = unquoteG(h); h != "" {
				ignore = append(ignore, h)
			}
		}
		c.NoProxy = strings.Join(ignore, ",")
	case "auto":
		c.PACURL = unquoteG(get(base, "autoconfig-url"))
		c.AutoDetect = c.PACURL == ""
	}
	return c
}

func unquoteG(s string) string { return strings.Trim(strings.TrimSpace(s), `'"`) }

// ParseKioslaverc reads KDE's proxy settings from kioslaverc
// ([Proxy Settings]: ProxyType 1 manual, 2 PAC, 3 WPAD, 4 environment).
func ParseKioslaverc(b []byte) ProxyConfig {
	c := ProxyConfig{Source: "KDE settings"}
	kv := map[string]string{}
	in := false
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(line, "[") {
			in = line == "[Proxy Settings]"
			continue
		}
		if k, v, ok := strings.Cut(line, "="); in && ok {
			kv[strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	kdeURL := func(s string) string { // "http://proxy 3128" → "http://proxy:3128"
		if host, port, ok := strings.Cut(s, " "); ok {
			return host + ":" + strings.TrimSpace(port)
		}
		return s
	}
	switch kv["ProxyType"] {
	case "1":
		c.HTTP, c.HTTPS, c.NoProxy = kdeURL(kv["httpProxy"]), kdeURL(kv["httpsProxy"]), kv["NoProxyFor"]
	case "2":
		c.PACURL = kv["Proxy Config Script"]
	case "3":
		c.AutoDetect = true
	}
	return c
}

// ParseWinProxyServer reads WinINET's ProxyServer value: "host:port" for
// every scheme, or "http=a:80;https=b:443;socks=c:1080".
func ParseWinProxyServer(s string) (httpProxy, httpsProxy string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", ""
	}
	if !strings.Contains(s, "=") {
		u := withScheme(s)
		return u, u
	}
	for _, part := range strings.Split(s, ";") {
		k, v, _ := strings.Cut(part, "=")
		switch strings.ToLower(strings.TrimSpace(k)) {
		case "http":
			httpProxy = withScheme(v)
		case "https":
			httpsProxy = withScheme(v)
		}
	}
	return httpProxy, httpsProxy
}

func withScheme(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.Contains(s, "://") {
		return s
	}
	return "http://" + s
}

// ParseWinProxyOverride turns WinINET's ProxyOverride ("*.corp;10.*;<local>")
// into NO_PROXY form; "<local>" (plain host names) has no NO_PROXY
// equivalent and is reported separately.
func ParseWinProxyOverride(s string) (noProxy string, local bool) {
	var out []string
	for _, p := range strings.Split(s, ";") {
		p = strings.TrimSpace(p)
		switch {
		case p == "":
		case strings.EqualFold(p, "<local>"):
			local = true
		case strings.HasPrefix(p, "*."):
			out = append(out, p[1:])
		case ipWildcard(p) != "":
			out = append(out, ipWildcard(p))
		default:
			out = append(out, strings.TrimSuffix(p, "*"))
		}
	}
	return strings.Join(out, ","), local
}

// ipWildcard turns "10.*" or "192.168.1.*" into a CIDR ("10.0.0.0/8"), or
// returns "" when p is not such a wildcard.
func ipWildcard(p string) string {
	if !strings.HasSuffix(p, ".*") {
		return ""
	}
	octets := strings.Split(strings.TrimSuffix(p, ".*"), ".")
	if len(octets) > 3 {
		return ""
	}
	for _, o := range octets {
		if n, err := strconv.Atoi(o); err != nil || n < 0 || n > 255 {
			return ""
		}
	}
	bits := len(octets) * 8
	for len(octets) < 4 {
		octets = append(octets, "0")
	}
	return strings.Join(octets, ".") + "/" + strconv.Itoa(bits)
}
