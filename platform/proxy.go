package platform

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"fmt"
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
}

// Empty reports whether the config names no proxy at all.
func (c ProxyConfig) Empty() bool {
	return c.HTTP == "" && c.HTTPS == "" && c.PACURL == "" && !c.AutoDetect
}

// StaticFor returns the fixed proxy for u ("" for a direct connection),
// with NO_PROXY applied as Go's net/http does (golang.org/x/net/http/httpproxy).
func (c ProxyConfig) StaticFor(u *url.URL) string {
	f := (&httpproxy.Config{HTTPProxy: c.HTTP, HTTPSProxy: c.HTTPS, NoProxy: c.NoProxy}).ProxyFunc()
	p, err := f(u)
	if err != nil || p == nil {
		return ""
	}
	return p.String()
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

// winAutoDetect reads the AutoDetect flag from WinINET's
// DefaultConnectionSettings blob (flags in byte 8; 0x08 is auto-detect).
func winAutoDetect(blob []byte) bool { return len(blob) > 8 && blob[8]&0x08 != 0 }

// winINETValues are the registry values of WinINET's proxy settings.
type winINETValues struct {
	enable                uint64
	server, override, pac string
	connBlob              []byte
}

// config turns the registry values into a ProxyConfig.
func (v winINETValues) config() ProxyConfig {
	c := ProxyConfig{Source: "Windows Internet settings", PACURL: v.pac, AutoDetect: winAutoDetect(v.connBlob)}
	if v.enable != 0 {
		c.HTTP, c.HTTPS = ParseWinProxyServer(v.server)
		c.NoProxy, _ = ParseWinProxyOverride(v.override)
	}
	return c
}

// ParseWinHTTPSettings reads the WinHttpSettings registry blob that
// `netsh winhttp set proxy` writes (HKLM\...\Internet Settings\Connections):
// a DWORD structure size, a DWORD counter, DWORD flags (3: a proxy is set),
// then the proxy and the bypass list, each a DWORD length and ASCII text.
// Services and programs using WinHTTP (Windows Update, PowerShell's
// Invoke-WebRequest in some versions) follow it.
func ParseWinHTTPSettings(blob []byte) (ProxyConfig, error) {
	c := ProxyConfig{Source: "WinHTTP settings"}
	if len(blob) < 12 {
		return c, fmt.Errorf("platform: WinHttpSettings: %d bytes is too short", len(blob))
	}
	flags := binary.LittleEndian.Uint32(blob[8:])
	rest := blob[12:]
	field := func() (string, error) {
		if len(rest) < 4 {
			return "", nil
		}
		n := binary.LittleEndian.Uint32(rest)
		rest = rest[4:]
		if uint64(n) > uint64(len(rest)) {
			return "", fmt.Errorf("platform: WinHttpSettings: a length of %d runs past the end", n)
		}
		s := string(rest[:n])
		rest = rest[n:]
		return s, nil
	}
	server, err := field()
	if err != nil {
		return c, err
	}
	bypass, err := field()
	if err != nil {
		return c, err
	}
	if flags&0x02 != 0 {
		c.HTTP, c.HTTPS = ParseWinProxyServer(server)
		c.NoProxy, _ = ParseWinProxyOverride(bypass)
	}
	return c, nil
}
