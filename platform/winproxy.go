package platform

import (
	"encoding/binary"
	"fmt"
)

// DefaultConnectionSettings and WinHttpSettings flags (WinINET's
// PROXY_TYPE_* values): 0x01 direct, 0x02 proxy, 0x04 PAC URL, 0x08
// auto-detect (WPAD).
const (
	winProxy      = 0x02
	winAutoDetect = 0x08
)

// winConnSettings is WinINET's DefaultConnectionSettings blob
// (HKCU\...\Internet Settings\Connections), as real hives hold it: a
// version (0x46 on every captured machine, but not always), a change
// counter, the flags, three length-prefixed strings — proxy, bypass list,
// PAC URL — and, in longer blobs, what WPAD detection found when it last
// ran: a DWORD, the length-prefixed URL it found, a FILETIME and the
// client's address.
//
// The three strings stay in the blob after their flag is cleared, so they
// mean nothing on their own; the registry values next to the blob
// (ProxyEnable, ProxyServer, AutoConfigURL) are read instead.
type winConnSettings struct {
	version, counter, flags uint32
	// detected is the PAC URL WPAD found the last time it ran: a memory of
	// the network then, not a setting.
	detected string
}

// parseWinConnSettings reads the blob; it needs at least the version,
// counter and flags.
func parseWinConnSettings(b []byte) (winConnSettings, error) {
	var s winConnSettings
	if len(b) < 12 {
		return s, fmt.Errorf("platform: DefaultConnectionSettings: %d bytes is too short", len(b))
	}
	s.version, s.counter, s.flags = binary.LittleEndian.Uint32(b), binary.LittleEndian.Uint32(b[4:]), binary.LittleEndian.Uint32(b[8:])
	r := lenReader{rest: b[12:], what: "DefaultConnectionSettings"}
	r.field() // proxy
	r.field() // bypass list
	r.field() // PAC URL
	if r.err != nil {
		return s, r.err
	}
	if len(r.rest) >= 4 {
		r.rest = r.rest[4:] // a DWORD before the detection result (0 or 4)
		if d := r.field(); r.err == nil {
			s.detected = d
		}
	}
	return s, nil
}

// lenReader reads DWORD-length-prefixed ASCII strings; a missing tail reads
// as empty strings, a length past the end is an error.
type lenReader struct {
	rest []byte
	what string
	err  error
}

func (r *lenReader) field() string {
	if r.err != nil || len(r.rest) < 4 {
		return ""
	}
	n := binary.LittleEndian.Uint32(r.rest)
	r.rest = r.rest[4:]
	if uint64(n) > uint64(len(r.rest)) {
		r.err = fmt.Errorf("platform: %s: a length of %d runs past the end", r.what, n)
		return ""
	}
	s := string(r.rest[:n])
	r.rest = r.rest[n:]
	return s
}

// winINETValues are the registry values of WinINET's proxy settings.
type winINETValues struct {
	enable                uint64
	server, override, pac string
	connBlob              []byte
}

// config turns the registry values into a ProxyConfig. The proxy and PAC
// URL come from ProxyEnable, ProxyServer, ProxyOverride and AutoConfigURL;
// the blob gives only the auto-detect flag. Flags 0x09 — direct with
// auto-detect — are the Windows default: no proxy is configured, WPAD is
// tried. A URL WPAD once found is never taken for a configured PAC URL.
func (v winINETValues) config() ProxyConfig {
	c := ProxyConfig{Source: "Windows Internet settings", PACURL: v.pac}
	if s, err := parseWinConnSettings(v.connBlob); err == nil {
		c.AutoDetect = s.flags&winAutoDetect != 0
		if c.AutoDetect {
			c.WPADFound = s.detected
		}
	}
	if v.enable != 0 {
		c.HTTP, c.HTTPS = ParseWinProxyServer(v.server)
		c.NoProxy, _ = ParseWinProxyOverride(v.override)
	}
	return c
}

// ParseWinHTTPSettings reads the WinHttpSettings registry blob that
// `netsh winhttp set proxy` writes (HKLM\...\Internet Settings\Connections):
// a DWORD version (0x18 in Windows' own default value, and in what Wine
// writes — not a size), a DWORD counter, DWORD flags (1 direct, 3 a proxy
// is set), then the proxy and the bypass list, each a DWORD length and
// ASCII text. Services and programs using WinHTTP (Windows Update,
// PowerShell's Invoke-WebRequest in some versions) follow it.
func ParseWinHTTPSettings(blob []byte) (ProxyConfig, error) {
	c := ProxyConfig{Source: "WinHTTP settings"}
	if len(blob) < 12 {
		return c, fmt.Errorf("platform: WinHttpSettings: %d bytes is too short", len(blob))
	}
	flags := binary.LittleEndian.Uint32(blob[8:])
	r := lenReader{rest: blob[12:], what: "WinHttpSettings"}
	server, bypass := r.field(), r.field()
	if r.err != nil {
		return c, r.err
	}
	if flags&winProxy != 0 {
		c.HTTP, c.HTTPS = ParseWinProxyServer(server)
		c.NoProxy, _ = ParseWinProxyOverride(bypass)
	}
	return c, nil
}
