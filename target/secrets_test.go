package target

import (
	"strings"
	"testing"
)

// userinfoCases are values holding credentials, with what the secret parts
// are; the rows are also the seeds of FuzzScrubSecrets.
var userinfoCases = []struct {
	in, want string
	secrets  []string
}{
	{"http://user:s3cret@proxy.corp:3128", "http://xxxxx@proxy.corp:3128", []string{"user", "s3cret"}},
	{"http://bob:p@ssW0rd@host/", "http://xxxxx@host/", []string{"bob", "p@ss", "ssW0rd"}},
	{"https://ghp_abcdef0123456789@github.com/org/repo.git", "https://xxxxx@github.com/org/repo.git", []string{"ghp_abcdef0123456789"}},
	{"socks5h://a%40b:c%3Ad@proxy:1080", "socks5h://xxxxx@proxy:1080", []string{"a%40b", "c%3Ad"}},
	{"https://host/users/@me?x=a@b", "https://host/users/@me?x=a@b", nil},
	{"http://proxy.corp:3128", "http://proxy.corp:3128", nil},
	{"proxy:8080", "proxy:8080", nil},
	{"localhost,.corp,10.0.0.0/8", "localhost,.corp,10.0.0.0/8", nil},
}

func TestRedactURL(t *testing.T) {
	cases := append(userinfoCases[:len(userinfoCases):len(userinfoCases)],
		struct {
			in, want string
			secrets  []string
		}{"user:pa:ss@proxy:8080", "xxxxx@proxy:8080", []string{"user", "pa:ss"}},
		struct {
			in, want string
			secrets  []string
		}{"tok@en@proxy:8080", "xxxxx@proxy:8080", []string{"tok", "en@"}})
	for _, c := range cases {
		if got := RedactURL(c.in); got != c.want {
			t.Errorf("RedactURL(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestScrubSecrets(t *testing.T) {
	for _, c := range userinfoCases {
		if !strings.Contains(c.in, "://") {
			continue // free text only hides user-info after a scheme
		}
		text := `Get "` + c.in + `": dial tcp 10.0.0.1:443: i/o timeout`
		want := `Get "` + c.want + `": dial tcp 10.0.0.1:443: i/o timeout`
		if got := ScrubSecrets(text); got != want {
			t.Errorf("ScrubSecrets(%q) = %q, want %q", text, got, want)
		}
	}
	if got := ScrubSecrets("a http://u:p@h1 b ssh://git@h2:22/x"); got != "a http://xxxxx@h1 b ssh://xxxxx@h2:22/x" {
		t.Errorf("two URLs: %q", got)
	}
}

// FuzzScrubSecrets checks that neither function panics and that a URL's
// user-info, put in the middle of any text, never survives.
func FuzzScrubSecrets(f *testing.F) {
	for _, c := range userinfoCases {
		f.Add(c.in, "dial tcp: i/o timeout")
	}
	f.Fuzz(func(t *testing.T, text, tail string) {
		RedactURL(text)
		const secret = "Zq9s3cretZq9"
		got := ScrubSecrets(text + " https://" + secret + ":" + secret + "@h.example/ " + tail)
		if strings.Contains(got, secret) {
			t.Fatalf("user-info survived: %q", got)
		}
		if got := RedactURL("http://" + secret + "@" + secret + ":" + secret + "@h.example/" + text); strings.Contains(got, secret) && !strings.Contains(text, secret) {
			t.Fatalf("RedactURL kept user-info: %q", got)
		}
	})
}
