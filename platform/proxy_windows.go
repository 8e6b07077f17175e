package platform

import (
	"context"
	"os"

	"golang.org/x/sys/windows/registry"
)

const inetSettings = `Software\Microsoft\Windows\CurrentVersion\Internet Settings`

// ProxySettings lists the proxy environment variables, the user's Windows
// Internet settings (WinINET: ProxyEnable, ProxyServer, ProxyOverride,
// AutoConfigURL and the auto-detect flag), which browsers, .NET and most
// Windows programs use, and the machine's WinHTTP proxy.
func ProxySettings(ctx context.Context) []ProxyConfig {
	var out []ProxyConfig
	if c := EnvProxy(os.Getenv); !c.Empty() {
		out = append(out, c)
	}
	if c, err := readWinINET(); err == nil && !c.Empty() {
		out = append(out, c)
	}
	if k, err := registry.OpenKey(registry.LOCAL_MACHINE, inetSettings+`\Connections`, registry.QUERY_VALUE); err == nil {
		if blob, _, err := k.GetBinaryValue("WinHttpSettings"); err == nil {
			if c, err := ParseWinHTTPSettings(blob); err == nil && !c.Empty() {
				out = append(out, c)
			}
		}
		k.Close()
	}
	return out
}

// readWinINET reads the per-user WinINET proxy settings.
func readWinINET() (ProxyConfig, error) {
	k, err := registry.OpenKey(registry.CURRENT_USER, inetSettings, registry.QUERY_VALUE)
	if err != nil {
		return ProxyConfig{}, err
	}
	defer k.Close()
	v := winINETValues{}
	v.enable, _, _ = k.GetIntegerValue("ProxyEnable")
	v.server, _, _ = k.GetStringValue("ProxyServer")
	v.override, _, _ = k.GetStringValue("ProxyOverride")
	v.pac, _, _ = k.GetStringValue("AutoConfigURL")
	if c, err := registry.OpenKey(registry.CURRENT_USER, inetSettings+`\Connections`, registry.QUERY_VALUE); err == nil {
		v.connBlob, _, _ = c.GetBinaryValue("DefaultConnectionSettings")
		c.Close()
	}
	return v.config(), nil
}
