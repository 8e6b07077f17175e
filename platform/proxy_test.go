package platform

import (
	"errors"
	"net/url"
	"os"
	"strings"
	"testing"
)

func TestEnvProxyAndNoProxy(t *testing.T) {
	env := map[string]string{"https_proxy": "http://alice:secret@proxy.example:3128", "ALL_PROXY": "http://fallback.example:8080", "no_proxy": ".corp.example,10.0.0.0/8,localhost"}
	c := EnvProxy(func(k string) string { return env[k] })
	if c.HTTPS != "http://alice:secret@proxy.example:3128" || c.HTTP != "http://fallback.example:8080" {
		t.Fatalf("%+v", c)
	}
	cases := map[string]string{
		"https://app.example.com/":  "http://alice:secret@proxy.example:3128",
		"http://app.example.com/":   "http://fallback.example:8080",
		"https://wiki.corp.example": "",
		"https://10.1.2.3/":         "",
		"http://localhost:8080/":    "",
	}
	for in, want := range cases {
		u, _ := url.Parse(in)
		if got, err := c.StaticFor(u); got != want || err != nil {
			t.Errorf("%s: %q %v, want %q", in, got, err, want)
		}
	}
}

// proxySettings are proxy settings as people write them; valid says a
// program can use them. The rows are FuzzParseProxy's seeds.
var proxySettings = []struct {
	in    string
	valid bool
}{
	{"proxy:3128", true},
	{"http://proxy.corp.example:3128", true},
	{"http://alice:s3cret@proxy.example:3128/", true},
	{"socks5h://10.1.2.3:1080", true},
	{"https://[2001:db8::1]:443", true},
	{"[::1]:3128", true},
	{"proxy_1.example", true},
	{"::::", false},
	{"::1", false},
	{"http://", false},
	{"http://:3128", false},
	{"http://proxy:99999", false},
	{"http://proxy:0", false},
	{"http://proxy:abc", false},
	{"proxy:", false},
	{"ftp://proxy:21", false},
	{" proxy:3128", false},
	{"http://pro xy:3128", false},
	{"http://proxy:3128/path", false},
	{"http://pro\x1b]0;x\x07xy:3128", false},
	{"proxy\u202e:3128", false},
}

func TestParseProxy(t *testing.T) {
	for _, c := range proxySettings {
		u, err := ParseProxy(c.in)
		if (err == nil) != c.valid {
			t.Errorf("%q: %v %v, valid should be %v", c.in, u, err, c.valid)
		}
	}
}

func FuzzParseProxy(f *testing.F) {
	for _, c := range proxySettings {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if u, err := ParseProxy(s); err == nil && (u.Hostname() == "" || !proxySchemes[strings.ToLower(u.Scheme)]) {
			t.Errorf("%q accepted as %v", s, u)
		}
	})
}

// TestStaticForInvalid: a proxy setting that is no address is reported,
// not taken for an exception (http_proxy=:::: was "the exceptions cover
// it"); an exception still wins over it.
func TestStaticForInvalid(t *testing.T) {
	c := EnvProxy(func(k string) string {
		return map[string]string{"http_proxy": "::::", "https_proxy": "::::", "no_proxy": ".corp.example"}[k]
	})
	u, _ := url.Parse("http://app.example.com/")
	var pe *ProxySettingError
	if p, err := c.StaticFor(u); p != "" || !errors.As(err, &pe) || pe.Value != "::::" || pe.Scheme != "http" {
		t.Errorf("invalid setting: %q %v", p, err)
	}
	u, _ = url.Parse("https://wiki.corp.example/")
	if p, err := c.StaticFor(u); p != "" || err != nil {
		t.Errorf("exception: %q %v", p, err)
	}
}

func TestParseGSettings(t *testing.T) {
	manual := map[string]string{
		"org.gnome.system.proxy mode":         "'manual'\n",
		"org.gnome.system.proxy.http host":    "'proxy.example'\n",
		"org.gnome.system.proxy.http port":    "3128\n",
		"org.gnome.system.proxy.https host":   "'proxy.example'\n",
		"org.gnome.system.proxy.https port":   "3129\n",
		"org.gnome.system.proxy ignore-hosts": "['localhost', '127.0.0.0/8', '::1', '.corp.example']\n",
	}
	c := ParseGSettings(func(s, k string) string { return manual[s+" "+k] })
	if c.HTTP != "http://proxy.example:3128" || c.HTTPS != "http://proxy.example:3129" || c.NoProxy != "localhost,127.0.0.0/8,::1,.corp.example" {
		t.Errorf("manual: %+v", c)
	}
	auto := map[string]string{"org.gnome.system.proxy mode": "'auto'", "org.gnome.system.proxy autoconfig-url": "'http://wpad.corp.example/proxy.pac'"}
	if c := ParseGSettings(func(s, k string) string { return auto[s+" "+k] }); c.PACURL != "http://wpad.corp.example/proxy.pac" || c.AutoDetect {
		t.Errorf("auto: %+v", c)
	}
	wpad := map[string]string{"org.gnome.system.proxy mode": "'auto'", "org.gnome.system.proxy autoconfig-url": "''"}
	if c := ParseGSettings(func(s, k string) string { return wpad[s+" "+k] }); !c.AutoDetect {
		t.Errorf("wpad: %+v", c)
	}
	if c := ParseGSettings(func(s, k string) string { return "'none'" }); !c.Empty() {
		t.Errorf("none: %+v", c)
	}
}

func TestParseKioslaverc(t *testing.T) {
	b, _ := os.ReadFile("testdata/kioslaverc")
	c := ParseKioslaverc(b)
	if c.HTTP != "http://proxy.corp.example:3128" || c.HTTPS != "http://proxy.corp.example:3129" || c.NoProxy != "localhost,127.0.0.1,.corp.example" {
		t.Errorf("%+v", c)
	}
	pac := ParseKioslaverc([]byte("[Proxy Settings]\nProxyType=2\nProxy Config Script=http://10.99.3.10:8081/proxy.pac\n"))
	if pac.PACURL != "http://10.99.3.10:8081/proxy.pac" {
		t.Errorf("pac: %+v", pac)
	}
	if !ParseKioslaverc([]byte("[Proxy Settings]\nProxyType=3\n")).AutoDetect || !ParseKioslaverc([]byte("[Other]\nProxyType=1\nhttpProxy=x 1\n")).Empty() {
		t.Error("wpad or other section")
	}
}
