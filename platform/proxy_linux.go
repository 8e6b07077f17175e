package platform

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

// proxyEnv is what ProxySettings reads on Linux; tests replace it.
type proxyEnv struct {
	getenv   func(string) string
	readFile func(string) ([]byte, error)
	// gsettings runs `gsettings get schema key` ("" when unavailable).
	gsettings func(ctx context.Context, schema, key string) string
}

var osProxyEnv = proxyEnv{
	getenv:   os.Getenv,
	readFile: os.ReadFile,
	gsettings: func(ctx context.Context, schema, key string) string {
		path, err := exec.LookPath("gsettings")
		if err != nil {
			return ""
		}
		out, err := exec.CommandContext(ctx, path, "get", schema, key).Output()
		if err != nil {
			return ""
		}
		return string(out)
	},
}

// ProxySettings lists every place that names a proxy, in the order most
// programs consult them: the environment, then the desktop's settings
// (GNOME, KDE). Places that name none are left out.
func ProxySettings(ctx context.Context) []ProxyConfig {
	return osProxyEnv.settings(ctx)
}

func (e proxyEnv) settings(ctx context.Context) []ProxyConfig {
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	var out []ProxyConfig
	add := func(c ProxyConfig) {
		if !c.Empty() {
			out = append(out, c)
		}
	}
	add(EnvProxy(e.getenv))
	if e.getenv("DISPLAY") != "" || e.getenv("WAYLAND_DISPLAY") != "" || e.getenv("DBUS_SESSION_BUS_ADDRESS") != "" {
		add(ParseGSettings(func(schema, key string) string { return e.gsettings(ctx, schema, key) }))
	}
	cfg := e.getenv("XDG_CONFIG_HOME")
	if cfg == "" && e.getenv("HOME") != "" {
		cfg = filepath.Join(e.getenv("HOME"), ".config")
	}
	if cfg != "" {
		if b, err := e.readFile(filepath.Join(cfg, "kioslaverc")); err == nil {
			add(ParseKioslaverc(b))
		}
	}
	return out
}
