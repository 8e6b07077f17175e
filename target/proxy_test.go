package target

import (
	"strings"
	"testing"
)

// proxyCases are the ways programs announce their proxy; host "" means
// the text names none (or two different ones).
var proxyCases = []struct {
	in   string
	host string
	port int
}{
	{"[DEBUG] Using Proxy: proxy.corp.lan:3128", "proxy.corp.lan", 3128},
	{"* Uses proxy env variable https_proxy == 'http://10.0.0.8:3128'", "10.0.0.8", 3128},
	{"pip install --proxy=http://user:xxxxx@10.0.0.8:3128 requests", "10.0.0.8", 3128},
	{"curl --proxy 10.0.0.8:3128 https://x.corp.test/", "10.0.0.8", 3128},
	{`https-proxy = "http://10.0.0.8:8080/"`, "10.0.0.8", 8080},
	{"npm config set proxy http://10.0.0.8:8080", "10.0.0.8", 8080},
	{"export HTTPS_PROXY=http://[2001:db8::8]:3128", "2001:db8::8", 3128},
	{"proxy: http://10.0.0.8:3128", "10.0.0.8", 3128},
	{"fetching x via proxy 10.0.0.8:3128", "10.0.0.8", 3128},
	{"-Dhttps.proxyHost=10.0.0.8 -Dhttps.proxyPort=3128", "10.0.0.8", 3128},
	{"http_proxy=http://10.0.0.8:3128\nhttps_proxy=http://10.0.0.8:3128", "10.0.0.8", 3128},
	{"http_proxy=http://10.0.0.8:3128\nhttps_proxy=http://10.0.0.9:3129", "", 0},
	{"Using go proxy: http://goproxy.corp.lan:8081", "", 0},
	{"Using Proxy: proxy.corp.lan", "", 0}, // no port: none invented
	{"ProxyError('Cannot connect to proxy.')", "", 0},
	{"proxy uri host: 10.0.1.3, port: :8080", "10.0.1.3", 8080},
	{"proxy uri host: 10.0.1.3, port: ", "", 0}, // no port: none invented
	{"[14:46:34:048] [29126:29127] [INFO][com.freerdp.core.proxy] - Parsed proxy configuration: http://proxy.corp.lan:3128", "proxy.corp.lan", 3128},
	{"[INFO][com.freerdp.core.proxy] - Parsed proxy configuration failed", "", 0},
}

func TestAnnouncedProxy(t *testing.T) {
	for _, c := range proxyCases {
		host, port, at := announcedProxy(c.in, strings.ToLower(c.in))
		if host != c.host || port != c.port {
			t.Errorf("announcedProxy(%q) = %s %d, want %s %d", c.in, host, port, c.host, c.port)
		}
		if (host != "") != (at >= 0) {
			t.Errorf("announcedProxy(%q) at %d", c.in, at)
		}
	}
}

// TestBalancerVia: a client of k3s's local load balancer that failed on the
// balancer's own address has the servers behind it as its destination; a
// balancer on another address, or one started after the failure, gives none.
func TestBalancerVia(t *testing.T) {
	for _, c := range parseCases {
		if !strings.Contains(c.name, "k3s load balancer") && !strings.Contains(c.name, "its local load balancer") {
			continue
		}
		got, err := Parse(c.in)
		if err != nil || got.Via != c.via {
			t.Errorf("%s: Via = %q (%v), want %q", c.name, got.Via, err, c.via)
		}
	}
}

// TestRequestedVia: a URL requested on a curl command line, its host a name
// or an IP, is the destination behind a hop on another host and port; the
// same host on another port, or a URL in prose, makes the hop no proxy.
func TestRequestedVia(t *testing.T) {
	for _, c := range parseCases {
		if !strings.Contains(c.name, "an IP URL") {
			continue
		}
		got, err := Parse(c.in)
		if err != nil || got.Via != c.via {
			t.Errorf("%s: Via = %q (%v), want %q", c.name, got.Via, err, c.via)
		}
	}
}
