package platform

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestWinINET(t *testing.T) {
	cases := []struct {
		v               winINETValues
		http, https, no string
		pac             string
		auto            bool
	}{
		{v: winINETValues{enable: 1, server: "proxy.corp:8080", override: "*.corp;10.*;<local>"}, http: "http://proxy.corp:8080", https: "http://proxy.corp:8080", no: ".corp,10.0.0.0/8"},
		{v: winINETValues{enable: 1, server: "http=web:80;https=secure:443;socks=s:1080"}, http: "http://web:80", https: "http://secure:443"},
		{v: winINETValues{enable: 0, server: "proxy.corp:8080", pac: "http://wpad/wpad.dat"}, pac: "http://wpad/wpad.dat"},
		{v: winINETValues{connBlob: []byte{0x46, 0, 0, 0, 5, 0, 0, 0, 0x09, 0, 0, 0}}, auto: true},
		{v: winINETValues{connBlob: []byte{0x46, 0, 0, 0, 5, 0, 0, 0, 0x01}}},
	}
	for i, c := range cases {
		got := c.v.config()
		if got.HTTP != c.http || got.HTTPS != c.https || got.NoProxy != c.no || got.PACURL != c.pac || got.AutoDetect != c.auto {
			t.Errorf("case %d: %+v", i, got)
		}
	}
	if _, local := ParseWinProxyOverride("<local>"); !local {
		t.Error("<local> not seen")
	}
}

// winHTTPBlob builds a WinHttpSettings value as Windows stores it: the
// version 0x18, a counter, the flags, the proxy and the bypass list.
func winHTTPBlob(flags uint32, server, bypass string) []byte {
	le := func(v uint32) []byte { return []byte{byte(v), byte(v >> 8), byte(v >> 16), byte(v >> 24)} }
	b := append(le(0x18), le(7)...)
	b = append(b, le(flags)...)
	b = append(append(b, le(uint32(len(server)))...), server...)
	b = append(append(b, le(uint32(len(bypass)))...), bypass...)
	return b
}

func TestParseWinHTTPSettings(t *testing.T) {
	c, err := ParseWinHTTPSettings(winHTTPBlob(3, "proxy.corp:8080", "<local>;*.corp"))
	if err != nil || c.HTTPS != "http://proxy.corp:8080" || c.NoProxy != ".corp" {
		t.Errorf("proxy: %+v %v", c, err)
	}
	if c, err := ParseWinHTTPSettings(winHTTPBlob(1, "", "")); err != nil || !c.Empty() {
		t.Errorf("direct: %+v %v", c, err)
	}
	// Windows' own default value (no proxy), as Microsoft's documentation
	// of the setting quotes it: it starts with the version 0x18.
	def := hexBytes(t, "1800000000000000010000000000000000000000")
	if c, err := ParseWinHTTPSettings(def); err != nil || !c.Empty() {
		t.Errorf("Windows default: %+v %v", c, err)
	}
	bad := winHTTPBlob(3, "proxy.corp:8080", "")
	bad[12] = 0xff
	for _, b := range [][]byte{nil, {1, 2, 3}, bad} {
		if _, err := ParseWinHTTPSettings(b); err == nil {
			t.Errorf("%x accepted", b)
		}
	}
}

func hexBytes(t *testing.T, s string) []byte {
	var b []byte
	for i := 0; i+1 < len(s); i += 2 {
		v, err := strconv.ParseUint(s[i:i+2], 16, 8)
		if err != nil {
			t.Fatal(err)
		}
		b = append(b, byte(v))
	}
	return b
}

// testdata/windows/wininet holds DefaultConnectionSettings blobs and the
// values next to them from six real user hives (XP to 10 22H2; see its
// PROVENANCE.md). None has a proxy set: flags 0x09, direct with
// auto-detect, the Windows default. One (an XP on a corporate network)
// remembers the PAC URL WPAD found.
var wininetHives = []struct {
	prefix   string
	counter  uint32
	detected string
}{
	{"dfwinreg-NTUSER", 3, ""},
	{"plaso-NTUSER", 6, "http://skyhqaav03.t.is/wpad.dat"},
	{"plaso-NTUSER-WIN7", 6, ""},
	{"plaso-NTUSER-RunTests", 2, ""},
	{"regipy-NTUSER", 425, ""},
	{"regipy-NTUSER-WSL-win10", 2, ""},
}

// loadWinINET builds the registry values of one captured hive.
func loadWinINET(t *testing.T, prefix string) winINETValues {
	t.Helper()
	dir := filepath.Join("testdata", "windows", "wininet")
	blob, err := os.ReadFile(filepath.Join(dir, prefix+".DefaultConnectionSettings.bin"))
	if err != nil {
		t.Fatal(err)
	}
	v := winINETValues{connBlob: blob}
	txt, err := os.ReadFile(filepath.Join(dir, prefix+".values.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(txt)), "\n") {
		f := strings.SplitN(line, "\t", 3)
		if len(f) != 3 {
			t.Fatalf("%s: %q", prefix, line)
		}
		name := f[0][strings.LastIndex(f[0], `\`)+1:]
		switch name {
		case "ProxyEnable":
			n, err := strconv.ParseUint(strings.TrimPrefix(f[2], "0x"), 16, 64)
			if err != nil {
				t.Fatal(err)
			}
			v.enable = n
		case "ProxyServer":
			v.server = f[2]
		case "ProxyOverride":
			v.override = f[2]
		case "AutoConfigURL":
			v.pac = f[2]
		}
	}
	return v
}

func TestWinINETCaptured(t *testing.T) {
	for _, h := range wininetHives {
		v := loadWinINET(t, h.prefix)
		s, err := parseWinConnSettings(v.connBlob)
		if err != nil || s.version != 0x46 || s.counter != h.counter || s.flags != 0x09 || s.detected != h.detected {
			t.Errorf("%s: blob %+v %v", h.prefix, s, err)
		}
		// Direct with auto-detect: no proxy, no PAC URL configured; the
		// URL WPAD once found is remembered, not configured.
		c := v.config()
		if c.HTTP != "" || c.HTTPS != "" || c.PACURL != "" || !c.AutoDetect || c.WPADFound != h.detected {
			t.Errorf("%s: %+v", h.prefix, c)
		}
	}
}

// FuzzWinConnSettings checks the blob parser never reads past the end or
// takes a remembered URL for a setting.
func FuzzWinConnSettings(f *testing.F) {
	for _, h := range wininetHives {
		b, err := os.ReadFile(filepath.Join("testdata", "windows", "wininet", h.prefix+".DefaultConnectionSettings.bin"))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := parseWinConnSettings(b)
		if err == nil && len(s.detected) > len(b) {
			t.Fatalf("detected %q longer than the blob", s.detected)
		}
		if c := (winINETValues{connBlob: b}).config(); c.PACURL != "" || c.HTTP != "" {
			t.Fatalf("a blob alone configured %+v", c)
		}
	})
}
