package platform

import (
	"context"
	"errors"
	"testing"
)

func TestProxySettingsLinux(t *testing.T) {
	e := proxyEnv{
		getenv: func(k string) string {
			return map[string]string{"HTTPS_PROXY": "http://p:3128", "HOME": "/home/u", "DISPLAY": ":0"}[k]
		},
		readFile: func(p string) ([]byte, error) {
			if p == "/home/u/.config/kioslaverc" {
				return []byte("[Proxy Settings]\nProxyType=2\nProxy Config Script=http://pac.example/p.pac\n"), nil
			}
			return nil, errors.New("absent")
		},
		gsettings: func(_ context.Context, s, k string) string { return "'none'" },
	}
	got := e.settings(context.Background())
	if len(got) != 2 || got[0].Source != "environment" || got[1].Source != "KDE settings" || got[1].PACURL != "http://pac.example/p.pac" {
		t.Errorf("%+v", got)
	}
}
